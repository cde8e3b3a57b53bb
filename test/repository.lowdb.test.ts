import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LowdbRepository } from '../storage/lowdb.ts';
import { repositoryContract } from './repositoryContract.ts';
import { tempDir } from './helpers.ts';

describe('Repository contract: lowdb', () => {
  const base = tempDir();
  repositoryContract((name) => LowdbRepository.open(path.join(base, name)));

  it('keeps a dated record in its day journal and standing state in lowdb, where the layout says', async () => {
    const dir = path.join(base, 'layout');
    const repo = await LowdbRepository.open(dir);
    await repo.save({ kind: 'signoff', id: 's1', classId: 'c3-2', pupil: '李明', date: '2026-11-23', at: '2026-11-23T13:30:00.000Z', parentId: 'p32a', subjects: [] });
    await repo.save({ kind: 'parentBinding', id: 'b1', parentId: 'p9', classId: 'c3-2', pupil: '小雨', at: '2026-11-23T13:30:00.000Z', by: 'p9', active: true });
    await repo.close();
    expect(existsSync(path.join(dir, 'weeks', '2026-W48', '2026-11-23.signoff.jsonl'))).toBe(true);
    expect(existsSync(path.join(dir, 'state', 'parentBinding.json'))).toBe(true);
  });
});
