// Shared setup for the tests (temp folders, the example school); no assertions here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSchoolConfig } from '../bot/config/load.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';

const made: string[] = [];

export const tempDir = (prefix = 'sj-test-') => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

// Called after each test file (test/cleanup.ts), so a long run does not fill the disk with old data folders.
/** Removes the data folders made so far and returns them. */
export const removeTempDirs = (): string[] => {
  const dirs = made.splice(0);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return dirs;
};

export const exampleConfig = (): SchoolConfig => loadSchoolConfig();
