// Kinds of question that holdout batch D missed, asked here in new words (not the batch strings).
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersWith } from './suites.ts';

const cases: { kind: string; entry: string; qs: string[] }[] = [
  {
    kind: 'bedtime and sleep hours asked together',
    entry: 'bedtime',
    qs: ['上五年级的娃平时要求几点前上床、一晚上得睡满几个小时？', '初一孩子每晚最迟几点就得睡，一天睡眠要保证多长时间'],
  },
  {
    kind: 'online homework recorded by a system / app (primary)',
    entry: 'homework-electronic',
    qs: [
      '三年级数学老师要求每天用平板在线上刷题，软件会自动统计正确率，这种作业合规吗',
      '一年级孩子每天晚上要在APP上做英语跟读，系统会记录分数，小学能这样布置吗',
    ],
  },
  {
    kind: 'teacher paid tutoring phrased as 收钱/收费 给学生上课',
    entry: 'teacher-paid-tutoring',
    qs: ['数学老师周末在外面收钱给学生上小课，这样行吗', '班主任假期私下收费给几个学生讲课，合规吗'],
  },
  {
    kind: 'printing a file the teacher sent to the group',
    entry: 'parent-printing',
    qs: [
      '老师把练习卷的电子版发到家长群，要我们自己去打印店印好给孩子做，这合规吗',
      '班主任群里发了一个word文档，说让家长打印出来明天带去，这符合规定吗',
    ],
  },
  {
    kind: 'zero-start worries: not learned before, teacher goes too fast',
    entry: 'zero-start',
    qs: [
      '孩子幼儿园没学过写字，上小学后老师是不是默认都会了，教得会不会很快',
      '我们没报幼小衔接班，担心一年级老师讲得太快孩子跟不上，学校是从零教起吗',
    ],
  },
  {
    kind: 'new lessons taught ahead during after-school service',
    entry: 'after-school-content',
    qs: ['学校的延时服务里，老师在给孩子们提前上后面的课，这样允许吗', '课后服务时间数学老师直接讲下个单元的新内容，合规吗'],
  },
  {
    kind: 'punishment by doubling homework for misbehaviour',
    entry: 'homework-punitive',
    qs: ['孩子上课说话被老师罚，作业翻倍了，这样允许吗', '儿子调皮捣乱，老师就给他多布置两倍的作业，这符合双减吗'],
  },
  {
    kind: 'where to report a training institution (channel, not the holiday rule)',
    entry: 'complaints',
    qs: ['培训机构寒假偷偷上数学课，我们该去哪举报', '发现补习班违规在周六上英语课，有什么途径投诉'],
  },
  {
    kind: 'grade 1–2 written homework, with dialect filler (寻思/琢磨) and 留',
    entry: 'homework-time',
    qs: ['我家二年级小孩，老师天天让写一张口算题带回来，这么小是不是不该留书面作业', '一年级的娃，老师每天布置写生字，俺琢磨着一年级不是不留笔头作业吗'],
  },
  {
    kind: 'who marks, asked in three words or with a red pen',
    entry: 'grading-by-teacher',
    qs: ['作业谁批', '老师让我拿红笔给孩子批对错，这该是家长干的吗'],
  },
  {
    kind: 'how results are shown now (levels, not marks)',
    entry: 'exam-results',
    qs: ['期末成绩现在是怎么呈现的，还有百分制吗'],
  },
  {
    kind: '刚上初中 tells the grade; the question is the homework cap',
    entry: 'homework-time',
    qs: ['娃才上初中，每天家庭作业最多能留多久'],
  },
  {
    kind: 'tablet / app homework named as one word',
    entry: 'homework-electronic',
    qs: ['一年级老师留手机作业，这样行吗'],
  },
  {
    kind: '放学后 sets the scene; the question is how long after-school service runs',
    entry: 'after-school-time',
    qs: ['放学以后学校的托管每天最少管几个小时'],
  },
  {
    kind: 'a written piece asked of parents (读书笔记, 心得)',
    entry: 'homework-for-parents',
    qs: ['班主任让我们当家长的每周也交一篇心得，这算给家长布置作业吗'],
  },
  {
    kind: 'a subject and 班 is a training class',
    entry: 'training-hours',
    qs: ['奥数班晚上八点开始九点半下课，这时间合规吗'],
  },
  {
    kind: 'parents end up doing the crafts (都是我们大人在做)',
    entry: 'homework-for-parents',
    qs: ['科技小制作全是我们当家长的动手，学校布置这种作业合适吗'],
  },
  {
    kind: 'grade 1 exams as games (乐考, 闯关)',
    entry: 'exam-frequency',
    qs: ['二年级期末改成乐考了，真的不考卷子了吗'],
  },
  {
    kind: 'parents asked to mark a test paper before it is handed in',
    entry: 'grading-by-teacher',
    qs: ['英语卷子老师让家长先改一遍再交上去，这合理吗'],
  },
  {
    kind: 'is after-school care compulsory (必须都报)',
    entry: 'after-school-voluntary',
    qs: ['学校的课后托管是不是每个孩子都得报'],
  },
  {
    kind: 'marks replaced by levels (不写分数, 只写个优)',
    entry: 'exam-results',
    qs: ['现在考试卷子都不打分数了吗，只给个良好'],
  },
  {
    kind: 'the teacher tries the homework first (试做)',
    entry: 'homework-layered',
    qs: ['老师留作业前要先自己试做一遍吗'],
  },
  {
    kind: 'a break between two training classes',
    entry: 'training-hours',
    qs: ['补习班上完一节接着上下一节，课间不休息合规吗'],
  },
  {
    kind: 'publishing each subject’s homework',
    entry: 'homework-publication',
    qs: ['每天各科布置了什么作业，学校要不要公开出来'],
  },
  {
    kind: 'admission to a public junior middle school',
    entry: 'admission',
    qs: ['上公办初中需要考试吗，还是看小学成绩'],
  },
  {
    kind: 'a teacher tutoring at home for a price per lesson',
    entry: 'teacher-paid-tutoring',
    qs: ['数学老师让孩子周六去她家里上课，每次收一百五，可以吗'],
  },
  {
    kind: 'more homework for pupils who can do more (学有余力)',
    entry: 'homework-layered',
    qs: ['成绩好的孩子学有余力，老师能给他多布置些拓展题吗'],
  },
  {
    kind: 'parents as the last check (把好关, 核对无误)',
    entry: 'parent-checking-signing',
    qs: ['班主任要求家长把好关，检查无误才能交作业，这合规吗'],
  },
  {
    kind: 'signature demanded with a penalty (扣小红花)',
    entry: 'parent-checking-signing',
    qs: ['口算本家长不签名就扣星，这样合理吗'],
  },
  {
    kind: 'how parents learn the day’s homework',
    entry: 'homework-publication',
    qs: ['孩子每天有什么作业，家长去哪看'],
  },
  {
    kind: 'homework taken home despite 延时服务',
    entry: 'homework-at-school',
    qs: ['参加了学校的延时托管，回来还要写一堆作业，正常吗'],
  },
  {
    kind: 'homework by level of difficulty (分难易)',
    entry: 'homework-layered',
    qs: ['作业可以按难易分给不同的孩子吗'],
  },
  {
    kind: 'exams beyond the textbook',
    entry: 'exam-content',
    qs: ['期末考试会出课本以外的题吗'],
  },
  {
    kind: 'a break between training classes (休息几分钟)',
    entry: 'training-hours',
    qs: ['辅导机构一节课上完要休息几分钟'],
  },
  {
    kind: 'grandparents asking (姥爷, 外婆)',
    entry: 'eyesight',
    qs: ['外婆问一下，学校多久给孩子查一次视力'],
  },
  {
    kind: 'what to do at home after school (放学早)',
    entry: 'parent-role',
    qs: ['放学早，回家以后孩子还能干点啥'],
  },
  {
    kind: 'paraphrases that avoid the policy words (batch W kinds)',
    entry: 'homework-layered',
    qs: ['学得快的和学得慢的孩子作业都一样吗'],
  },
  {
    kind: 'homework made public (贴出来, 对外公开)',
    entry: 'homework-publication',
    qs: ['学校会把每天的作业贴出来让家长看吗'],
  },
  {
    kind: 'a printed copy asked of parents (纸质版)',
    entry: 'parent-printing',
    qs: ['老师发电子版让家长弄成纸质版，这样可以吗'],
  },
  {
    kind: 'how long children should move about at school (动多久)',
    entry: 'exercise',
    qs: ['孩子在学校一天活动多久才够'],
  },
  {
    kind: 'training ads posted in a residential building',
    entry: 'training-ads',
    qs: ['楼道里到处贴着英语班的海报，这合规吗'],
  },
];

describe('question kinds missed by batch D', () => {
  answersWith(cases.flatMap((c) => c.qs.map((q) => ({ q, id: c.entry }))));

  it('the bedtime answer also gives the sleep hours for the grade', () => {
    const junior = answerPolicyQuestion('初一孩子每晚最迟几点就得睡，一天睡眠要保证多长时间').text;
    expect(junior).toContain('22:00');
    expect(junior).toContain('9小时');
    const primary = answerPolicyQuestion('上五年级的娃平时要求几点前上床、一晚上得睡满几个小时？').text;
    expect(primary).toContain('21:20');
    expect(primary).toContain('10小时');
  });

  it('grade 1–2 written homework gets the 不布置 variant', () => {
    expect(answerPolicyQuestion('一年级的娃，老师每天布置写生字，俺琢磨着一年级不是不留笔头作业吗').text).toContain('不布置家庭书面作业');
  });

  it('打印出来 reads as printing, not 打 + 印出来', () => {
    expect(answerPolicyQuestion('老师让家长把作业打印出来，合规吗').entryId).toBe('parent-printing');
  });
});
