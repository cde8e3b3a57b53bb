// Kinds of teacher message that holdout batches FP (precision 0.963, recall 0.867) and FR (1.000 / 0.867)
// got wrong on their first run, written again here in new words, with look-alikes on the other side of each fix.
import { describe, it, expect } from 'vitest';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';
import { allows, refuses } from './suites.ts';

describe('guard kinds missed by batches FP–FR', () => {
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
  ]);
  allows([
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
