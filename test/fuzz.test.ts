import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { createRuntime, type Runtime } from '../bot/runtime.ts';
import { simulate } from '../bot/simulate.ts';
import type { Logger } from '../bot/log.ts';
import type { Inbound } from '../handlers/types.ts';
import { COMMANDS } from '../rules/commands.ts';
import { exampleConfig, tempDir } from './helpers.ts';

const errors: unknown[] = [];
const capture: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warn: () => undefined,
  error: (...args: unknown[]) => void errors.push(args),
} as unknown as Logger;

let rt: Runtime;
let now = new Date('2026-11-23T21:10:00+08:00');
beforeAll(async () => {
  rt = await createRuntime({ config: exampleConfig(), dataDir: tempDir(), log: capture, clock: () => now, routeFor: () => ({ platform: 'console', transport: { send: async () => undefined } }) });
});
afterAll(async () => {
  await rt.close();
});

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 12_000 }),
  fc.constantFrom('${process.exit(1)}', "'; DROP TABLE records; --", '<script>alert(1)</script>', '\u0000\u0007\u001b[2J', '\u202e\ufeff', '🙂'.repeat(3000), 'ＳＥＬＥＣＴ＊', '__proto__', 'constructor', '{"a":1}'),
  fc.string({ unit: fc.constantFrom(...'数学语文英语分钟家长签字检查作业免写一二三四五六七八九十0123456789 ，。！？/／@'.split('')), maxLength: 80 }),
);
const command = fc.constantFrom(...COMMANDS.map((c) => `/${c.name}`), '／作业', '/作业数学', '/', '／');
const sender = fc.constantFrom('p32a', 'p32b', 't32', 't32m', 't81', 'stranger', 'bot', '', '王老师');
const chat = fc.constantFrom<Inbound['chat']>({ kind: 'dm' }, { kind: 'group', groupId: 'room-3-2' }, { kind: 'group', groupId: 'room-8-1' }, { kind: 'group', groupId: 'room-unknown' });
const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });

let seq = 0;
describe('hostile input at volume (fast-check)', () => {
  it('never throws out of a handler, and every reply is Chinese and bounded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.tuple(command, hostile).map(([c, t]) => `${c} ${t}`)), sender, chat, fc.boolean(), instant, async (text, from, where, mentioned, at) => {
        now = at;
        errors.length = 0;
        const effects = await rt.bot.receive({ messageId: `fz-${seq++}`, platform: 'console', chat: where, from, text, mentioned, at });
        expect(errors).toEqual([]);
        for (const e of effects) {
          if (e.type !== 'send') continue;
          expect(e.text).toMatch(/[\u4e00-\u9fff]/);
          expect(e.text.length).toBeLessThanOrEqual(2500);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('simulate skips malformed lines and dates, and replays the rest', async () => {
    const line = fc.oneof(
      fc.record({ at: fc.oneof(fc.string(), fc.constantFrom('2026-13-45T99:99:99+08:00', '昨天', '', 'NaN')), chat: fc.string(), from: fc.string(), text: fc.string() }).map((o) => JSON.stringify(o)),
      fc.string(),
      fc.tuple(hostile, sender).map(([t, f]) => JSON.stringify({ at: '2026-11-23T20:00:00+08:00', chat: 'room-3-2', from: f || 'x', text: t, mention: true })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const out = await simulate(lines.join('\n'), { config: exampleConfig() });
        for (const o of out) {
          expect(o.text).toMatch(/[\u4e00-\u9fff]/);
          expect(Number.isNaN(Date.parse(o.at))).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
