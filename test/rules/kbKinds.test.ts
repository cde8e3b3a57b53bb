// Kinds of question that batches A and B missed, asked here in new words (not the batch strings).
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersWith } from './suites.ts';

const cases: { kind: string; entry: string; qs: string[] }[] = [
  {
    kind: 'after-school content: a pointed period (那俩钟头) is not an amount asked about',
    entry: 'after-school-content',
    qs: [
      '学校托管那俩小时 老师都安排孩子做些啥呀',
      '下午放学后延时服务这仨钟头里娃都干什么',
      '闺女参加了晚托，每次问她都说在写作业。托管除了写作业还会安排别的活动吗？',
    ],
  },
  {
    kind: 'after-school content vs homework: supervised homework (看着/盯着写作业) in a story about 课后服务',
    entry: 'after-school-content',
    qs: [
      '儿子报了学校的课后托管，每天就是老师盯着他们做作业。课后服务按要求该有哪些安排？难道就是守着写作业吗？',
    ],
  },
  {
    kind: 'check-in uploads, called out for not uploading (点名)',
    entry: 'parent-checkin',
    qs: [
      '老师要求每天把孩子背诵的录音传到小程序上 谁没传隔天就在班群里点名 这样做合规吗',
      '孩子的跳绳视频每晚必须上传打卡，漏打卡的会被老师点名，政策上允许吗？',
    ],
  },
  {
    kind: 'punishment by extra homework, asked as 说法',
    entry: 'homework-punitive',
    qs: [
      '数学错题老师让每道抄二十遍，娃写到半夜。用多写作业来惩罚学生，上面有没有说法？',
      '默写没过关就罚写一整本，这种靠罚来让孩子记住的做法，双减有说法吗？',
    ],
  },
  {
    kind: 'hardship fee exemption told as context (残疾证 / 经济紧张 / 低保)',
    entry: 'after-school-fee',
    qs: [
      '学校的延时服务要交费。我们是低保户，孩子还有残疾证。像这种情况可以免交吗？',
      '课后托管一个月一百八。家里收入比较困难，孩子爸爸一直生病。我们能不能少交或者不交？',
    ],
  },
  {
    kind: 'registration / non-profit nature of subject training institutions',
    entry: 'training-nonprofit',
    qs: [
      '听说学科类的补习机构都要重新登记，想问现在应该注册成什么性质的机构？',
      '小区里那家英语辅导机构说自己是企业，照样挣钱。双减以后学科培训机构的性质是怎么规定的？',
    ],
  },
  {
    kind: 'teacher paid tutoring at home / 小班辅导 (小班 is not kindergarten here)',
    entry: 'teacher-paid-tutoring',
    qs: [
      '班主任放学后在自己家开小班辅导，每节课收一百五。这个是允许的吗？',
      '语文老师说寒假可以去她家上小班课，按次收费。在职教师这样收钱补课合规吗？',
    ],
  },
];

describe('question kinds missed before', () => {
  answersWith(cases.flatMap((c) => c.qs.map((q) => ({ q, id: c.entry }))));

  it('still reads 小班 alone as kindergarten and declines', () => {
    expect(answerPolicyQuestion('幼儿园小班的孩子每天睡多久？').answered).toBe(false);
  });
});
