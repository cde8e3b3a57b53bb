import type { DatedKind, RecordOf, StateKind, StoredRecord } from './records.ts';
import type { OutboxEntry } from './outbox.ts';

export type { StoredRecord } from './records.ts';

/**
 * What the bot needs from storage. lowdb implements it today (storage/lowdb.ts);
 * a server database can implement the same interface later. All methods are async
 * so a networked store fits without changing callers.
 */
export interface Repository {
  /** Insert or replace the record with the same kind and id. Resolves once durable. */
  save(record: StoredRecord): Promise<void>;
  /** Records of a dated kind whose `date` falls in one ISO week (e.g. "2026-W48"). */
  week<K extends DatedKind>(kind: K, isoWeek: string): Promise<RecordOf<K>[]>;
  /** Records of a dated kind on one school-local date (YYYY-MM-DD). */
  day<K extends DatedKind>(kind: K, date: string): Promise<RecordOf<K>[]>;
  /** All records of a standing-state kind. */
  state<K extends StateKind>(kind: K): Promise<RecordOf<K>[]>;
  readonly outbox: OutboxStore;
  close(): Promise<void>;
}

/** The persistent outbox: what is waiting to be sent survives a restart. */
export interface OutboxStore {
  /** Adds an entry unless one with the same key exists; returns false for a duplicate. */
  add(entry: OutboxEntry): Promise<boolean>;
  /** Adds several in one durable write; returns the ones that were new. */
  addMany(entries: OutboxEntry[]): Promise<OutboxEntry[]>;
  pending(): Promise<OutboxEntry[]>;
  markSent(key: string, sentAt: string): Promise<void>;
  markFailed(key: string, error: string): Promise<void>;
  /** true when an entry with this key was ever sent */
  wasSent(key: string): Promise<boolean>;
}
