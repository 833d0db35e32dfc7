/**
 * How the GitHub client decides whether and when to try a request again.
 * Pure functions over (method, status, headers, message), so every rule is
 * tested without a server.
 *
 * GitHub's documented rules (docs.github.com, "Rate limits for the REST API",
 * "Best practices for using the REST API"):
 * - `retry-after` (seconds): wait at least that long;
 * - `x-ratelimit-remaining: 0`: wait until `x-ratelimit-reset` (epoch seconds);
 * - a secondary rate limit (403/429 whose message says so) without either
 *   header: wait at least a minute;
 * - otherwise back off exponentially.
 */

/** Methods whose repetition has the same effect as one call. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

export type RateLimitKind = 'primary' | 'secondary';

export type FailureFacts = {
  method: string;
  /** undefined when no response arrived (connection reset, DNS, timeout). */
  status: number | undefined;
  headers: Record<string, string | undefined>;
  message: string;
};

export type RetryDecision =
  | { retry: false; rateLimit?: RateLimitKind; waitMs?: number }
  | { retry: true; rateLimit?: RateLimitKind; waitMs?: number };

export function rateLimitKind(facts: FailureFacts): RateLimitKind | undefined {
  if (facts.status !== 403 && facts.status !== 429) return undefined;
  if (/secondary rate limit|abuse detection/i.test(facts.message)) return 'secondary';
  if (facts.headers['x-ratelimit-remaining'] === '0') return 'primary';
  if (facts.status === 429) return 'secondary';
  if (facts.headers['retry-after'] !== undefined) return 'secondary';
  return undefined;
}

/** The server's own wait instruction in ms, if it gave one. */
export function serverWaitMs(
  headers: Record<string, string | undefined>,
  now: number,
): number | undefined {
  const after = headers['retry-after'];
  if (after !== undefined) {
    const seconds = Number(after);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    // +1 s: the reset second itself may still be counted against the old window.
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now + 1000);
  }
  return undefined;
}

/**
 * Retry a failure or not. A POST is retried only when GitHub refused it
 * before doing anything (a rate limit); after a 5xx or a dropped connection
 * it may have been applied, so the caller has to look before posting again.
 */
export function decideRetry(facts: FailureFacts, now: number): RetryDecision {
  const rateLimit = rateLimitKind(facts);
  const waitMs = serverWaitMs(facts.headers, now);
  if (rateLimit) {
    return { retry: true, rateLimit, waitMs: waitMs ?? (rateLimit === 'secondary' ? 60_000 : 0) };
  }
  const transient =
    facts.status === undefined ||
    facts.status === 500 ||
    facts.status === 502 ||
    facts.status === 503 ||
    facts.status === 504;
  if (!transient) return { retry: false };
  if (!IDEMPOTENT.has(facts.method.toUpperCase())) return { retry: false };
  return { retry: true, waitMs };
}
