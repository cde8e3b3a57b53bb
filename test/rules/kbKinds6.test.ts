// Kinds of question that holdout batches CM (91.7%) and CN (95.8%) missed on their first run,
// asked here in new words (not the batch strings), with look-alikes on the other side.
import { describe } from 'vitest';
import { answersEachKind, declines, type QuestionKind } from './suites.ts';

const cases: QuestionKind[] = [
  { kind: 'a story, a question, then a call to step in', entry: 'teacher-paid-tutoring', qs: ['班主任晚上在小区里办补习班，每节课收一百，不去的孩子还被冷落。这样可以吗？谁管管'] },
  { kind: 'where the class is, then whether its teacher needs a certificate', entry: 'training-teachers', qs: ['小区楼下新开了一家补习班，老师是在读研究生，没有资格证也能上课吗'] },
  { kind: 'sitting all day, then the exercise rule', entry: 'exercise', qs: ['孩子一放学就久坐不动，学校每天的运动量有规定吗'], has: '1小时' },
  { kind: 'the parent’s leave from work is the story', entry: 'after-school-time', qs: ['课后托管周三周五不开，我只好请假去接娃，托管不是每个上学日都有吗'] },
  { kind: 'the family’s part in 双减, asked with 配合', entry: 'parent-role', qs: ['班主任说家里要配合好双减，那我们当家长的平时在家该做些啥'] },
  { kind: 'homework done in a mini-program', entry: 'homework-electronic', qs: ['二年级老师让孩子每晚进小程序里答题，小学这样布置行吗'] },
];

describe('policy answers: kinds missed by batches CM and CN on their first run', () => answersEachKind(cases));

describe('look-alikes that stay declined or answered elsewhere', () => {
  declines([
    // clothing and weather
    { q: '这几天降温了，孩子上学要不要多穿几件' },
    { q: '早上上学要给娃加件衣服吗', id: 'start-time' },
    // which product to buy
    { q: '初一孩子要配个平板，买什么牌子的好', id: 'phones' },
  ]);
});
