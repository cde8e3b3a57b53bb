// A stand-in for the Lark Open API on 127.0.0.1, for tests and benchmarks.
// It answers the way Lark does where the bot's behaviour depends on it: the
// token exchange, message create with its uuid de-duplication, the error codes
// the transport classifies, and the rate limits. Everything it is asked is
// recorded so tests can assert on what actually went over the wire.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface FakeLarkOptions {
  /** the only credentials the token endpoint accepts */
  appId?: string;
  appSecret?: string;
  /** seconds a tenant token lives; Lark: 7200 */
  tokenExpireSec?: number;
  /** when set, any other receive_id is an invalid chat (HTTP 400, code 230001) */
  chats?: string[];
  /** chats that exist but the bot is not a member of (HTTP 400, code 230002) */
  outsideChats?: string[];
  /** the bot's own open_id, answered by GET /open-apis/bot/v3/info */
  botOpenId?: string;
  /** Lark answers a wrong secret with HTTP 200 and a non-zero code; some gateways use 400 */
  badCredentialsStatus?: number;
  /** enforce Lark's documented limits (5/s per chat, 50/s per app) with 429s */
  rateLimit?: boolean | { perChatPerSec?: number; perAppPerSec?: number };
  /** how long a message uuid is remembered; Lark: one hour */
  uuidWindowMs?: number;
}

export interface RecordedRequest {
  at: number;
  method: string;
  /** path without the query string */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** what the fake answered: an HTTP status, or 'hang' / 'reset' for a request left unanswered */
  status: number | 'hang' | 'reset';
  code?: number;
  /** which of the enforced limits a 429 was for */
  limitedBy?: 'app' | 'chat';
}

export interface DeliveredMessage {
  at: number;
  messageId: string;
  chatId: string;
  msgType: string;
  /** the content string exactly as sent */
  content: string;
  uuid?: string;
}

type Crash = 'hang' | 'reset';

export interface FakeLark {
  url: string;
  requests: RecordedRequest[];
  /** messages Lark would show in a chat: a repeated uuid within the window is not a second delivery */
  delivered: DeliveredMessage[];
  /** only the message create requests */
  messageRequests(): RecordedRequest[];
  tokenRequests(): RecordedRequest[];
  script: {
    /** the next n message creates get 429 with code 99991400 and `x-ogw-ratelimit-reset: resetSec` */
    rateLimitNext(n: number, resetSec?: number): void;
    /** the next n message creates get an HTTP 5xx */
    failNext(n: number, status?: number): void;
    /**
     * The next n message creates are delivered, then left unanswered: 'hang' keeps the
     * socket open (a bot that dies now never hears back), 'reset' destroys it.
     */
    crashAfterDeliveryNext(n: number, mode?: Crash): void;
    /** tokens issued so far stop working (a rotated secret): the message endpoint answers 99991663 */
    revokeTokens(): void;
    /** ends every request left hanging */
    releaseHung(): void;
  };
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

export async function startFakeLark(opts: FakeLarkOptions = {}): Promise<FakeLark> {
  const appId = opts.appId ?? 'cli_a1b2c3d4e5f60718';
  const appSecret = opts.appSecret ?? 'test-secret';
  const botOpenId = opts.botOpenId ?? 'ou_bot_0001';
  const uuidWindowMs = opts.uuidWindowMs ?? 60 * 60 * 1000;
  const limits = opts.rateLimit ? { perChat: 5, perApp: 50, ...(opts.rateLimit === true ? {} : { perChat: opts.rateLimit.perChatPerSec ?? 5, perApp: opts.rateLimit.perAppPerSec ?? 50 }) } : null;

  const requests: RecordedRequest[] = [];
  const delivered: DeliveredMessage[] = [];
  const tokens = new Set<string>();
  const byUuid = new Map<string, DeliveredMessage>();
  const chatHits = new Map<string, number[]>();
  const appHits: number[] = [];
  const hung = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let rateLimited = { n: 0, resetSec: 1 };
  let failing = { n: 0, status: 500 };
  let crashing: { n: number; mode: Crash } = { n: 0, mode: 'hang' };
  let seq = 0;

  /** true when one more request in the last second would exceed `limit` */
  const over = (hits: number[], now: number, limit: number) => {
    while (hits.length && hits[0]! <= now - 1000) hits.shift();
    return hits.length >= limit;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: RecordedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: await readBody(req),
      status: 200,
    };
    requests.push(rec);
    const answer = (status: number, body: { code: number; [k: string]: unknown }, headers?: Record<string, string>) => {
      rec.status = status;
      rec.code = body.code;
      json(res, status, body, headers);
    };

    if (rec.method === 'POST' && rec.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      const b = (rec.body ?? {}) as { app_id?: string; app_secret?: string };
      if (b.app_id !== appId) return answer(opts.badCredentialsStatus ?? 200, { code: 10014, msg: 'app id not exists' });
      if (b.app_secret !== appSecret) return answer(opts.badCredentialsStatus ?? 200, { code: 10014, msg: 'app secret invalid' });
      const token = `t-${randomBytes(12).toString('hex')}`;
      tokens.add(token);
      return answer(200, { code: 0, msg: 'ok', tenant_access_token: token, expire: opts.tokenExpireSec ?? 7200 });
    }

    // Every other API needs a tenant token, checked before anything else, as Lark does.
    const auth = req.headers.authorization;
    if (!auth) return answer(400, { code: 99991661, msg: 'Missing access token for authorization. Please make a request with token attached.' });
    if (!tokens.has(auth.replace(/^Bearer\s+/i, ''))) return answer(400, { code: 99991663, msg: 'Invalid access token for authorization. Please make a request with token attached.' });

    if (rec.method === 'GET' && rec.path === '/open-apis/bot/v3/info') {
      return answer(200, { code: 0, msg: 'ok', bot: { activate_status: 2, app_name: '双减小助手', avatar_url: '', ip_white_list: [], open_id: botOpenId } });
    }

    if (rec.method === 'POST' && rec.path === '/open-apis/im/v1/messages') {
      const now = Date.now();
      const b = (rec.body ?? {}) as { receive_id?: string; msg_type?: string; content?: string; uuid?: string };
      if (url.searchParams.get('receive_id_type') !== 'chat_id') return answer(400, { code: 99992402, msg: 'field validation failed: receive_id_type' });
      if (!b.receive_id || !b.msg_type || typeof b.content !== 'string') return answer(400, { code: 99992402, msg: 'field validation failed' });
      if (b.uuid !== undefined && b.uuid.length > 50) return answer(400, { code: 99992402, msg: 'field validation failed: uuid' });
      if (rateLimited.n > 0) {
        rateLimited.n--;
        return answer(429, { code: 99991400, msg: 'request trigger frequency limit' }, { 'x-ogw-ratelimit-limit': '5', 'x-ogw-ratelimit-reset': String(rateLimited.resetSec) });
      }
      if (limits) {
        const chat = chatHits.get(b.receive_id) ?? [];
        chatHits.set(b.receive_id, chat);
        const limitedBy = over(appHits, now, limits.perApp) ? 'app' : over(chat, now, limits.perChat) ? 'chat' : null;
        if (limitedBy) {
          rec.limitedBy = limitedBy;
          const limit = limitedBy === 'app' ? limits.perApp : limits.perChat;
          return answer(429, { code: 99991400, msg: 'request trigger frequency limit' }, { 'x-ogw-ratelimit-limit': String(limit), 'x-ogw-ratelimit-reset': '1' });
        }
        appHits.push(now);
        chat.push(now);
      }
      if (failing.n > 0) {
        failing.n--;
        return answer(failing.status, { code: 1, msg: 'internal error' });
      }
      if (opts.outsideChats?.includes(b.receive_id)) return answer(400, { code: 230002, msg: 'Bot/User can NOT be out of the chat.' });
      if (opts.chats && !opts.chats.includes(b.receive_id)) return answer(400, { code: 230001, msg: 'invalid receive_id' });
      if (b.msg_type === 'interactive' && Buffer.byteLength(b.content) > 30 * 1024) return answer(400, { code: 230025, msg: 'The length of the message content reaches its limit.' });

      let msg = b.uuid ? byUuid.get(b.uuid) : undefined;
      if (msg && now - msg.at > uuidWindowMs) msg = undefined;
      if (!msg) {
        msg = { at: now, messageId: `om_${(++seq).toString().padStart(8, '0')}`, chatId: b.receive_id, msgType: b.msg_type, content: b.content, ...(b.uuid ? { uuid: b.uuid } : {}) };
        delivered.push(msg);
        if (b.uuid) byUuid.set(b.uuid, msg);
      }
      if (crashing.n > 0) {
        crashing.n--;
        rec.status = crashing.mode;
        if (crashing.mode === 'hang') hung.add(res);
        else req.socket.destroy();
        return;
      }
      return answer(200, {
        code: 0,
        msg: 'success',
        data: {
          message_id: msg.messageId,
          chat_id: msg.chatId,
          msg_type: msg.msgType,
          create_time: String(msg.at),
          update_time: String(msg.at),
          deleted: false,
          updated: false,
          sender: { id: appId, id_type: 'app_id', sender_type: 'app', tenant_key: 'tenant-test' },
          body: { content: msg.content },
        },
      });
    }
    return answer(404, { code: 404, msg: `fake Lark: no route ${rec.method} ${rec.path}` });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  const releaseHung = () => {
    for (const res of hung) res.socket?.destroy();
    hung.clear();
  };
  const isMessage = (r: RecordedRequest) => r.path === '/open-apis/im/v1/messages';
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    messageRequests: () => requests.filter(isMessage),
    tokenRequests: () => requests.filter((r) => r.path === '/open-apis/auth/v3/tenant_access_token/internal'),
    script: {
      rateLimitNext: (n, resetSec = 1) => void (rateLimited = { n, resetSec }),
      failNext: (n, status = 500) => void (failing = { n, status }),
      crashAfterDeliveryNext: (n, mode = 'hang') => void (crashing = { n, mode }),
      revokeTokens: () => tokens.clear(),
      releaseHung,
    },
    close: () =>
      new Promise<void>((resolve) => {
        releaseHung();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
