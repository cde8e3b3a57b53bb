import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { SchoolConfig } from './config/schema.ts';
import type { Inbound } from '../handlers/types.ts';
import { createRuntime } from './runtime.ts';
import { VirtualDispatcher, type Route } from './outbox.ts';
import { dueBetween } from './scheduler.ts';
import { silentLogger, type Logger } from './log.ts';
import type { PlatformName } from './pacing.ts';

export interface OutboundLine {
  at: string;
  to: string;
  text: string;
  card?: object;
}

const scriptLine = z.union([
  z.object({ at: z.iso.datetime({ offset: true }), tick: z.literal(true) }),
  z.object({
    at: z.iso.datetime({ offset: true }),
    chat: z.string().min(1).max(200),
    from: z.string().min(1).max(200),
    text: z.string().max(100_000),
    mention: z.boolean().optional(),
    name: z.string().max(100).optional(),
  }),
]);
type ScriptLine = z.infer<typeof scriptLine>;

export interface SimulateOptions {
  config: SchoolConfig;
  /** keep the data here; default a fresh temporary folder */
  dataDir?: string;
  log?: Logger;
  /** told about each line that could not be read (it is skipped) */
  onBadLine?: (lineNo: number, why: string) => void;
  /** as BIND_SECRET for the running bot */
  bindSecret?: string;
}

/** Outbound times as ISO 8601 in the school's offset, like the script's. */
function isoInZone(d: Date, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  const ms = d.getUTCMilliseconds();
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${ms ? `.${String(ms).padStart(3, '0')}` : ''}${offset}`;
}

/**
 * Replays a script of timed events through the whole bot on a virtual clock:
 * scheduled jobs fire as the clock passes them, and every message that leaves
 * the outbox is returned with the virtual time it left.
 */
export async function simulate(scriptText: string, o: SimulateOptions): Promise<OutboundLine[]> {
  const events: { line: ScriptLine; no: number }[] = [];
  scriptText.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      o.onBadLine?.(i + 1, '不是有效的 JSON');
      return;
    }
    const r = scriptLine.safeParse(parsed);
    if (!r.success) o.onBadLine?.(i + 1, r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
    else events.push({ line: r.data, no: i + 1 });
  });
  // Stable sort: events at the same instant keep the script's order.
  events.sort((a, b) => Date.parse(a.line.at) - Date.parse(b.line.at));

  const { config } = o;
  const tz = config.school.timezone;
  const tmp = o.dataDir ? null : mkdtempSync(path.join(tmpdir(), 'shuangjian-sim-'));
  const out: OutboundLine[] = [];
  let now = new Date(events.length ? Date.parse(events[0]!.line.at) - 1 : 0);
  const clock = () => now;
  const platformOf = (to: string): PlatformName => {
    if (to.startsWith('lark:')) return 'lark';
    return config.classes.find((c) => c.group === to)?.platform ?? 'wechat';
  };
  const transport = { send: async () => undefined };
  const rt = await createRuntime({
    config,
    dataDir: o.dataDir ?? tmp!,
    log: o.log ?? silentLogger,
    clock,
    ...(o.bindSecret ? { bindSecret: o.bindSecret } : {}),
    routeFor: (to): Route => ({ platform: platformOf(to), transport }),
    dispatcher: (store, c) =>
      new VirtualDispatcher(store.outbox, c, (entry, at) => {
        out.push({ at: isoInZone(at, tz), to: entry.to, text: entry.text, ...(entry.card ? { card: entry.card } : {}) });
      }),
  });
  try {
    await rt.outbox.resume();
    for (const { line, no } of events) {
      const at = new Date(line.at);
      for (const job of dueBetween(config, now, at)) {
        now = job.at;
        await rt.bot.runJob(job.name, job.at);
      }
      now = at;
      if ('tick' in line) continue;
      const msg: Inbound = {
        messageId: `sim-${no}`,
        platform: 'console',
        chat: line.chat === 'dm' ? { kind: 'dm' } : { kind: 'group', groupId: line.chat },
        from: line.from,
        ...(line.name ? { displayName: line.name } : {}),
        text: line.mention ? line.text.replace(/^\s*@\S+\s*/, '') : line.text,
        mentioned: line.mention === true,
        at,
      };
      await rt.bot.receive(msg);
    }
    await rt.outbox.idle();
  } finally {
    await rt.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
