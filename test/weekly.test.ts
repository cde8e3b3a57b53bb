// The school's week (issue 7.1, 7.5): a week of the example school replayed
// through simulate, and the summary's figures checked against the script.
import { describe, it, expect } from 'vitest';
import { ev, run, to, tick } from './script.ts';
import { exampleConfig, tempDir } from './helpers.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import { loadWeek } from '../handlers/weekly.ts';

const d = (day: number, hhmm: string) => `2026-11-${day}T${hhmm}:00+08:00`;

const WEEK = [
  // Monday: 三年级2班 50 written minutes; 英语 20 more would cross 60 and is refused.
  ev(d(23, '15:00'), 'dm', 't32m', '/作业 数学 20分钟 口算练习第12页'),
  ev(d(23, '15:05'), 'dm', 't32', '/作业 语文 30分钟 生字抄写一遍'),
  ev(d(23, '15:10'), 'dm', 't32e', '/作业 英语 20分钟 抄写单词'),
  ev(d(23, '15:12'), 'dm', 't32e', '/作业 英语 10分钟 听读课文 阅读'),
  ev(d(23, '15:20'), 'dm', 't81', '/作业 数学 40分钟 练习卷一张'),
  ev(d(23, '21:10'), 'dm', 'p32a', '/免写 数学'),
  // Tuesday: 30 minutes; a question answered, one not; a teacher nudged.
  ev(d(24, '15:00'), 'dm', 't32m', '/作业 数学 30分钟 应用题5道'),
  ev(d(24, '19:00'), 'dm', 'p32b', '三年级作业每天多长时间？'),
  ev(d(24, '19:05'), 'dm', 'p32b', '校服在哪里买？'),
  ev(d(24, '18:00'), 'room-3-2', 't32e', '各位家长：今天的英语听写请家长批改后拍照发到群里。'),
  // Wednesday: a junior-middle sign-off after 22:00.
  ev(d(25, '22:10'), 'dm', 'p81a', '/免写'),
  tick(d(27, '17:01')),
  ev(d(27, '18:00'), 'dm', 't32', '/周报'),
];

describe('the weekly summary', () => {
  it('matches the script, day by day, and reaches the school on Friday 17:00 without pupils’ names', async () => {
    const dataDir = tempDir();
    const out = await run(WEEK, exampleConfig(), dataDir);

    const repo = await LowdbRepository.open(dataDir, { readOnly: true });
    const s = (await loadWeek(exampleConfig(), repo, '2026-W48'))!;
    await repo.close();
    const c32 = s.classes.find((c) => c.classId === 'c3-2')!;
    expect(c32.days.map((x) => x.written)).toEqual([50, 30, 0, 0, 0, 0, 0]);
    expect(c32.days[0]!.nonWritten).toBe(10);
    expect(c32.days.map((x) => x.schoolDay)).toEqual([true, true, true, true, true, false, false]);
    expect(c32.cap).toBe(60);
    expect(c32.overCapDays).toEqual([]);
    expect(Object.values(c32.homeworkRefusals).reduce((a, b) => a + b, 0)).toBe(1);
    expect(c32.signoffs).toBe(1);
    expect(c32.guard).toEqual({ parent_grading: 1 });
    expect([c32.answered, c32.asked]).toEqual([1, 2]);
    const c81 = s.classes.find((c) => c.classId === 'c8-1')!;
    expect(c81.days[0]!.written).toBe(40);
    expect(c81.signoffs).toBe(1);
    expect(c81.signoffPupils.map((p) => [p.date, p.pupil])).toEqual([['2026-11-25', '张伟']]);
    expect(s.signoffs).toBe(2);
    expect(s.guardByTeacher).toEqual({ t32e: 1 });
    expect(s.unanswered.map((q) => q.question)).toEqual(['校服在哪里买？']);

    const cards = to(out, 'lark:oc_school_office');
    expect(cards.length).toBeGreaterThanOrEqual(1);
    expect(cards[0]!.at).toMatch(/^2026-11-27T17:0/);
    const card = JSON.stringify(cards.map((c) => c.card));
    expect(card).toContain('三年级2班');
    for (const name of ['李明', '王芳', '张伟', '陈晨']) expect(card).not.toContain(name);

    // The head teacher's own view names the pupil, privately.
    const mine = to(out, 'dm:t32').map((o) => o.text).find((t) => t.includes('本周汇总'))!;
    expect(mine).toContain('李明');
    expect(mine).not.toContain('张伟');
  });
});
