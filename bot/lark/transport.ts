import * as lark from '@larksuiteoapi/node-sdk';
import axios, { AxiosError } from 'axios';
import { createHash } from 'node:crypto';
import { SendError, type Transport } from '../outbox.ts';
import type { OutboxEntry } from '../../storage/outbox.ts';
import type { Logger } from '../log.ts';

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

/** One line out of whatever the SDK logs: an AxiosError's status and Lark code, never its request. */
function sdkLine(parts: unknown[]): string {
  const one = (x: unknown): string => {
    if (Array.isArray(x)) return x.map(one).join(' ');
    if (x instanceof Error) {
      const r = (x as AxiosError<{ code?: number; msg?: string }>).response;
      return r ? `${x.message}（HTTP ${r.status}，code ${r.data?.code ?? '-'}：${r.data?.msg ?? ''}）` : x.message;
    }
    if (x && typeof x === 'object') {
      const o = x as { message?: unknown; response?: { status?: unknown; data?: { code?: unknown; msg?: unknown } }; code?: unknown; msg?: unknown };
      if (o.response) return `${String(o.message ?? '')}（HTTP ${String(o.response.status)}，code ${String(o.response.data?.code ?? '-')}）`;
      if (o.code !== undefined) return `code ${String(o.code)}：${String(o.msg ?? '')}`;
      return '';
    }
    return String(x);
  };
  return parts.map(one).filter(Boolean).join(' ').slice(0, 500);
}

/**
 * The SDK's default logger prints errors with console.log (stdout, which the CLI
 * keeps for its own output) and dumps the whole AxiosError of a failed token
 * request, app_secret included. Ours keeps one line per message and routes it to
 * the bot's log; the transport reports every failed send in Chinese anyway.
 */
function sdkLogger(log?: Logger) {
  const at = (level: 'debug' | 'warn') => (...msg: unknown[]) => log?.[level]({ sdk: sdkLine(msg) }, '飞书 SDK');
  return { error: at('debug'), warn: at('warn'), info: () => undefined, debug: () => undefined, trace: () => undefined };
}

/** A client with its own token cache (the SDK's default cache is process-global) and a request timeout. */
export function createLarkClient(c: LarkCredentials, log?: Logger): lark.Client {
  const http = axios.create({ timeout: c.timeoutMs ?? 10_000 });
  // The SDK expects its HTTP instance to resolve to the body, and to the headers when asked.
  http.interceptors.response.use((resp) => ((resp.config as { $return_headers?: boolean }).$return_headers ? { data: resp.data, headers: resp.headers } : resp.data));
  return new lark.Client({
    appId: c.appId,
    appSecret: c.appSecret,
    domain: c.domain ?? lark.Domain.Feishu,
    cache: new lark.DefaultCache(),
    httpInstance: http as unknown as lark.HttpInstance,
    loggerLevel: lark.LoggerLevel.warn,
    logger: sdkLogger(log),
  });
}

/** Lark's message uuid dedupes sends for an hour and takes at most 50 characters. */
export function larkUuid(key: string): string {
  return key.length <= 50 ? key : `k-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

// Codes that no retry will fix: credentials, permissions, the chat itself.
const PERMANENT_CODES = new Set([10003, 10014, 99991661, 99991663, 99991664, 99991668, 99991672, 230001, 230002, 230006, 230013, 230017, 230099]);
// Lark answers a wrong app id with 10014 too ("app id not exists"), so both variables are named.
const PERMANENT_HINT: Record<number, (chat: string) => string> = {
  10003: () => '飞书应用凭证无效，请检查 LARK_APP_ID / LARK_APP_SECRET',
  10014: () => '飞书应用凭证错误（App ID 或 App Secret 不对），请检查 LARK_APP_ID / LARK_APP_SECRET',
  99991661: () => '飞书请求没有带访问凭证，请检查 LARK_APP_ID / LARK_APP_SECRET',
  99991663: () => '飞书访问凭证无效，请检查 LARK_APP_ID / LARK_APP_SECRET',
  230001: (chat) => `飞书群 id「${chat}」无效：请检查配置里的群 id（学校周报群见 LARK_SCHOOL_CHAT_ID 或 lark.schoolChatId）`,
  230002: (chat) => `机器人不在飞书群「${chat}」里，请先把应用机器人加入这个群`,
};

function describe(code: number, msg: string, chat = '?'): string {
  return `${PERMANENT_HINT[code]?.(chat) ?? '飞书接口返回错误'}（code ${code}：${msg}）`;
}

/**
 * The SDK (1.74) throws a plain Error when the token endpoint answers without a
 * token (Lark answers a wrong secret with HTTP 200 and code 10014), and then sends
 * nothing. Its text is the only place the code survives.
 */
const TOKEN_FAILURE = /^failed to get (?:tenant|app)_access_token, code: (\S+), msg: (.*)$/s;

/** Turns what the SDK threw or returned into a SendError that says whether a retry can help. */
export function classifyLarkError(e: unknown, chat?: string): SendError {
  if (e instanceof SendError) return e;
  const token = e instanceof Error && !(e as AxiosError).isAxiosError ? TOKEN_FAILURE.exec(e.message) : null;
  if (token) {
    const code = Number(token[1]);
    // Token codes 10xxx are the app's credentials or settings; anything else (no body, a 5xx) may pass.
    if (Number.isInteger(code) && (PERMANENT_CODES.has(code) || (code >= 10000 && code < 11000))) {
      return new SendError(`${PERMANENT_HINT[code]?.('') ?? '无法取得飞书访问凭证，请检查 LARK_APP_ID / LARK_APP_SECRET'}（code ${code}：${token[2]}）`, true);
    }
    return new SendError(`暂时无法取得飞书访问凭证（${token[1]}：${token[2]}）`, false);
  }
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
    if (code !== undefined && PERMANENT_CODES.has(code)) return new SendError(describe(code, msg, chat), true);
    if (status === 400 || status === 401 || status === 403 || status === 404) return new SendError(describe(code ?? status, msg, chat), true);
    return new SendError(`无法连接飞书：${ax.code ?? ''} ${msg}`, false);
  }
  return new SendError(String(e), false);
}

/** A Lark message's addressee, as the message API names it. */
export interface LarkReceiver {
  type: 'chat_id' | 'open_id';
  id: string;
}

/** Sends text or a card to a Lark chat (`lark:<chat id>`, a Lark class's group) or person. */
export class LarkTransport implements Transport {
  constructor(
    private readonly client: lark.Client,
    private readonly receiverFor: (to: string) => LarkReceiver = (to) => ({ type: 'chat_id', id: to.replace(/^lark:/, '') }),
  ) {}

  async send(entry: OutboxEntry): Promise<void> {
    const receiver = this.receiverFor(entry.to);
    const data = {
      receive_id: receiver.id,
      msg_type: entry.card ? 'interactive' : 'text',
      content: JSON.stringify(entry.card ?? { text: entry.text }),
      uuid: larkUuid(entry.key),
    };
    let res: { code?: number; msg?: string } | undefined;
    try {
      res = await this.client.im.v1.message.create({ params: { receive_id_type: receiver.type }, data });
    } catch (e) {
      throw classifyLarkError(e, data.receive_id);
    }
    if (res && res.code !== undefined && res.code !== 0) {
      throw PERMANENT_CODES.has(res.code) ? new SendError(describe(res.code, res.msg ?? '', data.receive_id), true) : new SendError(`飞书返回 code ${res.code}：${res.msg ?? ''}`, false);
    }
  }
}
