import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { isoWeekOf } from '../rules/calendar.ts';
import { isDated, storedRecordSchema, type DatedKind, type RecordOf, type StateKind, type StoredRecord } from './records.ts';
import { outboxEntrySchema, type OutboxEntry } from './outbox.ts';
import type { OutboxStore, Repository } from './repository.ts';

/*
 * Layout of the data folder, and why.
 *
 *   weeks/2026-W48/homework.json     one file per ISO week and record kind
 *   state/parentBinding.json         small standing state
 *   outbox/pending.json              messages not yet confirmed sent
 *   outbox/sent-2026-11.json         keys of sent messages, per month
 *
 * lowdb rewrites a whole file on every write and blocks the event loop while it
 * serialises (about 50 ms at 10 MB). Partitioning by week keeps every file that
 * a message touches small (a week of a 60-class school is well under 1 MB), so a
 * write costs the same in June as in September, and the weekly summary reads
 * exactly one folder. Writes go through lowdb's temp-file-and-rename, so a crash
 * leaves either the old or the new file, never half of one.
 *
 * One Low instance per file, and one process per folder (two writers corrupt a
 * file): the folder is locked by a pid file on open.
 */

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
    return isDated(record.kind)
      ? path.join(this.dir, 'weeks', isoWeekOf(record.date!), `${record.kind}.json`)
      : path.join(this.dir, 'state', `${record.kind}.json`);
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
    if (!/^\d{4}-W\d{2}$/.test(isoWeek)) return [];
    const file = path.join(this.dir, 'weeks', isoWeek, `${kind}.json`);
    if (!this.files.has(file) && !existsSync(file)) return [];
    const db = await this.open(file);
    return db.data.items.filter((r) => r.kind === kind) as RecordOf<K>[];
  }

  async day<K extends DatedKind>(kind: K, date: string): Promise<RecordOf<K>[]> {
    const all = await this.week(kind, isoWeekOf(date));
    return all.filter((r) => (r as { date: string }).date === date);
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
  const db = new Low<Bag<T>>(new JSONFile(file), { items: [] });
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

class LowdbOutbox implements OutboxStore {
  private pendingDb!: Low<Bag<OutboxEntry>>;
  private readonly sentKeys = new Set<string>();
  private readonly sentLoaded: OutboxEntry[] = [];
  private readonly sentFiles = new Map<string, Promise<Low<Bag<OutboxEntry>>>>();

  constructor(
    private readonly dir: string,
    private readonly options: LowdbOptions,
  ) {}

  private validate = (raw: unknown) => outboxEntrySchema.safeParse(raw);

  async load(): Promise<void> {
    const root = path.join(this.dir, 'outbox');
    this.pendingDb = await openBag(path.join(root, 'pending.json'), this.validate, this.options);
    // Sent keys of the last two months are enough: a pending entry never lives that long.
    const months = existsSync(root)
      ? readdirSync(root).filter((f) => /^sent-\d{4}-\d{2}\.json$/.test(f)).sort().slice(-2)
      : [];
    for (const f of months) {
      const db = await this.sentFile(f.slice(5, 12));
      for (const e of db.data.items) {
        this.sentKeys.add(e.key);
        this.sentLoaded.push(e);
      }
    }
  }

  private sentFile(month: string) {
    const file = path.join(this.dir, 'outbox', `sent-${month}.json`);
    let db = this.sentFiles.get(file);
    if (!db) {
      db = openBag(file, this.validate, this.options);
      this.sentFiles.set(file, db);
    }
    return db;
  }

  private get entries(): OutboxEntry[] {
    return this.pendingDb.data.items;
  }

  async add(entry: OutboxEntry): Promise<boolean> {
    if (this.sentKeys.has(entry.key) || this.entries.some((e) => e.key === entry.key)) return false;
    this.entries.push(outboxEntrySchema.parse(entry));
    await this.pendingDb.write();
    return true;
  }

  async pending(): Promise<OutboxEntry[]> {
    return this.entries.filter((e) => e.status === 'pending');
  }

  async markSent(key: string, sentAt: string): Promise<void> {
    const found = this.entries.find((e) => e.key === key);
    if (!found) return;
    const entry = { ...found, status: 'sent' as const, sentAt };
    // Record the send first: a crash between the two writes then re-sends nothing.
    const sent = await this.sentFile(sentAt.slice(0, 7));
    sent.data.items.push(entry);
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

  /** Sent entries of the last two months, as loaded (for migration). */
  sentEntries(): OutboxEntry[] {
    return [...this.sentLoaded];
  }

  async wasSent(key: string): Promise<boolean> {
    return this.sentKeys.has(key);
  }

  async flush(): Promise<void> {
    await this.pendingDb?.write();
  }
}
