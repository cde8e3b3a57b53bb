import { describe } from 'vitest';
import path from 'node:path';
import { LowdbRepository } from '../storage/lowdb.ts';
import { repositoryContract } from './repositoryContract.ts';
import { tempDir } from './helpers.ts';

describe('Repository contract: lowdb', () => {
  const base = tempDir();
  repositoryContract((name) => LowdbRepository.open(path.join(base, name)));
});
