// Teachers' messages written after the classifier, not taken from ../shared/data:
// a regression guard for the kind. First runs: 22/22, then 10/12 on a second batch,
// and two more misses among variants of those (proof sent through an app or after
// 完成后 with no 作业 named; parents timing and reporting): fixed by kind, kept here.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

const REFUSE = [
  '请各位家长今晚帮孩子把数学卷子改一下，错的用红笔圈出来',
  '语文练习册做完后家长过目签名，明天组长收',
  '今天的英语作业：在一起作业APP上完成听力练习',
  '请家长把孩子背诵课文的视频发到群里',
  '家长们辛苦了，周末把复习资料打印出来给孩子做',
  '这次单元测验前五名：张三100，李四99，王五98',
  '没背下来的同学，把这首诗抄写十遍',
  '请家长每天在小程序里给孩子的阅读打卡',
  '亲子手抄报由家长完成，周一交',
  '作业完成后请家长拍照上传到班级圈',
  '家长帮忙把关一下孩子的作文，有错别字的帮改过来',
  '请家长陪同孩子完成钉钉上的在线测试，截图发给我',
  '辛苦各位家长督促孩子完成后在钉钉家校本上提交',
  '请家长在孩子的作业本上写几句评语',
  '作业做完请家长核对答案，把错题圈出来',
  '今晚的口算题卡请家长计时并记录用时，明天反馈给我',
  '每位家长录一段孩子跳绳的视频发给我',
  '请家长帮孩子完成一份科技小制作，周五带来',
  '辛苦各位家长督促孩子完成后拍照上传',
  '科学小报的图案请家长帮着画好，孩子涂色就可以',
  '恭喜期中考试前三名：刘*（99分）、陈*（97分）、周*（96分），其余同学的家长可私信我',
  '本周请各位家长收听家长学校的线上讲座，听完在小程序里完成答题，班级统计完成率',
  '国庆手抄报下周一交，一年级孩子写字慢，请家长执笔完成，孩子在旁边画个小图案',
  '上课说话的同学，回家把今天的古诗抄两遍，长个记性',
  '数学练习卷请家长对好答案，把错的题号圈出来，明早交',
  '阅读记录卡背面的“家长寄语”栏请家长认真写满三行',
  '科学小论文请家长帮孩子在网上查资料，孩子照着写就行',
  '练习卷最后一页附了答案，请家长帮忙对一对，错题用铅笔标出',
  '周末的复习卷请家长提前打好，周一带来',
  '请家长每天给孩子出5道乘法口算，写在本子上明天交',
  '《春游告知书》已随孩子带回。另外，单元调查报告请家长代为上网查资料整理好',
];

const ALLOW = [
  '明天下午两点开家长会，请准时参加',
  '请家长督促孩子早点睡觉，保证十小时睡眠',
  '今天数学作业不需要家长签字，孩子自己完成就行',
  '有家长问要不要检查作业，不用的，老师会全部批改',
  '期中考试结果按等级告知，有疑问可以私信我',
  '月考成绩已出，请家长私信我了解，群里不公布',
  '请提醒孩子明天带美术工具',
  '请家长在钉钉上查看通知',
  '家长会的照片稍后发群里',
  '请各位家长今天在小程序上填报孩子的健康信息',
  '请家长把孩子的疫苗接种本拍照发到群里',
  '运动会照片已上传到班级圈，家长可以查看',
  '请家长在群里接龙报名秋游',
  '研学《家长知情同意书》已随孩子带回，请家长阅读后签字，周五前交回',
  '请家长帮着提醒孩子带水杯',
  '期中成绩已出，想了解孩子分数的家长请私聊我',
  '家长会后请完成问卷星满意度调查',
  '请孩子在读书卡的感悟栏写一句话',
  '家长帮孩子在网上查一下明天的天气',
  '孩子要打好基础，每天坚持阅读',
  '请家长带孩子打好预防针',
];

describe('fresh teacher messages', () => {
  refuses(REFUSE);
  allows(ALLOW);
  it('explains each refusal with a rule, its text and the words that triggered it; an allowed notice has none', () => {
    for (const text of REFUSE) {
      const v = classifyTeacherMessage(text, { grade: 4 });
      expect(v.rule, text).not.toBeNull();
      expect(v.ruleText, text).toBeTruthy();
      expect(v.triggers.length, text).toBeGreaterThan(0);
    }
    for (const text of ALLOW) expect(classifyTeacherMessage(text, { grade: 4 }).rule, text).toBeNull();
  });
});
