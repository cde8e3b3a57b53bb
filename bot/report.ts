import type { SchoolConfig } from './config/schema.ts';
import { LowdbRepository, DataDirLockedError } from '../storage/lowdb.ts';
import { loadWeek, summaryMarkdown } from '../handlers/weekly.ts';
import { createRuntime } from './runtime.ts';
import { createLogger } from './log.ts';
import { createLarkClient, larkCredentialsFromEnv, LarkTransport } from './lark/transport.ts';
import { weeklySummaryEffects } from './lark/summary.ts';

export interface ReportOptions {
  config: SchoolConfig;
  week: string;
  dataDir: string;
  send: boolean;
  env?: NodeJS.ProcessEnv;
}

/** `shuangjian report`: prints the week as Markdown; with --send, sends the cards through the outbox. */
export async function report(o: ReportOptions): Promise<number> {
  const env = o.env ?? process.env;
  const readStore = await LowdbRepository.open(o.dataDir, { readOnly: true });
  const summary = await loadWeek(o.config, readStore, o.week);
  if (!summary) {
    process.stderr.write(`周“${o.week}”不存在，请用 YYYY-Www 格式，例如 2026-W48。\n`);
    return 2;
  }
  process.stdout.write(`${summaryMarkdown(o.config, summary)}\n`);
  if (!o.send) return 0;

  const creds = larkCredentialsFromEnv(env);
  const chat = env.LARK_SCHOOL_CHAT_ID ?? o.config.lark.schoolChatId;
  if (!creds || !chat) {
    process.stderr.write('无法发送：请设置 LARK_APP_ID、LARK_APP_SECRET 和 LARK_SCHOOL_CHAT_ID（见 .env.example）。\n');
    return 2;
  }
  const config = { ...o.config, lark: { ...o.config.lark, schoolChatId: chat } };
  const log = createLogger();
  const transport = new LarkTransport(createLarkClient(creds, log));
  let rt;
  try {
    rt = await createRuntime({ config, dataDir: o.dataDir, log, routeFor: () => ({ platform: 'lark', transport }) });
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      process.stderr.write(`${e.message}\n机器人正在运行时，周报会在计划时间自动发送。\n`);
      return 1;
    }
    throw e;
  }
  try {
    const effects = await weeklySummaryEffects(config, rt.store, o.week);
    for (const e of effects) if (e.type === 'send') await rt.outbox.enqueue({ to: e.to, text: e.text, ...(e.card ? { card: e.card } : {}), ...(e.key ? { key: e.key } : {}) });
    await rt.outbox.idle();
    let sent = 0;
    for (const e of effects) if (e.type === 'send' && e.key && (await rt.store.outbox.wasSent(e.key))) sent++;
    const ok = sent === effects.length;
    process.stderr.write(ok ? `已发送 ${sent} 张周报卡片到飞书群 ${chat}。\n` : `有 ${effects.length - sent} 张周报卡片未能发送，原因见上面的日志。\n`);
    return ok ? 0 : 1;
  } finally {
    await rt.close();
  }
}
