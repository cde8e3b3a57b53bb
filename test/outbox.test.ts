import { describe, it, expect, vi, afterEach } from 'vitest';
import { Outbox, BottleneckDispatcher, SendError, type Transport } from '../bot/outbox.ts';
import { PACING, PLATFORM_LIMITS } from '../bot/pacing.ts';
import { silentLogger } from '../bot/log.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import type { OutboxEntry } from '../storage/outbox.ts';
import { tempDir } from './helpers.ts';

afterEach(() => {
  vi.useRealTimers();
});

async function setup(transport: Transport, platform: 'wechat' | 'lark' = 'wechat') {
  const store = await LowdbRepository.open(tempDir());
  const dispatcher = new BottleneckDispatcher(store.outbox, silentLogger, () => new Date(), () => 0.5);
  const outbox = new Outbox(store.outbox, () => ({ platform, transport }), dispatcher, () => new Date());
  return { store, outbox, dispatcher };
}

/** Advances fake time in small steps so timers, promises and file writes all get their turn. */
async function advance(ms: number, step = 50) {
  for (let t = 0; t < ms; t += step) {
    await vi.advanceTimersByTimeAsync(step);
    await new Promise((r) => setImmediate(r));
  }
}

describe('outbox pacing (fake clock)', () => {
  it('spaces WeChat sends of the account by at least the minimum gap, in order per chat', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: { to: string; text: string; at: number }[] = [];
    const { outbox, store, dispatcher } = await setup({ send: async (e) => void sent.push({ to: e.to, text: e.text, at: Date.now() }) });
    for (let i = 0; i < 5; i++) await outbox.enqueue({ to: 'room-3-2', text: `消息${i}` });
    await outbox.enqueue({ to: 'room-8-1', text: '另一个群' });
    await advance(10_000);
    expect(sent).toHaveLength(6);
    expect(sent.filter((s) => s.to === 'room-3-2').map((s) => s.text)).toEqual(['消息0', '消息1', '消息2', '消息3', '消息4']);
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(PLATFORM_LIMITS.wechatAccountGapMs);
    await outbox.idle();
    expect(await store.outbox.pending()).toEqual([]);
    await dispatcher.stop();
    await store.close();
  });

  it('lets Lark chats go in parallel but keeps each chat to its own rate', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: { to: string; at: number }[] = [];
    const { outbox, store, dispatcher } = await setup({ send: async (e) => void sent.push({ to: e.to, at: Date.now() }) }, 'lark');
    for (let i = 0; i < 10; i++) await outbox.enqueue({ to: 'lark:oc_a', text: `a${i}` });
    for (let i = 0; i < 10; i++) await outbox.enqueue({ to: 'lark:oc_b', text: `b${i}` });
    await advance(5_000, 10);
    expect(sent).toHaveLength(20);
    for (const chat of ['lark:oc_a', 'lark:oc_b']) {
      const times = sent.filter((s) => s.to === chat).map((s) => s.at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(PLATFORM_LIMITS.larkChatGapMs);
    }
    // Two chats share the app's budget, so together they finish in about the time of one chat.
    const a = sent.filter((s) => s.to === 'lark:oc_a').map((s) => s.at);
    const b = sent.filter((s) => s.to === 'lark:oc_b').map((s) => s.at);
    expect(Math.abs(a[9]! - b[9]!)).toBeLessThan(PACING.lark.chatMinMs * 2);
    await dispatcher.stop();
    await store.close();
  });

  it('retries a failed send after a backoff, without breaking the spacing, and sends it once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: { text: string; at: number }[] = [];
    let failures = 1;
    const transport: Transport = {
      send: async (e: OutboxEntry) => {
        if (e.text === '会失败一次' && failures-- > 0) throw new SendError('暂时失败', false, 3000);
        sent.push({ text: e.text, at: Date.now() });
      },
    };
    const { outbox, store, dispatcher } = await setup(transport);
    const start = Date.now();
    await outbox.enqueue({ to: 'room-3-2', text: '会失败一次' });
    await outbox.enqueue({ to: 'room-3-2', text: '第二条' });
    await advance(20_000);
    expect(sent.map((s) => s.text).sort()).toEqual(['会失败一次', '第二条']);
    const retried = sent.find((s) => s.text === '会失败一次')!;
    expect(retried.at - start).toBeGreaterThanOrEqual(3000);
    expect(Math.abs(sent[1]!.at - sent[0]!.at)).toBeGreaterThanOrEqual(PLATFORM_LIMITS.wechatAccountGapMs);
    await outbox.idle();
    expect(await store.outbox.pending()).toEqual([]);
    await dispatcher.stop();
    await store.close();
  });

  it('does not retry a permanent error, and marks the message failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let calls = 0;
    const { outbox, store, dispatcher } = await setup({
      send: async () => {
        calls++;
        throw new SendError('群不存在', true);
      },
    });
    await outbox.enqueue({ to: 'room-x', text: '你好' });
    await advance(120_000, 500);
    expect(calls).toBe(1);
    expect(await store.outbox.pending()).toEqual([]);
    await dispatcher.stop();
    await store.close();
  });

  it('never queues the same key twice', async () => {
    const sent: string[] = [];
    const { outbox, store, dispatcher } = await setup({ send: async (e) => void sent.push(e.key) }, 'lark');
    expect(await outbox.enqueue({ to: 'lark:oc', text: '周报', key: 'wk-1' })).toBe(true);
    expect(await outbox.enqueue({ to: 'lark:oc', text: '周报', key: 'wk-1' })).toBe(false);
    await outbox.idle();
    expect(await outbox.enqueue({ to: 'lark:oc', text: '周报', key: 'wk-1' })).toBe(false);
    expect(sent).toEqual(['wk-1']);
    await dispatcher.stop();
    await store.close();
  });
});
