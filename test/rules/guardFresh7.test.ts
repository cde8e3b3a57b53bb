// Kinds of teacher message that holdout batches GX (precision 0.897, recall 0.867), GZ (0.964 / 0.900),
// GV (1.000 / 0.900), HD (1.000 / 0.933), HF (0.966 / 0.933), HB (0.929 / 0.867),
// HH (0.963 / 0.867), HL (0.931 / 0.900), HJ (1.000 / 0.967),
// HR (1.000 / 0.867), HN (1.000 / 0.967), HP (1.000 / 0.933),
// HV (0.967 / 0.967), HT (0.929 / 0.867), HX (0.964 / 0.900),
// ID (1.000 / 0.900), HZ (1.000 / 0.967), IB (1.000 / 0.933), IH (1.000 / 0.900), IF (1.000 / 1.000),
// IL (0.966 / 0.933), IJ (1.000 / 0.867), IN (1.000 / 0.967), IP (1.000 / 0.967) and IR (1.000 / 0.867) got wrong on their first run, written again here in new words, with look-alikes
// on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches GV–GZ', () => {
  refuses([
    // the part of the piece that makes it look good, handed to the parents
    '元旦手抄报的标题和配图部分请爸爸妈妈搭把手，班里要评比。',
    // a piece judged on its looks, the parents asked to pitch in
    '生物小组要做细胞模型，尽量做得美观一些，手巧的家长多出点力，周五参展。',
    // the child's sheet filled in by the parent because the child cannot
    '社会实践调查表孩子太小写不清楚，请家长来填，下周一交。',
    '春节习俗调查表孩子填不了的栏目，爸妈直接填好就可以。',
    // a page the parent writes by hand
    '请每位家长手写一页育儿心得，周五让孩子带来。',
    // a signature per subject, and the work not counted without it
    '本周起实行“一科一签”：完成一门家长签一门，漏签按未完成处理。',
    // the school's arrangement heads an app task for primary classes
    '我校五、六年级统一安排：每晚用学习机完成数学闯关，记录计入平时成绩。',
    // marking said as 阅个卷 and 估个分
    '周末练习册后面附了答案，辛苦家长们阅个卷，给孩子估个分。',
    // a photo of the child with the work, as proof of reading
    '每背完一首古诗，请在小程序上传一张孩子和诗卡的合照。',
    // a top-ten list attached below, the rest told privately
    '月考成绩已出，前十名名单附在下面👇 其余同学请私聊。',
    // a report of what parents said does not take back a request after it
    '有家长反映作业太多，所以从今天起请家长每晚检查作业并签字。',
    // reading the work done, then signing it, is still proof
    '期末复习单孩子读完后，请家长签字。',
  ]);
  allows([
    // the parents' own form
    '家长信息表孩子填不清楚，请家长来填，明天交回。',
    // pitching in on an event, no piece made
    '运动会需要志愿者，家长们多出点力，谢谢！',
    // a signature on a leave note
    '请假条家长签一份，明天带来。',
    // the school marks everything; parents need not
    '我校统一安排：作业全部在校批改，家长不用再批。',
    '作业我们在学校统一批改，家长不用对答案。',
    '学校统一阅卷，成绩不公开，家长不必给孩子估个分。',
    // a group photo shared, no proof of work
    '毕业合影已上传到群相册，家长可以自行下载。',
    // a ranking word with no list, told privately
    '想了解孩子名次的家长请私下联系我。',
    // what parents said, then a negation
    '有家长反映每天签字太麻烦，这里说明：作业不需要家长签字。',
    // 大家 are the pupils who recite
    '明天课上同桌互相抽查单词，今晚大家背会就行。',
    // a form read, then signed
    '寒假安全责任书已发给孩子，请家长看完后签字交回。',
  ]);
});

describe('guard kinds missed by batches HB–HF', () => {
  refuses([
    // the look of a piece, or its research and writing, put on the parents
    '黑板报的排版和插图请家长负责，孩子写字就行，周三评比。',
    '社会实践报告的数据收集和撰写请家长帮忙搞定，格式要整齐。',
    // a model assembled by the fathers
    '航模比赛作品难度大，请爸爸们周末动手组装好，周四送到学校。',
    // printed at home, then packed in the bag
    '单词听写纸模板发群里了，请家长提前印好放进孩子书包。',
    // an app opened on the parent's tablet for a daily practice
    '二年级小朋友用家长的平板打开“每日口算”，每天做两页。',
    // a course for parents, with feedback or a quiz as proof
    '本周家长课堂：请家长们观看“如何陪伴孩子”视频后填写学习反馈，周五截止。',
    '安全教育平台的“暑期专题”请用家长账号登录学习并答题，今晚统计完成率。',
  ]);
  allows([
    // a notice packed in the bag
    '请家长把打印好的通知放进孩子书包。',
    // the homework list looked at on the phone
    '请家长用手机打开链接，查看本周作业安排。',
    // a talk for parents, no proof wanted
    '家长学校讲座本周六自愿收看，不用提交心得。',
    // a pupil officer keeps the record; the teacher marks
    '口算练习写完交给小组长登记，我来批改。',
    // a form read carefully, then signed
    '安全承诺书请家长认真阅读，签好字让孩子带来。',
    // parents in charge of the ride, not the piece
    '黑板报由孩子们自己设计，家长负责接送就行。',
  ]);
  // the app records it itself, junior school
  allows(['初二听力练习在“翼课网”上完成，系统只记录完成情况，家长不用签字。'], 8);
});

describe('guard kinds missed by batches HH–HL', () => {
  refuses([
    // a test paper signed in full, chased by phone
    '数学检测卷发回去了，请家长看后在卷首签全名，没签的我逐个打电话。',
    // a code of conduct copied out by the parents
    '请爸爸妈妈们把《安全守则》抄写一遍，周五交回。',
    // recitation heard, marked 过关 and signed off by the parent
    '请家长听孩子背第三课，背熟了在书上写“过关”，家长落款。',
    // the parent as the main maker
    '手工灯笼这次主要请家长来做，孩子帮着贴贴纸就行，周五挂教室。',
    '每家做一个电动小风扇，家长主做，孩子在旁边看，周四参展。',
    // the rest copied by the parent, the work named a sentence before
    '生字每个写三行。写得慢的孩子，剩下的请家长替她写完。',
    // a memory book page written and laid out by the parent
    '毕业纪念册每人一页，请家长帮忙把文字写好、照片排好。',
    // a quiz for parents counted in the class's ranking
    '家庭教育知识竞赛请每位家长在线上答完30道题，计入班级考核。',
  ]);
  allows([
    // handed back to the pupils, who correct it
    '练习卷我都改完了，明天发下去大家订正，家长不用看。',
    // listening to the recording, no recording asked
    '今晚听课本录音跟读第三单元，不用录音，不用发群。',
    // the sign-off at the cut-off, in the parent's own words
    '到21:00作业仍没完成的，请家长在本子上写明“已到截止时间”并签名，孩子直接睡觉。',
  ]);
});

describe('guard kinds missed by batches HN–HR', () => {
  refuses([
    // a log sheet of the homework, ticked and signed by the parent
    '背诵第五课，家长听完在背诵记录表上打勾签名，周一交表。',
    // the video named before the verb
    '每天跳绳300个，视频发班级群💪',
    // marking said as 判对错
    '练习卷后面有答案，请家长帮忙判一下对错',
    // questions set, or notes written, by the parents themselves
    '每位家长准备两道趣味数学题，下周班会分享',
    '家长的读书心得每月一篇，家委会收齐',
    // measuring for the child's science record
    '科学课的种子发芽记录，孩子住校，请家长替她量一下芽长、把表填好。',
  ]);
  allows([
    // a sign-up sheet, not a homework log
    '运动会报名登记表请家长签名。',
    // photos of an event
    '照片发群里的是运动会的，大家看看。',
    // measuring the child, not the child's work
    '体育课要测身高，请家长帮孩子量一下。',
    '请家长帮孩子量一下身高体重，填在体检表上。',
    // the teacher prepares the questions
    '老师准备了两道趣味题，明天课上讲。',
  ]);
});

describe('guard kinds missed by batches HT–HX', () => {
  refuses([
    // the parts the child cannot do, filled in by the parent
    '社会实践调查表要查水费单，孩子不会的部分家长直接帮着填上，周五交。',
    // the teacher reports what she posted, then asks the reader to print it
    '我把复习题（共6页）发群里了，请到打印店出一份给孩子做。',
    // photos said to be the proof, whatever they show
    '劳动周：请把孩子扫地的照片发到班级相册，作为劳动作业完成的证明。',
    // each family prints a sheet
    '观察日记的材料发群里了，每家印一张带来。',
    // the child's portfolio written by the parent
    '“我的成长”档案请家长把文字部分帮孩子写好，孩子贴照片。',
    // the parent teaches, then writes notes on the sheet
    '家长每晚给孩子讲两道应用题，讲完在题单上写要点。',
    // scanned and sent up
    '朗读作业请家长用手机扫本子上的二维码传上去。',
    // items under a heading that gives them to the parents
    '本学期每位家长需完成：\n1. 每月读一本育儿书；\n2. 撰写读后感不少于600字。',
  ]);
  allows([
    // classmates checked it; the teacher re-marks
    '课堂练习同桌已经互相查过一遍，明天我再复批。',
    // what some parents did, and that it is not needed
    '有家长私信发孩子作业照片给我，其实不用发，我在学校批改。',
    // tell the teacher when it runs over: load feedback, not proof
    '家长不用检查，也不用签字，孩子超时了跟我说一声就行。',
    // the sign-off explained across a numbered list
    '学校关于家长签字免写的说明：\n1. 晚上9点仍未完成的可以停止书写；\n2. 由家长在作业本上签字说明；\n3. 老师不批评。',
    // the parents' heading with ordinary asks under it
    '本学期每位家长需完成：\n1. 每周陪孩子运动三次；\n2. 按时参加家长会。',
    // a record about the child, filled in by the family
    '学籍档案信息请家长帮孩子填写，周五交。',
  ]);
});

describe('guard kinds missed by batches HZ–ID', () => {
  refuses([
    // the child cannot make it; the mothers are to show their skill
    '手工节每人交一个小风车，孩子自己很难做出来，辛苦妈妈们大显身手，周三带来展示。',
    // printed, said as a paper draft
    '期末复习卷在钉盘里，请家长下载出纸质稿，孩子做完带来。',
    // the look of the piece handed to 您
    '黑板报的标题美术字和插图由您来操刀，孩子写两句话就行，周五评比。',
    // hours of a course for parents, with a screenshot
    '请家长在“家长云课堂”学满5课时，截图发我。',
    // signing once the reading is fluent
    '今天学了新课文，请家长听孩子读三遍，读熟了就在题目旁边签上您的名字。',
    // both parents each copy a classic out
    '这周请爸爸妈妈各抄写一遍《三字经》前两段，周一交。',
  ]);
  allows([
    // what the child cannot make is done in class
    '孩子自己很难做出来的部分，课上老师会带着做，家长不用帮忙。',
    // a course for parents, no proof wanted
    '家长云课堂本周自愿观看，不用截图。',
    // a form read, then signed
    '安全承诺书读完后请签上您的名字。',
  ]);
});

describe('guard kinds missed by batch IH', () => {
  refuses([
    // a clip sent to the group counts as done
    '每晚跳一百个绳，奶奶用手机录一段发到群里就算完成。',
    // the parent finds the mistakes, explains, and writes 已讲评
    '试卷发回去了，请家长看看孩子错在哪，讲明白后在卷子上写“已讲评”。',
    // a reflection from every household
    '这周搞隔代教育活动，每户交一份心得体会，周五收齐。',
  ]);
  allows([
    '运动会的视频我发到群里了，大家可以看看。',
    '这周隔代教育讲座，欢迎爷爷奶奶自愿参加，不用交心得。',
  ]);
});

describe('guard kinds missed by batches IJ–IN', () => {
  refuses(
    [
      // the parent rewrites the child's draft
      '作文初稿写完，请家长帮孩子改写一遍再让他誊抄，要参赛。',
      // parents learn the words and answer the teacher's quiz
      '家长这周也跟着学第五单元的单词，周五我在群里出题，家长来答。',
      // a field left empty counts the work undone
      '作业本“家长意见”一栏必须填写，空着的按未完成处理。',
      // the parent does the paper too
      '家长自己也把这张练习卷做一遍，感受一下难度。',
      // reading pages reported every night
      '请家长每晚在小管家里报一下孩子的阅读页数。',
      // the parent translates and copies it into the book
      '孩子编故事，家长负责翻译成英文抄在本子上，下周评比。',
      // counting right answers and writing the rate
      '口算做完，麻烦家长数一下做对几道，把正确率写在下面。',
    ],
    8,
  );
  allows(
    [
      // a pen with 签字 in its name
      '明天物理实验课，请带好记录本和黑色签字笔。',
      // the child fills in the reading card
      '阅读记录卡由孩子自己填书名和页数，家长不用签字。',
    ],
    8,
  );
});

describe('guard kinds missed by batches IP–IR', () => {
  refuses([
    // the parent may take the whole piece on
    '元旦手抄报要评比，排版、插画都要好看，家长可以全权负责。',
    // dictation given by the parent, a number of words
    '请家长每晚给孩子报15个生字让孩子默写，报完记下错了几个。',
    // the sums the child cannot do, done by the parent
    '数学实践：量一量课桌的长和宽，孩子不会算面积的，家长帮着算好写上。',
    // a list of names and marks, the rest told privately
    '期末测验前五名——张三99、李四97、王五96，其余同学的家长请私聊我。',
    // word cards made by the parents
    '请每位家长把这一课的生词各做一张卡片，周一带来。',
  ]);
  allows([
    // ranks told privately, no list in the group
    '想了解孩子名次的家长请私聊我，名单不在群里发。',
    // the teacher makes the cards
    '老师准备了生字卡，明天课上用。',
  ]);
});

describe('the rule and the words behind each fix', () => {
  const verdict = (text: string, grade = 4) => classifyTeacherMessage(text, { grade });

  it('names the rule each new kind breaks, with the words that triggered it', () => {
    const fills = verdict('春节习俗调查表孩子填不了的栏目，爸妈直接填好就可以。');
    expect(fills.rule).toBe('parent_does_homework');
    expect(fills.triggers).toContain('调查表');
    const marks = verdict('周末练习册后面附了答案，辛苦家长们阅个卷，给孩子估个分。');
    expect(marks.rule).toBe('parent_grading');
    expect(marks.triggers).toContain('阅个卷');
    expect(verdict('每背完一首古诗，请在小程序上传一张孩子和诗卡的合照。').rule).toBe('parent_checkin_upload');
    expect(verdict('月考成绩已出，前十名名单附在下面👇 其余同学请私聊。').rule).toBe('scores_ranking');
    expect(verdict('本周起实行“一科一签”：完成一门家长签一门，漏签按未完成处理。').rule).toBe('parent_checking_signing');
  });

  it('holds the school-wide app task to primary classes', () => {
    const text = '学校统一安排：每晚用平板完成英语单词闯关，闯关记录计入平时成绩。';
    expect(verdict(text, 5).rule).toBe('electronic_homework_primary');
    expect(verdict(text, 8).verdict).toBe('allow');
  });

  it('says why a form signature is allowed', () => {
    const v = verdict('寒假安全责任书已发给孩子，请家长看完后签字交回。');
    expect(v.verdict).toBe('allow');
    expect(v.triggers).toContain('责任书');
  });
});
