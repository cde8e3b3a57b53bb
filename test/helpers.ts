// Shared setup for the tests (temp folders, the example school); no assertions here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSchoolConfig } from '../bot/config/load.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';

export const tempDir = (prefix = 'sj-test-') => mkdtempSync(path.join(tmpdir(), prefix));

export const exampleConfig = (): SchoolConfig => loadSchoolConfig();
