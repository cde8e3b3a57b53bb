// Kinds of question that holdout batches AY, BA, BC, BE, BG, BH, BK, BN, BO, BR and BT missed on their first run,
// asked here in new words (not the batch strings), with look-alikes on the other side.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersEachKind, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  { kind: 'the break between two classes said with 歇', entry: 'training-hours', qs: ['辅导班两节课中间要歇多长时间'] },
  { kind: 'what to do after homework, said with 干点什么', entry: 'parent-role', qs: ['功课做完以后，晚上还能让娃干点什么'] },
  { kind: 'where written homework is to be done', entry: 'homework-at-school', qs: ['三年级的书面作业应该在哪里写完'] },
  { kind: 'a grade compared with 比小学 is still the grade asked', entry: 'homework-time', qs: ['上了初二，作业比小学时多了好几倍，规定能留多少'], has: '90分钟' },
  { kind: 'after-school lessons named as 课后课程 with a hardship', entry: 'after-school-fee', qs: ['家里是低保户，课后课程还得交钱吗'] },
  { kind: 'how far a class fits the 报…班 shape: 报的是舞蹈班', entry: 'training-content', qs: ['给孩子报的是舞蹈班，结果老师顺便教起了数学，这合规吗'] },
  { kind: 'a rank asked as 第几', entry: 'exam-results', qs: ['期中考完老师会告诉我孩子排年级第几吗'] },
  { kind: 'getting into primary school without an exam', entry: 'admission', qs: ['上小学要考试才能进吗，我们是划片的'] },
  { kind: 'a pointing clause that says the whole question (这样一次收…)', entry: 'training-fees', qs: ['楼下的补习班搞活动，交两年送半年，家里老人想报，这样一次收两年的钱合规吗？'] },
  { kind: 'a first grader told to copy at home', entry: 'homework-punitive', qs: ['二年级老师让回家把课文抄两遍，这不是书面作业吗'], has: '不布置家庭书面作业' },
  { kind: 'the first grades’ rule said back (一二年级不写作业…)', entry: 'homework-time', qs: ['二年级不留书面作业，那回家能做点啥作业'], has: '阅读' },
  { kind: 'parents given writing, said as 家长作业', entry: 'homework-for-parents', qs: ['家长作业又来了，这回让我们每个家长写读书心得'] },
  { kind: 'an app plus tired eyes is electronic homework', entry: 'homework-electronic', qs: ['四年级天天让在平板上打卡做题，眼睛都看酸了'] },
  { kind: 'heard at a parents’ meeting (家长会上说…)', entry: 'after-school-voluntary', qs: ['开家长会的时候老师讲托管每个人都得报，这样合理吗'] },
  { kind: 'heard from another parent (隔壁班家长说…)', entry: 'homework-time', qs: ['邻居说二年级下学期就要布置笔头作业了，真的吗'] },
  { kind: 'a private school testing to pick pupils', entry: 'admission', qs: ['私立初中搞选拔考试招生，义务教育阶段可以吗'] },
  { kind: 'targets set for teachers on exam results', entry: 'admission-targets', qs: ['学校给毕业班老师定升学率，完不成就扣绩效，这合规吗'] },
  { kind: 'a joint exam among schools, then ranked', entry: 'exam-content', qs: ['几所学校一起联考还要排个名次，双减以后允许吗'] },
  { kind: 'splitting classes to push for the exam', entry: 'class-placement', qs: ['为了冲中考，学校要重新拆班弄个尖子班，可以吗'] },
  { kind: 'how long to exercise, with a 硬性的 requirement', entry: 'exercise', qs: ['体育锻炼有没有硬性的时间要求'] },
  { kind: 'a teacher estimating the homework first', entry: 'homework-layered', qs: ['老师留作业之前要不要自己先估一下难度和时间'] },
  { kind: 'a class that teaches ahead in the holidays', entry: 'training-content', qs: ['寒假想给孩子报个化学提前学的班，能报吗'] },
  { kind: 'lessons ended early to drill for the exam', entry: 'courses', qs: ['学校准备提前把课讲完，后面全用来刷题备考，合规吗'] },
  { kind: 'weekend after-school care and evening study', entry: 'after-school-weekend', qs: ['周六学校能提供托管吗', '初中晚上可以上自习吗'] },
  { kind: 'the weekend service turned into lessons', entry: 'after-school-weekend', qs: ['周末课后服务变成全年级上课讲新内容，行吗'] },
  { kind: 'after 那, the clause is the question', entry: 'parent-role', qs: ['双减以后老师不让家长改作业了，那我们在家到底该管点啥？'] },
  { kind: 'asking for more homework for a worried parent', entry: 'homework-time', qs: ['双减以后作业少了我有点担心，能不能让老师多留点'] },
  // batches BG, BH and BK
  { kind: 'an entrance test or interview to get into year one', entry: 'admission', qs: ['孩子下半年上一年级，学校会面试选拔吗'] },
  { kind: 'worry that shows as bad sleep is a mental-health question', entry: 'mental-health', qs: ['孩子期末前紧张得睡不着，学校有心理上的帮助吗'] },
  { kind: 'how many of the school’s own unified exams a term', entry: 'exam-frequency', qs: ['五年级一学期学校能组织几次统一考试'] },
  { kind: 'a rank given as 第N名 on the report', entry: 'exam-results', qs: ['通知单上写着语文92分、年级第8名，这样合规吗？'] },
  { kind: 'a forgotten book is why the child was punished', entry: 'homework-punitive', qs: ['孩子没带练习册，老师罚他把整单元的题重做两遍，合理吗'] },
  { kind: 'two grades compared', entry: 'homework-time', qs: ['二年级和四年级的作业规定有什么区别'] },
  { kind: 'the bedtime asked with the unfinished homework', entry: 'exemption-signoff', qs: ['作业没写完也得按时睡吗，小学生几点前要上床'], has: '21:20' },
  { kind: 'how the two hours of after-school service are laid out', entry: 'after-school-stages', qs: ['初中下午的课后服务两个小时一般怎么安排'] },
  { kind: 'who plans and approves the homework', entry: 'homework-design', qs: ['作业是不是备课组一起定的，有人审批吗'] },
  { kind: 'a recommended way to layer homework', entry: 'homework-layered', qs: ['数学组想按学生水平不同布置作业，有推荐的做法吗'] },
  { kind: 'teachers’ hours when they staff after-school service', entry: 'after-school-time', qs: ['老师天天上课后服务下班太晚，学校能弹性上下班吗'], has: '弹性上下班' },
  { kind: 'a joint exam proposed between schools', entry: 'exam-content', qs: ['两所兄弟学校想私下搞一次联考，合规吗'] },
  // batches BN and BO
  { kind: 'a fresh graduate teaching at an institution', entry: 'training-teachers', qs: ['补习班的数学老师是刚毕业的研究生，没有教师资格证可以上课吗'] },
  { kind: 'homework only in the group, read on the parent’s phone', entry: 'homework-via-group', qs: ['作业都发在家长群里，娃没手机，只能每天看我手机才知道作业'] },
  { kind: 'someone at school for the child’s low mood', entry: 'mental-health', qs: ['娃最近总说心烦，学校有没有人管心理这块'] },
  { kind: 'layers of homework, the easiest part only', entry: 'homework-layered', qs: ['作业分了几个层次，孩子基础一般，可以只做最简单的吗'] },
  { kind: 'marking against answers, said as ticks and crosses', entry: 'grading-by-teacher', qs: ['老师天天发答案让我们家长对着打勾打叉，我下班回来都快累死了'] },
  { kind: 'whose job marking is, after a long story', entry: 'grading-by-teacher', qs: ['天天下班回来拿红笔给孩子改语文，漏了还被点名，挺委屈的：改作业到底是家长的活还是老师的活？'] },
  // batch BR, and facts the seeds hold that an audit found missing
  { kind: 'a short follow-up after the question (老师会不会罚他)', entry: 'exemption-signoff', qs: ['初二孩子写到十一点还差一门，我签字说明情况，剩下的可以不写吗？老师会罚他吗'] },
  { kind: 'the grade told as 读N年级', entry: 'sleep-hours', qs: ['我上夜班作息乱，读四年级的娃每天要睡够多少个小时'], has: '10小时' },
  { kind: 'low mood, with the child not talking', entry: 'mental-health', qs: ['孩子这段时间情绪低落不爱说话，学校有心理老师吗'] },
  { kind: 'the parent’s job told first (我是开货车的)', entry: 'grading-by-teacher', qs: ['我是跑长途的，一走就是半个月，老师天天要家长批改作业，我做不到，这合理吗'] },
  { kind: 'classmates marking each other', entry: 'grading-by-teacher', qs: ['老师让同学之间互相批改作文，可以吗'], has: '互批' },
  { kind: 'an invoice for training fees', entry: 'training-fees', qs: ['交了补课费，培训机构不给开发票，这样行吗'], has: '发票' },
  { kind: 'remedial help in after-school service', entry: 'after-school-content', qs: ['孩子成绩跟不上，课后服务老师会帮着补习辅导吗'], has: '学习有困难' },
  { kind: 'a pupil who keeps not finishing homework', entry: 'homework-often-unfinished', qs: ['孩子老是完不成作业，学校按规定会怎么处理'] },
  { kind: 'no homework at all in the name of 减负', entry: 'homework-not-none', qs: ['五年级老师说双减了不布置作业，这样对吗'] },
  // batch BT
  { kind: 'a grade compared with 跟小学一样', entry: 'homework-time', qs: ['刚升初二，作业时间的规定跟小学一样吗'], has: '90分钟' },
  { kind: 'moving up inside a nine-year school', entry: 'admission', qs: ['本校小学部毕业直升初中部，还要考试吗'] },
  { kind: 'a private school setting its own entrance paper', entry: 'admission', qs: ['私立初中能自己出题考试挑学生吗'] },
];

describe('policy answers: kinds missed by batches AY–BT on their first run', () => answersEachKind(cases));

describe('look-alikes that stay declined', () => {
  declines([
    '孩子在学校被同学推倒了，我该找谁',
    '五年级买哪套课外练习册好',
    '校服费一年收多少合适',
    '家长会几点开',
    '教师资格证面试怎么准备',
    '中考体育跳绳多少个能拿满分',
    '期末语文考哪几个单元，有没有重点',
    '交补课费的收据能抵个税吗',
    // 发票 is answered for training fees only
    '学校托管费可以开发票吗',
  ]);

  it('a heard-it-from frame does not hide an out-of-scope question', () => {
    expect(answerPolicyQuestion('同事说中考体育要考跳绳，是真的吗').answered).toBe(false);
  });

  it('不交作业 is not a fee question', () => {
    const a = answerPolicyQuestion('孩子老不交作业怎么办');
    expect(a.entryId).not.toBe('after-school-fee');
    expect(a.entryId).not.toBe('training-fees');
  });
});
