import { describe, expect, it } from 'vitest';
import { CancelledError, sleep } from '../src/cancel';
import { retry } from '../src/retry';

const flaky = (failures: number, error: unknown = new Error('throttled')) => {
  let calls = 0;
  return {
    fn: async () => {
      calls++;
      if (calls <= failures) throw error;
      return 'ok';
    },
    calls: () => calls,
  };
};

describe('retry', () => {
  it('waits at least as long as the server asked (Retry-After)', async () => {
    const delays: number[] = [];
    const throttled = Object.assign(new Error('429'), { retryAfterMs: 3000 });
    const op = flaky(1, throttled);
    await retry(op.fn, {
      baseMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    expect(delays).toEqual([3000]);
  });

  it('gives up when the server asks to wait past the deadline', async () => {
    const throttled = Object.assign(new Error('429'), { retryAfterMs: 60_000 });
    const op = flaky(1, throttled);
    await expect(
      retry(op.fn, { now: () => 0, deadline: 30_000, sleep: async () => {} }),
    ).rejects.toBe(throttled);
    expect(op.calls()).toBe(1);
  });

  it('retries with full-jitter exponential delays', async () => {
    const delays: number[] = [];
    const op = flaky(3);
    const result = await retry(op.fn, {
      baseMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    expect(result).toBe('ok');
    expect(op.calls()).toBe(4);
    expect(delays).toEqual([50, 100, 200]);
  });

  it('caps the delay and gives up after the last attempt', async () => {
    const delays: number[] = [];
    const op = flaky(10);
    await expect(
      retry(op.fn, {
        attempts: 4,
        baseMs: 1000,
        maxDelayMs: 1500,
        random: () => 0.999,
        sleep: async (ms) => {
          delays.push(ms);
        },
      }),
    ).rejects.toThrow('throttled');
    expect(op.calls()).toBe(4);
    expect(delays).toEqual([999, 1498, 1498]);
  });

  it('does not retry what the predicate rejects', async () => {
    const op = flaky(1, new Error('AccessDenied'));
    await expect(retry(op.fn, { isRetryable: () => false, sleep: async () => {} })).rejects.toThrow(
      'AccessDenied',
    );
    expect(op.calls()).toBe(1);
  });

  it('stops before a delay would cross the deadline', async () => {
    let now = 1_000;
    const op = flaky(5);
    await expect(
      retry(op.fn, {
        baseMs: 400,
        random: () => 1,
        deadline: 1_700,
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      }),
    ).rejects.toThrow('throttled');
    expect(op.calls()).toBe(2); // slept 400 (→1400); next delay 800 would end past 1700
  });

  it('an aborted signal ends the wait', async () => {
    const controller = new AbortController();
    const op = flaky(5);
    const pending = retry(op.fn, { baseMs: 60_000, random: () => 1, signal: controller.signal });
    setTimeout(() => controller.abort(new CancelledError('SIGINT')), 10);
    await expect(pending).rejects.toThrow('cancelled by SIGINT');
    await expect(sleep(10, controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates', async () => {
    const { parseRetryAfter } = await import('../src/http');
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
