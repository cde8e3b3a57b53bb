// Kinds of question that holdout batches BV, BW, BX (85.4%, 85.4%, 87.5%) CB, CC, CD (89.6%, 91.7%, 70.8%) CG, CH (89.6%, 89.6%) and CK (89.6%) missed on their first run,
// asked here in new words (not the batch strings), with look-alikes on the other side.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { EXAMPLE_SCHOOL_VALUES } from '../../rules/kb/entries.ts';
import { answersEachKind, answersWith, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  { kind: 'junior after-school hours, asked of 初中部', entry: 'after-school-time', qs: ['初中部的托管从几点开始到几点结束'], has: '16:30–18:30' },
  { kind: 'weekend homework for the first grades', entry: 'homework-holiday', qs: ['一年级周末老师发了三张练习卷，这合规吗'], has: '不布置家庭书面作业' },
  { kind: 'the school’s lessons for parents', entry: 'parent-school', qs: ['学校有没有给家长上的家庭教育课，想学学怎么管孩子'], has: '家长学校' },
  { kind: 'how long a pupil moves, said with 动够', entry: 'exercise', qs: ['孩子在学校每天能不能动够一个钟头'], has: '1小时' },
  { kind: 'copying by the line', entry: 'homework-punitive', qs: ['一个词语让抄二十行，这种作业有用吗'] },
  { kind: 'the free stage of after-school care described, then its fee asked', entry: 'after-school-fee', qs: ['课后就是看着孩子写作业的那一段，要交钱不'], has: '不收费' },
  { kind: 'what a first grader may write at home', entry: 'homework-time', qs: ['二年级孩子放学在家可以写点什么'], has: '阅读' },
  { kind: 'parents making the handwork, told before 这种作业', entry: 'homework-for-parents', qs: ['科学小制作最后都是家长动手 孩子在旁边看 这种作业老师能留吗'] },
  { kind: 'most written work done at school, with 只剩一点 after a space', entry: 'homework-at-school', qs: ['小学作业是不是应该大部分在学校里写完 带回家只剩一点点？'] },
  { kind: 'a quoted notice asked about with 这条', entry: 'parent-checking-signing', qs: ['「请家长每天检查作业 错的地方用笔圈出来」这条合规吗'] },
  { kind: 'English words dropped in', entry: 'exercise', qs: ['每天运动one hour是规定还是建议'], has: '1小时' },
  { kind: 'answers checked and a mark given by the parent', entry: 'grading-by-teacher', qs: ['老师让我们把练习册对完答案打个分再交，可以吗'] },
  { kind: 'a PE lesson taken by another subject', entry: 'courses', qs: ['音乐课老是被语文老师占了，这样随便占能行吗'] },
  { kind: 'a sales call about a holiday class, then the class asked about', entry: 'training-holidays', qs: ['机构发微信推销暑假英语集训班，说假期集中学效果好，孩子六年级，报这种班违规吗'] },
  { kind: 'a list joined by 、 is not a clause', entry: 'after-school-fee', qs: ['家里是低保户，学校课后的社团、辅导课要交钱吗'] },
  { kind: 'care until the parents finish work', entry: 'after-school-time', qs: ['我们都是六点下班，学校能不能把孩子看到我们下班'] },
  { kind: 'the homework shown to parents', entry: 'homework-publication', qs: ['各科每天留了什么作业、要写多久，学校会让家长知道吗'], has: '公示' },
  { kind: 'what a teacher must do before setting homework', entry: 'homework-layered', qs: ['老师留作业之前学校有什么要求吗'], has: '试做' },
  { kind: 'chores at home', entry: 'parent-role', qs: ['让孩子每天在家拖地、倒垃圾，政策上提倡吗'], has: '家务' },
  // batches CB, CC, CD
  { kind: 'a school survey of parents', entry: 'parent-voice', qs: ['学校会发家长问卷，了解作业难不难吗'], has: '问卷调查' },
  { kind: 'who answers for 减负 in a school', entry: 'complaints', qs: ['学校里谁是减负的第一责任人'], has: '校长' },
  { kind: 'training for preschool children', entry: 'training-nonprofit', qs: ['孩子五岁，现在还能新开幼儿培训机构吗'], has: '学龄前' },
  { kind: 'fitness test results and parents', entry: 'exercise', qs: ['学校体质测试的结果会让家长知道吗'], has: '体质健康测试' },
  { kind: 'a disabled child in an ordinary class', entry: 'equal-rights', qs: ['孩子有残疾，能和其他孩子一起上普通班吗'], has: '随班就读' },
  { kind: 'migrant workers’ children at a public school', entry: 'equal-rights', qs: ['我们在城里打工，孩子能在这边入学吗'], has: '随迁子女' },
  { kind: 'pupils leaving in batches', entry: 'after-school-safety', qs: ['放学为什么要分批走'], has: '按批次' },
  { kind: 'senior-high places shared to junior schools', entry: 'quota-to-schools', qs: ['重点高中的指标会分到我们初中吗'], has: '指标到校' },
  { kind: 'adverts on uniforms and workbooks', entry: 'training-ads', qs: ['校服上印着补习班的广告，这样允许吗'], has: '练习册' },
  { kind: 'a teacher’s own after-school duty', entry: 'after-school-teachers', qs: ['我是数学老师，课后服务能不能不参加'], has: '自愿' },
  { kind: 'an institution giving out parents’ numbers', entry: 'training-privacy', qs: ['补习班会不会把我们的电话卖给别人'], has: '个人信息' },
  { kind: 'a teacher’s pay tied to results', entry: 'admission-targets', qs: ['老师的绩效能跟升学率挂钩吗'] },
  { kind: 'a pupil pushed to leave, with the reason told first', entry: 'equal-rights', qs: ['孩子成绩不好，老师劝我们转学，这合规吗'] },
  { kind: 'an exam beyond the textbook', entry: 'exam-content', qs: ['期中考试题能超出教材要求吗'], has: '课程标准' },
  { kind: 'lessons stopped early for revision', entry: 'courses', qs: ['初二新课还没上完就停了开始复习，合规吗'] },
  { kind: 'the parent doing the handwork, said plainly', entry: 'homework-for-parents', qs: ['手工作业孩子做不来，都是我帮着弄，这正常吗'] },
  { kind: 'no break between classes', entry: 'training-hours', qs: ['辅导班连着上两节不让歇，合规吗'] },
  { kind: 'the exam ahead as the reason', entry: 'homework-time', qs: ['初三快要中考了，作业是不是不受限制了'], has: '90分钟' },
  { kind: 'the bell for the first lesson', entry: 'start-time', qs: ['小学早上几点打铃上课'], has: '8:20' },
  { kind: 'two hours of writing a night', entry: 'homework-time', qs: ['四年级每天写两个钟头作业正常不'], has: '60分钟' },
  { kind: 'playing on the phone at home', entry: 'phones', qs: ['孩子一回家就拿着平板玩，家长该怎么管'] },
  { kind: 'how much of the class the teacher marks', entry: 'grading-by-teacher', qs: ['老师批作业是每本都批还是挑几本批批'], has: '全批全改' },
  { kind: 'an advert seen on a short-video app', entry: 'training-ads', qs: ['抖音上老刷到补课班的广告，这些广告能打吗'] },
  // batches CG, CH
  { kind: 'sleep asked in English words', entry: 'sleep-hours', qs: ['五年级 sleep 要几个小时才够'], has: '10小时' },
  { kind: 'half left at a late hour: go on or sleep', entry: 'exemption-signoff', qs: ['初一孩子十点多了作文还差一半，是继续写还是先睡'] },
  { kind: 'next term’s lessons taught ahead in after-school care', entry: 'after-school-content', qs: ['课后服务时老师提前把下册的新课讲了，合规吗'], has: '新课' },
  { kind: 'no one to collect the child after school', entry: 'after-school-time', qs: ['我们下班晚，孩子放学没人接怎么办'] },
  { kind: 'asked for a neighbour', entry: 'training-holidays', qs: ['帮邻居问一下，她家孩子的数学补习班排在周日下午，这样可以吗'] },
  { kind: 'sums taught before school', entry: 'zero-start', qs: ['上一年级前要不要先学会20以内加减法'] },
  // batch CK
  { kind: 'fees kept in a supervised account', entry: 'training-fees', qs: ['补习班收的钱要放进监管账户吗'] },
  { kind: 'what to do with the free evening', entry: 'parent-role', qs: ['双减后放学回家空出来的时间怎么安排比较好'] },
  { kind: 'retired teachers in after-school service', entry: 'after-school-staff', qs: ['课后服务可以请退休的老师来上吗'], has: '退休教师' },
  { kind: 'new lessons finished early for revision', entry: 'courses', qs: ['学校打算提早讲完新课，剩下两个月都用来复习备考，可以吗'] },
  { kind: 'the sign-off rule quoted back', entry: 'exemption-signoff', qs: ['通知上说“到了时间仍未写完，家长签字后可以不再继续写”，是真的吗'] },
];

describe('policy answers: kinds missed by batches BV–CK on their first run', () => answersEachKind(cases));

describe('look-alikes that stay declined or answered elsewhere', () => {
  declines([
    // booking a counsellor is the school's arrangement, not a policy fact
    '初三孩子压力大，学校心理咨询室怎么预约',
    // a space after a question, with nothing of its own
    '学校运动会 哪天开',
    // whom to ask about something the seeds do not cover
    '周五春游要坐大巴，孩子晕车，能不能坐前排，找谁说',
    // a teaching certificate for oneself
    '教师资格证怎么考',
    // what the test covers
    '八年级月考物理考到第几单元',
  ]);
  answersWith([
    // one day's late evening is still the exemption
    { q: '都十点了作业还剩一点没写完，能签字让他睡吗', id: 'exemption-signoff' },
    // a training fee, not the school's after-school fee
    { q: '培训班的课时费一次要交一年，合规吗', id: 'training-fees' },
  ]);
});

describe('school values in the answer', () => {
  it('gives the junior after-school hours from the school, and the general rule to a primary parent', () => {
    const values = { ...EXAMPLE_SCHOOL_VALUES, afterSchoolJuniorStart: '16:40', afterSchoolJuniorEnd: '18:10' };
    expect(answerPolicyQuestion('初二的课后服务几点结束', { values }).text).toContain('16:40–18:10');
    const primary = answerPolicyQuestion('三年级的课后服务几点结束', { values }).text;
    expect(primary).toContain('17:30');
    expect(primary).not.toContain('18:10');
  });

  it('gives a one-band variant only to that band', () => {
    expect(answerPolicyQuestion('二年级周末作业太多了怎么办').text).toContain('不布置家庭书面作业');
    expect(answerPolicyQuestion('五年级周末作业太多了怎么办').text).not.toContain('不布置家庭书面作业');
  });
});
