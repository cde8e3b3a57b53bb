import { describe, it, expect } from 'vitest';
import { ENTRIES, EXAMPLE_SCHOOL_VALUES, SEED_FILES, type SchoolValues } from '../../rules/kb/entries.ts';
import { CONCEPTS } from '../../rules/kb/lexicon.ts';
import { answerPolicyQuestion, gradeFromText, isClearPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { normalizeQuestion, tokenize } from '../../rules/kb/text.ts';

interface Ask {
  q: string;
  /** every string must appear in the answer */
  has: string[];
  grade?: number;
}

/**
 * For every entry, questions written the way parents write in a class group
 * (colloquial, with context about the child, synonyms), each of which must
 * retrieve that entry and state its fact.
 */
const PARAPHRASES: Record<string, Ask[]> = {
  'homework-time': [
    { q: '我家孩子三年级，每天作业要写两个多小时，正常吗', has: ['60分钟'] },
    { q: '初三的家庭作业一天最多能布置多长时间？', has: ['90分钟'] },
    { q: '二年级的娃回家还要写字、做口算，这不是说不留书面作业了吗', has: ['不布置', '书面作业'] },
    { q: '书面作业有时间规定吗', has: ['60分钟', '90分钟', '一、二年级'] },
    { q: '小学五年级回家作业量有上限吗', has: ['60分钟'] },
  ],
  'homework-holiday': [
    { q: '周末作业留这么多合理吗，有没有规定', has: ['周末'] },
    { q: '寒假作业量有没有要求？', has: ['寒暑假'] },
  ],
  'homework-coordination': [
    { q: '各科老师都布置作业，加起来谁来管总量？', has: ['班主任', '统筹'] },
    { q: '语数英好几科都留作业，有没有人协调一下', has: ['班主任'] },
  ],
  'homework-at-school': [
    { q: '小学生的作业是不是应该在学校完成？', has: ['校内'] },
    { q: '孩子上托管的话，作业能在学校写完吗', has: ['课后服务'] },
  ],
  'homework-layered': [
    { q: '作业能不能分层布置，成绩好的多做点', has: ['分层', '必做'] },
    { q: '老师说的选做题可以不做吗', has: ['选做'] },
  ],
  'homework-punitive': [
    { q: '孩子听写错了一个字，老师让抄二十遍，这算不算体罚啊', has: ['惩罚性', '不'] },
    { q: '作业没写好就罚写，这种做法合规吗？', has: ['罚写'] },
    { q: '老师用多布置作业来惩罚学生可以吗', has: ['惩罚'] },
  ],
  'homework-electronic': [
    { q: '四年级老师要求在平板上做练习，可以吗', has: ['电子作业', '严禁'] },
    { q: '小学生的作业能不能让在手机上完成？', has: ['电子作业'] },
  ],
  'homework-aid-books': [
    { q: '老师让每科都买两三本教辅资料，合理吗', has: ['一科一辅'] },
    { q: '拿套题当作业做可以吗', has: ['套题'] },
  ],
  'grading-by-teacher': [
    { q: '数学老师让家长把口算本判一下对错再交，这个合规吗', has: ['批改', '严禁'] },
    { q: '作业应该谁来批改，是老师还是家长？', has: ['老师', '批改'] },
    { q: '老师让同桌之间互相改作业，这样行吗', has: ['自批自改'] },
  ],
  'parent-checking-signing': [
    { q: '每天都要家长检查完作业再签字，家长不签老师还批评，这合理吗', has: ['检查', '签字', '不得'] },
    { q: '孩子的作业本天天要家长签名，有这个必要吗？', has: ['签字'] },
    { q: '家长要帮孩子检查作业吗', has: ['检查'] },
  ],
  'parent-printing': [
    { q: '班主任总让我们自己下载打印练习题，家里又没打印机', has: ['打印', '不得'] },
    { q: '学校要求家长打印试卷合规吗', has: ['打印'] },
  ],
  'parent-checkin': [
    { q: '语文老师要求每天录视频上传背课文，家长好累，这个允许吗', has: ['打卡'] },
    { q: '跳绳打卡每天要家长拍视频发群里，合规吗？', has: ['打卡', '不得'] },
  ],
  'homework-via-group': [
    { q: '老师在微信群里布置作业合规吗', has: ['微信群'] },
    { q: '作业都是在钉钉群里发的，允许吗', has: ['钉钉'] },
  ],
  'homework-for-parents': [
    { q: '手工作业根本就是给家长布置的，孩子自己做不了，这样合理吗', has: ['家长', '不得'] },
    { q: '老师能不能给我们家长也布置任务？', has: ['严禁'] },
    { q: '亲子手抄报都是大人帮着做，学校可以这样要求吗', has: ['代劳'] },
  ],
  'parent-role': [
    { q: '双减了，家长平时能帮孩子做点什么？', has: ['阅读', '家务'] },
    { q: '作为家长在家应该怎么配合学校？', has: ['锻炼'] },
  ],
  'exemption-signoff': [
    { q: '孩子写到十点还没写完，家长签字让他先睡可以吗', has: ['签字', '惩戒'] },
    { q: '作业实在写不完了怎么办，老师会罚吗', has: ['签字', '睡觉'] },
    { q: '什么是家长签字免写作业？', has: ['免写', '21:00', '22:00'] },
  ],
  'sleep-hours': [
    { q: '初中生一天要睡几个小时才够', has: ['9小时'] },
    { q: '我家五年级的，每天睡八个小时够不够？', has: ['10小时'] },
    { q: '小孩睡眠时长有要求吗', has: ['10小时', '9小时'] },
  ],
  bedtime: [
    { q: '小学生晚上最晚几点要上床睡觉', has: ['21:20'] },
    { q: '孩子初一了，晚上几点睡算正常？', has: ['22:00'] },
  ],
  'exam-frequency': [
    { q: '一学期能考几次试？', has: ['期末'] },
    { q: '二年级还有期末考试吗，要不要做卷子', has: ['纸笔考试'] },
    { q: '初中一学期能安排几次考试', has: ['期中', '一次'] },
  ],
  'exam-results': [
    { q: '老师把全班分数发群里了，这样可以吗', has: ['成绩', '严禁'] },
    { q: '学校还排名次吗？孩子考第几', has: ['排名'] },
    { q: '为什么成绩只给优秀良好，不给具体分数', has: ['等级'] },
  ],
  'homework-design': [
    { q: '老师布置的作业有人审核吗', has: ['备课组', '审批'] },
    { q: '音乐美术也会布置实践作业吗', has: ['每周'] },
  ],
  'homework-often-unfinished': [
    { q: '孩子总是完不成作业，学校会怎么处理', has: ['分析原因', '个别化辅导'] },
    { q: '我家娃经常交不上作业，老师该怎么管', has: ['针对性'] },
  ],
  'homework-not-none': [
    { q: '双减了是不是就没有作业了', has: ['不是不要作业'] },
    { q: '四年级老师一点作业都不留，这样合规吗', has: ['严禁'] },
  ],
  'admission-targets': [
    { q: '教育局能给学校下升学指标吗', has: ['升学指标'] },
    { q: '老师的奖金能和升学率挂钩吗', has: ['绩效', '升学'] },
  ],
  'exam-content': [
    { q: '区里搞统考合规吗', has: ['统考'] },
    { q: '考试题目太难，都超纲了，允许吗', has: ['课程标准'] },
  ],
  'zero-start': [
    { q: '孩子没上幼小衔接，拼音一点不会，上一年级会跟不上吗', has: ['零起点'] },
    { q: '入学前要不要提前学？老师是不是从零开始教', has: ['零起点'] },
  ],
  admission: [
    { q: '升初中需要考试吗', has: ['免试'] },
    { q: '孩子明年小升初，要不要参加入学考试', has: ['就近入学'] },
  ],
  'class-placement': [
    { q: '初一开学会分重点班吗', has: ['均衡编班'] },
    { q: '学校按成绩分快慢班合规吗？', has: ['快慢班'] },
  ],
  courses: [
    { q: '体育课老被数学老师占用，这合规吗', has: ['挤占'] },
    { q: '音乐美术课被主科占了怎么办', has: ['开齐开足'] },
  ],
  'after-school-time': [
    { q: '学校的延时服务一般到几点结束？', has: ['下班'] },
    { q: '课后托管一周几天，每天多久', has: ['5天', '2小时'] },
  ],
  'after-school-stages': [
    { q: '课后服务的两个小时是怎么安排的', has: ['普惠', '个性化'] },
    { q: '普惠性课后服务和个性化教育有什么区别', has: ['看护'] },
  ],
  'after-school-weekend': [
    { q: '周末学校有托管吗', has: ['周六日', '一天'] },
    { q: '初中能开晚自习吗', has: ['自习班'] },
  ],
  'after-school-voluntary': [
    { q: '托管是必须参加的吗？', has: ['自愿'] },
    { q: '课后服务我们不想报名可以吗', has: ['自愿'] },
  ],
  'after-school-content': [
    { q: '延时服务的时候老师会讲新课吗', has: ['新课'] },
    { q: '托管期间孩子都做些什么？', has: ['作业'] },
  ],
  'after-school-fee': [
    { q: '课后托管一个月多少钱', has: ['200元'] },
    { q: '家里是低保户，课后服务能免费吗', has: ['免费'] },
  ],
  'after-school-staff': [
    { q: '课后服务是哪些老师来上？', has: ['本校老师'] },
    { q: '延时服务会外聘老师吗', has: ['退休教师'] },
  ],
  'training-overview': [
    { q: '现在校外培训都有哪些规定？', has: ['学科类', '20:30'] },
    { q: '补习班还能上吗，双减以后是不是不让补课了', has: ['寒暑假'] },
  ],
  'training-holidays': [
    { q: '周末还能上数学补习班吗', has: ['学科类', '不得'] },
    { q: '暑假可以报英语辅导班吗？', has: ['寒暑假'] },
    { q: '兴趣班周末能上吗，比如钢琴', has: ['非学科类'] },
  ],
  'training-hours': [
    { q: '辅导班晚上上到九点合规吗', has: ['20:30', '21:00'] },
    { q: '网课最晚几点必须下课？', has: ['21:00'] },
  ],
  'training-fees': [
    { q: '补习班让一次交一年的学费，合规吗', has: ['3个月', '60课时'] },
    { q: '培训机构一次最多能收几个月的钱', has: ['3个月'] },
  ],
  'training-nonprofit': [
    { q: '学科类培训机构还能赚钱吗，是不是非营利了', has: ['非营利'] },
    { q: '现在还能新开学科类培训机构吗，是营利性的吗', has: ['非营利'] },
  ],
  'training-teachers': [
    { q: '辅导班的老师需要有教师资格证吗', has: ['教师资格'] },
    { q: '培训班请的外教合规吗', has: ['外籍'] },
  ],
  'training-content': [
    { q: '培训机构提前教下学期的内容，超前学允许吗', has: ['超前'] },
    { q: '美术机构偷偷教数学，这样可以吗', has: ['非学科类'] },
  ],
  'training-ads': [
    { q: '校门口总有人发培训班的传单，这让吗', has: ['广告'] },
    { q: '小区电梯里还有补课广告，合规吗', has: ['广告'] },
  ],
  'training-choose': [
    { q: '怎么判断一个培训机构正不正规', has: ['白名单'] },
    { q: '报班签合同要注意什么', has: ['合同'] },
  ],
  'training-nonsubject': [
    { q: '双减了，孩子的钢琴课和美术班是不是也不让上了', has: ['非学科类'] },
    { q: '舞蹈这类兴趣班还能报吗，双减管不管', has: ['体育、艺术'] },
  ],
  'teacher-paid-tutoring': [
    { q: '班上的老师私下收费给孩子补课，这合规吗', has: ['有偿补课'] },
    { q: '在职老师能去培训机构兼职吗', has: ['兼职'] },
  ],
  phones: [
    { q: '孩子天天玩手机，学校对手机有什么规定', has: ['手机'] },
    { q: '电子产品怎么管比较好？', has: ['电子产品'] },
  ],
  eyesight: [
    { q: '孩子近视越来越厉害，学校查视力吗', has: ['视力筛查'] },
    { q: '学校每天做眼保健操吗', has: ['眼保健操'] },
  ],
  exercise: [
    { q: '孩子在学校一天有多少运动时间', has: ['1小时'] },
    { q: '体育锻炼每天有没有时间要求？', has: ['1小时'] },
  ],
  'mental-health': [
    { q: '孩子最近压力很大有点厌学，学校有心理老师吗', has: ['心理'] },
    { q: '学校有没有心理辅导？', has: ['心理辅导'] },
  ],
  'training-privacy': [
    { q: '天天接到补习班的推销电话，是不是孩子的信息被泄露了', has: ['个人信息'] },
    { q: '培训机构能把我们家长的个人信息给别人吗', has: ['不得泄露'] },
  ],
  'training-penalties': [
    { q: '违规办学的培训机构会受到什么处罚', has: ['停办整改'] },
    { q: '补习班被查处了，交的钱能退吗', has: ['退还所收费用'] },
  ],
  'after-school-publicity': [
    { q: '托管的课程表和带班老师会公示吗', has: ['公示栏'] },
    { q: '学校会把课后服务的课程表公示出来吗', has: ['课程表'] },
  ],
  'five-management': [
    { q: '学校说要落实五项管理，具体管哪些方面', has: ['睡眠', '手机', '读物', '体质'] },
    { q: '五项管理里面有没有管孩子看课外书的', has: ['读物'] },
  ],
  'teaching-in-class': [
    { q: '数学老师上课讲一半，剩下的说课后再讲，这合规吗', has: ['课上不讲课下讲'] },
    { q: '老师课堂上故意少讲，让孩子去课外补，怎么办', has: ['杜绝'] },
  ],
  'equal-rights': [
    { q: '我们是进城务工的，孩子能在这里上公办学校吗', has: ['随迁子女'] },
    { q: '孩子成绩差，班主任暗示我们转学，学校能这样吗', has: ['不得迫使学生转学'] },
    { q: '家里经济困难，学校有没有资助', has: ['资助'] },
  ],
  'grading-second': [
    { q: '错题订正完了老师还会再批吗', has: ['二次批改'] },
    { q: '老师只打个叉也不讲，孩子不知道错在哪，这样行吗', has: ['讲评'] },
  ],
  'after-school-safety': [
    { q: '托管期间孩子的安全谁负责，有没有考勤', has: ['考勤'] },
    { q: '课后服务结束了怎么交接给家长，分批放学吗', has: ['按批次'] },
  ],
  'after-school-teachers': [
    { q: '我是班主任，学校要求课后服务人人都得值，老师能不参加吗', has: ['自愿'] },
    { q: '作为任课老师，课后服务我没报名，能正常下班吗', has: ['正常休息'] },
  ],
  'parent-voice': [
    { q: '学校会不会做问卷调查，问问家长作业多不多', has: ['问卷调查'] },
    { q: '家长对作业有意见，可以通过家委会反映吗', has: ['家长委员会'] },
  ],
  'quota-to-schools': [
    { q: '听说重点高中的招生名额会分给各个初中，是真的吗', has: ['指标到校'] },
    { q: '指标到校是什么意思', has: ['分配到区域内'] },
  ],
  'parent-school': [
    { q: '学校有没有家长学校，教教咱咋带娃', has: ['家长学校'] },
    { q: '学校会办家庭教育讲座吗？我想学学怎么教育孩子', has: ['家庭教育'] },
    { q: '班主任会来家访吗', has: ['家访'] },
  ],
  'start-time': [
    { q: '小学早上几点开始上课？', has: ['8:20'] },
    { q: '初中生早上几点到校上课', has: ['8:00'] },
  ],
  'homework-publication': [
    { q: '群里发的作业公示家长需要回复收到吗', has: ['不需要'] },
    { q: '每天的作业公示几点发？', has: ['17:30'] },
  ],
  complaints: [
    { q: '学校不落实双减，我们去哪里反映？', has: ['举报'] },
    { q: '老师违规布置作业，可以投诉吗', has: ['举报'] },
  ],
  'free-online': [
    { q: '有没有免费的网课资源可以用', has: ['免费'] },
    { q: '国家有免费的学习资源平台吗？', has: ['学习资源'] },
  ],
  'what-is-shuangjian': [
    { q: '双减到底是减什么？', has: ['作业负担', '校外培训负担'] },
    { q: '双减政策是什么意思', has: ['作业负担'] },
  ],
};

/** Not policy, or policy the seeds do not cover: declined, never answered with a fact. */
const OUT_OF_SCOPE = [
  '下周一家长会几点开始？',
  '校服在哪里买，多少钱一套',
  '明天会下雨吗，要不要带伞',
  '学生医保今年什么时候交',
  '期末考试是哪一天？',
  '期末考试什么时候考',
  '班级合影什么时候拍',
  '孩子的水杯丢了，有人看到吗',
  '秋游要带什么吃的',
  '中考体育加分怎么算',
  '高考改革以后怎么选科',
  '转学手续怎么办理',
  '孩子发烧了明天请假，跟谁说',
  '食堂的饭菜孩子说不好吃',
  '推荐一个靠谱的英语培训机构',
  '课后服务的钱能退吗',
  '高中晚上补课到十点合规吗',
  '这道题怎么做？答案是多少',
  '今天的数学作业是什么？',
  '几点放学，我去接孩子',
  '孩子不爱吃饭怎么办',
  '周末去哪里遛娃比较好',
  '家委会成员怎么选',
  '运动会什么时候开',
];

const CHINESE = /[\u4e00-\u9fff]/;
const ask = (q: string, grade?: number, values?: SchoolValues) =>
  answerPolicyQuestion(q, { ...(grade === undefined ? {} : { grade }), ...(values ? { values } : {}) });

describe('knowledge base data', () => {
  it('has unique ids and every entry cites a seed file with a section', () => {
    const ids = ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of ENTRIES) {
      expect(SEED_FILES as readonly string[]).toContain(e.source.file);
      expect(e.source.section.length, e.id).toBeGreaterThan(1);
      for (const c of e.alsoSee ?? []) expect(SEED_FILES as readonly string[]).toContain(c.file);
    }
  });

  it('keeps answers short, Chinese and with the fact first', () => {
    for (const e of ENTRIES) {
      for (const text of [e.answer, ...(e.variants ?? []).map((v) => v.text)]) {
        expect(text, e.id).toMatch(CHINESE);
        expect(text.length, e.id).toBeLessThanOrEqual(130);
        expect(text.split(/[。！？]/).filter((x) => x.trim()).length, e.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('declares every school value its answer uses, and uses every one it declares', () => {
    for (const e of ENTRIES) {
      const text = [e.answer, ...(e.variants ?? []).map((v) => v.text)].join('');
      const used = new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]));
      expect([...used].sort(), e.id).toEqual([...e.uses].sort());
      for (const k of used) expect(Object.keys(EXAMPLE_SCHOOL_VALUES), e.id).toContain(k);
    }
  });

  it('keeps variants inside the grades an entry covers', () => {
    for (const e of ENTRIES) {
      for (const v of e.variants ?? []) {
        expect(v.grades[0], e.id).toBeGreaterThanOrEqual(e.grades[0]);
        expect(v.grades[1], e.id).toBeLessThanOrEqual(e.grades[1]);
      }
    }
  });

  it('builds intent cues only from concepts the lexicon defines', () => {
    for (const e of ENTRIES) for (const g of e.need) for (const c of g) expect(Object.keys(CONCEPTS), e.id).toContain(c);
  });

  // An answer that holds a word of a subject the seeds do not cover would count as covering
  // every such subject (体检, 校服, 退费 …) and answer questions it should decline.
  it('says no word of an out-of-scope subject in any answer or cue', () => {
    for (const e of ENTRIES) {
      for (const t of [e.answer, ...(e.variants ?? []).map((v) => v.text), ...e.cues]) {
        const oos = tokenize(normalizeQuestion(t)).filter((k) => k.key.startsWith('#OOS_'));
        expect(oos, `${e.id}: ${t}`).toEqual([]);
      }
    }
  });

  it('has paraphrase tests for every entry', () => {
    for (const e of ENTRIES) expect(PARAPHRASES[e.id]?.length ?? 0, e.id).toBeGreaterThanOrEqual(2);
  });
});

describe('answerPolicyQuestion: paraphrases retrieve their entry', () => {
  for (const [id, asks] of Object.entries(PARAPHRASES)) {
    for (const a of asks) {
      it(`${id}: ${a.q}`, () => {
        const r = ask(a.q, a.grade);
        expect(r.answered, r.text).toBe(true);
        expect(r.entryId).toBe(id);
        for (const h of a.has) expect(r.text).toContain(h);
        expect(r.text).toMatch(/（来源：.*\d{3}_[0-9a-f]{16}\.txt .+）$/);
        expect(r.sources.length).toBeGreaterThan(0);
        for (const s of r.sources) expect(SEED_FILES as readonly string[]).toContain(s);
        expect(r.topic).toBe(ENTRIES.find((e) => e.id === id)!.topic);
        expect(r.score).toBeGreaterThan(0);
      });
    }
  }
});

describe('grade-specific answers', () => {
  it('takes the grade from the question', () => {
    const g3 = ask('我家孩子三年级，作业每天最多写多久？');
    expect(g3.grade).toBe(3);
    expect(g3.text).toMatch(/^三年级：/);
    expect(g3.text).toContain('60分钟');
    expect(g3.text).not.toContain('90分钟');

    const g8 = ask('初二的作业一天多长时间合规');
    expect(g8.grade).toBe(8);
    expect(g8.text).toContain('90分钟');
    expect(g8.text).not.toContain('60分钟');

    const g1 = ask('小学一年级有书面作业吗');
    expect(g1.grade).toBe(1);
    expect(g1.text).toContain('不布置家庭书面作业');
    expect(g1.text).not.toContain('60分钟');
  });

  it('prefers the grade in the question over the asker’s bound pupil', () => {
    const r = ask('七年级作业多长时间算合规', 3);
    expect(r.grade).toBe(7);
    expect(r.text).toContain('90分钟');
    expect(r.text).not.toContain('60分钟');
  });

  it('falls back to the asker’s grade, else answers for every band', () => {
    const bound = ask('每天作业多长时间？', 4);
    expect(bound.grade).toBe(4);
    expect(bound.text).toContain('60分钟');
    expect(bound.text).not.toContain('90分钟');

    const general = ask('每天作业多长时间？');
    expect(general.grade).toBeNull();
    for (const fact of ['一、二年级', '60分钟', '90分钟']) expect(general.text).toContain(fact);
  });

  it('narrows to a stage named without a grade', () => {
    const r = ask('小学生每天要睡多久');
    expect(r.text).toContain('10小时');
    expect(r.text).not.toContain('9小时');
    expect(r.grade).toBeNull();
    const j = ask('初中生睡眠有规定吗');
    expect(j.text).toContain('9小时');
    expect(j.text).not.toContain('10小时');
  });

  it('uses the cut-off of the pupil’s stage from the school’s values', () => {
    const values: SchoolValues = { ...EXAMPLE_SCHOOL_VALUES, cutoffPrimary: '21:30', cutoffJunior: '22:30' };
    const p = ask('孩子写不完作业了，家长签字能让他睡觉吗', 3, values);
    expect(p.text).toContain('21:30');
    expect(p.text).not.toContain('22:30');
    const j = ask('孩子写不完作业了，家长签字能让他睡觉吗', 8, values);
    expect(j.text).toContain('22:30');
    expect(j.text).not.toContain('21:30');
  });

  it('fills the after-school fee and end time from the school, and falls back on bad values', () => {
    const values: SchoolValues = { ...EXAMPLE_SCHOOL_VALUES, afterSchoolFeePerMonth: 150, afterSchoolEnd: '18:00' };
    expect(ask('课后服务每个月收多少钱', undefined, values).text).toContain('150元');
    expect(ask('课后服务几点结束', undefined, values).text).toContain('18:00');
    const bad = { ...EXAMPLE_SCHOOL_VALUES, afterSchoolFeePerMonth: Number.NaN, afterSchoolEnd: 'soon' } as SchoolValues;
    expect(ask('课后服务每个月收多少钱', undefined, bad).text).toContain('200元');
    expect(ask('课后服务几点结束', undefined, bad).text).toContain('17:30');
  });

  it('tells the school’s own start times, said without a leading zero', () => {
    const values: SchoolValues = { ...EXAMPLE_SCHOOL_VALUES, classStartPrimary: '08:30', classStartJunior: '07:50' };
    expect(ask('早上几点上课', 4, values).text).toContain('8:30');
    expect(ask('早上几点上课', 8, values).text).toContain('7:50');
    expect(ask('早上几点上课', 8, values).text).not.toContain('07:50');
    const bad = { ...EXAMPLE_SCHOOL_VALUES, classStartPrimary: 'early' } as SchoolValues;
    expect(ask('小学早上几点上课', undefined, bad).text).toContain('8:20');
  });

  it('declines a question about a stage the fact does not cover', () => {
    expect(ask('高中作业每天多长时间合规').answered).toBe(false);
    expect(ask('高中生睡多久合适').text).toContain('8小时');
  });
});

describe('gradeFromText', () => {
  it.each([
    ['我家孩子三年级', 3],
    ['初二', 8],
    ['七年级', 7],
    ['小学一年级', 1],
    ['初中二年级的孩子', 8],
    ['孩子上初三了', 9],
    ['6年级作业多吗', 6],
    ['孩子九年级', 9],
  ])('%s → %i', (t, g) => expect(gradeFromText(t)).toBe(g));

  it.each(['孩子晚上九点还没写完', '睡眠时间', '一年级和三年级作业一样吗', '高一', '', '作业难度高一点'])('%s → null', (t) => expect(gradeFromText(t)).toBeNull());
});

describe('out of scope', () => {
  for (const q of OUT_OF_SCOPE) {
    it(`declines: ${q}`, () => {
      const r = ask(q);
      expect(r.answered, r.text).toBe(false);
      expect(r.entryId).toBeNull();
      expect(r.sources).toEqual([]);
      expect(r.text).toContain('班主任');
    });
  }
});

describe('total and fast', () => {
  const odd: unknown[] = [
    '',
    '   ',
    '👍👍👍',
    '[微笑][抱拳]',
    '？？？',
    'How long should homework take every day?',
    'abc123',
    '睡眠'.repeat(5000),
    '作业'.repeat(5000) + '多久',
    'x'.repeat(10_000),
    '\uD800\uDC00\uD800',
    '作业🙂多久😀？',
    null,
    undefined,
    42,
    { q: '作业多久' },
  ];
  it.each(odd.map((x) => [x]))('never throws: %#', (x) => {
    const r = answerPolicyQuestion(x as string);
    expect(typeof r.text).toBe('string');
    expect(r.text).toMatch(CHINESE);
    expect(typeof isClearPolicyQuestion(x as string)).toBe('boolean');
    expect(() => gradeFromText(x as string)).not.toThrow();
  });

  it('declines empty, emoji-only, English and 10,000-character input', () => {
    for (const x of ['', '👍', '🙏🙏', 'What is the homework limit for grade three?', '睡眠'.repeat(5000), '作'.repeat(10_000)]) {
      const r = answerPolicyQuestion(x);
      expect(r.answered, x.slice(0, 20)).toBe(false);
      expect(r.sources).toEqual([]);
    }
  });

  it('reads questions with emoji, full-width digits and spaces', () => {
    expect(answerPolicyQuestion('三年级 作业 每天 多久？🙏').text).toContain('60分钟');
    expect(answerPolicyQuestion('培训班晚上能上到２１：００吗').text).toContain('20:30');
    expect(answerPolicyQuestion('@小助手 初中生每天睡多久').text).toContain('9小时');
  });

  it('ignores a bad grade option', () => {
    for (const g of [0, -1, 13, 2.5, Number.NaN]) {
      const r = answerPolicyQuestion('每天作业多长时间？', { grade: g });
      expect(r.answered).toBe(true);
      expect(r.grade).toBeNull();
    }
  });
});

describe('isClearPolicyQuestion', () => {
  it.each([
    '三年级每天书面作业最多多长时间？',
    '老师让家长批改作业，这合规吗？',
    '初中生每天要睡几个小时？',
    '课后服务是自愿参加的吗',
    '培训班晚上最晚能上到几点？',
    '学校能公布考试排名吗',
  ])('answers unprompted: %s', (t) => expect(isClearPolicyQuestion(t)).toBe(true));

  it.each([
    '收到',
    '谢谢老师',
    '👍',
    '好的，收到，谢谢！',
    '孩子今天作业写完了',
    '请家长今晚督促孩子早点睡觉。',
    '三年级作业不超过60分钟。',
    '明天家长会几点开始？',
    '今天的数学作业是什么？',
    '@王老师 孩子作业要签字吗？',
    '睡眠时间',
    '',
  ])('stays silent: %s', (t) => expect(isClearPolicyQuestion(t)).toBe(false));
});
