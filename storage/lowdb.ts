import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { datesOfIsoWeek, isoWeekOf } from '../rules/calendar.ts';
import { isDated, storedRecordSchema, type DatedKind, type RecordOf, type StateKind, type StoredRecord } from './records.ts';
import { outboxEntrySchema, type OutboxEntry } from './outbox.ts';
import type { OutboxStore, Repository } from './repository.ts';

/*
 * Layout of the data folder, and why.
 *
 *   weeks/2026-W48/2026-11-23.homework.json   one file per school day and record kind,
 *                                             grouped in a folder per ISO week
 *   state/parentBinding.json                  small standing state
 *   outbox/pending.json                       messages not yet confirmed sent
 *   outbox/sent/2026-11-23.json               keys of the messages sent that day
 *
 * lowdb rewrites a whole file on every write and blocks the event loop while it
 * serialises (about 50 ms at 10 MB). Partitioning by day keeps every file that a
 * message touches small (a day of a 60-class school is tens of kilobytes), so a
 * write costs the same in June as in September, and the weekly summary reads
 * exactly one folder. Writes go through lowdb's temp-file-and-rename, so a crash
 * leaves either the old or the new file, never half of one. Files hold one
 * record per line: cheaper to write than pretty-printed JSON, still readable.
 *
 * One Low instance per file, and one process per folder (two writers corrupt a
 * file): the folder is locked by a pid file on open.
 */

/** Where a record lives in the data folder (the bench writes a school year straight into this layout). */
export function partitionFile(dir: string, record: Pick<StoredRecord, 'kind'> & { date?: string }): string {
  return isDated(record.kind)
    ? path.join(dir, 'weeks', isoWeekOf(record.date!), `${record.date}.${record.kind}.json`)
    : path.join(dir, 'state', `${record.kind}.json`);
}

/** One item per line: fast to write, and a human can still read and diff it. */
export const stringifyBag = (bag: { items: unknown[] }) => `{"items":[\n${bag.items.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`;

/** How many days of sent keys are kept in memory to refuse a resend. */
const SENT_DAYS_KEPT = 14;

/** Every partition file holds one list. */
type Bag<T> = { items: T[] };

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(`数据目录 ${dir} 正被另一个机器人进程（pid ${pid}）使用。同一目录只能由一个进程写入，请先停止那个进程，或用 DATA_DIR 指定另一个目录。`);
    this.name = 'DataDirLockedError';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid lock: unlike mtime-based locks, a crashed owner's lock is free again at once. */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(file, 'utf8'));
      // Our own pid means this process opened the folder already: a second Low per file would corrupt it.
      if (owner && (owner === process.pid || processAlive(owner))) throw new DataDirLockedError(dir, owner);
      unlinkSync(file); // stale: its owner is gone
    }
  }
  throw new Error(`无法锁定数据目录 ${dir}`);
}

export interface LowdbOptions {
  /** read without taking the folder's lock (reports beside a running bot); saving is refused */
  readOnly?: boolean;
  /** told about a file that could not be read; it is moved aside, never overwritten */
  onCorrupt?: (file: string, movedTo: string, error: string) => void;
}

export class LowdbRepository implements Repository {
  private readonly files = new Map<string, Promise<Low<Bag<StoredRecord>>>>();
  private readonly unlock: () => void;
  readonly outbox: LowdbOutbox;

  private constructor(
    readonly dir: string,
    private readonly options: LowdbOptions,
  ) {
    mkdirSync(dir, { recursive: true });
    this.unlock = options.readOnly ? () => undefined : lockDataDir(dir);
    this.outbox = new LowdbOutbox(dir, options);
  }

  static async open(dir: string, options: LowdbOptions = {}): Promise<LowdbRepository> {
    const repo = new LowdbRepository(dir, options);
    await repo.outbox.load();
    return repo;
  }

  private fileFor(record: Pick<StoredRecord, 'kind'> & { date?: string }): string {
    return partitionFile(this.dir, record);
  }

  private open(file: string): Promise<Low<Bag<StoredRecord>>> {
    let db = this.files.get(file);
    if (!db) {
      db = openBag(file, (raw) => storedRecordSchema.safeParse(raw), this.options);
      this.files.set(file, db);
    }
    return db;
  }

  async save(record: StoredRecord): Promise<void> {
    if (this.options.readOnly) throw new Error('只读打开的数据目录不能写入');
    const valid = storedRecordSchema.parse(record);
    const db = await this.open(this.fileFor(valid));
    const i = db.data.items.findIndex((r) => r.id === valid.id);
    if (i >= 0) db.data.items[i] = valid;
    else db.data.items.push(valid);
    await db.write();
  }

  async week<K extends DatedKind>(kind: K, isoWeek: string): Promise<RecordOf<K>[]> {
    const dates = /^\d{4}-W\d{2}$/.test(isoWeek) ? datesOfIsoWeek(isoWeek) : null;
    if (!dates) return [];
    return (await Promise.all(dates.map((date) => this.day(kind, date)))).flat();
  }

  async day<K extends DatedKind>(kind: K, date: string): Promise<RecordOf<K>[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
    const file = this.fileFor({ kind, date });
    if (!this.files.has(file) && !existsSync(file)) return [];
    const db = await this.open(file);
    return db.data.items.filter((r) => r.kind === kind) as RecordOf<K>[];
  }

  async state<K extends StateKind>(kind: K): Promise<RecordOf<K>[]> {
    const db = await this.open(this.fileFor({ kind }));
    return db.data.items.filter((r) => r.kind === kind) as RecordOf<K>[];
  }

  /** Week folders present on disk, oldest first (for reports and migration). */
  weeks(): string[] {
    const root = path.join(this.dir, 'weeks');
    return existsSync(root) ? readdirSync(root).filter((w) => /^\d{4}-W\d{2}$/.test(w)).sort() : [];
  }

  async close(): Promise<void> {
    if (this.options.readOnly) return;
    await Promise.all([...this.files.values()].map(async (db) => (await db).write()));
    await this.outbox.flush();
    this.unlock();
  }
}

/**
 * Opens one partition file. Records that fail validation are kept aside in the
 * file's `.corrupt-*` copy rather than silently dropped.
 */
async function openBag<T>(
  file: string,
  validate: (raw: unknown) => { success: true; data: T } | { success: false },
  options: LowdbOptions,
): Promise<Low<Bag<T>>> {
  mkdirSync(path.dirname(file), { recursive: true });
  // lowdb's JSONFilePreset keeps data in memory when NODE_ENV=test; build Low ourselves so tests hit the disk.
  const db = new Low<Bag<T>>(new DataFile<Bag<T>>(file, { parse: JSON.parse, stringify: stringifyBag }), { items: [] });
  try {
    await db.read();
  } catch (e) {
    const movedTo = `${file}.corrupt-${Date.now()}`;
    renameSync(file, movedTo);
    options.onCorrupt?.(file, movedTo, String(e));
    db.data = { items: [] };
  }
  const raw: unknown[] = Array.isArray(db.data?.items) ? db.data.items : [];
  const good: T[] = [];
  const bad: unknown[] = [];
  for (const r of raw) {
    const v = validate(r);
    if (v.success) good.push(v.data);
    else bad.push(r);
  }
  if (bad.length > 0) {
    const movedTo = `${file}.invalid-${Date.now()}.json`;
    writeFileSync(movedTo, JSON.stringify(bad, null, 2));
    options.onCorrupt?.(file, movedTo, `${bad.length} 条记录格式不对`);
  }
  db.data = { items: good };
  return db;
}

/** What is kept of a sent message: enough to refuse sending it again. */
type SentMark = { key: string; to: string; sentAt: string };
const sentMarkValid = (raw: unknown): { success: true; data: SentMark } | { success: false } =>
  raw && typeof raw === 'object' && typeof (raw as SentMark).key === 'string' ? { success: true, data: raw as SentMark } : { success: false };

class LowdbOutbox implements OutboxStore {
  private pendingDb!: Low<Bag<OutboxEntry>>;
  private readonly sentKeys = new Set<string>();
  private readonly sentLoaded: SentMark[] = [];
  private readonly sentFiles = new Map<string, Promise<Low<Bag<SentMark>>>>();

  constructor(
    private readonly dir: string,
    private readonly options: LowdbOptions,
  ) {}

  private validate = (raw: unknown) => outboxEntrySchema.safeParse(raw);

  async load(): Promise<void> {
    const root = path.join(this.dir, 'outbox');
    this.pendingDb = await openBag(path.join(root, 'pending.json'), this.validate, this.options);
    // Keys of the last two weeks are enough: a pending entry never lives that long.
    const sentDir = path.join(root, 'sent');
    const days = existsSync(sentDir)
      ? readdirSync(sentDir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort().slice(-SENT_DAYS_KEPT)
      : [];
    for (const f of days) {
      const db = await this.sentFile(f.slice(0, 10));
      for (const e of db.data.items) {
        this.sentKeys.add(e.key);
        this.sentLoaded.push(e);
      }
    }
  }

  private sentFile(day: string) {
    const file = path.join(this.dir, 'outbox', 'sent', `${day}.json`);
    let db = this.sentFiles.get(file);
    if (!db) {
      db = openBag(file, sentMarkValid, this.options);
      this.sentFiles.set(file, db);
    }
    return db;
  }

  private get entries(): OutboxEntry[] {
    return this.pendingDb.data.items;
  }

  async add(entry: OutboxEntry): Promise<boolean> {
    return (await this.addMany([entry])).length === 1;
  }

  async addMany(entries: OutboxEntry[]): Promise<OutboxEntry[]> {
    const added: OutboxEntry[] = [];
    for (const entry of entries) {
      if (this.sentKeys.has(entry.key) || this.entries.some((e) => e.key === entry.key)) continue;
      const valid = outboxEntrySchema.parse(entry);
      this.entries.push(valid);
      added.push(valid);
    }
    if (added.length) await this.pendingDb.write();
    return added;
  }

  async pending(): Promise<OutboxEntry[]> {
    return this.entries.filter((e) => e.status === 'pending');
  }

  async markSent(key: string, sentAt: string): Promise<void> {
    const found = this.entries.find((e) => e.key === key);
    if (!found) return;
    // Record the send first: a crash between the two writes then re-sends nothing.
    const sent = await this.sentFile(sentAt.slice(0, 10));
    sent.data.items.push({ key, to: found.to, sentAt });
    await sent.write();
    this.sentKeys.add(key);
    // Look the entry up again: other sends may have changed the list while we waited.
    const i = this.entries.findIndex((e) => e.key === key);
    if (i >= 0) this.entries.splice(i, 1);
    await this.pendingDb.write();
  }

  async markFailed(key: string, error: string): Promise<void> {
    const e = this.entries.find((x) => x.key === key);
    if (!e) return;
    e.status = 'failed';
    e.error = error;
    await this.pendingDb.write();
  }

  /** Sent messages of the last two weeks, as loaded (for migration). */
  sentMarks(): SentMark[] {
    return [...this.sentLoaded];
  }

  async wasSent(key: string): Promise<boolean> {
    return this.sentKeys.has(key);
  }

  async flush(): Promise<void> {
    await this.pendingDb?.write();
  }
}
