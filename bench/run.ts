// `npm run bench`: prints a table of figures, each with its conditions.
// Not a test: nothing here asserts; it measures and reports.
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import path from 'node:path';
import { createRuntime, type Runtime } from '../bot/runtime.ts';
import { silentLogger } from '../bot/log.ts';
import type { Inbound } from '../handlers/types.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import { loadWeek } from '../handlers/weekly.ts';
import { weeklyCards } from '../bot/lark/card.ts';
import { benchSchool, percentile, schoolDays, writeSchoolYear } from './school.ts';
import { removeTempDirs, tempDir } from '../test/helpers.ts';
import { extraSections } from './sections.ts';

export interface Row {
  section: string;
  figure: string;
  value: string;
  conditions: string;
  goal?: string;
}
export const rows: Row[] = [];
const ms = (x: number) => `${x.toFixed(2)} ms`;

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

type Kind = 'policy question' | 'homework post' | 'sign-off' | 'guard check' | 'help';

function messageFor(kind: Kind, i: number, config: SchoolConfig, at: Date): Inbound {
  const c = config.classes[i % config.classes.length]!;
  const base = { messageId: `b-${kind}-${i}-${at.getTime()}`, platform: 'console' as const, mentioned: false, at };
  switch (kind) {
    case 'policy question':
      return { ...base, chat: { kind: 'dm' }, from: c.parents[1]!.id, text: ['三年级作业最多多长时间？', '孩子要睡几个小时', '老师让家长批改作业合规吗'][i % 3]! };
    case 'homework post':
      return { ...base, chat: { kind: 'group', groupId: c.group }, from: c.teachers[1]!.id, text: `/作业 ${c.teachers[1]!.subjects[0]} ${5 + (i % 10)}分钟 练习册第${i}页 阅读` };
    case 'sign-off':
      return { ...base, chat: { kind: 'dm' }, from: c.parents[i % c.parents.length]!.id, text: '/免写' };
    case 'guard check':
      return { ...base, chat: { kind: 'group', groupId: c.group }, from: c.teachers[2]!.id, text: '温馨提示：请家长今晚检查孩子的口算并签字' };
    case 'help':
      return { ...base, chat: { kind: 'group', groupId: c.group }, from: c.parents[0]!.id, text: '/帮助' };
  }
}

async function perMessage(label: string, rt: Runtime, config: SchoolConfig, day: string): Promise<Map<Kind, number>> {
  const kinds: Kind[] = ['policy question', 'homework post', 'sign-off', 'guard check', 'help'];
  const p99s = new Map<Kind, number>();
  for (const kind of kinds) {
    const times: number[] = [];
    const at = new Date(`${day}T${kind === 'sign-off' ? '21:30' : '16:00'}:00+08:00`);
    for (let i = 0; i < 400; i++) {
      const msg = messageFor(kind, i, config, at);
      const t0 = performance.now();
      await rt.bot.receive(msg);
      const t = performance.now() - t0;
      if (i >= 50) times.push(t); // the first ones warm up the JIT and open the week's files
    }
    await rt.outbox.idle();
    p99s.set(kind, percentile(times, 99));
    rows.push({ section: '1 每条消息', figure: `${kind} p50 / p99`, value: `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))}`, conditions: `${label}，350 条（另 50 条预热），单进程`, goal: label.includes('一学年') ? 'p99 < 5 ms，≤ 2× 空库' : undefined });
  }
  return p99s;
}

/** Starts the bot as `npm start` does, on the year's data, and times it until the console is ready. */
async function coldStart(config: SchoolConfig, dataDir: string): Promise<{ readyMs: number; rssMb: number }> {
  const configFile = path.join(tempDir('sj-bench-'), 'school.yaml');
  writeFileSync(configFile, stringify(config));
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
    env: { ...process.env, SCHOOL_CONFIG: configFile, DATA_DIR: dataDir, WECHATY_PUPPET: '', LARK_APP_ID: '', LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('现在你是')) resolve();
    });
    child.on('exit', () => reject(new Error(`启动失败：${out.slice(0, 200)}`)));
  });
  const readyMs = performance.now() - t0;
  // Linux only; elsewhere the figure prints as NaN rather than a guess.
  const procStatus = `/proc/${child.pid}/status`;
  const rssKb = existsSync(procStatus) ? /VmRSS:\s+(\d+)/.exec(readFileSync(procStatus, 'utf8'))?.[1] : undefined;
  const rssMb = Number(rssKb ?? NaN) / 1024;
  child.removeAllListeners('exit');
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { readyMs, rssMb };
}

async function main() {
  const started = performance.now();
  const config = benchSchool(60, 4);
  const days = schoolDays(180);
  const lastDay = days.at(-1)!;
  const nullRoute = () => ({ platform: 'console' as const, transport: { send: async () => undefined } });

  // 1. Per-message cost, empty storage vs a school year.
  const emptyDir = tempDir('sj-bench-');
  const clockAt = new Date(`${lastDay}T16:00:00+08:00`);
  const empty = await createRuntime({ config, dataDir: emptyDir, log: silentLogger, routeFor: nullRoute, clock: () => clockAt });
  const emptyP99 = await perMessage('空库', empty, config, lastDay);
  await empty.close();

  const yearDir = tempDir('sj-bench-');
  const gen0 = performance.now();
  // The year's data up to yesterday; the messages arrive on the last school day, as they would.
  const { records } = writeSchoolYear(yearDir, config, days.slice(0, -1));
  const genMs = performance.now() - gen0;
  const t0 = performance.now();
  const year = await createRuntime({ config, dataDir: yearDir, log: silentLogger, routeFor: nullRoute, clock: () => clockAt });
  await year.bot.receive(messageFor('help', 0, config, clockAt));
  const startMs = performance.now() - t0;
  const yearP99 = await perMessage(`一学年数据（60 班 × 180 天，${records} 条记录）`, year, config, lastDay);
  for (const [k, v] of yearP99) {
    const e = emptyP99.get(k)!;
    rows.push({ section: '1 每条消息', figure: `${k} p99 一学年 / 空库`, value: `${(v / e).toFixed(2)}×`, conditions: '同上', goal: '≤ 2×' });
  }
  rows.push({ section: '4 启动与内存', figure: '本进程内打开一学年数据到处理第一条消息', value: ms(startMs), conditions: `一学年数据，不含微信登录；生成数据另用 ${ms(genMs)}` });

  // 6a. Weekly summary for 60 classes.
  const week = (await import('../rules/calendar.ts')).isoWeekOf(lastDay);
  const s0 = performance.now();
  const summary = (await loadWeek(config, year.store, week))!;
  const cards = weeklyCards(config, summary);
  rows.push({ section: '6 周报', figure: '生成 60 个班的周汇总和卡片', value: ms(performance.now() - s0), conditions: `${week}，${cards.length} 张卡片，最大 ${(Math.max(...cards.map((c) => Buffer.byteLength(JSON.stringify(c)))) / 1024).toFixed(1)} KB` });
  await year.close();
  const cold = await coldStart(config, yearDir);
  rows.push({ section: '4 启动与内存', figure: '新进程启动到就绪', value: ms(cold.readyMs), conditions: '`npm start` 同样的入口（tsx，终端模式），一学年数据，不含微信登录' });
  rows.push({ section: '4 启动与内存', figure: '新进程就绪后常驻内存 RSS', value: `${cold.rssMb.toFixed(0)} MB`, conditions: '同上' });

  // 3. Storage growth: the cost of one save as the year accumulates.
  const growthDir = tempDir('sj-bench-');
  const marks: [string, number][] = [
    ['1 周', 5],
    ['1 月', 22],
    ['1 学期', 90],
    ['1 学年', 180],
  ];
  let written = 0;
  for (const [label, n] of marks) {
    writeSchoolYear(growthDir, config, days.slice(written, n));
    written = n;
    const repo = await LowdbRepository.open(growthDir);
    const day = days[n - 1]!;
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const c = config.classes[i % 60]!;
      const t = performance.now();
      await repo.save({ kind: 'signoff', id: `g-${label}-${i}`, classId: c.id, pupil: c.parents[2]!.pupil, date: day, at: `${day}T13:30:00.000Z`, parentId: c.parents[2]!.id, subjects: [] });
      if (i >= 20) times.push(performance.now() - t);
    }
    await repo.close();
    rows.push({ section: '3 存储增长', figure: `${label}后写一条记录 p50 / p99`, value: `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))}`, conditions: `数据目录 ${(dirSize(growthDir) / 2 ** 20).toFixed(1)} MB`, goal: '不随数据增长' });
  }
  rows.push({ section: '3 存储增长', figure: '一学年数据大小', value: `${(dirSize(growthDir) / 2 ** 20).toFixed(1)} MB`, conditions: '60 班 × 180 天（作业、公示、免写、提问）' });

  await extraSections(rows);

  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
  const widths = [12, 34, 22, 60];
  // Sections in their issue order; within one, in the order measured.
  rows.sort((a, b) => parseInt(a.section) - parseInt(b.section));
  const lines = rows.map((r) => `| ${pad(r.section, widths[0]!)} | ${pad(r.figure, widths[1]!)} | ${pad(r.value, widths[2]!)} | ${r.conditions}${r.goal ? `（目标：${r.goal}）` : ''} |`);
  process.stdout.write(
    [
      `shuangjian-bot 基准 · Node ${process.version} · ${cpus()[0]?.model ?? '?'} × ${cpus().length} · ${new Date().toISOString()}`,
      '| 部分 | 指标 | 结果 | 条件 |',
      '| --- | --- | --- | --- |',
      ...lines,
      `总用时 ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n') + '\n',
  );
}

try {
  await main();
} finally {
  removeTempDirs();
}
