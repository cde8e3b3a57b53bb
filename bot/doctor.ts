import { existsSync, accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadSchoolConfig } from './config/load.ts';
import type { SchoolConfig } from './config/schema.ts';

export interface DoctorFinding {
  level: 'ok' | 'warn' | 'error';
  text: string;
}

/** Checks the configuration and the environment; every finding is in Chinese and says what to do. */
export async function doctor(configFile: string | undefined, env: NodeJS.ProcessEnv, probeLark?: (cfg: SchoolConfig) => Promise<DoctorFinding>): Promise<DoctorFinding[]> {
  const out: DoctorFinding[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  out.push(major >= 20 ? { level: 'ok', text: `Node.js ${process.versions.node}` } : { level: 'error', text: `Node.js 版本 ${process.versions.node} 太旧，请安装 Node.js 20 或更新版本。` });

  let config: SchoolConfig | undefined;
  try {
    config = loadSchoolConfig(configFile);
    const teachers = new Set(config.classes.flatMap((c) => c.teachers.map((t) => t.id)));
    out.push({ level: 'ok', text: `配置文件可用：${config.school.name}，${config.classes.length} 个班，${teachers.size} 位老师。` });
  } catch (e) {
    out.push({ level: 'error', text: e instanceof ConfigError ? e.message : `配置文件无法读取：${String(e)}` });
  }

  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    const lock = path.join(dataDir, '.lock');
    const owner = existsSync(lock) ? readFileSync(lock, 'utf8') : '';
    out.push({ level: 'ok', text: `数据目录可写：${dataDir}${owner ? `（正被进程 ${owner} 使用）` : ''}` });
  } catch {
    out.push({ level: 'error', text: `数据目录 ${dataDir} 不可写，请检查权限，或用 DATA_DIR 指定另一个目录。` });
  }

  if (env.WECHATY_PUPPET) {
    out.push({ level: 'ok', text: `将连接微信，puppet：${env.WECHATY_PUPPET}` });
    if (env.WECHATY_PUPPET === 'wechaty-puppet-service' && !env.WECHATY_PUPPET_SERVICE_TOKEN) {
      out.push({ level: 'error', text: '使用 wechaty-puppet-service 需要设置 WECHATY_PUPPET_SERVICE_TOKEN。' });
    }
  } else {
    out.push({ level: 'warn', text: '没有设置 WECHATY_PUPPET：npm start 会打开终端对话（控制台模式）。要连接微信，请看 README“连接微信”。' });
  }

  const larkNeeded = config && (config.classes.some((c) => c.platform === 'lark') || config.lark.schoolChatId);
  if (env.LARK_APP_ID && env.LARK_APP_SECRET) {
    if (config && !env.LARK_SCHOOL_CHAT_ID && !config.lark.schoolChatId) {
      out.push({ level: 'warn', text: '没有设置飞书群 LARK_SCHOOL_CHAT_ID（或配置 lark.schoolChatId），周报无法发送。' });
    }
    if (probeLark && config) out.push(await probeLark(config));
  } else if (larkNeeded) {
    out.push({ level: 'warn', text: '没有设置 LARK_APP_ID / LARK_APP_SECRET：周报只能用 npx shuangjian report 打印，不能发到飞书。' });
  }
  out.push(
    env.BIND_SECRET
      ? env.BIND_SECRET.length >= 16
        ? { level: 'ok', text: '老师一次性绑定码已启用（npx shuangjian bind-code 老师编号）。' }
        : { level: 'error', text: 'BIND_SECRET 太短（至少 16 个字符），别人可能猜到绑定码。请换一串更长的随机字符。' }
      : { level: 'warn', text: '没有设置 BIND_SECRET：老师只能靠配置里的编号和机器人号上的备注（或飞书 larkOpenId）对应身份，不能用一次性绑定码。' },
  );
  return out;
}

export function formatFindings(findings: DoctorFinding[]): string {
  const mark = { ok: '✔', warn: '⚠', error: '✘' } as const;
  const errors = findings.filter((f) => f.level === 'error').length;
  return [...findings.map((f) => `${mark[f.level]} ${f.text}`), errors ? `共 ${errors} 个问题需要处理。` : '检查通过。'].join('\n');
}
