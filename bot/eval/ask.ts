/**
 * How well the knowledge base answers parents' questions on a labelled JSONL
 * sample: `npx tsx bot/eval/ask.ts [file]`.
 *
 * An answerable question is right when it is answered and the answer holds at
 * least one string of every `expect_any` group; answered without them is
 * wrong (a wrong fact is worse than a decline). An out-of-scope question is
 * right when it is declined.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
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

const DEFAULT_FILE = fileURLToPath(new URL('../../../shared/data/qa_dev.jsonl', import.meta.url));

export async function evalAsk(file: string): Promise<AskEvalResult> {
  const raw = await readFile(file, 'utf8');
  const r: AskEvalResult = { answerable: 0, answeredRight: 0, answeredWrong: 0, outOfScope: 0, declined: 0, misses: [] };
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
    const { id, question, grade, expect_any, answerable } = parsed.data;
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
  });
  return r;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function report(file: string, r: AskEvalResult): string {
  const rows = [
    `问答评测：${file}`,
    '| 指标 | 结果 | 目标 |',
    '| --- | --- | --- |',
    `| 可回答问题答对（含应有事实） | ${r.answeredRight}/${r.answerable} = ${pct(r.answeredRight, r.answerable)} | ≥ 95% |`,
    `| 答错（答了但缺少应有事实） | ${r.answeredWrong} | 0 |`,
    `| 范围外问题婉拒 | ${r.declined}/${r.outOfScope} = ${pct(r.declined, r.outOfScope)} | ≥ 90% |`,
  ];
  const misses = r.misses.map((m) => `- ${m.id} ${m.question}\n    期望：${m.expected}\n    实际：${m.got}`);
  return [...rows, ...(misses.length ? ['', '未命中：', ...misses] : ['', '没有未命中。'])].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? DEFAULT_FILE;
  try {
    process.stdout.write(`${report(file, await evalAsk(file))}\n`);
  } catch (e) {
    process.stderr.write(`无法评测 ${file}：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
