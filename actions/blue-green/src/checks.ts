/**
 * Smoke checks (through the preview Services, before any switch) and the
 * analysis after the switch (HTTP probes through the live Services and
 * Prometheus queries with thresholds, over `count` rounds `interval` apart).
 */
import { sleep as realSleep, type Sleep } from '../../_shared/src/cancel';
import { withTimeout } from '../../_shared/src/http';
import type { Analysis, HttpCheck, PrometheusCheck } from './config';
import { type Kube, paths } from './kube';

export type HttpGet = (
  service: string,
  path: string,
  timeoutMs: number,
  signal?: AbortSignal,
) => Promise<{ status: number; body: string }>;

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
): HttpGet {
  return async (service, path, timeoutMs, signal) => {
    const base = serviceUrls.get(service);
    if (base) {
      const res = await fetch(new URL(path, base.endsWith('/') ? base : `${base}/`), {
        signal: withTimeout(signal, timeoutMs),
      });
      return { status: res.status, body: await res.text() };
    }
    const res = await kube.transport.request(
      'GET',
      `${paths.serviceProxy(namespace, service, port(service))}${path}`,
      { signal: withTimeout(signal, timeoutMs) },
    );
    const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
    return { status: res.status, body };
  };
}

export type CheckResult = {
  name: string;
  ok: boolean;
  detail: string;
  attempts: number;
};

function describe(check: HttpCheck, service: string): string {
  return `GET ${service}${check.path} → ${check.status}${check.body ? ` /${check.body.source}/` : ''}`;
}

/** One HTTP check with its retries; never throws (a failure is a result). */
export async function runHttpCheck(
  get: HttpGet,
  service: string,
  check: HttpCheck,
  options: { signal?: AbortSignal; sleep?: Sleep; until?: number; now?: () => number } = {},
): Promise<CheckResult> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const name = describe(check, service);
  let detail = '';
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
      if (res.status !== check.status) detail = `status ${res.status}, expected ${check.status}`;
      else if (check.body && !check.body.test(res.body)) {
        detail = `body does not match /${check.body.source}/: ${res.body.slice(0, 200)}`;
      } else return { name, ok: true, detail: `status ${res.status}`, attempts: attempt + 1 };
    } catch (error) {
      options.signal?.throwIfAborted();
      detail = `request failed: ${(error as Error).message}`;
    }
  }
  return { name, ok: false, detail, attempts: attempt };
}

export type PrometheusQuery = (query: string, signal?: AbortSignal) => Promise<number[]>;

/** Prometheus' instant query API: every sample of the result, as numbers. */
export function prometheusQuery(baseUrl: string, timeoutMs = 10_000): PrometheusQuery {
  return async (query, signal) => {
    const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.searchParams.set('query', query);
    const res = await fetch(url, { signal: withTimeout(signal, timeoutMs) });
    const doc = (await res.json()) as {
      status: string;
      error?: string;
      data?: { resultType: string; result: unknown };
    };
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

export type AnalysisRound = { round: number; results: CheckResult[]; ok: boolean };
export type AnalysisOutcome = { ok: boolean; rounds: AnalysisRound[]; failures: number };

/** Argo-style post-promotion analysis: fails once more than failure-limit rounds failed. */
export async function runAnalysis(
  analysis: Analysis,
  get: HttpGet,
  targets: readonly Target[],
  query: PrometheusQuery | undefined,
  options: {
    signal?: AbortSignal;
    sleep?: Sleep;
    onRound?: (round: AnalysisRound) => void;
  } = {},
): Promise<AnalysisOutcome> {
  const sleep = options.sleep ?? realSleep;
  const rounds: AnalysisRound[] = [];
  let failures = 0;
  for (let round = 1; round <= analysis.count; round++) {
    if (round > 1) await sleep(analysis.intervalMs, options.signal);
    const results = await Promise.all([
      ...analysis.http.flatMap((c) =>
        targetsFor(c, targets).map((t) =>
          runHttpCheck(get, t.service, c, { signal: options.signal, sleep }),
        ),
      ),
      ...(query
        ? analysis.prometheus.map((c) => runPrometheusCheck(query, c, options.signal))
        : []),
    ]);
    const ok = results.every((r) => r.ok);
    const entry = { round, results, ok };
    rounds.push(entry);
    options.onRound?.(entry);
    if (!ok) {
      failures++;
      if (failures > analysis.failureLimit) return { ok: false, rounds, failures };
    }
  }
  return { ok: true, rounds, failures };
}
