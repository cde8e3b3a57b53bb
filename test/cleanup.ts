// Runs in every test file: the data folders a file made are removed once its tests are done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);
