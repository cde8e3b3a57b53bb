import * as lark from '@larksuiteoapi/node-sdk';
import axios, { AxiosError } from 'axios';
import { createHash } from 'node:crypto';
import { SendError, type Transport } from '../outbox.ts';
import type { OutboxEntry } from '../../storage/outbox.ts';

export interface LarkCredentials {
  appId: string;
  appSecret: string;
  /** base URL; default the SDK's Feishu domain */
  domain?: string;
  /** per-request timeout: the SDK's HTTP client has none by default */
  timeoutMs?: number;
}

export function larkCredentialsFromEnv(env: NodeJS.ProcessEnv): LarkCredentials | null {
  if (!env.LARK_APP_ID || !env.LARK_APP_SECRET) return null;
  return { appId: env.LARK_APP_ID, appSecret: env.LARK_APP_SECRET, ...(env.LARK_DOMAIN ? { domain: env.LARK_DOMAIN } : {}) };
}

/** A client with its own token cache (the SDK's default cache is process-global) and a request timeout. */
export function createLarkClient(c: LarkCredentials): lark.Client {
  const http = axios.create({ timeout: c.timeoutMs ?? 10_000 });
  // The SDK expects its HTTP instance to resolve to the body, and to the headers when asked.
  http.interceptors.response.use((resp) => ((resp.config as { $return_headers?: boolean }).$return_headers ? { data: resp.data, headers: resp.headers } : resp.data));
  return new lark.Client({
    appId: c.appId,
    appSecret: c.appSecret,
    domain: c.domain ?? lark.Domain.Feishu,
    cache: new lark.DefaultCache(),
    httpInstance: http as unknown as lark.HttpInstance,
    loggerLevel: lark.LoggerLevel.error,
  });
}

/** Lark's message uuid dedupes sends for an hour and takes at most 50 characters. */
export function larkUuid(key: string): string {
  return key.length <= 50 ? key : `k-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

// Codes that no retry will fix: credentials, permissions, the chat itself.
const PERMANENT_CODES = new Set([10003, 10014, 99991661, 99991663, 99991664, 99991668, 99991672, 230001, 230002, 230006, 230013, 230017, 230099]);
const PERMANENT_HINT: Record<number, string> = {
  10003: '飞书应用凭证无效，请检查 LARK_APP_ID / LARK_APP_SECRET',
  10014: '飞书应用密钥错误，请检查 LARK_APP_SECRET',
  99991663: '飞书访问凭证无效，请检查 LARK_APP_ID / LARK_APP_SECRET',
  230001: '飞书群 id 无效，请检查 LARK_SCHOOL_CHAT_ID',
  230002: '机器人不在这个飞书群里，请先把应用机器人加入群',
};

function describe(code: number, msg: string): string {
  return `${PERMANENT_HINT[code] ?? '飞书接口返回错误'}（code ${code}：${msg}）`;
}

/** Turns what the SDK threw or returned into a SendError that says whether a retry can help. */
export function classifyLarkError(e: unknown): SendError {
  if (e instanceof SendError) return e;
  if (e instanceof AxiosError || (e as AxiosError)?.isAxiosError) {
    const ax = e as AxiosError<{ code?: number; msg?: string }>;
    const status = ax.response?.status;
    const code = ax.response?.data?.code;
    const msg = ax.response?.data?.msg ?? ax.message;
    if (status === 429 || code === 99991400) {
      const reset = Number(ax.response?.headers?.['x-ogw-ratelimit-reset']);
      return new SendError(`飞书限流（429）`, false, Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined);
    }
    if (status && status >= 500) return new SendError(`飞书服务暂时出错（HTTP ${status}）`, false);
    if (code !== undefined && PERMANENT_CODES.has(code)) return new SendError(describe(code, msg), true);
    if (status === 400 || status === 401 || status === 403 || status === 404) return new SendError(describe(code ?? status, msg), true);
    return new SendError(`无法连接飞书：${ax.code ?? ''} ${msg}`, false);
  }
  return new SendError(String(e), false);
}

/** Sends text or a card to a Lark chat (`lark:<chat id>`, or a class group mapped to one). */
export class LarkTransport implements Transport {
  constructor(
    private readonly client: lark.Client,
    private readonly chatIdFor: (to: string) => string = (to) => to.replace(/^lark:/, ''),
  ) {}

  async send(entry: OutboxEntry): Promise<void> {
    const data = {
      receive_id: this.chatIdFor(entry.to),
      msg_type: entry.card ? 'interactive' : 'text',
      content: JSON.stringify(entry.card ?? { text: entry.text }),
      uuid: larkUuid(entry.key),
    };
    let res: { code?: number; msg?: string } | undefined;
    try {
      res = await this.client.im.v1.message.create({ params: { receive_id_type: 'chat_id' }, data });
    } catch (e) {
      throw classifyLarkError(e);
    }
    if (res && res.code !== undefined && res.code !== 0) {
      throw PERMANENT_CODES.has(res.code) ? new SendError(describe(res.code, res.msg ?? ''), true) : new SendError(`飞书返回 code ${res.code}：${res.msg ?? ''}`, false);
    }
  }
}
