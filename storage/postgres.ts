import pg from 'pg';
import { isoWeekOf } from '../rules/calendar.ts';
import { isDated, storedRecordSchema, type DatedKind, type RecordOf, type StateKind, type StoredRecord } from './records.ts';
import { outboxEntrySchema, type OutboxEntry } from './outbox.ts';
import type { OutboxStore, Repository } from './repository.ts';

/**
 * The same Repository on PostgreSQL, for a district that runs several bot
 * processes (one per school or WeChat account) and wants one set of records.
 *
 * Records are kept as validated JSON documents keyed by (school, kind, id),
 * with the date and ISO week pulled out into columns for the queries the bot
 * makes. Each school is served by exactly one process: it holds a session
 * advisory lock on the school id for as long as it runs, so per-chat rate
 * limits can stay in-process.
 */

export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      create table if not exists records (
        school text not null,
        kind text not null,
        id text not null,
        date date,
        week text,
        data jsonb not null,
        updated_at timestamptz not null default now(),
        primary key (school, kind, id)
      );
      create index if not exists records_week on records (school, kind, week);
      create index if not exists records_date on records (school, kind, date);
      create table if not exists outbox (
        school text not null,
        key text not null,
        entry jsonb not null,
        status text not null,
        created_at timestamptz not null default now(),
        primary key (school, key)
      );
      create index if not exists outbox_pending on outbox (school, status);
    `,
  },
];

export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    // One migrator at a time across the district.
    await client.query('select pg_advisory_lock(8424001)');
    await client.query('create table if not exists schema_migrations (version int primary key, applied_at timestamptz not null default now())');
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    let applied = 0;
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('begin');
      await client.query(m.sql);
      await client.query('insert into schema_migrations (version) values ($1)', [m.version]);
      await client.query('commit');
      applied++;
    }
    return applied;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.query('select pg_advisory_unlock(8424001)').catch(() => undefined);
    client.release();
  }
}

export class SchoolLockedError extends Error {
  constructor(school: string) {
    super(`学校 ${school} 已由另一个机器人进程服务。每个学校（每个微信号）只能由一个进程服务，请先停止那个进程。`);
    this.name = 'SchoolLockedError';
  }
}

export class PostgresRepository implements Repository {
  readonly outbox: OutboxStore;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly school: string,
    private readonly lockClient: pg.PoolClient | null,
  ) {
    this.outbox = new PostgresOutbox(pool, school);
  }

  /** Connects, migrates, and takes the school's lock (unless `readOnly`). */
  static async open(url: string, school: string, opts: { readOnly?: boolean } = {}): Promise<PostgresRepository> {
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    await migrate(pool);
    let lockClient: pg.PoolClient | null = null;
    if (!opts.readOnly) {
      lockClient = await pool.connect();
      const got = (await lockClient.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [`shuangjian:${school}`])).rows[0]?.ok;
      if (!got) {
        lockClient.release();
        await pool.end();
        throw new SchoolLockedError(school);
      }
    }
    return new PostgresRepository(pool, school, lockClient);
  }

  async save(record: StoredRecord): Promise<void> {
    const r = storedRecordSchema.parse(record);
    const date = isDated(r.kind) ? (r as { date: string }).date : null;
    await this.pool.query(
      `insert into records (school, kind, id, date, week, data) values ($1, $2, $3, $4, $5, $6)
       on conflict (school, kind, id) do update set date = excluded.date, week = excluded.week, data = excluded.data, updated_at = now()`,
      [this.school, r.kind, r.id, date, date ? isoWeekOf(date) : null, JSON.stringify(r)],
    );
  }

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    const res = await this.pool.query<{ data: unknown }>(sql, params);
    return res.rows.map((row) => storedRecordSchema.parse(row.data) as T);
  }

  week<K extends DatedKind>(kind: K, isoWeek: string): Promise<RecordOf<K>[]> {
    return this.rows(`select data from records where school = $1 and kind = $2 and week = $3 order by updated_at, id`, [this.school, kind, isoWeek]);
  }

  day<K extends DatedKind>(kind: K, date: string): Promise<RecordOf<K>[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return Promise.resolve([]);
    return this.rows(`select data from records where school = $1 and kind = $2 and date = $3 order by updated_at, id`, [this.school, kind, date]);
  }

  state<K extends StateKind>(kind: K): Promise<RecordOf<K>[]> {
    return this.rows(`select data from records where school = $1 and kind = $2 order by updated_at, id`, [this.school, kind]);
  }

  async close(): Promise<void> {
    if (this.lockClient) {
      await this.lockClient.query('select pg_advisory_unlock(hashtext($1))', [`shuangjian:${this.school}`]).catch(() => undefined);
      this.lockClient.release();
    }
    await this.pool.end();
  }
}

class PostgresOutbox implements OutboxStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly school: string,
  ) {}

  async add(entry: OutboxEntry): Promise<boolean> {
    const e = outboxEntrySchema.parse(entry);
    const r = await this.pool.query(`insert into outbox (school, key, entry, status) values ($1, $2, $3, 'pending') on conflict do nothing`, [this.school, e.key, JSON.stringify(e)]);
    return r.rowCount === 1;
  }

  async addMany(entries: OutboxEntry[]): Promise<OutboxEntry[]> {
    const added: OutboxEntry[] = [];
    for (const e of entries) if (await this.add(e)) added.push(e);
    return added;
  }

  async pending(): Promise<OutboxEntry[]> {
    const r = await this.pool.query<{ entry: unknown }>(`select entry from outbox where school = $1 and status = 'pending' order by created_at, key`, [this.school]);
    return r.rows.map((x) => outboxEntrySchema.parse(x.entry));
  }

  async markSent(key: string, sentAt: string): Promise<void> {
    await this.pool.query(`update outbox set status = 'sent', entry = entry || jsonb_build_object('status', 'sent', 'sentAt', $3::text) where school = $1 and key = $2`, [this.school, key, sentAt]);
  }

  async markFailed(key: string, error: string): Promise<void> {
    await this.pool.query(`update outbox set status = 'failed', entry = entry || jsonb_build_object('status', 'failed', 'error', $3::text) where school = $1 and key = $2`, [this.school, key, error]);
  }

  async wasSent(key: string): Promise<boolean> {
    const r = await this.pool.query(`select 1 from outbox where school = $1 and key = $2 and status = 'sent'`, [this.school, key]);
    return (r.rowCount ?? 0) > 0;
  }
}
