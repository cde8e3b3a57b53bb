// Policy answers through simulate (issue 6.4): when the bot speaks, for which
// grade, what it does not know, and no double answer in one group.
import { describe, it, expect } from 'vitest';
import { ev, run, storedOn, to } from './script.ts';
import { exampleConfig, tempDir } from './helpers.ts';

describe('policy answers', () => {
  it('answers an @-mention in the group for the class’s grade, with the source', async () => {
    const out = await run([ev('10:00', 'room-3-2', 'p32a', '@小助手 每天作业最多多长时间？', { mention: true })]);
    const reply = to(out, 'room-3-2')[0]!.text;
    expect(reply).toContain('三年级');
    expect(reply).toContain('60分钟');
    expect(reply).toMatch(/来源：.*00[0-4]_[0-9a-f]{16}\.txt/);
  });

  it('answers privately for the grade of the asker’s bound pupil', async () => {
    const out = await run([ev('10:00', 'dm', 'p81a', '作业每天最多写多久？')]);
    const reply = to(out, 'dm:p81a')[0]!.text;
    expect(reply).toContain('90分钟');
    expect(reply).not.toContain('60分钟');
  });

  it('says plainly when it does not know, points to the head teacher, and records it unanswered', async () => {
    const dataDir = tempDir();
    const out = await run([ev('10:00', 'dm', 'p32b', '校服在哪里买？')], exampleConfig(), dataDir);
    expect(to(out, 'dm:p32b')[0]!.text).toContain('班主任');
    expect((await storedOn(dataDir, 'question')).map((q) => [q.classId, q.askerId, q.answered, q.question])).toEqual([['c3-2', 'p32b', false, '校服在哪里买？']]);
  });

  it('points a second asker to the answer just given instead of repeating it', async () => {
    const out = await run([
      ev('10:00', 'room-3-2', 'p32a', '@小助手 孩子每天要睡几个小时？', { mention: true }),
      ev('10:02', 'room-3-2', 'p32b', '@小助手 小学生要睡多久才够？', { mention: true }),
      ev('10:20', 'room-3-2', 'p32b', '@小助手 小学生要睡多久才够？', { mention: true }),
    ]);
    const group = to(out, 'room-3-2').map((o) => o.text);
    expect(group).toHaveLength(3);
    expect(group[0]).toContain('10小时');
    expect(group[1]).toContain('刚回答过');
    expect(group[1]).not.toContain('10小时');
    expect(group[2]).toContain('10小时');
  });

  it('answers a clear policy question unasked, but not chatter, logistics or a question to someone else', async () => {
    const out = await run([
      ev('10:00', 'room-3-2', 'p32a', '收到，谢谢老师'),
      ev('10:01', 'room-3-2', 'p32b', '明天几点放学？'),
      ev('10:02', 'room-3-2', 'p32a', '@王芳妈妈 你家作业写完了吗'),
      ev('10:03', 'room-3-2', 'p32b', '老师让家长批改作业，这合规吗？'),
    ]);
    const group = to(out, 'room-3-2');
    expect(group).toHaveLength(1);
    expect(group[0]!.text).toMatch(/批改/);
  });

  it('with answerPolicyQuestionsInGroup off, answers only an @-mention in the group', async () => {
    const config = exampleConfig();
    config.policy.answerPolicyQuestionsInGroup = false;
    const out = await run(
      [ev('10:03', 'room-3-2', 'p32b', '老师让家长批改作业，这合规吗？'), ev('10:04', 'room-3-2', 'p32b', '@小助手 老师让家长批改作业，这合规吗？', { mention: true })],
      config,
    );
    const group = to(out, 'room-3-2');
    expect(group).toHaveLength(1);
    expect(group[0]!.at).toMatch(/T10:04/);
  });

  it('never answers a non-policy question with a policy fact, even when asked directly', async () => {
    const out = await run([ev('10:00', 'room-8-1', 'p81a', '@小助手 下周三家长会几点开始？', { mention: true })]);
    const reply = to(out, 'room-8-1')[0]!.text;
    expect(reply).toContain('班主任');
    expect(reply).not.toMatch(/来源/);
  });
});
