import path from 'node:path';
import qrcodeTerminal from 'qrcode-terminal';
import type { Contact, Message, Room, Wechaty } from 'wechaty';
import type { SchoolConfig } from '../config/schema.ts';
import type { Logger } from '../log.ts';
import { SendError, type Transport } from '../outbox.ts';
import type { Inbound } from '../../handlers/types.ts';
import type { Repository } from '../../storage/repository.ts';
import type { PlatformBinding } from '../../storage/records.ts';
import type { OutboxEntry } from '../../storage/outbox.ts';
import { UNKNOWN_CONTACT_PREFIX as UNKNOWN_CONTACTS } from '../../handlers/identify.ts';

export interface WechatOptions {
  config: SchoolConfig;
  store: Repository;
  log: Logger;
  receive: (msg: Inbound) => Promise<unknown>;
  /** the bot's name; wechaty keeps its memory card (the login session) at `<dataDir>/<name>.memory-card.json` */
  name: string;
  dataDir: string;
  /** tests pass a puppet (PuppetMock); default from WECHATY_PUPPET via wechaty's own conventions */
  puppet?: unknown;
}

export interface WechatAdapter {
  transport: Transport;
  /** the Wechaty instance (the type import costs nothing at run time) */
  bot: Wechaty;
  stop(): Promise<void>;
}

/** Prefix of a WeChat contact the school does not know: it keeps the platform id so a reply can find it. */
const UNKNOWN_CONTACT_PREFIX = UNKNOWN_CONTACTS.wechat;
/** Prefix of a WeChat group not yet bound to a class. */
export const UNMAPPED_GROUP_PREFIX = 'wechat:';

// A puppet call that never answers must not stall every later message behind it.
const PUPPET_TIMEOUT_MS = 30_000;

/** Contact ids the school configured (teachers and parents): the only ids a remark may claim. */
export function knownContactIds(config: SchoolConfig): Set<string> {
  return new Set(config.classes.flatMap((c) => [...c.teachers.map((t) => t.id), ...c.parents.map((p) => p.id)]));
}

export type ContactResolution = { schoolId: string; via: 'binding' | 'remark' | 'unknown' };

/**
 * Who a WeChat contact is to the school. Only what a member cannot forge counts:
 * a stored binding, then the remark the bot account's owner gave the contact
 * (members cannot set it) when it names a configured contact. Display names and
 * group nicknames never enter here: anyone can call themselves 王老师.
 */
export function resolveContactId(binding: string | undefined, alias: string | null | undefined, rawId: string, knownIds: ReadonlySet<string>): ContactResolution {
  if (binding) return { schoolId: binding, via: 'binding' };
  const remark = alias?.trim();
  if (remark && knownIds.has(remark)) return { schoolId: remark, via: 'remark' };
  return { schoolId: `${UNKNOWN_CONTACT_PREFIX}${rawId}`, via: 'unknown' };
}

/** The school's group id of a WeChat room: its binding, else a placeholder the router treats as unmapped. */
export function resolveGroupId(binding: string | undefined, rawRoomId: string): string {
  return binding ?? `${UNMAPPED_GROUP_PREFIX}${rawRoomId}`;
}

/** Where an outbound address goes on WeChat, decided without the puppet. */
export type WechatTarget =
  /** `rawIds` newest binding first: ids from an earlier login may be stale on some puppets */
  | { kind: 'room'; rawIds: string[] }
  /** `remark`: also look for a contact whose remark is this school id */
  | { kind: 'contact'; rawIds: string[]; remark?: string }
  | { kind: 'none'; why: string; permanent: boolean };

export function resolveTarget(to: string, bindings: readonly PlatformBinding[], knownIds: ReadonlySet<string>, groupIds: ReadonlySet<string>): WechatTarget {
  if (to.startsWith('lark:')) return { kind: 'none', why: `飞书地址 ${to} 不经微信发送`, permanent: true };
  const bound = (target: PlatformBinding['target'], schoolId: string) =>
    bindings
      .filter((b) => b.platform === 'wechat' && b.target === target && b.schoolId === schoolId)
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((b) => b.platformId);
  if (to.startsWith('dm:')) {
    const id = to.slice(3);
    if (knownIds.has(id)) return { kind: 'contact', rawIds: bound('contact', id), remark: id };
    if (id.startsWith(UNKNOWN_CONTACT_PREFIX) && id.length > UNKNOWN_CONTACT_PREFIX.length) {
      return { kind: 'contact', rawIds: [...bound('contact', id), id.slice(UNKNOWN_CONTACT_PREFIX.length)] };
    }
    const rawIds = bound('contact', id);
    return rawIds.length ? { kind: 'contact', rawIds } : { kind: 'none', why: `找不到联系人 ${id} 的微信（没有绑定，也没有这个备注）`, permanent: true };
  }
  if (groupIds.has(to)) {
    const rawIds = bound('group', to);
    return rawIds.length ? { kind: 'room', rawIds } : { kind: 'none', why: `找不到班级群 ${to} 对应的微信群：请班主任在群里发送 /绑定 班级名称`, permanent: true };
  }
  if (to.startsWith(UNMAPPED_GROUP_PREFIX) && to.length > UNMAPPED_GROUP_PREFIX.length) return { kind: 'room', rawIds: [to.slice(UNMAPPED_GROUP_PREFIX.length)] };
  const rawIds = bound('group', to);
  return rawIds.length ? { kind: 'room', rawIds } : { kind: 'none', why: `找不到发送目标 ${to}`, permanent: true };
}

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}超时（${ms} 毫秒）`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
};

/** What a message carries, read from the puppet before the bindings are consulted. */
interface Raw {
  id: string;
  at: Date;
  text: string;
  mentioned: boolean;
  talkerId: string;
  talkerAlias: string | undefined;
  talkerName: string;
  roomId: string | undefined;
}

export async function startWechat(o: WechatOptions): Promise<WechatAdapter> {
  // Loaded here, not at the top: wechaty costs ~0.7 s and 130 MB, and only this adapter needs it.
  const { WechatyBuilder, types, qrcodeValueToImageUrl } = await import('wechaty');
  const { log, store, config } = o;
  const known = knownContactIds(config);
  const groupIds = new Set(config.classes.map((c) => c.group));

  const bot: Wechaty = WechatyBuilder.build({
    name: path.join(o.dataDir, o.name),
    ...(o.puppet ? { puppet: o.puppet as never } : {}),
  });

  const wechatBindings = async () => (await store.state('platformBinding')).filter((b) => b.platform === 'wechat');

  const saveContactBinding = async (rawId: string, schoolId: string, by: string) => {
    const record: PlatformBinding = { kind: 'platformBinding', id: `wechat|contact|${rawId}`, platform: 'wechat', target: 'contact', platformId: rawId, schoolId, at: new Date().toISOString(), by };
    try {
      await store.save(record);
      log.info({ platformId: rawId, schoolId }, '已按微信备注记住联系人');
    } catch (err) {
      // The remark still identifies the contact next time: losing the record costs a lookup, nothing more.
      log.warn({ err: String(err), schoolId }, '保存联系人绑定失败');
    }
  };

  bot.on('scan', (qrcode, status) => {
    if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) {
      log.info({ status: types.ScanStatus[status] }, '等待在手机微信上确认登录');
      return;
    }
    qrcodeTerminal.generate(qrcode, { small: true }, (art) => {
      process.stdout.write(`\n请用微信扫码登录机器人账号（扫码后在手机上确认）：\n${art}\n二维码显示不全时，用浏览器打开：${qrcodeValueToImageUrl(qrcode)}\n`);
    });
  });
  bot.on('login', (user) => log.info({ user: user.name() }, '微信已登录'));
  bot.on('logout', (user, reason) =>
    log.warn({ user: user.name(), reason }, '微信已退出登录。免费的网页协议账号经常被退出或限制；请重新扫码，或改用飞书群（见 README）'),
  );
  bot.on('error', (err) => log.warn({ err: String(err) }, '微信出错'));

  const readRaw = async (msg: Message): Promise<Raw | undefined> => {
    if (msg.self()) return undefined;
    if (msg.type() !== types.Message.Text) return undefined;
    const talker = msg.talker();
    // Official accounts push articles: answering them would only talk to a machine.
    if (talker.type() === types.Contact.Official) return undefined;
    const room = msg.room();
    const mentioned = room ? await msg.mentionSelf() : false;
    return {
      id: msg.id,
      at: msg.date(),
      text: mentioned ? await msg.mentionText() : msg.text(),
      mentioned,
      talkerId: talker.id,
      talkerAlias: (await talker.alias()) ?? undefined,
      talkerName: talker.name(),
      roomId: room?.id,
    };
  };

  const toInbound = async (raw: Raw): Promise<Inbound> => {
    // Read on every message: a binding the handler saved a moment ago must count now.
    const bindings = await wechatBindings();
    const bindingOf = (target: PlatformBinding['target'], rawId: string) => bindings.find((b) => b.target === target && b.platformId === rawId)?.schoolId;
    const who = resolveContactId(bindingOf('contact', raw.talkerId), raw.talkerAlias, raw.talkerId, known);
    if (who.via === 'remark') await saveContactBinding(raw.talkerId, who.schoolId, 'remark');
    return {
      messageId: raw.id,
      platform: 'wechat',
      chat: raw.roomId ? { kind: 'group', groupId: resolveGroupId(bindingOf('group', raw.roomId), raw.roomId), platformGroupId: raw.roomId } : { kind: 'dm' },
      from: who.schoolId,
      displayName: raw.talkerName,
      text: raw.text,
      mentioned: raw.mentioned,
      at: raw.at,
    };
  };

  // Messages are handled one at a time, in arrival order, so a /绑定 applies to the next message
  // and commands of one chat keep their order; the puppet reads of later messages overlap.
  let chain: Promise<void> = Promise.resolve();
  bot.on('message', (msg) => {
    const raw = withTimeout(readRaw(msg), PUPPET_TIMEOUT_MS, '读取微信消息');
    raw.catch(() => undefined);
    chain = chain.then(async () => {
      try {
        const r = await raw;
        if (r) await o.receive(await toInbound(r));
      } catch (err) {
        log.error({ err: String(err), messageId: msg.id }, '处理微信消息出错');
      }
    });
  });

  const findRoom = async (rawIds: string[]): Promise<Room | undefined> => {
    for (const id of rawIds) {
      const room = await bot.Room.find({ id });
      if (room) return room;
    }
    return undefined;
  };

  const findContact = async (rawIds: string[], remark: string | undefined): Promise<Contact | undefined> => {
    for (const id of rawIds) {
      const contact = await bot.Contact.find({ id });
      if (contact) return contact;
    }
    if (!remark) return undefined;
    const byRemark = await bot.Contact.findAll({ alias: remark });
    // Two contacts with one remark is the owner's slip: guessing would send a pupil's matter to the wrong person.
    if (byRemark.length !== 1) return undefined;
    await saveContactBinding(byRemark[0]!.id, remark, 'remark');
    return byRemark[0];
  };

  const transport: Transport = {
    async send(entry: OutboxEntry): Promise<void> {
      const target = resolveTarget(entry.to, await wechatBindings(), known, groupIds);
      if (target.kind === 'none') throw new SendError(target.why, target.permanent);
      // Logged out, nothing can be found: that is not a reason to give the message up.
      if (!bot.isLoggedIn) throw new SendError('微信未登录，稍后重试', false);
      let sayer: Room | Contact | undefined;
      try {
        sayer = target.kind === 'room' ? await findRoom(target.rawIds) : await findContact(target.rawIds, target.remark);
      } catch (err) {
        throw new SendError(`查找微信${target.kind === 'room' ? '群' : '联系人'}失败：${String(err)}`, false);
      }
      if (!sayer) throw new SendError(`找不到 ${entry.to} 对应的微信${target.kind === 'room' ? '群（群编号可能在重新登录后变了，请班主任在群里重新发送 /绑定 班级名称）' : '联系人'}`, true);
      try {
        await sayer.say(entry.text);
      } catch (err) {
        throw new SendError(`微信发送失败：${String(err)}`, false);
      }
    },
  };

  try {
    await bot.start();
  } catch (err) {
    await bot.stop().catch(() => undefined);
    throw new Error(`微信没有启动（WECHATY_PUPPET=${process.env.WECHATY_PUPPET ?? '未设置'}）：${String(err)}。请检查对应的 puppet 包是否已安装、它的环境变量是否正确，可运行 npx shuangjian doctor。`, { cause: err });
  }

  return {
    transport,
    bot,
    async stop() {
      await chain;
      await bot.stop();
    },
  };
}
