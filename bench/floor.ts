// Issue 9.2, against the floor: a bare wechaty echo bot and ours, each on its own
// wechaty-puppet-mock world built the same way, in the same run; their round trips
// alternate so both see the same JIT, GC and machine state.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Wechaty } from 'wechaty';
import type { mock } from 'wechaty-puppet-mock';
import { startWechat } from '../bot/adapters/wechat.ts';
import { silentLogger } from '../bot/log.ts';
import { SendError, type Transport } from '../bot/outbox.ts';
import { createRuntime, type Runtime } from '../bot/runtime.ts';
import type { Inbound } from '../handlers/types.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';
import type { PlatformBinding } from '../storage/records.ts';
import { benchSchool, percentile } from './school.ts';
import { tempDir } from '../test/helpers.ts';

export interface Latency {
  p50: number;
  p99: number;
}

export interface FloorFigures {
  /** measured round trips per bot, after `warmup` unmeasured ones */
  n: number;
  warmup: number;
  /** ms from a mock contact's say() until the bot's reply reaches the mocker */
  floor: Latency;
  ours: Latency;
  /** ours / floor */
  ratio: Latency;
  /** ours per kind of message (the floor only echoes, so its kinds cost the same) */
  oursByKind: Record<Kind, Latency>;
  /** where our round trip goes, each phase's own percentiles */
  oursPhases: {
    /** say() until our receive() is called: wechaty, the mock, the adapter's reads */
    inbound: Latency;
    /** receive(): identify, route, handler, storage writes, outbox persisted */
    handle: Latency;
    /** queued until the transport is called: the BottleneckDispatcher, even at zero pacing */
    dispatch: Latency;
    /** transport.send until the mock sees the reply: bindings read, Room/Contact.find, say() */
    outbound: Latency;
  };
  /** what the pacing was during the measurement */
  pacing: string;
  wallMs: number;
}

type Kind = 'group @question' | 'dm question' | 'group /帮助' | 'dm /免写';
const KINDS: Kind[] = ['group @question', 'dm question', 'group /帮助', 'dm /免写'];
const BOT_NAME = '双减小助手';
// A Monday past the primary cut-off (21:00), before quiet hours: /免写 is accepted.
const NOW = new Date('2026-11-23T21:15:00+08:00');
const TRIP_TIMEOUT_MS = 5_000;

type Mock = typeof import('wechaty-puppet-mock');
/** The mock's event typings do not resolve (typed-emitter); as in test/wechat.test.ts. */
type Listens = { on(event: 'message', listener: (m: mock.MessageMock) => void): unknown };

interface World {
  mocker: mock.Mocker;
  user: mock.ContactMock;
  room: mock.RoomMock;
  /** the class's parents, members of the room; `rawId → schoolId` for every contact below */
  roomParents: mock.ContactMock[];
  /** parents of primary classes, one first-time /免写 each */
  signers: mock.ContactMock[];
  schoolIdOf: Map<string, string>;
  groupId: string;
  /** one round trip: says `text` there, resolves with when it said it and when the bot's reply came there */
  trip(from: mock.ContactMock, text: string, where: 'room' | 'dm', mentions?: mock.ContactMock[]): Promise<[number, number]>;
}

/** The same contacts, room and remarks for both bots. */
function buildWorld(M: Mock, config: SchoolConfig): World {
  const mocker = new M.mock.Mocker();
  const user = mocker.createContact({ name: BOT_NAME });
  const schoolIdOf = new Map<string, string>();
  const contactFor = (id: string, name: string) => {
    const c = mocker.createContact({ name, alias: id });
    schoolIdOf.set(c.id, id);
    return c;
  };
  const klass = config.classes.find((c) => c.grade === 3)!;
  const roomParents = klass.parents.map((p) => contactFor(p.id, `${p.pupil}妈妈`));
  const signers = config.classes.filter((c) => c.grade <= 6 && c !== klass).flatMap((c) => c.parents.map((p) => contactFor(p.id, `${p.pupil}爸爸`)));
  const room = mocker.createRoom({ topic: `${klass.name}家长群`, memberIdList: [user.id, ...roomParents.map((c) => c.id)] });

  let waiting: { roomId: string | undefined; to: string | undefined; done: () => void } | undefined;
  // Every message the bot says reaches its own mock contact, as talker: one listener sees all replies.
  (user as unknown as Listens).on('message', (m) => {
    const p = m.payload;
    if (p.talkerId !== user.id || !waiting) return;
    if (waiting.roomId ? p.roomId === waiting.roomId : !p.roomId && p.listenerId === waiting.to) waiting.done();
  });
  const trip: World['trip'] = (from, text, where, mentions = []) =>
    new Promise<[number, number]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply within ${TRIP_TIMEOUT_MS} ms to ${where} “${text}”`)), TRIP_TIMEOUT_MS);
      const t0 = performance.now();
      waiting = {
        roomId: where === 'room' ? room.id : undefined,
        to: where === 'dm' ? from.id : undefined,
        done: () => {
          waiting = undefined;
          clearTimeout(timer);
          resolve([t0, performance.now()]);
        },
      };
      from.say(text, mentions).to(where === 'room' ? room : user);
    });
  return { mocker, user, room, roomParents, signers, schoolIdOf, groupId: klass.group, trip };
}

async function login(bot: Wechaty, w: World): Promise<void> {
  w.mocker.login(w.user);
  const until = Date.now() + 10_000;
  while (!bot.isLoggedIn) {
    if (Date.now() > until) throw new Error('mock login timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function wechatFloor(n = 300, warmup = 32): Promise<FloorFigures> {
  const started = performance.now();
  const M: Mock = await import('wechaty-puppet-mock');
  const { WechatyBuilder } = await import('wechaty');
  const config = benchSchool(60, 4);

  // The floor: echoes every text it did not say itself, nothing more.
  const fw = buildWorld(M, config);
  const floor = WechatyBuilder.build({ puppet: new M.PuppetMock({ mocker: fw.mocker }) });
  floor.on('message', (msg) => {
    if (!msg.self()) msg.say(msg.text()).catch(() => undefined);
  });
  const ow = buildWorld(M, config);
  const dataDir = tempDir('sj-floor-');
  let adapter: Awaited<ReturnType<typeof startWechat>> | undefined;
  let rt: Runtime | undefined;
  const times = { floor: [] as number[], ours: [] as number[] };
  const byKind = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  const phases = { inbound: [] as number[], handle: [] as number[], dispatch: [] as number[], outbound: [] as number[] };
  try {
    await floor.start();
    await login(floor, fw);

    // Ours: the adapter and the real runtime (lowdb in a temp folder, real dispatcher).
    // The route is labelled 'console' as test/wechat.test.ts does: PACING.console is all
    // zeros, so the same BottleneckDispatcher runs without WeChat's ~1.1 s policy gap.
    // `mark`: moments of the current trip, for the phases.
    let mark: { received?: number; handled?: number; sending?: number } = {};
    const transport: Transport = {
      send: (e) => {
        mark.sending ??= performance.now();
        return adapter ? adapter.transport.send(e) : Promise.reject(new SendError('微信还没启动', false));
      },
    };
    const runtime = (rt = await createRuntime({ config, dataDir, log: silentLogger, routeFor: () => ({ platform: 'console', transport }), clock: () => NOW }));
    // Steady state: the room is bound to its class and the contacts were remembered by their remarks.
    const at = new Date(NOW.getTime() - 86_400_000).toISOString();
    const binding = (target: PlatformBinding['target'], platformId: string, schoolId: string): PlatformBinding => ({ kind: 'platformBinding', id: `wechat|${target}|${platformId}`, platform: 'wechat', target, platformId, schoolId, at, by: 'remark' });
    await runtime.store.save(binding('group', ow.room.id, ow.groupId));
    for (const [raw, id] of ow.schoolIdOf) await runtime.store.save(binding('contact', raw, id));
    const receive = async (m: Inbound) => {
      mark.received = performance.now();
      const effects = await runtime.bot.receive(m);
      mark.handled = performance.now();
      return effects;
    };
    adapter = await startWechat({ config, store: runtime.store, log: silentLogger, receive, name: 'ours', dataDir, puppet: new M.PuppetMock({ mocker: ow.mocker }) });
    await login(adapter.bot, ow);

    for (let i = 0; i < warmup + n; i++) {
      const kind = KINDS[i % KINDS.length]!;
      for (const [who, w] of [['floor', fw], ['ours', ow]] as const) {
        const parent = w.roomParents[i % w.roomParents.length]!;
        const signer = w.signers[Math.floor(i / KINDS.length) % w.signers.length]!;
        mark = {};
        const [t0, t1] = await (kind === 'group @question'
          ? w.trip(parent, `@${BOT_NAME} 三年级作业最多多长时间？`, 'room', [w.user])
          : kind === 'dm question'
            ? w.trip(parent, '三年级作业最多多长时间？', 'dm')
            : kind === 'group /帮助'
              ? w.trip(parent, '/帮助', 'room')
              : w.trip(signer, '/免写', 'dm'));
        // Untimed: let what follows the reply (the outbox's markSent, the echo of the bot's own
        // message coming back as an event) finish, so each trip starts from quiet.
        if (who === 'ours') await runtime.outbox.idle();
        await new Promise((r) => setImmediate(r));
        if (i < warmup) continue;
        times[who].push(t1 - t0);
        if (who !== 'ours') continue;
        byKind.get(kind)!.push(t1 - t0);
        const { received = t0, handled = received, sending = handled } = mark;
        phases.inbound.push(received - t0);
        phases.handle.push(handled - received);
        phases.dispatch.push(Math.max(0, sending - handled));
        phases.outbound.push(t1 - sending);
      }
    }
  } finally {
    await adapter?.stop();
    await rt?.close();
    await floor.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const lat = (xs: number[]): Latency => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
  const f = lat(times.floor);
  const o = lat(times.ours);
  return {
    n,
    warmup,
    floor: f,
    ours: o,
    ratio: { p50: o.p50 / f.p50, p99: o.p99 / f.p99 },
    oursByKind: Object.fromEntries(KINDS.map((k) => [k, lat(byKind.get(k)!)])) as Record<Kind, Latency>,
    oursPhases: { inbound: lat(phases.inbound), handle: lat(phases.handle), dispatch: lat(phases.dispatch), outbound: lat(phases.outbound) },
    pacing: "none: route platform 'console' (PACING.console = 0 ms); production WeChat waits ≥ 1100 ms between sends",
    wallMs: performance.now() - started,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await wechatFloor(), null, 2)}\n`);
}
