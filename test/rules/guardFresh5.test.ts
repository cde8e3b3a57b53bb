// Kinds of teacher message that holdout batches CO (precision 0.963, recall 0.867) and CP (0.964 / 0.900)
// got wrong on their first run, written again here in new words, with look-alikes on the other side of each fix.
import { describe } from 'vitest';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches CO and CP', () => {
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
  ]);
});
