/**
 * Platform signals over the test window from Prometheus' HTTP API
 * (GET /api/v1/query_range, resultType "matrix"): the seed's GPU utilisation
 * (DCGM) and database connection pooling, plus pod restarts and HPA replicas.
 * A failing query is recorded and warned about; it never fails the run.
 */
import { withTimeout } from '../../_shared/src/http';
import { httpFetch } from '../../_shared/src/proxy';

export type SignalSeries = {
  labels: Record<string, string>;
  min: number;
  max: number;
  avg: number;
  last: number;
  first: number;
};
export type Signal = {
  name: string;
  title: string;
  query: string;
  unit: string;
  series: SignalSeries[];
  error?: string;
};

export const SIGNALS: readonly { name: string; title: string; query: string; unit: string }[] = [
  {
    name: 'gpu-utilisation',
    title: 'GPU utilisation (DCGM)',
    query: 'avg by (Hostname) (DCGM_FI_DEV_GPU_UTIL)',
    unit: '%',
  },
  {
    name: 'db-connections',
    title: 'PostgreSQL connections',
    query: 'sum(pg_stat_database_numbackends{datname="medimind"})',
    unit: '',
  },
  {
    name: 'pod-restarts',
    title: 'Container restarts (cumulative)',
    query: 'sum by (pod) (kube_pod_container_status_restarts_total{namespace="medimind"})',
    unit: '',
  },
  {
    name: 'hpa-replicas',
    title: 'HPA current replicas',
    query:
      'sum by (horizontalpodautoscaler) (kube_horizontalpodautoscaler_status_current_replicas{namespace="medimind"})',
    unit: '',
  },
];

type Matrix = {
  status: string;
  error?: string;
  data?: {
    resultType: string;
    result: { metric: Record<string, string>; values: [number, string][] }[];
  };
};

/** Prometheus' step: at most ~250 points over the window, never under 5 s. */
export function stepSeconds(startMs: number, endMs: number): number {
  return Math.max(5, Math.ceil((endMs - startMs) / 1000 / 250));
}

export async function sampleSignals(
  baseUrl: string,
  startMs: number,
  endMs: number,
  signal?: AbortSignal,
  fetchImpl: (url: string | URL, init: RequestInit) => Promise<Response> = httpFetch,
): Promise<Signal[]> {
  const step = stepSeconds(startMs, endMs);
  return Promise.all(
    SIGNALS.map(async (s): Promise<Signal> => {
      const url = new URL('api/v1/query_range', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
      url.searchParams.set('query', s.query);
      url.searchParams.set('start', (startMs / 1000).toFixed(3));
      url.searchParams.set('end', (endMs / 1000).toFixed(3));
      url.searchParams.set('step', `${step}s`);
      try {
        const res = await fetchImpl(url, { signal: withTimeout(signal, 15_000) });
        const body = (await res.json().catch(() => ({}))) as Matrix;
        if (!res.ok || body.status !== 'success' || body.data?.resultType !== 'matrix') {
          return {
            ...s,
            series: [],
            error: `HTTP ${res.status}: ${body.error ?? 'not a matrix result'}`,
          };
        }
        return { ...s, series: body.data.result.map((r) => summarise(r.metric, r.values)) };
      } catch (error) {
        return { ...s, series: [], error: (error as Error).message };
      }
    }),
  );
}

function summarise(labels: Record<string, string>, values: [number, string][]): SignalSeries {
  const nums = values.map(([, v]) => Number(v)).filter(Number.isFinite);
  if (nums.length === 0)
    return {
      labels,
      min: Number.NaN,
      max: Number.NaN,
      avg: Number.NaN,
      first: Number.NaN,
      last: Number.NaN,
    };
  return {
    labels,
    min: Math.min(...nums),
    max: Math.max(...nums),
    avg: nums.reduce((a, b) => a + b, 0) / nums.length,
    first: nums[0]!,
    last: nums[nums.length - 1]!,
  };
}
