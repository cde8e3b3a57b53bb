// The shape every regression file of written-after-the-code inputs shares:
// which entry answers (with which fact), what is declined, refused, allowed.
import { describe, it, expect } from 'vitest';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';

export interface Answered {
  q: string;
  /** the knowledge-base entry that must answer */
  id: string;
  /** a fact the answer must state */
  has?: string;
}

export function answersWith(cases: readonly Answered[]): void {
  it.each(cases)('answers $q with $id', ({ q, id, has }) => {
    const a = answerPolicyQuestion(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.entryId).toBe(id);
    if (has) expect(a.text).toContain(has);
  });
}

/** A kind of question missed on a first run, asked again in new words. */
export interface QuestionKind {
  kind: string;
  entry: string;
  qs: string[];
  has?: string;
}

export function answersEachKind(cases: readonly QuestionKind[]): void {
  for (const c of cases) describe(c.kind, () => answersWith(c.qs.map((q) => ({ q, id: c.entry, has: c.has }))));
}

export function declines(questions: readonly string[]): void {
  it.each(questions)('declines: %s', (q) => {
    expect(answerPolicyQuestion(q).answered).toBe(false);
  });
}

export function refuses(texts: readonly string[], grade = 4): void {
  it.each(texts)('refuses, with a rewording: %s', (text) => {
    const v = classifyTeacherMessage(text, { grade });
    expect(v.verdict).toBe('refuse');
    expect(v.source).toMatch(/00[0-4]_[0-9a-f]{16}\.txt/);
    expect(v.rewording).toBeTruthy();
  });
}

export function allows(texts: readonly string[], grade = 4): void {
  it.each(texts)('allows: %s', (text) => {
    expect(classifyTeacherMessage(text, { grade }).verdict).toBe('allow');
  });
}
