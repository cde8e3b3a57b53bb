/**
 * Every labelled batch kept in `test/batches/` (`npm run eval:batches`): the
 * batches colleagues wrote blind to the code, each first run recorded in the
 * README. Re-running them all after a change shows what the change broke;
 * one line per batch, one `MISS` line per miss, then the totals.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalAsk } from './ask.ts';
import { evalGuard } from './guard.ts';

const folder = fileURLToPath(new URL('../../test/batches/', import.meta.url));

/** One line per batch, one `MISS` line per miss, then the totals. */
export async function batchReport(dir = folder): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const qa = { right: 0, answerable: 0, wrong: 0, declined: 0, outOfScope: 0 };
  const guard = { tp: 0, fp: 0, fn: 0 };
  const out: string[] = [];
  const oneLine = (s: string, n: number) => s.replace(/\n/g, '⏎').slice(0, n);
  for (const f of files) {
    const path = join(dir, f);
    if (f.startsWith('qa-')) {
      const r = await evalAsk(path);
      qa.right += r.answeredRight;
      qa.answerable += r.answerable;
      qa.wrong += r.answeredWrong;
      qa.declined += r.declined;
      qa.outOfScope += r.outOfScope;
      out.push(`${f} 答对 ${r.answeredRight}/${r.answerable} 答错 ${r.answeredWrong} 婉拒 ${r.declined}/${r.outOfScope}`);
      for (const m of r.misses) out.push(`MISS ${m.id} ${oneLine(m.question, 200)} → ${oneLine(m.got, 60)}`);
    } else if (f.startsWith('guard-')) {
      const r = await evalGuard(path);
      guard.tp += r.tp;
      guard.fp += r.fp;
      guard.fn += r.fn;
      out.push(`${f} 精确率 ${r.precision.toFixed(3)} 召回率 ${r.recall.toFixed(3)} (tp ${r.tp} fp ${r.fp} fn ${r.fn})`);
      for (const m of r.misses) out.push(`MISS ${m.id} [${m.label}→${m.got}] ${oneLine(m.text, 100)}`);
    }
  }
  out.push(`合计 问答 ${qa.right}/${qa.answerable} 答错 ${qa.wrong} 婉拒 ${qa.declined}/${qa.outOfScope}；守护 tp ${guard.tp} fp ${guard.fp} fn ${guard.fn}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${(await batchReport(process.argv[2])).join('\n')}\n`);
}
