/**
 * Precision and recall of the parent-burden guard's refusals on a labelled
 * JSONL sample (`npm run eval`; another sample: `GUARD_FILE=… npm run eval`).
 */
import { z } from 'zod';
import { readSample } from './jsonl.ts';
import { classifyTeacherMessage } from '../../rules/guard/classify.ts';

const Line = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(['refuse', 'allow']),
  grade: z.number().int().optional(),
});

export interface GuardMiss {
  id: string;
  text: string;
  label: string;
  got: string;
  rule: string | null;
}

export interface GuardEvalResult {
  total: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  misses: GuardMiss[];
}

export async function evalGuard(file: string): Promise<GuardEvalResult> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let total = 0;
  const misses: GuardMiss[] = [];
  for (const line of await readSample(file, Line)) {
    const { id, text, label, grade } = line;
    total++;
    const v = classifyTeacherMessage(text, grade === undefined ? {} : { grade });
    if (v.verdict === 'refuse' && label === 'refuse') tp++;
    else if (v.verdict === 'refuse') fp++;
    else if (label === 'refuse') fn++;
    if (v.verdict !== label) misses.push({ id, text, label, got: v.verdict, rule: v.rule });
  }
  // No refusals made (or none due) is perfect on that side, not a division by zero.
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { total, precision, recall, tp, fp, fn, misses };
}
