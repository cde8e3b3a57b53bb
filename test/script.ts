// Helpers that build simulate scripts and read their output for the tests; no assertions here.
import type { SchoolConfig } from '../bot/config/schema.ts';
import { simulate, type OutboundLine } from '../bot/simulate.ts';
import { exampleConfig } from './helpers.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import type { DatedKind, RecordOf } from '../storage/records.ts';

/** One script line; `at` is Beijing time on 2026-11-23 (a Monday) unless a full timestamp is given. */
export function ev(at: string, chat: string, from: string, text: string, extra: { mention?: boolean; name?: string } = {}) {
  return JSON.stringify({ at: at.includes('T') ? at : `2026-11-23T${at}:00+08:00`, chat, from, text, ...extra });
}

export const tick = (at: string) => JSON.stringify({ at: at.includes('T') ? at : `2026-11-23T${at}:00+08:00`, tick: true });

export async function run(lines: string[], config: SchoolConfig = exampleConfig(), dataDir?: string): Promise<OutboundLine[]> {
  return simulate(lines.join('\n'), { config, ...(dataDir ? { dataDir } : {}) });
}

/** Messages sent to one address. */
export const to = (out: OutboundLine[], addr: string) => out.filter((o) => o.to === addr);

/** What a simulate run stored of one kind on one day (read without locking the folder). */
export async function storedOn<K extends DatedKind>(dataDir: string, kind: K, date = '2026-11-23'): Promise<RecordOf<K>[]> {
  const repo = await LowdbRepository.open(dataDir, { readOnly: true });
  try {
    return await repo.day(kind, date);
  } finally {
    await repo.close();
  }
}
