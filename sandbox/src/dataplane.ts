import { Agent, createServer as createHttpServer, request } from 'node:http';
import {
  type AddressInfo,
  connect,
  createServer as createTcpServer,
  type Server,
  type Socket,
} from 'node:net';
import type { Api } from './api';
import type { PodServer } from './podserver';
import type { ResourceDef } from './resources';
import type { StoreEvent } from './store';
import type { Json, KObject } from './types';

export interface DataPlaneTiming {
  /** Least delay between an EndpointSlice change and a node's proxy using it (kube-proxy sync). */
  endpointLagMs: number;
  /** Mean of the exponential tail added to that, drawn per node per change (0 = none). */
  endpointLagTailMs: number;
  /** Cap on a node's whole lag (base + tail). */
  endpointLagMaxMs: number;
}

/** How Services balance: per TCP connection like kube-proxy (`l4`), or per HTTP request (`l7`). */
export type DataPlaneMode = 'l4' | 'l7';
/** What a connection to an endpoint whose pod is gone gets: reset at once, or no answer at all. */
export type DeadEndpoint = 'refuse' | 'blackhole';

export interface DataPlaneOptions {
  mode: DataPlaneMode;
  /** Simulated nodes, each with its own kube-proxy view of the EndpointSlices (l4; l7 uses one). */
  nodes: number;
  deadEndpoint: DeadEndpoint;
}

export const DEFAULT_DATA_PLANE: DataPlaneOptions = {
  mode: 'l4',
  nodes: 3,
  deadEndpoint: 'refuse',
};

/** How long a black-holed connection is held before it is dropped (a client timeout comes first). */
const BLACKHOLE_HOLD_MS = 120_000;

interface Endpoint {
  pod: string;
  ready: boolean;
  serving: boolean;
}

/** One node's kube-proxy: the endpoints it last synced, per EndpointSlice name. */
class NodeView {
  readonly slices = new Map<string, Endpoint[]>();
  /** Sequence number of the change last applied per slice (later changes win, never older ones). */
  readonly applied = new Map<string, number>();
  rr = 0;

  all(): Endpoint[] {
    return [...this.slices.values()].flat();
  }

  /** Ready endpoints; if none, serving terminating ones (kube-proxy's fallback). */
  pool(): Endpoint[] {
    const all = this.all();
    const ready = all.filter((e) => e.ready);
    return ready.length > 0 ? ready : all.filter((e) => e.serving);
  }
}

/** One Service port exposed on 127.0.0.1. */
abstract class ServiceProxy {
  server: Server | undefined;
  port = 0;
  readonly nodes: NodeView[];
  protected readonly sockets = new Set<Socket>();
  readonly listening: Promise<void>;

  constructor(
    readonly namespace: string,
    readonly service: string,
    readonly servicePort: number,
    protected readonly plane: DataPlane,
    nodes: number,
  ) {
    this.nodes = Array.from({ length: Math.max(1, nodes) }, () => new NodeView());
    this.listening = this.listen();
  }

  protected abstract createServer(): Server;

  private async listen() {
    const server = this.createServer();
    server.on('connection', (s: Socket) => {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  protected podServer(pod: string): PodServer | undefined {
    return this.plane.pods.get(`${this.namespace}/${pod}`);
  }

  /** Open proxied connections per pod (l4 only). */
  connections(): Record<string, number> {
    return {};
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

/**
 * kube-proxy's model: each accepted connection lands on a node (round-robin, like clients spread
 * over nodes), which picks an endpoint from ITS synced view at accept time and pins the
 * connection to that pod for its whole life, whatever later happens to selectors or readiness.
 * A listed endpoint whose pod is gone is not skipped: the connection is refused (reset) or
 * black-holed; a running pod that stopped listening refuses. No endpoints at all: reset (REJECT).
 */
class L4Proxy extends ServiceProxy {
  private accepted = 0;
  private readonly byPod = new Map<string, Set<Socket>>();

  protected createServer(): Server {
    return createTcpServer({ noDelay: true }, (client) => this.accept(client));
  }

  private accept(client: Socket) {
    client.on('error', () => {});
    const node = this.nodes[this.accepted++ % this.nodes.length]!;
    const pool = node.pool();
    if (pool.length === 0) return client.resetAndDestroy();
    const ep = pool[node.rr++ % pool.length]!;
    const srv = this.podServer(ep.pod);
    if (!srv || srv.port === 0) {
      if (this.plane.options.deadEndpoint === 'refuse') return client.resetAndDestroy();
      // No route answers: the client waits for its own timeout.
      client.pause();
      const t = setTimeout(() => client.destroy(), BLACKHOLE_HOLD_MS);
      client.on('close', () => clearTimeout(t));
      return;
    }
    const up = connect({ host: '127.0.0.1', port: srv.port, noDelay: true });
    const open = this.byPod.get(ep.pod) ?? new Set<Socket>();
    this.byPod.set(ep.pod, open);
    open.add(client);
    client.on('close', () => {
      open.delete(client);
      if (open.size === 0 && this.byPod.get(ep.pod) === open) this.byPod.delete(ep.pod);
      up.destroy();
    });
    // A refused connect or a reset from the pod reaches the client as a reset.
    up.on('error', () => client.resetAndDestroy());
    client.on('error', () => up.destroy());
    client.pipe(up);
    up.pipe(client);
  }

  override connections(): Record<string, number> {
    return Object.fromEntries([...this.byPod].map(([pod, s]) => [pod, s.size]));
  }
}

/** The explicit per-request mode: an HTTP proxy balancing each request over live endpoints. */
class L7Proxy extends ServiceProxy {
  protected createServer(): Server {
    const server = createHttpServer((req, res) => {
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
            delete headers.connection;
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
    return server;
  }

  /** Round-robin over the pooled endpoints whose pod is running (dead ones are skipped). */
  private pick(): { pod: string; port: number } | undefined {
    const node = this.nodes[0]!;
    const live = node
      .pool()
      .map((e) => ({ pod: e.pod, srv: this.podServer(e.pod) }))
      .filter((x) => x.srv && x.srv.port > 0);
    if (live.length === 0) return undefined;
    const x = live[node.rr++ % live.length]!;
    return { pod: x.pod, port: x.srv!.port };
  }
}

export interface ServiceAddress {
  namespace: string;
  name: string;
  port: number;
  url: string;
}

/** A node's lag for one change: the base, plus an exponential tail, capped. */
export function sampleLag(t: DataPlaneTiming, random: () => number = Math.random): number {
  const tail = t.endpointLagTailMs > 0 ? -t.endpointLagTailMs * Math.log(1 - random()) : 0;
  return Math.min(t.endpointLagMs + tail, Math.max(t.endpointLagMs, t.endpointLagMaxMs));
}

/**
 * The data plane: pod servers (registered by the kubelet simulation) and one proxy per
 * Service port, fed from EndpointSlices by each node after its own propagation lag.
 */
export class DataPlane {
  readonly pods = new Map<string, PodServer>();
  readonly agent = new Agent({ keepAlive: true, maxSockets: 256, noDelay: true });
  private readonly proxies = new Map<string, ServiceProxy>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private seq = 0;
  private off: (() => void) | undefined;

  constructor(
    private readonly api: Api,
    private readonly timing: DataPlaneTiming,
    readonly options: DataPlaneOptions = DEFAULT_DATA_PLANE,
  ) {}

  start() {
    this.off = this.api.store.on((ev, def) => this.onEvent(ev, def));
  }

  private newProxy(ns: string, name: string, port: number): ServiceProxy {
    return this.options.mode === 'l7'
      ? new L7Proxy(ns, name, port, this, 1)
      : new L4Proxy(ns, name, port, this, this.options.nodes);
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
          const proxy = this.newProxy(ns, o.metadata.name, port);
          this.proxies.set(key, proxy);
          // Endpoints already propagated for this service (re-created Service).
          for (const slice of this.api.list(this.sliceDef(), ns, {
            labelSelector: `kubernetes.io/service-name=${o.metadata.name}`,
          })) {
            for (const node of proxy.nodes)
              node.slices.set(slice.metadata.name, endpointsOf(slice));
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
      const name = slice.metadata.name;
      const snapshot = ev.type === 'DELETED' ? undefined : endpointsOf(slice);
      const seq = ++this.seq;
      // Each node syncs on its own schedule; a node applies a change only if it has not already
      // applied a later one (kube-proxy always syncs to the newest state).
      const nodes = this.options.mode === 'l7' ? 1 : this.options.nodes;
      for (let i = 0; i < nodes; i++) {
        const apply = () => {
          for (const proxy of this.proxies.values()) {
            if (proxy.namespace !== ns || proxy.service !== svc) continue;
            const node = proxy.nodes[i];
            if (!node || (node.applied.get(name) ?? 0) > seq) continue;
            node.applied.set(name, seq);
            if (snapshot) node.slices.set(name, snapshot);
            else node.slices.delete(name);
          }
        };
        const lag = sampleLag(this.timing);
        if (lag <= 0) apply();
        else {
          const t = setTimeout(() => {
            this.timers.delete(t);
            apply();
          }, lag);
          this.timers.add(t);
        }
      }
    }
  }

  private sliceDef() {
    return this.api.def('discovery.k8s.io', 'v1', 'endpointslices');
  }

  private find(namespace: string, name: string, port?: number): ServiceProxy | undefined {
    return [...this.proxies.values()].find(
      (p) =>
        p.namespace === namespace &&
        p.service === name &&
        (port === undefined || p.servicePort === port),
    );
  }

  /** Base URL of a Service port on 127.0.0.1 (waits until its listener is up). */
  async serviceUrl(namespace: string, name: string, port?: number): Promise<string> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const proxy = this.find(namespace, name, port);
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
   * Pods some node may send a NEW connection to right now (endpoints as each node last synced):
   * `ready` ones; `terminating` lists serving terminating endpoints. With nodes out of sync
   * this is their union.
   */
  endpoints(
    namespace: string,
    name: string,
    port?: number,
  ): { ready: string[]; terminating: string[] } {
    const proxy = this.find(namespace, name, port);
    const all = proxy ? proxy.nodes.flatMap((n) => n.all()) : [];
    const uniq = (xs: string[]) => [...new Set(xs)].sort();
    return {
      ready: uniq(all.filter((e) => e.ready).map((e) => e.pod)),
      terminating: uniq(all.filter((e) => !e.ready && e.serving).map((e) => e.pod)),
    };
  }

  /** Each node's synced view: ready pods per node (index = node). */
  nodeEndpoints(namespace: string, name: string, port?: number): string[][] {
    const proxy = this.find(namespace, name, port);
    return (proxy?.nodes ?? []).map((n) =>
      n
        .all()
        .filter((e) => e.ready)
        .map((e) => e.pod)
        .sort(),
    );
  }

  /** Open client connections pinned to each pod through a Service (l4; `{}` in l7). */
  connections(namespace: string, name: string, port?: number): Record<string, number> {
    return this.find(namespace, name, port)?.connections() ?? {};
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
