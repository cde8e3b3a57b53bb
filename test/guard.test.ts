// The parent-burden guard where it acts (issue 5.2–5.4): /通知, /作业, and a
// teacher's own message in the group under each directMessageGuard setting.
import { describe, it, expect } from 'vitest';
import { ev, run, storedOn, to } from './script.ts';
import { exampleConfig, tempDir } from './helpers.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';

const withGuard = (mode: SchoolConfig['policy']['directMessageGuard']): SchoolConfig => {
  const c = exampleConfig();
  c.policy.directMessageGuard = mode;
  return c;
};

describe('/通知', () => {
  it('posts an allowed notice with the teacher, and refuses a forbidden ask privately with rule, source and rewording', async () => {
    const dataDir = tempDir();
    const out = await run(
      [
        ev('16:00', 'dm', 't32m', '/通知 周五下午3点开家长会，请准时参加。'),
        ev('16:05', 'room-3-2', 't32m', '/通知 温馨提示：今晚请家长检查孩子的口算并签字，明早交。'),
      ],
      exampleConfig(),
      dataDir,
    );
    const group = to(out, 'room-3-2').map((o) => o.text);
    expect(group[0]).toMatch(/^【班级通知】周五下午3点开家长会/);
    expect(group[0]).toContain('数学老师');
    expect(group.join('\n')).not.toContain('签字，明早交');
    expect(group[1]).toContain('私信');

    const dm = to(out, 'dm:t32m').map((o) => o.text);
    const refusal = dm.find((t) => t.includes('没有发出'))!;
    expect(refusal).toMatch(/规定：.*签字/);
    expect(refusal).toMatch(/00[0-4]_[0-9a-f]{16}\.txt/);
    expect(refusal).toContain('可以这样改：');

    const events = await storedOn(dataDir, 'guardEvent');
    expect(events.map((e) => [e.classId, e.teacherId, e.action, e.rule])).toEqual([['c3-2', 't32m', 'refused', 'parent_checking_signing']]);
  });

  it('refuses scores and rankings in the parent group', async () => {
    const out = await run([ev('16:00', 'dm', 't81', '/通知 本次月考成绩排名：第一名张伟98分，第二名…')], withGuard('nudge'));
    expect(to(out, 'room-8-1')).toEqual([]);
    expect(to(out, 'dm:t81')[0]!.text).toMatch(/成绩|排名/);
    expect(to(out, 'dm:t81')[0]!.text).toContain('等级');
  });
});

describe('/通知 that sets homework', () => {
  it('is held to the grade cap on its own: over the cap, or written work for grade 1, is not posted and is recorded', async () => {
    const dataDir = tempDir();
    const out = await run(
      [
        ev('16:00', 'dm', 't32m', '/通知 今晚作业：语文练习册两页，数学卷子一张，预计两个小时。'),
        ev('16:01', 'dm', 't11', '/通知 今日作业：抄写生字两行，再读绘本。'),
        ev('16:02', 'dm', 't32m', '/通知 今晚作业：数学口算20分钟，语文读课文15分钟。'),
        ev('16:03', 'dm', 't11', '/通知 今日作业：亲子阅读20分钟，和家人说说学的儿歌。'),
      ],
      exampleConfig(),
      dataDir,
    );
    const over = to(out, 'dm:t32m')[0]!.text;
    expect(over).toContain('没有发出');
    expect(over).toMatch(/120 分钟.*60分钟/);
    expect(over).toContain('/作业');
    expect(to(out, 'dm:t11')[0]!.text).toMatch(/一、二年级不布置家庭书面作业/);
    expect(to(out, 'room-3-2').map((o) => o.text)).toEqual([expect.stringMatching(/^【班级通知】今晚作业：数学口算20分钟/)]);
    expect(to(out, 'room-1-1').map((o) => o.text)).toEqual([expect.stringMatching(/^【班级通知】今日作业：亲子阅读/)]);
    const events = await storedOn(dataDir, 'guardEvent');
    expect(events.map((e) => [e.classId, e.rule, e.action])).toEqual([
      ['c3-2', 'over_cap', 'refused'],
      ['c1-1', 'no_written_homework', 'refused'],
    ]);
  });
});

describe("a teacher's own homework message in the group", () => {
  it('several subjects over the cap: the teacher is told privately with the way to /作业, nothing is recorded as homework, the nudge is recorded', async () => {
    const dataDir = tempDir();
    const out = await run([ev('18:00', 'room-3-2', 't32m', '今晚作业：数学练习两页约40分钟，语文抄写约30分钟。')], withGuard('public'), dataDir);
    expect(to(out, 'room-3-2')).toEqual([]);
    const dm = to(out, 'dm:t32m').map((o) => o.text);
    expect(dm).toHaveLength(1);
    expect(dm[0]).toMatch(/70 分钟.*60分钟/);
    expect(dm[0]).toContain('/作业');
    expect(await storedOn(dataDir, 'homework')).toEqual([]);
    expect((await storedOn(dataDir, 'guardEvent')).map((e) => [e.rule, e.action])).toEqual([['over_cap', 'nudged']]);
  });

  it('several subjects within the cap are not folded into one item: the teacher is asked to post each with /作业', async () => {
    const dataDir = tempDir();
    const out = await run([ev('18:00', 'room-3-2', 't32m', '今晚作业：数学口算15分钟，语文读课文10分钟。')], exampleConfig(), dataDir);
    expect(to(out, 'room-3-2')).toEqual([]);
    expect(to(out, 'dm:t32m').map((o) => o.text)).toEqual([expect.stringContaining('每科用 /作业 登记')]);
    expect(await storedOn(dataDir, 'homework')).toEqual([]);
  });

  it('one subject with one estimate is still recorded as before', async () => {
    const dataDir = tempDir();
    const out = await run([ev('18:00', 'room-3-2', 't32m', '今晚作业：数学口算15分钟。')], exampleConfig(), dataDir);
    expect(to(out, 'room-3-2')[0]!.text).toMatch(/^已记下：三年级2班 数学 15分钟/);
    expect((await storedOn(dataDir, 'homework')).map((h) => h.minutes)).toEqual([15]);
  });
});

describe("a teacher's own message in the group", () => {
  const line = ev('18:00', 'room-3-2', 't32e', '各位家长：今天的英语听写请家长批改后拍照发到群里。');

  it('nudge (default): a private reminder only, recorded', async () => {
    const dataDir = tempDir();
    const out = await run([line], withGuard('nudge'), dataDir);
    expect(to(out, 'room-3-2')).toEqual([]);
    const dm = to(out, 'dm:t32e');
    expect(dm).toHaveLength(1);
    expect(dm[0]!.text).toContain('可以这样改：');
    expect((await storedOn(dataDir, 'guardEvent')).map((e) => e.action)).toEqual(['nudged']);
  });

  it('public: a courteous note in the group naming the rule, not the teacher, plus the reminder', async () => {
    const dataDir = tempDir();
    const out = await run([line], withGuard('public'), dataDir);
    const note = to(out, 'room-3-2');
    expect(note).toHaveLength(1);
    expect(note[0]!.text).toMatch(/^温馨说明：按照双减规定，/);
    expect(note[0]!.text).toMatch(/依据：00[0-4]_/);
    expect(note[0]!.text).not.toMatch(/t32e|英语老师/);
    expect(to(out, 'dm:t32e')).toHaveLength(1);
    expect((await storedOn(dataDir, 'guardEvent')).map((e) => e.action)).toEqual(['public']);
  });

  it('off: says nothing but still records the event for the summary', async () => {
    const dataDir = tempDir();
    const out = await run([line], withGuard('off'), dataDir);
    expect(out).toEqual([]);
    expect((await storedOn(dataDir, 'guardEvent')).map((e) => e.action)).toEqual(['logged']);
  });

  it('lets ordinary notices and negations through, and never guards a parent', async () => {
    const dataDir = tempDir();
    const out = await run(
      [
        ev('18:00', 'room-3-2', 't32e', '今天英语作业不需要家长签字，孩子自己读两遍课文就好。'),
        ev('18:01', 'room-3-2', 't32', '明天秋游，请给孩子带好水杯和外套。'),
        ev('18:02', 'room-3-2', 'p32a', '请家长批改后拍照发到群里是什么意思？'),
      ],
      withGuard('public'),
      dataDir,
    );
    expect(out.filter((o) => o.text.startsWith('温馨说明') || o.to.startsWith('dm:t'))).toEqual([]);
    expect(await storedOn(dataDir, 'guardEvent')).toEqual([]);
  });
});

describe('/作业 goes through the same check', () => {
  it('refuses an item that asks parents to sign, and stores no homework', async () => {
    const dataDir = tempDir();
    const out = await run([ev('16:00', 'dm', 't32m', '/作业 数学 20分钟 口算练习第12页，家长检查后签字')], exampleConfig(), dataDir);
    expect(to(out, 'dm:t32m')[0]!.text).toMatch(/签字/);
    expect(await storedOn(dataDir, 'homework')).toEqual([]);
  });
});
