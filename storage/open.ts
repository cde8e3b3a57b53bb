import { LowdbRepository, type LowdbOptions } from './lowdb.ts';
import type { Repository } from './repository.ts';

export interface StoreLocation {
  /** lowdb's folder, used when no database URL is given */
  dataDir: string;
  /** PostgreSQL, for running past one machine (README: Reliability) */
  databaseUrl?: string;
  schoolId: string;
}

/** lowdb by default; PostgreSQL when DATABASE_URL is set. */
export async function openRepository(at: StoreLocation, options: LowdbOptions = {}): Promise<Repository> {
  if (at.databaseUrl) {
    const { PostgresRepository } = await import('./postgres.ts');
    return PostgresRepository.open(at.databaseUrl, at.schoolId, options.readOnly ? { readOnly: true } : {});
  }
  return LowdbRepository.open(at.dataDir, options);
}
