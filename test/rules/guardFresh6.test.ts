// Kinds of teacher message that holdout batches FP (precision 0.963, recall 0.867), FR (1.000 / 0.867) and
// FX (0.923 / 0.800), FV (1.000 / 0.967), GA (1.000 / 0.900), GB (1.000 / 0.867), FW (1.000 / 0.800), GG (0.966 / 0.933), GH (1.000 / 0.933), GF (1.000 / 0.767), GK (1.000 / 0.800), GL (0.964 / 0.900), GO (1.000 / 0.833), GP (0.852 / 0.767), GT (1.000 / 0.933) and GS (1.000 / 0.967)
// got wrong on their first run, written again here in new words, with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches FP–GB', () => {
  refuses([
    // a ranking list, numbered, with private talk offered for the rest
    '期末年级前五：1.王磊 2.孙悦 3.李想……其余同学的情况请私聊我。',
    // a scan sent to an app
    '每天的口算写好后请家长扫描上传到“晓黑板”，我统一点评。',
    // the parent makes the piece, said with 直接 or 商量着
    '环保时装秀的服装孩子做不了，家长直接动手做，周五穿来。',
    '小组的手抄报请几位家长商量着做好，下周一交。',
    // the parent fills in the child's form on his behalf
    '劳动实践记录单孩子不会写，家长帮她填好就可以。',
    // the parent writes out what is handed in
    '请每位家长亲手抄写一首送给孩子的诗，周三带来布置教室。',
    '请家长今晚上网查好家乡的三道名菜，写在卡片上让孩子带来。',
    // an app's level played on the parent's phone
    '一年级小朋友今晚在“数学乐园”闯第5关，家长把手机给孩子用一会儿。',
    // FX: the parent finishes the child's drawing for a show
    '书法作品要送去参展，孩子写得不好的字请家长帮着润色一下。',
    // FX: a home-made piece the parent mostly builds
    '自制风力小车，主要由家长动手，孩子打下手，下周带来。',
    // FX: a coding level passed on a computer, primary
    '五年级信息课：回家在编程平台上通关第三关，下节课检查。',
    // FX: a drawing looked over and signed by the parent
    '素描画完后请家长过目，满意了在右下角签个名。',
    // FX: parents research and put it on a page
    '请家长利用假期查一下本地名人的资料，整理成一页纸让孩子带来。',
    // FX: a chore filmed and shown off in the class feed
    '劳动周请家长录下孩子叠衣服的影像，晒到班级圈。',
    // FV: a child's writing shown off in the class group
    '坚持练字，请家长每周晒两张孩子写的毛笔字到群里。',
    // GA: checking put in quotes, before the work is packed
    '作业写完请家长先“验收”一遍再放进书包。',
    // GA: answers compared by the parent, the count written down
    '听写本家长对完后在下面写上错了几个。',
    // GA: the parents' own notebook, checked by the teacher
    '请家长准备一本读书笔记本，每周老师抽查家长的笔记。',
    // GB: printing said as output to paper
    '练习卷我发群里了，家长帮忙输出到纸上，明天带来。',
    // GB: the parent confirms the work, then marks it
    '抄写本家长看过确认没问题后，在本子上画个笑脸。',
    // GB: pitching in on a piece beyond the child, for a show
    '手工灯笼孩子能力有限的，家长多帮帮忙，做得精致些，要参加评比。',
    // FW: marking against the answers, said to the reader
    '请对照群里的答案帮孩子算个分，写在卷首。',
    '请家长当一回“小老师”，把作文里的错字改在旁边，再给个A/B/C等级。',
    // FW: the parent takes over the making, copies out the piece
    '孩子不会做的话，爸爸妈妈就上手做，周五带来参赛。',
    '板报上孩子写不好的字请家长誊写。',
    // FW: results and videos handed in on an app
    '请每天把跳绳成绩和视频提交到小管家。',
    // FW: a parents' course with a piece attached
    '家长学校课后任务：每位家长附上一篇育儿心得。',
    // GG: printing said with 印 alone
    '听写纸请家长回家印好，一人三张，明天带来。',
    '生字练习纸家长自行印一下，周五带来。',
    // GG: a picture of the finished piece sent to the group album
    '画完后麻烦传一张清楚的照片到班级相册。',
    // GH: the parent leads the making; a full-name signature on the work
    '航模孩子一个人做不了，请家长制作为主，周五带来展示。',
    '每天的口算本请家长看过后签全名。',
    // GF: survey data gathered by the parent into the form
    '科学观察作业：记录一周天气，数据请家长帮忙记录好，填在表格里。',
    // GF: a ranking table posted as a picture, the rest told privately
    '月考成绩表见图，后几名的家长请私下联系我。',
    // GF: an app named only in quotes, primary
    '今晚英语在“趣味课堂”上完成跟读，系统自动打分。',
    // GF: the parent learns the lesson, or reads a book for a parents' club
    '这周的古诗请家长先自己背会学会，周五我抽查家长。',
    '家长共读任务：每位家长本周读完《好妈妈胜过好老师》第一章，周末分享。',
    // GF: a parents' course with notes to fill in
    '请家长观看今晚的家庭教育直播课，看完填写听课笔记。',
    // GF: the paper looked over before it is packed
    '周末卷请家长看一遍再装书包，在右上角写个“阅”字。',
    // GK, GL
    '家校本上“家长意见”一栏每天必须填写，没填的按未完成算。',
    '劳动作业：拍两张做家务的照片发班级相册。',
    '请家长根据孩子本周表现填好《亲子沟通反思表》，周一交。',
    '试卷后面附了答案，请家长算出总分写在卷首。',
    '复习卷已传网盘，请家长自行下载输出，明天带来。',
    '亲子任务：家长手抄《三字经》一遍，周五交。',
    '周末在网上学习平台完成单元测评，用家长手机登录。',
    '作文请家长把错别字改出来，用红笔标好。',
    '小报要参加评比，孩子画不好的地方家长多出点力。',
    // GO, GP
    '复习卷在网盘里，请家长下载后彩色输出，周一带来。',
    '每天跳绳请家长数好个数在小程序填报，并附一张照片。',
    '孩子整理书包的时候请家长顺手翻翻作业有没有漏写，齐了在联系本上打个勾。',
    '请家长照着例题给孩子出8道，练完讲一讲。',
    '家长请完成附件里的《家庭教育反思表》，反思表需手写，周五交。',
    '底稿在附件里，每人一张A4，请家里提前弄出来。',
    '作文孩子写得乱的，家长帮着誊一遍，要参加评比。',
    '错题订正完由家长确认全部改对了再按个手印。',
    '模型的制作主要靠家长，孩子参与就行，要参加展评。',
    '手抄报的版面设计和插图请家长帮忙搞定。',
    '亲子共学：家长也要做课后练习第1到3题。',
    // GT: the work in the bag looked over; a talk prepared by each parent
    '每晚请家长翻看一遍孩子书包里的作业，确认都写完了再睡。',
    '开放日请每位家长准备一份育儿故事，现场分享。',
    // GS: the parent does the child's interviews
    '实践作业：请家长替孩子去菜市场采访两位摊主，写成采访记录。',
  ]);
  allows([
    // GS look-alikes: an errand for the child, or going with him while he does it
    '请家长帮孩子去学校拿一下校服。',
    '请家长陪孩子去社区采访三位居民，孩子自己记录。',
    // GT look-alike: the bag's contents are supplies
    '请家长检查孩子书包里的文具是否带齐。',
    // GP look-alikes
    '家长不用检查作业对错，订正的事交给老师。',
    '大家不用再帮孩子改作文了，有的家长改完孩子直接抄，我看不出问题。',
    '这次区里作业抽查咱们班表现不错，感谢家长配合。',
    '下周开放日欢迎来听课，想来的请在接龙里登记人数。',
    // GK, GL look-alikes
    '《安全承诺书》请家长仔细阅读后签字交回。',
    '请家长根据孩子的作息提醒他按时睡觉。',
    // GF look-alikes
    '请家长学会倾听孩子的想法。',
    '请家长督促孩子读完《西游记》前三章。',
    '在“我的家乡”主题班会上完成发言的同学有奖励。',
    '请家长看一遍孩子书包里的文具再装好。',
    // GH: the child leads; a full name on a safety pledge
    '手工以孩子动手为主，家长不用插手。',
    '请家长在安全承诺书上签全名。',
    // GG: a survey slip signed, 印象 is no printing
    '课后服务意愿调查回执请家长填好后签名交回。',
    '请家长和孩子聊聊这学期印象最深的一件事。',
    // GA–FW look-alikes
    '睡前陪孩子一起翻一翻绘本，聊聊故事。',
    '运动会请家长多帮帮忙维持秩序。',
    '对照答案给自己打个分，再订正错题。',
    '期末评价会给出A/B/C等级，请家长留意。',
    '请家长检查孩子的文具是否带齐，装进书包。',
    // FV: 晒 as sunning, nothing shown to the class
    '天气好的话可以晒晒被子，让孩子多晒太阳。',
    // FX: the parent checks shoes, not homework
    '运动会前请家长检查一下孩子的跑鞋和鞋带是否合适。',
    // FX: a recording named by its unit, listened to
    '英语听力请在学校平台上听Unit 4录音，孩子自己听，家长不用打卡。',
    // FX: the child colours it alone
    '请孩子自己给线描画上色，家长不用帮忙。',
    // a recording followed along, not made
    '跟着课本录音读第二课三遍，明天课上我请同学读。',
    '照着点读笔的录音跟读单词，读熟就行。',
    // a phone for play or a film, not for a task
    '周末可以把手机给孩子玩一会儿游戏，作业先写完。',
    '周六允许用平板看个电影放松一下，作业周日前写完即可。',
    // the parent does a chore or cooks, nothing handed in
    '孩子太小，家长直接动手做饭时让孩子在旁边看。',
    '孩子做不了的家务，家长动手做就行。',
    // a pupil researches and writes it down
    '请同学们查好家乡的三道名菜，写在卡片上带来。',
    // the parent's own signature on a form
    '请家长亲笔签名后把安全回执交回。',
    // a ranking word with no list, told privately
    '想了解孩子年级位置的家长请私聊我。',
  ]);
});

describe('the rule and the words behind each fix', () => {
  const verdict = (text: string, grade = 2) => classifyTeacherMessage(text, { grade });

  it('names the rule each new kind breaks', () => {
    expect(verdict('期末年级前五：1.王磊 2.孙悦 3.李想……其余同学的情况请私聊我。').rule).toBe('scores_ranking');
    expect(verdict('每天的口算写好后请家长扫描上传到“晓黑板”，我统一点评。').rule).toBe('parent_checkin_upload');
    expect(verdict('劳动实践记录单孩子不会写，家长帮她填好就可以。').rule).toBe('parent_does_homework');
    const written = verdict('请每位家长亲手抄写一首送给孩子的诗，周三带来布置教室。');
    expect(written.rule).toBe('homework_for_parents');
    expect(written.triggers).toContain('家长');
  });

  it('holds the app level to primary classes', () => {
    const text = '今晚在“数学乐园”闯第5关，家长把手机给孩子用一会儿。';
    expect(verdict(text, 2).rule).toBe('electronic_homework_primary');
    expect(verdict(text, 8).verdict).toBe('allow');
  });
});
