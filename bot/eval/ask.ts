/**
 * How well the knowledge base answers parents' questions on a labelled JSONL
 * sample (`npm run eval`; another sample: `QA_FILE=… npm run eval`).
 *
 * An answerable question is right when it is answered and the answer holds at
 * least one string of every `expect_any` group; answered without them is
 * wrong (a wrong fact is worse than a decline). An out-of-scope question is
 * right when it is declined.
 */
import { z } from 'zod';
import { readSample } from './jsonl.ts';
import { answerPolicyQuestion } from '../../rules/kb/retrieve.ts';

const Line = z.object({
  id: z.string(),
  question: z.string(),
  grade: z.number().int().min(1).max(12).optional(),
  expect_any: z.array(z.array(z.string())).default([]),
  answerable: z.boolean(),
});

export interface AskMiss {
  id: string;
  question: string;
  expected: string;
  got: string;
}

export interface AskEvalResult {
  answerable: number;
  answeredRight: number;
  answeredWrong: number;
  outOfScope: number;
  declined: number;
  misses: AskMiss[];
}

export async function evalAsk(file: string): Promise<AskEvalResult> {
  const r: AskEvalResult = { answerable: 0, answeredRight: 0, answeredWrong: 0, outOfScope: 0, declined: 0, misses: [] };
  for (const line of await readSample(file, Line)) {
    const { id, question, grade, expect_any, answerable } = line;
    const a = answerPolicyQuestion(question, grade === undefined ? {} : { grade });
    const got = a.answered ? a.text : `（婉拒）${a.text}`;
    if (answerable) {
      r.answerable++;
      const right = a.answered && expect_any.every((group) => group.some((s) => a.text.includes(s)));
      if (right) r.answeredRight++;
      else {
        if (a.answered) r.answeredWrong++;
        r.misses.push({ id, question, expected: expect_any.map((g) => g.join('/')).join(' + '), got });
      }
    } else {
      r.outOfScope++;
      if (!a.answered) r.declined++;
      else r.misses.push({ id, question, expected: '婉拒（范围外）', got });
    }
  }
  return r;
}
