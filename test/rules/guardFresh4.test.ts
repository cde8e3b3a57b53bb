// Kinds of teacher message that holdout batches BY, BZ, CA, CE, CF, CI, CJ and CL got wrong on their first run
// (BY: precision 0.966, recall 0.933; BZ: 1.000 / 0.800; CA: 0.967 / 0.967; CE: 0.968 / 1.000; CF: 1.000 / 0.833;
// CI: 0.935 / 0.967; CJ: 0.857 / 0.800; CL: 1.000 / 0.967), written again here
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
    // the sign-off refused, or no sleep until done
    '作业没做完的不准睡觉，家长签的免写条我不认。',
    // voice input: the contrast after a space carries the ask
    '这篇不是孩子写 是请家长写一篇育儿心得 周五交',
    '录音不是发群里 是传到小管家 每晚九点前',
    // pupils named by their mark, written with Chinese numerals
    '表扬听写一百分的同学 王可 李蕾 赵晨',
    // the parent builds the circuit
    '电路小实验孩子动不了手，连线请家长全程操作，孩子看着就行。',
    // a primary class's reading done online
    '四年级这周的课外阅读都在网上做，做完我后台能看到。',
    // a daily chain of the child's reading time
    '从明天起每天七点前在群里接龙报孩子的朗读时长，坚持一个月。',
    // the parent asked to draw it beautifully
    '手抄报要参加评比，家长多费心画漂亮一点，孩子涂涂色就行。',
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
    // an ask withdrawn in the same message
    '撤回刚才那条 朗读打卡不搞了 孩子读就行',
    '更正一下 上一条说要家长签字的那个作废 作业本不用签',
    '不好意思发错群了 让家长批改口算的是别的班 我们班家长不用批改',
    '更正 英语跟读不在APP上做了 改成早读在教室读',
    // how to report, not a request
    '区里公布了举报电话，如发现要求家长批改作业的情况，可以拨打反映。',
    // asked not to post
    '有家长在群里晒孩子的分数，为了保护隐私请大家不要再发了。',
    // the child tells the teacher
    '练习本写完了让孩子跟我说一声，学校统一发。',
    // the exemption respected
    '过了九点没写完的，家长签字就可以睡，老师不作惩戒。',
  ]);
});

describe('the rule each refusal names', () => {
  it.each([
    ['数学周测没过关的：王一鸣、李想，家长多上心。', 'scores_ranking'],
    ['默写家长念完顺便给批了，明天交上来。', 'parent_grading'],
    ['三年级课文跟读，今晚在小程序里提交。', 'electronic_homework_primary'],
    ['科学观察记录的数据家长帮填一下，周四交。', 'parent_does_homework'],
    ['跳绳一分钟家长计好数，成绩传到班级小管家。', 'parent_checkin_upload'],
    ['作业没做完的不准睡觉，家长签的免写条我不认。', 'exemption_refused'],
  ] as const)('%s → %s', (text, rule) => {
    const v = classifyTeacherMessage(text, { grade: 3 });
    expect(v.verdict).toBe('refuse');
    expect(v.rule).toBe(rule);
    expect(v.triggers.length).toBeGreaterThan(0);
  });
});
