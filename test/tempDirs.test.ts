// The temp data folders tests make are removed by removeTempDirs (run after each file by test/cleanup.ts).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { removeTempDirs, tempDir } from './helpers.ts';

describe('temp data folders', () => {
  it('removes every folder made so far, with what is inside, and only once', () => {
    const a = tempDir();
    const b = tempDir('sj-other-');
    writeFileSync(path.join(a, 'state.json'), '{}');
    expect(existsSync(a) && existsSync(b)).toBe(true);
    const removed = removeTempDirs();
    expect(removed).toEqual(expect.arrayContaining([a, b]));
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
    // A second call has nothing left to remove and does not throw.
    expect(() => removeTempDirs()).not.toThrow();
    expect(removeTempDirs()).toEqual([]);
  });
});
