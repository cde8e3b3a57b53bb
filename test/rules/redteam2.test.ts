// Second red-team round, written after both classifiers and labelled before they
// were run: 50 parents' questions (40 answerable over the KB's topics, 10 out of
// scope incl. 中考 / 高中 / 幼儿园 / 学费) and 30 teachers' messages (15 refuse,
// 15 allow), kept outside the repo. First run, before any change for them:
//   answerable answered with the right fact  30/40 (8 declined, 2 answered with
//                                             a neighbouring entry's fact)
//   out of scope declined                    9/10 (私立初中学费 read as training fees)
//   guard                                    tp 14, fp 0, fn 1, tn 15
//                                            (precision 1.000, recall 0.933)
// Each miss was fixed by its kind (regional words, colloquial numerals and
// families, a pattern for a shape), not by its string. Below: variants of the
// missed kinds written afterwards, and answer / decline / allow controls.
import { describe, it, expect } from 'vitest';
import { allows, answersWith, declines, refuses, type Answered } from './suites.ts';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';

const KB: Answered[] = [
  // 俺 / 孩儿 / 咱 / 来着 read as unknown text; 俩钟头 / 仨钟头 not a duration.
  { q: '俺闺女五年级，作业天天写仨钟头，正常不', id: 'homework-time', has: '60分钟' },
  { q: '咱娃初二，每天作业得写俩小时，超了没', id: 'homework-time', has: '90分钟' },
  // 放寒假 / 放暑假 split as 放 + 寒假; the holiday entry lacked the amount words.
  { q: '暑假老师发了一大摞练习册，假期作业量有规定不', id: 'homework-holiday', has: '寒暑假' },
  { q: '放暑假作业这么多，有没有限制', id: 'homework-holiday', has: '放假' },
  // 加一块儿 / 各布置各的 / 归谁管 were outside the coordination and who families.
  { q: '各科老师各布置各的，加在一起太多了，归谁管', id: 'homework-coordination', has: '班主任' },
  // 在学校里就写完: words between the place and the finishing verb.
  { q: '小学的作业是不是在校内就做完', id: 'homework-at-school', has: '校内' },
  { q: '初中生作业是在学校里完成吗', id: 'homework-at-school', has: '校内' },
  // Letter grades written as bare letters (给个B, A或者B).
  { q: '考完试只给个B，不告诉分数，这是规定吗', id: 'exam-results', has: '等级' },
  { q: '成绩只打A或者B是怎么回事', id: 'exam-results', has: '等级' },
  // 默认学过 / 幼儿园 are the zero-start worry.
  { q: '一年级老师会默认孩子都学过拼音吗', id: 'zero-start', has: '零起点' },
  // 外面的 as noise; 双减以后还能上… asks about tutoring as a whole.
  { q: '双减以后还能上数学补习班吗', id: 'training-overview', has: '学科类' },
  // A prepayment span (交三年) and sales talk (打八折) around it.
  { q: '机构说一次性交三年学费可以打八折，这合法吗', id: 'training-fees', has: '3个月' },
  // Tutoring at the teacher's home, with a price.
  { q: '班主任让孩子去她家里上课，每节课两百，这合规吗', id: 'teacher-paid-tutoring', has: '有偿补课' },
  // Controls that answered right on the first run.
  { q: '俺家孩儿晚上几点睡合适', id: 'bedtime', has: '21:20' },
  { q: '补习班的老师要有教师资格证吗', id: 'training-teachers', has: '教师资格' },
  { q: '老师让买了好几本教辅，每天做一页就当作业了，这样行吗', id: 'homework-aid-books', has: '教辅' },
];

const DECLINE = [
  // A school's own tuition, not training fees.
  '民办小学学费一年多少',
  '私立学校收费贵不贵',
  '幼儿园要不要交赞助费',
  '幼儿园放学几点接',
  '中考指标到校名额是怎么分配的',
  '高中住校一学期住宿费多少',
];

const REFUSE = [
  // A click on 已完成 in an app, made by the parent, as proof.
  '请各位家长监督孩子背完古诗后，在家校本上点已完成作为确认。',
  '背完单词请家长在钉钉上点一下完成',
  '孩子读完课文后，家长在小程序里勾选已完成就行',
];

const ALLOW = [
  '老师会在家校本上点已完成，家长不用操作',
  '家长不需要在APP上点已完成，孩子自己完成即可',
  '今天重点完成第三课的练习',
  '请同学们标记出课文中的重点词语，勾选你喜欢的句子',
  // Tricky allows from the first run.
  '孩子作业写到九点还没写完的，家长签字说明情况就可以睡觉，老师不会批评。',
  '请家长检查一下孩子书包里有没有带危险物品，比如小刀、打火机。',
  '提醒一下：小学生不布置电子作业，请大家不要让孩子用手机刷题。',
  '今天的语文作业：抄写第5课生字各两遍，朗读课文三遍。',
];

describe('red-team round 2: questions', () => {
  answersWith(KB);
  declines(DECLINE);
});

describe('red-team round 2: teacher messages', () => {
  refuses(REFUSE);
  allows(ALLOW);
  it('names the check-in rule where electronic homework does not apply', () => {
    expect(classifyTeacherMessage(REFUSE[1]!, { grade: 8 }).rule).toBe('parent_checkin_upload');
  });
});
