// Issue 9.6: 200 weekly cards through the real outbox, dispatcher, transport and
// SDK against a fake Lark that answers 429 past Lark's documented limits.
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { Outbox, BottleneckDispatcher } from '../bot/outbox.ts';
import { PACING, PLATFORM_LIMITS } from '../bot/pacing.ts';
import { createLarkClient, LarkTransport } from '../bot/lark/transport.ts';
import { weeklyCards } from '../bot/lark/card.ts';
import { loadWeek } from '../handlers/weekly.ts';
import { isoWeekOf } from '../rules/calendar.ts';
import { silentLogger } from '../bot/log.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import { startFakeLark } from '../test/lark/fakeLark.ts';
import { tempDir } from '../test/helpers.ts';
import { benchSchool, schoolDays, writeSchoolYear } from './school.ts';

export interface LarkDeliveryFigures {
  cards: number;
  chats: number;
  cardBytes: number;
  /** Lark's documented limits the fake enforced */
  limitPerAppPerSec: number;
  limitPerChatPerSec: number;
  /** the bot's own pacing */
  pacingAccountMinMs: number;
  pacingChatMinMs: number;
  /** max(cards / app rate, cards per chat / chat rate) */
  minimumMs: number;
  /** from enqueue until the outbox is idle with every card recorded as sent */
  wallMs: number;
  /** first to last accepted message create, as the server saw them */
  serverSpanMs: number;
  ratio: number;
  delivered: number;
  rateLimited: number;
  /** the 429s by the limit they were for */
  rateLimitedBy: { app: number; chat: number };
  /** accepted creates beyond one per uuid */
  duplicates: number;
  tokenRequests: number;
  /** most accepted creates the server saw in any 1-s window, for the app and for one chat */
  peakAppPerSec: number;
  peakChatPerSec: number;
}

/** most timestamps inside any window of `ms` (sorted input) */
function peak(times: number[], ms = 1000): number {
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= ms) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

export async function larkDelivery(cards = 200, chats = 10): Promise<LarkDeliveryFigures> {
  const perApp = 1000 / PLATFORM_LIMITS.larkAppGapMs;
  const perChat = 1000 / PLATFORM_LIMITS.larkChatGapMs;
  const appId = 'cli_bench0000000001';
  const appSecret = 'bench-secret';
  const chatIds = Array.from({ length: chats }, (_, i) => `oc_bench_${i}`);
  const fake = await startFakeLark({ appId, appSecret, chats: chatIds, rateLimit: { perAppPerSec: perApp, perChatPerSec: perChat } });

  // A real weekly card: one of a 12-class school's week, as the weekly job builds it.
  const dir = tempDir('sj-lark-');
  const config = benchSchool(12, 4);
  const days = schoolDays(5, '2026-11-23');
  writeSchoolYear(dir, config, days);
  const repo = await LowdbRepository.open(dir);
  const card = weeklyCards(config, (await loadWeek(config, repo, isoWeekOf(days[0]!)))!)[0]!;

  const transport = new LarkTransport(createLarkClient({ appId, appSecret, domain: fake.url }));
  const dispatcher = new BottleneckDispatcher(repo.outbox, silentLogger);
  const outbox = new Outbox(repo.outbox, () => ({ platform: 'lark', transport }), dispatcher, () => new Date());
  const msgs = Array.from({ length: cards }, (_, i) => ({ to: `lark:${chatIds[i % chats]}`, text: '双减周报', card, key: `bench-${i}` }));

  try {
    const t0 = performance.now();
    await outbox.enqueueAll(msgs);
    await outbox.idle();
    const wallMs = performance.now() - t0;

    const reqs = fake.messageRequests();
    const ok = reqs.filter((r) => r.status === 200);
    const okAt = ok.map((r) => r.at).sort((a, b) => a - b);
    const chatPeaks = chatIds.map((c) => peak(ok.filter((r) => (r.body as { receive_id: string }).receive_id === c).map((r) => r.at)));
    const minimumMs = 1000 * Math.max(cards / perApp, Math.ceil(cards / chats) / perChat);
    const uuids = new Set(ok.map((r) => (r.body as { uuid: string }).uuid));
    return {
      cards,
      chats,
      cardBytes: Buffer.byteLength(JSON.stringify(card)),
      limitPerAppPerSec: perApp,
      limitPerChatPerSec: perChat,
      pacingAccountMinMs: PACING.lark.accountMinMs,
      pacingChatMinMs: PACING.lark.chatMinMs,
      minimumMs,
      wallMs: Math.round(wallMs),
      serverSpanMs: okAt.length ? okAt.at(-1)! - okAt[0]! : 0,
      ratio: Number((wallMs / minimumMs).toFixed(3)),
      delivered: fake.delivered.length,
      rateLimited: reqs.filter((r) => r.status === 429).length,
      rateLimitedBy: { app: reqs.filter((r) => r.limitedBy === 'app').length, chat: reqs.filter((r) => r.limitedBy === 'chat').length },
      duplicates: ok.length - uuids.size,
      tokenRequests: fake.tokenRequests().length,
      peakAppPerSec: peak(okAt),
      peakChatPerSec: Math.max(...chatPeaks),
    };
  } finally {
    await dispatcher.stop();
    await repo.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await larkDelivery(), null, 2) + '\n');
}
