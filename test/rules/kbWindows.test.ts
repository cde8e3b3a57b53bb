// Long messages: the story first, the question last (issue 6.2 "long … with context about their child").
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';

describe('reading the question out of a story', () => {
  it('answers the question asked at the end, not the topic the story dwells on', () => {
    const a = answerPolicyQuestion('孩子四年级，作业不算多，可每天晚上看平板到很晚，早上起不来，周末也要补觉。我一直想知道，小学生一天要睡多长时间才够？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('10小时');
  });

  it('takes the grade from the story when the question does not say it', () => {
    const a = answerPolicyQuestion('我家是男孩，今年上初一，各科老师都布置作业，加起来要写三个钟头。想请教一下，每天书面作业最多多长时间？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('90分钟');
    expect(a.text).not.toContain('60分钟');
  });

  it('reads voice-typed clauses separated only by spaces', () => {
    const a = answerPolicyQuestion('娃背课文背错了 老师让抄三十遍 这种罚抄合规不');
    expect(a.answered).toBe(true);
    expect(a.topic).toBe('homework_punitive');
  });

  it('uses the sentence before when the last one is too short to stand alone', () => {
    const a = answerPolicyQuestion('老师每周在群里发三四张卷子，让家长自己打印给孩子做。政策允许吗？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('打印');
  });

  it('still declines when the question at the end is not about policy, however much policy the story holds', () => {
    const a = answerPolicyQuestion('孩子三年级，作业每天一小时左右，睡眠也够十个小时，这些都挺好。就想问一下，下周的家长会在几楼开？');
    expect(a.answered).toBe(false);
  });
});
