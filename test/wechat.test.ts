import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { knownContactIds, resolveContactId, resolveGroupId, resolveTarget, startWechat, type WechatAdapter } from '../bot/adapters/wechat.ts';
import { loadSchoolConfig } from '../bot/config/load.ts';
import { silentLogger } from '../bot/log.ts';
import { SendError, type Transport } from '../bot/outbox.ts';
import { teacherBindCode } from '../rules/bindCode.ts';
import { createRuntime, type Runtime } from '../bot/runtime.ts';
import type { Inbound } from '../handlers/types.ts';
import type { PlatformBinding } from '../storage/records.ts';
import type { OutboxEntry } from '../storage/outbox.ts';
import { tempDir } from './helpers.ts';

const config = loadSchoolConfig();

describe('WeChat id mapping (pure)', () => {
  const known = knownContactIds(config);
  const groups = new Set(config.classes.map((c) => c.group));
  const binding = (target: 'group' | 'contact', platformId: string, schoolId: string, at = '2026-11-23T08:00:00.000Z'): PlatformBinding => ({
    kind: 'platformBinding', id: `wechat|${target}|${platformId}`, platform: 'wechat', target, platformId, schoolId, at, by: 't32',
  });

  it('trusts a binding, then the owner-set remark when it names a configured contact, else keeps the contact unknown', () => {
    expect(resolveContactId('t32', 'p32a', 'raw1', known)).toEqual({ schoolId: 't32', via: 'binding' });
    expect(resolveContactId(undefined, ' p32a ', 'raw1', known)).toEqual({ schoolId: 'p32a', via: 'remark' });
    expect(resolveContactId(undefined, '王老师', 'raw1', known)).toEqual({ schoolId: 'wx:raw1', via: 'unknown' });
    expect(resolveContactId(undefined, 'bot', 'raw1', known).via).toBe('unknown');
    expect(resolveContactId(undefined, null, 'raw1', known).schoolId).toBe('wx:raw1');
  });

  it('maps a room through its binding, else to an unmapped placeholder', () => {
    expect(resolveGroupId('room-3-2', 'abc@chatroom')).toBe('room-3-2');
    expect(resolveGroupId(undefined, 'abc@chatroom')).toBe('wechat:abc@chatroom');
  });

  it('finds the WeChat target of an outbound address, newest binding first', () => {
    const bs = [binding('group', 'old@chatroom', 'room-3-2', '2026-11-01T00:00:00.000Z'), binding('group', 'new@chatroom', 'room-3-2'), binding('contact', 'c1', 'p32a')];
    expect(resolveTarget('room-3-2', bs, known, groups)).toEqual({ kind: 'room', rawIds: ['new@chatroom', 'old@chatroom'] });
    expect(resolveTarget('dm:p32a', bs, known, groups)).toEqual({ kind: 'contact', rawIds: ['c1'], remark: 'p32a' });
    expect(resolveTarget('dm:t32', bs, known, groups)).toEqual({ kind: 'contact', rawIds: [], remark: 't32' });
    expect(resolveTarget('dm:wx:abc', bs, known, groups)).toEqual({ kind: 'contact', rawIds: ['abc'] });
    expect(resolveTarget('wechat:x@chatroom', bs, known, groups)).toEqual({ kind: 'room', rawIds: ['x@chatroom'] });
    expect(resolveTarget('room-8-1', bs, known, groups)).toMatchObject({ kind: 'none', permanent: true });
    expect(resolveTarget('lark:oc_school_office', bs, known, groups)).toMatchObject({ kind: 'none', permanent: true });
    expect(resolveTarget('dm:nobody', bs, known, groups)).toMatchObject({ kind: 'none', permanent: true });
  });
});

async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface World {
  rt: Runtime;
  adapter: WechatAdapter;
  mocker: mock.Mocker;
  user: mock.ContactMock;
  parent: mock.ContactMock;
  head: mock.ContactMock;
  fake: mock.ContactMock;
  room: mock.RoomMock;
  inbound: Inbound[];
  dataDir: string;
  /** what the bot said in a mock room, or privately to a mock contact */
  said(where: mock.RoomMock | mock.ContactMock): string[];
  /** waits for the bot's next message there, after the `count` already seen */
  next(where: mock.RoomMock | mock.ContactMock, count: number, what: string): Promise<string>;
}

const running: World[] = [];

/** The mock's event typings do not resolve here (typed-emitter); this is the part the tests use. */
type Listens = { on(event: 'message', listener: (m: mock.MessageMock) => void): unknown };

afterEach(async () => {
  for (const w of running.splice(0)) {
    await w.adapter.stop();
    await w.rt.close();
  }
});

async function start(o: { clock?: () => Date; bindSecret?: string } = {}): Promise<World> {
  const dataDir = tempDir('sj-wechat-');
  let adapter: WechatAdapter | undefined;
  const transport: Transport = {
    send: (e: OutboxEntry) => (adapter ? adapter.transport.send(e) : Promise.reject(new SendError('微信还没启动', false))),
  };
  const rt = await createRuntime({
    config,
    dataDir,
    log: silentLogger,
    routeFor: () => ({ platform: 'console', transport }),
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.bindSecret ? { bindSecret: o.bindSecret } : {}),
  });
  const inbound: Inbound[] = [];
  const mocker = new mock.Mocker();
  const user = mocker.createContact({ name: '双减小助手' });
  // Remarks (alias) are what the bot account's owner wrote; the mock keeps them in the payload.
  const parent = mocker.createContact({ name: '李明妈妈', alias: 'p32a' });
  const head = mocker.createContact({ name: '张老师', alias: 't32' });
  const fake = mocker.createContact({ name: '王老师' });
  const room = mocker.createRoom({ topic: '三年级2班家长群', memberIdList: [user.id, parent.id, head.id, fake.id] });
  adapter = await startWechat({
    config,
    store: rt.store,
    log: silentLogger,
    receive: (m) => {
      inbound.push(m);
      return rt.bot.receive(m);
    },
    name: 'shuangjian',
    dataDir,
    puppet: new PuppetMock({ mocker }),
  });
  mocker.login(user);
  const bot = adapter.bot;
  await waitFor(() => bot.isLoggedIn, '登录');

  const heard = new Map<mock.RoomMock | mock.ContactMock, string[]>();
  const said = (where: mock.RoomMock | mock.ContactMock) => {
    let list = heard.get(where);
    if (!list) {
      const l: string[] = [];
      // The mock tells a room every message said in it, and a contact every message it said or was sent.
      (where as unknown as Listens).on('message', (m: mock.MessageMock) => {
        if (m.payload.talkerId === user.id && (where instanceof mock.RoomMock || !m.payload.roomId)) l.push(m.payload.text ?? '');
      });
      heard.set(where, l);
      list = l;
    }
    return list;
  };
  // Listen from the start: a reply may arrive before a test first looks.
  for (const where of [room, parent, head, fake]) said(where);
  const next = (where: mock.RoomMock | mock.ContactMock, count: number, what: string) => waitFor(() => said(where)[count], what);
  const w: World = { rt, adapter, mocker, user, parent, head, fake, room, inbound, dataDir, said, next };
  running.push(w);
  return w;
}

/** The head teacher binds the room to class 3-2 the way a school would: /绑定 in the room. */
async function bindRoom(w: World, room: mock.RoomMock = w.room): Promise<void> {
  const n = w.said(room).length;
  w.head.say('/绑定 三年级2班').to(room);
  expect(await w.next(room, n, '绑定回复')).toContain('本群已绑定为三年级2班');
}

describe('WeChat adapter on wechaty-puppet-mock', () => {
  it("answers a parent's /帮助 in the class group with the parent's help", async () => {
    const w = await start();
    await bindRoom(w);
    const n = w.said(w.room).length;
    w.parent.say('/帮助').to(w.room);
    const reply = await w.next(w.room, n, '群里的帮助');
    expect(reply).toContain('您是家长');
    expect(reply).toContain('/免写');
    const msg = w.inbound.find((m) => m.text === '/帮助')!;
    expect(msg).toMatchObject({ platform: 'wechat', from: 'p32a', displayName: '李明妈妈', mentioned: false, chat: { kind: 'group', groupId: 'room-3-2', platformGroupId: w.room.id } });
  });

  it('strips an @-mention of the bot before handling the message', async () => {
    const w = await start();
    await bindRoom(w);
    const n = w.said(w.room).length;
    w.parent.say('@双减小助手 /帮助', [w.user]).to(w.room);
    expect(await w.next(w.room, n, '@ 后的帮助')).toContain('/免写');
    expect(w.inbound.find((m) => m.mentioned)).toMatchObject({ text: '/帮助', from: 'p32a' });
  });

  it('answers a private /帮助 privately', async () => {
    const w = await start();
    w.parent.say('/帮助').to(w.user);
    const reply = await w.next(w.parent, 0, '私聊的帮助');
    expect(reply).toContain('您是家长');
    expect(reply).toContain('/免写');
    expect(w.said(w.room)).toEqual([]);
    expect(w.inbound[0]).toMatchObject({ chat: { kind: 'dm' }, from: 'p32a' });
  });

  it("ignores the bot's own messages, including the echo of what it sends", async () => {
    const w = await start();
    await bindRoom(w);
    const n = w.said(w.room).length;
    const before = w.inbound.length;
    // What the bot sends comes back as a message event: a command in it must not be answered.
    await w.adapter.transport.send({ key: 'self-1', to: 'room-3-2', text: '/帮助', createdAt: new Date().toISOString(), status: 'pending', attempts: 0 });
    w.user.say('/帮助').to(w.room);
    // A later message from someone else is answered: by then the bot's own would have been too.
    w.parent.say('/帮助').to(w.room);
    const reply = await w.next(w.room, n + 2, '家长的帮助');
    expect(reply).toContain('您是家长');
    await w.rt.outbox.idle();
    expect(w.said(w.room).slice(n)).toEqual(['/帮助', '/帮助', reply]);
    expect(w.inbound.slice(before).map((m) => m.from)).toEqual(['p32a']);
  });

  it('passes on text messages only', async () => {
    const w = await start();
    await bindRoom(w);
    const n = w.said(w.room).length;
    const before = w.inbound.length;
    // What the mock's say() does for a picture, without fetching one.
    const image = w.mocker.MessageMock.create({ id: 'img-1', talkerId: w.parent.id, roomId: w.room.id, mentionIdList: [], timestamp: Date.now(), type: types.Message.Image });
    w.mocker.puppet.emit('message', { messageId: image.id });
    w.parent.say('/帮助').to(w.room);
    await w.next(w.room, n, '图片之后的帮助');
    expect(w.inbound.slice(before).map((m) => m.text)).toEqual(['/帮助']);
  });

  it('asks for /绑定 in an unmapped group, and after the head teacher binds it the group is class 3-2', async () => {
    const w = await start();
    const other = w.mocker.createRoom({ topic: '三（2）班家长交流', memberIdList: [w.user.id, w.parent.id, w.head.id] });
    w.parent.say('/帮助').to(other);
    const ask = await w.next(other, 0, '未绑定群的提示');
    expect(ask).toContain('请班主任');
    expect(ask).toContain('/绑定');
    expect(w.inbound[0]!.chat).toEqual({ kind: 'group', groupId: `wechat:${other.id}`, platformGroupId: other.id });

    // Only the head teacher, known by the owner's remark, can bind; a parent cannot.
    w.parent.say('/绑定 三年级2班').to(other);
    expect(await w.next(other, 1, '家长绑定被拒')).toContain('只有三年级2班的班主任');
    await bindRoom(w, other);
    const bindings = await w.rt.store.state('platformBinding');
    expect(bindings.find((b) => b.target === 'group')).toMatchObject({ platform: 'wechat', platformId: other.id, schoolId: 'room-3-2', by: 't32' });

    w.parent.say('/帮助').to(other);
    const help = await w.next(other, 3, '绑定后的帮助');
    expect(help).toContain('您是家长，在三年级2班群里');
    expect(w.inbound.at(-1)!.chat).toEqual({ kind: 'group', groupId: 'room-3-2', platformGroupId: other.id });
  });

  it('gives no teacher rights to a contact who only calls themselves 王老师', async () => {
    const w = await start({ clock: () => new Date('2026-11-23T16:05:00+08:00') });
    await bindRoom(w);
    const n = w.said(w.room).length;
    w.fake.say('/作业 数学 20分钟 口算').to(w.room);
    expect(await w.next(w.room, n, '拒绝')).toContain('只有本校老师');
    expect(w.inbound.at(-1)!.from).toBe(`wx:${w.fake.id}`);
    // A display name that copies a contact id is still only a display name.
    const copycat = w.mocker.createContact({ name: 't32m' });
    w.room.payload.memberIdList.push(copycat.id);
    copycat.say('/作业 数学 20分钟 口算').to(w.room);
    expect(await w.next(w.room, n + 1, '拒绝冒名者')).toContain('只有本校老师');
    expect(await w.rt.store.day('homework', '2026-11-23')).toEqual([]);
  });

  it('tells the head teacher privately, found by the remark, when an unknown parent binds', async () => {
    const w = await start();
    await bindRoom(w);
    const n = w.said(w.room).length;
    w.fake.say('/绑定 小华').to(w.room);
    expect(await w.next(w.room, n, '绑定回复')).toContain('已绑定');
    const notice = await w.next(w.head, 0, '班主任的私信');
    expect(notice).toContain('小华');
    expect(notice).toContain(`wx:${w.fake.id}`);
    // The unknown parent is reached by the raw id kept in its school id.
    await w.adapter.transport.send({ key: 'dm-raw', to: `dm:wx:${w.fake.id}`, text: '您好', createdAt: new Date().toISOString(), status: 'pending', attempts: 0 });
    expect(await w.next(w.fake, 0, '私信陌生家长')).toBe('您好');
    // A teacher who never wrote to the bot is found by the remark alone, and remembered.
    const math = w.mocker.createContact({ name: '数学老师', alias: 't32m' });
    w.said(math);
    await w.adapter.transport.send({ key: 'dm-remark', to: 'dm:t32m', text: '明早的免写名单', createdAt: new Date().toISOString(), status: 'pending', attempts: 0 });
    expect(await w.next(math, 0, '按备注找到老师')).toBe('明早的免写名单');
    expect((await w.rt.store.state('platformBinding')).find((b) => b.schoolId === 't32m')).toMatchObject({ target: 'contact', platformId: math.id, by: 'remark' });
  });

  it('binds a teacher by the one-time code from IT, once; the teacher can then post homework', async () => {
    const w = await start({ clock: () => new Date('2026-11-23T16:05:00+08:00'), bindSecret: 'it-secret' });
    await bindRoom(w);
    const code = teacherBindCode('it-secret', 't32m', '2026-11-22'); // issued yesterday: still valid
    const maths = w.mocker.createContact({ name: '李老师' }); // no remark: only the code can tell who this is
    w.said(maths);
    maths.say(`/绑定 ${code}`).to(w.user);
    expect(await w.next(maths, 0, '绑定确认')).toContain('三年级2班数学老师');
    expect(await w.next(w.head, 0, '班主任的通知')).toContain('一次性码');
    w.room.payload.memberIdList.push(maths.id);
    const n = w.said(w.room).length;
    maths.say('/作业 数学 20分钟 口算练习第12页').to(w.room);
    await w.next(w.room, n, '作业回复');
    expect((await w.rt.store.day('homework', '2026-11-23')).map((h) => h.teacherId)).toEqual(['t32m']);

    // The same code a second time, a wrong one, one from three days ago, and one said in the group.
    w.fake.say(`/绑定 ${code}`).to(w.user);
    expect(await w.next(w.fake, 0, '用过的码')).toContain('已经用过');
    w.fake.say(`/绑定 ${teacherBindCode('wrong-secret', 't32e', '2026-11-23')}`).to(w.user);
    expect(await w.next(w.fake, 1, '错的码')).toContain('不对');
    w.fake.say(`/绑定 ${teacherBindCode('it-secret', 't32e', '2026-11-20')}`).to(w.user);
    expect(await w.next(w.fake, 2, '过期的码')).toContain('过期');
    const m = w.said(w.room).length;
    const posted = teacherBindCode('it-secret', 't32e', '2026-11-23');
    w.fake.say(`/绑定 ${posted}`).to(w.room);
    expect(await w.next(w.room, m, '群里的码')).toContain('私聊');
    expect(w.inbound.at(-1)!.from).toBe(`wx:${w.fake.id}`);
    expect((await w.rt.store.state('platformBinding')).filter((b) => b.schoolId === 't32e').map((b) => b.target)).toEqual(['burnedCode']);
    // The code everyone in the group saw no longer binds, even for its teacher.
    const english = w.mocker.createContact({ name: '王老师' });
    w.said(english);
    english.say(`/绑定 ${posted}`).to(w.user);
    expect(await w.next(english, 0, '作废的码')).toContain('已经用过');
    expect((await w.rt.store.state('platformBinding')).filter((b) => b.schoolId === 't32e' && b.target === 'contact')).toEqual([]);
  });

  it('keeps the memory card (the login session) in the data folder', async () => {
    const w = await start();
    // wechat4u writes its session there; the mock writes nothing, so write a probe the same way.
    const { memory } = w.adapter.bot as unknown as { memory: { set(k: string, v: unknown): Promise<void>; save(): Promise<void> } };
    await memory.set('probe', 1);
    await memory.save();
    expect(existsSync(path.join(w.dataDir, 'shuangjian.memory-card.json'))).toBe(true);
  });

  it("confirms a parent's private /免写 at 21:10", async () => {
    const now = new Date('2026-11-23T21:10:00+08:00');
    const w = await start({ clock: () => now });
    w.parent.say('/免写').to(w.user);
    const reply = await w.next(w.parent, 0, '免写确认');
    expect(reply).toContain('已收到家长签字');
    expect(reply).toContain('李明');
  });

  it('refuses targets it cannot reach: permanently when unknown, for Lark, and retryably when logged out', async () => {
    const w = await start();
    const entry = (to: string): OutboxEntry => ({ key: `k-${to}`, to, text: '测试', createdAt: new Date().toISOString(), status: 'pending', attempts: 0 });
    for (const to of ['room-8-1', 'lark:oc_school_office', 'dm:nobody', 'dm:wx:no-such-contact']) {
      const err = await w.adapter.transport.send(entry(to)).then(() => undefined, (e: unknown) => e);
      expect(err, to).toBeInstanceOf(SendError);
      expect((err as SendError).permanent, to).toBe(true);
    }
    await bindRoom(w);
    await w.mocker.puppet.logout();
    await waitFor(() => !w.adapter.bot.isLoggedIn, '退出登录');
    const err = await w.adapter.transport.send(entry('room-3-2')).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).permanent).toBe(false);
  });
});
