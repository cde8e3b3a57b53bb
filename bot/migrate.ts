import { DATED_KINDS, STATE_KINDS } from '../storage/records.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import { PostgresRepository } from '../storage/postgres.ts';

export interface MigrationReport {
  records: number;
  outbox: number;
}

/**
 * Copies a school's lowdb folder into PostgreSQL. Saving is an upsert by id,
 * so running it twice changes nothing; the folder is only read.
 */
export async function migrateFromLowdb(dir: string, databaseUrl: string, schoolId: string): Promise<MigrationReport> {
  const from = await LowdbRepository.open(dir, { readOnly: true });
  const to = await PostgresRepository.open(databaseUrl, schoolId);
  let records = 0;
  let outbox = 0;
  try {
    for (const week of from.weeks()) {
      for (const kind of DATED_KINDS) {
        for (const r of await from.week(kind, week)) {
          await to.save(r);
          records++;
        }
      }
    }
    for (const kind of STATE_KINDS) {
      for (const r of await from.state(kind)) {
        await to.save(r);
        records++;
      }
    }
    for (const e of await from.outbox.pending()) if (await to.outbox.add(e)) outbox++;
    // Only the keys of sent messages are kept; they are enough to refuse a resend.
    for (const m of from.outbox.sentMarks()) {
      if (await to.outbox.add({ key: m.key, to: m.to, text: '', createdAt: m.sentAt, status: 'pending', attempts: 0 })) {
        await to.outbox.markSent(m.key, m.sentAt);
        outbox++;
      }
    }
    return { records, outbox };
  } finally {
    await to.close();
    await from.close();
  }
}
