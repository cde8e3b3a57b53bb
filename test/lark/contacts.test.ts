// A class group on Lark end to end: who is who (open_id → school contact id),
// and where replies go (group → chat_id, private → the person's open_id).
import { describe, it, expect, afterEach } from 'vitest';
import { larkContacts, larkEventToInbound, larkReceiverFor } from '../../bot/adapters/lark.ts';
import { createLarkClient, LarkTransport } from '../../bot/lark/transport.ts';
import { createRuntime, type Runtime } from '../../bot/runtime.ts';
import { schoolConfigSchema, type SchoolConfig } from '../../bot/config/schema.ts';
import { SendError } from '../../bot/outbox.ts';
import { silentLogger } from '../../bot/log.ts';
import { startFakeLark, type FakeLark } from './fakeLark.ts';
import { exampleConfig, tempDir } from '../helpers.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const BOT = 'ou_bot0001';
const GROUP = 'oc_class32';
const HEAD = 'ou_head32';
const MATHS = 'ou_maths32';
const PARENT = 'ou_parent32a';

function larkSchool(): SchoolConfig {
  const base = exampleConfig();
  const openIds: Record<string, string> = { t32: HEAD, t32m: MATHS, p32a: PARENT };
  return schoolConfigSchema.parse({
    ...base,
    classes: base.classes.map((c) =>
      c.id !== 'c3-2'
        ? c
        : {
            ...c,
            platform: 'lark',
            group: GROUP,
            teachers: c.teachers.map((t) => (openIds[t.id] ? { ...t, larkOpenId: openIds[t.id] } : t)),
            parents: c.parents.map((p) => (openIds[p.id] ? { ...p, larkOpenId: openIds[p.id] } : p)),
          },
    ),
  });
}

let n = 0;
function event(from: string, text: string, chat: 'group' | 'p2p' = 'group', mentionBot = false) {
  n++;
  return {
    event_id: `ev${n}`,
    sender: { sender_id: { open_id: from }, sender_type: 'user' },
    message: {
      message_id: `om_${n}`,
      create_time: String(Date.parse('2026-11-24T09:00:00Z')),
      chat_id: chat === 'group' ? GROUP : `oc_p2p_${from}`,
      chat_type: chat,
      message_type: 'text',
      content: JSON.stringify({ text: mentionBot ? `@_user_1 ${text}` : text }),
      ...(mentionBot ? { mentions: [{ key: '@_user_1', id: { open_id: BOT }, name: '双减小助手' }] } : {}),
    },
  };
}

describe('Lark contacts and addressing', () => {
  it('knows a configured person by their school id and anyone else by lark:<open_id>', () => {
    const contacts = larkContacts(larkSchool());
    expect(contacts.toContact(HEAD)).toBe('t32');
    expect(contacts.toContact('ou_stranger')).toBe('lark:ou_stranger');
    expect(contacts.toOpenId('t32m')).toBe(MATHS);
    expect(contacts.toOpenId('lark:ou_stranger')).toBe('ou_stranger');
    expect(contacts.toOpenId('t81')).toBeUndefined();
  });

  it('sends group replies to the chat and private ones to the open_id; a person without one is a permanent error', () => {
    const receiver = larkReceiverFor(larkSchool());
    expect(receiver(GROUP)).toEqual({ type: 'chat_id', id: GROUP });
    expect(receiver('lark:oc_school_office')).toEqual({ type: 'chat_id', id: 'oc_school_office' });
    expect(receiver('dm:t32')).toEqual({ type: 'open_id', id: HEAD });
    expect(receiver('dm:lark:ou_x')).toEqual({ type: 'open_id', id: 'ou_x' });
    let err: unknown;
    try {
      receiver('dm:t32e');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).permanent).toBe(true);
  });

  it('knows a teacher bound by one-time code, newest binding first, both ways', () => {
    const at = (d: string) => `2026-11-${d}T08:00:00.000Z`;
    const bindings = [
      { kind: 'platformBinding' as const, id: 'a', platform: 'lark' as const, target: 'contact' as const, platformId: 'ou_old', schoolId: 't32e', at: at('20'), by: 'code:1' },
      { kind: 'platformBinding' as const, id: 'b', platform: 'lark' as const, target: 'contact' as const, platformId: 'ou_new', schoolId: 't32e', at: at('23'), by: 'code:2' },
      { kind: 'platformBinding' as const, id: 'c', platform: 'wechat' as const, target: 'contact' as const, platformId: 'ou_wx', schoolId: 't81', at: at('23'), by: 'remark' },
    ];
    const contacts = larkContacts(larkSchool(), () => bindings);
    expect(contacts.toContact('ou_new')).toBe('t32e');
    expect(contacts.toContact('ou_old')).toBe('t32e');
    expect(contacts.toOpenId('t32e')).toBe('ou_new');
    expect(contacts.toContact('ou_wx')).toBe('lark:ou_wx');
    expect(larkReceiverFor(larkSchool(), () => bindings)('dm:t32e')).toEqual({ type: 'open_id', id: 'ou_new' });
  });

  it('rejects one open_id given to two people', () => {
    const cfg = exampleConfig();
    const classes = cfg.classes.map((c) => (c.id === 'c3-2' ? { ...c, teachers: c.teachers.map((t) => ({ ...t, larkOpenId: HEAD })) } : c));
    const r = schoolConfigSchema.safeParse({ ...cfg, classes });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('一个飞书账号只能对应一个人');
  });
});

describe('a class group on Lark, through the real SDK and a fake Lark', () => {
  const fakes: FakeLark[] = [];
  const runtimes: Runtime[] = [];
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((rt) => rt.close()));
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });

  async function setup() {
    const fake = await startFakeLark({ appId: APP_ID, appSecret: 's', botOpenId: BOT });
    fakes.push(fake);
    const config = larkSchool();
    const transport = new LarkTransport(createLarkClient({ appId: APP_ID, appSecret: 's', domain: fake.url }), larkReceiverFor(config));
    const clock = new Date('2026-11-24T09:00:00Z'); // 17:00 in Shanghai, a Tuesday
    const rt = await createRuntime({ config, dataDir: tempDir(), log: silentLogger, routeFor: () => ({ platform: 'lark', transport }), clock: () => clock });
    runtimes.push(rt);
    const contacts = larkContacts(config);
    const say = async (e: object) => {
      const m = larkEventToInbound(e, BOT, contacts.toContact);
      expect(m).not.toBeNull();
      await rt.bot.receive(m!);
      await rt.outbox.idle();
    };
    return { fake, rt, say };
  }

  it('a teacher known by open_id posts homework; the reply goes privately by open_id', async () => {
    const { fake, rt, say } = await setup();
    await say(event(MATHS, '/作业 数学 20分钟 口算练习第12页', 'p2p'));
    const items = await rt.store.day('homework', '2026-11-24');
    expect(items.map((i) => [i.classId, i.subject, i.minutes])).toEqual([['c3-2', '数学', 20]]);
    const req = fake.messageRequests().at(-1)!;
    expect(req.query.receive_id_type).toBe('open_id');
    expect((req.body as { receive_id: string }).receive_id).toBe(MATHS);
  });

  it('a stranger on Lark cannot post homework, whatever the display name', async () => {
    const { fake, rt, say } = await setup();
    await say(event('ou_stranger', '/作业 数学 20分钟 口算练习第12页', 'group', true));
    expect(await rt.store.day('homework', '2026-11-24')).toEqual([]);
    const req = fake.messageRequests().at(-1)!;
    expect(req.query.receive_id_type).toBe('chat_id');
    expect((req.body as { receive_id: string }).receive_id).toBe(GROUP);
  });
});
