// Kinds of question that holdout batches X to AW missed on their first run,
// asked here in new words (not the batch strings).
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion, isClearPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { answersWith, declines } from './suites.ts';

const cases: { kind: string; entry: string; qs: string[]; has?: string }[] = [
  {
    kind: 'a weak pupil asking for less or different homework',
    entry: 'homework-layered',
    qs: ['闺女底子薄，作业能不能少留一点', '孩子学习吃力，作业能不能和学得好的孩子布置得不一样'],
  },
  {
    kind: 'a monthly fee asked as 一个月交多少',
    entry: 'after-school-fee',
    qs: ['学校晚托每个月交多少钱'],
  },
  {
    kind: 'answers sent home for the parent to mark against',
    entry: 'grading-by-teacher',
    qs: ['数学老师把答案发给我们，让家长在家对一对，这样对吗', '老师群里甩了答案，叫大人给孩子改练习本，合适不'],
  },
  {
    kind: 'the grade told in passing: 上初中的 / 读小学的',
    entry: 'homework-time',
    qs: ['读小学的孩子一天作业写多长时间算正常'],
    has: '60分钟',
  },
  {
    kind: 'morning start asked with a clock and 上课',
    entry: 'start-time',
    qs: ['初中是不是七点半前就要上课'],
  },
  {
    kind: 'pick-up time from after-school care',
    entry: 'after-school-time',
    qs: ['延时服务几点能接孩子', '我俩都六点下班，放学后学校管孩子能管到那会儿吗'],
  },
  {
    kind: 'the parent sent to a print shop',
    entry: 'parent-printing',
    qs: ['老师发的试卷天天都得我跑打印社去弄'],
  },
  {
    kind: 'photographing asked with the bare verb 拍',
    entry: 'parent-checkin',
    qs: ['老师让把口算本拍下来发她，家长必须拍吗'],
  },
  {
    kind: 'where the homework is published',
    entry: 'homework-publication',
    qs: ['每天留了哪些作业、要写多久，学校有公开的地方可以看吗'],
  },
  {
    kind: 'scores sorted high to low in the group',
    entry: 'exam-results',
    qs: ['月考后老师把分数从高到低排好发到群里，这样行吗'],
  },
  {
    kind: 'a sleep question after a story strung with commas',
    entry: 'sleep-hours',
    qs: ['我家五年级的天天写到十点半，早上六点半起床，小学生按规定一天得睡几个钟头？'],
    has: '10小时',
  },
  {
    kind: 'punishment after a poor test, the story told first',
    entry: 'homework-punitive',
    qs: ['小测验全班考得不好，老师说每人作业加倍长长记性，这合规吗？'],
  },
  {
    kind: 'new lessons in after-school care, with the harm to those who do not stay',
    entry: 'after-school-content',
    qs: ['托管时老师提前讲后面的单元，没报托管的孩子就跟不上了，这样可以吗'],
  },
  {
    kind: 'a year of art-class fees paid at once',
    entry: 'training-fees',
    qs: ['舞蹈班要一次交全年的学费，说能打九折，有没有限制'],
  },
  {
    kind: 'forced to stay for after-school care',
    entry: 'after-school-voluntary',
    qs: ['孩子不想留校上晚托，学校能硬让他参加吗'],
  },
  {
    kind: 'a serving teacher teaching at home for money',
    entry: 'teacher-paid-tutoring',
    qs: ['英语老师周末在家里开小班，一次收一百五，在职老师能这样吗', '班主任在家开补习班，不去的孩子上课就不搭理，有规定没'],
  },
  {
    kind: 'grade 1 written homework said as 带本子回家写',
    entry: 'homework-time',
    qs: ['二年级孩子放学还带本子回家写，这样行吗'],
    has: '不布置家庭书面作业',
  },
  {
    kind: 'parents told to hand in the pupils’ kind of writing',
    entry: 'homework-for-parents',
    qs: ['家长也得写观后感交上去，这正常吗'],
  },
  {
    kind: 'days of after-school care asked with 礼拜 and a final 不',
    entry: 'after-school-time',
    qs: ['学校托管一个礼拜开几天 周五也开不'],
    has: '5天',
  },
  {
    kind: 'where to complain, said 上哪说',
    entry: 'complaints',
    qs: ['作业天天留一大堆，想反映一下 上哪说去'],
  },
  {
    kind: 'whether the teacher tried the homework first, said 做没做过',
    entry: 'homework-layered',
    qs: ['老师留作业前自己写没写过，有这个要求吗'],
  },
  {
    kind: 'eyesight checks counted, with a pinyin slip (晒查)',
    entry: 'eyesight',
    qs: ['学校一学期给孩子测几次视力', '视力晒查一年有几回'],
  },
  {
    kind: 'the signature taken as proof the correction is done',
    entry: 'parent-checking-signing',
    qs: ['试卷一定要家长签名才算改完吗'],
  },
  {
    kind: 'nearing graduation is when, not an admission question',
    entry: 'homework-time',
    qs: ['快小升初了，老师说作业要加量，六年级能超过规定吗'],
    has: '60分钟',
  },
  // batch AD: long private messages, a story first
  {
    kind: 'one subject’s share and the rest: the total asked, the cap answered',
    entry: 'homework-coordination',
    qs: ['初一孩子，数学老师一个人就布置了五十分钟，再加上其他几科，这个量合理吗？'],
    has: '90分钟',
  },
  {
    kind: 'holiday homework, the story told with feelings and counts',
    entry: 'homework-holiday',
    qs: ['五一放五天，老师一口气发了十几张卷子，孩子哭着写不完，假期作业就没人管吗？'],
  },
  {
    kind: 'parents told to read the essay through and pick out the mistakes',
    entry: 'grading-by-teacher',
    qs: ['老师让家长先把孩子作文通读一遍，错别字挑出来改好再交，这不违规吗？'],
  },
  {
    kind: 'a letter grade on the paper and no marks',
    entry: 'exam-results',
    qs: ['卷子上只写了个A，没有分数，现在都不打分了吗'],
  },
  {
    kind: 'where to report an unlicensed tutoring outfit',
    entry: 'complaints',
    qs: ['偷偷办班的黑机构去哪举报'],
  },
  {
    kind: 'the teacher trying the homework first, said 体验',
    entry: 'homework-layered',
    qs: ['听说老师布置作业前要自己先体验一遍用时，是真的吗'],
  },
  {
    kind: 'two questions, the second pointing back at the first',
    entry: 'exemption-signoff',
    qs: ['到点写不完家长签字就能不写，有这种规定吗？老师会不会因为这个批评孩子？'],
  },
  // batches AG and AH: everyday and rhetorical wording (凭什么, 这也叫减负？, 干瞪眼)
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'after-school-voluntary', qs: ['不报托管，老师说会影响评优，这样对吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'mental-health', qs: ['孩子说不想上学，学校有没有心理老师可以聊'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'admission', qs: ['公办小学报名要不要考试面试'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'courses', qs: ['大课间老被拿来上数学，这合理吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-layered', qs: ['学得好的多做一点，跟不上的少做点，可以吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-layered', qs: ['老师出的题多难、要写多久，她自己心里有数吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'training-teachers', qs: ['网课机构请人在国外的外教直播上课，合规吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-for-parents', qs: ['今天的作业是家长写五百字观后感，到底谁在上学？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-layered', qs: ['学得快的学得慢的写一模一样的题，不能分个层吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'phones', qs: ['孩子拿平板说查资料，一玩就是一晚上，学校管不管'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'parent-checking-signing', qs: ['每天要我检查完才让交，不查就点名，凭什么'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'zero-start', qs: ['老师说这些拼音幼儿园都学过了，没学过的就该跟不上？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'complaints', qs: ['作业超量跟班主任说了也白说，还能找谁'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'parent-role', qs: ['作业不用家长管了，那我下班回家该干嘛'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'complaints', qs: ['学校嘴上说减负，实际一切照旧，有没有人能管管'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-holiday', qs: ['平时不敢多留，一到寒假就成倍地补，这也叫减负？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-for-parents', qs: ['全是我熬夜做手工模型，学校知不知道'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'training-holidays', qs: ['暑假机构偷偷开奥数班，改名叫思维训练，这不违规？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-time', qs: ['初二那个90分钟，是按平均速度算的吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-time', qs: ['初一娃每晚四个钟头起步，上了初中就没上限了？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'parent-checking-signing', qs: ['签字签到手软，没签名就算没写完，哪有这种道理'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'homework-publication', qs: ['家长能看到每天作业的明细吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'after-school-fee', qs: ['托管一个月收三百，这还叫普惠？'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'after-school-content', qs: ['参加了延时服务，回家还背一书包作业，托管时间干嘛去了'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'after-school-time', qs: ['学校留到六点那个，能比家长下班还早结束吗'] },
  { kind: 'batches AG and AH: rhetorical, sceptical or everyday wording', entry: 'sleep-hours', qs: ['初一和三年级的孩子各该睡多久'] },
  // batches AJ and AK
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'mental-health', qs: ['女儿最近心里堵得慌，晚上总偷偷抹眼泪，学校有人能帮帮她吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'homework-punitive', qs: ['老师让每个错字抄五十遍明早交，写到快十一点，这正常吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'after-school-fee', qs: ['家里是低保户，学校说托管第二段个性化的要另交钱，我们交不起，要交吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'exam-content', qs: ['片区几所学校要一起出卷子考试，这允许吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'training-holidays', qs: ['家委会推荐的机构寒假开语文集训营，合规吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'exercise', qs: ['哥哥初二，妹妹三年级，学校每天要保证他俩运动多久'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'parent-checking-signing', qs: ['上了一天班回来还得把孩子作业检查一遍，这也算家校共育？'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'homework-layered', qs: ['难道老师留作业前自己都不做一遍吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'homework-layered', qs: ['外孙说作业分好几种，有必须做的，有愿意才做的，这是咋回事'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'complaints', qs: ['作业天天写到十点半，跟老师说了也没变化，我还能找谁反映'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'homework-time', qs: ['五年级作业比四年级翻了一倍，老师说为小升初打基础，这个量正常吗'] },
  { kind: 'batches AJ and AK: mixed personas, long private messages', entry: 'homework-at-school', qs: ['三年级的书面作业到底应该在哪儿完成'] },
  // batches AM and AN
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-for-parents', qs: ['开学老师给家长也布置了任务：每人交一篇一千字的育儿心得'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'courses', qs: ['音乐课隔三差五被数学老师拿去上，这合理吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'exam-content', qs: ['期中考试卷子一半是奥数题，课本上压根没讲过'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-for-parents', qs: ['美术课要交个纸板房子模型，一年级孩子哪会，最后还不是他爸粘的'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'mental-health', qs: ['孩子情绪很低落，学校有心理咨询室吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'after-school-fee', qs: ['孩子有残疾证，课后那个个性化课程也要交钱吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-layered', qs: ['班里同学成绩差距挺大，作业能不能分几档布置'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'teacher-paid-tutoring', qs: ['班主任寒假在自己家开小班，一人八百，还暗示我们去'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-electronic', qs: ['老师让一年级孩子每天用家长手机在APP上跟读，合规吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'courses', qs: ['学校大课间老因为赶进度取消，每天锻炼时间有没有硬杠杠'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-for-parents', qs: ['周末手工要做个纸灯笼，七岁娃哪会弄，最后全是孩子他妈在做，学校能这样布置吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-time', qs: ['請問三年級每天作業多長時間？'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-time', qs: ['回复李爸爸：初一作业不是说不超过一小时吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'exam-results', qs: ['期中考完把全班名次表贴在教室后墙，这允许吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-layered', qs: ['作业有哪几种类型，除了写的还有别的吗'] },
  { kind: 'batches AM and AN: many class groups, hurried replies, traditional characters', entry: 'homework-at-school', qs: ['娃上了学校托管，回家还有一堆作业没写，托管时间不是应该写完吗'] },
  // batches AP and AQ
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'parent-checkin', qs: ['背课文要家长录视频传到小程序打卡，一天不能断，这说得过去吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'after-school-time', qs: ['托管四点半就散了，我们双职工接不上，结束时间有规定么'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'training-hours', qs: ['辅导班两节课连着上，中间一点不歇，该隔多久'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'courses', qs: ['体育课老被主科老师拿去讲卷子，合理吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'zero-start', qs: ['开学老师说大家暑假都预习过了，讲得飞快，能这样吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'exam-frequency', qs: ['听说一年级期末也要进考场考卷子，真有这回事吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'exam-results', qs: ['卷子上只打了个优，没写分数，上头有规定吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'homework-layered', qs: ['老师出题前自己有没有先zuo一遍'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'homework-layered', qs: ['学霸和学困生写的作业一样吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'homework-publication', qs: ['学校公告栏每天贴各班作业内容和预计用时，是上面要求的吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'after-school-content', qs: ['托管的课表上写着语文新授，这样排课对吗'] },
  { kind: 'batches AP and AQ: natural mix, pinyin slips, quoted slogans', entry: 'training-ads', qs: ['海报上写着“不提分全额退费”的补习班广告，能随便贴吗'] },
  // batch AS
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'homework-time', qs: ['孩子读五年级，每天做业该做好久嘛'] },
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'parent-role', qs: ['作业都在学校写完了，晚上回家我该带孩子干点啥'] },
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'eyesight', qs: ['孩子天天抱着平板，眼睛都近视了，学校一学期给查几次视力'] },
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'training-nonsubject', qs: ['双减以后画画、游泳这些兴趣班也不能上了吗'] },
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'after-school-time', qs: ['学校说托管一周开三天就够了，规定是几天'] },
  { kind: 'batch AS: dialect durations, what to do after school, art classes, where to complain', entry: 'complaints', qs: ['学校还给二年级留书面作业，我想反映一下，有啥渠道'] },
  // batch AU
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'parent-checkin', qs: ['寒假背古诗要连续30天在小程序打卡，断一天就清零，这合理吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'parent-checking-signing', qs: ['练习册每页都要家长签名，我忘签了一次孩子就挨批评，这对吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'start-time', qs: ['初中部要求七点前进教室早读，这符合规定吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'parent-printing', qs: ['家里没打印机，老师让每周自己下载打印练习卷，合规吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'mental-health', qs: ['孩子总说压力大，学校有没有专门管心理的老师'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'after-school-fee', qs: ['托管分普惠和个性化两段，普惠那段要交钱吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'exercise', qs: ['三年级了，学校每天能保证孩子动多长时间'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'homework-coordination', qs: ['四年级，上周二语数英三门作业加起来写了两个多钟头，正常吗'] },
  { kind: 'batch AU: complaints stated rather than asked, with filler words', entry: 'parent-checkin', qs: ['孩子写完作业我得拍照发给老师，学校统一这么要求的吗'] },
  // batch AW: homework through the group, new institutions, print shops, parents' overnight crafts
  { kind: 'batch AW', entry: 'homework-via-group', qs: ['作业全在微信群里晚上才发，老师通过群布置作业有规定吗'] },
  { kind: 'batch AW', entry: 'training-nonprofit', qs: ['现在还能新开英语补习机构吗'] },
  { kind: 'batch AW', entry: 'parent-printing', qs: ['老师隔三差五发电子版试卷让家长自己打印，打印店都跑熟了，这样规范吗'] },
  { kind: 'batch AW', entry: 'homework-for-parents', qs: ['手工模型说是孩子的作业，结果群里晒的全是爸妈连夜赶工的成品，这种作业该留吗'] },
];

describe('question kinds missed by batches X–AW', () => {
  answersWith(cases.flatMap((c) => c.qs.map((q) => ({ q, id: c.entry, has: c.has }))));

  declines([
    // sleep trouble and fever are health questions, not the sleep rule
    '娃晚上睡觉老是打鼾怎么回事',
    '孩子量了体温三十八度，还能送学校吗',
    // being admitted to a high school is not in the seeds
    '今年县里高中分数线多少，俺娃能考得上不',
    // a holiday's length and the school entry age are not in the seeds
    '国庆放几天假，教育局有规定吗',
    '孩子上小学要满几周岁',
    // kindergarten fees are not in the seeds, even though 幼儿园 now and then tells the past
    '幼儿园大班学费多少合理',
    // a teacher moved to another campus is not in the seeds
    '班主任被调到别的学校了，家长能要求换回来吗',
    // a psychiatrist visit and a street lamp are not in the seeds
    '孩子最近不爱吃饭，要不要带去看心理医生',
    '放学那条路没有路灯，能找街道装灯吗',
    // an art class's fee or quality is not a policy question
    '舞蹈班学费贵不贵',
    '美术班一节课多少钱',
    // orthokeratology lenses are an eye doctor's question
    '给孩子配OK镜控制近视靠谱吗',
    // asking another parent for something, and where a lesson is held
    '谁有课表发我一下',
    '今天作业谁拍一下发我',
    '有谁知道体育课在哪上',
  ]);

  it('a form’s field quoted in the story still counts; an advert’s slogan does not', () => {
    expect(answerPolicyQuestion('反馈表有一栏写着“因时间过晚未完成，家长签字确认”。我签了，孩子第二天会不会被老师罚？').entryId).toBe('exemption-signoff');
    expect(answerPolicyQuestion('小区海报上写着“不提分全额退费”，这种补习班广告能随便贴吗').entryId).toBe('training-ads');
  });

  it('sorting new pupils into fast and slow classes is answered with the rule against it', () => {
    expect(answerPolicyQuestion('入学先考试再按成绩分快慢班，这样搞行吗').text).toContain('不得分重点班、快慢班');
  });

  it('the PE-time answer comes with the squeezed-lessons answer', () => {
    expect(answerPolicyQuestion('学校大课间老因为赶进度取消，每天锻炼时间有没有硬杠杠').text).toContain('1小时');
  });

  it('a question in traditional characters is read in simplified ones', () => {
    expect(answerPolicyQuestion('請問三年級每天作業多長時間？').text).toContain('60分钟');
  });

  it('a group reply’s 回复某某： is not part of the question', () => {
    const a = answerPolicyQuestion('回复李爸爸：初一作业不是说不超过一小时吗');
    expect(a.entryId).toBe('homework-time');
    expect(a.text).toContain('90分钟');
  });

  it('the parent’s part states what parents do about homework: see that it is done on time', () => {
    expect(answerPolicyQuestion('双减以后家长还要管孩子写作业吗').text).toContain('督促');
  });

  it('two children at two stages get both stages’ figures', () => {
    const a = answerPolicyQuestion('家里大的上初中，小的八岁，两个孩子各该睡多久？').text;
    expect(a).toContain('10小时');
    expect(a).toContain('9小时');
  });

  it('小学高年级 is grades 3–6, not all of primary', () => {
    const a = answerPolicyQuestion('小学高年级，各科加起来每晚要写两个小时，这量正常吗？').text;
    expect(a).toContain('60分钟');
    expect(a).not.toContain('一、二年级');
  });

  it('上初中 is getting in only when the question is about getting in', () => {
    expect(answerPolicyQuestion('上初中要考试吗').entryId).toBe('admission');
    expect(answerPolicyQuestion('孩子刚上初中，要考几次试').entryId).toBe('exam-frequency');
  });

  it('a clause that points back (这样布置) is not read alone', () => {
    // The last clause alone (这样布置作业行吗) would answer with the homework time cap.
    const a = answerPolicyQuestion('三年级老师让每天在平板上做口算，系统自动记分，这样布置作业行吗？');
    expect(a.entryId).toBe('homework-electronic');
  });

  it('a follow-up clause with one topic does not replace the question before it', () => {
    expect(answerPolicyQuestion('托管的时候都做些什么，就是写作业吗').entryId).toBe('after-school-content');
  });

  it('开小班 is tutoring, not the kindergarten class', () => {
    expect(answerPolicyQuestion('数学老师在家开小班收费，这行吗').answered).toBe(true);
  });

  it('a dialect question ending in 不 or 没 is still a question in the group', () => {
    expect(isClearPolicyQuestion('初中作业一天最多写多久 有规定没')).toBe(true);
  });
});
