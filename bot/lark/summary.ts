import type { SchoolConfig } from '../config/schema.ts';
import type { Repository } from '../../storage/repository.ts';
import { lark, type Effect } from '../../handlers/types.ts';
import { loadWeek, summaryMarkdown } from '../../handlers/weekly.ts';
import { weeklyCards } from './card.ts';

/** Idempotency key for one card: the message API's uuid, at most 50 characters. */
export function cardKey(config: SchoolConfig, week: string, part: number): string {
  return `wk-${config.school.id}-${week}-${part}`.slice(0, 50);
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
