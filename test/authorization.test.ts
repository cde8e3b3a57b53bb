import { describe, it, expect } from 'vitest';
import { ev, run } from './script.ts';

/**
 * Every command against every role, in class 3-2's group. "ok" is what only
 * the right roles may see; everyone else must get a clear refusal (a Chinese
 * reply), except the bot itself, which is never answered.
 */
const ROLES = {
  parent: 'p32a',
  teacher: 't32m',
  otherTeacher: 't81',
  head: 't32',
  stranger: 'stranger',
  bot: 'bot',
} as const;
type Role = keyof typeof ROLES;

interface Case {
  command: string;
  at?: string;
  setup?: string[];
  ok: RegExp;
  allowed: Role[];
}

const CASES: Case[] = [
  { command: '/帮助', ok: /可以：/, allowed: ['parent', 'teacher', 'otherTeacher', 'head', 'stranger'] },
  { command: '/作业 数学 20分钟 口算练习', ok: /已记下/, allowed: ['teacher'] },
  { command: '/撤回 数学', setup: [ev('15:00', 'dm', 't32m', '/作业 数学 20分钟 口算练习')], ok: /已撤回/, allowed: ['teacher', 'head'] },
  { command: '/发布', setup: [ev('15:00', 'dm', 't32m', '/作业 数学 20分钟 口算练习')], ok: /【作业公示】/, allowed: ['head'] },
  { command: '/通知 周五下午3点开家长会', ok: /【班级通知】/, allowed: ['teacher', 'head'] },
  { command: '/免写', at: '21:10', ok: /已收到家长签字/, allowed: ['parent'] },
  { command: '/解绑 李明', ok: /已撤销/, allowed: ['head'] },
  { command: '/周报', ok: /本周汇总/, allowed: ['head'] },
  { command: '/绑定 赵小雨', ok: /已绑定/, allowed: ['parent', 'teacher', 'otherTeacher', 'head', 'stranger'] },
];

describe('authorisation matrix', () => {
  for (const c of CASES) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const allowed = c.allowed.includes(role);
      it(`${c.command} by ${role}: ${allowed ? 'succeeds' : role === 'bot' ? 'is ignored' : 'is refused clearly'}`, async () => {
        const from = ROLES[role];
        // Everyone calls themselves 王老师: a display name grants nothing.
        const out = await run([...(c.setup ?? []), ev(c.at ?? '16:00', 'room-3-2', from, c.command, { name: '王老师' })]);
        const mine = out.filter((o) => Date.parse(o.at) >= Date.parse(`2026-11-23T${c.at ?? '16:00'}:00+08:00`));
        if (role === 'bot') {
          expect(mine).toEqual([]);
          return;
        }
        const texts = mine.map((o) => o.text);
        if (allowed) {
          expect(texts.some((t) => c.ok.test(t))).toBe(true);
        } else {
          expect(texts.some((t) => c.ok.test(t))).toBe(false);
          expect(texts.length).toBeGreaterThan(0);
          for (const t of texts) expect(t).toMatch(/[\u4e00-\u9fff]/);
        }
      });
    }
  }
});
