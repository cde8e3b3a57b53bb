import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PostgresRepository, SchoolLockedError } from '../storage/postgres.ts';
import { repositoryContract } from './repositoryContract.ts';

// .ci/run starts a real PostgreSQL on 127.0.0.1 and sets DATABASE_URL (see README, Reliability).
const url = process.env.DATABASE_URL;
if (!url && process.env.CI) throw new Error('CI must set DATABASE_URL: .ci/run starts PostgreSQL');

describe.skipIf(!url)('Repository contract: PostgreSQL', () => {
  // Each run uses fresh school ids, so runs never see each other's rows.
  const run = randomUUID().slice(0, 8);
  repositoryContract((name) => PostgresRepository.open(url!, `test-${run}-${name}`));

  it('lets only one process serve a school', async () => {
    const school = `test-${run}-lock`;
    const first = await PostgresRepository.open(url!, school);
    await expect(PostgresRepository.open(url!, school)).rejects.toBeInstanceOf(SchoolLockedError);
    const reader = await PostgresRepository.open(url!, school, { readOnly: true });
    await reader.close();
    await first.close();
    const again = await PostgresRepository.open(url!, school);
    await again.close();
  });
});
