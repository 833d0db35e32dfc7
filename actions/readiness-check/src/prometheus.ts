/**
 * Prometheus's HTTP API (v1) over fetch: instant queries, alerting rules and
 * active alerts. Credentials in the URL (https://user:pass@host) become a
 * Basic Authorization header (fetch refuses them in URLs) and are masked.
 */
import { ActionFailure } from '../../_shared/src/errors';
import { withTimeout } from '../../_shared/src/http';
import { Reason } from './failure-reasons';
import type { PromReader } from './types';

type ApiBody = { status: string; data?: unknown; error?: string; errorType?: string };

export function prometheusReader(
  baseUrl: string,
  signal?: AbortSignal,
  timeoutMs = 30_000,
): PromReader {
  const u = new URL(baseUrl);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (u.username || u.password) {
    headers.Authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    u.username = '';
    u.password = '';
  }
  const base = u.toString().replace(/\/$/, '');
  const shown = base; // without credentials

  async function api(path: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { headers, signal: withTimeout(signal, timeoutMs) });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new ActionFailure(
        `Prometheus unreachable at ${shown}: ${(error as Error).cause ? String((error as Error & { cause: Error }).cause.message) : (error as Error).message}`,
        Reason['prometheus-unreachable'],
      );
    }
    const text = await res.text();
    let body: ApiBody;
    try {
      body = JSON.parse(text) as ApiBody;
    } catch {
      throw new ActionFailure(
        `Prometheus at ${shown} answered ${res.status} with non-JSON to GET ${path}`,
        Reason['prometheus-unreachable'],
      );
    }
    if (body.status !== 'success')
      throw new Error(`Prometheus ${path}: ${body.errorType ?? res.status}: ${body.error ?? ''}`);
    return body.data;
  }

  return {
    url: shown,
    async query(promql) {
      const data = (await api(`/api/v1/query?query=${encodeURIComponent(promql)}`)) as {
        resultType: string;
        result: { metric: Record<string, string>; value: [number, string] }[] | [number, string];
      };
      if (data.resultType === 'scalar')
        return [{ metric: {}, value: data.result as [number, string] }];
      return data.result as { metric: Record<string, string>; value: [number, string] }[];
    },
    async alertRules() {
      const data = (await api('/api/v1/rules?type=alert')) as {
        groups: { rules: { name: string; state: string; labels?: Record<string, string> }[] }[];
      };
      return data.groups.flatMap((g) =>
        g.rules.map((r) => ({ name: r.name, state: r.state, labels: r.labels ?? {} })),
      );
    },
    async firingAlerts() {
      const data = (await api('/api/v1/alerts')) as {
        alerts: { labels: Record<string, string>; state: string }[];
      };
      return data.alerts;
    },
  };
}

/** Checks the server answers before the checks run, so an unreachable Prometheus is one clear error. */
export async function probePrometheus(reader: PromReader): Promise<void> {
  await reader.query('vector(1)');
}
