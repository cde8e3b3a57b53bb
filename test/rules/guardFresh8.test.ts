// Kinds of teacher message that holdout batches IW (1.000 / 1.000), IX (1.000 / 1.000), IY (1.000 / 1.000),
// IZ (1.000 / 0.900), JE (1.000 / 1.000), JF (1.000 / 0.933), JG (1.000 / 0.900), JH (1.000 / 0.900),
// JM (1.000 / 0.967), JO (0.967 / 0.967), JN (0.966 / 0.933), JP (1.000 / 0.833), JT (0.968 / 1.000),
// JU (0.933 / 0.933), JV (1.000 / 0.900), KD (0.968 / 1.000), KA (1.000 / 0.933), KC (1.000 / 0.933)
// KB (1.000 / 0.933), KL (0.967 / 0.967), KI (0.935 / 0.967), KK (0.966 / 0.933), KJ (0.968 / 1.000),
// KR (1.000 / 0.900), KQ (1.000 / 1.000), KT (1.000 / 0.933), KS (1.000 / 1.000), KY (1.000 / 1.000),
// KZ (0.968 / 1.000), LA (1.000 / 0.933), LB (1.000 / 0.867), LJ (1.000 / 0.900), LG, LI and LH (1.000 / 1.000),
// LQ (1.000 / 0.967), LP (0.968 / 1.000), LO (1.000 / 0.967) and LR (1.000 / 0.967)
// got wrong on their first run, written again here in new words, with look-alikes on the other side of each fix.
import { describe, expect, it } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches IW–LR', () => {
  refuses([
    // a piece that must look good, the parents asked to take pains over it
    '科学节的太阳能小车要做工精致，能跑起来，家长们多费点心，周三交到科学室。',
    '班级手工展的灯笼造型要新颖美观，辛苦家长这周末多上心。',
    // a piece the parent makes, with materials named between
    '本周家校共育：请每位家长用旧纸箱做一件作品，周五带来展评。',
    // made with the child, the parent leading
    '地理课的等高线模型请家长带着孩子一起做，尽量做得精美些，要参加年级展览。',
    // printing said without 打印
    '复习单学校来不及印了，麻烦家长在家打一下彩色的，明早带来。',
    // a study-trip report printed at home
    '研学手册电子版已发群里，请家长打印出来，孩子填好开学交。',
    // a photo of the child at study sent to the group
    '国庆“自律小达人”：每天孩子写作业时家长拍一张照片，晚上发到班级群，开学评比。',
    // the parent copies the readings for the survey
    '数学调查作业《家里一周用多少电》：家长负责每天抄电表，孩子周日把表交来。',
    // the parent does the problems first, named just before
    '这周的思维拓展题，请家长先自己做一遍，解法写在纸上让孩子带来。',
    // proof of the work, the work not counted without it (未完成 is the penalty here, not the sign-off)
    '数学练习做完后请在班级小管家上传照片，没上传的视为未完成。',
    // the parent writes the right working onto the child's paper
    '单元卷错题订正不会的，家长直接把正确过程写在题目旁边，明天交。',
    // the parent fills in what the child did not finish
    '今晚的生字本没写完的，请家长帮忙把剩下的补上，明早收。',
    // the school's rollout of tablet homework, the school named a clause before
    '学校引进了智慧课堂系统，四年级的数学作业以后都在平板上完成，请家长提前准备好设备。',
    // English-learning apps for primary pupils, the grade written in English
    '四年级英语：每天在百词斩上打卡背10个单词，系统会统计。',
    'Grade 3 的同学这周在 Duolingo 上完成两个单元练习，用家长手机就行。',
    '二年级寒假英语：每天在线上读一本 RAZ 绘本，系统自动记录。',
    // a video piece the parent scripts and edits
    '英语节每个孩子交一个讲故事视频，请家长帮孩子写讲稿、加字幕，周四前发给我。',
    // a reading log kept by the parent in a chain, with make-up entries
    '21天阅读挑战：家长每天在群接龙里登记孩子读的书名和页数，漏了要补卡。',
    // the child too young, the child's survey form handed to the parent
    '孩子们还小，不会查资料，这份“家乡的桥”调查表请家长代填，周四交。',
    // copying the sheet out by hand instead of printing it
    '练习卷不用打印了，家长把题目抄到孩子的练习本上，孩子照着做，明天交。',
    // a recording of the song learnt in music class, sent to the teacher
    '请家长用手机录一段孩子唱本周学的歌曲，发到我微信。',
    // the parent makes the piece if the child cannot
    '美术课的纸雕作品，孩子不会剪的话家长替他剪好也行，周三必须交。',
    // an app that counts through the camera, for primary pupils
    '三年级体育：每天用手机对着镜头做仰卧起坐，AI自动计数，成绩进排行榜。',
    // the parents given their own copy of the test to hand in
    '附件是孩子今天的单元卷，请家长自己做一遍，明天把家长答卷交上来。',
    // a report the parent writes up for the child
    '辛苦家长替孩子把这学期的研学实践报告整理一下，写成600字交上来。',
    // an analysis the parent composes
    '请每位家长整理一份孩子本学期英语错题的分析，下周家长会带来。',
    // the parents' part of a shared sheet
    '本学期实行“亲子共读单”，家长那一栏由家长本人填写，每周上交。',
    // cards the parent makes
    '请家长每天给孩子做8张识字卡片，周五我来检查。',
    // the parent writes first, the child copies
    '日记孩子写不出来的，家长先写好让孩子照着抄，明天都要交。',
    // the child cannot write yet, the parent fills in the log
    '科学观察记录孩子还写不了几个字，家长帮忙把每天的记录都填上，周五交。',
    // a holiday handbook the parents print and bind
    '《寒假成长手册》电子版在群文件，辛苦大家彩色打印装订好，开学交回。',
    // downloaded from the class group and printed at home
    '本周的口算练习纸请家长从班级群下载打印，孩子周末完成。',
    // after the teacher's own posting, a bare instruction to the parents
    '各位家长，每周日我会在群里发下周的学习单，打出来放进孩子书包就行。',
    // a copy the parent makes over the month
    '为了营造书香家庭，每位家长本学期要抄写《三字经》一遍，期末带到学校展评。',
    // marking the child's test at home, the marks sent to the teacher
    '周测答案已发群里，请家长在家帮孩子打分，分数私信给我。',
    // the parent drafts the start of the essay
    '今晚的作文请家长帮孩子先写好开头，孩子再接着往下写。',
    // a parents' handbook with a quiz after each unit
    '请各位家长本月学完《家长安全教育手册》前三章，每章学完参加线上小测。',
    // the school puts all primary grades on a platform
    '经学校研究，我校一至六年级语文每日练习统一在“智学”平台完成，请家长准备好平板。',
    // traditional characters, read as simplified
    '各位家長：請對照答案批改孩子的聽寫，並寫上等級。',
    '本週練習卷已上傳群文件，請家長自行下載列印。',
    '三年級同學今晚的作業是網上的15道口算題，連結已發群裡。',
    // a script the parent prepares and writes out
    '下周口语课，请每位家长准备一份两分钟的家庭趣事讲稿，手写好让孩子带来。',
    // if the child still cannot, the parent writes the steps in
    '思维题请家长讲给孩子听，还不会就把步骤帮他写上，别空着。',
    // a notice for the bot to post to named parents, with a check phrased as 看看有没有
    '小助手，帮我通知三年级家长：作文本每晚翻一翻，看看有没有写满一页，写满了签个字。',
    // a photo sent through an app every Monday, as the record of completion
    '暑假安排：每周一在钉钉群提交一次孩子的阅读照片，作为假期作业完成记录。',
    // the parent fills in the survey instead of the child
    '家庭调查表（每月用水量）请家长直接填好，不用孩子写，周一交。',
    // whose the paper is does not make the child the checker
    '期末复习请大家把好关：孩子每晚的练习卷帮忙看一下对错，签上名字。',
    // a model that must look good, the parents to help make it
    '每个家庭做一个风力小车模型，请家长动手协助，模型要做得精美，参加评比。',
    // the child writes slowly, the parent fills in the form
    '社会实践记录表由家长代填就行，孩子写字慢，周一交。',
    // the parent made to teach a lesson, with its record handed in
    '假期里请家长给孩子上两节十五分钟的数学小课，写好备课记录，开学上交。',
  ]);
  allows([
    // pitching in on the child's care, not on a piece
    '孩子这几天咳嗽，家长多费心照顾，作业可以晚点交。',
    '家长多费心，孩子最近上课有点走神，在家多聊聊。',
    // reading together, led by the parent
    '周末请家长带着孩子一起读一本绘本，不用打卡。',
    // a form made with the phone, not homework
    '请家长用手机扫码做一个满意度问卷，周五前完成。',
    // the teacher prints
    '复习单学校统一打印，明天发给孩子，家长不用打。',
    // a trip photo, not the child at work
    '秋游时家长志愿者拍的活动照片已经发到班级群相册，欢迎大家下载。',
    // the child makes the piece himself
    '手工灯笼孩子自己做，简单就好，家长不用帮忙。',
    // a signature box on a printed template, to be ignored
    '练习卷背面印的“家长签字”一栏不用管，是模板自带的。',
    // some parents send photos unasked, and are told to stop
    '最近还有家长半夜把孩子作业拍给我问对错，辛苦了，真的不用这样，老师明天会批改。',
    // a teacher who sets the questions, not the parent
    '本次测验的出题范围是第三、四单元，家长不用额外准备。',
    // a parents' chain for signing up to an event
    '亲子运动会报名请家长在群里接龙，写上孩子姓名和项目。',
    // English reading encouraged with no proof
    'Reading time：鼓励孩子每天读一点英文绘本，不用打卡，也不用拍照。',
    // art supplies on A4 paper, not a sheet to print
    '手工课要用A4卡纸和胶棒，请家长帮孩子准备好，周三带来。',
    // the earlier ask taken back as a slip, or withdrawn with the rule quoted
    '更正：刚才说请家长检查口算并签字，是我说错了，口算我明天在学校批。',
    '【更正】昨天“作业需家长签字”那条撤回，按规定不以家长签字作为完成作业的依据。',
    // a form about the family, filled in by the parent
    '孩子年纪小，入队申请表请家长代填，周五带回。',
    // a condition that does not hand the work over
    '家长不需要的话，可以不用打印，孩子在学校领纸质版。',
    // the sign-off described in the sentence after the cut-off
    '作业写到九点还没完成的，不用硬撑。家长在本子上写“已尽力”并签名，孩子去睡，第二天不补不罚。',
    // paperwork about the family, not the child's work
    '请家长整理一份家庭紧急联系人名单，周五前交给班主任。',
    // a teacher showing how to write, copied by the child
    '家长可以先示范写一遍让孩子照着写，写不好也没关系。',
    // the school films and posts the show later
    '元旦汇演由学校统一录像，家长不用在台下拍，之后会发到班级群。',
    // corrections done in class, marks left to the teacher
    '单元卷我已批完，孩子带回家家长看看就好，订正放在课上进行。',
    '孩子回家先写作业再玩，家长帮着看看时间就行，作业对错交给老师。',
    // witnessing progress at an open day, and a heading
    '【成长见证】作品集和奖状都放进了成长档案袋，开放日欢迎家长来教室一起见证孩子们的进步。',
    // some parents send photos unasked and are told to stop
    '有几位家长每天把孩子作业拍了发我 以后不用发了 我在学校都会看',
    // the school printed the paper copies
    '寒假作业纸质版学校已经统一印好，明天发给孩子，家长不用打印。',
    // traditional characters, nothing forbidden
    '各位家長：明天秋遊，請給孩子準備好水和午餐，注意安全。',
    // a fruit, not a piece of writing
    '请家长准备一份水果，周五班会分享。',
    // a question put to the bot, not a notice
    '小助手，一年级能不能布置在平板上做的作业？',
    // handed in on Monday at school
    '作文本周一交给老师就行，家长不用检查。',
    // the family's own form, filled in by the parent
    '家庭信息表请家长直接填好，不用孩子写，周五带回。',
    // a life photo for the class wall, not homework
    '班级文化墙需要每个孩子一张生活照，请家长发到我微信，我统一冲印。',
    // the pupil checks his own work
    '孩子每天的作业自己检查一遍再交，家长不用看。',
    // a lesson the parents come to watch
    '周四家长开放日，欢迎家长来听老师给孩子上一节公开课。',
  ]);
});

describe('the rule, the words and the source behind each fix', () => {
  it('reads a traditional-character notice as simplified and names the marking rule', () => {
    const v = classifyTeacherMessage('各位家長：請對照答案批改孩子的聽寫，並寫上等級。', { grade: 4 });
    expect(v.verdict).toBe('refuse');
    expect(v.rule).toBe('parent_grading');
    expect(v.triggers).toContain('批改');
    expect(v.source).toMatch(/^00[0-4]_/);
  });

  it('takes 帮我通知X家长 as a notice to post and keeps the class named, so app homework is judged as primary', () => {
    const notice = classifyTeacherMessage('小助手，帮我通知三年级家长：作文本每晚翻一翻，写满了签个字。');
    expect(notice.rule).toBe('parent_checking_signing');
    const app = classifyTeacherMessage('小助手，帮我发给五（2）班：周末在平板上完成语文练习');
    expect(app.rule).toBe('electronic_homework_primary');
    expect(classifyTeacherMessage('小助手，一年级能不能布置在平板上做的作业？').verdict).toBe('allow');
  });

  it('names the photo sent through an app as the check-in rule, and a life photo as no homework', () => {
    const v = classifyTeacherMessage('暑假安排：每周一在钉钉群提交一次孩子的阅读照片，作为假期作业完成记录。');
    expect(v.rule).toBe('parent_checkin_upload');
    expect(v.rewording).not.toContain('钉钉');
    const life = classifyTeacherMessage('班级文化墙需要每个孩子一张生活照，请家长发到我微信，我统一冲印。');
    expect(life.verdict).toBe('allow');
    expect(life.triggers).toContain('生活照');
  });

  it('reads 不补不罚 after the cut-off as the sign-off, and 记为未完成 as a penalty', () => {
    const signOff = classifyTeacherMessage('作业写到九点还没完成的，不用硬撑。家长在本子上写“已尽力”并签名，孩子去睡，第二天不补不罚。');
    expect(signOff.verdict).toBe('allow');
    const penalty = classifyTeacherMessage('作业完成后请在班级小管家上传照片，未上传的记为未完成。', { grade: 3 });
    expect(penalty.rule).toBe('parent_checkin_upload');
  });

  it('names the parent filling in the child’s form as doing the homework, with the form in the triggers', () => {
    const v = classifyTeacherMessage('社会实践记录表由家长代填就行，孩子写字慢，周一交。');
    expect(v.rule).toBe('parent_does_homework');
    expect(v.triggers).toContain('代填');
    expect(v.rewording).toBeTruthy();
  });
});
