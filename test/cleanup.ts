// vitest setup file (vitest.config.ts setupFiles), not a test: after each test file, the data folders it made are removed.
// What removeTempDirs does is tested in test/tempDirs.test.ts.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);
