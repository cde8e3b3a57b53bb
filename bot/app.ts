import type { SchoolConfig } from './config/schema.ts';
import { route } from '../handlers/router.ts';
import { classOfGroup, identify } from '../handlers/identify.ts';
import type { Effect, Inbound } from '../handlers/types.ts';
import type { Repository } from '../storage/repository.ts';
import type { Outbox } from './outbox.ts';
import type { Logger } from './log.ts';
import { scheduledJobs, type JobName } from './jobs.ts';

const SORRY = '抱歉，我刚才处理出错了，请稍后再试；如果一直不行，请联系班主任。';
/** How many recent message ids are remembered to drop re-delivered events. */
const SEEN_LIMIT = 5000;

/**
 * The bot without its platforms: it takes Inbound messages and scheduled
 * jobs, runs the pure handlers, stores what they decide, then queues what
 * they say. Saves come first, so nothing is acknowledged that is not stored.
 */
export class Bot {
  private readonly seen = new Set<string>();

  constructor(
    readonly config: SchoolConfig,
    readonly store: Repository,
    readonly outbox: Outbox,
    private readonly log: Logger,
    private readonly clock: () => Date,
    private readonly bindSecret?: string,
  ) {}

  async receive(msg: Inbound): Promise<Effect[]> {
    const dedupeKey = `${msg.platform}:${msg.messageId}`;
    if (this.seen.has(dedupeKey)) return [];
    this.seen.add(dedupeKey);
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);
    try {
      const stored = await this.store.state('parentBinding');
      const klass = msg.chat.kind === 'group' ? classOfGroup(this.config, msg.chat.groupId) : undefined;
      const ctx = { config: this.config, store: this.store, identity: identify(msg.from, this.config, stored), now: this.clock(), ...(klass ? { klass } : {}), ...(this.bindSecret ? { bindSecret: this.bindSecret } : {}) };
      const effects = await route(msg, ctx);
      await this.apply(effects);
      return effects;
    } catch (err) {
      this.log.error({ err: String(err), stack: (err as Error)?.stack, from: msg.from }, '处理消息出错');
      const to = msg.chat.kind === 'group' ? msg.chat.groupId : `dm:${msg.from}`;
      if (msg.chat.kind === 'dm' || msg.mentioned || /^[\/／]/.test(msg.text.trim())) {
        await this.outbox.enqueue({ to, text: SORRY }).catch(() => undefined);
      }
      return [];
    }
  }

  async runJob(name: JobName, now: Date): Promise<Effect[]> {
    const job = scheduledJobs(this.config).find((j) => j.name === name);
    if (!job) return [];
    try {
      const effects = await job.run({ config: this.config, store: this.store, now });
      await this.apply(effects);
      return effects;
    } catch (err) {
      this.log.error({ err: String(err), job: name }, '定时任务出错');
      return [];
    }
  }

  private async apply(effects: Effect[]): Promise<void> {
    for (const e of effects) if (e.type === 'save') await this.store.save(e.record);
    await this.outbox.enqueueAll(effects.flatMap((e) => (e.type === 'send' ? [{ to: e.to, text: e.text, ...(e.card ? { card: e.card } : {}), ...(e.key ? { key: e.key } : {}) }] : [])));
  }
}
