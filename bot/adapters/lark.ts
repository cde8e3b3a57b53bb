import * as lark from '@larksuiteoapi/node-sdk';
import { z } from 'zod';
import type { Inbound } from '../../handlers/types.ts';
import { UNKNOWN_CONTACT_PREFIX, unknownContact } from '../../handlers/identify.ts';
import type { Logger } from '../log.ts';
import type { LarkCredentials, LarkReceiver } from '../lark/transport.ts';
import type { SchoolConfig } from '../config/schema.ts';
import type { PlatformBinding } from '../../storage/records.ts';
import { SendError } from '../outbox.ts';

/*
 * Class groups on Lark: the SDK's long connection (WSClient) delivers
 * im.message.receive_v1 events; each becomes an Inbound for the bot. A Lark
 * class's configured `group` is the Lark chat id itself: Lark chat ids do not
 * change across logins, so no binding step is needed (unlike some WeChat puppets).
 */

// Only what the mapping reads. The EventDispatcher hands the handler the event
// body with the v2 header's fields (event_id, event_type, …) spread beside it.
const receiveEventSchema = z.object({
  event_id: z.string().optional(),
  sender: z.object({
    sender_id: z.object({ open_id: z.string().optional() }).optional(),
    sender_type: z.string(),
  }),
  message: z.object({
    message_id: z.string(),
    create_time: z.string().optional(),
    chat_id: z.string(),
    chat_type: z.string(),
    message_type: z.string(),
    content: z.string(),
    mentions: z.array(z.object({ key: z.string().optional(), id: z.object({ open_id: z.string().optional() }).optional(), name: z.string().optional() })).optional(),
  }),
});

/** Contact ids of Lark users that the configuration does not name: `lark:<open_id>`. */
export const defaultLarkContact = (openId: string): string => `${UNKNOWN_CONTACT_PREFIX.lark}${openId}`;

/**
 * Who is who on Lark: a teacher bound by a one-time code (a stored binding,
 * newest first), then a configured person's `larkOpenId`; anyone else is
 * `lark:<open_id>`, so a stranger's open_id can never equal a teacher's id.
 */
export function larkContacts(
  config: SchoolConfig,
  bindings: () => readonly PlatformBinding[] = () => [],
): { toContact(openId: string): string; toOpenId(contactId: string): string | undefined } {
  const byOpenId = new Map<string, string>();
  const byContact = new Map<string, string>();
  for (const c of config.classes) {
    for (const p of [...c.teachers, ...c.parents]) {
      if (!p.larkOpenId) continue;
      byOpenId.set(p.larkOpenId, p.id);
      byContact.set(p.id, p.larkOpenId);
    }
  }
  const bound = () => bindings().filter((b) => b.platform === 'lark' && b.target === 'contact').sort((a, b) => b.at.localeCompare(a.at));
  return {
    toContact: (openId) => bound().find((b) => b.platformId === openId)?.schoolId ?? byOpenId.get(openId) ?? defaultLarkContact(openId),
    toOpenId: (contactId) => {
      const stranger = unknownContact(contactId);
      return bound().find((b) => b.schoolId === contactId)?.platformId ?? byContact.get(contactId) ?? (stranger?.platform === 'lark' ? stranger.platformId : undefined);
    },
  };
}

/**
 * Where an outbox address goes on Lark: `dm:<contact>` to that person's open_id,
 * anything else (`lark:<chat id>`, a Lark class's group id) to a chat.
 */
export function larkReceiverFor(config: SchoolConfig, bindings: () => readonly PlatformBinding[] = () => []): (to: string) => LarkReceiver {
  const contacts = larkContacts(config, bindings);
  return (to) => {
    if (to.startsWith('dm:')) {
      const openId = contacts.toOpenId(to.slice(3));
      if (!openId) throw new SendError(`${to.slice(3)} 没有配置飞书 open_id（larkOpenId），无法私聊`, true);
      return { type: 'open_id', id: openId };
    }
    return { type: 'chat_id', id: to.replace(/^lark:/, '') };
  };
}

/** `@_user_1`, `@_all`: what Lark leaves in the text where a mention was. */
const MENTION_PLACEHOLDER = /@_(?:user_\d+|all)/g;

/**
 * Maps one im.message.receive_v1 event (as the SDK's EventDispatcher delivers it)
 * to an Inbound, or null for what the bot does not read: other message types,
 * the bot's own (and other apps') messages, malformed events.
 */
export function larkEventToInbound(event: unknown, botOpenId: string, mapContact: (openId: string) => string = defaultLarkContact): Inbound | null {
  const parsed = receiveEventSchema.safeParse(event);
  if (!parsed.success) return null;
  const { sender, message } = parsed.data;
  const openId = sender.sender_id?.open_id;
  if (sender.sender_type === 'app' || !openId || (botOpenId && openId === botOpenId)) return null;
  if (message.message_type !== 'text') return null;

  let raw: unknown;
  try {
    raw = JSON.parse(message.content);
  } catch {
    return null;
  }
  const body = typeof (raw as { text?: unknown })?.text === 'string' ? (raw as { text: string }).text : null;
  if (body === null) return null;
  const text = body.replace(MENTION_PLACEHOLDER, ' ').replace(/[ \t]+/g, ' ').trim();

  const chat: Inbound['chat'] | null =
    message.chat_type === 'p2p' ? { kind: 'dm' } : message.chat_type === 'group' || message.chat_type === 'topic_group' ? { kind: 'group', groupId: message.chat_id, platformGroupId: message.chat_id } : null;
  if (!chat) return null;

  // Any @ also produces a placeholder: only the bot's own open_id makes it "mentioned".
  const mentioned = !!botOpenId && (message.mentions ?? []).some((m) => m.id?.open_id === botOpenId);
  const ms = Number(message.create_time);
  return {
    messageId: message.message_id,
    platform: 'lark',
    chat,
    from: mapContact(openId),
    text,
    mentioned,
    at: Number.isFinite(ms) && ms > 0 ? new Date(ms) : new Date(),
  };
}

/**
 * Remembers recent event and message ids. Lark re-delivers an event that was not
 * acknowledged in time (same event_id), and a message can arrive as two events;
 * either id seen before means a repeat. Oldest ids are forgotten past `limit`.
 */
export class LarkDeduper {
  private readonly ids = new Set<string>();

  constructor(private readonly limit = 10_000) {}

  seen(eventId: string | undefined, messageId: string | undefined): boolean {
    const keys = [eventId && `e:${eventId}`, messageId && `m:${messageId}`].filter((k): k is string => !!k);
    const repeat = keys.some((k) => this.ids.has(k));
    for (const k of keys) this.ids.add(k);
    while (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value!);
    return repeat;
  }
}

/** GET /open-apis/bot/v3/info → `{ code, bot: { open_id } }`: the bot's own open_id, for telling its @-mentions. */
export async function fetchBotOpenId(client: lark.Client): Promise<string> {
  const r = (await client.request({ method: 'GET', url: '/open-apis/bot/v3/info' })) as { code?: number; msg?: string; bot?: { open_id?: string } };
  if (r?.code !== 0 || !r.bot?.open_id) throw new Error(`code ${r?.code ?? '?'}：${r?.msg ?? '没有 bot.open_id'}`);
  return r.bot.open_id;
}

export interface LarkEventHandlerOptions {
  botOpenId: () => string;
  receive: (m: Inbound) => Promise<unknown>;
  log: Logger;
  mapContact: (openId: string) => string;
  deduper?: LarkDeduper;
}

/**
 * The im.message.receive_v1 handler. It returns at once: the WSClient acknowledges
 * an event only when the handler settles, and Lark re-delivers what is not
 * acknowledged within 3 seconds, so the bot's work runs detached.
 */
export function larkMessageHandler(o: LarkEventHandlerOptions): (data: unknown) => void {
  const deduper = o.deduper ?? new LarkDeduper();
  return (data) => {
    const d = data as { event_id?: string; message?: { message_id?: string } } | undefined;
    if (deduper.seen(d?.event_id, d?.message?.message_id)) return;
    let msg: Inbound | null;
    try {
      msg = larkEventToInbound(data, o.botOpenId(), o.mapContact);
    } catch (err) {
      o.log.error({ err: String(err), eventId: d?.event_id }, '飞书消息无法解析，已忽略');
      return;
    }
    if (!msg) return;
    o.receive(msg).catch((err: unknown) => o.log.error({ err: String(err), messageId: msg.messageId }, '处理飞书消息出错'));
  };
}

/** Starts receiving Lark messages over the SDK's long connection (no public address needed). */
export async function startLarkInbound(o: {
  client: lark.Client;
  creds: LarkCredentials;
  receive: (m: Inbound) => Promise<unknown>;
  log: Logger;
  mapContact: (openId: string) => string;
}): Promise<{ stop(): void }> {
  let botOpenId = '';
  let retry: NodeJS.Timeout | undefined;
  const refresh = async () => {
    try {
      botOpenId = await fetchBotOpenId(o.client);
      o.log.info({ botOpenId }, '已取得飞书机器人 open_id');
    } catch (err) {
      o.log.warn({ err: String(err) }, '无法取得飞书机器人自己的 open_id（GET /open-apis/bot/v3/info）：暂时认不出群里@机器人的消息，一分钟后重试。请检查应用是否启用了机器人能力。');
      retry = setTimeout(() => void refresh(), 60_000);
      retry.unref();
    }
  };
  await refresh();

  // WSClient.start() only logs and returns for an app id of another shape: say it plainly instead.
  if (!/^cli_[0-9a-fA-F]{16}$/.test(o.creds.appId)) {
    o.log.error({ appId: o.creds.appId }, 'LARK_APP_ID 格式不对（应为 cli_ 加 16 位十六进制），无法接收飞书消息。');
  }
  const sdkLog = {
    error: (...m: unknown[]) => o.log.error({ sdk: m.map(String).join(' ').slice(0, 300) }, '飞书长连接出错'),
    warn: (...m: unknown[]) => o.log.warn({ sdk: m.map(String).join(' ').slice(0, 300) }, '飞书长连接'),
    info: () => undefined,
    debug: () => undefined,
    trace: () => undefined,
  };
  const handle = larkMessageHandler({ botOpenId: () => botOpenId, receive: o.receive, log: o.log, mapContact: o.mapContact });
  const eventDispatcher = new lark.EventDispatcher({ logger: sdkLog, loggerLevel: lark.LoggerLevel.warn }).register({
    'im.message.receive_v1': (data) => {
      handle(data);
    },
  });
  const ws = new lark.WSClient({
    appId: o.creds.appId,
    appSecret: o.creds.appSecret,
    domain: o.creds.domain ?? lark.Domain.Feishu,
    httpInstance: o.client.httpInstance,
    logger: sdkLog,
    loggerLevel: lark.LoggerLevel.warn,
    onReady: () => o.log.info('飞书长连接已建立，开始接收消息'),
    onError: (err) => o.log.error({ err: String(err) }, '飞书长连接已放弃重连，收不到飞书消息了，请检查网络和应用的事件订阅（使用长连接接收事件），然后重启机器人'),
  });
  await ws.start({ eventDispatcher });
  return {
    stop() {
      if (retry) clearTimeout(retry);
      ws.close();
    },
  };
}
