import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Api } from './api';
import type { PodServer } from './podserver';
import type { ResourceDef } from './resources';
import type { StoreEvent } from './store';
import type { Json, KObject } from './types';

export interface DataPlaneTiming {
  /** Delay between an EndpointSlice change and the service proxy using it (kube-proxy lag). */
  endpointLagMs: number;
}

interface Endpoint {
  pod: string;
  ready: boolean;
  serving: boolean;
}

/** One Service port exposed on 127.0.0.1, balancing requests round-robin over its endpoints. */
class ServiceProxy {
  server: Server | undefined;
  port = 0;
  /** Endpoints as last propagated, per EndpointSlice name. */
  readonly slices = new Map<string, Endpoint[]>();
  private rr = 0;
  private readonly sockets = new Set<Socket>();
  readonly listening: Promise<void>;

  constructor(
    readonly namespace: string,
    readonly service: string,
    readonly servicePort: number,
    private readonly plane: DataPlane,
  ) {
    this.listening = this.listen();
  }

  private async listen() {
    const server = createServer((req, res) => {
      const target = this.pick();
      if (!target) {
        const text = JSON.stringify({
          error: `no ready endpoints for service ${this.namespace}/${this.service}`,
        });
        res.writeHead(503, { 'Content-Type': 'application/json', 'X-Sandbox-No-Endpoints': '1' });
        res.end(text);
        req.resume();
        return;
      }
      const up = request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent: this.plane.agent,
        },
        (ur) => {
          // Buffer the (small) answer and write it in one go: no header/body split segments.
          const chunks: Buffer[] = [];
          ur.on('data', (c: Buffer) => chunks.push(c));
          ur.on('end', () => {
            const body = Buffer.concat(chunks);
            const headers = { ...ur.headers, 'content-length': String(body.length) };
            delete headers['transfer-encoding'];
            res.writeHead(ur.statusCode ?? 502, headers);
            res.end(body);
          });
          ur.on('error', () => res.destroy());
        },
      );
      up.on('error', (e) => {
        if (!res.headersSent) {
          res.writeHead(502, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: `upstream ${target.pod}: ${e.message}` }));
        } else res.destroy();
      });
      if (req.method === 'GET' || req.method === 'HEAD') {
        req.resume();
        up.end();
      } else req.pipe(up);
    });
    server.keepAliveTimeout = 30_000;
    server.on('connection', (s: Socket) => {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** Ready endpoints first; if none, serving terminating ones (like kube-proxy). */
  private pick(): { pod: string; port: number } | undefined {
    const all = [...this.slices.values()].flat();
    let pool = all.filter((e) => e.ready);
    if (pool.length === 0) pool = all.filter((e) => e.serving);
    const live = pool
      .map((e) => ({ pod: e.pod, srv: this.plane.pods.get(`${this.namespace}/${e.pod}`) }))
      .filter((x) => x.srv && x.srv.port > 0);
    if (live.length === 0) return undefined;
    const x = live[this.rr++ % live.length]!;
    return { pod: x.pod, port: x.srv!.port };
  }

  async close() {
    await this.listening;
    const s = this.server;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      for (const sock of this.sockets) sock.destroy();
    });
  }
}

export interface ServiceAddress {
  namespace: string;
  name: string;
  port: number;
  url: string;
}

/**
 * The data plane: pod servers (registered by the kubelet simulation) and one proxy per
 * Service port, fed from EndpointSlices after the configured propagation lag.
 */
export class DataPlane {
  readonly pods = new Map<string, PodServer>();
  readonly agent = new Agent({ keepAlive: true, maxSockets: 256, noDelay: true });
  private readonly proxies = new Map<string, ServiceProxy>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private off: (() => void) | undefined;

  constructor(
    private readonly api: Api,
    private readonly timing: DataPlaneTiming,
  ) {}

  start() {
    this.off = this.api.store.on((ev, def) => this.onEvent(ev, def));
  }

  private onEvent(ev: StoreEvent, def: ResourceDef) {
    if (def.kind === 'Service' && def.group === '') {
      const o = ev.object;
      const ns = o.metadata.namespace!;
      const ports: number[] =
        ev.type === 'DELETED' ? [] : (o.spec?.ports ?? []).map((p: Json) => p.port);
      for (const [key, proxy] of this.proxies) {
        if (
          proxy.namespace === ns &&
          proxy.service === o.metadata.name &&
          !ports.includes(proxy.servicePort)
        ) {
          this.proxies.delete(key);
          void proxy.close();
        }
      }
      for (const port of ports) {
        const key = `${ns}/${o.metadata.name}:${port}`;
        if (!this.proxies.has(key)) {
          const proxy = new ServiceProxy(ns, o.metadata.name, port, this);
          this.proxies.set(key, proxy);
          // Endpoints already propagated for this service (re-created Service).
          for (const slice of this.api.list(this.sliceDef(), ns, {
            labelSelector: `kubernetes.io/service-name=${o.metadata.name}`,
          })) {
            proxy.slices.set(slice.metadata.name, endpointsOf(slice));
          }
        }
      }
      return;
    }
    if (def.kind === 'EndpointSlice') {
      const slice = ev.object;
      const svc = slice.metadata.labels?.['kubernetes.io/service-name'];
      if (!svc) return;
      const ns = slice.metadata.namespace!;
      const snapshot = ev.type === 'DELETED' ? undefined : endpointsOf(slice);
      const apply = () => {
        for (const proxy of this.proxies.values()) {
          if (proxy.namespace !== ns || proxy.service !== svc) continue;
          if (snapshot) proxy.slices.set(slice.metadata.name, snapshot);
          else proxy.slices.delete(slice.metadata.name);
        }
      };
      if (this.timing.endpointLagMs <= 0) apply();
      else {
        const t = setTimeout(() => {
          this.timers.delete(t);
          apply();
        }, this.timing.endpointLagMs);
        this.timers.add(t);
      }
    }
  }

  private sliceDef() {
    return this.api.def('discovery.k8s.io', 'v1', 'endpointslices');
  }

  /** Base URL of a Service port on 127.0.0.1 (waits until its listener is up). */
  async serviceUrl(namespace: string, name: string, port?: number): Promise<string> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const proxy = [...this.proxies.values()].find(
        (p) =>
          p.namespace === namespace &&
          p.service === name &&
          (port === undefined || p.servicePort === port),
      );
      if (proxy) {
        await proxy.listening;
        return `http://127.0.0.1:${proxy.port}`;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `sandbox: no Service ${namespace}/${name}${port ? ` with port ${port}` : ''} in the data plane`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /**
   * Pods a Service port's proxy routes to right now (endpoints as last propagated, after the
   * lag): `ready` ones, or `[]` when none. `terminating` lists serving terminating endpoints.
   */
  endpoints(
    namespace: string,
    name: string,
    port?: number,
  ): { ready: string[]; terminating: string[] } {
    const proxy = [...this.proxies.values()].find(
      (p) =>
        p.namespace === namespace &&
        p.service === name &&
        (port === undefined || p.servicePort === port),
    );
    const all = proxy ? [...proxy.slices.values()].flat() : [];
    return {
      ready: all
        .filter((e) => e.ready)
        .map((e) => e.pod)
        .sort(),
      terminating: all
        .filter((e) => !e.ready && e.serving)
        .map((e) => e.pod)
        .sort(),
    };
  }

  /** Direct URL of one pod's server (bypassing Services), if it is running. */
  podUrl(namespace: string, name: string): string | undefined {
    const p = this.pods.get(`${namespace}/${name}`);
    return p && p.port > 0 ? `http://${p.address}` : undefined;
  }

  /** Every Service port currently exposed. */
  async services(): Promise<ServiceAddress[]> {
    const out: ServiceAddress[] = [];
    for (const p of this.proxies.values()) {
      await p.listening;
      out.push({
        namespace: p.namespace,
        name: p.service,
        port: p.servicePort,
        url: `http://127.0.0.1:${p.port}`,
      });
    }
    return out.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
  }

  async stop() {
    this.off?.();
    for (const t of this.timers) clearTimeout(t);
    await Promise.all([...this.proxies.values()].map((p) => p.close()));
    this.proxies.clear();
    this.agent.destroy();
  }
}

function endpointsOf(slice: KObject): Endpoint[] {
  return (slice.endpoints ?? [])
    .filter((e: Json) => e.targetRef?.kind === 'Pod')
    .map((e: Json) => ({
      pod: e.targetRef.name,
      ready: e.conditions?.ready !== false,
      serving: e.conditions?.serving ?? e.conditions?.ready !== false,
    }));
}
