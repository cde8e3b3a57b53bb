import { describe, it, expect } from 'vitest';
import { ev, run, to, tick } from './script.ts';
import { exemptionWindow, looksLikeSignoff } from '../rules/exemption.ts';

const at = (s: string) => new Date(s);

describe('exemption window (rules)', () => {
  it('opens at the cut-off and counts after midnight for the evening before', () => {
    expect(exemptionWindow(at('2026-11-23T20:59:00+08:00'), 'Asia/Shanghai', '21:00')).toEqual({ open: false, homeworkDate: '2026-11-23' });
    expect(exemptionWindow(at('2026-11-23T21:00:00+08:00'), 'Asia/Shanghai', '21:00')).toEqual({ open: true, homeworkDate: '2026-11-23' });
    expect(exemptionWindow(at('2026-11-24T00:30:00+08:00'), 'Asia/Shanghai', '21:00')).toEqual({ open: true, homeworkDate: '2026-11-23' });
    expect(exemptionWindow(at('2026-11-24T09:00:00+08:00'), 'Asia/Shanghai', '21:00')).toEqual({ open: false, homeworkDate: '2026-11-24' });
  });

  it('tells a parent signing from a parent asking', () => {
    for (const s of ['太晚了，孩子还没写完，申请免写', '孩子写不完了 签字', '我签字，孩子先睡觉了，作业没写完', '免写']) expect(looksLikeSignoff(s)).toBe(true);
    for (const s of ['九点了还没写完怎么办', '免写是什么意思？', '孩子写作业太慢了', '收到，谢谢老师']) expect(looksLikeSignoff(s)).toBe(false);
  });
});

describe('the sign-off through simulate', () => {
  it('explains the hour before the cut-off and records nothing; records after it, once', async () => {
    const out = await run([
      ev('20:30', 'dm', 'p32a', '/免写'),
      ev('21:10', 'dm', 'p32a', '/免写 数学 英语'),
      ev('21:20', 'dm', 'p32a', '/免写'),
      ev('21:30', 'dm', 'p81a', '/免写'),
      ev('22:05', 'dm', 'p81a', '太晚了，孩子还没写完，申请免写'),
      ev('2026-11-24T07:29:00+08:00', 'dm', 'p32b', '/免写'),
      tick('2026-11-24T07:31:00+08:00'),
    ]);
    const p32a = to(out, 'dm:p32a').map((o) => o.text);
    expect(p32a[0]).toContain('还没到21:00');
    expect(p32a[1]).toContain('已收到家长签字：李明');
    expect(p32a[1]).toContain('10小时');
    expect(p32a[1]).toContain('不会因此批评或惩罚');
    expect(p32a[1]).toContain('未完成：数学、英语');
    expect(p32a[2]).toContain('已经记录过了');
    const p81a = to(out, 'dm:p81a').map((o) => o.text);
    expect(p81a[0]).toContain('还没到22:00');
    expect(p81a[1]).toContain('张伟');
    expect(p81a[1]).toContain('9小时');
    // 07:29 next morning: the window is closed (night ends at 05:00).
    expect(to(out, 'dm:p32b')[0]!.text).toContain('还没到21:00');

    // The morning digest: exactly the class's teachers, once each, with the name and subjects.
    const digests = out.filter((o) => o.text.startsWith('【免写名单】'));
    expect(digests.map((d) => d.to).sort()).toEqual(['dm:t32', 'dm:t32e', 'dm:t32m', 'dm:t81', 'dm:t81e', 'dm:t81p', 'dm:t81y']);
    const t32m = digests.find((d) => d.to === 'dm:t32m')!;
    expect(t32m.text).toContain('李明（未完成：数学、英语）');
    expect(t32m.text).not.toContain('张伟');
    expect(t32m.text).toContain('不要批评');
    expect(t32m.at).toMatch(/^2026-11-24T07:30/);
  });

  it('counts a sign-off after midnight for the previous evening', async () => {
    const out = await run([ev('2026-11-24T00:40:00+08:00', 'dm', 'p32b', '/免写'), tick('2026-11-24T07:31:00+08:00')]);
    expect(to(out, 'dm:p32b')[0]!.text).toContain('11月23日');
    expect(to(out, 'dm:t32')[0]!.text).toContain('王芳');
  });

  it('keeps the pupil’s name out of the group and suggests the private chat', async () => {
    const out = await run([ev('21:15', 'room-3-2', 'p32a', '孩子写不完了 签字')]);
    const r = to(out, 'room-3-2');
    expect(r).toHaveLength(1);
    expect(r[0]!.text).toContain('已收到家长签字');
    expect(r[0]!.text).not.toContain('李明');
    expect(r[0]!.text).toContain('私聊');
  });

  it('lets only a bound parent sign, and tells others politely why not', async () => {
    const out = await run([
      ev('21:15', 'dm', 'p32a', '/免写 王芳'),
      ev('21:16', 'dm', 'stranger', '/免写'),
      ev('21:17', 'room-3-2', 'stranger', '/免写 李明'),
      ev('21:18', 'dm', 't32m', '/免写'),
    ]);
    expect(to(out, 'dm:p32a')[0]!.text).toContain('没有绑定这位学生');
    expect(to(out, 'dm:stranger')[0]!.text).toContain('/绑定');
    const group = to(out, 'room-3-2')[0]!.text;
    expect(group).toContain('/绑定');
    expect(group).not.toContain('李明');
    expect(to(out, 'dm:t32m')[0]!.text).toContain('家长');
    expect(out.filter((o) => o.text.includes('已收到家长签字'))).toHaveLength(0);
  });

  it('binds a new parent, tells the head teacher, and lets the head teacher undo it', async () => {
    const out = await run([
      ev('20:00', 'room-3-2', 'p32c', '/绑定 赵小雨'),
      ev('21:05', 'dm', 'p32c', '/免写'),
      ev('21:06', 'dm', 't32', '/解绑 赵小雨'),
      ev('21:07', 'dm', 'p32c', '/免写'),
      ev('21:08', 'dm', 't32m', '/解绑 李明'),
    ]);
    expect(to(out, 'room-3-2')[0]!.text).toContain('已绑定');
    expect(to(out, 'room-3-2')[0]!.text).not.toContain('赵小雨');
    const head = to(out, 'dm:t32').map((o) => o.text);
    expect(head[0]).toContain('赵小雨');
    expect(head[0]).toContain('/解绑');
    expect(head[1]).toContain('已撤销');
    const parent = to(out, 'dm:p32c').map((o) => o.text);
    expect(parent[0]).toContain('已收到家长签字：赵小雨');
    expect(parent[1]).toContain('/绑定');
    expect(to(out, 'dm:t32m')[0]!.text).toContain('只有班主任');
  });
});
