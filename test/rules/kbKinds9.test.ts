// Kinds of question that holdout batches IS (100%, out of scope 11/12), IT (87.5%, out of scope 11/12),
// IU (100%), IV (81.3%), JA (95.8%, out of scope 11/12), JB (100%), JC (97.9%, out of scope 11/12)
// JD (95.8%), JI (97.9%), JJ (93.8%), JK (89.6%), JL (93.8%), JS (97.9%), JQ (97.9%, out of scope 11/12), JR (83.3%), JW (97.9%), JX (83.3%), JY (100%, out of scope 11/12)
// JZ (91.7%), KE (93.8%), KF (95.8%), KG (97.9%), KH (89.6%, out of scope 11/12), KM (100%, out of scope 11/12),
// KO (81.3%), KP (95.8%, out of scope 11/12), KV (97.9%), KX (95.8%), LF (97.9%), LC (97.9%), LE (97.9%), LM (100%, out of scope 11/12),
// LL (95.8%) and LK (97.9%) missed on their first run, asked here in new words (not the batch strings),
// with look-alikes on the other side.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { standardizeWording } from '../../rules/spokenForms.ts';
import { answersEachKind, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  // batch IT: phone typing
  { kind: 'homework typed 作页', entry: 'homework-time', qs: ['四年级作页一晚上写多久合适'], has: '60分钟' },
  { kind: 'after-school service typed 服物', entry: 'after-school-voluntary', qs: ['课后服物不想报可以吗'] },
  { kind: 'homework in English, whether two hours is over', entry: 'homework-time', qs: ['六年级homework一晚三个钟头超没超'], has: '60分钟' },
  { kind: 'exercise typed 煅炼', entry: 'exercise', qs: ['学校每天让孩子煅炼多长时间'], has: '1小时' },
  { kind: 'a non-subject class still allowed, asked as 这种班', entry: 'training-nonsubject', qs: ['学围棋书法这类班现在还能报吗'] },
  { kind: 'a check-in in an app, the app named first', entry: 'parent-checkin', qs: ['小程序每天打卡是不是必须的'] },
  // batch IV: fathers and grandparents
  { kind: 'several aid books for one subject', entry: 'homework-aid-books', qs: ['每科都让买两本辅导书，合规不'] },
  { kind: 'download and print, asked where to print', entry: 'parent-printing', qs: ['三天两头让下载练习卷打印，家里没机器上哪印去'] },
  { kind: 'a video of the child sent to the group, the grandparent cannot use the phone', entry: 'parent-checkin', qs: ['每天让录孩子读英语的视频发群里，他奶奶玩不转手机，必须弄吗'] },
  { kind: 'a ranking posted on the wall', entry: 'exam-results', qs: ['单元测验的名次贴在教室墙上，第一名到最后一名都有，这还让排？'] },
  { kind: 'ads in lifts and at bus stops', entry: 'training-ads', qs: ['小区电梯里全是辅导班广告，这不是不让打吗'] },
  { kind: 'exercise said as 动弹', entry: 'exercise', qs: ['学校一天让孩子动弹多长时间'] },
  { kind: 'where to complain, said as 上哪告', entry: 'complaints', qs: ['学校周六偷偷补课，我去哪告'] },
  // batch JA: money
  { kind: 'a fake original price', entry: 'training-ads', qs: ['传单上写原价5000现价999，这算不算虚假宣传'] },
  { kind: 'no invoice for the fee paid', entry: 'training-fees', qs: ['付了三千块课时费，机构前台说不给开发票，合法吗'] },
  // batch JC, JD: junior parents, stories
  { kind: 'phones: how to handle it with the school, the object said before', entry: 'phones', qs: ['孩子一回家就玩手机，家长和学校该怎么一起管'] },
  { kind: 'the page unmarked, a date written on it', entry: 'grading-by-teacher', qs: ['本子上老师只签了个日期，题都没改，老师不是应该都批吗'] },
  { kind: 'a ranking list read from first to last in the parents’ group', entry: 'exam-results', qs: ['老师把月考成绩从第一名排到最后一名发到家长群，合规吗'] },
  // batches JI, JJ, JK: kinds of homework, two children, quoted notices
  { kind: 'the other kinds of homework besides written work', entry: 'homework-design', qs: ['除了写的作业以外，学校还会布置哪些'] },
  { kind: 'whether the day’s homework is shown to parents', entry: 'homework-publication', qs: ['各科每天布置了什么，学校公开给家长看吗'] },
  { kind: 'a notice passed on by the parents’ committee', entry: 'parent-printing', qs: ['家委会转发了班主任的通知：复习卷家长自己下载打印。这个合规吗'] },
  { kind: 'basic after-school care costing money, said as 一分钱', entry: 'after-school-fee', qs: ['普惠性课后服务到底收不收费，隔壁学校一分钱不要'] },
  { kind: 'the course finished early for the 中考', entry: 'courses', qs: ['老师说下学期一开学就结课，剩下时间全部备战中考，这合规吗'] },
  { kind: 'an ad’s promise of marks', entry: 'training-ads', qs: ['楼道里贴满了辅导班广告，写着“保过提分”，这种广告让打吗'] },
  // batches JL, JS, JQ: long stories, voice input, non-subject classes
  { kind: 'a story of another child’s dormitory, then how long to sleep', entry: 'sleep-hours', qs: ['老大读高二住校，说他们宿舍十二点才熄灯，早上六点就起，周末回家倒头就睡。想问一下高中生一天至少要睡几个小时？'], has: '8小时' },
  { kind: 'the rule restated in the question, then 这个规定', entry: 'parent-checking-signing', qs: ['孩子三年级，每天作业都要我们看完签名，不签第二天就挨批。我想问，学校让家长每晚检查作业再签字，这个规定合规吗？'] },
  { kind: 'a paper exam described as sitting and answering', entry: 'exam-frequency', qs: ['嗯一年级期末考不考试就是坐着答题那种'], has: '不进行纸笔考试' },
  { kind: 'whether a music class is restricted', entry: 'training-nonsubject', qs: ['学舞蹈受影响吗', '书法围棋这种兴趣班也受双减限制吗'] },
  // batch JR: facts parents rarely ask about
  { kind: 'home visits as a rule', entry: 'parent-school', qs: ['老师要定期来家访吗，有这个规定没'], has: '家访' },
  { kind: 'a mental-health record for each pupil', entry: 'mental-health', qs: ['学校是不是要给孩子建心理档案'], has: '心理健康档案' },
  { kind: 'which five the five managements are', entry: 'five-management', qs: ['五项管理到底管哪几样'], has: '读物' },
  { kind: 'a parent helping to run the after-school service', entry: 'after-school-staff', qs: ['我会剪纸，家长可以去学校帮忙带托管吗'], has: '家长' },
  { kind: 'the crush at the gate after the service', entry: 'after-school-safety', qs: ['课后服务一放学门口太挤了，不能分批走吗'], has: '按批次' },
  { kind: 'a migrant worker’s child at a public school', entry: 'equal-rights', qs: ['我们在外打工，孩子户口不在本地，能上这里的公办学校吗'], has: '随迁子女' },
  { kind: 'a notice in the group about the parent school', entry: 'parent-school', qs: ['学校群里通知下周家长学校上课，家长学校是干什么的'] },
  // batches JW, JX, JZ: phones at night, evening chat with emoji, villages
  { kind: 'a child on the phone till midnight', entry: 'phones', qs: ['五年级孩子放学就刷手机刷到十二点，学校对手机有管理吗'] },
  { kind: 'an emoji closing the story before the question', entry: 'homework-holiday', qs: ['八年级了，国庆作业一大堆😩 放假期间的作业量也有限制吧？'] },
  { kind: 'an emoji, then the bedtime asked', entry: 'bedtime', qs: ['十点了还在磨蹭🙄 小学生规定几点前要睡'], has: '21:20' },
  { kind: 'telling a story as homework in the first grades', entry: 'homework-design', qs: ['一年级的作业是回家讲个故事给爸妈听，这也算作业吗'] },
  { kind: 'must-do and optional homework, the optional left undone', entry: 'homework-layered', qs: ['作业分了必做和选做，选做那部分不写行吗'] },
  { kind: 'homework sent late at night in the WeChat group', entry: 'homework-via-group', qs: ['班主任晚上十一点才在群里发作业，这样布置行吗'] },
  { kind: '这礼拜天天 is every day, not Sunday', entry: 'sleep-hours', qs: ['孩子这礼拜天天十一点才睡，小学生要睡够几个小时'], has: '10小时' },
  { kind: 'found short-sighted at the check-up, how often eyes are checked', entry: 'eyesight', qs: ['开学体检孩子查出近视了，学校多久查一次视力'], has: '2次' },
  { kind: 'the kindergarten’s last year, learning pinyin ahead', entry: 'zero-start', qs: ['孩子在上大班，要不要提前把拼音学会，怕一年级跟不上'], has: '零起点' },
  { kind: 'the school bus home instead of the after-school service', entry: 'after-school-voluntary', qs: ['娃放学想坐校车回家，学校说托管必须上，是这个理吗'] },
  { kind: 'grandparents asking where parents learn to raise children', entry: 'parent-school', qs: ['我们老两口带孙女，学校有没有教家长怎么带孩子的'] },
  { kind: 'moving up from primary, by exam or not', entry: 'admission', qs: ['小学毕业去县里的初中，要考试才能进吗'], has: '免试' },
  // batches KE, KF, KG, KH
  { kind: 'who runs the after-school service, said as 哪些人', entry: 'after-school-staff', qs: ['托管班都是什么人在带'] },
  { kind: 'only a level told, asked why no marks', entry: 'exam-results', qs: ['月考只说是“优”，具体分数为什么不告诉'], has: '等级' },
  { kind: 'what else is set besides the workbook', entry: 'homework-design', qs: ['除了写卷子，老师还会留什么别的作业'] },
  { kind: 'whether every book is marked or only some', entry: 'grading-by-teacher', qs: ['老师是每本作业都批吗，还是抽查几本'] },
  { kind: 'whether the teacher tried the homework first', entry: 'homework-layered', qs: ['老师留的题自己先试过吗，有这规定没'] },
  { kind: 'bedtime in English', entry: 'bedtime', qs: ['小学生 bedtime 最晚几点'], has: '21:20' },
  { kind: 'a paper exam in the second grade, then whether to report it', entry: 'exam-frequency', qs: ['一年级期末还是发卷子考，这种考法合规吗？家长能反映不'], has: '不进行纸笔考试' },
  // batches KM, KO, KP: a child's situation first, negative checks
  { kind: 'where the child learns, then the fee', entry: 'after-school-fee', qs: ['孩子是听障儿童随班就读，学校托管要交钱吗'] },
  { kind: 'teaching at home for a child who cannot come', entry: 'equal-rights', qs: ['孩子残疾比较重没法到校，学校会派老师上门教吗'], has: '送教上门' },
  { kind: 'classes back to back at a provider', entry: 'training-hours', qs: ['机构一节课接一节课地上，课中间不休息，合规吗'], has: '10分钟' },
  { kind: 'grandparents who cannot fetch, then the service’s days', entry: 'after-school-time', qs: ['四年级，老人接送不方便，托管一周开几天'], has: '5天' },
  { kind: 'dorm lights out late, then how long to sleep', entry: 'sleep-hours', qs: ['初二住校，宿舍熄灯太晚了，初中生一天要睡几个小时'], has: '9小时' },
  { kind: 'ads on lamp posts', entry: 'training-ads', qs: ['小区电线杆上到处贴辅导班广告，这种允许吗'] },
  { kind: 'a check and a photo to the group, asked as 没毛病吧', entry: 'parent-checking-signing', qs: ['家长检查完作业再拍照发群里，应该没毛病吧'] },
  { kind: 'whether parents just have to put up with too much homework', entry: 'complaints', qs: ['作业太多了，家长只能忍着吗'] },
  // batches KV, KX
  { kind: 'the layers said as 档', entry: 'homework-layered', qs: ['作业现在分档让孩子选吗，分哪几档'] },
  { kind: 'a year of classes sold as one bundle', entry: 'training-fees', qs: ['培训班让一次性交一年的钱，打包卖课，合规吗'], has: '3个月' },
  // batches LF, LC, LE
  { kind: 'finishing the course early for the 中考, said as 迎中考', entry: 'courses', qs: ['初三能不能早点结课，全力复习迎中考'] },
  { kind: 'not only written homework, what other kinds', entry: 'homework-design', qs: ['现在作业不光是书面的，还有别的形式吗'] },
  { kind: 'pupils marking their own work, told by a relative', entry: 'grading-by-teacher', qs: ['邻居家孩子说老师让他们自己对着答案改作业，这样合规吗'], has: '自批自改' },
  // batches LM, LL, LK
  { kind: 'interest classes still allowed, said as 还让上', entry: 'training-nonsubject', qs: ['跳舞、围棋这种兴趣班现在还让上吗'] },
  { kind: 'classes back to back, said as 连着', entry: 'training-hours', qs: ['辅导班一节课连着一节课上，课间最少歇多久'], has: '10分钟' },
  { kind: 'homework set too hard, beyond the book', entry: 'homework-layered', qs: ['作业出得太难了，好多超出课本，这有规定吗'] },
];

describe('two questions in one message', () => {
  it('answers the rule restated in full before 这个允许吗, and where to complain', () => {
    const a = answerPolicyQuestion('数学老师让家长每天在小程序里打卡上传口算照片，这个允许吗？可以去哪里反映');
    expect(a.text).toContain('打卡');
    expect(a.entryId).toBe('complaints');
  });
  it('answers a second child named by stage after a grade (那上了初中呢)', () => {
    const a = answerPolicyQuestion('小学四年级每天作业最多多久？那上了初中呢');
    expect(a.text).toContain('60分钟');
    expect(a.text).toContain('90分钟');
  });
  it('still answers one grade when the stage holds it (小学五年级)', () => {
    const a = answerPolicyQuestion('小学五年级每天作业最多多久');
    expect(a.text).toContain('60分钟');
    expect(a.text).not.toContain('90分钟');
  });
});

describe('question kinds missed by batches IS–KH', () => {
  answersEachKind(cases);
  declines([
    // one paper's content or difficulty
    '这回单元测试卷子难不难啊',
    '昨天数学卷子最后一道附加题怎么做',
    '期中英语会考听力吗',
    // which school is best
    '我们片区哪所小学教学质量最好',
    // who set one paper, what is on it
    '期中英语卷子是学校自己出的还是区里出的',
    '这次期末英语卷子有几道听力题',
    '期中数学不会出特别难的题吧',
    '期末语文卷子的答案谁有',
  ]);
});

describe('two children, one by grades and one by stage', () => {
  it('answers both 一二年级 and 高年级 when both are named', () => {
    const a = answerPolicyQuestion('一二年级跟高年级的考试次数有什么不同');
    expect(a.text).toContain('不进行纸笔考试');
    expect(a.text).toContain('一次期末考试');
  });
  it('answers each child’s grade when two are named as 一个…一个…', () => {
    const a = answerPolicyQuestion('两个孩子，一个二年级一个五年级，作业要求有什么区别');
    expect(a.text).toContain('不布置家庭书面作业');
    expect(a.text).toContain('60分钟');
  });
});

describe('a very short echo after the question', () => {
  it('answers the question when a two-character echo follows it', () => {
    const a = answerPolicyQuestion('二年级回家不写作业，那干点什么？光看电视？');
    expect(a.answered).toBe(true);
  });
  it('still declines an out-of-scope question followed by a short request', () => {
    expect(answerPolicyQuestion('附近的美术班靠谱吗？求推荐').answered).toBe(false);
  });
});

describe('look-alikes that must keep their answers', () => {
  it('still answers the layers when the kinds of homework are asked', () => {
    expect(answerPolicyQuestion('双减以后作业分成哪几类').entryId).toBe('homework-layered');
  });
  it('still declines a question about the 中考 itself', () => {
    expect(answerPolicyQuestion('今年中考体育考几项').answered).toBe(false);
  });
  it('still answers whether an exam out of the syllabus is allowed', () => {
    expect(answerPolicyQuestion('期中考试题目超纲了，这样出题合规吗').entryId).toBe('exam-content');
  });
  it('still answers what the after-school service is for when 还能报 is asked', () => {
    expect(answerPolicyQuestion('培训班还能报吗').answered).toBe(true);
  });
  it('reads 作页 as 作业 but leaves a worksheet (工作页) and 制作叶脉 alone', () => {
    expect(standardizeWording('三年级作页写多久')).toBe('三年级作业写多久');
    expect(standardizeWording('英语工作页打印一下')).toBe('英语工作页打印一下');
    expect(standardizeWording('制作叶脉书签')).toBe('制作叶脉书签');
  });
  it('reads homework typed in English as 作业', () => {
    const a = answerPolicyQuestion('初一 homework 一天多长时间');
    expect(a.entryId).toBe('homework-time');
    expect(a.text).toContain('90分钟');
  });
});
