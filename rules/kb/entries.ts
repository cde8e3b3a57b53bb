/**
 * The knowledge base: what the bot may say about 双减, each fact written from
 * the five seed documents (../shared/seeds) and citing where it stands.
 *
 * An entry's `need` and `cues` are how a parent asks for it (see lexicon.ts);
 * its `answer` is what the bot says, fact first. School-specific numbers are
 * placeholders ({cutoffPrimary} …) filled from the school's configuration,
 * because the seeds leave them blank or local.
 */
import type { Concept } from './lexicon.ts';

export const SEED_FILES = [
  '000_e3406e389f9fa788.txt',
  '001_4543060fc7b06172.txt',
  '002_0f47ff1c24227790.txt',
  '003_1b70e29bb7d0ff45.txt',
  '004_fdbe19d9b6f6f709.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];

const S000 = '000_e3406e389f9fa788.txt';
const S001 = '001_4543060fc7b06172.txt';
const S002 = '002_0f47ff1c24227790.txt';
const S003 = '003_1b70e29bb7d0ff45.txt';
const S004 = '004_fdbe19d9b6f6f709.txt';

export interface SchoolValues {
  schoolName: string;
  /** past this hour a primary pupil's parent may sign the exemption */
  cutoffPrimary: string;
  /** the same for junior middle */
  cutoffJunior: string;
  /** when the day's 作业公示 goes to the group */
  publishTime: string;
  /** morning lessons begin (the seeds give one school's timetable, not a national rule) */
  classStartPrimary: string;
  classStartJunior: string;
  afterSchoolEnd: string;
  /** junior middle's after-school hours */
  afterSchoolJuniorStart: string;
  afterSchoolJuniorEnd: string;
  afterSchoolFeePerMonth: number;
}

/**
 * The example school's values (config/school.example.yaml). The seeds leave
 * the exemption hour blank (“晚*点”); 21:00 / 22:00 are cut-offs seen in
 * practice (seeds/README.md). The fee is the one example the seeds give
 * (000, 第四篇: 每月每生收费200元).
 */
export const EXAMPLE_SCHOOL_VALUES: SchoolValues = {
  schoolName: '示例九年一贯制学校',
  cutoffPrimary: '21:00',
  cutoffJunior: '22:00',
  publishTime: '17:30',
  classStartPrimary: '8:20',
  classStartJunior: '8:00',
  afterSchoolEnd: '17:30',
  afterSchoolJuniorStart: '16:30',
  afterSchoolJuniorEnd: '18:30',
  afterSchoolFeePerMonth: 200,
};

export interface Citation {
  file: SeedFile;
  section: string;
}

/** An answer for part of the grades an entry covers: 1–2, 3–6, 7–9, 10–12. */
export interface GradeVariant {
  grades: readonly [number, number];
  text: string;
}

export interface KbEntry {
  id: string;
  /** a coarse label for logs and for not repeating an answer in a group */
  topic: string;
  /** the answer for every grade the entry covers; 1–3 sentences, the fact first */
  answer: string;
  variants?: readonly GradeVariant[];
  source: Citation;
  alsoSee?: readonly Citation[];
  /** a national document the seeds' README names beside the seeds */
  national?: string;
  /** grades the fact is about (10–12: senior high) */
  grades: readonly [number, number];
  /** school values the answer's placeholders take */
  uses: readonly (keyof SchoolValues)[];
  /** the question must hold every concept of at least one group */
  need: readonly (readonly Concept[])[];
  /** phrases that tell this entry from its neighbours */
  cues: readonly string[];
}

const PRIMARY: readonly [number, number] = [1, 6];
const JUNIOR: readonly [number, number] = [7, 9];
const COMPULSORY: readonly [number, number] = [1, 9];

export const ENTRIES: readonly KbEntry[] = [
  // ── Homework: how much ──────────────────────────────────────────────────
  {
    id: 'homework-time',
    topic: 'homework_time',
    answer:
      '每天书面作业总量（按平均完成时间）：小学一、二年级不布置家庭书面作业；三至六年级不超过60分钟；初中不超过90分钟。各科加起来由班主任统筹，经常超时可以向班主任反映。',
    variants: [
      { grades: [1, 2], text: '小学一、二年级不布置家庭书面作业（可在校内安排巩固练习），回家可以做阅读、口语交际、手工制作等阅读和实践类作业。' },
      { grades: [3, 6], text: '小学三至六年级每天书面作业平均完成时间不超过60分钟（1小时），各科加起来由班主任统筹；经常超时可以向班主任反映。' },
      { grades: [7, 9], text: '初中每天书面作业平均完成时间不超过90分钟（一个半小时），各科加起来由班主任统筹；经常超时可以向班主任反映。' },
    ],
    source: { file: S000, section: '第三篇·二、(一)1.压减作业总量' },
    alsoSee: [{ file: S001, section: '五、(二)2.严控作业时间和总量' }],
    grades: COMPULSORY,
    uses: [],
    need: [['HW', 'AMOUNT'], ['HW', 'RULE'], ['HW', 'ASSIGN'], ['HW', 'READ'], ['WRITTEN'], ['DURVAL', 'EVENING']],
    cues: ['书面作业多久', '作业时长', '作业总量', '作业多长时间', '写多久', '60分钟', '90分钟', '一个半小时', '超标', '超时', '太多', '有没有作业', '有作业吗', '留作业', '布置书面作业', '回家写作业', '作业量', '两个小时', '作业写到很晚', '天天写到晚上九点'],
  },
  {
    id: 'homework-holiday',
    topic: 'homework_time',
    answer: '周末和寒暑假、法定节假日放假期间也要控制作业时间总量；各科作业由班主任统筹，觉得假期作业太多可以向班主任反映。',
    variants: [
      { grades: [1, 2], text: '小学一、二年级不布置家庭书面作业；周末和寒暑假、法定节假日也要控制作业时间总量，觉得作业多可以向班主任反映。' },
    ],
    source: { file: S001, section: '五、(二)2.严控作业时间和总量' },
    grades: COMPULSORY,
    uses: [],
    need: [['HW', 'HOLIDAY'], ['ASSIGN', 'HOLIDAY']],
    cues: ['周末作业', '假期作业', '寒假作业', '暑假作业', '节假日作业', '放假作业多', '假期作业量', '放假留的作业太多', '寒暑假书面作业总量'],
  },
  {
    id: 'homework-coordination',
    topic: 'homework_time',
    answer: '班主任是班级作业的直接责任人，统筹各学科、控制当天作业总时长；觉得各科加起来太多，可以直接向班主任反映。',
    // The total the 班主任 keeps to is the grade's cap: say it, the parent is asking whether the sum is too much.
    variants: [
      { grades: [1, 2], text: '各科加起来也一样：小学一、二年级不布置家庭书面作业。班主任统筹各学科作业，觉得多了可以直接向班主任反映。' },
      { grades: [3, 6], text: '各科加起来，小学三至六年级每天书面作业总量不超过60分钟，由班主任统筹各学科、控制总时长；觉得多了可以直接向班主任反映。' },
      { grades: [7, 9], text: '各科加起来，初中每天书面作业总量不超过90分钟，由班主任统筹各学科、控制总时长；觉得多了可以直接向班主任反映。' },
    ],
    source: { file: S000, section: '第一篇·三、二是统筹作业布置' },
    alsoSee: [{ file: S002, section: '四、(七)2.实行作业统筹把关制' }],
    grades: COMPULSORY,
    uses: [],
    need: [['COORD'], ['WHO', 'AMOUNT', 'HW']],
    cues: ['各科加起来', '好几科', '谁来统筹', '谁管作业总量', '各科老师都布置', '每科都留', '协调'],
  },
  {
    id: 'homework-at-school',
    topic: 'homework_at_school',
    answer: '小学生的书面作业要在校内基本完成，初中生在校内完成大部分书面作业；参加课后服务的孩子，书面作业在课后服务时间由老师辅导完成。',
    variants: [
      { grades: [1, 2], text: '小学一、二年级不布置家庭书面作业，可以在校内适当安排巩固练习（小学阶段作业尽量不出校门）。' },
      { grades: [3, 6], text: '小学生的书面作业要在校内基本完成（小学阶段作业尽量不出校门）；参加课后服务的，书面作业在课后服务时间由老师辅导完成。' },
      { grades: [7, 9], text: '初中生要在校内完成大部分书面作业；参加课后服务的，书面作业在课后服务时间由老师辅导完成。' },
    ],
    source: { file: S000, section: '第三篇·二、(一)3.加强作业指导' },
    alsoSee: [{ file: S002, section: '四、(四)作业布置的要求 第9条' }],
    grades: COMPULSORY,
    uses: [],
    need: [['ATSCHOOL'], ['HW', 'AFTER']],
    cues: ['在学校完成', '在校完成', '不出校门', '带回家写', '课后服务写作业', '托管写完作业', '在学校写完'],
  },

  // ── Homework: what kind ─────────────────────────────────────────────────
  {
    id: 'homework-layered',
    topic: 'homework_design',
    answer:
      '作业要分层、有弹性：提倡“必做作业＋鼓励性作业＋拓展性作业”，学生按自己的情况选做，综合型作业难度最高，只面向少数学有余力的学生；难度不得超过课程标准，老师布置前要先试做一遍。',
    source: { file: S002, section: '四、(三)作业设计的要求 第3条' },
    alsoSee: [
      { file: S002, section: '四、(四)作业布置的要求 第2条' },
      { file: S000, section: '第三篇·二、(一)2.提高作业质量' },
      { file: S000, section: '第一篇·三、一是实施作业分类' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['TRY'], ['LAYER'], ['HW', 'DIFFICULTY']],
    cues: ['老师先做一遍', '布置前自己做过', '老师自己做过', '分层作业', '必做', '选做', '弹性作业', '拓展题', '作业太难', '难度', '老师试做', '选做题可以不做', '个性化作业'],
  },
  {
    id: 'homework-design',
    topic: 'homework_design',
    answer:
      '学校各备课组每周研究一次作业布置，集体讨论后提出一周的作业计划，由教务处和年级主任审批。除了书面作业，也要布置阅读、家务劳动和体育锻炼，每周布置一个音乐、美术方面的实践性作业。',
    // The first two grades get no written homework at home: the weekly plan is of other kinds.
    variants: [
      { grades: [1, 2], text: '学校各备课组每周研究一次作业布置，由教务处和年级主任审批。小学一、二年级不布置家庭书面作业，可以布置阅读、家务劳动和体育锻炼，每周一个音乐、美术方面的实践性作业。' },
      { grades: [3, 9], text: '学校各备课组每周研究一次作业布置，集体讨论后提出一周的作业计划，由教务处和年级主任审批。除了书面作业，也要布置阅读、家务劳动和体育锻炼，每周布置一个音乐、美术方面的实践性作业。' },
    ],
    source: { file: S002, section: '四、(三)作业设计的要求 第1、2条' },
    grades: COMPULSORY,
    uses: [],
    need: [['PLAN'], ['NONSUBJ', 'PRACTICE', 'HW'], ['PRACTICE', 'HW']],
    cues: ['备课组研究作业', '作业谁审批', '作业周计划', '集体备课', '音乐美术实践作业', '每周一个实践性作业', '作业有人审核吗'],
  },
  {
    id: 'homework-often-unfinished',
    topic: 'homework_design',
    answer: '对经常不能按时完成作业的学生，老师应认真分析原因，采取针对性的措施加以教育管理和个别化辅导。家长可以先和班主任一起找找原因。',
    source: { file: S001, section: '五、(二)3.加强作业批改管理' },
    grades: COMPULSORY,
    uses: [],
    need: [['UNDONE_OFTEN']],
    cues: ['经常完不成作业', '总是交不上作业', '经常不交作业', '老是完不成', '个别化辅导', '分析原因'],
  },
  {
    id: 'homework-not-none',
    topic: 'homework_time',
    answer: '“双减”不是不要作业：严禁打着减轻作业负担的名义，脱离课程标准人为减少必要的作业，甚至不布置作业。',
    variants: [
      { grades: [1, 2], text: '小学一、二年级本来就不布置家庭书面作业，可以有阅读、实践类作业；其他年级严禁打着减负的名义不布置必要的作业。' },
      { grades: [3, 9], text: '“双减”不是不要作业：严禁打着减轻作业负担的名义，脱离课程标准人为减少必要的作业，甚至不布置作业。' },
    ],
    source: { file: S000, section: '第一篇·三、四是加强作业监管' },
    alsoSee: [{ file: S002, section: '四、(四)作业布置的要求 第4条' }],
    grades: COMPULSORY,
    uses: [],
    need: [['NOHW']],
    cues: ['双减了是不是就不留作业了', '老师一点作业都不留', '不布置作业合规吗', '减负就是没有作业吗'],
  },
  {
    id: 'homework-punitive',
    topic: 'homework_punitive',
    answer:
      '不允许布置机械性、重复性、惩罚性作业，罚抄、罚写就属于这一类；老师也不得用增加作业量的方式惩罚学生。遇到这种情况可以先和班主任沟通。',
    // A first- or second-grader copying at home is written homework too, which those grades do not get at all.
    variants: [
      { grades: [1, 2], text: '小学一、二年级不布置家庭书面作业；也不允许布置机械性、重复性、惩罚性作业，罚抄、罚写就属于这一类，老师不得用增加作业量的方式惩罚学生。遇到这种情况可以先和班主任沟通。' },
      { grades: [3, 9], text: '不允许布置机械性、重复性、惩罚性作业，罚抄、罚写就属于这一类；老师也不得用增加作业量的方式惩罚学生。遇到这种情况可以先和班主任沟通。' },
    ],
    source: { file: S002, section: '四、(四)作业布置的要求 第3条' },
    alsoSee: [{ file: S000, section: '第三篇·二、(一)1.压减作业总量' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PUNISH']],
    cues: ['罚抄', '罚写', '抄十遍', '惩罚性作业', '重复性作业', '机械性作业', '题海', '加作业惩罚', '错一个抄一百遍', '犯错就多布置作业', '调皮捣乱罚作业'],
  },
  {
    id: 'homework-electronic',
    topic: 'homework_electronic',
    answer: '严禁给小学生布置电子作业（要用手机、平板、APP完成的作业）；要加强用眼卫生，控制孩子用电子产品的时间。',
    source: { file: S002, section: '四、(四)作业布置的要求 第8条' },
    grades: PRIMARY,
    uses: [],
    need: [['ELEC', 'HW'], ['ELEC', 'ASSIGN'], ['ELEC', 'CHECKIN']],
    cues: ['电子作业', '手机做作业', '平板做作业', 'app作业', '网上作业', '线上作业', '手机上交作业', '在平板上在线做题', '软件自动记录成绩', '天天盯着屏幕做题伤眼睛'],
  },
  {
    id: 'homework-aid-books',
    topic: 'homework_design',
    answer: '严格落实“一科一辅”，不得用套题、教辅练习代替作业，也不得翻印配套练习给学生做。',
    source: { file: S000, section: '第一篇·三、四是加强作业监管' },
    alsoSee: [{ file: S002, section: '四、(四)作业布置的要求 第3条' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AIDBOOK']],
    cues: ['教辅', '辅导书', '买资料', '一科一辅', '套题', '练习卷', '订资料'],
  },

  // ── Who grades; what parents are not asked to do ────────────────────────
  {
    id: 'grading-by-teacher',
    topic: 'grading',
    answer: '作业以老师批改为主：小学书面作业要全批全改，初中要批改大部分作业，及时反馈；学生互批、小组批改只能作补充（作文一学期互批不超过两次），不得让学生自批自改；严禁要求家长批改作业。',
    source: { file: S003, section: '二、优化教育服务，全力减轻学生负担' },
    alsoSee: [
      { file: S000, section: '第四篇·十、作业批阅的要求' },
      { file: S000, section: '第四篇·四、(一)减轻学生作业负担' },
      { file: S001, section: '附件·B12加强作业完成指导' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['GRADE'], ['SELFGRADE']],
    cues: ['家长打分', '给孩子打分', '让家长判分', '改卷子', '批改试卷', '家长改卷子', '批改作业', '改作业', '判作业', '谁改', '谁批', '对答案', '家长批改', '全批全改', '自批自改', '学生互改', '对着答案批改', '家长有没有义务批改'],
  },
  {
    id: 'grading-second',
    topic: 'grading',
    answer: '作业要有布置必收、有收必改、有改必评、有错必纠：学生订正后，老师要进行二次批改；共性问题集中讲评，个性问题面批或个别辅导。',
    source: { file: S002, section: '四、(六)作业讲评要求' },
    alsoSee: [{ file: S002, section: '四、(五)作业批改要求' }],
    grades: COMPULSORY,
    uses: [],
    need: [['SECOND_MARK']],
    cues: ['二次批改', '订正完还批吗', '只打叉不讲', '错题订正了老师看不看', '复批'],
  },
  {
    id: 'parent-checking-signing',
    topic: 'parent_checking',
    answer: '老师不得要求家长检查书面作业并签字，家长的签字也不作为判断孩子是否完成作业的依据；检查、批改是老师的事。',
    source: { file: S002, section: '四、(四)作业布置的要求 第6条' },
    alsoSee: [{ file: S001, section: '五、(二)3.加强作业批改管理' }],
    grades: COMPULSORY,
    uses: [],
    need: [['CHECK'], ['SIGN', 'HW'], ['SIGN', 'PARENT'], ['SIGN', 'DAYS']],
    cues: ['检查作业', '检查签字', '家长签字', '签名', '每天签字', '把关', '检查一遍', '查作业'],
  },
  {
    id: 'parent-printing',
    topic: 'parent_printing',
    answer: '学校和老师不得要求家长从网上下载并打印作业；遇到这种要求可以向班主任反映。',
    source: { file: S002, section: '四、(四)作业布置的要求 第6条' },
    grades: COMPULSORY,
    uses: [],
    need: [['PRINT']],
    cues: ['打印作业', '下载打印', '打印试卷', '家里没打印机', '复印', '群里发文件让家长打印', '发电子版让家长打印', '老师发pdf让家长打印'],
  },
  {
    id: 'parent-checkin',
    topic: 'parent_checkin',
    answer:
      '老师不得通过微信群、QQ、钉钉等要求家长打卡签到；让家长拍照、录视频上传作业也是变相打卡。阅读、运动可以鼓励孩子去做，但不需要家长打卡证明。',
    source: { file: S002, section: '四、(四)作业布置的要求 第7条' },
    grades: COMPULSORY,
    uses: [],
    need: [['CHECKIN']],
    cues: ['打卡', '拍照上传', '录视频', '朗读打卡', '运动打卡', '小程序打卡', '每天打卡', '寒暑假每天打卡', '假期连续打卡', '发群里', '拍照发群', '上传照片', '没打卡被点名', '不打卡会被批评', '家长必须配合打卡吗'],
  },
  {
    id: 'homework-via-group',
    topic: 'parent_checkin',
    answer:
      '按作业管理要求，老师不得通过微信群、QQ、钉钉等布置家庭作业、要求家长打卡签到，作业应在课堂上向学生布置清楚。群里的【作业公示】只是告知，不需要家长回复或打卡。',
    source: { file: S002, section: '四、(四)作业布置的要求 第7条' },
    grades: COMPULSORY,
    uses: [],
    need: [['GROUP', 'ASSIGN'], ['GROUP', 'HW']],
    cues: ['群里布置作业', '作业往班级群里发', '作业都发在群里只能翻家长手机看', '微信群发作业', '钉钉布置作业', 'qq布置作业', '作业发群里', '晚上在群里布置作业', '半夜在微信群发作业', '通过群布置作业', '作业全在群里发'],
  },
  {
    id: 'homework-for-parents',
    topic: 'homework_for_parents',
    answer: '严禁给家长布置或变相布置作业，也不得布置需要家长完成或代劳的作业；手工、实践类作业应是孩子自己能完成的。',
    source: { file: S000, section: '第三篇·二、(一)3.加强作业指导' },
    alsoSee: [
      { file: S002, section: '四、(四)作业布置的要求 第6条' },
      { file: S001, section: '附件·B9健全作业管理机制' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['PROXY'], ['PARENT', 'ASSIGN'], ['PARENT', 'HW', 'PRACTICE']],
    cues: ['家长也有作业', '家长也要写作业', '给家长布置作业', '家长作业', '家长代劳', '家长完成', '亲子作业', '手工作业家长做', '替孩子做', '变相布置'],
  },
  {
    id: 'parent-school',
    topic: 'parent_role',
    answer: '学校办家长学校、开设家庭教育大讲堂，普及科学的家庭教育知识，帮家长树立科学的教育观和育儿观；学校要制定家访工作方案，老师定期家访，和家长沟通。',
    source: { file: S000, section: '第四篇·四、(六)推进家校协同育人' },
    alsoSee: [{ file: S002, section: '五、实施措施 第6条' }, { file: S000, section: '第三篇·三、(六)积极促进家校协作' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PARENT_SCHOOL']],
    cues: ['家长学校', '家庭教育讲座', '教家长怎么带孩子', '老师会家访吗', '家访', '大讲堂'],
  },
  {
    id: 'parent-role',
    topic: 'parent_role',
    answer:
      '家长可以做的：督促孩子按时完成作业、养成好习惯，引导孩子放学回家完成剩余作业，做力所能及的家务劳动，适当体育锻炼，开展阅读和文艺活动；保证睡眠、管好手机，多和孩子沟通、关注情绪。检查和批改作业不是家长的任务，严禁要求家长批改作业。',
    source: { file: S000, section: '第三篇·二、(一)4.科学利用课余时间' },
    alsoSee: [{ file: S002, section: '五、实施措施 第7、8条' }],
    grades: COMPULSORY,
    uses: [],
    need: [['DISMISS', 'ROLE'], ['EVENING', 'ROLE'], ['PARENT', 'ROLE'], ['PARENT', 'TUTOR'], ['SJ', 'ROLE'], ['SINCE_SJ', 'ROLE'], ['LABOR']],
    cues: ['放学回家干点啥', '回家还能干点啥', '在家干点啥', '晚上在家做什么', '回家以后做什么', '作业写完了做什么', '双减后家长做什么', '家长该做什么', '家长能做什么', '家长怎么配合', '家长的责任', '陪孩子', '辅导作业', '家务', '阅读', '锻炼', '在家做什么'],
  },

  // ── The exemption and sleep ─────────────────────────────────────────────
  {
    id: 'exemption-signoff',
    topic: 'exemption',
    answer:
      '实行家长签字免写作业：过了规定时间（本校小学{cutoffPrimary}、初中{cutoffJunior}）作业还没写完，家长签字确认后，孩子可以不再写、按时睡觉（小学生21:20前、初中生22:00前就寝），老师不得惩戒。在群里发“/免写”即可签字。',
    // Writing until late is also a sign of too much homework: the cap comes first.
    variants: [
      { grades: [1, 2], text: '小学一、二年级不布置家庭书面作业；过了晚上{cutoffPrimary}还没写完的，家长签字确认后，孩子可以不再写、按时睡觉（小学生一般不晚于21:20就寝），老师不得惩戒。在群里发“/免写”即可签字。' },
      { grades: [3, 6], text: '小学三至六年级每天书面作业不超过60分钟，经常写到很晚可以向班主任反映；过了晚上{cutoffPrimary}作业还没写完，家长签字确认后，孩子可以不再写剩下的作业、按时睡觉（小学生一般不晚于21:20就寝），老师不得惩戒。在群里发“/免写”即可签字。' },
      { grades: [7, 9], text: '初中每天书面作业不超过90分钟，经常写到很晚可以向班主任反映；过了晚上{cutoffJunior}作业还没写完，家长签字确认后，孩子可以不再写剩下的作业、按时睡觉（初中生一般不晚于22:00就寝），老师不得惩戒。在群里发“/免写”即可签字。' },
    ],
    source: { file: S003, section: '二、优化教育服务，全力减轻学生负担' },
    alsoSee: [
      { file: S000, section: '第三篇·二、(一)4.科学利用课余时间' },
      { file: S000, section: '第三篇·二、(一)1.压减作业总量' },
    ],
    // The bedtime the sign-off protects is the national one.
    national: '教育部办公厅关于进一步加强中小学生睡眠管理工作的通知（教基厅函〔2021〕11号）',
    grades: COMPULSORY,
    uses: ['cutoffPrimary', 'cutoffJunior'],
    need: [['EXEMPT'], ['SIGN', 'SLEEP'], ['SIGN', 'CLOCK'], ['HW', 'SLEEP', 'CLOCK']],
    cues: ['写不完', '没写完', '免写', '家长签字', '熬夜', '太晚了', '去睡觉', '剩下的不写', '写不完老师会不会惩罚', '没写完会不会挨批评', '写到十点', '签字免写', '停笔', '到点就停有规定吗'],
  },
  {
    id: 'sleep-hours',
    topic: 'sleep',
    answer: '每天睡眠时间：小学生不少于10小时，初中生不少于9小时，高中生不少于8小时。作业没写完也要按时睡觉。',
    variants: [
      { grades: [1, 6], text: '小学生每天睡眠时间不少于10小时；作业没写完也要按时睡觉。' },
      { grades: [7, 9], text: '初中生每天睡眠时间不少于9小时；作业没写完也要按时睡觉。' },
      { grades: [10, 12], text: '高中生每天睡眠时间不少于8小时。' },
    ],
    source: { file: S001, section: '五、(四)5.优化学生管理' },
    alsoSee: [{ file: S000, section: '第四篇·四、(一)减轻学生作业负担' }],
    grades: [1, 12],
    uses: [],
    need: [['SLEEP']],
    cues: ['睡眠时间', '睡多久', '睡几个小时', '睡够', '10小时', '9小时', '睡眠不足', '睡觉时间', '规定睡多久'],
  },
  {
    id: 'bedtime',
    topic: 'bedtime',
    answer:
      '就寝时间：小学生一般不晚于21:20，初中生不晚于22:00，高中生不晚于23:00；每天睡眠小学生不少于10小时、初中生不少于9小时、高中生不少于8小时。作业经努力仍没写完的，也应按时就寝。',
    variants: [
      { grades: [1, 6], text: '小学生就寝时间一般不晚于21:20，每天睡眠不少于10小时；作业经努力仍没写完的，也应按时就寝。' },
      { grades: [7, 9], text: '初中生就寝时间一般不晚于22:00，每天睡眠不少于9小时；作业经努力仍没写完的，也应按时就寝。' },
      { grades: [10, 12], text: '高中生就寝时间一般不晚于23:00，每天睡眠不少于8小时。' },
    ],
    source: { file: S000, section: '第三篇·二、(一)4.科学利用课余时间' },
    alsoSee: [{ file: S001, section: '五、(四)5.优化学生管理' }],
    national: '教育部办公厅关于进一步加强中小学生睡眠管理工作的通知（教基厅函〔2021〕11号）',
    grades: [1, 12],
    uses: [],
    need: [['BEDTIME'], ['SLEEP', 'CLOCK']],
    cues: ['几点睡', '就寝时间', '最晚几点睡', '几点上床', '入睡时间', '21:20', '晚上几点睡觉'],
  },

  // ── Exams ───────────────────────────────────────────────────────────────
  {
    id: 'exam-frequency',
    topic: 'exams',
    answer: '严控考试次数：小学一、二年级不进行纸笔考试；其他年级每学期只组织一次期末考试，初中可以再安排一次期中考试，不得另外组织其他各类考试。',
    variants: [
      { grades: [1, 2], text: '小学一、二年级不进行纸笔考试（期末也不笔试）。' },
      { grades: [3, 6], text: '严控考试次数：小学三至六年级每学期由学校组织一次期末考试，不得另外组织其他各类考试。' },
      { grades: [7, 9], text: '严控考试次数：初中每学期组织一次期末考试，可以再安排一次期中考试，不得另外组织其他各类考试。' },
    ],
    source: { file: S001, section: '五、(四)4.规范学校的办学行为' },
    alsoSee: [
      { file: S000, section: '第四篇·四、(三)提升教学质量' },
      { file: S003, section: '二、规范学生考试管理' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['EXAM']],
    cues: ['统考几次', '一学期考几次', '考几次', '考试次数', '期中考试', '期末考试', '月考', '纸笔考试', '笔试', '一学期考几次', '单元测'],
  },
  {
    id: 'exam-results',
    topic: 'exam_results',
    answer: '考试成绩实行等级评价（如优秀、良好），严禁以任何方式公布学生的考试成绩和排名。',
    source: { file: S002, section: '四、(九)严格考试结果运用' },
    alsoSee: [
      { file: S000, section: '第四篇·四、(三)提升教学质量' },
      { file: S001, section: '附件·B13加强考试管理' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['RANK'], ['LEVEL'], ['SCORE', 'DISCLOSE'], ['SCORE', 'GROUP'], ['SCORE', 'TEACHER']],
    cues: ['排名', '名次', '公布成绩', '分数', '等级', 'abcd', '成绩单', '发成绩到群里', '晒分数', '为什么没有分数'],
  },
  {
    id: 'admission-targets',
    topic: 'admission',
    answer: '严禁给学校下达升学指标，也不得片面以升学率评价学校和老师，不得把升学情况与考核、绩效和奖励挂钩。',
    source: { file: S000, section: '第三篇·二、(四)1.深化考试招生制度改革' },
    grades: COMPULSORY,
    uses: [],
    need: [['TARGET']],
    cues: ['升学指标', '升学率', '升学任务', '考不好扣绩效', '按升学率考核老师', '升学和奖金挂钩'],
  },
  {
    id: 'exam-content',
    topic: 'exams',
    answer: '考试内容不得超出课程标准，不出偏题、怪题；不得违规组织统考、联考或抽考，不得搞考试排名，也不得提前结课备考。',
    source: { file: S000, section: '第三篇·二、(四)1.深化考试招生制度改革' },
    alsoSee: [
      { file: S003, section: '四、深化教学改革，完善管理评价机制' },
      { file: S002, section: '四、(八)从严控制考试次数和内容' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['UNIFIED'], ['EXAM', 'DIFFICULTY']],
    cues: ['统考', '联考', '抽考', '校际之间私自组织联合考试', '兄弟学校私下联考比成绩', '考试太难', '超纲', '偏题怪题', '提前结课', '卷子超纲', '试卷太难', '考的课本上没教', '期中考试题超纲', '期末考试超出课程标准'],
  },

  // ── Enrolment and classes ───────────────────────────────────────────────
  {
    id: 'zero-start',
    topic: 'zero_start',
    answer: '一年级等起始年级实行“零起点”教学：老师按课程标准从零教起，不以部分孩子提前学过的内容为起点，不用提前学。',
    source: { file: S000, section: '第四篇·四、(三)提升教学质量' },
    alsoSee: [{ file: S001, section: '附件·B5规范教学实施' }],
    grades: COMPULSORY,
    uses: [],
    need: [['ZERO']],
    cues: ['零起点', '从零开始', '没学过拼音', '要不要提前学', '幼小衔接', '从头教', '老师默认都学过', '进度太快跟不上', '没上过衔接班直接上学'],
  },
  {
    id: 'admission',
    topic: 'admission',
    answer: '义务教育阶段实行免试就近入学，小升初不通过考试选拔，民办学校和公办学校同步招生，不得考试掐尖、提前招生；入学后实行均衡编班，不得分重点班、快慢班。',
    source: { file: S001, section: '五、(四)4.规范学校的办学行为' },
    alsoSee: [{ file: S001, section: '附件·B24保障学生平等权益' }, { file: S004, section: '篇四·四、进一步深化考试招生制度改革' }],
    grades: COMPULSORY,
    uses: [],
    need: [['ADMIT']],
    cues: ['小升初', '免试', '就近入学', '入学考试', '升初中要考试吗', '划片'],
  },
  {
    id: 'class-placement',
    topic: 'admission',
    answer: '学校实行均衡编班，不得分重点班、快慢班。',
    source: { file: S001, section: '附件·B24保障学生平等权益' },
    grades: COMPULSORY,
    uses: [],
    need: [['CLASSPLACE']],
    cues: ['重点班', '快慢班', '分班', '实验班', '尖子班', '按成绩分班'],
  },
  {
    id: 'courses',
    topic: 'courses',
    answer: '学校要开齐开足国家规定课程，体育、音乐、美术等课不得随意挤占（学生每天体育锻炼不少于1小时）；也不得随意增减课时、提高难度、加快进度或提前结课备考。',
    source: { file: S002, section: '四、(二)科学制定学校教学计划' },
    alsoSee: [{ file: S001, section: '五、(四)4.规范学校的办学行为' }, { file: S001, section: '附件·B28实施体质健康管理' }],
    grades: COMPULSORY,
    uses: [],
    need: [['COURSES']],
    cues: ['占课', '体育课被占', '音乐课', '美术课', '副科', '加快进度', '提前上完', '开齐开足'],
  },

  // ── After-school service ────────────────────────────────────────────────
  {
    id: 'after-school-time',
    topic: 'after_school',
    answer:
      '课后服务每周5天（周一至周五）、每天至少2小时，结束时间原则上不早于当地正常下班时间（本校到{afterSchoolEnd}）；有特殊需要的可以申请延时托管；初中学校工作日晚上可以开设自习班。学校可以统筹安排老师实行“弹性上下班制”。',
    variants: [
      {
        grades: [7, 9],
        text: '本校初中课后服务{afterSchoolJuniorStart}–{afterSchoolJuniorEnd}，普惠性服务和个性化教育各一小时，周一至周五；初中学校工作日晚上还可以开设自习班。',
      },
    ],
    source: { file: S000, section: '第三篇·二、(三)2.保证课后服务时间' },
    alsoSee: [{ file: S001, section: '五、(三)1.课后托管服务全覆盖' }, { file: S000, section: '第四篇·四、(二)增加课后服务供给' }],
    grades: COMPULSORY,
    uses: ['afterSchoolEnd', 'afterSchoolJuniorStart', 'afterSchoolJuniorEnd'],
    need: [['AFTER']],
    cues: ['一周几天', '几点结束', '初中晚上有自习吗', '老师弹性上下班', '老师下班太晚', '到几点', '每天多久', '一周几天', '每周几天', '两个小时', '下班', '天天都有', '时长', '多长时间'],
  },
  {
    id: 'after-school-stages',
    topic: 'after_school',
    answer:
      '课后服务分两段：第一段是普惠性课后服务，看护学生完成作业、答疑，不收费；第二段是个性化课后教育（有计划安排的课程辅导等），特殊需要可延时。本校初中{afterSchoolJuniorStart}–{afterSchoolJuniorEnd}，两段各一小时。',
    source: { file: S000, section: '第四篇·四、(二)增加课后服务供给' },
    grades: COMPULSORY,
    uses: ['afterSchoolJuniorStart', 'afterSchoolJuniorEnd'],
    need: [['STAGES'], ['AFTER', 'ARRANGE']],
    cues: ['课后服务分几段', '普惠性课后服务', '个性化教育', '第一阶段', '第二阶段', '两个小时怎么安排', '各一小时', '课后服务怎么安排'],
  },
  {
    id: 'after-school-weekend',
    topic: 'after_school',
    answer: '周六日学校可以安排一天提供周末课后服务；初中学校工作日晚上可以开设自习班，晚上有学业辅导的应提供必要的晚餐。和平时的课后服务一样，参不参加由家长自愿选择，也严禁变相成为集体教学或集体补课。',
    source: { file: S001, section: '五、(三)1.课后托管服务全覆盖' },
    alsoSee: [{ file: S000, section: '第三篇·二、(三)2.保证课后服务时间' }, { file: S000, section: '第一篇·五、六是强化后勤保障' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'HOLIDAY'], ['EVENSTUDY']],
    cues: ['周末有没有托管', '周末有课后服务吗', '周六能托管吗', '周末托管', '周末课后服务', '晚自习', '自习班', '初中晚上能上自习吗', '周末托管讲新课', '周末课后服务变成补课'],
  },
  {
    id: 'after-school-safety',
    topic: 'after_school',
    answer: '课后服务期间，学校要落实严格的考勤、监管、交接班制度和应急预案，保障学生安全；放学时学生按批次有序离校。',
    source: { file: S001, section: '五、(三)3.加强课后托管服务的监管' },
    alsoSee: [{ file: S000, section: '第四篇·四、(二)增加课后服务供给' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'SAFETY'], ['DISMISS', 'SAFETY']],
    cues: ['托管期间安全谁负责', '考勤', '点名', '交接', '分批放学', '出了事谁负责'],
  },
  {
    id: 'after-school-teachers',
    topic: 'after_school',
    answer: '老师参加课后服务以自愿为前提；学校实行老师“弹性上下班制”，不参加课后服务的老师正常休息。',
    source: { file: S000, section: '第四篇·四、(二)增加课后服务供给' },
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'TEACHER_SELF']],
    cues: ['老师必须参加课后服务吗', '我是老师', '老师自愿', '不参加的老师', '弹性上下班'],
  },
  {
    id: 'after-school-voluntary',
    topic: 'after_school',
    answer: '课后服务自愿参加：家长自主选择、自愿申请，学校统一安排，可以不报；学校不得强制或阻碍学生参加。',
    source: { file: S003, section: '二、优化教育服务，全力减轻学生负担' },
    alsoSee: [{ file: S001, section: '五、(三)1.课后托管服务全覆盖' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'VOLUNTARY']],
    cues: ['自愿', '必须参加', '可以不报', '强制', '不参加', '报名', '申请', '不想上'],
  },
  {
    id: 'after-school-content',
    topic: 'after_school',
    answer:
      '课后服务主要是老师看护、辅导孩子在校内完成作业、答疑，帮学习有困难的学生补习辅导、指导学有余力的学生拓展学习，以及阅读、体育、艺术、科普、劳动等兴趣活动和社团；不得讲授新课，也不能变相集体补课。',
    source: { file: S001, section: '五、(三)2.课后托管服务内容多元化' },
    alsoSee: [{ file: S000, section: '第三篇·二、(三)3.提高课后服务质量' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER']],
    cues: ['都安排些啥', '都安排些什么', '那段时间干什么', '新课', '讲新课', '补课', '做什么', '干什么', '内容', '写作业', '社团', '兴趣活动', '上什么', '托管期间安排什么', '有哪些活动', '只让写作业', '除了写作业还有什么', '老师辅导写作业'],
  },
  {
    id: 'after-school-fee',
    topic: 'after_school_fee',
    answer:
      '普惠性课后服务（看护作业、答疑）不收费；个性化课后教育按规定收费、标准公开公示，本校每月{afterSchoolFeePerMonth}元，残疾儿童、特困家庭等特殊群体学生免费。课后服务经费专款专用，严禁以课后服务名义乱收费。',
    source: { file: S000, section: '第四篇·四、(二)增加课后服务供给' },
    alsoSee: [{ file: S001, section: '五、(三)3.加强课后托管服务的监管' }],
    grades: COMPULSORY,
    uses: ['afterSchoolFeePerMonth'],
    need: [['AFTER', 'FEE'], ['AFTER', 'HARDSHIP'], ['HARDSHIP', 'FEE'], ['STAGES', 'FEE']],
    cues: ['收费', '多少钱', '交钱', '免费', '特困', '困难家庭', '残疾', '费用', '减免', '家里困难能不能免交', '有残疾证可以减免吗', '低保户免费吗', '看着写作业那段收不收费', '普惠那段要钱吗', '个性化课后教育怎么收费'],
  },
  {
    id: 'after-school-staff',
    topic: 'after_school',
    answer: '课后服务一般由本校老师承担，也可以聘请退休教师、具备资质的社会专业人员或志愿者；学校还可以请家长作为教育资源参与课后服务。',
    source: { file: S001, section: '附件·B16拓展课后服务渠道' },
    alsoSee: [{ file: S000, section: '第一篇·四、大力开展课后服务满足学生多样化需求' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'STAFF'], ['AFTER', 'WHO']],
    cues: ['谁来上', '哪些老师', '外聘', '退休教师', '志愿者', '谁带'],
  },

  // ── Off-campus training ─────────────────────────────────────────────────
  {
    id: 'training-overview',
    topic: 'training_rules',
    answer:
      '学科类校外培训不得占用周末、节假日和寒暑假，也不得在学校上课时间开展；线下培训不晚于20:30、线上不晚于21:00结束；一次性收费不得超过3个月或60课时。',
    source: { file: S000, section: '第三篇·二、(二)2.控制培训时间' },
    alsoSee: [
      { file: S000, section: '第三篇·二、(二)6.加强收费监管' },
      { file: S000, section: '第三篇·二、(二)1.压减培训机构数量' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['TRAIN']],
    cues: ['校外培训有什么规定', '补课还合法吗', '培训班还能报吗', '学科类培训还能上吗', '校外培训规定', '培训时间', '双减后还能上补习班吗', '文化课补习还让上吗'],
  },
  {
    id: 'training-holidays',
    topic: 'training_rules',
    answer:
      '学科类校外培训不得占用国家法定节假日、休息日（周末）和寒暑假，也不得在学校正常上课时间开展；这一条限制的是学科类培训；非学科类机构也不得从事学科类培训。',
    source: { file: S000, section: '第三篇·二、(二)2.控制培训时间' },
    grades: COMPULSORY,
    uses: [],
    need: [['TRAIN', 'HOLIDAY'], ['SUBJECT', 'HOLIDAY'], ['NONSUBJ', 'HOLIDAY'], ['TRAIN', 'SUBJECT']],
    cues: ['周末补课', '寒假补习', '暑假班', '节假日培训', '学科类', '兴趣班', '周六上课'],
  },
  {
    id: 'training-hours',
    topic: 'training_rules',
    answer: '校外培训的线下课程结束时间不得晚于20:30，线上培训不得晚于21:00，课程间隔不少于10分钟；不得在学校正常教学时间组织培训。',
    source: { file: S000, section: '第三篇·二、(二)2.控制培训时间' },
    grades: COMPULSORY,
    uses: [],
    need: [['SCHOOL_HOURS'], ['TRAIN', 'INTERVAL'], ['OFFLINE', 'INTERVAL'], ['TRAIN', 'CLOCK'], ['TRAIN', 'EVENING'], ['ONLINE', 'CLOCK'], ['TRAIN', 'END'], ['NONSUBJ', 'CLOCK'], ['NONSUBJ', 'END']],
    cues: ['课程间隔', '两节课之间休息', '晚上几点', '最晚', '上到几点', '几点下课', '直播课', '网课', '线下课', '20:30', '21:00'],
  },
  {
    id: 'training-fees',
    topic: 'training_fees',
    answer: '校外培训机构一次性收费不得超过3个月或60课时，收费项目和标准要公示、收费要开发票，资金进入监管专用账户；超期收费、不开发票可以举报。',
    source: { file: S000, section: '第三篇·二、(二)6.加强收费监管' },
    grades: COMPULSORY,
    uses: [],
    need: [['TRAIN', 'PREPAY'], ['TRAIN', 'FEE'], ['PREPAY', 'FEE'], ['TRAIN', 'INVOICE']],
    cues: ['预收', '一次性交', '交一年', '充值', '课时包', '收费', '几个月', '多少课时'],
  },
  {
    id: 'training-nonprofit',
    topic: 'training_rules',
    answer: '不再审批新的面向学龄前儿童的校外培训机构和面向中小学生的学科类校外培训机构；现有学科类机构统一登记为非营利性机构，没有重新登记的不得开展培训。',
    source: { file: S000, section: '第三篇·二、(二)1.压减培训机构数量' },
    alsoSee: [{ file: S001, section: '五、(一)1.从严审批' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PROFIT'], ['TRAIN', 'WHITELIST'], ['TRAIN', 'REGISTER'], ['PRESCHOOL']],
    cues: ['营利', '非营利', '审批', '登记', '新开机构', '登记为非营利性', '培训机构能赚钱吗', '机构的办学性质'],
  },
  {
    id: 'training-teachers',
    topic: 'training_rules',
    answer: '从事学科类培训的人员必须具备相应的教师资格，并在机构场所和网站显著位置公布；不得聘请在境外的外籍人员培训。',
    source: { file: S000, section: '第三篇·二、(二)5.严把从业人员资格' },
    grades: COMPULSORY,
    uses: [],
    need: [['CERT'], ['FOREIGN']],
    cues: ['教师资格证', '有证', '资质', '外教', '持证上岗', '从哪能查到老师的资格'],
  },
  {
    id: 'training-content',
    topic: 'training_rules',
    answer: '校外培训严禁超标超前培训，非学科类机构不得从事学科类培训，不得提供境外教育课程。',
    source: { file: S000, section: '第三篇·二、(二)4.规范培训内容' },
    grades: COMPULSORY,
    uses: [],
    need: [['TRAIN', 'DIFFICULTY'], ['TRAIN', 'ZERO'], ['TRAIN', 'NEWLESSON'], ['NONSUBJ', 'SUBJECT']],
    cues: ['培训机构提前教', '超前培训', '培训班提前学', '超前学', '超纲', '非学科类机构从事学科类培训', '美术班教数学', '兴趣班教语文', '兴趣班老师顺带教学科内容', '境外课程'],
  },
  {
    id: 'training-ads',
    topic: 'training_rules',
    answer:
      '校外培训广告不得在主流媒体、新媒体、公共场所、居民区广告牌和网络平台刊登播发，不得进中小学校和幼儿园，也不得印在教材、教辅、练习册、文具上；虚构原价、虚假折扣、夸大宣传、制造焦虑会被查处。',
    source: { file: S000, section: '第三篇·二、(二)8.加强培训机构广告管控' },
    alsoSee: [{ file: S000, section: '第三篇·二、(二)3.强化运营监管' }],
    grades: COMPULSORY,
    uses: [],
    need: [['AD', 'TRAIN'], ['AD', 'SUBJECT']],
    cues: ['广告', '发传单', '推销电话', '校门口发传单', '朋友圈广告', '小区电梯里的培训广告', '居民区贴广告'],
  },
  {
    id: 'training-choose',
    topic: 'training_rules',
    answer:
      '选校外培训机构，先看当地教育部门公布的“白名单”和资质（可在全国中小学生校外培训机构管理服务平台查询、投诉），收费项目和标准要公示，签示范合同；理性看待，不盲目跟风报班。',
    source: { file: S000, section: '第三篇·二、(二)7.健全排查机制' },
    alsoSee: [{ file: S003, section: '三、强化协同监管，规范校外培训机构' }, { file: S004, section: '篇四·“双减”工作落地情况汇报·统筹好校内与校外' }],
    grades: COMPULSORY,
    uses: [],
    need: [['WHITELIST'], ['TRAIN', 'ROLE']],
    cues: ['白名单', '正规', '靠谱', '合同', '怎么选', '备案', '跟风报班'],
  },
  {
    id: 'training-nonsubject',
    topic: 'training_rules',
    answer:
      '“双减”清理的是学科类校外培训（语文、数学、英语等）；体育、艺术等非学科类培训没有被取消，仍可以正常开办（如某县现有的校外培训机构都是非学科类），但同样要接受收费、广告宣传和安全方面的监管。',
    source: { file: S003, section: '三、强化协同监管，规范校外培训机构' },
    grades: COMPULSORY,
    uses: [],
    // Art and sport classes are asked about only when their being stopped is the question:
    // 舞蹈班学费贵不贵 is not a policy question.
    need: [['NONSUBJ', 'STOPPED'], ['NONSUBJ', 'TRAIN', 'SJ'], ['NONSUBJ', 'TRAIN', 'SINCE_SJ']],
    cues: ['兴趣班还能上吗', '钢琴画画班不让上了', '体育艺术培训', '非学科类培训', '跳舞班也不能上了'],
  },
  {
    id: 'training-privacy',
    topic: 'training_rules',
    answer: '校外培训机构不得泄露家长和学生的个人信息；怀疑信息被泄露、被推销骚扰，可以向当地教育部门举报。',
    source: { file: S000, section: '第三篇·二、(二)7.健全排查机制' },
    grades: COMPULSORY,
    uses: [],
    need: [['PRIVACY']],
    cues: ['个人信息', '泄露', '机构怎么有我电话', '推销电话是不是信息泄露', '孩子的信息给别人'],
  },
  {
    id: 'training-penalties',
    topic: 'training_rules',
    answer: '违规的校外培训机构，会按情节被责令限期改正、警告、责令停办整改、退还所收费用、没收违法所得、罚款；发现违规可以向教育部门举报。',
    source: { file: S001, section: '五、(一)2.强化监管' },
    grades: COMPULSORY,
    uses: [],
    need: [['TRAIN', 'PENALTY']],
    cues: ['违规机构', '受什么处罚', '被查处', '停办', '罚款', '机构被查了钱能退吗'],
  },
  {
    id: 'teacher-paid-tutoring',
    topic: 'teacher_tutoring',
    answer: '在职中小学老师不得有偿补课，也不得到校外培训机构兼职或诱导学生去校外补课，违者师德师风一票否决；发现这种情况可以向学校或教育部门举报。',
    source: { file: S001, section: '四、3.加强师德师风建设' },
    alsoSee: [{ file: S000, section: '第三篇·三、(三)加强培训机构管理，切实规范培训行为' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PAIDTUTOR'], ['TEACHER', 'TRAIN', 'FEE']],
    cues: ['周末去老师家补课', '老师家里上课收费', '有偿补课', '老师私下补课', '在职老师', '兼职', '老师开班', '补课收费', '老师收钱给学生补课', '老师私下收费补课'],
  },

  // ── The school's own conduct ────────────────────────────────────────────
  {
    id: 'teaching-in-class',
    topic: 'courses',
    answer: '老师要在课堂上把内容讲清讲透，坚决杜绝课堂上有意少讲、“课上不讲课下讲”、“课堂内容课外补”。',
    source: { file: S002, section: '四、(二)科学制定学校教学计划' },
    alsoSee: [{ file: S001, section: '附件·B4提高课堂教学效率' }],
    grades: COMPULSORY,
    uses: [],
    need: [['CLASS_LEFTOVER']],
    cues: ['课上不讲课下讲', '上课不讲完', '留到课后讲', '课堂内容课外补', '老师上课故意少讲'],
  },
  {
    id: 'parent-voice',
    topic: 'parent_role',
    answer: '学校会定期对学生、家长做问卷调查，了解作业的数量、难度和老师批阅、辅导情况；家长对“双减”工作的意见和建议，学校要通过家长委员会等渠道充分听取。',
    source: { file: S002, section: '五、实施措施 第5条' },
    alsoSee: [{ file: S000, section: '第一篇·五、四是完善家校协作' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PARENT_VOICE']],
    cues: ['问卷调查', '作业多不多会问家长吗', '家长的意见', '提意见', '反映意见'],
  },
  {
    id: 'quota-to-schools',
    topic: 'admission',
    answer: '优质普通高中的招生指标要逐步提高分配到区域内各初中的比例（指标到校），让更多初中的学生有机会上好高中。',
    source: { file: S000, section: '第三篇·二、(四)1.深化考试招生制度改革' },
    grades: COMPULSORY,
    uses: [],
    need: [['QUOTA']],
    cues: ['指标到校', '名额分到初中', '招生名额分配', '好高中的名额'],
  },
  {
    id: 'equal-rights',
    topic: 'admission',
    answer: '学校要保障学生平等权益：落实进城务工人员随迁子女入学、残疾儿童随班就读（不能到校的残疾孩子送教上门）、家庭经济困难学生资助等政策，对留守儿童、困境儿童加强关爱帮扶和心理辅导；不得迫使学生转学、退学。',
    source: { file: S001, section: '附件·B24保障学生平等权益' },
    alsoSee: [{ file: S004, section: '篇三·三、聚焦公平优质·15.推进特殊教育优质融合发展' }],
    grades: COMPULSORY,
    uses: [],
    need: [['EQUAL']],
    cues: ['随迁子女', '随班就读', '资助', '劝退', '迫使转学', '外来务工子女上学', '送教上门', '去不了学校能不能上门教'],
  },

  // ── Health ──────────────────────────────────────────────────────────────
  {
    id: 'phones',
    topic: 'phones',
    answer: '手机和电子产品由学校和家长共同管理：引导孩子合理使用电子产品和网络，控制使用时长和方式，防止网络沉迷。',
    source: { file: S001, section: '附件·B22强化电子产品管理' },
    alsoSee: [{ file: S000, section: '第三篇·二、(一)4.科学利用课余时间' }],
    grades: COMPULSORY,
    uses: [],
    need: [['PHONE']],
    cues: ['手机', '玩手机', '电子产品', '游戏', '沉迷', '带手机', '刷视频'],
  },
  {
    id: 'eyesight',
    topic: 'eyesight',
    answer: '近视防控：学校每学期组织2次全覆盖视力筛查，每天做两次眼保健操；在家要控制孩子看屏幕的时间，注意用眼卫生。',
    source: { file: S001, section: '附件·B22强化电子产品管理' },
    alsoSee: [{ file: S001, section: '附件·B28实施体质健康管理' }],
    grades: COMPULSORY,
    uses: [],
    need: [['EYE']],
    cues: ['视力', '近视', '眼保健操', '视力筛查', '用眼', '保护眼睛', '一学期查几次视力', '查几次视力'],
  },
  {
    id: 'exercise',
    topic: 'exercise',
    answer: '学生每天体育锻炼不少于1小时：学校开齐开足体育课、每天安排大课间体育活动，体育活动时间不得挤占；体质健康测试数据要让家长知道，并纳入学生评价。',
    source: { file: S001, section: '附件·B28实施体质健康管理' },
    alsoSee: [{ file: S004, section: '篇一·“双减”工作落实情况报告（强化综合治理）' }],
    grades: COMPULSORY,
    uses: [],
    need: [['EXERCISE']],
    cues: ['锻炼', '运动', '体育活动', '大课间', '一小时', '户外活动', '体育锻炼多久'],
  },
  {
    id: 'five-management',
    topic: 'five_management',
    answer: '“五项管理”是对学生作业、睡眠、手机、读物、体质五个方面的管理：作业分层布置，保证睡眠（小学生不少于10小时、初中生不少于9小时），细化手机管理，加强健康阅读指导，引导学生参加体育锻炼。',
    source: { file: S001, section: '附件·B23完善学校内部治理' },
    alsoSee: [{ file: S001, section: '二、工作目标' }],
    grades: COMPULSORY,
    uses: [],
    need: [['FIVE_MGMT']],
    cues: ['五项管理', '哪五项', '五项管理是什么', '五项管理管什么'],
  },
  {
    id: 'after-school-publicity',
    topic: 'after_school',
    answer: '学校要在公示栏公示每周的课后服务安排：课程表、服务时间、服务对象、师资和场地，让家长和学生知情、可以选择。',
    source: { file: S000, section: '第一篇·四、一是提升服务质量' },
    grades: COMPULSORY,
    uses: [],
    need: [['AFTER', 'PUBLISH']],
    cues: ['课后服务安排公示', '课后服务课程表', '课后服务课表公开', '托管老师名单公开', '课后服务师资公示'],
  },
  {
    id: 'mental-health',
    topic: 'mental_health',
    answer: '学校要开展心理健康教育，设心理辅导室、配备心理健康老师，建立学生心理健康档案；家长要多和孩子沟通，关注孩子的心理情绪。',
    source: { file: S001, section: '附件·B29加强心理健康教育' },
    alsoSee: [
      { file: S000, section: '第三篇·二、(一)4.科学利用课余时间' },
      { file: S000, section: '第四篇·四、(二)增加课后服务供给' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['PSYCH']],
    cues: ['心理', '情绪', '压力大', '焦虑', '心理辅导', '厌学'],
  },

  // ── The school day ──────────────────────────────────────────────────────
  {
    id: 'start-time',
    topic: 'start_time',
    answer: '本校上午上课时间：小学{classStartPrimary}，初中{classStartJunior}。',
    variants: [
      { grades: [1, 6], text: '本校小学上午上课时间是{classStartPrimary}。' },
      { grades: [7, 9], text: '本校初中上午上课时间是{classStartJunior}。' },
    ],
    source: { file: S000, section: '第四篇·四、(一)减轻学生作业负担' },
    grades: COMPULSORY,
    uses: ['classStartPrimary', 'classStartJunior'],
    need: [['START'], ['MORNING', 'CLOCK']],
    cues: ['几点上课', '第一节课', '到校时间', '早上几点', '8:20', '8:00', '上学时间', '早读'],
  },

  // ── Notices, channels, the policy itself ────────────────────────────────
  {
    id: 'homework-publication',
    topic: 'publication',
    answer:
      '作业公示要写明当天各科作业的内容和完成时间（预计用时），只是告知家长：家长不需要回复“收到”、确认或打卡。本校每天{publishTime}在群里公示。',
    source: { file: S001, section: '五、(二)1.健全作业管理机制' },
    alsoSee: [{ file: S000, section: '第三篇·二、(一)1.压减作业总量' }],
    grades: COMPULSORY,
    uses: ['publishTime'],
    need: [['PUBLISH'], ['REPLY', 'HW'], ['REPLY', 'GROUP'], ['REPLY', 'PARENT', 'DAYS']],
    cues: ['作业要公开吗', '各科作业公开', '作业公示', '公示', '回复收到', '接龙', '确认', '几点发作业', '群里发作业'],
  },
  {
    id: 'complaints',
    topic: 'complaints',
    answer:
      '有问题可以先和班主任、学校沟通（校长是校内减负的第一责任人）；仍未解决的，可以通过当地教育部门的“双减”监督举报电话或举报平台反映，学校公示的责任督学也可以联系。',
    source: { file: S003, section: '一、强化组织领导，高位推动政策落实' },
    alsoSee: [
      { file: S004, section: '篇四·七、进一步规范管理校外培训机构' },
      { file: S004, section: '篇二·问题3整改情况（责任督学公示牌）' },
    ],
    grades: COMPULSORY,
    uses: [],
    need: [['COMPLAIN'], ['RESPONSIBLE']],
    cues: ['投诉', '举报', '反映', '找谁', '哪里反映', '举报电话', '督学', '不按规定怎么办', '反映渠道', '发现培训机构违规怎么举报', '机构违规补课去哪投诉', '学科培训违规占用节假日去哪举报'],
  },
  {
    id: 'free-online',
    topic: 'free_online',
    answer: '国家和各地的教育资源平台免费提供覆盖各年级各学科的学习资源，学校也会组织老师免费在线答疑。',
    source: { file: S000, section: '第三篇·二、(三)4.提供免费线上学习服务' },
    alsoSee: [{ file: S001, section: '附件·B19做强做优免费线上学习服务' }],
    grades: COMPULSORY,
    uses: [],
    need: [['FREE_ONLINE'], ['FREE', 'ONLINE']],
    cues: ['免费网课', '学习资源', '在线答疑', '教育平台', '免费资源'],
  },
  {
    id: 'what-is-shuangjian',
    topic: 'shuangjian',
    answer: '“双减”是减轻义务教育阶段学生过重的作业负担和校外培训负担，让孩子在校内学足学好、全面发展。',
    source: { file: S001, section: '开头·方案制定依据；二、工作目标' },
    grades: COMPULSORY,
    uses: [],
    need: [['SJ', 'WHAT']],
    cues: ['双减是什么', '双减减什么', '什么意思', '哪两个负担', '减负'],
  },
];
