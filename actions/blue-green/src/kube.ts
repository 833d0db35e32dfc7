/**
 * A thin Kubernetes REST client: every call retried on 429, 5xx and dropped
 * connections within the run's deadline, and watches that survive drops
 * (list, then watch from the list's resourceVersion; relist on 410 Gone).
 * The transport (HTTP + kubeconfig auth) is injected; see kube-node.ts.
 */
import { setMaxListeners } from 'node:events';
import { CancelledError, sleep as realSleep, type Sleep } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { isRetryableStatus, isTransientNetworkError } from '../../_shared/src/http';
import { retry } from '../../_shared/src/retry';
import { Reasons } from './constants';

export type ObjectMeta = {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
  [key: string]: unknown;
};

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects are open-ended JSON.
export type Json = any;

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Json;
  status?: Json;
  [key: string]: Json;
};

export type K8sList = { metadata: { resourceVersion?: string }; items: K8sObject[] };

export type HttpResponse = { status: number; body: Json; headers: Record<string, string> };

export type RequestOptions = {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
};

export type WatchEvent = { type: string; object: K8sObject };

export interface KubeTransport {
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** Streams watch events; `done` runs once when the stream ends for any reason. */
  watch(
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (event: WatchEvent) => void,
    done: (error?: unknown) => void,
  ): Promise<{ abort(): void }>;
  /** Ends open watches and idle connections (so the process can exit). */
  close?(): void;
}

export class KubeError extends Error {
  override readonly name = 'KubeError';
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof KubeError && error.status === status;
}

export function isRetryableKube(error: unknown): boolean {
  if (error instanceof KubeError) return isRetryableStatus(error.status);
  return isTransientNetworkError(error) || (error as { code?: string })?.code === 'ECONNRESET';
}

export type KubeOptions = {
  signal?: AbortSignal;
  /** Absolute time after which no retry starts. */
  deadline?: number;
  sleep?: Sleep;
  onRetry?: (what: string, error: unknown, attempt: number) => void;
  /** Counts every HTTP request (tests and the benchmark read it). */
  onRequest?: (method: string, path: string) => void;
};

export const PatchTypes = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
  strategic: 'application/strategic-merge-patch+json',
} as const;

const dryRunQuery = (opts: { dryRun?: boolean }) => (opts.dryRun ? { dryRun: 'All' } : undefined);

export class Kube {
  constructor(
    readonly transport: KubeTransport,
    readonly options: KubeOptions = {},
  ) {}

  /** A client sharing the transport but with its own signal (e.g. cleanup after a cancel). */
  with(options: Partial<KubeOptions>): Kube {
    return new Kube(this.transport, { ...this.options, ...options });
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  async call<T = Json>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const what = `${method} ${path}`;
    return retry(
      async () => {
        this.options.onRequest?.(method, path);
        const res = await this.transport.request(method, path, {
          ...options,
          signal: this.options.signal,
        });
        if (res.status >= 200 && res.status < 300) return res.body as T;
        const body = res.body ?? {};
        const detail = `${what}: ${res.status} ${body.reason ?? ''} ${body.message ?? ''}`.trim();
        if (res.status === 401 || res.status === 403) {
          throw new ActionFailure(
            `${detail}. The kubeconfig's identity needs the deployer Role (k8s/base/apps/rbac.yaml); see the action's RBAC section`,
            Reasons.Forbidden,
          );
        }
        if (res.status === 400 || res.status === 422) {
          throw new ActionFailure(`The API server rejected ${detail}`, Reasons.RejectedByApi);
        }
        throw new KubeError(res.status, body.reason ?? String(res.status), detail);
      },
      {
        attempts: 10,
        baseMs: 50,
        maxDelayMs: 2000,
        deadline: this.options.deadline,
        signal: this.options.signal,
        sleep: this.options.sleep,
        isRetryable: isRetryableKube,
        onRetry: (error, attempt) => this.options.onRetry?.(what, error, attempt),
      },
    );
  }

  /** The object, or undefined when it does not exist. */
  async get(path: string): Promise<K8sObject | undefined> {
    try {
      return await this.call<K8sObject>('GET', path);
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  list(path: string, query: { labelSelector?: string; fieldSelector?: string } = {}) {
    return this.call<K8sList>('GET', path, { query });
  }

  /** POST; `dryRun`: validated and admitted by the server, never stored. */
  create(collection: string, obj: K8sObject, opts: { dryRun?: boolean } = {}): Promise<K8sObject> {
    return this.call('POST', collection, { body: obj, query: dryRunQuery(opts) });
  }

  /** PUT: with metadata.resourceVersion set, a stale write is a 409 Conflict (also in a dry run). */
  replace(path: string, obj: K8sObject, opts: { dryRun?: boolean } = {}): Promise<K8sObject> {
    return this.call('PUT', path, { body: obj, query: dryRunQuery(opts) });
  }

  patch(path: string, patch: unknown, type: keyof typeof PatchTypes = 'merge'): Promise<K8sObject> {
    return this.call('PATCH', path, { body: patch, contentType: PatchTypes[type] });
  }

  async delete(path: string, body?: unknown): Promise<boolean> {
    try {
      await this.call('DELETE', path, { body });
      return true;
    } catch (error) {
      if (isStatus(error, 404)) return false;
      throw error;
    }
  }
}

export type WatchUntilOptions = {
  labelSelector?: string;
  fieldSelector?: string;
  /** Absolute time; past it, `onTimeout()` is thrown. */
  until?: number;
  onTimeout?: () => Error;
  /** Re-evaluate this often even without events (time-based conditions). */
  recheckMs?: number;
  now?: () => number;
  sleep?: Sleep;
};

/**
 * Lists a collection, then watches it, keeping a cache of the objects; calls
 * `evaluate` on the cache after the list and after every event until it
 * returns a value (or throws). Watch drops and 410 Gone relist and resume.
 */
export async function watchUntil<T>(
  kube: Kube,
  collection: string,
  evaluate: (objects: ReadonlyMap<string, K8sObject>) => T | undefined,
  options: WatchUntilOptions = {},
): Promise<T> {
  const signal = kube.signal;
  const now = options.now ?? Date.now;
  const pause = options.sleep ?? realSleep;
  const query = { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector };
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let stream: { abort(): void } | undefined;
    const timers: NodeJS.Timeout[] = [];
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      signal?.removeEventListener('abort', onAbort);
      stream?.abort();
      fn();
    };
    const onAbort = () => finish(() => reject(signal?.reason ?? new CancelledError()));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (options.until !== undefined) {
      const t = setTimeout(
        () =>
          finish(() =>
            reject(options.onTimeout?.() ?? new Error(`timed out watching ${collection}`)),
          ),
        Math.max(0, options.until - now()),
      );
      timers.push(t);
    }
    const cache = new Map<string, K8sObject>();
    const check = () => {
      if (settled) return;
      try {
        const result = evaluate(cache);
        if (result !== undefined) finish(() => resolve(result));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    if (options.recheckMs) {
      const tick = () => {
        check();
        if (!settled) timers.push(setTimeout(tick, options.recheckMs));
      };
      timers.push(setTimeout(tick, options.recheckMs));
    }
    const cycle = async (): Promise<void> => {
      while (!settled) {
        let list: K8sList;
        try {
          list = await kube.list(collection, query);
        } catch (error) {
          return finish(() => reject(error));
        }
        if (settled) return;
        cache.clear();
        for (const item of list.items) cache.set(item.metadata.name, item);
        check();
        if (settled) return;
        let resourceVersion = list.metadata.resourceVersion;
        const ended = await new Promise<unknown>((streamEnded) => {
          kube.transport
            .watch(
              collection,
              { ...query, resourceVersion, allowWatchBookmarks: true },
              (event) => {
                if (event.type === 'ERROR') {
                  // 410 Gone (or any error event): relist and resume.
                  stream?.abort();
                  streamEnded(new Error(`watch error: ${JSON.stringify(event.object)}`));
                  return;
                }
                const obj = event.object;
                if (obj?.metadata?.resourceVersion) resourceVersion = obj.metadata.resourceVersion;
                if (event.type === 'BOOKMARK') return;
                if (event.type === 'DELETED') cache.delete(obj.metadata.name);
                else cache.set(obj.metadata.name, obj);
                check();
              },
              (error) => streamEnded(error ?? null),
            )
            .then((s) => {
              stream = s;
              if (settled) s.abort();
            }, streamEnded);
        });
        if (settled) return;
        // The stream dropped: a short pause when it failed, then list again.
        if (ended) await pause(50, signal).catch(() => {});
      }
    };
    void cycle();
  });
}

/**
 * Runs `fn` for every item in parallel. The first failure stops the others
 * (their requests and watches see an aborted signal) and is rethrown once all
 * have settled, so nothing keeps running behind a failed phase.
 */
export async function allOrStop<T, R>(
  kube: Kube,
  items: readonly T[],
  fn: (kube: Kube, item: T) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController();
  const signal = kube.signal ? AbortSignal.any([kube.signal, stop.signal]) : stop.signal;
  setMaxListeners(0, signal);
  const scoped = kube.with({ signal });
  let failure: { error: unknown } | undefined;
  const settled = await Promise.allSettled(
    items.map((item) =>
      fn(scoped, item).catch((error) => {
        if (!failure) {
          failure = { error };
          stop.abort(error);
        }
        throw error;
      }),
    ),
  );
  if (failure) throw failure.error;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}

/** API paths of the kinds the action touches. */
export const paths = {
  deployments: (ns: string) => `/apis/apps/v1/namespaces/${ns}/deployments`,
  deployment: (ns: string, name: string) => `/apis/apps/v1/namespaces/${ns}/deployments/${name}`,
  deploymentScale: (ns: string, name: string) =>
    `/apis/apps/v1/namespaces/${ns}/deployments/${name}/scale`,
  replicasets: (ns: string) => `/apis/apps/v1/namespaces/${ns}/replicasets`,
  pods: (ns: string) => `/api/v1/namespaces/${ns}/pods`,
  services: (ns: string) => `/api/v1/namespaces/${ns}/services`,
  service: (ns: string, name: string) => `/api/v1/namespaces/${ns}/services/${name}`,
  serviceProxy: (ns: string, name: string, port: string | number) =>
    `/api/v1/namespaces/${ns}/services/${name}:${port}/proxy`,
  hpas: (ns: string) => `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers`,
  hpa: (ns: string, name: string) =>
    `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/${name}`,
  leases: (ns: string) => `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`,
  lease: (ns: string, name: string) =>
    `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases/${name}`,
  endpointslices: (ns: string) => `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices`,
  events: (ns: string) => `/api/v1/namespaces/${ns}/events`,
};
