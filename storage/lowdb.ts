import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { datesOfIsoWeek, isoWeekOf } from '../rules/calendar.ts';
import { isDated, storedRecordSchema, type DatedKind, type RecordOf, type StateKind, type StoredRecord } from './records.ts';
import { outboxEntrySchema, type OutboxEntry } from './outbox.ts';
import type { OutboxStore, Repository } from './repository.ts';
import { Journal, retire } from './journal.ts';

/*
 * Layout of the data folder, and why.
 *
 *   weeks/2026-W48/2026-11-23.homework.jsonl  one file per school day and record kind,
 *                                             grouped in a folder per ISO week
 *   state/parentBinding.json                  small standing state (lowdb)
 *   outbox/pending.jsonl                      messages not yet confirmed sent
 *   outbox/sent/2026-11-23.jsonl              keys of the messages sent that day
 *
 * What changes on every message (the day's records, the outbox) is kept in
 * append-only journals (storage/journal.ts): a save is one appended line, the
 * same cost in June as in September and at the 400th question of an evening
 * as at the first. lowdb, which rewrites its whole file per write, keeps the
 * small standing state. Partitioning by day keeps every file a message touches
 * small, and the weekly summary reads exactly one folder. A crash leaves at
 * most a torn last line (of a save never acknowledged), which reading drops.
 *
 * One process per folder (two writers corrupt a file): the folder is locked by
 * a pid file on open.
 */

/** Where a record lives in the data folder (the bench writes a school year straight into this layout). */
export function partitionFile(dir: string, record: Pick<StoredRecord, 'kind'> & { date?: string }): string {
  return isDated(record.kind)
    ? path.join(dir, 'weeks', isoWeekOf(record.date!), `${record.date}.${record.kind}.jsonl`)
    : path.join(dir, 'state', `${record.kind}.json`);
}

/** One item per line: fast to write, and a human can still read and diff it. */
const stringifyBag = (bag: { items: unknown[] }) => `{"items":[\n${bag.items.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`;

/** Compact a journal when it holds this many more lines than live records: rare, and each rewrite is small. */
const COMPACT_SLACK = 500;

/** One day's records of one kind: the journal on disk and the latest version of each record. */
interface DayPartition {
  journal: Journal<StoredRecord>;
  byId: Map<string, StoredRecord>;
}

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
  private readonly days = new Map<string, Promise<DayPartition>>();
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

  /** A day partition, read once; a file from before the journals is converted on first open. */
  private openDay(file: string): Promise<DayPartition> {
    let day = this.days.get(file);
    if (!day) {
      day = (async () => {
        const legacy = file.replace(/\.jsonl$/, '.json');
        const readOnly = !!this.options.readOnly;
        let converted: StoredRecord[] = [];
        if (existsSync(legacy)) {
          converted = (await openBag(legacy, (raw) => storedRecordSchema.safeParse(raw), this.options)).data.items;
          if (!readOnly) {
            const { journal } = Journal.open(file, (r) => r as StoredRecord);
            journal.append(converted);
            journal.close();
            retire(legacy);
            converted = [];
          }
        }
        const bad = badLines(file, this.options);
        const { journal, items } = Journal.open(file, (raw) => {
          const v = storedRecordSchema.safeParse(raw);
          return v.success ? v.data : null;
        }, { readOnly, onBad: bad.onBad });
        bad.report();
        // A later line for the same id is a newer version of that record.
        const byId = new Map<string, StoredRecord>();
        for (const r of [...converted, ...items]) byId.set(r.id, r);
        return { journal, byId };
      })();
      this.days.set(file, day);
    }
    return day;
  }

  async save(record: StoredRecord): Promise<void> {
    if (this.options.readOnly) throw new Error('只读打开的数据目录不能写入');
    const valid = storedRecordSchema.parse(record);
    const file = this.fileFor(valid);
    if (!isDated(valid.kind)) {
      const db = await this.open(file);
      const i = db.data.items.findIndex((r) => r.id === valid.id);
      if (i >= 0) db.data.items[i] = valid;
      else db.data.items.push(valid);
      await db.write();
      return;
    }
    const day = await this.openDay(file);
    // Disk first: a failed write must not leave memory holding what the file lacks.
    day.journal.append([valid]);
    day.byId.set(valid.id, valid);
    if (day.journal.length > day.byId.size * 2 + COMPACT_SLACK) day.journal.rewrite([...day.byId.values()]);
  }

  async week<K extends DatedKind>(kind: K, isoWeek: string): Promise<RecordOf<K>[]> {
    const dates = /^\d{4}-W\d{2}$/.test(isoWeek) ? datesOfIsoWeek(isoWeek) : null;
    if (!dates) return [];
    return (await Promise.all(dates.map((date) => this.day(kind, date)))).flat();
  }

  async day<K extends DatedKind>(kind: K, date: string): Promise<RecordOf<K>[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
    const file = this.fileFor({ kind, date });
    if (!this.days.has(file) && !existsSync(file) && !existsSync(file.replace(/\.jsonl$/, '.json'))) return [];
    const day = await this.openDay(file);
    return [...day.byId.values()].filter((r) => r.kind === kind) as RecordOf<K>[];
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
    for (const d of this.days.values()) (await d).journal.close();
    this.outbox.close();
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

/** Collects a journal's unreadable lines and keeps them aside for a human, never dropping them silently. */
function badLines(file: string, options: LowdbOptions) {
  const lines: string[] = [];
  return {
    onBad: (line: string) => lines.push(line),
    report: () => {
      if (!lines.length) return;
      const movedTo = `${file}.invalid-${Date.now()}.txt`;
      if (!options.readOnly) writeFileSync(movedTo, `${lines.join('\n')}\n`);
      options.onCorrupt?.(file, movedTo, `${lines.length} 行格式不对`);
    },
  };
}

/** What is kept of a sent message: enough to refuse sending it again. */
type SentMark = { key: string; to: string; sentAt: string };
const asSentMark = (raw: unknown): SentMark | null =>
  raw && typeof raw === 'object' && typeof (raw as SentMark).key === 'string' && typeof (raw as SentMark).sentAt === 'string' ? (raw as SentMark) : null;

/** A line of the pending journal: a message queued, or a message given up on. */
type PendingOp = { op: 'add'; entry: OutboxEntry } | { op: 'failed'; key: string; error: string };
const asPendingOp = (raw: unknown): PendingOp | null => {
  const r = raw as { op?: unknown; entry?: unknown; key?: unknown; error?: unknown } | null;
  if (r?.op === 'add') {
    const v = outboxEntrySchema.safeParse(r.entry);
    return v.success ? { op: 'add', entry: v.data } : null;
  }
  return r?.op === 'failed' && typeof r.key === 'string' ? { op: 'failed', key: r.key, error: String(r.error ?? '') } : null;
};


/**
 * The outbox on disk: append-only journals (storage/journal.ts), so queueing a
 * message costs the same with 1 or 1,000 waiting.
 *
 *   outbox/pending.jsonl         add / failed lines; compacted on open and as it grows
 *   outbox/sent/2026-11-23.jsonl one line per message confirmed sent that day
 *
 * A sent line removes its entry from the pending set on the next open, so
 * marking a message sent is a single append.
 */
class LowdbOutbox implements OutboxStore {
  private pendingLog!: Journal<PendingOp>;
  /** Entries not yet sent (pending or failed), in queueing order. */
  private readonly live = new Map<string, OutboxEntry>();
  private readonly sentKeys = new Set<string>();
  private readonly sentLoaded: SentMark[] = [];
  private readonly sentLogs = new Map<string, Journal<SentMark>>();

  constructor(
    private readonly dir: string,
    private readonly options: LowdbOptions,
  ) {}

  async load(): Promise<void> {
    const root = path.join(this.dir, 'outbox');
    const sentDir = path.join(root, 'sent');
    await this.convertLegacy(root);
    // Keys of the last two weeks are enough: a pending entry never lives that long.
    const days = existsSync(sentDir)
      ? readdirSync(sentDir).filter((f) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(f)).sort().slice(-SENT_DAYS_KEPT)
      : [];
    for (const f of days) {
      for (const m of this.openSent(f.slice(0, 10))) {
        this.sentKeys.add(m.key);
        this.sentLoaded.push(m);
      }
    }
    const file = path.join(root, 'pending.jsonl');
    const bad = badLines(file, this.options);
    const { journal, items } = Journal.open(file, asPendingOp, { readOnly: !!this.options.readOnly, onBad: bad.onBad });
    bad.report();
    this.pendingLog = journal;
    for (const op of items) {
      if (op.op === 'add') this.live.set(op.entry.key, op.entry);
      else {
        const e = this.live.get(op.key);
        if (e) this.live.set(op.key, { ...e, status: 'failed', error: op.error });
      }
    }
    for (const key of this.sentKeys) this.live.delete(key);
    if (!this.options.readOnly) this.compact();
  }

  /** Data folders written before the journals held lowdb files: read them once, keep them aside. */
  private async convertLegacy(root: string): Promise<void> {
    if (this.options.readOnly) return;
    const sentDir = path.join(root, 'sent');
    if (existsSync(sentDir)) {
      for (const f of readdirSync(sentDir).filter((x) => /^\d{4}-\d{2}-\d{2}\.json$/.test(x))) {
        const old = await openBag<SentMark>(path.join(sentDir, f), (raw) => {
          const m = asSentMark(raw);
          return m ? { success: true, data: m } : { success: false };
        }, this.options);
        const { journal } = Journal.open(path.join(sentDir, `${f.slice(0, 10)}.jsonl`), asSentMark);
        journal.append(old.data.items);
        journal.close();
        retire(path.join(sentDir, f));
      }
    }
    const legacy = path.join(root, 'pending.json');
    if (existsSync(legacy)) {
      const old = await openBag(legacy, (raw) => outboxEntrySchema.safeParse(raw), this.options);
      const { journal } = Journal.open(path.join(root, 'pending.jsonl'), asPendingOp);
      journal.append(old.data.items.map((entry) => ({ op: 'add' as const, entry })));
      journal.close();
      retire(legacy);
    }
  }

  private sentFile(day: string): string {
    return path.join(this.dir, 'outbox', 'sent', `${day}.jsonl`);
  }

  /** Opens a day's sent journal and returns what it holds. */
  private openSent(day: string): SentMark[] {
    const file = this.sentFile(day);
    const bad = badLines(file, this.options);
    const { journal, items } = Journal.open(file, asSentMark, { readOnly: !!this.options.readOnly, onBad: bad.onBad });
    bad.report();
    this.sentLogs.set(file, journal);
    return items;
  }

  private sentJournal(day: string): Journal<SentMark> {
    if (!this.sentLogs.has(this.sentFile(day))) this.openSent(day);
    return this.sentLogs.get(this.sentFile(day))!;
  }

  private compact(): void {
    // An entry's line carries its status, so a failed one stays failed.
    this.pendingLog.rewrite([...this.live.values()].map((entry) => ({ op: 'add' as const, entry })));
  }

  async add(entry: OutboxEntry): Promise<boolean> {
    return (await this.addMany([entry])).length === 1;
  }

  async addMany(entries: OutboxEntry[]): Promise<OutboxEntry[]> {
    const added = new Map<string, OutboxEntry>();
    for (const entry of entries) {
      if (this.sentKeys.has(entry.key) || this.live.has(entry.key) || added.has(entry.key)) continue;
      added.set(entry.key, outboxEntrySchema.parse(entry));
    }
    this.pendingLog.append([...added.values()].map((entry) => ({ op: 'add' as const, entry })));
    for (const e of added.values()) this.live.set(e.key, e);
    return [...added.values()];
  }

  async pending(): Promise<OutboxEntry[]> {
    return [...this.live.values()].filter((e) => e.status === 'pending');
  }

  /** Every entry not yet sent, failed ones included (for tests and reports). */
  all(): OutboxEntry[] {
    return [...this.live.values()];
  }

  async markSent(key: string, sentAt: string): Promise<void> {
    const found = this.live.get(key);
    if (!found) return;
    this.sentJournal(sentAt.slice(0, 10)).append([{ key, to: found.to, sentAt }]);
    this.sentKeys.add(key);
    this.live.delete(key);
    if (this.pendingLog.length > this.live.size * 2 + COMPACT_SLACK) this.compact();
  }

  async markFailed(key: string, error: string): Promise<void> {
    const e = this.live.get(key);
    if (!e) return;
    this.pendingLog.append([{ op: 'failed', key, error }]);
    this.live.set(key, { ...e, status: 'failed', error });
  }

  /** Sent messages of the last two weeks, as loaded (for migration). */
  sentMarks(): SentMark[] {
    return [...this.sentLoaded];
  }

  async wasSent(key: string): Promise<boolean> {
    return this.sentKeys.has(key);
  }

  close(): void {
    this.pendingLog?.close();
    for (const j of this.sentLogs.values()) j.close();
  }
}
