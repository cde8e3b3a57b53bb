/**
 * How fast each platform may be sent to. One place, read by the real
 * dispatcher (bottleneck) and by simulate's virtual one.
 *
 * WeChat: web-protocol accounts that send in bursts get restricted; the puppet
 * maintainers advise about a second between sends of the account, so the whole
 * account is paced, with a little jitter so the rhythm is not machine-exact.
 * Lark: the documented limits are 50 requests/s per app and 5/s per group chat.
 */
export type PlatformName = 'wechat' | 'lark' | 'console';

export interface Pacing {
  /** minimum gap between two sends of the whole account/app */
  accountMinMs: number;
  /** minimum gap between two sends into one chat */
  chatMinMs: number;
  /** random extra wait before a send, up to this */
  jitterMs: number;
  /** sends of the account that may be in flight at once */
  accountConcurrency: number | null;
}

/** The platforms' own limits, as documented; PACING keeps a margin below them. */
export const PLATFORM_LIMITS = {
  /** "about a second between sends" (puppet maintainers' advice) */
  wechatAccountGapMs: 1000,
  /** Lark: 50 requests/s per app, 5/s per group chat */
  larkAppGapMs: 1000 / 50,
  larkChatGapMs: 1000 / 5,
};

// Timers are not exact to the millisecond: pace a few percent slower than the limit.
export const PACING: Record<PlatformName, Pacing> = {
  wechat: { accountMinMs: 1100, chatMinMs: 1100, jitterMs: 400, accountConcurrency: 1 },
  lark: { accountMinMs: 22, chatMinMs: 210, jitterMs: 0, accountConcurrency: null },
  console: { accountMinMs: 0, chatMinMs: 0, jitterMs: 0, accountConcurrency: null },
};

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** Retries of a failed send: exponential backoff, capped; a permanent error is not retried. */
export const RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 1000, maxMs: 60_000 };

/** The platform's own hint (Lark's x-ogw-ratelimit-reset) is a floor, never shortened by the policy. */
export function backoffMs(attempt: number, retryAfterMs?: number, policy: RetryPolicy = RETRY): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(exp, retryAfterMs ?? 0);
}
