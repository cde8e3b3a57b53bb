import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadSchoolConfig } from './config/load.ts';
import type { SchoolConfig } from './config/schema.ts';
import { createLogger } from './log.ts';
import { createRuntime } from './runtime.ts';
import { startScheduler } from './scheduler.ts';
import { ConsoleTransport, runConsole } from './adapters/console.ts';
import { SendError, type Route, type Transport } from './outbox.ts';
import { DataDirLockedError } from '../storage/lowdb.ts';
import type { PlatformBinding } from '../storage/records.ts';
import type { Inbound } from '../handlers/types.ts';
import { createLarkClient, larkCredentialsFromEnv, LarkTransport } from './lark/transport.ts';
import { larkContacts, larkReceiverFor, startLarkInbound } from './adapters/lark.ts';

const log = createLogger();

/** A platform that is not configured: its messages fail once, clearly, and are not retried. */
const unconfigured = (what: string): Transport => ({
  send: async () => {
    throw new SendError(`${what}未配置，消息无法发出`, true);
  },
});

function loadConfig(): SchoolConfig {
  try {
    return loadSchoolConfig(process.env.SCHOOL_CONFIG);
  } catch (e) {
    process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  // Settings may come from a .env file beside the project (see .env.example).
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const chat = process.env.LARK_SCHOOL_CHAT_ID;
  if (chat) config.lark.schoolChatId = chat;
  const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
  const creds = larkCredentialsFromEnv(process.env);
  const larkClient = creds ? createLarkClient(creds, log) : undefined;
  // Lark contacts bound by one-time code; re-read when a message binds someone, read synchronously by the mapping.
  let larkBindings: PlatformBinding[] = [];
  const larkTransport: Transport = larkClient ? new LarkTransport(larkClient, larkReceiverFor(config, () => larkBindings)) : unconfigured('飞书（LARK_APP_ID / LARK_APP_SECRET）');
  const larkClasses = config.classes.filter((c) => c.platform === 'lark').length;
  const wechatClasses = config.classes.length - larkClasses;
  // Each platform starts when it has classes and its settings; with neither, the terminal stands in.
  const wechatOn = !!process.env.WECHATY_PUPPET && wechatClasses > 0;
  const larkOn = !!larkClient && larkClasses > 0;
  const consoleMode = !wechatOn && !larkOn;

  let wechat: Transport = unconfigured('微信');
  const consoleOut = new ConsoleTransport(config);
  const lazyWechat: Transport = { send: (e) => wechat.send(e) };
  const contactPlatform = (id: string) =>
    config.classes.find((c) => c.teachers.some((t) => t.id === id) || c.parents.some((p) => p.id === id))?.platform ?? 'wechat';
  const routeFor = (to: string): Route => {
    if (to.startsWith('lark:') || to.startsWith('dm:lark:')) return creds || !consoleMode ? { platform: 'lark', transport: larkTransport } : { platform: 'console', transport: consoleOut };
    if (consoleMode) return { platform: 'console', transport: consoleOut };
    const platform = to.startsWith('dm:') ? contactPlatform(to.slice(3)) : (config.classes.find((c) => c.group === to)?.platform ?? 'wechat');
    return platform === 'lark' ? { platform, transport: larkTransport } : { platform: 'wechat', transport: lazyWechat };
  };

  let rt;
  try {
    rt = await createRuntime({
      config,
      dataDir,
      log,
      routeFor,
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      ...(process.env.BIND_SECRET ? { bindSecret: process.env.BIND_SECRET } : {}),
    });
  } catch (e) {
    if (e instanceof DataDirLockedError || (e instanceof Error && e.name === 'SchoolLockedError')) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const stopScheduler = startScheduler(config, (name, now) => rt.bot.runJob(name, now));
  const shutdown = async () => {
    stopScheduler();
    await rt.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  if (consoleMode) {
    await rt.outbox.resume();
    await runConsole(config, (m) => rt.bot.receive(m), () => rt.outbox.idle());
    await shutdown();
    return;
  }
  if (larkClasses > 0 && !larkOn) log.error({ larkClasses }, '有班级配置在飞书上，但没有设置 LARK_APP_ID / LARK_APP_SECRET，这些班级收不到消息');
  if (wechatClasses > 0 && !wechatOn) log.error({ wechatClasses }, '有班级在微信上，但没有设置 WECHATY_PUPPET，这些班级收不到消息（见 README“连接微信”）');
  // Lark first: it needs no login, so Lark classes work while the WeChat QR code waits.
  if (larkOn && creds) {
    const refresh = async () => {
      larkBindings = await rt.store.state('platformBinding');
    };
    await refresh();
    const receive = async (m: Inbound) => {
      const effects = await rt.bot.receive(m);
      // Only a message that bound someone changes who is who.
      if (effects.some((e) => e.type === 'save' && e.record.kind === 'platformBinding')) await refresh();
      return effects;
    };
    await startLarkInbound({ client: larkClient!, creds, receive, log, mapContact: larkContacts(config, () => larkBindings).toContact });
  }
  await rt.outbox.resume();
  if (wechatOn) {
    const { startWechat } = await import('./adapters/wechat.ts');
    const adapter = await startWechat({ config, store: rt.store, log, receive: (m) => rt.bot.receive(m), name: 'shuangjian', dataDir });
    wechat = adapter.transport;
  }
  log.info({ classes: config.classes.length, larkClasses, wechatOn, larkOn }, '机器人已启动');
}

await main();
