/**
 * Smoke checks (through the preview Services, before any switch) and the
 * analysis after the switch (HTTP probes through the live Services and
 * Prometheus queries with thresholds, over `count` rounds `interval` apart).
 */
import { sleep as realSleep, type Sleep } from '../../_shared/src/cancel';
import { withTimeout } from '../../_shared/src/http';
import type { Analysis, HttpCheck, Identity, PrometheusCheck } from './config';
import { type Kube, paths } from './kube';

export type HttpGet = (
  service: string,
  path: string,
  timeoutMs: number,
  signal?: AbortSignal,
) => Promise<HttpAnswer>;

export type HttpAnswer = { status: number; body: string; headers: Record<string, string> };

/**
 * Who answered, per the analysis `identity` setting: a response header, or a
 * top-level field of a JSON body (the pod, colour or version naming itself).
 */
export function servedBy(identity: Identity, answer: HttpAnswer): string | undefined {
  if (identity.header) return answer.headers[identity.header.toLowerCase()];
  try {
    const value = (JSON.parse(answer.body) as Record<string, unknown>)[identity.field ?? ''];
    return value === undefined || value === null ? undefined : String(value);
  } catch {
    return undefined;
  }
}

/**
 * How the runner reaches a Service: a base URL from `service-urls` when given
 * (an internal ingress, a port-forward, the sandbox's data plane), else the
 * API server's Service proxy.
 */
export function serviceGetter(
  kube: Kube,
  namespace: string,
  serviceUrls: ReadonlyMap<string, string>,
  port: (service: string) => string | number = () => 'http',
  authorization: ReadonlyMap<string, string> = new Map(),
): HttpGet {
  return async (service, path, timeoutMs, signal) => {
    const base = serviceUrls.get(service);
    if (base) {
      const auth = authorization.get(service);
      const res = await fetch(new URL(path, base.endsWith('/') ? base : `${base}/`), {
        signal: withTimeout(signal, timeoutMs),
        headers: auth ? { Authorization: auth } : {},
      });
      return {
        status: res.status,
        body: await res.text(),
        headers: Object.fromEntries(res.headers),
      };
    }
    const res = await kube.transport.request(
      'GET',
      `${paths.serviceProxy(namespace, service, port(service))}${path}`,
      { signal: withTimeout(signal, timeoutMs) },
    );
    const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers ?? {})) headers[k.toLowerCase()] = String(v);
    return { status: res.status, body, headers };
  };
}

export type CheckResult = {
  name: string;
  ok: boolean;
  detail: string;
  attempts: number;
  /** The identity of whoever gave the last answer (when `identity` is configured). */
  servedBy?: string;
};

function describe(check: HttpCheck, service: string): string {
  return `GET ${service}${check.path} → ${check.status}${check.body ? ` /${check.body.source}/` : ''}`;
}

/** One HTTP check with its retries; never throws (a failure is a result). */
export async function runHttpCheck(
  get: HttpGet,
  service: string,
  check: HttpCheck,
  options: {
    signal?: AbortSignal;
    sleep?: Sleep;
    until?: number;
    now?: () => number;
    identity?: Identity;
  } = {},
): Promise<CheckResult> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const name = describe(check, service);
  let detail = '';
  let who: string | undefined;
  let attempt = 0;
  for (; attempt <= check.retries; attempt++) {
    if (attempt > 0) {
      const delay = Math.min(2000, 100 * 2 ** (attempt - 1));
      if (options.until !== undefined && now() + delay > options.until) break;
      await sleep(delay, options.signal);
    }
    options.signal?.throwIfAborted();
    try {
      const res = await get(service, check.path, check.timeoutMs, options.signal);
      who = options.identity ? servedBy(options.identity, res) : undefined;
      if (res.status !== check.status) detail = `status ${res.status}, expected ${check.status}`;
      else if (check.body && !check.body.test(res.body)) {
        detail = `body does not match /${check.body.source}/: ${res.body.slice(0, 200)}`;
      } else {
        return {
          name,
          ok: true,
          detail: `status ${res.status}`,
          attempts: attempt + 1,
          servedBy: who,
        };
      }
    } catch (error) {
      options.signal?.throwIfAborted();
      detail = `request failed: ${(error as Error).message}`;
    }
  }
  return { name, ok: false, detail, attempts: attempt, servedBy: who };
}

export type PrometheusQuery = (query: string, signal?: AbortSignal) => Promise<number[]>;

/** Prometheus' instant query API: every sample of the result, as numbers. */
export function prometheusQuery(
  baseUrl: string,
  timeoutMs = 10_000,
  authorization?: string,
): PrometheusQuery {
  return async (query, signal) => {
    const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.searchParams.set('query', query);
    const res = await fetch(url, {
      signal: withTimeout(signal, timeoutMs),
      headers: authorization ? { Authorization: authorization } : {},
    });
    const text = await res.text();
    let doc: { status: string; error?: string; data?: { resultType: string; result: unknown } };
    try {
      doc = JSON.parse(text);
    } catch {
      throw new Error(
        `Prometheus answered ${res.status} ${res.statusText} (not the query API's JSON)`,
      );
    }
    if (doc.status !== 'success' || !doc.data) {
      throw new Error(`Prometheus answered ${res.status}: ${doc.error ?? doc.status}`);
    }
    const { resultType, result } = doc.data;
    if (resultType === 'scalar') return [Number((result as [number, string])[1])];
    if (resultType === 'vector') {
      return (result as { value: [number, string] }[]).map((s) => Number(s.value[1]));
    }
    throw new Error(`Prometheus query returned a ${resultType}; use an instant vector or scalar`);
  };
}

export async function runPrometheusCheck(
  query: PrometheusQuery,
  check: PrometheusCheck,
  signal?: AbortSignal,
): Promise<CheckResult> {
  const bounds = [
    check.min !== undefined ? `≥ ${check.min}` : '',
    check.max !== undefined ? `≤ ${check.max}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const name = `${check.name} ${bounds}`;
  try {
    const values = await query(check.query, signal);
    if (values.length === 0) return { name, ok: false, detail: 'no data', attempts: 1 };
    const bad = values.filter(
      (v) =>
        Number.isNaN(v) ||
        (check.min !== undefined && v < check.min) ||
        (check.max !== undefined && v > check.max),
    );
    return {
      name,
      ok: bad.length === 0,
      detail: `value${values.length > 1 ? 's' : ''} ${values.join(', ')}`,
      attempts: 1,
    };
  } catch (error) {
    signal?.throwIfAborted();
    return { name, ok: false, detail: (error as Error).message, attempts: 1 };
  }
}

export type Target = { app: string; service: string };

function targetsFor(check: HttpCheck, targets: readonly Target[]): Target[] {
  return check.app ? targets.filter((t) => t.app === check.app) : [...targets];
}

/** Runs every smoke check against every matching app's Service, in parallel. */
export async function runSmokeChecks(
  get: HttpGet,
  checks: readonly HttpCheck[],
  targets: readonly Target[],
  options: { signal?: AbortSignal; sleep?: Sleep; until?: number; now?: () => number } = {},
): Promise<CheckResult[]> {
  const runs = checks.flatMap((c) =>
    targetsFor(c, targets).map((t) => runHttpCheck(get, t.service, c, options)),
  );
  return Promise.all(runs);
}

export type AnalysisRound = {
  round: number;
  results: CheckResult[];
  ok: boolean;
  /** False when an answer came from a pod of the old colour: neither a pass nor a failure. */
  counted: boolean;
};
export type AnalysisOutcome = {
  ok: boolean;
  rounds: AnalysisRound[];
  failures: number;
  /** Rounds that judged the new colour (all answers from it). */
  samples: number;
};

/**
 * Argo-style post-promotion analysis: fails once more than failure-limit
 * counted rounds failed. With `isNew`, a round where any HTTP answer came from
 * something else than the new colour is not counted at all.
 */
export async function runAnalysis(
  analysis: Analysis,
  get: HttpGet,
  targets: readonly Target[],
  query: PrometheusQuery | undefined,
  options: {
    signal?: AbortSignal;
    sleep?: Sleep;
    onRound?: (round: AnalysisRound) => void;
    /** Whether an identity (see `servedBy`) names the new colour of `app`. */
    isNew?: (app: string, who: string | undefined) => boolean;
  } = {},
): Promise<AnalysisOutcome> {
  const sleep = options.sleep ?? realSleep;
  const rounds: AnalysisRound[] = [];
  let failures = 0;
  let samples = 0;
  for (let round = 1; round <= analysis.count; round++) {
    if (round > 1) await sleep(analysis.intervalMs, options.signal);
    const http = analysis.http.flatMap((c) =>
      targetsFor(c, targets).map(async (t) => ({
        app: t.app,
        result: await runHttpCheck(get, t.service, c, {
          signal: options.signal,
          sleep,
          identity: analysis.identity,
        }),
      })),
    );
    const [answers, promResults] = await Promise.all([
      Promise.all(http),
      Promise.all(
        query ? analysis.prometheus.map((c) => runPrometheusCheck(query, c, options.signal)) : [],
      ),
    ]);
    const results = [...answers.map((a) => a.result), ...promResults];
    const isNew = options.isNew;
    const counted = !isNew || answers.every((a) => isNew(a.app, a.result.servedBy));
    const ok = results.every((r) => r.ok);
    const entry = { round, results, ok, counted };
    rounds.push(entry);
    options.onRound?.(entry);
    if (!counted) continue;
    samples++;
    if (!ok) {
      failures++;
      if (failures > analysis.failureLimit) return { ok: false, rounds, failures, samples };
    }
  }
  return { ok: true, rounds, failures, samples };
}
