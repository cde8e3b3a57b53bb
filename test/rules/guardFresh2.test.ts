// Kinds of teacher message that holdout batches Z, AC, AF, AI, AL and AO got wrong on their
// first run (Z: precision 0.929, recall 0.867; AC: 0.967 / 0.967; AF: 0.960 / 0.800;
// AI: 0.913 / 0.700; AL: 0.917 / 0.733; AO: 1.000 / 0.833; AR: 0.964 / 0.900;
// AT: 0.964 / 0.900; AV: 1.000 / 0.833; AX: 1.000 / 0.867),
// written again here in new words, with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches Z, AC, AF and AI', () => {
  refuses([
    // parents told to complete the exercises in a parents' handbook, and to write about the child
    '请各位家长这周内完成《家长学校读本》第二单元的练习题，周五交给班长。',
    '请每位家长周末写出孩子的两个缺点和一份改进计划，下周一随孩子交回。',
    // answers sent, parents told to mark against them, with no 答案 in the same clause
    '数学练习答案已发群文件，请家长们今晚帮孩子对一对，错题号标在本子上。',
    // the task named in one clause, the app in the same sentence, what is done there in the next clause
    '本周一年级的朗读任务放在“小书房”小程序里，每天跟读一篇并完成后面的小测。',
    // the finish asked for is beyond a child: parents make it
    '六一手工作品每人交一件，辛苦家长们这两天多帮忙，把作品做得精美一点。',
    // a piece of writing, set after a meeting: 家长会后 is when, not what is written
    '家长会结束后请每位家长写一篇《我的孩子》，三百字左右，周五前交。',
    // marking said in new words: 核一核, 逐题对照 and the total worked out, 扫雷
    '参考答案发群里了，辛苦大家睡前帮孩子核一核，错的圈出来。',
    '请各位帮孩子逐题对照，把总分算好写在试卷上方。',
    '孩子写完后麻烦您帮着扫扫雷，错的让孩子改好再交。',
    // printing said as getting a paper copy ready
    '复习单放群文件了，麻烦家长准备好纸质版，明天带来。',
    // parents leading the making of the piece
    '手工小房子请爸爸妈妈主导制作，周五带来参加评比。',
    // how the parent writes stands between the parent and the verb
    '请每位家长用第一人称写一篇家庭故事，周五前发我。',
    // batch AI: what the parent is to do, said physically or with typos
    '手工小车周五交，要能跑起来，建议妈妈们周末主刀，孩子打下手就行。',
    '请每位家长这周读完《好妈妈胜过好老师》第一章，周日晚在群里谈谈体会，不少于100字。',
    '练习纸在班级网盘里，家里有打印机的自己出一份，没有的去楼下图文店，谢谢配合。',
    '家长们今晚帮孩子把英语卷子对下答案，错的标出来。',
    '孩子写完语文作业，请把本子摊开照清楚，九点前私信发我。',
    '复习卷放群文件了，要纸质的，请家长自己想办法出一份，周一带来。',
    '口算卡做完后请您拿着答案一题题核一遍，错的在题号边画个三角。',
    '阅读记录卡每天由家长填好孩子读了多久并写上名字，周五交。',
    '读后感孩子写不出来的，麻烦家长替他写几句。',
  ]);

  allows([
    // the teacher leads the correcting in class the next day
    '答案页老师收走了，家长不用对答案。错题次日我在课上带着大家订正。',
    // a question to the bot about the rule, however it is phrased
    '小助手，请问能不能让家长每天在群里晒孩子的作业照片？我先问清楚再发通知。',
    // a word game called 接龙
    '今天没有书面作业，晚上可以和孩子玩一玩成语接龙。',
    // the pupil makes the piece; no polishing asked of parents
    '手工作品请孩子自己动手完成，做得简单一点也没关系。',
    // 一年级 reading in a book, no app
    '一年级本周阅读任务：每天读一本绘本，和孩子聊一聊故事。',
    // the practice named, then refused: 这种方法…不采用
    '罚抄这种方法我们班不采用，错字课上再练一遍就好。',
    // parents with the child, not for it
    '请家长陪孩子用第一人称说一说今天的故事，不用写。',
    // what a child might say is no request
    '提醒：小学不布置手机上的作业，如果孩子说要在平板上做题，请先跟我确认。',
    // a class-level rate names no pupil
    '期中测试全班及格率95%，比上次进步，个人成绩按等级写在报告单上。',
    // 出一份力 is no printing
    '运动会需要后勤帮忙，欢迎有空的家长出一份力。',
  ]);

  it('led pupils are not the actor: the teacher is', () => {
    const v = classifyTeacherMessage('错题明天我在课上带领大家一起订正。', { grade: 3 });
    expect(v.verdict).toBe('allow');
  });

  it('the device clause and the task clause are read together only for homework', () => {
    // a fee paid in an app, then an ordinary reading task: not electronic homework
    expect(classifyTeacherMessage('请家长在小程序里缴纳课后服务费，孩子每天读书二十分钟。', { grade: 2 }).verdict).toBe('allow');
  });
});

describe('guard kinds missed by batches AL and AO: what the parent physically does', () => {
  refuses([
    '请家长隔天把孩子的种植记录连同小苗一起留个影，贴到班级相册。',
    '请家长每天写两行观察记录，记下孩子几点开始写作业、几点写完。',
    '背诵过关后，请在课文旁边写个日期，再加上您的名字。',
    '拓展题有难度，请家长先自己把题做出来，再教孩子抄到本子上。',
    '请家长看完学校推送的家庭教育讲座，写不少于300字的体会交给家委会。',
    '每晚请家长翻一遍孩子的作业本，确认没有空题，在页脚写上您的姓名缩写。',
    '家长看过孩子的口算后，在当天的格子里画个五角星。',
    '动物模型孩子做不来，主要还是靠家长动手，孩子帮着涂颜色就好。',
    '作业登记本上有“家长确认”一栏，没签字的同学一律按没完成作业处理。',
    '本周听写没达标的同学：王小明、李思思，请以上家长多关注。',
    '成长手册里有一页写给老师的话，孩子还不会写，请家长代写一下。',
    '开放日前请每位家长填写《孩子学习情况分析》，不少于500字。',
    '实验记录单放群文件了（PDF），A4单面，请家长提前准备好让孩子带来。',
  ]);

  allows([
    '有家长问我为什么不在群里发分数了，这里统一解释一下等级制的规定。',
    '春游报名表上请家长在“参加”前面打个勾，周四交回。',
    '运动会上请家长帮忙给孩子们留个影，发到班级相册做纪念。',
    '作业记录本上不需要家长签字，孩子自己记好就行。',
    '本周听写全班整体不错，个别没达标的我会单独联系家长。',
    '课表PDF已发群里，A4版学校会统一发放，家长不用准备。',
    '家长会签到表请在会场填写。',
  ]);
});

describe('guard kinds missed by batch AR', () => {
  refuses([
    '参考答案在群文件，孩子写完请家长对一下，错的用铅笔点个点。',
    '请家长把周末做饭的步骤整理成图文，以孩子的名义交上来评比。',
    '单元测验前五名：张一鸣96、李可95、王乐94……其余同学家长请私聊我。',
  ]);

  allows([
    '需要带平板的同学请家长写一份书面申请，交给班主任。',
  ]);
});

describe('guard kinds missed by batch AT', () => {
  refuses([
    '本班规定作业实行“家长初审、老师复审”，请家长先把错的挑出来再让孩子改。',
    '背完课文的，请家长在群里回复孩子名字加“已背”。',
    '我把全班总分从高到低整理好发在群里了，方便大家对照。',
  ]);

  allows([
    '小助手，学校能不能要求家长每天在群里发作业照片？',
  ]);
});

describe('guard kinds missed by batch AV', () => {
  refuses([
    '本班试行“家庭小老师”：每晚请家长给孩子的练习本评个等级，写在右上角。',
    '跳绳打卡成绩会同步到班级榜单，次数不够的同学体育课补测。',
    '劳动周作业：请家长主厨做一道菜，整理成图文菜谱交班里展评。',
    '科技节作品请爸爸们多出点力，做得越专业越好，评上奖算孩子的。',
    '一年级口算题库开通了，每晚在平板上刷满30题。',
  ]);
});

describe('guard kinds missed by batch AX', () => {
  refuses([
    '寒假每日一练共20页，链接在群里，请家长打印出来让孩子每天做一页。',
    '数学小测结果：全对的有李明、王芳；错3个以上的有张强，请这几位家长多关注。',
    '孩子每天读了多少页，请家长在小程序里填报，坚持21天发奖状。',
    '手抄报请家长负责画画和排版，孩子写几句话就行。',
  ]);

  allows([
    '作业没写完的先睡，第二天跟我说一声就行。',
  ]);
});
