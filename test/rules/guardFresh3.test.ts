// Kinds of teacher message that holdout batches AZ, BB, BD, BF, BJ, BM, BP, BQ, BS and BU got wrong on
// their first run (AZ: precision 0.962, recall 0.833; BB: 0.893 / 0.833; BD: 0.923 / 0.800;
// BF: 1.000 / 0.833; BJ: 0.962 / 0.833; BM: 0.963 / 0.867; BP: 0.964 / 0.900; BQ: 0.926 / 0.833; BS: 1.000 / 0.867;
// BU: 1.000 / 0.900), written again here in new words,
// with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches AZ and BB', () => {
  refuses([
    // looking through the books for gaps and leaving a name on the cover
    '各位家长，睡前麻烦翻看一下孩子的练习本，看看是不是都写了，在封底留个名字就行。',
    // a copy made at home or at the print shop, the families named by their printer
    '听写纸是PDF，家里有打印机的出一份，没有的去图文店弄一下，明天带来。',
    // the parent makes the piece because the child cannot
    '美术课要做一顶纸帽子。孩子剪不动硬纸板，就由爸爸妈妈动手做，孩子来贴贴纸。',
    '数学小报版面要好看，建议家长动手设计排版，孩子抄几个公式就行。',
    '请爸爸妈妈周末在家动手做一个地球仪模型，周一带来参加展评。',
    // every pupil's marks sent as a table
    '附：本次单元测验全班同学的分数表，请家长对照查看。',
    // parents copying, or learning by heart
    '家长每人抄一遍班级公约，周五交。',
    '请每位家长把这周的古诗背熟，放学接孩子时老师会抽查。',
    // the parent's name required on every page
    '以后练习册每页都要有家长名字，没有的按没完成处理。',
    // marking against the book, said as actions
    '请您对着课本逐个比对孩子的默写，写错的用红笔写出正确的，再在页脚写上对了几个。',
    // a paper copy said as 弄成纸的
    '练习卷在群文件，大家自己弄成纸的，周三带来。',
  ]);

  allows([
    // a talk for parents, with nothing to hand in
    '街道周日有家庭教育讲座，家长自愿参加，不用交任何心得体会。',
    // reading together with nothing to write
    '有空和孩子一起看看绘本，聊聊喜欢哪一页就好，不用写读后感。',
    // the teacher marks it
    '暑假作业开学交给老师批阅，家长不用批改。',
    // supplies named with a paper size
    '下周美术课带A4画纸和水彩笔，请提前给孩子准备好。',
    // reading together, leafing through a picture book
    '睡前陪孩子一起翻一翻新借的绘本，聊聊书里的小动物。',
  ]);
});

describe('guard kinds missed by batches BD and BF', () => {
  refuses([
    // the count of mistakes written down by the parent
    '口算练习请家长计时，做完把错了几道写在本子封面上。',
    // a recitation marked done with the parent's name beside it
    '请家长听孩子背一遍课文，背熟了在题目旁写上“已背熟”和您的名字。',
    // going through each item for done and right
    '家校本上的作业，请家长每晚逐项看孩子是否做完、做对，在后面打勾。',
    // the parent writes the story
    '请家长根据本周生字，自己编一段小短文写在家校本上，周一带来。',
    // a website for a primary class
    '四年级周末作业：登录学习网站完成单词闯关。',
    // the frame made by the parent
    '科学小制作“小风车”，请家长把支架做好，孩子负责装扇叶，周五交。',
    // a request after the child's part: the parent marks
    '今晚孩子做完练习卷后，麻烦对照答案帮忙打勾打叉，错的圈出来。',
    // the parents' own study sheet
    '“家长学习单”已发群里，请家长帮孩子分析本周错题原因，每科写两条。',
    // progress list with marks
    '本周进步榜：李子豪 +15分，赵可欣 +12分，孙磊 +10分，请家长多鼓励。',
    // parents correct the draft
    '作文初稿写好后，请家长先帮孩子把错别字改正、病句用红笔划出来。',
  ]);

  allows([
    '本次单元测试全班优秀率约七成，具体等级写在试卷上，不在群里公布个人成绩。',
    '说明一下：作业不由家长批改，错题我课上统一讲。',
  ]);
});

describe('guard kinds missed by batch BJ', () => {
  refuses([
    '期中“进步之星”：张一鸣（76→92）、李想（68→85），恭喜！',
    '社会实践报告以家庭为单位撰写，家长负责排版和图表，孩子署名。',
    '家长会后作业：请结合讲座写一篇家庭教育反思，不少于600字。',
    '五（3）班周测改成线上测试，孩子回家在平板上做，系统自动出分。',
    '初二物理：制作简易电动机，需要用到电烙铁，请家长主要动手做，孩子在旁边看。',
  ]);

  allows([
    '五年级寒假作业全部是纸质的，已经发到孩子手上，不需要用手机完成。',
    '初二英语听力在学校平台上完成，每天15分钟。',
  ]);
});

describe('guard kinds missed by batch BM', () => {
  refuses([
    '读书卡 不会写的家长直接替孩子写好 字要工整 周五交',
    '【习作评分】请家长按下面的标准给孩子打分：书写20分，内容50分，总分写在题目旁边。',
    '数学 worksheet 已放群文件，家长帮忙 print 一下，明早带来 ok？',
    '练习册 家长批 ✔✘要标清楚',
  ]);

  allows([
    '小助手问一下 三年级能不能布置在平板上做的作业 学校是怎么规定的',
  ]);
});

describe('guard kinds missed by batches BP and BQ', () => {
  refuses([
    // the parent marks after the child has finished (no comma between)
    '答案在群文件，请家长在孩子做完后帮着打个分。',
    // looked over and marked as read
    '睡前请帮孩子把作业从头看到尾，没问题就在本子上写个“阅”字。',
    // the parent does the same work
    '请家长每晚把孩子的口算题也做一遍，把自己的算法写在纸上。',
    // finding the wrong words and writing the right ones beside them
    '默写本已发回，请家长对照课本把写错的词找出来，在旁边写上正确的。',
    // the hard part of the model done by the parent
    '手工台灯模型电路比较难，请家长动手接好，孩子负责装饰，周一参加展评。',
    // a parent's piece set by length after a form
    '请每位家长填一份家庭情况表，再附一篇手写的“我的孩子”，六百字，周五交。',
    // a learning device for a first-grade class
    '一年级拼音复习请孩子每天在学习机上闯一关，老师后台能看到记录。',
    // names with marks told in the group
    '这次测验没到六十分的同学，我把名字和分数在群里说一下，请家长多关注。',
  ]);

  allows([
    // a parent's question relayed and answered no
    '有家长问作业要不要检查、要不要签字，统一回复：都不需要，批改是老师的事。',
    // printed by the school for every pupil
    '学校给每位同学打印了一份推荐书目，已随通知带回，不用打卡。',
    // the school gives no electronic homework
    '本学期作业都是纸质的，学校不给小学生布置电子作业。',
  ]);
});

describe('guard kinds missed by batch BS', () => {
  refuses([
    // the teacher reports her own posting; the next clause is addressed to the family
    '书法字帖我发群里了，回家打出来，周四带来。',
    // homework left for parents
    '给家长们留一份小作业：记录孩子一周的作息，再写一段感想，周一交。',
    // parents grading in levels
    '本周起英语默写先由家长评出A/B/C等级，老师再抽查。',
    // a paper copy of questions in the class drive
    '阅读训练题已放到班级网盘，请家长提前打好，周日让孩子做完。',
  ]);
});

describe('guard kinds missed by batch BU', () => {
  refuses([
    '家长也来学一学：本周每位家长完成一份《家庭教育》学习单，周五随作业交回。',
    '请各位家长周末帮孩子整理一份错题本，按单元分好类，周一带来。',
    '孩子做完口算那页，您拿红笔从头看一遍，不对的地方打个叉。',
  ]);

  allows([
    '请家长督促孩子完成学习单，周五交。',
  ]);
});

describe('the rule and the words named for kinds added in batches AZ–BU', () => {
  const judge = (text: string) => classifyTeacherMessage(text, { grade: 4 });

  it('a progress list with +N marks is publishing scores, and names each mark', () => {
    const v = judge('本周进步榜：李子豪 +15分，赵可欣 +12分，孙磊 +10分，请家长多鼓励。');
    expect(v.rule).toBe('scores_ranking');
    expect(v.triggers).toEqual(expect.arrayContaining(['李子豪 +15分', '孙磊 +10分']));
  });

  it('the parent doing the child’s sums again is homework for parents', () => {
    const v = judge('请家长每晚把孩子的口算题也做一遍，把自己的算法写在纸上。');
    expect(v.rule).toBe('homework_for_parents');
    expect(v.triggers).toContain('做一遍');
  });

  it('a learning device is electronic homework for a primary class', () => {
    expect(judge('一年级拼音复习请孩子每天在学习机上闯一关，老师后台能看到记录。').rule).toBe('electronic_homework_primary');
  });

  it('families named by their printer are the ones told to print', () => {
    const v = judge('听写纸是PDF，家里有打印机的出一份，没有的去图文店弄一下，明天带来。');
    expect(v.rule).toBe('parent_printing');
    expect(v.triggers).toEqual(expect.arrayContaining(['出一份', '图文店']));
  });

  it('不由家长批改 is allowed because it says parents need not mark', () => {
    const v = judge('说明一下：作业不由家长批改，错题我课上统一讲。');
    expect(v.verdict).toBe('allow');
    expect(v.triggers).toContain('不由');
  });
});
