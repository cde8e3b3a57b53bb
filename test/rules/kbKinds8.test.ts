// Kinds of question that holdout batches GU (93.8%), GW (93.8%, out of scope 11/12), GY (97.9%,
// out of scope 11/12), HA (95.8%, out of scope 10/12), HC (83.3%), HE (93.8%, out of scope 11/12), HG (93.8%, out of scope 11/12), HI (91.7%, out of scope 11/12)
// HK (97.9%, out of scope 10/12), HQ (89.6%, out of scope 11/12), HM (91.7%), HO (97.9%, out of scope 11/12),
// HS (91.7%), HU (87.5%, out of scope 11/12), HW (93.8%, out of scope 11/12), HY (97.9%), IA (93.8%)
// IC (100%, out of scope 11/12), IG (95.8%), IE (95.8%), II (91.7%, out of scope 11/12),
// IM (91.7%, out of scope 10/12), IK (89.6%), IO (100%, out of scope 11/12) and IQ (97.9%) missed on their first run, asked here in new words (not the batch strings),
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
  // batches HA, HC
  { kind: 'a grade and a word, as a keyword search', entry: 'homework-time', qs: ['二年级 回家作业'], has: '不布置家庭书面作业' },
  { kind: 'weekend tutoring the provider swears is fine', entry: 'training-holidays', qs: ['礼拜天给娃报了个英语一对一，老师拍着胸脯说不要紧，真不要紧吗'] },
  { kind: 'the next chapter taught in after-school time', entry: 'after-school-content', qs: ['托管时间英语老师直接教下一单元了，这样可以吗'], has: '新课' },
  { kind: 'the course finished early to drill for the exam', entry: 'courses', qs: ['初三这学期就把新课全上完了，下学期全部用来刷题备考，合规吗'], has: '提前结课' },
  { kind: 'writing at home in the first grades, the work unnamed', entry: 'homework-time', qs: ['二年级孩子现在回家还得写吗'], has: '不布置家庭书面作业' },
  { kind: 'when after-school care lets out', entry: 'after-school-time', qs: ['我下班晚，学校托管一般几点散'] },
  { kind: 'a report the parent is told to write', entry: 'homework-for-parents', qs: ['科学小实验的记录单注明了由家长来填，这是谁的作业'] },
  { kind: 'whether the cap still binds in the exam year', entry: 'homework-time', qs: ['初三了作业时间还受不受双减的限制'], has: '90分钟' },
  { kind: 'after-school care taken, then homework at home', entry: 'homework-at-school', qs: ['如果孩子参加了托管，回家还有书面作业吗'] },
  { kind: 'signed off, then whether the teacher will punish', entry: 'exemption-signoff', qs: ['九点半了作业还剩一半，我签字让她先睡可以吗？老师会不会批评'] },
  // batch HE: what someone said, then the question
  { kind: 'a teacher’s claim quoted, then what the rule is', entry: 'sleep-hours', qs: ['数学老师在群里说“小学生睡八个小时就够了”。到底规定睡多少'], has: '10小时' },
  { kind: 'after-school care on some weekdays only', entry: 'after-school-time', qs: ['托管只在周一、周三开，剩下几天自己接，不是该每天都有吗'], has: '5天' },
  { kind: 'learning ahead in the holidays, then 这种提前学 pointing back', entry: 'training-holidays', qs: ['培训班说寒假把下学期英语全提前学完，这种提前学合适吗'] },
  // batches HG, HI, HK
  { kind: 'ticks and crosses put on the parents', entry: 'grading-by-teacher', qs: ['作业本让家长打勾打叉，这是家长的活吗'] },
  { kind: 'the sign-off heard about from other parents', entry: 'exemption-signoff', qs: ['听说家长签个名就可以不写完剩下的作业？怎么弄'] },
  { kind: 'a report card with only a level on it', entry: 'exam-results', qs: ['期末成绩单就一个“良”字，分数呢'], has: '等级' },
  { kind: 'junior school by marks or by address', entry: 'admission', qs: ['上初中是看分数还是按住址片区'], has: '免试' },
  { kind: 'what else a parent should lead the child to do', entry: 'parent-role', qs: ['作业在学校写完了，老师让家长引导孩子做点别的，都有哪些'] },
  { kind: 'no literacy class before school', entry: 'zero-start', qs: ['孩子没上过识字班，一年级老师会不会讲得很快，有规定吗'] },
  // batches HQ, HM, HO: angry and sarcastic, notices quoted, the first grades
  { kind: 'which rule a weekend class breaks', entry: 'training-holidays', qs: ['周日下午的英语班让教育局给停了，周末上个课犯哪条规定了？'] },
  { kind: 'pages of copying, said with sarcasm', entry: 'homework-time', qs: ['二年级天天抄三页词语，双减是减了个啥？'], has: '不布置家庭书面作业' },
  { kind: 'extra copying as a punishment', entry: 'homework-punitive', qs: ['单词没背出就加罚三页抄写，拿作业当惩罚，这也行？'] },
  { kind: 'after-school care run at whim, then days and hours', entry: 'after-school-time', qs: ['托管想上就上想停就停？每周几天、每天多久有规定没'], has: '5天' },
  { kind: 'stopping at the cut-off, asked as a custom', entry: 'exemption-signoff', qs: ['作业写到十一点还没完，有没有到点就睡的规矩？'] },
  { kind: 'a notice quoted: parents to mark in red', entry: 'grading-by-teacher', qs: ['群里刚通知：听写本家长用红笔批一遍再交。这样可以吗？'] },
  { kind: 'sleep length asked with 睡眠时长 after late nights', entry: 'sleep-hours', qs: ['孩子上初二，天天十二点睡，初中生的睡眠时长有要求吗'], has: '9小时' },
  { kind: 'a daily video check-in, then whether parents must go along', entry: 'parent-checkin', qs: ['数学老师让每天在小程序传口算视频打卡，连续30天。这个家长必须配合吗？'] },
  { kind: 'the kinds homework is divided into', entry: 'homework-layered', qs: ['听说作业现在分好几种，都分哪几种？'] },
  { kind: 'a piece the parent stayed up making', entry: 'homework-for-parents', qs: ['手工作业全是我熬夜做的，这种要家长代劳的作业能布置吗'] },
  // look-alikes that must keep their old answers
  { kind: 'pupils let out in groups is about safety, not marking', entry: 'after-school-safety', qs: ['放学为什么要一批一批地走'] },
  { kind: 'finished early, then what to do in the evening', entry: 'parent-role', qs: ['作业早早做完了，晚上剩下的时间干点啥好'] },
  // batches HS, HU, HW
  { kind: 'answers handed out for parents to mark with', entry: 'grading-by-teacher', qs: ['英语老师在群里甩了份答案，让家长晚上对着批，这合理吗'] },
  { kind: 'homework by level, heard from the parents’ committee', entry: 'homework-layered', qs: ['家委会说现在作业分层，学得好的和差的留的不一样？'] },
  { kind: 'a summer class the provider says is fine', entry: 'training-holidays', qs: ['暑期想报个数学班，机构说暑假照常能上，真的吗'] },
  { kind: 'learning pinyin before school starts', entry: 'zero-start', qs: ['上一年级之前要不要先把拼音学会，怕跟不上'] },
  { kind: 'a provider’s back-to-back classes', entry: 'training-hours', qs: ['线下课三节连着上，中间不休息，这有规定吗'], has: '10分钟' },
  { kind: 'an advert printed on school exercise books', entry: 'training-ads', qs: ['练习册封面印着培训班的广告，学校可以这样发吗'] },
  { kind: 'what after-school care offers and who teaches, where to find it', entry: 'after-school-publicity', qs: ['托管每天上什么、哪个老师带，家长去哪看？'] },
  { kind: 'a provider taking pupils out of school hours', entry: 'training-hours', qs: ['培训班让孩子周四下午找班主任请假去上他们的集训，这样行吗'] },
  { kind: 'whether new tutoring providers are approved', entry: 'training-nonprofit', qs: ['现在还批新开的学科类培训机构吗'] },
  { kind: 'fees paid into the owner’s own account', entry: 'training-fees', qs: ['报班的钱是转到机构老板个人微信的，政策上有什么要求'] },
  { kind: 'levels instead of marks, said in a run-on', entry: 'exam-results', qs: ['现在卷子上不写分数 就给个良好 我都不知道孩子考得怎么样'], has: '等级' },
  { kind: 'answers checked and ticked by parents, said in a run-on', entry: 'grading-by-teacher', qs: ['老师让家长每晚把练习册对一遍答案打上勾 这本来是家长的事吗'] },
  { kind: 'fees charged in after-school care’s name', entry: 'after-school-fee', qs: ['学校借着托管的名义收了各种杂七杂八的钱 有人管吗'] },
  // batches HY, IA, IC
  { kind: 'answers checked and ticks put on by the parent', entry: 'grading-by-teacher', qs: ['语文练习册老师让家长先对一遍答案打好勾再交，要照做吗'] },
  { kind: 'required and optional parts of homework', entry: 'homework-layered', qs: ['作业是不是分必做和选做？选做的可以不写吧'], has: '必做' },
  { kind: 'two children, one in the first grades, and the end-of-term exam', entry: 'exam-frequency', qs: ['哥哥四年级期末考好几门，妹妹二年级，她期末也要考卷子吗？'], has: '纸笔考试' },
  { kind: 'the cap heard to be relaxed at junior school', entry: 'homework-time', qs: ['老大明年就要升初中了，听说初中作业时间放宽了，最多多久'], has: '90分钟' },
  // batches IG, IE
  { kind: 'the three layers homework is divided into', entry: 'homework-layered', qs: ['老师说作业分成了三层，是哪三层'] },
  { kind: 'how pupils are sent to junior schools', entry: 'admission', qs: ['乡下的娃上初中按啥分学校'], has: '免试' },
  { kind: 'no homework ever brought home in the first grade', entry: 'homework-at-school', qs: ['闺女一年级，到现在一次作业都没带回家过，是规定吗'] },
  { kind: 'forms of homework besides drills', entry: 'homework-design', qs: ['现在作业不光是做题了吧？还有啥形式'] },
  // batches II, IM, IK
  { kind: 'how required and optional work are divided', entry: 'homework-layered', qs: ['听说作业分成必做的和选做的，怎么个分法？', '老师说作业分成3个层次，是哪三种'] },
  { kind: 'the policy named as who set the limit', entry: 'sleep-hours', qs: ['刚上初二，听说双减给睡眠划了红线，具体是多少'], has: '9小时' },
  { kind: 'reading and crafts for the second grade, or nothing at all', entry: 'homework-time', qs: ['二年级能留点阅读、做手工这类的吗，还是啥都不能留'], has: '阅读' },
  { kind: 'after-school care made compulsory for the whole class', entry: 'after-school-voluntary', qs: ['托管一学期800块，我们想自己接，学校说全班都必须报，对吗'] },
  { kind: 'pinyin learnt over the holiday before school', entry: 'zero-start', qs: ['寒假前要不要先把拼音学完？怕上一年级跟不上'] },
  { kind: 'after-school care taken, then homework at home', entry: 'homework-at-school', qs: ['报了托管，六点才接回来，到家还要写作业吗'] },
  { kind: 'evening study back at school', entry: 'after-school-time', qs: ['初二晚上学校还能组织孩子回校上自习吗'], has: '自习' },
  { kind: 'new lessons finished early to drill', entry: 'courses', qs: ['初三能提前讲完新课，下学期全用来刷题吗'], has: '提前结课' },
  { kind: 'no invoice for a provider’s fee', entry: 'training-fees', qs: ['交了两千块学费，机构说开不了发票，正常吗'], has: '发票' },
  // batch IQ
  { kind: 'primary school by interview or by household registration', entry: 'admission', qs: ['上小学要考试吗？还是按户籍片区划'], has: '免试' },
];

describe('question kinds missed by batches GU–IQ', () => {
  answersEachKind(cases);
  declines([
    // one child's mark, asked of the bot
    '我家儿子数学考了几分',
    // passing a prepaid card on
    '舞蹈班的课时卡能转让吗',
    // a nap at school is not in the seeds
    '学校午睡一般睡多长时间',
    // comfort after a bad test; which teacher leads a club
    '儿子期中考砸了一直闷闷不乐，怎么开导他',
    '课后服务的围棋班是哪位老师教的',
    // which of two classes is more useful
    '书法班和美术班哪个对孩子更有用',
    // a uniform swap, then whom to ask; this term's calendar; moving class
    '校服短了 能换长一点的不 找谁',
    '暑假作业什么时候发下来',
    '托管的老师孩子不喜欢，能调个班吗',
    '托管班的老师能换一个吗，孩子说她很凶',
    // this school's holiday plans and sign-up
    '寒假学校会开托管班吗？多少钱一天',
    '课后服务什么时候报名，在哪报',
    // the weather
    '后天有大雪，课后服务还上吗',
    // this term's calendar; a test's scoring table
    '暑假作业一般什么时候布置下来？',
    '月考具体是哪几天？',
    '体测跳绳一分钟多少个能拿满分？',
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

  it('answers two questions asked one after the other, in the order asked, citing both seeds', () => {
    const a = answerPolicyQuestion('想问下初二作业一天最多多长时间？睡觉有没有要求？');
    expect(a.entryId).toBe('sleep-hours');
    const [first, second] = a.text.split('\n');
    expect(first).toContain('90分钟');
    expect(second).toContain('9小时');
    expect(a.sources).toEqual(['000_e3406e389f9fa788.txt', '001_4543060fc7b06172.txt']);
  });

  it('answers a clause that opens its own question, and not a clause that only names what is asked', () => {
    expect(answerPolicyQuestion('孩子五年级，想问小学高年级作业一天多长时间，寒假是不是也该控制？').text).toContain('60分钟');
    const one = answerPolicyQuestion('每天留了多少作业，学校要公示吗');
    expect(one.entryId).toBe('homework-publication');
    expect(one.text).not.toContain('\n');
  });

  it('reads 三年纪 as the grade but leaves 这个年纪 alone', () => {
    expect(answerPolicyQuestion('三年纪的作业一天多长时间').grade).toBe(3);
    expect(answerPolicyQuestion('这个年纪的孩子作业一天多长时间').grade).toBeNull();
  });
});
