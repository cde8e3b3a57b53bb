// vitest setup file (vitest.config.ts setupFiles): after each test file, the data folders it made are removed,
// and the file fails if one is still there (a handle left open, say). removeTempDirs itself is tested in test/tempDirs.test.ts.
import { existsSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { removeTempDirs } from './helpers.ts';

afterAll(() => {
  const left = removeTempDirs().filter((dir) => existsSync(dir));
  expect(left, 'temp data folders still on disk after the test file').toEqual([]);
});
