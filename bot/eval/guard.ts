/**
 * Precision and recall of the parent-burden guard's refusals on a labelled
 * JSONL sample: `npx tsx bot/eval/guard.ts [file]`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
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

const DEFAULT_FILE = fileURLToPath(new URL('../../../shared/data/guard_dev.jsonl', import.meta.url));

export async function evalGuard(file: string): Promise<GuardEvalResult> {
  const raw = await readFile(file, 'utf8');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let total = 0;
  const misses: GuardMiss[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file} 第 ${i + 1} 行不是合法的 JSON`);
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw new Error(`${file} 第 ${i + 1} 行格式不对：${parsed.error.issues[0]?.message ?? ''}`);
    const { id, text, label, grade } = parsed.data;
    total++;
    const v = classifyTeacherMessage(text, grade === undefined ? {} : { grade });
    if (v.verdict === 'refuse' && label === 'refuse') tp++;
    else if (v.verdict === 'refuse') fp++;
    else if (label === 'refuse') fn++;
    if (v.verdict !== label) misses.push({ id, text, label, got: v.verdict, rule: v.rule });
  });
  // No refusals made (or none due) is perfect on that side, not a division by zero.
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { total, precision, recall, tp, fp, fn, misses };
}

function table(file: string, r: GuardEvalResult): string {
  const rows = [
    `守护评测：${file}`,
    '| 指标 | 结果 | 目标 |',
    '| --- | --- | --- |',
    `| 条数 | ${r.total} | |`,
    `| 拒绝的精确率 | ${r.precision.toFixed(3)} (tp ${r.tp}, fp ${r.fp}) | ≥ 0.95 |`,
    `| 拒绝的召回率 | ${r.recall.toFixed(3)} (fn ${r.fn}) | ≥ 0.95 |`,
  ];
  const misses = r.misses.map((m) => `- ${m.id} [${m.label}→${m.got}${m.rule ? ` ${m.rule}` : ''}] ${m.text}`);
  return [...rows, ...(misses.length ? ['', '未命中：', ...misses] : ['', '没有未命中。'])].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? DEFAULT_FILE;
  try {
    process.stdout.write(`${table(file, await evalGuard(file))}\n`);
  } catch (e) {
    process.stderr.write(`无法评测 ${file}：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
