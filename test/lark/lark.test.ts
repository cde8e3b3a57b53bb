// The real Lark SDK, the real outbox and dispatcher, against a fake Open API on 127.0.0.1.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeLark, type FakeLark, type FakeLarkOptions } from './fakeLark.ts';
import { createLarkClient, LarkTransport } from '../../bot/lark/transport.ts';
import { weeklySummaryEffects, cardKey } from '../../bot/lark/summary.ts';
import { MAX_CLASSES_PER_CARD } from '../../bot/lark/card.ts';
import { probeLark } from '../../bot/lark/probe.ts';
import { createRuntime, type Runtime } from '../../bot/runtime.ts';
import { BottleneckDispatcher, SendError, type Transport } from '../../bot/outbox.ts';
import type { Logger } from '../../bot/log.ts';
import { schoolConfigSchema, type SchoolConfig } from '../../bot/config/schema.ts';
import type { Repository, StoredRecord } from '../../storage/repository.ts';
import type { OutboxEntry } from '../../storage/outbox.ts';
import { exampleConfig, tempDir } from '../helpers.ts';
import { LowdbRepository } from '../../storage/lowdb.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'test-secret';
const SCHOOL_CHAT = 'oc_school_office';
const WEEK = '2026-W48';
const PUPILS = ['陈晨', '李明', '王芳', '张伟'];
/** Short backoff so a retry takes milliseconds; Lark's own reset hint still sets the floor. */
const FAST_RETRY = { baseMs: 20, maxMs: 200 };

type LogLine = { level: 'info' | 'warn' | 'error' | 'debug'; obj: Record<string, unknown>; msg: string };

function captureLog(): { lines: LogLine[]; log: Logger } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (a: unknown, b?: unknown): void => {
      if (typeof a === 'string') lines.push({ level, obj: {}, msg: a });
      else lines.push({ level, obj: (a ?? {}) as Record<string, unknown>, msg: String(b ?? '') });
    };
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as Logger };
}

const fakes: FakeLark[] = [];
const runtimes: Runtime[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(runtimes.splice(0).map((rt) => rt.close().catch(() => undefined)));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function fakeLark(opts: FakeLarkOptions = {}): Promise<FakeLark> {
  const f = await startFakeLark({ appId: APP_ID, appSecret: APP_SECRET, ...opts });
  fakes.push(f);
  return f;
}

function larkTransport(fake: FakeLark, appSecret = APP_SECRET, log?: Logger, timeoutMs = 5000): LarkTransport {
  return new LarkTransport(createLarkClient({ appId: APP_ID, appSecret, domain: fake.url, timeoutMs }, log));
}

async function openRuntime(dataDir: string, transport: Transport, log: Logger, config: SchoolConfig = exampleConfig(), retry = FAST_RETRY): Promise<Runtime> {
  const rt = await createRuntime({
    config,
    dataDir,
    log,
    routeFor: () => ({ platform: 'lark', transport }),
    dispatcher: (store, clock) => new BottleneckDispatcher(store.outbox, log, clock, Math.random, { retry }),
  });
  runtimes.push(rt);
  return rt;
}

async function closeRuntime(rt: Runtime): Promise<void> {
  runtimes.splice(runtimes.indexOf(rt), 1);
  await rt.close();
}

async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The entries left in the data folder's outbox file, whatever their status. */
const outboxFile = async (dir: string): Promise<OutboxEntry[]> => {
  const repo = await LowdbRepository.open(dir, { readOnly: true });
  return repo.outbox.all();
};

async function sendEffects(rt: Runtime, config: SchoolConfig, week: string) {
  const effects = await weeklySummaryEffects(config, rt.store, week);
  for (const e of effects) {
    if (e.type !== 'send') continue;
    await rt.outbox.enqueue({ to: e.to, text: e.text, ...(e.card ? { card: e.card } : {}), ...(e.key ? { key: e.key } : {}) });
  }
  await rt.outbox.idle();
  return effects;
}

type Card = { schema: string; header: { title: { content: string } }; body: { elements: { tag: string; content?: string; chart_spec?: { data: { values: { day: string; minutes: number; series: string }[] }[] } }[] } };

let seq = 0;
const at = (date: string, hm = '18:00') => `${date}T${hm}:00+08:00`;
const hw = (classId: string, date: string, subject: string, minutes: number, extra: Partial<StoredRecord & { kind: 'homework' }> = {}): StoredRecord => ({
  kind: 'homework',
  id: `hw-${++seq}`,
  classId,
  date,
  subject,
  minutes,
  content: `${subject}练习`,
  optional: false,
  nonWritten: false,
  teacherId: 't32m',
  at: at(date, '16:00'),
  ...extra,
});
const signoff = (classId: string, date: string, pupil: string, parentId: string): StoredRecord => ({
  kind: 'signoff',
  id: `so-${++seq}`,
  classId,
  pupil,
  date,
  at: at(date, '21:30'),
  parentId,
  subjects: ['数学'],
});

/** Week 2026-W48 (Mon 23 – Sun 29 November) of the example school. */
async function seedExampleWeek(store: Repository): Promise<void> {
  const records: StoredRecord[] = [
    // 三年级2班: Monday 20+25 written (the optional and the reading item do not count), Tuesday 30+40 = 70 > 60.
    hw('c3-2', '2026-11-23', '数学', 20),
    hw('c3-2', '2026-11-23', '语文', 25),
    hw('c3-2', '2026-11-23', '英语', 10, { optional: true }),
    hw('c3-2', '2026-11-23', '语文', 15, { nonWritten: true }),
    hw('c3-2', '2026-11-24', '数学', 30),
    hw('c3-2', '2026-11-24', '语文', 40),
    hw('c3-2', '2026-11-25', '数学', 35, { withdrawnAt: at('2026-11-25', '17:00'), withdrawnBy: 't32' }),
    // 八年级1班: Monday 30+20, Thursday 45.
    hw('c8-1', '2026-11-23', '数学', 30, { teacherId: 't81' }),
    hw('c8-1', '2026-11-23', '英语', 20, { teacherId: 't81e' }),
    hw('c8-1', '2026-11-26', '物理', 45, { teacherId: 't81p' }),
    signoff('c3-2', '2026-11-24', '李明', 'p32a'),
    signoff('c3-2', '2026-11-25', '王芳', 'p32b'),
    signoff('c8-1', '2026-11-23', '张伟', 'p81a'),
    { kind: 'guardEvent', id: `g-${++seq}`, classId: 'c3-2', date: '2026-11-24', teacherId: 't32m', at: at('2026-11-24', '16:10'), rule: 'parent_checking_signing', action: 'refused', text: '请家长检查口算并签字' },
    { kind: 'question', id: `q-${++seq}`, classId: 'c3-2', date: '2026-11-25', askerId: 'p32a', at: at('2026-11-25', '19:00'), question: '三年级作业最多多长时间？', topic: 'caps', answered: true },
    { kind: 'question', id: `q-${++seq}`, classId: 'c1-1', date: '2026-11-26', askerId: 'p11a', at: at('2026-11-26', '19:00'), question: '学校的校服在哪里买', topic: null, answered: false },
  ];
  for (const r of records) await store.save(r);
}

const simpleMessage = (key: string, to = `lark:${SCHOOL_CHAT}`) => ({ to, text: '通知：明天上午九点开会', key });

describe('Lark weekly card through the real SDK', () => {
  it('arrives once in the school chat with the week figures and no pupil names', async () => {
    const fake = await fakeLark();
    const { log } = captureLog();
    const config = exampleConfig();
    const rt = await openRuntime(tempDir(), larkTransport(fake), log, config);
    await seedExampleWeek(rt.store);

    const effects = await sendEffects(rt, config, WEEK);
    expect(effects).toHaveLength(1);
    expect(fake.delivered).toHaveLength(1);
    const [req] = fake.messageRequests();
    expect(req!.query.receive_id_type).toBe('chat_id');
    expect(req!.headers.authorization).toMatch(/^Bearer t-/);
    const body = req!.body as { receive_id: string; msg_type: string; content: string; uuid: string };
    expect(body.receive_id).toBe(SCHOOL_CHAT);
    expect(body.msg_type).toBe('interactive');
    expect(body.uuid).toBe(cardKey(config, WEEK, 1));
    expect(fake.tokenRequests()).toHaveLength(1);

    const card = JSON.parse(body.content) as Card;
    expect(card.schema).toBe('2.0');
    const charts = card.body.elements.filter((e) => e.tag === 'chart');
    expect(charts).toHaveLength(1);
    const markdown = card.body.elements.filter((e) => e.tag === 'markdown').map((e) => e.content).join('\n');
    // School days only (Mon–Fri); ⚠️ marks a day over the class's cap.
    expect(markdown).toContain('**三年级2班**（上限60分钟）书面：45 / 70⚠️ / 0 / 0 / 0；免写 2；');
    expect(markdown).toContain('**八年级1班**（上限90分钟）书面：50 / 0 / 0 / 45 / 0；免写 1；');
    expect(markdown).toContain('**一年级1班**（上限0分钟）书面：0 / 0 / 0 / 0 / 0；免写 0；');
    expect(markdown).toContain('提醒 要求家长检查、签字1');
    expect(markdown).toContain('超过书面作业上限：三年级2班');
    expect(markdown).toContain('家长签字免写：3 次');
    expect(markdown).toContain('家长提问 2 个，已回答 1 个，未能回答 1 个');
    expect(markdown).toContain('学校的校服在哪里买');

    const values = charts[0]!.chart_spec!.data[0]!.values;
    expect(values).toContainEqual({ day: '周二', minutes: 70, series: '三年级2班' });
    expect(values).toContainEqual({ day: '周二', minutes: 60, series: '三年级2班上限' });
    expect(values).toContainEqual({ day: '周四', minutes: 45, series: '八年级1班' });

    for (const name of PUPILS) expect(body.content).not.toContain(name);
    expect(await rt.store.outbox.wasSent(cardKey(config, WEEK, 1))).toBe(true);
    expect(await rt.store.outbox.pending()).toEqual([]);

    // The same week again: the outbox knows it was sent, nothing goes out.
    await sendEffects(rt, config, WEEK);
    expect(fake.messageRequests()).toHaveLength(1);
  });

  it('splits a 60-class school into cards under 30 KB, one chart each, with distinct short keys', async () => {
    const fake = await fakeLark();
    const { log } = captureLog();
    const base = exampleConfig();
    const classes = Array.from({ length: 60 }, (_, i) => {
      const grade = (i % 9) + 1;
      const n = Math.floor(i / 9) + 1;
      return { id: `c${grade}-${n}`, name: `${grade}年级${n}班`, grade, group: `room-${grade}-${n}`, teachers: [{ id: `t${grade}${n}`, subjects: ['语文'], head: true }], parents: [{ id: `p${grade}${n}`, pupil: `学生${grade}${n}` }] };
    });
    // The longest school id the configuration allows: card keys must still differ per part.
    const config = schoolConfigSchema.parse({ ...base, school: { ...base.school, id: 'a-very-long-school-identifier-that-fills-all-sixty-four-chars-xx' }, classes });
    expect(config.school.id).toHaveLength(64);
    const rt = await openRuntime(tempDir(), larkTransport(fake), log, config);
    for (const c of config.classes) {
      for (const date of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']) {
        if (c.grade > 2) await rt.store.save(hw(c.id, date, '语文', 10 + (c.grade * 7) % 50, { teacherId: c.teachers[0]!.id }));
      }
    }
    await rt.store.save(signoff('c3-1', '2026-11-24', '学生31', 'p31'));

    const effects = await sendEffects(rt, config, WEEK);
    const cards = effects.flatMap((e) => (e.type === 'send' && e.card ? [e.card as Card] : []));
    expect(cards.length).toBeGreaterThanOrEqual(Math.ceil(60 / MAX_CLASSES_PER_CARD));
    const keys = effects.map((e) => (e.type === 'send' ? e.key! : ''));
    expect(new Set(keys).size).toBe(cards.length);
    for (const k of keys) expect(k.length).toBeLessThanOrEqual(50);
    for (const card of cards) {
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(30 * 1024);
      expect(card.body.elements.filter((e) => e.tag === 'chart')).toHaveLength(1);
    }
    // Every class is on exactly one card.
    for (const c of config.classes) {
      const on = cards.filter((card) => card.body.elements.some((e) => e.tag === 'markdown' && e.content?.includes(`**${c.name}**`)));
      expect(on, c.name).toHaveLength(1);
    }
    expect(fake.delivered).toHaveLength(cards.length);
    expect(fake.messageRequests().every((r) => r.status === 200)).toBe(true);
    for (const d of fake.delivered) expect(d.content).not.toContain('学生31');
    for (const k of keys) expect(await rt.store.outbox.wasSent(k)).toBe(true);
  });
});

describe('Lark failures through the real SDK', () => {
  it('after a 429 waits at least the reset hint, then delivers exactly once', async () => {
    const fake = await fakeLark();
    const { lines, log } = captureLog();
    const rt = await openRuntime(tempDir(), larkTransport(fake), log);
    fake.script.rateLimitNext(1, 1);
    await rt.outbox.enqueue(simpleMessage('rl-1'));
    await rt.outbox.idle();

    const reqs = fake.messageRequests();
    expect(reqs.map((r) => r.status)).toEqual([429, 200]);
    expect(reqs.map((r) => (r.body as { uuid: string }).uuid)).toEqual(['rl-1', 'rl-1']);
    expect(fake.delivered).toHaveLength(1);
    const retry = lines.find((l) => l.level === 'warn' && l.msg === '发送失败，稍后重试');
    expect(retry?.obj.wait).toBeGreaterThanOrEqual(1000);
    expect(String(retry?.obj.err)).toContain('飞书限流');
    // Timers may fire a millisecond early against Date.now(); the hint is 1000 ms.
    expect(reqs[1]!.at - reqs[0]!.at).toBeGreaterThanOrEqual(990);
    expect(await rt.store.outbox.wasSent('rl-1')).toBe(true);
  });

  it('after a 500 retries and delivers once', async () => {
    const fake = await fakeLark();
    const { lines, log } = captureLog();
    const rt = await openRuntime(tempDir(), larkTransport(fake), log);
    fake.script.failNext(1, 500);
    await rt.outbox.enqueue(simpleMessage('e500-1'));
    await rt.outbox.idle();
    expect(fake.messageRequests().map((r) => r.status)).toEqual([500, 200]);
    expect(fake.delivered).toHaveLength(1);
    expect(lines.filter((l) => l.level === 'warn').map((l) => String(l.obj.err))).toEqual([expect.stringContaining('飞书服务暂时出错（HTTP 500）')]);
    expect(await rt.store.outbox.wasSent('e500-1')).toBe(true);
  });

  it('does not deliver twice when the bot stops after Lark took the message but before it answered', async () => {
    const fake = await fakeLark();
    const dir = tempDir();
    const first = captureLog();
    // Lark keeps the request open; the bot stops meanwhile and never hears back. A long
    // backoff keeps a retry of the first runtime out of the picture whatever the timing.
    const rt1 = await openRuntime(dir, larkTransport(fake, APP_SECRET, undefined, 1000), first.log, exampleConfig(), { ...FAST_RETRY, baseMs: 60_000 });
    fake.script.crashAfterDeliveryNext(1, 'hang');
    await rt1.outbox.enqueue(simpleMessage('restart-1'));
    await until(() => fake.delivered.length === 1, 'Lark to receive the message');
    await closeRuntime(rt1);
    // Stopping waited for the request (until its timeout), retried nothing, and left the entry pending.
    expect(first.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    expect(await outboxFile(dir)).toMatchObject([{ key: 'restart-1', status: 'pending' }]);

    // A new process: new client (new token), same data folder.
    const second = captureLog();
    const rt2 = await openRuntime(dir, larkTransport(fake), second.log);
    expect(await rt2.outbox.resume()).toBe(1);
    await rt2.outbox.idle();

    const reqs = fake.messageRequests();
    expect(reqs.map((r) => r.status)).toEqual(['hang', 200]);
    expect(reqs.map((r) => (r.body as { uuid: string }).uuid)).toEqual(['restart-1', 'restart-1']);
    expect(fake.delivered).toHaveLength(1);
    const answer = reqs[1]!;
    expect(answer.code).toBe(0);
    expect(await rt2.store.outbox.wasSent('restart-1')).toBe(true);
    expect(await rt2.store.outbox.pending()).toEqual([]);
    await closeRuntime(rt2);
    expect(await outboxFile(dir)).toEqual([]);
  });

  it.each([
    ['HTTP 200 with code 10014, as Lark answers', 200],
    ['HTTP 400 with code 10014', 400],
  ])('bad credentials (%s) fail once, permanently, with a Chinese message naming the variables', async (_label, status) => {
    const fake = await fakeLark({ badCredentialsStatus: status });
    const { lines, log } = captureLog();
    const stdout = vi.spyOn(console, 'log');
    const dir = tempDir();
    const transport = larkTransport(fake, 'wrong-secret', log);
    const rt = await openRuntime(dir, transport, log);
    await rt.outbox.enqueue(simpleMessage('bad-cred-1'));
    await rt.outbox.idle();

    // The SDK (1.74) stops at the failed token request: no message is sent without a token.
    expect(fake.messageRequests().length).toBeLessThanOrEqual(2);
    expect(fake.messageRequests()).toHaveLength(0);
    expect(fake.tokenRequests()).toHaveLength(1);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toContain('不可重试');
    expect(String(errors[0]!.obj.err)).toMatch(/飞书应用凭证.*LARK_APP_ID.*LARK_APP_SECRET/);
    expect(lines.filter((l) => l.level === 'warn' && l.msg === '发送失败，稍后重试')).toEqual([]);
    expect(await rt.store.outbox.wasSent('bad-cred-1')).toBe(false);
    // Nothing on stdout, and the secret is in no log line.
    expect(stdout).not.toHaveBeenCalled();
    expect(JSON.stringify(lines)).not.toContain('wrong-secret');

    const err = await transport.send({ key: 'direct', to: `lark:${SCHOOL_CHAT}`, text: 'x', createdAt: new Date().toISOString(), status: 'pending', attempts: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).permanent).toBe(true);
    expect((err as SendError).message).toContain('LARK_APP_SECRET');

    await closeRuntime(rt);
    expect(await outboxFile(dir)).toMatchObject([{ key: 'bad-cred-1', status: 'failed', error: expect.stringContaining('LARK_APP_ID') }]);
  });

  it.each([
    ['an unknown chat (230001)', { chats: [SCHOOL_CHAT] }, '无效'],
    ['a chat without the bot (230002)', { outsideChats: ['oc_nope'] }, '机器人不在飞书群'],
  ])('%s fails permanently, naming the chat', async (_label, opts, says) => {
    const fake = await fakeLark(opts);
    const { lines, log } = captureLog();
    const rt = await openRuntime(tempDir(), larkTransport(fake), log);
    await rt.outbox.enqueue(simpleMessage('chat-1', 'lark:oc_nope'));
    await rt.outbox.idle();
    expect(fake.messageRequests()).toHaveLength(1);
    expect(fake.delivered).toHaveLength(0);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(String(errors[0]!.obj.err)).toContain('oc_nope');
    expect(String(errors[0]!.obj.err)).toContain(says);
    expect(await rt.store.outbox.wasSent('chat-1')).toBe(false);
  });
});

describe('the fake Open API itself', () => {
  async function rawSender(fake: FakeLark) {
    const res = await fetch(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: APP_ID, app_secret: APP_SECRET }) });
    const { tenant_access_token: token } = (await res.json()) as { tenant_access_token: string };
    return async (chat: string, uuid: string) => {
      const r = await fetch(`${fake.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ receive_id: chat, msg_type: 'text', content: '{"text":"x"}', uuid }),
      });
      return { status: r.status, reset: r.headers.get('x-ogw-ratelimit-reset'), body: (await r.json()) as { code: number; data?: { message_id: string } } };
    };
  }

  it("enforces Lark's per-chat and per-app limits when asked", async () => {
    const fake = await fakeLark({ rateLimit: { perChatPerSec: 5, perAppPerSec: 8 } });
    const send = await rawSender(fake);
    // Back to back, well inside one second.
    const a = [];
    for (let i = 0; i < 6; i++) a.push(await send('oc_a', `a-${i}`));
    expect(a.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(a[5]).toMatchObject({ reset: '1', body: { code: 99991400 } });
    const b = [];
    for (let i = 0; i < 4; i++) b.push(await send('oc_b', `b-${i}`));
    expect(b.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(fake.delivered).toHaveLength(8);
  });

  it('answers a repeated uuid with the first message and delivers it once', async () => {
    const fake = await fakeLark();
    const send = await rawSender(fake);
    const first = await send('oc_a', 'same');
    const again = await send('oc_a', 'same');
    const other = await send('oc_a', 'other');
    expect(again.body.data?.message_id).toBe(first.body.data?.message_id);
    expect(other.body.data?.message_id).not.toBe(first.body.data?.message_id);
    expect(fake.delivered.map((d) => d.uuid)).toEqual(['same', 'other']);
  });
});

describe('doctor probe', () => {
  it('reports ok for good credentials and an error for bad ones', async () => {
    const fake = await fakeLark();
    const config = exampleConfig();
    const env = { LARK_APP_ID: APP_ID, LARK_APP_SECRET: APP_SECRET, LARK_DOMAIN: fake.url };
    expect(await probeLark(config, env)).toEqual({ level: 'ok', text: '飞书应用凭证可用。' });
    const bad = await probeLark(config, { ...env, LARK_APP_SECRET: 'wrong' });
    expect(bad.level).toBe('error');
    expect(bad.text).toContain('LARK_APP_SECRET');
    expect(fake.messageRequests()).toHaveLength(0);
  });
});
