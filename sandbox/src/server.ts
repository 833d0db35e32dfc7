import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from './api';
import type { Faults, Verb } from './faults';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { apiVersionOf, type ResourceDef, resourceKey, VERBS } from './resources';
import type { StoreEvent } from './store';
import { toTable, wantsTable } from './table';
import { ApiError, type Json, type KObject, statusObject } from './types';

export interface ServerTiming {
  /** Interval between BOOKMARK events on watches that allow them. */
  bookmarkIntervalMs: number;
}

interface Watcher {
  def: ResourceDef;
  res: ServerResponse;
  close(reset: boolean): void;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' };

function send(res: ServerResponse, code: number, body: Json) {
  const text = JSON.stringify(body);
  res.writeHead(code, { ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, e: unknown) {
  if (e instanceof ApiError) {
    send(res, e.code, statusObject(e.code, e.reason, e.message, e.details));
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    send(res, 500, statusObject(500, 'InternalError', `Internal error occurred: ${msg}`));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): Json {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(
      400,
      'BadRequest',
      `the request body is not valid JSON: ${(e as Error).message}`,
    );
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Parsed REST path. */
interface Route {
  group: string;
  version: string;
  namespace?: string;
  plural?: string;
  name?: string;
  sub?: string;
}

function parsePath(path: string): Route | 'discovery' | undefined {
  const segs = path.split('/').filter(Boolean).map(decodeURIComponent);
  let group = '';
  let version: string;
  let rest: string[];
  if (segs[0] === 'api') {
    if (segs.length === 1) return 'discovery';
    version = segs[1]!;
    rest = segs.slice(2);
  } else if (segs[0] === 'apis') {
    if (segs.length <= 2) return 'discovery';
    group = segs[1]!;
    version = segs[2]!;
    rest = segs.slice(3);
  } else return undefined;
  if (rest.length === 0) return { group, version };
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(group === '' && ['status', 'finalize'].includes(rest[2]!) && rest.length === 3)
  ) {
    return { group, version, namespace: rest[1], plural: rest[2], name: rest[3], sub: rest[4] };
  }
  return { group, version, plural: rest[0], name: rest[1], sub: rest[2] };
}

/** The Kubernetes REST API over HTTP: discovery, CRUD, patch, watch, faults. */
export class ApiServer {
  private server!: Server;
  private readonly watchers = new Set<Watcher>();
  url = '';
  /** Set by startSandbox: where the `proxy` subresources send requests. */
  proxyTarget:
    | {
        service(ns: string, name: string, port?: string): Promise<string | undefined>;
        pod(ns: string, name: string): string | undefined;
      }
    | undefined;

  constructor(
    private readonly api: Api,
    private readonly faults: Faults,
    private readonly timing: ServerTiming,
  ) {
    faults.dropWatchesImpl = (resource, reset) => {
      let n = 0;
      for (const w of [...this.watchers]) {
        if (resource && w.def.plural !== resource && resourceKey(w.def) !== resource) continue;
        w.close(reset);
        n++;
      }
      return n;
    };
  }

  async listen(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        if (!res.headersSent) sendError(res, e);
        else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    const addr = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${addr.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const w of [...this.watchers]) w.close(false);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (['/healthz', '/livez', '/readyz'].includes(path)) {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (path === '/version') {
      send(res, 200, {
        major: '1',
        minor: '32',
        gitVersion: 'v1.32.0-medimind-sandbox',
        gitCommit: '0000000000000000000000000000000000000000',
        gitTreeState: 'clean',
        buildDate: '2026-01-01T00:00:00Z',
        goVersion: 'go1.23',
        compiler: 'gc',
        platform: 'linux/amd64',
      });
      return;
    }
    const route = parsePath(path);
    if (route === 'discovery') return send(res, 200, this.discovery(path));
    if (!route)
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    if (!route.plural) return send(res, 200, this.resourceList(route.group, route.version));
    const def = this.api.def(route.group, route.version, route.plural);
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const isWatch = q.get('watch') === 'true' || q.get('watch') === '1';
    const verb: Verb =
      method === 'GET'
        ? isWatch
          ? 'watch'
          : route.name
            ? 'get'
            : 'list'
        : method === 'POST'
          ? 'create'
          : method === 'PUT'
            ? 'update'
            : method === 'PATCH'
              ? 'patch'
              : method === 'DELETE'
                ? route.name
                  ? 'delete'
                  : 'deletecollection'
                : ('' as Verb);
    if (!verb)
      throw new ApiError(
        405,
        'MethodNotAllowed',
        `the server does not allow this method on the requested resource`,
      );
    const fault = this.faults.matchApi(
      verb,
      def.plural,
      def.group,
      route.sub,
      route.namespace,
      route.name,
    );
    if (fault) {
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.status) {
        const code = fault.status;
        const reason =
          code === 429
            ? 'TooManyRequests'
            : code === 503
              ? 'ServiceUnavailable'
              : code === 500
                ? 'InternalError'
                : 'Unknown';
        if (code === 429 || code === 503)
          res.setHeader('Retry-After', String(fault.retryAfterSeconds ?? 1));
        send(
          res,
          code,
          statusObject(code, reason, `sandbox fault: injected ${code} for ${verb} ${def.plural}`, {
            retryAfterSeconds: fault.retryAfterSeconds ?? 1,
          }),
        );
        return;
      }
      if (fault.conflict)
        throw new ApiError(
          409,
          'Conflict',
          `Operation cannot be fulfilled on ${resourceKey(def)} "${route.name ?? ''}": the object has been modified; please apply your changes to the latest version and try again`,
          { name: route.name, group: def.group || undefined, kind: def.plural },
        );
    }
    const ns = def.namespaced ? route.namespace : undefined;
    if (/^application\/vnd\.kubernetes\.protobuf/.test(req.headers['content-type'] ?? '')) {
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        'the MediMind sandbox accepts JSON bodies only, not protobuf (kubectl create <generator> sends protobuf: pipe `--dry-run=client -o yaml` into `kubectl apply --validate=false -f -` instead)',
      );
    }
    if (
      route.sub === 'proxy' &&
      (def.kind === 'Service' || def.kind === 'Pod') &&
      def.group === ''
    ) {
      return this.proxy(req, res, def, ns!, route.name!, url);
    }
    const dryRun = q.getAll('dryRun').includes('All');
    if (route.sub && route.sub !== 'status' && route.sub !== 'scale') {
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    if ((route.sub === 'status' && !def.status) || (route.sub === 'scale' && !def.scale)) {
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    if (route.sub === 'scale') return this.scale(req, res, def, ns, route.name!, verb, dryRun);
    const subresource = route.sub === 'status' ? 'status' : undefined;
    const table = !subresource && wantsTable(req.headers.accept);
    switch (verb) {
      case 'get': {
        const o = this.api.get(def, ns, route.name!);
        if (table)
          return send(
            res,
            200,
            toTable(def.kind, [o], o.metadata.resourceVersion, q.get('includeObject')),
          );
        return send(res, 200, o);
      }
      case 'list': {
        const body = this.listBody(def, ns, q);
        if (table)
          return send(
            res,
            200,
            toTable(def.kind, body.items, body.metadata.resourceVersion, q.get('includeObject')),
          );
        return send(res, 200, body);
      }
      case 'watch':
        return this.watch(req, res, def, ns, q, route.name, table);
      case 'create': {
        if (route.name)
          throw new ApiError(405, 'MethodNotAllowed', 'POST is not allowed on a named object');
        const body = parseJson(await readBody(req));
        return send(
          res,
          201,
          this.api.create(def, ns ?? body?.metadata?.namespace, body, { dryRun }),
        );
      }
      case 'update': {
        const body = parseJson(await readBody(req));
        return send(res, 200, this.api.update(def, ns, route.name!, body, { subresource, dryRun }));
      }
      case 'patch': {
        const raw = await readBody(req);
        const existed = !!this.api.tryGet(def, ns, route.name!);
        const out = this.api.patch(def, ns, route.name!, req.headers['content-type'] ?? '', raw, {
          subresource,
          dryRun,
          force: q.get('force') === 'true',
        });
        return send(res, existed ? 200 : 201, out);
      }
      case 'delete': {
        const body = parseJson(await readBody(req)) ?? {};
        const grace = q.get('gracePeriodSeconds') ?? body.gracePeriodSeconds;
        const out = this.api.delete(def, ns, route.name!, {
          gracePeriodSeconds: grace === undefined || grace === null ? undefined : Number(grace),
          propagationPolicy: q.get('propagationPolicy') ?? body.propagationPolicy,
          preconditions: body.preconditions,
          dryRun,
        });
        return send(res, 200, out);
      }
      case 'deletecollection': {
        const body = parseJson(await readBody(req)) ?? {};
        const items = this.api.deleteCollection(def, ns, {
          labelSelector: q.get('labelSelector') ?? undefined,
          fieldSelector: q.get('fieldSelector') ?? undefined,
          propagationPolicy: q.get('propagationPolicy') ?? body.propagationPolicy,
          dryRun,
        });
        return send(res, 200, {
          kind: `${def.kind}List`,
          apiVersion: apiVersionOf(def),
          metadata: { resourceVersion: this.api.store.resourceVersion },
          items,
        });
      }
    }
  }

  /** `services/<name>[:port]/proxy/...` and `pods/<name>/proxy/...` into the data plane. */
  private async proxy(
    req: IncomingMessage,
    res: ServerResponse,
    def: ResourceDef,
    ns: string,
    nameAndPort: string,
    url: URL,
  ) {
    const [name, port] = nameAndPort.split(':') as [string, string | undefined];
    this.api.get(def, ns, name);
    const base =
      def.kind === 'Service'
        ? await this.proxyTarget?.service(ns, name, port)
        : this.proxyTarget?.pod(ns, name);
    if (!base)
      throw new ApiError(
        503,
        'ServiceUnavailable',
        `no endpoints available for ${def.kind === 'Service' ? 'service' : 'pod'} "${name}"`,
      );
    const marker = `/${nameAndPort}/proxy`;
    const rest = url.pathname.slice(url.pathname.indexOf(marker) + marker.length) || '/';
    // The rest is a path on the target, never a URL: `//host/x` resolved against the base would
    // be protocol-relative and reach any host. Keep the target's origin, take rest as a path.
    const target = new URL(base);
    const path = `/${rest.replace(/^\/+/, '')}${url.search}`;
    // The caller's credentials are for the API server only (the real one strips them too).
    const { authorization: _auth, 'proxy-authorization': _proxyAuth, ...headers } = req.headers;
    await new Promise<void>((resolve) => {
      const up = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path,
          method: req.method,
          headers: { ...headers, host: target.host },
          // The real apiserver picks an endpoint per request: no pooled connection pinned to a pod.
          agent: false,
        },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
          ur.on('end', resolve);
        },
      );
      up.on('error', (e) => {
        if (!res.headersSent)
          send(
            res,
            503,
            statusObject(503, 'ServiceUnavailable', `error trying to reach ${name}: ${e.message}`),
          );
        resolve();
      });
      req.pipe(up);
    });
  }

  private listBody(def: ResourceDef, ns: string | undefined, q: URLSearchParams) {
    const items = this.api.list(def, ns, {
      labelSelector: q.get('labelSelector') ?? undefined,
      fieldSelector: q.get('fieldSelector') ?? undefined,
    });
    return {
      kind: `${def.kind}List`,
      apiVersion: apiVersionOf(def),
      metadata: { resourceVersion: this.api.store.resourceVersion },
      items,
    };
  }

  private async scale(
    req: IncomingMessage,
    res: ServerResponse,
    def: ResourceDef,
    ns: string | undefined,
    name: string,
    verb: Verb,
    dryRun: boolean,
  ) {
    // CRDs declare where replicas live (`.spec.replicas`-style JSON paths); built-ins use spec/status.replicas
    const paths = def.scalePaths ?? { spec: '.spec.replicas', status: '.status.replicas' };
    const segs = (path: string) => path.replace(/^\./, '').split('.');
    const read = (o: Json, path: string) => segs(path).reduce((v, k) => v?.[k], o);
    const selectorOf = (o: KObject): string => {
      if (paths.selector) return String(read(o, paths.selector) ?? '');
      return Object.entries(o.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    };
    const toScale = (o: KObject) => ({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: o.metadata.name,
        namespace: o.metadata.namespace,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        creationTimestamp: o.metadata.creationTimestamp,
      },
      spec: { replicas: read(o, paths.spec) ?? 0 },
      status: { replicas: read(o, paths.status) ?? 0, selector: selectorOf(o) },
    });
    const obj = this.api.get(def, ns, name);
    if (verb === 'get') return send(res, 200, toScale(obj));
    if (verb !== 'update' && verb !== 'patch')
      throw new ApiError(405, 'MethodNotAllowed', `${verb} is not allowed on scale`);
    const raw = await readBody(req);
    let scale: Json = toScale(obj);
    if (verb === 'update') scale = parseJson(raw);
    else {
      const ct = req.headers['content-type'] ?? '';
      const body = parseJson(raw);
      scale = ct.startsWith('application/json-patch')
        ? jsonPatch(scale, body)
        : ct.startsWith('application/strategic')
          ? strategicMergePatch(scale, body)
          : mergePatch(scale, body);
    }
    const rv = scale?.metadata?.resourceVersion;
    if (rv && rv !== obj.metadata.resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${resourceKey(def)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    }
    const replicas = Number(scale?.spec?.replicas);
    if (!Number.isInteger(replicas) || replicas < 0) {
      throw new ApiError(
        422,
        'Invalid',
        `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${scale?.spec?.replicas}: must be greater than or equal to 0`,
      );
    }
    const next: Json = JSON.parse(JSON.stringify(obj));
    const keys = segs(paths.spec);
    let cursor = next;
    for (const k of keys.slice(0, -1)) cursor = cursor[k] ??= {};
    cursor[keys[keys.length - 1]!] = replicas;
    const out = this.api.update(def, ns, name, next, { dryRun });
    return send(res, 200, toScale(out));
  }

  private watch(
    req: IncomingMessage,
    res: ServerResponse,
    def: ResourceDef,
    ns: string | undefined,
    q: URLSearchParams,
    name?: string,
    table = false,
  ) {
    const base = this.api.filter({
      labelSelector: q.get('labelSelector') ?? undefined,
      fieldSelector: q.get('fieldSelector') ?? undefined,
    });
    const matches = (o: KObject | undefined) =>
      !!o && (!ns || o.metadata.namespace === ns) && (!name || o.metadata.name === name) && base(o);
    const rvParam = q.get('resourceVersion') ?? '';
    const sendInitial = q.get('sendInitialEvents') === 'true';
    if (sendInitial && q.get('resourceVersionMatch') !== 'NotOlderThan') {
      throw new ApiError(
        422,
        'Invalid',
        'resourceVersionMatch: Invalid value: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
      );
    }
    const bookmarks = q.get('allowWatchBookmarks') === 'true';
    const store = this.api.store;
    const startRv = rvParam === '' || rvParam === '0' ? undefined : Number(rvParam);
    if (startRv !== undefined && (Number.isNaN(startRv) || startRv < store.oldestRv)) {
      res.writeHead(200, { ...JSON_HEADERS, 'Transfer-Encoding': 'chunked' });
      res.end(
        `${JSON.stringify({ type: 'ERROR', object: statusObject(410, 'Expired', `too old resource version: ${rvParam} (${store.oldestRv})`) })}\n`,
      );
      return;
    }
    res.writeHead(200, { ...JSON_HEADERS, 'Transfer-Encoding': 'chunked' });
    res.flushHeaders();
    const write = (type: string, object: Json) => {
      const out =
        table && type !== 'BOOKMARK' && type !== 'ERROR'
          ? toTable(def.kind, [object], object.metadata.resourceVersion, q.get('includeObject'))
          : object;
      res.write(`${JSON.stringify({ type, object: out })}\n`);
    };
    const toEvent = (ev: StoreEvent): [string, KObject] | undefined => {
      const now = matches(ev.object);
      const before = matches(ev.prev);
      if (ev.type === 'MODIFIED') {
        if (now && !before) return ['ADDED', ev.object];
        if (!now && before) return ['DELETED', ev.object];
      }
      if (!now) return undefined;
      return [ev.type, ev.object];
    };
    const key = resourceKey(def);
    const listener = (ev: StoreEvent) => {
      if (ev.key !== key) return;
      const e = toEvent(ev);
      if (e) write(e[0], this.api.view(def, e[1]));
    };
    if (startRv === undefined || sendInitial) {
      for (const o of this.api.list(def, ns)) if (matches(o)) write('ADDED', o);
      if (sendInitial) {
        write('BOOKMARK', {
          kind: def.kind,
          apiVersion: apiVersionOf(def),
          metadata: {
            resourceVersion: store.resourceVersion,
            annotations: { 'k8s.io/initial-events-end': 'true' },
          },
        });
      }
    } else {
      for (const ev of store.since(def, startRv)) listener(ev);
    }
    const off = store.on(listener);
    let timer: NodeJS.Timeout | undefined;
    if (bookmarks) {
      timer = setInterval(() => {
        write('BOOKMARK', {
          kind: def.kind,
          apiVersion: apiVersionOf(def),
          metadata: { resourceVersion: store.resourceVersion },
        });
      }, this.timing.bookmarkIntervalMs);
      timer.unref();
    }
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    const tt = timeout > 0 ? setTimeout(() => w.close(false), timeout * 1000) : undefined;
    const w: Watcher = {
      def,
      res,
      close: (reset) => {
        cleanup();
        if (reset) res.destroy();
        else res.end();
      },
    };
    const cleanup = () => {
      off();
      if (timer) clearInterval(timer);
      if (tt) clearTimeout(tt);
      this.watchers.delete(w);
    };
    this.watchers.add(w);
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  private discovery(path: string): Json {
    if (path === '/api') {
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [
          { clientCIDR: '0.0.0.0/0', serverAddress: this.url.replace('http://', '') },
        ],
      };
    }
    const groups = [...this.api.registry.groups()]
      .filter(([g]) => g !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, versions]) => {
        const vs = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
        return { name, versions: vs, preferredVersion: vs[0] };
      });
    if (path === '/apis') return { kind: 'APIGroupList', apiVersion: 'v1', groups };
    const name = path.split('/')[2];
    const g = groups.find((x) => x.name === name);
    if (!g) throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    return { kind: 'APIGroup', apiVersion: 'v1', ...g };
  }

  private resourceList(group: string, version: string): Json {
    const defs = this.api.registry.all().filter((d) => d.group === group && d.version === version);
    if (defs.length === 0)
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    const resources: Json[] = [];
    for (const d of defs) {
      resources.push({
        name: d.plural,
        singularName: d.singular,
        namespaced: d.namespaced,
        kind: d.kind,
        verbs: VERBS,
        ...(d.shortNames ? { shortNames: d.shortNames } : {}),
        ...(d.categories ? { categories: d.categories } : {}),
      });
      if (d.status)
        resources.push({
          name: `${d.plural}/status`,
          singularName: '',
          namespaced: d.namespaced,
          kind: d.kind,
          verbs: ['get', 'patch', 'update'],
        });
      if (d.scale)
        resources.push({
          name: `${d.plural}/scale`,
          singularName: '',
          namespaced: d.namespaced,
          group: 'autoscaling',
          version: 'v1',
          kind: 'Scale',
          verbs: ['get', 'patch', 'update'],
        });
    }
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: group ? `${group}/${version}` : version,
      resources,
    };
  }
}
