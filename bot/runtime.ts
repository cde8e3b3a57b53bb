import type { SchoolConfig } from './config/schema.ts';
import { Bot } from './app.ts';
import { openRepository } from '../storage/open.ts';
import { Outbox, BottleneckDispatcher, type Dispatcher, type Route } from './outbox.ts';
import type { Logger } from './log.ts';
import type { Repository } from '../storage/repository.ts';

export interface Runtime {
  bot: Bot;
  store: Repository;
  outbox: Outbox;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  config: SchoolConfig;
  dataDir: string;
  /** PostgreSQL instead of lowdb (DATABASE_URL) */
  databaseUrl?: string;
  log: Logger;
  routeFor: (to: string) => Route;
  clock?: () => Date;
  /** BIND_SECRET: lets teachers bind with a one-time code from the school's IT */
  bindSecret?: string;
  /** simulate passes its virtual dispatcher; the default paces on real timers */
  dispatcher?: (store: Repository, clock: () => Date) => Dispatcher;
}

/** Wires storage, outbox and bot together; the adapters plug into `routeFor` and `bot.receive`. */
export async function createRuntime(o: RuntimeOptions): Promise<Runtime> {
  const clock = o.clock ?? (() => new Date());
  const store = await openRepository({ dataDir: o.dataDir, schoolId: o.config.school.id, ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}) }, {
    onCorrupt: (file, movedTo, error) => o.log.error({ file, movedTo, error }, '数据文件无法读取，已移到一旁保存，请检查'),
  });
  const dispatcher = o.dispatcher ? o.dispatcher(store, clock) : new BottleneckDispatcher(store.outbox, o.log, clock);
  const outbox = new Outbox(store.outbox, o.routeFor, dispatcher, clock);
  const bot = new Bot(o.config, store, outbox, o.log, clock, o.bindSecret);
  return {
    bot,
    store,
    outbox,
    dispatcher,
    async close() {
      await dispatcher.stop();
      await store.close();
    },
  };
}
