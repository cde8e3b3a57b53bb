import { createHash } from 'node:crypto';
import type { SchoolConfig } from '../config/schema.ts';
import type { Repository } from '../../storage/repository.ts';
import { lark, type Effect } from '../../handlers/types.ts';
import { loadWeek, summaryMarkdown } from '../../handlers/weekly.ts';
import { weeklyCards } from './card.ts';

/**
 * Idempotency key for one card: the message API's uuid, at most 50 characters.
 * A school id may be 64 characters: cutting the key would cut the part number off
 * and give every card of the week one key (the outbox would drop all but the
 * first), so a long id is replaced by its hash instead.
 */
export function cardKey(config: SchoolConfig, week: string, part: number): string {
  const key = `wk-${config.school.id}-${week}-${part}`;
  return key.length <= 50 ? key : `wk-${createHash('sha256').update(config.school.id).digest('hex').slice(0, 20)}-${week}-${part}`;
}

/** The weekly summary for the school's Lark chat: one send per card, each with a stable key. */
export async function weeklySummaryEffects(config: SchoolConfig, store: Repository, week: string): Promise<Effect[]> {
  const chat = config.lark.schoolChatId;
  if (!chat) return [];
  const s = await loadWeek(config, store, week);
  if (!s) return [];
  const cards = weeklyCards(config, s);
  const text = summaryMarkdown(config, s);
  return cards.map((card, i) => ({ type: 'send', to: lark(chat), text: i === 0 ? text : `（续 ${i + 1}/${cards.length}）`, card, key: cardKey(config, week, i + 1) }));
}
