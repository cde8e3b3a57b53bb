// Kinds of question that holdout batches GU (93.8%), GW (93.8%, out of scope 11/12) and GY (97.9%,
// out of scope 11/12) missed on their first run, asked here in new words (not the batch strings),
// with look-alikes on the other side. Also how long to sleep asked after a late night, missed before.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersEachKind, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  { kind: 'how long to sleep, after a story of late nights', entry: 'sleep-hours', qs: ['孩子初一，作业天天弄到十一点多，初中生按规定该睡多久'], has: '9小时' },
  { kind: 'weekend tutoring, Sunday said as 周天, the provider open anyway', entry: 'training-holidays', qs: ['周六周天能不能去上英语补习班，机构说照常开课'] },
  { kind: 'a grade typed 年纪, subjects summed', entry: 'homework-coordination', qs: ['我孙子四年纪，语数英加起来一晚上要俩钟头，多不多'], has: '60分钟' },
  { kind: 'homework posted in the class group, grandparents without phones', entry: 'homework-via-group', qs: ['作业别再往班级群里发了行吗，老人不会用手机'] },
  { kind: 'a class end time, then 这样的下课时间 pointing back', entry: 'training-hours', qs: ['孩子周五晚上在培训机构上数学课，六点半开始一直上到九点。这样的下课时间合规吗？'], has: '20:30' },
  { kind: 'a paper handed back with only a level on it', entry: 'exam-results', qs: ['试卷发回来只写了个“优”，分数也不说，这是为什么'], has: '等级' },
  { kind: 'copybooks for the first grade', entry: 'homework-time', qs: ['一年级每天让回家写两张练字帖，这不算书面作业吗'], has: '不布置家庭书面作业' },
  { kind: 'where to complain, said as 说理', entry: 'complaints', qs: ['作业量根本没减，我该去哪儿说理'] },
  { kind: 'whether a child’s mark may be published', entry: 'exam-results', qs: ['我家孩子考了多少分能在群里公布吗'] },
];

describe('question kinds missed by batches GU–GY', () => {
  answersEachKind(cases);
  declines([
    // one child's mark, asked of the bot
    '我家儿子数学考了几分',
    // passing a prepaid card on
    '舞蹈班的课时卡能转让吗',
    // a nap at school is not in the seeds
    '学校午睡一般睡多长时间',
  ]);
});

describe('the facts and sources behind each fix', () => {
  it('answers a junior pupil’s sleep with the junior figure and its seed', () => {
    const a = answerPolicyQuestion('初二了，每天熬到十二点，初中生应该睡多长时间');
    expect(a.entryId).toBe('sleep-hours');
    expect(a.grade).toBe(8);
    expect(a.text).toContain('9小时');
    expect(a.sources[0]).toMatch(/^001_/);
  });

  it('reads 三年纪 as the grade but leaves 这个年纪 alone', () => {
    expect(answerPolicyQuestion('三年纪的作业一天多长时间').grade).toBe(3);
    expect(answerPolicyQuestion('这个年纪的孩子作业一天多长时间').grade).toBeNull();
  });
});
