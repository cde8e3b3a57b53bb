// `npm run eval:batches`: every kept batch re-run, one line per batch and per miss, then the totals.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchReport } from '../bot/eval/batches.ts';
import { tempDir } from './helpers.ts';

describe('batchReport', () => {
  it('scores each batch by its kind and adds them up, with a line for each miss', async () => {
    const dir = tempDir('sj-batches-');
    const qa = [
      { id: 'q-1', question: '初中作业最多多长时间', expect_any: [['90分钟']], answerable: true },
      { id: 'q-2', question: '明天要穿校服吗', expect_any: [], answerable: false },
      { id: 'q-3', question: '初中作业最多多长时间', expect_any: [['不存在的事实']], answerable: true },
    ];
    const guard = [
      { id: 'g-1', text: '请家长今晚检查孩子口算并签字', label: 'refuse' },
      { id: 'g-2', text: '明天秋游，请给孩子带好水', label: 'allow' },
    ];
    writeFileSync(join(dir, 'qa-T.jsonl'), qa.map((l) => JSON.stringify(l)).join('\n'));
    writeFileSync(join(dir, 'guard-T.jsonl'), guard.map((l) => JSON.stringify(l)).join('\n'));
    writeFileSync(join(dir, 'notes.txt'), 'not a batch');
    const lines = await batchReport(dir);
    expect(lines).toContain('guard-T.jsonl 精确率 1.000 召回率 1.000 (tp 1 fp 0 fn 0)');
    expect(lines).toContain('qa-T.jsonl 答对 1/2 答错 1 婉拒 1/1');
    expect(lines.filter((l) => l.startsWith('MISS '))).toHaveLength(1);
    expect(lines.at(-1)).toBe('合计 问答 1/2 答错 1 婉拒 1/1；守护 tp 1 fp 0 fn 0');
  });
});
