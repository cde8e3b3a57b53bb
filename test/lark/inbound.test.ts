// Lark inbound: im.message.receive_v1 events → Inbound. The fixtures are the
// documented v2 envelope ({schema, header, event}) that the long connection
// carries; they go through the SDK's own EventDispatcher, as WSClient does,
// so the test also pins how the SDK flattens the envelope for the handler.
import { describe, it, expect, afterEach } from 'vitest';
import * as lark from '@larksuiteoapi/node-sdk';
import { defaultLarkContact, fetchBotOpenId, LarkDeduper, larkEventToInbound, larkMessageHandler } from '../../bot/adapters/lark.ts';
import { createLarkClient, LarkTransport } from '../../bot/lark/transport.ts';
import { createRuntime, type Runtime } from '../../bot/runtime.ts';
import { schoolConfigSchema } from '../../bot/config/schema.ts';
import type { Logger } from '../../bot/log.ts';
import type { Inbound } from '../../handlers/types.ts';
import { startFakeLark, type FakeLark } from './fakeLark.ts';
import { exampleConfig, tempDir } from '../helpers.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const BOT = 'ou_bot_0001';
const GROUP = 'oc_5ad11d72b830411d72b836c20';

type Opts = { eventId?: string; messageId?: string; chatType?: string; chatId?: string; type?: string; content?: unknown; mentions?: { key: string; openId: string; name: string }[]; senderType?: string; sender?: string };

/** A raw im.message.receive_v1 event as Lark sends it (schema 2.0). */
function rawEvent(o: Opts = {}) {
  return {
    schema: '2.0',
    header: {
      event_id: o.eventId ?? '5e3702a84e847582be8db7fb73283c02',
      event_type: 'im.message.receive_v1',
      create_time: '1795420800000',
      token: 'rvaYgkR5HFXZqNCeXqYvUbBCLHAVsdDs',
      app_id: APP_ID,
      tenant_key: '2ca1d211f64f6438',
    },
    event: {
      sender: {
        sender_id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: o.sender ?? 'ou_84aad35d084aa403a838cf73ee18467' },
        sender_type: o.senderType ?? 'user',
        tenant_key: '2ca1d211f64f6438',
      },
      message: {
        message_id: o.messageId ?? 'om_5ce6d572455d361153b7cb51da133945',
        root_id: '',
        parent_id: '',
        create_time: '1795420800000',
        update_time: '1795420800000',
        chat_id: o.chatId ?? GROUP,
        chat_type: o.chatType ?? 'group',
        message_type: o.type ?? 'text',
        content: JSON.stringify(o.content ?? { text: '老师好' }),
        mentions: (o.mentions ?? []).map((m) => ({ key: m.key, id: { union_id: `on_${m.name}`, user_id: m.name, open_id: m.openId }, name: m.name, tenant_key: '2ca1d211f64f6438' })),
        user_agent: 'Mozilla/5.0 Lark/7.30.0',
      },
    },
  };
}

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };

/** Runs a raw event through the SDK's dispatcher the way WSClient does, and returns what our handler got. */
async function throughSdk(raw: object): Promise<unknown> {
  let got: unknown;
  const d = new lark.EventDispatcher({ logger: quiet }).register({ 'im.message.receive_v1': (data) => void (got = data) });
  await d.invoke(raw, { needCheck: false });
  return got;
}

function captureLog() {
  const lines: { level: string; obj: unknown; msg: string }[] = [];
  const at = (level: string) => (obj: unknown, msg?: string) => void lines.push({ level, obj, msg: msg ?? String(obj) });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as Logger };
}

describe('larkEventToInbound', () => {
  it('maps a group text that @-mentions the bot', async () => {
    const data = await throughSdk(rawEvent({ content: { text: '@_user_1 /作业 数学 20分钟 口算练习第12页' }, mentions: [{ key: '@_user_1', openId: BOT, name: '双减小助手' }] }));
    expect(data).toMatchObject({ event_id: '5e3702a84e847582be8db7fb73283c02', event_type: 'im.message.receive_v1', message: { chat_id: GROUP } });
    expect(larkEventToInbound(data, BOT, defaultLarkContact)).toEqual<Inbound>({
      messageId: 'om_5ce6d572455d361153b7cb51da133945',
      platform: 'lark',
      chat: { kind: 'group', groupId: GROUP, platformGroupId: GROUP },
      from: 'lark:ou_84aad35d084aa403a838cf73ee18467',
      text: '/作业 数学 20分钟 口算练习第12页',
      mentioned: true,
      at: new Date(1795420800000),
    });
  });

  it('does not count a mention of someone else as a mention of the bot', async () => {
    const data = await throughSdk(rawEvent({ content: { text: '@_user_1 王老师，明天要带尺子吗' }, mentions: [{ key: '@_user_1', openId: 'ou_teacher_wang', name: '王老师' }] }));
    const m = larkEventToInbound(data, BOT, defaultLarkContact);
    expect(m).toMatchObject({ mentioned: false, text: '王老师，明天要带尺子吗', chat: { kind: 'group' } });
  });

  it('tells the bot among several mentions and strips every placeholder', async () => {
    const data = await throughSdk(
      rawEvent({
        content: { text: '@_user_1 @_user_2 三年级作业最多多长时间？ @_all' },
        mentions: [
          { key: '@_user_1', openId: 'ou_teacher_wang', name: '王老师' },
          { key: '@_user_2', openId: BOT, name: '双减小助手' },
        ],
      }),
    );
    expect(larkEventToInbound(data, BOT, defaultLarkContact)).toMatchObject({ mentioned: true, text: '三年级作业最多多长时间？' });
    // Without the bot's own open_id nothing counts as a mention of it.
    expect(larkEventToInbound(data, '', defaultLarkContact)).toMatchObject({ mentioned: false });
  });

  it('maps a private (p2p) text to a dm and applies the contact mapping', async () => {
    const data = await throughSdk(rawEvent({ chatType: 'p2p', chatId: 'oc_p2p_1', content: { text: '/免写' }, sender: 'ou_parent_li' }));
    const ids: Record<string, string> = { ou_parent_li: 'p32a' };
    const m = larkEventToInbound(data, BOT, (openId) => ids[openId] ?? defaultLarkContact(openId));
    expect(m).toMatchObject({ chat: { kind: 'dm' }, from: 'p32a', text: '/免写', mentioned: false, platform: 'lark' });
  });

  it('ignores images, the bot itself, other apps and malformed events', async () => {
    expect(larkEventToInbound(await throughSdk(rawEvent({ type: 'image', content: { image_key: 'img_v2_041b' } })), BOT, defaultLarkContact)).toBeNull();
    expect(larkEventToInbound(await throughSdk(rawEvent({ senderType: 'app', sender: BOT })), BOT, defaultLarkContact)).toBeNull();
    expect(larkEventToInbound(await throughSdk(rawEvent({ senderType: 'app', sender: 'ou_other_bot' })), BOT, defaultLarkContact)).toBeNull();
    expect(larkEventToInbound(await throughSdk(rawEvent({ content: 'not an object' })), BOT, defaultLarkContact)).toBeNull();
    expect(larkEventToInbound({ message: { chat_id: 'x' } }, BOT, defaultLarkContact)).toBeNull();
    expect(larkEventToInbound(null, BOT, defaultLarkContact)).toBeNull();
    const broken = rawEvent();
    broken.event.message.content = '{"text":';
    expect(larkEventToInbound(await throughSdk(broken), BOT, defaultLarkContact)).toBeNull();
  });
});

describe('LarkDeduper', () => {
  it('drops a re-delivered event_id and a repeated message_id, with bounded memory', () => {
    const d = new LarkDeduper(4);
    expect(d.seen('ev-1', 'om-1')).toBe(false);
    expect(d.seen('ev-1', 'om-1')).toBe(true);
    expect(d.seen('ev-2', 'om-1')).toBe(true);
    expect(d.seen('ev-3', undefined)).toBe(false);
    expect(d.seen(undefined, undefined)).toBe(false);
    // Four ids kept: after more arrive, the oldest are forgotten.
    for (let i = 10; i < 14; i++) d.seen(`ev-${i}`, undefined);
    expect(d.seen('ev-1', undefined)).toBe(false);
    expect(d.seen('ev-13', undefined)).toBe(true);
  });
});

describe('larkMessageHandler', () => {
  it('hands each message to the bot once and returns before the bot has finished', async () => {
    const received: Inbound[] = [];
    let finish!: () => void;
    const slow = new Promise<void>((r) => (finish = r));
    const { lines, log } = captureLog();
    const handler = larkMessageHandler({ botOpenId: () => BOT, receive: (m) => {
        received.push(m);
        return slow;
      }, log, mapContact: defaultLarkContact });
    const d = new lark.EventDispatcher({ logger: quiet }).register({ 'im.message.receive_v1': (data) => handler(data) });

    const raw = rawEvent({ content: { text: '@_user_1 /帮助' }, mentions: [{ key: '@_user_1', openId: BOT, name: '双减小助手' }] });
    // The bot's work never finishes here, yet the dispatcher (and so the acknowledgement) completes.
    await d.invoke(raw, { needCheck: false });
    await d.invoke(raw, { needCheck: false }); // re-delivery after a missed acknowledgement: same event_id
    await d.invoke(rawEvent({ eventId: 'another-event', content: { text: '/帮助' } }), { needCheck: false }); // same message_id
    await d.invoke(rawEvent({ eventId: 'ev-image', messageId: 'om_image', type: 'image', content: { image_key: 'img' } }), { needCheck: false });
    await d.invoke(rawEvent({ eventId: 'ev-2', messageId: 'om_2', content: { text: '谢谢老师' } }), { needCheck: false });
    expect(received.map((m) => [m.messageId, m.text, m.mentioned])).toEqual([
      ['om_5ce6d572455d361153b7cb51da133945', '/帮助', true],
      ['om_2', '谢谢老师', false],
    ]);
    finish();
    expect(lines).toEqual([]);
  });

  it('logs a failure of the bot instead of failing the event', async () => {
    const { lines, log } = captureLog();
    const handler = larkMessageHandler({ botOpenId: () => BOT, receive: () => Promise.reject(new Error('磁盘已满')), log, mapContact: defaultLarkContact });
    const d = new lark.EventDispatcher({ logger: quiet }).register({ 'im.message.receive_v1': (data) => handler(data) });
    await d.invoke(rawEvent(), { needCheck: false });
    await new Promise((r) => setImmediate(r));
    expect(lines).toMatchObject([{ level: 'error', msg: '处理飞书消息出错', obj: { err: 'Error: 磁盘已满' } }]);
  });
});

describe('a Lark class group end to end (fake Open API)', () => {
  const fakes: FakeLark[] = [];
  const runtimes: Runtime[] = [];
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((rt) => rt.close()));
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });

  it('fetches the bot open_id, then answers an @-mention in the class group on Lark', async () => {
    const fake = await startFakeLark({ appId: APP_ID, appSecret: 's', botOpenId: BOT });
    fakes.push(fake);
    const client = createLarkClient({ appId: APP_ID, appSecret: 's', domain: fake.url });
    expect(await fetchBotOpenId(client)).toBe(BOT);
    await expect(fetchBotOpenId(createLarkClient({ appId: APP_ID, appSecret: 'wrong', domain: fake.url }))).rejects.toThrow();

    const base = exampleConfig();
    // A class whose group is on Lark: its configured group is the Lark chat id.
    const config = schoolConfigSchema.parse({ ...base, classes: base.classes.map((c) => (c.id === 'c3-2' ? { ...c, platform: 'lark', group: GROUP } : c)) });
    const { log } = captureLog();
    const transport = new LarkTransport(client);
    const rt = await createRuntime({ config, dataDir: tempDir(), log, routeFor: () => ({ platform: 'lark', transport }) });
    runtimes.push(rt);
    const contacts: Record<string, string> = { ou_head_teacher: 't32' };
    const handler = larkMessageHandler({ botOpenId: () => BOT, receive: (m) => rt.bot.receive(m), log, mapContact: (id) => contacts[id] ?? defaultLarkContact(id) });
    const d = new lark.EventDispatcher({ logger: quiet }).register({ 'im.message.receive_v1': (data) => handler(data) });

    await d.invoke(rawEvent({ sender: 'ou_head_teacher', content: { text: '@_user_1 /帮助' }, mentions: [{ key: '@_user_1', openId: BOT, name: '双减小助手' }] }), { needCheck: false });
    const deadline = Date.now() + 10_000;
    while (fake.delivered.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await rt.outbox.idle();

    expect(fake.delivered).toHaveLength(1);
    expect(fake.delivered[0]!.chatId).toBe(GROUP);
    expect(fake.delivered[0]!.msgType).toBe('text');
    expect(JSON.parse(fake.delivered[0]!.content).text).toContain('您是班主任，在三年级2班群里可以：');
  });
});
