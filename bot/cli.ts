import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { ConfigError, loadSchoolConfig } from './config/load.ts';
import type { SchoolConfig } from './config/schema.ts';
import { answerPolicyQuestion } from '../rules/kb/retrieve.ts';
import { classifyTeacherMessage } from '../rules/guard/classify.ts';
import { schoolValues } from '../handlers/ask.ts';
import { simulate } from './simulate.ts';
import { teacherBindCode } from '../rules/bindCode.ts';
import { teacherRoles } from '../handlers/identify.ts';
import { localDate } from '../rules/calendar.ts';
import { doctor, formatFindings } from './doctor.ts';
import { createLogger, silentLogger } from './log.ts';

const USAGE = `用法：npx shuangjian <命令>
  ask "问题" [--grade N] [--jsonl]        家长会得到的政策回答
  guard "消息" [--grade N] [--jsonl]      对老师消息的判断
  simulate --script 文件 [--config 文件] [--data 目录]   在虚拟时钟上重放脚本
  report --week YYYY-Www [--data 目录] [--config 文件] [--send]   打印（或发送）周报
  doctor [--config 文件]                  检查配置和运行环境
  migrate --from-lowdb 目录               把 lowdb 数据迁到 PostgreSQL（需 DATABASE_URL）
  bind-code 老师编号 [--config 文件]      给老师一个一次性绑定码（需 BIND_SECRET）
  eval                                   在开发样例上评测问答和守护`;

const configPath = (flag?: string) => flag ?? process.env.SCHOOL_CONFIG;

function loadConfigOrExit(file?: string): SchoolConfig {
  try {
    return loadSchoolConfig(configPath(file));
  } catch (e) {
    process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
    process.exit(2);
  }
}

/** Reads JSON lines from stdin and writes one JSON line per input line, bad lines included. */
async function jsonl(handle: (obj: Record<string, unknown>) => object): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
      if (obj === null || typeof obj !== 'object') throw new Error('not an object');
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: '这一行不是有效的 JSON 对象' })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(handle(obj))}\n`);
  }
}

const gradeOf = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
};

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: false,
    options: {
      jsonl: { type: 'boolean' },
      grade: { type: 'string' },
      script: { type: 'string' },
      config: { type: 'string' },
      data: { type: 'string' },
      week: { type: 'string' },
      send: { type: 'boolean' },
      'from-lowdb': { type: 'string' },
    },
  });
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  switch (cmd) {
    case 'ask': {
      const config = loadConfigOrExit(str('config'));
      const v = schoolValues(config);
      const ask = (q: string, grade?: number) => answerPolicyQuestion(q, { ...(grade ? { grade } : {}), values: v });
      if (values.jsonl) {
        await jsonl((o) => {
          const a = ask(String(o.question ?? ''), gradeOf(o.grade));
          return { id: o.id ?? null, answered: a.answered, answer: a.text, sources: a.sources };
        });
        return 0;
      }
      const q = positionals.join(' ');
      if (!q) return usage('请给出问题，例如：npx shuangjian ask "一年级有书面作业吗"');
      process.stdout.write(`${ask(q, gradeOf(str('grade'))).text}\n`);
      return 0;
    }
    case 'guard': {
      const judge = (t: string, grade?: number) => classifyTeacherMessage(t, grade ? { grade } : {});
      if (values.jsonl) {
        await jsonl((o) => {
          const g = judge(String(o.text ?? ''), gradeOf(o.grade));
          return { id: o.id ?? null, verdict: g.verdict, reason: g.reason, rule: g.rule };
        });
        return 0;
      }
      const t = positionals.join(' ');
      if (!t) return usage('请给出老师的消息，例如：npx shuangjian guard "请家长今晚检查孩子口算并签字"');
      const g = judge(t, gradeOf(str('grade')));
      const lines = [g.verdict === 'refuse' ? `拒绝：${g.reason}` : `允许：${g.reason}`];
      if (g.rule) lines.push(`规则：${g.rule}${g.ruleText ? ` ${g.ruleText}` : ''}`);
      if (g.source) lines.push(`依据：${g.source}`);
      if (g.triggers.length) lines.push(`触发词：${g.triggers.join('、')}`);
      if (g.rewording) lines.push(`建议改为：${g.rewording}`);
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }
    case 'simulate': {
      const script = str('script');
      if (!script) return usage('请用 --script 指定脚本文件。');
      let text: string;
      try {
        text = readFileSync(script, 'utf8');
      } catch (e) {
        process.stderr.write(`无法读取脚本文件 ${script}：${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
        return 1;
      }
      const config = loadConfigOrExit(str('config'));
      const lines = await simulate(text, {
        config,
        ...(str('data') ? { dataDir: path.resolve(str('data')!) } : {}),
        log: process.env.LOG_LEVEL ? createLogger() : silentLogger,
        onBadLine: (no, why) => process.stderr.write(`脚本第 ${no} 行已跳过：${why}\n`),
        ...(process.env.BIND_SECRET ? { bindSecret: process.env.BIND_SECRET } : {}),
      });
      for (const l of lines) process.stdout.write(`${JSON.stringify(l)}\n`);
      return 0;
    }
    case 'bind-code': {
      const config = loadConfigOrExit(str('config'));
      const secret = process.env.BIND_SECRET;
      if (!secret) return usage('没有设置 BIND_SECRET（学校信息管理员自己保管的一串随机字符，机器人运行时也要设置同一个值，见 .env.example）。');
      const id = positionals[0] ?? '';
      const classes = config.classes.filter((c) => c.teachers.some((t) => t.id === id));
      if (!classes.length) return usage(`配置里没有编号为“${id.slice(0, 64)}”的老师。例如：npx shuangjian bind-code ${config.classes[0]!.teachers[0]!.id}`);
      const roles = teacherRoles(config, id);
      const code = teacherBindCode(secret, id, localDate(new Date(), config.school.timezone));
      process.stdout.write(`${roles}（${id}）的一次性绑定码：${code}\n请老师私聊机器人发送：/绑定 ${code}\n今天和明天有效，只能用一次；请只发给老师本人。\n`);
      return 0;
    }
    case 'report': {
      const { report } = await import('./report.ts');
      const week = str('week');
      if (!week || !/^\d{4}-W\d{2}$/.test(week)) return usage('请用 --week 指定周，例如 --week 2026-W48。');
      return report({ config: loadConfigOrExit(str('config')), week, dataDir: path.resolve(str('data') ?? process.env.DATA_DIR ?? './data'), send: values.send === true });
    }
    case 'doctor': {
      const { probeLark } = await import('./lark/probe.ts');
      const findings = await doctor(configPath(str('config')), process.env, probeLark);
      process.stdout.write(`${formatFindings(findings)}\n`);
      return findings.some((f) => f.level === 'error') ? 1 : 0;
    }
    case 'migrate': {
      const from = typeof values['from-lowdb'] === 'string' ? (values['from-lowdb'] as string) : undefined;
      const url = process.env.DATABASE_URL;
      if (!from || !url) return usage('用法：DATABASE_URL=postgres://… npx shuangjian migrate --from-lowdb 数据目录 [--config 文件]');
      const { migrateFromLowdb } = await import('./migrate.ts');
      const config = loadConfigOrExit(str('config'));
      const r = await migrateFromLowdb(path.resolve(from), url, config.school.id);
      process.stdout.write(`已迁移 ${r.records} 条记录、${r.outbox} 条发件记录到 PostgreSQL（学校 ${config.school.id}）。\n`);
      return 0;
    }
    case 'eval': {
      const { runEval } = await import('./eval/index.ts');
      return runEval();
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      return usage(`没有“${cmd}”这个命令。`);
  }
}

function usage(lead: string): number {
  process.stderr.write(`${lead}\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
