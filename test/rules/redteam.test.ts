// Red-team inputs, written after both classifiers and labelled before they were
// run: 60 parents' questions (45 answerable, 15 out of scope) and 50 teachers'
// messages (25 refuse, 25 allow), kept outside the repo. First run, before any
// change for them:
//   answerable answered with the right fact  37/45 (2 declined, 6 answered with
//                                             a neighbouring entry's fact)
//   out of scope declined                    15/15
//   guard                                    tp 23, fp 0, fn 2, tn 25
//                                            (precision 1.000, recall 0.920)
// Each miss was fixed by its kind (a tokenizer split, a missing family member,
// a detector condition), not by its string. Below: the missed inputs, a few
// same-kind variants written afterwards, and allow / decline controls.
import { describe, it, expect } from 'vitest';
import { allows, answersWith, declines, refuses, type Answered } from './suites.ts';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';

const KB: Answered[] = [
  // 参加课后服务 read as 参 / 加课 / 后 / 服务: greedy left-to-right matching split it.
  { q: '残疾孩子参加课后服务要交钱吗', id: 'after-school-fee', has: '免费' },
  { q: '孩子参加晚托一个月多少钱', id: 'after-school-fee', has: '元' },
  { q: '参加课后服务是不是自愿的', id: 'after-school-voluntary', has: '自愿' },
  // 一个学期 / 考几次试 were not in the frequency family.
  { q: '初中一个学期能考几次试', id: 'exam-frequency', has: '期中' },
  { q: '初中一个学期考几回试', id: 'exam-frequency', has: '期末' },
  // 干些啥 / 安排些什么 were not asking words; 那两个小时 is a period pointed at, not an amount.
  { q: '课后服务那两个小时孩子一般都干些啥', id: 'after-school-content', has: '兴趣' },
  { q: '课后服务这一个半小时都安排些什么', id: 'after-school-content', has: '新课' },
  // 电子作业 named homework by its medium but did not carry the homework concept.
  { q: '娃三年级，老师让在电脑上做电子作业，可以吗', id: 'homework-electronic', has: '电子作业' },
  { q: '老师让孩子在平板上做网上作业，四年级允许吗', id: 'homework-electronic', has: '电子作业' },
  // 符合规定 was read as unknown text.
  { q: '孩子错了一个字老师罚写五十遍，这符合规定吗', id: 'homework-punitive', has: '惩罚' },
  { q: '孩子默写错了一个字就要抄二十遍，这符合规定吗', id: 'homework-punitive', has: '惩罚' },
  // Homework lasting till late at night, asked as a question about the cap.
  { q: '五年级每天作业写到九点多，国家规定小学高年级作业量是多少', id: 'homework-time', has: '60分钟' },
  { q: '我们七年级作业每天写到十一点，作业总量有规定吗', id: 'homework-time', has: '90分钟' },
  // 承担 / 负责什么 ask about parents' role.
  { q: '家长到底应该承担什么', id: 'parent-role', has: '家长' },
  // Controls that answered right on the first run.
  { q: '孩子写到很晚还没写完，我能不能让他先去睡觉', id: 'exemption-signoff', has: '签字' },
  { q: '我家是低保户，课后服务费能免吗', id: 'after-school-fee', has: '免费' },
];

const DECLINE = [
  '孩子学校的午饭一顿多少钱，能自己带饭吗',
  '钢琴考级一般要花多少钱',
  '舞蹈班的学费一般贵不贵',
  '校车一学期多少钱',
  '今年中考录取分数线什么时候出',
  '学平险有必要买吗',
];

const REFUSE = [
  // Scores listed as name + bare mark, no 分 and no 前N名.
  '数学单元测试成绩：王小明98，李华95，张伟62，请家长督促没考好的孩子。',
  '听写成绩 张浩100，李梅97，王强90，周婷85',
  // 爸爸妈妈 / 妈妈们 and 动手做一个 / 亲手做 were outside the parent-does-it family.
  '科技节的小发明作品请爸爸妈妈动手做一个，孩子在旁边看就行。',
  '端午节的香包请妈妈们亲手做一个，周一带来评比。',
  '手工灯笼由家长动手制作，孩子负责涂色就行。',
];

const ALLOW = [
  // Numbers beside names that are not marks.
  '各班交作业人数：一班32，二班45，三班40。',
  '期末考试座位号：张三12，李四13，王五14',
  '课后服务报名：三年级120，四年级98，五年级87，请各位老师核对。',
  // 做一份 / 做一个 with no homework in sight.
  '周末请妈妈们做一份营养早餐，孩子吃饱再来参加考试。',
  '请家长做一个表率，少在孩子面前玩手机。',
  '请爸爸妈妈做好孩子的防暑工作。',
  '手工作品请孩子自己动手做一个，家长不要代劳。',
  // Tricky allows from the first run.
  '有家长私信问要不要打印学习资料，不需要，学校已经统一印好发给孩子了。',
  '期末成绩只以等级形式告知，不公布分数和排名，请家长理解。',
  '有家长问为什么不让家长批改作业了，因为按规定作业由老师全批全改。',
  '课后服务报名表请家长签字后周三前交回，自愿参加。',
  '孩子的体检报告请家长拍照发我一份，用于建立健康档案。',
];

describe('red-team questions', () => {
  answersWith(KB);
  declines(DECLINE);
});

describe('red-team teacher messages', () => {
  refuses(REFUSE);
  allows(ALLOW);
  it('names the right rule for the fixed kinds', () => {
    expect(classifyTeacherMessage(REFUSE[0]!, { grade: 5 }).rule).toBe('scores_ranking');
    expect(classifyTeacherMessage(REFUSE[2]!, { grade: 5 }).rule).toBe('parent_does_homework');
  });
});
