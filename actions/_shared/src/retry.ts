import { CancelledError, sleep as realSleep, type Sleep } from './cancel';

export type RetryOptions = {
  /** Total attempts, including the first. */
  attempts?: number;
  baseMs?: number;
  maxDelayMs?: number;
  /** Absolute time (ms since epoch) after which no new attempt starts. */
  deadline?: number;
  isRetryable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
};

/**
 * An error may carry the server's own wait (a `Retry-After` header): `retry`
 * never retries sooner than that, and gives up when the wait passes the deadline.
 */
export type ServerDelay = { retryAfterMs?: number };

/**
 * Retries with "full jitter" exponential backoff (delay = random(0, min(max, base·2^n))),
 * which spreads out retries from many runners hitting the same throttled API.
 */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const {
    attempts = 5,
    baseMs = 200,
    maxDelayMs = 10_000,
    deadline = Number.POSITIVE_INFINITY,
    isRetryable = () => true,
    onRetry,
    signal,
    sleep = realSleep,
    random = Math.random,
    now = Date.now,
  } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw signal.reason ?? new CancelledError();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || signal?.aborted || !isRetryable(error)) throw error;
      const jitter = Math.floor(random() * Math.min(maxDelayMs, baseMs * 2 ** (attempt - 1)));
      const delay = Math.max(jitter, serverDelay(error));
      if (now() + delay >= deadline) throw error;
      onRetry?.(error, attempt, delay);
      await sleep(delay, signal);
    }
  }
}

function serverDelay(error: unknown): number {
  const ms = (error as ServerDelay | null)?.retryAfterMs;
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : 0;
}
