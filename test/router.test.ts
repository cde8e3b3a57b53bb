import { describe, it, expect } from 'vitest';
import { identify, activeParentBindings } from '../handlers/identify.ts';
import { parseCommand } from '../rules/commands.ts';
import { ev, run, to } from './script.ts';
import { exampleConfig } from './helpers.ts';

describe('identify', () => {
  const config = exampleConfig();
  it('knows roles by contact id only', () => {
    expect(identify('t32', config, []).teaches).toEqual([{ classId: 'c3-2', subjects: ['语文'], head: true }]);
    expect(identify('t32m', config, []).teaches[0]!.head).toBe(false);
    expect(identify('p32b', config, []).parentOf).toEqual([{ classId: 'c3-2', pupil: '王芳' }]);
    const nobody = identify('王老师', config, []);
    expect(nobody.teaches).toEqual([]);
    expect(nobody.parentOf).toEqual([]);
    expect(identify('bot', config, []).isBot).toBe(true);
  });

  it('lets a stored binding undo a configured one and add new ones', () => {
    const stored = [
      { kind: 'parentBinding' as const, id: 'c3-2|李明|p32a', parentId: 'p32a', classId: 'c3-2', pupil: '李明', at: 'x', by: 't32', active: false },
      { kind: 'parentBinding' as const, id: 'c3-2|小雨|p9', parentId: 'p9', classId: 'c3-2', pupil: '小雨', at: 'x', by: 'p9', active: true },
    ];
    const b = activeParentBindings(config, stored).map((x) => `${x.parentId}:${x.ref.pupil}`);
    expect(b).not.toContain('p32a:李明');
    expect(b).toContain('p9:小雨');
    expect(b).toContain('p32b:王芳');
  });
});

describe('commands', () => {
  it('parses half- and full-width slashes and unknown names', () => {
    expect(parseCommand('/作业 数学 20分钟 口算')).toMatchObject({ kind: 'command', name: '作业', args: '数学 20分钟 口算' });
    expect(parseCommand('／帮助')).toMatchObject({ kind: 'command', name: '帮助' });
    expect(parseCommand('/作业数学 20分钟')).toMatchObject({ kind: 'command', name: '作业', args: '数学 20分钟' });
    expect(parseCommand('/签到')).toEqual({ kind: 'unknown', name: '签到' });
    expect(parseCommand('收到')).toBeNull();
  });
});

describe('router through simulate', () => {
  it('answers /帮助 with what this person can do here', async () => {
    const out = await run([
      ev('10:00', 'room-3-2', 'p32a', '/帮助'),
      ev('10:01', 'dm', 't32', '/帮助'),
      ev('10:02', 'room-3-2', 'stranger', '/帮助'),
      ev('10:03', 'dm', 'p32a', '/签到'),
    ]);
    const g = to(out, 'room-3-2').map((o) => o.text);
    expect(g[0]).toContain('您是家长');
    expect(g[0]).toContain('/免写');
    expect(g[0]).not.toContain('/作业');
    expect(g[1]).toContain('还不认识您');
    const head = to(out, 'dm:t32')[0]!.text;
    expect(head).toContain('班主任');
    expect(head).toContain('/发布');
    expect(head).toContain('/作业');
    const unknown = to(out, 'dm:p32a')[0]!.text;
    expect(unknown).toContain('没有“/签到”这个命令');
    expect(unknown).toContain('/帮助');
  });

  it('stays silent on chatter in a group, and never answers itself', async () => {
    const out = await run([
      ev('10:00', 'room-3-2', 'p32a', '收到'),
      ev('10:01', 'room-3-2', 'p32b', '谢谢老师👍'),
      ev('10:02', 'room-3-2', 't32', '明天记得带水彩笔'),
      ev('10:03', 'room-3-2', 'bot', '/帮助'),
      ev('10:04', 'room-3-2', 'p32a', ''),
    ]);
    expect(out).toEqual([]);
  });

  it('handles unknown chats, empty, huge and hostile messages without crashing', async () => {
    const huge = '啊'.repeat(10_000);
    const out = await run([
      ev('10:00', 'room-unknown', 'p32a', '/帮助'),
      ev('10:01', 'room-unknown', 'p32a', '大家好'),
      ev('10:02', 'dm', 'p32a', ''),
      ev('10:03', 'dm', 'p32a', huge),
      ev('10:04', 'room-3-2', 'p32a', huge),
      ev('10:05', 'dm', 'p32a', '/作业 ${process.exit(1)} ; DROP TABLE homework; \u0000\u0007'),
      ev('10:06', 'dm', 'p32a', '\u202e\ufeff🙂🙂🙂'),
    ]);
    const unknown = to(out, 'room-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.text).toContain('/绑定');
    const dm = to(out, 'dm:p32a').map((o) => o.text);
    expect(dm[0]).toContain('/帮助'); // empty → help
    expect(dm[1]).toContain('消息太长');
    expect(dm[2]).toContain('只有本校老师');
    expect(dm).toHaveLength(4);
    expect(to(out, 'room-3-2')).toEqual([]); // huge chatter in a group: silence
    for (const o of out) {
      expect(o.text).toMatch(/[\u4e00-\u9fff]/);
      expect(o.text.length).toBeLessThan(1500);
    }
  });

  it('skips unreadable script lines and still replays the rest', async () => {
    const { simulate } = await import('../bot/simulate.ts');
    const bad: number[] = [];
    const out = await simulate(['not json', '{"at":"yesterday","chat":"dm","from":"p32a","text":"/帮助"}', ev('10:00', 'dm', 'p32a', '/帮助')].join('\n'), {
      config: exampleConfig(),
      onBadLine: (n) => bad.push(n),
    });
    expect(bad).toEqual([1, 2]);
    expect(out).toHaveLength(1);
  });
});
