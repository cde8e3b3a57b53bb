import Bottleneck from 'bottleneck';
import { createHash } from 'node:crypto';
import type { OutboxStore } from '../storage/repository.ts';
import type { OutboxEntry } from '../storage/outbox.ts';
import { backoffMs, PACING, RETRY, type PlatformName, type RetryPolicy } from './pacing.ts';
import type { Logger } from './log.ts';

/** A send that failed; `permanent` errors (bad credentials, unknown chat) are never retried. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** What actually delivers a message to a platform. */
export interface Transport {
  send(entry: OutboxEntry): Promise<void>;
}

export interface Route {
  platform: PlatformName;
  transport: Transport;
}

/** Decides how and when entries leave; the real one waits on timers, simulate's computes times. */
export interface Dispatcher {
  submit(entry: OutboxEntry, route: Route): void;
  /** resolves when nothing is queued or in flight */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface OutboxMessage {
  to: string;
  text: string;
  card?: object;
  key?: string;
}

/**
 * Every outbound message goes through here: persisted first (so a restart
 * sends what was waiting), then paced per chat and per platform. Enqueueing
 * never waits for the send, so message handling is never blocked by pacing.
 */
export class Outbox {
  private seq = 0;

  constructor(
    private readonly store: OutboxStore,
    private readonly routeFor: (to: string) => Route,
    private readonly dispatcher: Dispatcher,
    private readonly clock: () => Date,
  ) {}

  /** Idempotency key: the caller's, or one derived from the content and the moment it was queued. */
  private keyOf(msg: OutboxMessage, now: Date): string {
    if (msg.key) return msg.key;
    const h = createHash('sha256').update(`${msg.to}\n${msg.text}\n${now.toISOString()}\n${this.seq++}`).digest('hex');
    return `m-${h.slice(0, 32)}`;
  }

  async enqueue(msg: OutboxMessage): Promise<boolean> {
    return (await this.enqueueAll([msg])) === 1;
  }

  /** Queues what one message or job says in a single durable write; returns how many were new. */
  async enqueueAll(msgs: OutboxMessage[]): Promise<number> {
    if (msgs.length === 0) return 0;
    const now = this.clock();
    const entries: OutboxEntry[] = msgs.map((msg) => ({
      key: this.keyOf(msg, now),
      to: msg.to,
      text: msg.text,
      ...(msg.card ? { card: msg.card as Record<string, unknown> } : {}),
      createdAt: now.toISOString(),
      status: 'pending',
      attempts: 0,
    }));
    const added = await this.store.addMany(entries);
    for (const e of added) this.dispatcher.submit(e, this.routeFor(e.to));
    return added.length;
  }

  /** After a restart: send what was waiting. */
  async resume(): Promise<number> {
    const pending = await this.store.pending();
    for (const e of pending) this.dispatcher.submit(e, this.routeFor(e.to));
    return pending.length;
  }

  idle(): Promise<void> {
    return this.dispatcher.idle();
  }
}

const chatOf = (to: string) => to;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Real-time dispatch with bottleneck: one limiter per chat (FIFO, spaced by
 * chatMinMs) chained to one per platform account. A failed send is re-submitted
 * as a new job after its backoff, because bottleneck's own retry skips minTime.
 */
export class BottleneckDispatcher implements Dispatcher {
  private readonly accounts = new Map<PlatformName, Bottleneck>();
  private readonly chats = new Map<PlatformName, Bottleneck.Group>();
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopping = false;
  /** each submitted send until its outcome is recorded */
  private readonly settling = new Set<Promise<void>>();
  private readonly retry: RetryPolicy;

  constructor(
    private readonly store: OutboxStore,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
    private readonly random: () => number = Math.random,
    /** tests shorten the backoff; production keeps RETRY */
    options: { retry?: Partial<RetryPolicy> } = {},
  ) {
    this.retry = { ...RETRY, ...options.retry };
  }

  private limiterFor(platform: PlatformName, chat: string): Bottleneck {
    const p = PACING[platform];
    let account = this.accounts.get(platform);
    if (!account) {
      account = new Bottleneck({ minTime: p.accountMinMs, maxConcurrent: p.accountConcurrency });
      this.accounts.set(platform, account);
    }
    let group = this.chats.get(platform);
    if (!group) {
      group = new Bottleneck.Group({ minTime: p.chatMinMs, maxConcurrent: 1 });
      this.chats.set(platform, group);
    }
    return group.key(chat).chain(account);
  }

  submit(entry: OutboxEntry, route: Route): void {
    this.inFlight++;
    const p = PACING[route.platform];
    const send = async () => {
      if (p.jitterMs > 0) await sleep(Math.floor(this.random() * p.jitterMs));
      const sentAt = Date.now();
      try {
        await route.transport.send(entry);
      } finally {
        // The chat's gap must hold where the platform counts it, from when the request
        // left: the chat limiter releases a job before it waits for the account's turn,
        // so its own spacing alone lets two sends of one chat arrive closer (Lark 429s).
        const rest = p.chatMinMs - (Date.now() - sentAt);
        if (rest > 0) await sleep(rest);
      }
    };
    // bottleneck yields to the timer queue several times per job (~7 ms for a
    // chained pair): worth it to pace a platform, pure delay for one without limits.
    const unpaced = p.accountMinMs === 0 && p.chatMinMs === 0 && p.accountConcurrency === null;
    const settled = (unpaced ? send() : this.limiterFor(route.platform, chatOf(entry.to)).schedule(send))
      .then(
        () => this.store.markSent(entry.key, this.clock().toISOString()),
        (err: unknown) => this.failed(entry, route, err),
      )
      .catch((err: unknown) => this.log.error({ err: String(err), key: entry.key }, '发件记录失败'))
      .finally(() => {
        this.settling.delete(settled);
        this.done();
      });
    this.settling.add(settled);
  }

  private async failed(entry: OutboxEntry, route: Route, err: unknown): Promise<void> {
    const permanent = err instanceof SendError && err.permanent;
    const attempts = entry.attempts + 1;
    if (this.stopping && !permanent) {
      // No retry timer may outlive stop(): the entry stays pending and the next start sends it.
      this.log.debug({ to: entry.to, key: entry.key, err: String(err) }, '停止时消息未发出，下次启动时重发');
      return;
    }
    if (permanent || attempts >= this.retry.maxAttempts) {
      this.log.error({ to: entry.to, key: entry.key, attempts, err: String(err) }, permanent ? '发送失败（不可重试，请检查配置：npx shuangjian doctor）' : '发送多次失败，已放弃');
      await this.store.markFailed(entry.key, String(err));
      return;
    }
    const wait = backoffMs(attempts, err instanceof SendError ? err.retryAfterMs : undefined, this.retry);
    this.log.warn({ to: entry.to, key: entry.key, attempts, wait, err: String(err) }, '发送失败，稍后重试');
    this.inFlight++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.inFlight--;
      this.submit({ ...entry, attempts }, route);
    }, wait);
    this.timers.add(timer);
  }

  private done(): void {
    this.inFlight--;
    if (this.inFlight === 0) {
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    }
  }

  idle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }

  /**
   * Drops what is waiting, lets sends already on the wire finish (bottleneck waits for
   * them, up to the transport's timeout) and records their outcome before the store closes.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    // Jobs queued in a chat's limiter would otherwise be refused one by one at the chat's pace.
    const limiters = [...this.chats.values()].flatMap((g) => g.limiters().map((l) => l.limiter));
    await Promise.all([...limiters, ...this.accounts.values()].map((l) => l.stop({ dropWaitingJobs: true }).catch(() => undefined)));
    await Promise.allSettled([...this.settling]);
  }
}

/**
 * simulate's dispatcher: the same pacing rules, applied on the virtual clock.
 * A message leaves at the first moment its chat and its account are both free.
 */
export class VirtualDispatcher implements Dispatcher {
  private readonly chatFree = new Map<string, number>();
  private readonly accountFree = new Map<PlatformName, number>();
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: OutboxStore,
    private readonly clock: () => Date,
    private readonly onDepart: (entry: OutboxEntry, at: Date) => void,
  ) {}

  submit(entry: OutboxEntry, route: Route): void {
    const p = PACING[route.platform];
    const now = this.clock().getTime();
    const at = Math.max(now, this.chatFree.get(entry.to) ?? 0, this.accountFree.get(route.platform) ?? 0);
    this.chatFree.set(entry.to, at + p.chatMinMs);
    this.accountFree.set(route.platform, at + p.accountMinMs);
    const when = new Date(at);
    this.chain = this.chain.then(async () => {
      await route.transport.send(entry);
      this.onDepart(entry, when);
      await this.store.markSent(entry.key, when.toISOString());
    });
  }

  idle(): Promise<void> {
    return this.chain;
  }

  async stop(): Promise<void> {
    await this.chain;
  }
}
