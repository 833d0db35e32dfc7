import { Agent, request } from 'node:http';

export interface LoadOptions {
  /** Target base URL, e.g. from `sandbox.dataPlane.serviceUrl(ns, name)`. */
  url: string;
  path?: string;
  /** Stop after this many requests ... */
  requests?: number;
  /** ... or after this long (whichever comes first; at least one is required). */
  durationMs?: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Per-request timeout (default 5000 ms). */
  timeoutMs?: number;
  /** Count answers from another colour as wrongColor. */
  expectColor?: string;
  /** Pause between requests per worker (default 0). */
  intervalMs?: number;
  /**
   * `keep-alive` (default): each worker reuses its connection, like pooled HTTP clients, an ALB
   * or gRPC; `fresh`: a new TCP connection per request (`Connection: close`).
   */
  connection?: 'keep-alive' | 'fresh';
  signal?: AbortSignal;
}

export interface LoadReport {
  sent: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failed: number;
  /** Failures by kind: `HTTP 503`, `ECONNRESET`, `ECONNREFUSED`, `socket hang up`, `timeout`... */
  failureKinds: Record<string, number>;
  connection: 'keep-alive' | 'fresh';
  /** Answered by a pod that was not ready (and not terminating) at the time. */
  misrouted: number;
  /** Answered by a terminating pod (still serving its grace period). */
  terminatingAnswers: number;
  /** Answered by a pod whose colour was not `expectColor`. */
  wrongColor: number;
  statusCodes: Record<string, number>;
  byPod: Record<string, number>;
  byColor: Record<string, number>;
  byVersion: Record<string, number>;
  errors: string[];
  durationMs: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const errorKind = (e: Error & { code?: string }) =>
  e.message === 'timeout' ? 'timeout' : (e.code ?? e.message);

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Drive HTTP traffic at a Service (bounded by count and/or time) and classify every answer. */
export async function generateLoad(opts: LoadOptions): Promise<LoadReport> {
  if (opts.requests === undefined && opts.durationMs === undefined) {
    throw new Error('generateLoad: set `requests` or `durationMs` (the load must be bounded)');
  }
  const target = new URL(opts.path ?? '/', opts.url);
  const maxRequests = opts.requests ?? Number.POSITIVE_INFINITY;
  const endAt =
    opts.durationMs !== undefined ? performance.now() + opts.durationMs : Number.POSITIVE_INFINITY;
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  const connection = opts.connection ?? 'keep-alive';
  if (connection !== 'keep-alive' && connection !== 'fresh')
    throw new Error(
      `generateLoad: connection must be keep-alive or fresh (got ${String(connection)})`,
    );
  const agent =
    connection === 'fresh'
      ? new Agent({ keepAlive: false, noDelay: true })
      : new Agent({ keepAlive: true, maxSockets: concurrency, noDelay: true });
  const r: LoadReport = {
    sent: 0,
    ok: 0,
    failed: 0,
    failureKinds: {},
    connection,
    misrouted: 0,
    terminatingAnswers: 0,
    wrongColor: 0,
    statusCodes: {},
    byPod: {},
    byColor: {},
    byVersion: {},
    errors: [],
    durationMs: 0,
    rps: 0,
    latencyMs: { p50: 0, p95: 0, p99: 0, max: 0 },
  };
  const latencies: number[] = [];
  const started = performance.now();
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const fail = (msg: string, kind: string) => {
        r.failed++;
        bump(r.failureKinds, kind);
        if (r.errors.length < 20) r.errors.push(msg);
      };
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          agent,
          headers: connection === 'fresh' ? { Connection: 'close' } : undefined,
          timeout: opts.timeoutMs ?? 5000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            const code = res.statusCode ?? 0;
            bump(r.statusCodes, String(code));
            let body: {
              pod?: string;
              color?: string | null;
              version?: string;
              ready?: boolean;
              terminating?: boolean;
            } = {};
            try {
              body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              // not a pod answer
            }
            if (body.pod) {
              bump(r.byPod, body.pod);
              bump(r.byColor, body.color ?? '');
              if (body.version) bump(r.byVersion, body.version);
              if (body.terminating) r.terminatingAnswers++;
              else if (body.ready === false) r.misrouted++;
              if (opts.expectColor !== undefined && body.color !== opts.expectColor) r.wrongColor++;
            }
            if (code >= 200 && code < 300) r.ok++;
            else fail(`HTTP ${code}${body.pod ? ` from ${body.pod}` : ''}`, `HTTP ${code}`);
            resolve();
          });
          res.on('error', (e) => {
            fail(e.message, errorKind(e));
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => {
        latencies.push(performance.now() - t0);
        fail(e.message, errorKind(e));
        resolve();
      });
      req.end();
    });
  const worker = async () => {
    while (r.sent < maxRequests && performance.now() < endAt && !opts.signal?.aborted) {
      r.sent++;
      await one();
      if (opts.intervalMs) await new Promise((res) => setTimeout(res, opts.intervalMs));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  r.durationMs = performance.now() - started;
  r.rps = r.durationMs > 0 ? (r.sent / r.durationMs) * 1000 : 0;
  latencies.sort((a, b) => a - b);
  r.latencyMs = {
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? 0,
  };
  return r;
}
