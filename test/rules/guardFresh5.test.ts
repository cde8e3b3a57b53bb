// Kinds of teacher message that holdout batches CO (precision 0.963, recall 0.867), CP (0.964 / 0.900),
// CS (0.966 / 0.933), CT (1.000 / 0.833), CW (0.962 / 0.833), CX (1.000 / 0.833), DA (1.000 / 0.933)
// DB (1.000 / 0.833), DE (1.000 / 0.867), DF (0.931 / 0.900), DI (1.000 / 0.933), DJ (1.000 / 0.967),
// DM (1.000 / 0.967), DN (0.964 / 0.900), DQ (1.000 / 0.900), DR (1.000 / 0.967), DU (1.000 / 0.900)
// DV (1.000 / 0.933), DY (1.000 / 0.900), DZ (0.963 / 0.867), ED (1.000 / 0.933), EH (1.000 / 0.967),
// EK (1.000 / 0.967), EL (1.000 / 0.900), EO (1.000 / 0.867), EP (1.000 / 0.933), ES (1.000 / 0.900)
// ET (1.000 / 0.900), EW (1.000 / 0.933), EX (1.000 / 0.933), FB (1.000 / 0.967), FE (1.000 / 0.933)
// FF (1.000 / 0.900), FJ (1.000 / 0.933) and FL (1.000 / 0.900)
// got wrong on their first run, written again here in new words, with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches CO–FL', () => {
  refuses([
    // every pupil's marks, or their place in the class
    '期中考试的全班位次表已上传群文件，请各位家长查收。',
    '月考成绩我把全班每位同学的总分列成表贴在下面了，家长们对照看看。',
    '单元测验结果出来了，家长可以看看孩子在年级里处于什么位置，附件是详细名单。',
    // the parent confirms practice on a log card
    '每天背单词十分钟，家长听写完在记录表上写“已听”并签日期。',
    // the parent finds the wrong answers
    '数学小卷已发，请家长看看孩子哪些题做错了，用铅笔圈一下。',
    // the parent works out a mark
    '阅读理解答案在群文件，请家长对照着给孩子算个分。',
    // the family explains the mistakes before the child corrects them
    '错题请家里先给孩子讲清楚，再让孩子自己订正。',
    // a piece of writing named by its kind, photographed by the parent
    '秋游回来写一篇游记，写完请家长拍照发到群里。',
    // an app's button that says the parent checked it
    '每晚作业完成后，请家长在家校本上点“已检查”。',
    // levels of a game in an app, for primary pupils
    '一年级拼音游戏：今晚在平板上闯五关，系统自动记分。',
    // where each pupil stands, said as a question to the parents
    '表格里是全班这次听写的得分，大家看看孩子排第几。',
    // the parent listens, then marks the card and rates the child
    '请家长听孩子背乘法口诀，背错的在口诀卡上画圈，再给孩子打个星级。',
    // the parent writes part of the child's poster, or finishes the piece
    '安全小报孩子画插图就行，上面的字请爸爸妈妈来写。',
    '树叶拼贴画孩子粘不牢，请家长负责做好，明天带来。',
    // pinyin copybook looked over and signed
    '生字卡请家长逐张看看笔顺写得对不对，看完在背面签名。',
    // every pupil's marks in a shared file, or readable in a photo
    '月考答题卡分析已上传，表里有每个同学的各题得分，家长自行查看。',
    '成绩墙我拍下来发群里了，每人的分数都能看到。',
    // the top of the year named with a list attached
    '二模全年级前100名本班有12人，名单见下。',
    // pupils named with the marks they gained
    '本月进步最大：王浩（提高了31分）、赵琳（高20分）。',
    // the parent answers the same questions
    '每天一篇现代文阅读，家长也要写出答案，和孩子的一起交。',
    // terse: signed, looked over, sent to the group
    '周测卷家长签完字明天交',
    '改错本请家长过目签字',
    '朗读视频发班级群',
    // the piece made mainly by the parent
    '中秋灯笼作业，孩子小，主要由家长动手，周一带来。',
    // an app exercise for a primary class
    '三年级今晚在学习app上完成周练',
    // answers checked by the parent against the key
    '答案发在群里了，家长对完后在错的题旁边画个圈。',
    // a parents' course with a test or a screenshot
    '家庭教育网课第二讲请看完后做一下课后测试题。',
    '请各位家长完成家长学校2个学时的学习，学完截图给我。',
    // ticked and signed in a log book
    '每天请家长对着记录本打勾签字。',
    // the parent draws part of the piece, or makes it at home
    '科学小报的插图请家长画好，孩子写文字。',
    '端午香囊工序多，请家长在家做好，周一带来。',
    // photos sent through an app every night
    '暑假阅读打卡，家长每晚在小程序传照片。',
    // the parent drafts a plan to be handed in and judged
    '请家长给孩子制定一份暑假读书计划，手写，开学交来评比。',
    // the parents addressed as 你们
    '孩子背完课文后，你们在课本上打个等级。',
    // the right word written next to the wrong one
    '日记写完后，家长把错字圈出来，在后面用铅笔写上正确的写法。',
    // made at home, then brought by the child
    '树叶贴画做起来难，请家长在家做好后让孩子带到学校。',
    // the accuracy worked out by the parent
    '计算题做完后请家长算出正确率，记在本子上。',
    // a course for parents with questions to answer
    '家长学习任务：收听家庭教育公开课并答完问卷里的题目。',
    // marks out of a scheme given by the parent
    '物理周练卷请家长按评分标准给个分数写在卷首。',
    // a form filled in by the parent, then copied by the child as the homework
    '社区垃圾分类调查表请家长帮忙填好，孩子照着抄到作业本上。',
    // a model assembled by the parent
    '车模比赛的模型请家长帮孩子拼装好，周三交。',
    // work not signed by a parent counts as not done
    '没有家长签名的听写一律算没完成，请家长每天签名。',
    // the parent learns it first, or copies a page a day
    '这周的古诗请家长先背会，周五我抽查。',
    '从下周起家长也一起练字，每天抄一页字帖交上来。',
    // a parents' course watched, with proof sent
    '请家长看完家庭教育直播课，把观看截图发给我。',
    // the parent does the survey and the child copies it
    '科学作业：请家长量好一周的体温数据、做成表格，孩子抄到本子上。',
    // right and wrong marked by the parent
    '练习卷答案已发，请家长对照着标对错。',
    // the child's pieces made into a book by the parent
    '请家长把孩子这学期的画和手工整理成作品集，下周带来。',
    // a lesson's form printed by the parent
    '科学课的观察记录单在群文件，请家长打印出来。',
    // the parents review the unit and are quizzed
    '请家长们今晚把这个单元的重点复习一遍，明天我在群里抽问。',
    // kept or compiled by the parent in the child's stead
    '观察日记孩子写不好，请家长代为记录每天的变化。',
    '请家长给孩子整理一份错题本，下周检查。',
    // the draft corrected by the parent
    '作文草稿请家长先帮忙改一遍错别字，再让孩子抄正。',
    // a form of reflection for the grandparents to fill in
    '请爷爷奶奶每周填一份家庭教育反思表交给班主任。',
    // pupils named after their result
    '期中数学满分刘洋、周敏，不及格张凯等三人。',
    // looked over, then 已检查 signed in the home-school book
    '请家长每天查看孩子作业有没有全部写完，在联系本上签“已检查”。',
    // sewn or answered by the parent
    '手工作业：请家长帮孩子织一条围巾，周五评比。',
    '家长知识问卷在书包里，请家长作答后交回。',
    // printed by each family
    '复习资料共8页，请各家自行打印。',
    // a family story written by the parent
    '请每位家长撰写育儿心得一篇，下周交。',
    // errors put right by the parent
    '听写本请家长逐个纠错后再交。',
    // wrong characters put right by the parent
    '日记里的错别字请家长帮忙改过来再交。',
    // minutes of practice on an app for a primary class
    '三年级暑假每天在英语App上练20分钟。',
    // questions answered on a tablet by primary pupils
    '四年级今晚语文作业：手机上的十道阅读题。',
    // the model built by the parent while the child watches
    '航模作业难度大，建议家长动手拼，孩子看着学。',
    // mistakes marked in red by the parent
    '作文请家长先用红笔把不通顺的句子改出来再交。',
    // a handmade piece finished by the parent
    '劳动课的小笔筒，家长做好让孩子带来。',
    // a count of problems on a platform for primary pupils
    '三年级这周在智慧作业平台每天刷30题。',
    // a list announced, with the rest offered privately
    '本次单元测100分的名单如下，其他同学的成绩请私聊我。',
    // a model made for the child by the parent
    '科学作业：请家长给孩子做一个简易电路模型，下周展示。',
    // downloaded and printed by the family from the school site
    '暑假作业包请家长自行从学校网站下载打印。',
    // problems devised by the parent
    '每位家长出三道口算题，让孩子明天带来考同学。',
    // a quiz done on a tablet by primary pupils
    '二年级今晚在平板上完成线上小测。',
    // exercises in a parents' handbook
    '家长朋友们，请在本周内完成家长手册上的练习题并交回。',
    // parents learning by heart, quizzed in the group
    '家长也来学：这周背会《三字经》前十句，周日群里接龙背。',
    // a project made by the parent, or its layout designed by the parent
    '科技节的小车孩子做不来的，请家长帮着做好。',
    '小报版面请家长设计好，孩子负责涂色。',
    '树叶标本不好做，请家长做好后周一带来参加评比。',
    // a drawing photographed and sent privately
    '孩子的画作请家长拍照私信给我。',
    // a presentation prepared by each parent
    '请每位家长做一份育儿心得PPT，家长会上分享。',
    // the frame drawn by the parent, the child filling in
    '小报请家长先画好边框，孩子往里写字就行。',
    // an app named by its brand, a number of problems
    '一年级每天在小盒作业里做10题。',
    // mainly the parent's work, or finished by the parent
    '环保小制作以家长为主来做，周五评比。',
    '请家长帮孩子补写观察日记，明天交。',
    // a named log of the child's learning kept by the parent
    '请家长每晚填写《孩子作业完成情况记录表》，周五交。',
    // survey data tabulated by the parent
    '科学实验的数据请家长帮忙汇总成图表。',
    // 已完成 posted as a reply
    '作文写完后请家长在群里回“已完成”。',
    // the day's practice reported through a form
    '请家长每天在小程序里登记孩子读课文的情况。',
    // a map exercise signed once correct
    '请家长监督，填图无误后签字。',
    // questions in a parents' handbook
    '手册上的5道思考题请家长做完，周五交回。',
    // listening practice on a platform for primary pupils
    '四年级周末在线上平台做英语听说训练。',
    // a task headed as the parents' own
    '家长们今天的小任务：写下孩子的三个优点，明天交。',
    // the parent playing teacher, marking
    '口算卡请家长当小老师，判好对错。',
    // a book read by the parent, then discussed in the group
    '家长看完《好妈妈胜过好老师》第一章，周五群里谈感想。',
    // a poem written for the child by the parent
    '请每位家长给孩子写一首小诗，下周交。',
  ]);
  allows([
    // the ask is withdrawn as sent by mistake
    '刚才那条“请家长批改口算”是误发，口算本明天我来批，家长不用管。',
    // there is nothing for the parent to sign
    '本周科学课没有需要家长签字的内容，观察记录都在课上完成。',
    // a place in the class that is not a ranking
    '新学期调整了座位，孩子在班里的位置请看附件座位表。',
    // the teacher explains the mistakes
    '错题我在课上讲一遍，讲明白了再让孩子们订正。',
    // the child corrects at home alone
    '孩子在家里把错题订正好就行，明天交给我。',
    // a form the parent signs and dates
    '秋游安全告知书请家长签字并写上日期，周三前交回。',
    // the button retired
    '家校本里的“家长已签字”选项已经停用，大家不用再点了。',
    // listening to the child read is keeping company
    '请家长每晚听孩子读一会儿课文，多夸夸孩子。',
    // a mini-program used to pay
    '课后服务费请在缴费小程序里交，截止到周五。',
    // a count without names
    '这次期中100分以上的比上次多了6人，大家继续努力。',
    // a parents' lecture with nothing to hand in
    '家长学校本周四晚七点有讲座，欢迎自愿参加。',
    // getting materials ready
    '手工课的彩纸和胶棒请家长在家做好准备，周五带来。',
    // praise for how pupils corrected their work
    '这周表扬订正认真、书写工整的几位同学，继续加油。',
    // an old practice announced as ended
    '以前让家长打印学习单的事以后不会再有了，学校统一印好发给孩子。',
    // the signing field named only to say it is not needed
    '从本周起练习本不用家长签字，老师在课上批改。',
    // the parents' own survey form
    '家长满意度调查表请打印后填写，周五交回。',
    // the teacher compiles the book; the parents fill in a receipt
    '老师会给孩子整理一份错题集，家长不用操心。',
    '请家长填写回执，周五交回。',
    // a national platform for all schools, for junior pupils, not required
    '初二同学可以在国家中小学智慧教育平台自学，不作要求。',
    // the child looks over their own work
    '请孩子自己查看作业是否全部写完。',
    // a tablet kept at home, and homework in the textbook
    '平板电脑请不要带到学校，今晚作业是课本上的五道题。',
    // the same log, no longer needed
    '本学期起家长不用填写《孩子学习情况观察表》了。',
    // ordinary replies and forms
    '收到通知请回“收到”。',
    '请家长把报名信息整理成表格发给我。',
    // no task this week
    '家长们本周没有小任务，好好陪孩子。',
    // the child playing teacher
    '请孩子当小老师给家长讲一讲今天学的古诗。',
  ]);
  // junior pupils may be set work on an app
  allows(['初二今晚在学习app上完成物理周练'], 8);
});

describe('the rule and the words behind each fix', () => {
  const verdict = (text: string, grade = 4) => classifyTeacherMessage(text, { grade });

  it('names the rule the ask breaks, with the words that set it off', () => {
    const signed = verdict('请家长每天查看孩子作业有没有全部写完，在联系本上签“已检查”。');
    expect(signed.rule).toBe('parent_checking_signing');
    expect(signed.triggers).toContain('家长');
    expect(verdict('树叶贴画做起来难，请家长在家做好后让孩子带到学校。').rule).toBe('parent_does_homework');
    expect(verdict('期中数学满分刘洋、周敏，不及格张凯等三人。').rule).toBe('scores_ranking');
    expect(verdict('请家长按答案给孩子算个分。').rule).toBe('parent_grading');
    expect(verdict('家长们今天的小任务：写下孩子的三个优点，明天交。').rule).toBe('homework_for_parents');
  });

  it('refuses app work for a primary class only', () => {
    expect(verdict('今晚在学习app上完成周练', 3).rule).toBe('electronic_homework_primary');
    expect(verdict('今晚在学习app上完成周练', 8).verdict).toBe('allow');
    expect(verdict('初三同学可自主在国家中小学智慧教育平台看复习微课，不作硬性要求。').verdict).toBe('allow');
  });

  it('says why an allowed look-alike passes', () => {
    const withdrawn = verdict('刚才那条“请家长批改口算”是误发，口算本明天我来批，家长不用管。');
    expect(withdrawn.verdict).toBe('allow');
    expect(withdrawn.rule).toBeNull();
    expect(withdrawn.reason).toMatch(/不需要|不要求|老师/);
  });
});
