// Kinds of teacher message that holdout batches BY, BZ, CA, CE and CF got wrong on their first run
// (BY: precision 0.966, recall 0.933; BZ: 1.000 / 0.800; CA: 0.967 / 0.967; CE: 0.968 / 1.000; CF: 1.000 / 0.833), written again here
// in new words, with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches BY, BZ and CA', () => {
  refuses([
    // pupils named after the band their mark fell in
    '数学周测没过关的：王一鸣、李想，家长多上心。',
    '英语单元测满分的：张琪、何雨，其余同学继续努力。',
    // the parent marks it in passing
    '默写家长念完顺便给批了，明天交上来。',
    // the task named a clause before the app it is handed in through
    '三年级课文跟读，今晚在小程序里提交。',
    '二年级口算闯关，app里弄好就行。',
    // the parent fills in the child's report
    '科学观察记录的数据家长帮填一下，周四交。',
    // the parent counts and sends the result on
    '跳绳一分钟家长计好数，成绩传到班级小管家。',
    // a board that names pupils by their homework
    '本周作业红黑榜：黑榜陈**、林**（作业未交），请相关家长重视。',
    // a log of the child's study kept by the parent
    '请家长每天记录孩子的学习时长和作业正确率，周五交给班主任。',
    // the piece named a sentence before the parent is asked to write it up
    '劳动实践作业：做一道家常菜并写300字的心得。低年级孩子写不了，请家长帮忙整理成文。',
    // the parent builds part of the model
    '科技小制作：做一个会转的小风车，电机部分请家长帮忙组装好，周五带来。',
    // all of it again for not handing it in
    '今天没交作业的同学，回家把整张卷子全部重做一遍。',
  ]);

  allows([
    // a report card that leaves marks and ranks out
    '期末成绩单只写等级和评语，没有分数和名次，放假前由孩子带回。',
    // a proposal turned down later in the sentence
    '有家长提议搞一个每日作业签字本，学校讨论后，这个做法不符合规定，本班不采用。',
    // the teacher fills in the log, not the parent
    '学习时长由老师在校记录，家长不用填写。',
    // a junior middle pupil's practice on a device
    '初二英语听力练习在app里完成，约15分钟。',
    // a praise board with no marks
    '本周文明礼仪光荣榜：卫生之星、守纪之星，恭喜上榜的同学！',
    // an act told, then asked not to be done
    '最近有家长在群里发孩子的分数，请大家不要这样做，成绩可以私下问老师。',
    '有的班让家长批改作业，我们班不会这样做。',
    // redoing the wrong ones is correcting
    '错题请孩子自己重做一遍，明天交。',
  ]);
});

describe('the rule each refusal names', () => {
  it.each([
    ['数学周测没过关的：王一鸣、李想，家长多上心。', 'scores_ranking'],
    ['默写家长念完顺便给批了，明天交上来。', 'parent_grading'],
    ['三年级课文跟读，今晚在小程序里提交。', 'electronic_homework_primary'],
    ['科学观察记录的数据家长帮填一下，周四交。', 'parent_does_homework'],
    ['跳绳一分钟家长计好数，成绩传到班级小管家。', 'parent_checkin_upload'],
  ] as const)('%s → %s', (text, rule) => {
    const v = classifyTeacherMessage(text, { grade: 3 });
    expect(v.verdict).toBe('refuse');
    expect(v.rule).toBe(rule);
    expect(v.triggers.length).toBeGreaterThan(0);
  });
});
