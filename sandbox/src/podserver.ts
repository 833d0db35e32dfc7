import { createServer, type Server } from 'node:http';
import { type AddressInfo, Server as NetServer, type Socket } from 'node:net';
import { PodMetrics } from './pod-metrics';

/**
 * What the app does on SIGTERM: `graceful` stops accepting, answers `Connection: close` on open
 * keep-alive connections, finishes in-flight requests and exits once every connection closed;
 * `exit` dies at once (open connections cut); `ignore` keeps serving until SIGKILL.
 */
export type SigtermPolicy = 'graceful' | 'exit' | 'ignore';
export const SIGTERM_POLICIES: readonly SigtermPolicy[] = ['graceful', 'exit', 'ignore'];

export interface PodIdentity {
  namespace: string;
  name: string;
  image: string;
  color: string | undefined;
  version: string;
}

/**
 * The in-process "container" of one pod: a real HTTP server on 127.0.0.1 answering JSON with
 * its identity and readiness at answer time, plus /healthz /readyz /livez.
 */
export class PodServer {
  ready = false;
  /** Answer 500 to everything (the app broke). */
  failing = false;
  terminating = false;
  inFlight = 0;
  /** Added to every answer (fault `slow`). */
  extraLatencyMs = 0;
  /** Fraction of answers that fail with `errorStatus` (fault `errors`). */
  errorRate = 0;
  errorStatus = 500;
  /** Requests in flight above this are answered 503 (0 = unlimited). */
  concurrencyLimit = 0;
  /** Until this time (ms epoch) answers are `warmUpLatencyMs` slower and fail at `warmUpErrorRate`. */
  warmUpUntil = 0;
  warmUpLatencyMs = 0;
  warmUpErrorRate = 0;
  /** Requests answered or in flight since start, probes excluded. */
  served = 0;
  /** SIGTERM received with the graceful policy: every answer closes its connection. */
  draining = false;
  port = 0;
  /** Request counters and latency histograms served at GET /metrics. */
  readonly metrics = new PodMetrics();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(readonly id: PodIdentity) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.inFlight++;
      res.on('close', () => this.inFlight--);
      const url = new URL(req.url ?? '/', 'http://pod');
      if (this.metrics.handle(req, res, url.pathname)) return;
      // Requests served by the app (not probes): the HPA's request-rate metric.
      if (url.pathname !== '/healthz' && url.pathname !== '/readyz') this.served++;
      const answer = (code: number, payload: unknown) => {
        const text = JSON.stringify(payload);
        res.writeHead(code, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          'X-Sandbox-Pod': this.id.name,
          ...(this.draining ? { Connection: 'close' } : {}),
        });
        res.end(text);
      };
      const warming = Date.now() < this.warmUpUntil;
      const respond = () => {
        const body = {
          pod: this.id.name,
          namespace: this.id.namespace,
          image: this.id.image,
          color: this.id.color ?? null,
          version: this.id.version,
          ready: this.ready,
          terminating: this.terminating,
          path: url.pathname,
        };
        if (this.failing)
          return answer(500, { ...body, error: 'sandbox fault: application failing' });
        const probe = url.pathname === '/healthz' || url.pathname === '/readyz';
        if (this.errorRate > 0 && !probe && Math.random() < this.errorRate) {
          return answer(this.errorStatus, { ...body, error: 'sandbox fault: injected error' });
        }
        if (!probe && this.concurrencyLimit > 0 && this.inFlight > this.concurrencyLimit) {
          return answer(503, { ...body, error: 'sandbox: over the pod concurrency limit' });
        }
        if (warming && !probe && Math.random() < this.warmUpErrorRate) {
          return answer(503, { ...body, error: 'sandbox: warming up' });
        }
        if (url.pathname === '/readyz') return answer(this.ready ? 200 : 503, body);
        if (url.pathname === '/healthz' || url.pathname === '/livez') return answer(200, body);
        answer(200, body);
      };
      // `?sleepMs=N` keeps the request in flight (e.g. to observe draining on termination).
      const sleep =
        Math.min(Number(url.searchParams.get('sleepMs') ?? 0) || 0, 60_000) +
        this.extraLatencyMs +
        (warming ? this.warmUpLatencyMs : 0);
      if (sleep > 0) setTimeout(respond, sleep);
      else respond();
      req.resume();
    });
    server.keepAliveTimeout = 30_000;
    server.on('connection', (s: Socket) => {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** SIGTERM; resolves when the process exits by itself (never, for `ignore`). */
  sigterm(policy: SigtermPolicy): Promise<void> {
    const s = this.server;
    if (!s || policy === 'ignore') return new Promise(() => {});
    if (policy === 'exit') return this.stop();
    this.draining = true;
    // Close the listener only: http.Server.close() would also cut idle keep-alive connections
    // (a request racing that close fails); here they get `Connection: close` on their next answer.
    NetServer.prototype.close.call(s);
    return new Promise<void>((resolve) => {
      const check = () => {
        if (this.sockets.size === 0 || !this.server) {
          clearInterval(t);
          void this.stop().then(resolve);
        }
      };
      const t = setInterval(check, 10);
      t.unref();
      check();
    });
  }

  /** Stop (SIGKILL, or the exit): the process is gone, open connections are cut. */
  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      if (s.listening) s.close(() => resolve());
      else resolve();
      s.closeAllConnections();
      for (const sock of this.sockets) sock.destroy();
    });
  }
}
