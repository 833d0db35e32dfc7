import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { PodMetrics } from './pod-metrics';

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
      const answer = (code: number, payload: unknown) => {
        const text = JSON.stringify(payload);
        res.writeHead(code, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          'X-Sandbox-Pod': this.id.name,
        });
        res.end(text);
      };
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
        if (url.pathname === '/readyz') return answer(this.ready ? 200 : 503, body);
        if (url.pathname === '/healthz' || url.pathname === '/livez') return answer(200, body);
        answer(200, body);
      };
      // `?sleepMs=N` keeps the request in flight (e.g. to observe draining on termination).
      const sleep =
        Math.min(Number(url.searchParams.get('sleepMs') ?? 0) || 0, 60_000) + this.extraLatencyMs;
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

  /** Stop: the process is gone, open connections are cut. */
  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      for (const sock of this.sockets) sock.destroy();
    });
  }
}
