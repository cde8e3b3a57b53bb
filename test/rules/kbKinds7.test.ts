// Kinds of question that holdout batches FM (95.8%, out of scope 11/12), FN (95.8%, out of scope 9/12),
// FO (97.9%), FU (95.8%, out of scope 11/12), FS (95.8%, out of scope 10/12), FZ (87.5%), FY (95.8%), GC (97.9%), GD (91.7%), GE (95.8%), GI (97.9%), GJ (95.8%, out of scope 8/12), GM (91.7%), GN (97.9%, out of scope 10/12) and GR (97.9%) missed on their first run, asked here in new words (not the batch strings), with look-alikes on the other side.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersEachKind, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  { kind: 'nothing brought home from school, and why', entry: 'homework-at-school', qs: ['一年级闺女回家书包里一个本子也没带，说老师让在学校写完，有这个规定吗'], has: '不布置家庭书面作业' },
  { kind: 'a signature as proof the work was done, and whether that holds', entry: 'parent-checking-signing', qs: ['默写本每天都得家长签名证明孩子做完了，忘了签就挨批评，这站得住吗'] },
  { kind: 'a mark given as a word in plain quotes', entry: 'exam-results', qs: ["单元测只写了个'良'，具体多少分怎么查"], has: '等级' },
  { kind: 'moving up to junior school by catchment or by exam', entry: 'admission', qs: ['六年级毕业上初中，是看住哪儿还是要考进去？', '小学毕业分到初中按片区吗'], has: '免试' },
  { kind: 'a tutoring class named by what it sells, on posters', entry: 'training-ads', qs: ['地铁站里全是培优班的海报，这种广告还能打吗'], has: '广告' },
  // batch FU
  { kind: 'a second fee on top of after-school care', entry: 'after-school-fee', qs: ['托管除了每月的服务费，还让另交一笔材料费，这样收合理吗'] },
  { kind: 'morning exercises at school, then the daily exercise rule', entry: 'exercise', qs: ['孩子说学校每天只做个广播操，体育活动时间到底有没有规定'], has: '1小时' },
  { kind: 'wanting the marks behind a level', entry: 'exam-results', qs: ['成绩单上只有等级，想知道孩子具体考了多少分，能问老师吗'], has: '等级' },
  // batch FS
  { kind: 'no preschool class, then whether school starts from zero', entry: 'zero-start', qs: ['孩子没读过学前班，一年级老师会从零基础开始教吗'] },
  { kind: 'the kinds of layered homework', entry: 'homework-layered', qs: ['老师说作业要分层，分为哪几种啊'] },
  // batches FZ, FY
  { kind: 'a PDF posted, to print at home (said with 打)', entry: 'parent-printing', qs: ['班主任在群里甩了个PDF，让我们回家自己打出来'], has: '打印' },
  { kind: 'where to complain, typed 反应', entry: 'complaints', qs: ['减负落实不了，我们能找谁反应'] },
  { kind: 'the teacher trying the work first', entry: 'homework-layered', qs: ['老师布置题之前自己会先做一遍吗'] },
  { kind: 'schools testing together', entry: 'exam-content', qs: ['好几所学校合起来搞联考，这样行吗'], has: '联考' },
  { kind: 'free time left after homework', entry: 'parent-role', qs: ['作业写完还剩好多时间，让孩子干点什么好'] },
  { kind: 'the kinds of homework besides written work', entry: 'homework-design', qs: ['除了书面作业，学校还会留什么别的作业'] },
  { kind: 'a question, then whether to report it', entry: 'teacher-paid-tutoring', qs: ['班主任晚上在家给学生有偿补课，这个合规吗？能投诉吗'] },
  // batches GC, GD
  { kind: 'other forms of homework, asked without 书面', entry: 'homework-design', qs: ['作业除了做题还能有其他形式吗'] },
  { kind: 'heard at a parents’ meeting just held', entry: 'homework-time', qs: ['刚参加完家长会，听说三年级作业每天不超过一小时，是真的吗'], has: '60分钟' },
  { kind: 'a paper handed out to do at home in the first grades', entry: 'homework-time', qs: ['一年级老师发了两张口算卷子让带回家做，合规吗'], has: '不布置家庭书面作业' },
  { kind: 'who puts the ticks and crosses on', entry: 'grading-by-teacher', qs: ['练习册上的勾勾叉叉应该谁来打'] },
  // batch GE
  { kind: 'a cram class named with the exam, on posters', entry: 'training-ads', qs: ['地铁里全是小升初培优班的广告，现在还能这么打吗'], has: '广告' },
  { kind: 'learning ahead in the last kindergarten year', entry: 'zero-start', qs: ['大班要不要先教识字和算术，怕上一年级跟不上'] },
  // batches GI, GJ
  { kind: 'pupils who differ, and whether their homework is the same', entry: 'homework-layered', qs: ['班上同学有的学得好有的差，老师留的作业全一样吗'] },
  { kind: 'marks on the report card', entry: 'exam-results', qs: ['期末报告单还写分数吗'], has: '等级' },
  { kind: 'a small class at a teacher’s home (not the kindergarten’s 小班)', entry: 'teacher-paid-tutoring', qs: ['英语老师在家里开了个小班，每次收两百。在职老师这样收钱补课允许吗？'] },
  // batches GM, GN
  { kind: 'sent to bed unfinished, then whether the teacher will punish him', entry: 'exemption-signoff', qs: ['都十点半了英语还没写完，我叫她赶紧睡，明天老师会不会批评她？'] },
  { kind: 'ticks in red, whose job', entry: 'grading-by-teacher', qs: ['对着答案画红勾这种活儿该谁干'] },
  { kind: 'a homework mini-program for a primary class', entry: 'homework-electronic', qs: ['学校推了个作业小程序，三年级每晚在上面做题，合规吗'] },
  { kind: 'phones brought into school', entry: 'phones', qs: ['孩子能带手机进学校吗，有规定吗'] },
  { kind: 'paid tutoring, then 这能举报吗 in the same sentence', entry: 'teacher-paid-tutoring', qs: ['数学老师寒假在家开班收费补课，这能举报吗？'] },
  // batch GR
  { kind: 'the next lesson taught ahead in after-school time', entry: 'after-school-content', qs: ['托管的时候老师能不能提前把新课先讲了'], has: '新课' },
];

describe('question kinds missed by batches FM–GR', () => {
  answersEachKind(cases);
  declines([
    // a follow-up about the subject the question before it named
    '书包带子坏了，学校能修吗？找谁修',
    // a short request after the question says what it is for
    '哪个培训机构的英语班靠谱？求推荐一个',
    // this school's offer this term
    '本学期托管开了哪些兴趣班？',
    // when to hand something in
    '暑假作业开学第几天交',
    // this test's mark, asked of the bot
    '我家闺女上次数学小测考了几分？',
    // this school's test, this child's level
    '月考考哪些科目？',
    '儿子期中数学得了什么等级，去哪查',
    // FZ, FY: this test's mark; whom to hand the holiday work to
    '我家英语这回考了几分呀，老师能告诉我吗',
    '暑假作业开学交给哪个老师',
    // GC, GD: one family's deadline; where a level's line falls
    '暑假作业可以晚几天交吗',
    'B等是不是要80分以上',
    // GE: the weather
    '后天寒潮来了，早操还做不做',
    // GI, GJ: one child's mark placed in the class; a recommendation; kindergarten; a teacher's pay; today's link
    '儿子这次数学只考了65分，在班里算什么水平',
    '附近哪家的跆拳道教练比较靠谱',
    '幼儿园中班每天留描红作业，多少才合适',
    '老师带一节托管能拿多少钱补贴',
    '托管报名的链接发了没',
    // GN: this test's results out yet; a recommendation
    '我闺女这次月考成绩出来了吗',
    '想报个暑假篮球班，哪家比较正规？',
    // GR: today's pick-up
    '托管明天几点接？在哪个门',
    // things left at school, not homework brought home
    '孩子作业本落在学校没带回来，能回去拿吗',
  ]);
});

describe('the facts and sources behind each fix', () => {
  it('answers the first grades with the rule for their grade and its seed', () => {
    const a = answerPolicyQuestion('二年级孩子放学回家一本练习册都没带，老师说不许带回家写，对吗');
    expect(a.grade).toBe(2);
    expect(a.text).toContain('二年级');
    expect(a.sources[0]).toMatch(/^000_/);
  });

  it('does not let a follow-up after an out-of-scope question answer on its own, but still answers a policy one', () => {
    expect(answerPolicyQuestion('校服大了一号，还能换吗？找谁换').answered).toBe(false);
    const policy = answerPolicyQuestion('老师天天让家长批改作业，合规吗？找谁反映');
    expect(policy.answered).toBe(true);
    expect(policy.sources.length).toBeGreaterThan(0);
  });
});
