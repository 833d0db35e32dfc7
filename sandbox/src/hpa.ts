/**
 * The HPA controller's arithmetic (autoscaling/v2), for the sandbox's request-rate metrics:
 * the replica count each metric asks for (with the 10 % tolerance), then `behavior` —
 * stabilization windows and rate-limiting policies with `selectPolicy` — as
 * pkg/controller/podautoscaler does it. Times are in ms, already scaled by the caller.
 */
import type { Json } from './types';

export const TOLERANCE = 0.1;

export interface RateSample {
  /** Requests per second per ready pod over the last sync period. */
  perPodRps: number;
  readyPods: number;
}

/** What one metric spec asks for, or undefined when the sandbox cannot measure it. */
export function metricProposal(
  metric: Json,
  current: number,
  sample: RateSample,
  rpsAtFullCpu: number,
): { replicas: number; value: number; status: Json } | undefined {
  const ratio = (value: number, target: number) => {
    const r = value / target;
    return Math.abs(r - 1) <= TOLERANCE ? current : Math.ceil(sample.readyPods * r);
  };
  if (metric?.type === 'Pods' && metric.pods?.target?.averageValue !== undefined) {
    const target = quantity(metric.pods.target.averageValue);
    if (!(target > 0)) return undefined;
    return {
      replicas: ratio(sample.perPodRps, target),
      value: sample.perPodRps,
      status: {
        type: 'Pods',
        pods: {
          metric: { name: metric.pods.metric?.name },
          current: { averageValue: formatQuantity(sample.perPodRps) },
        },
      },
    };
  }
  if (
    metric?.type === 'Resource' &&
    metric.resource?.name === 'cpu' &&
    metric.resource.target?.type === 'Utilization' &&
    rpsAtFullCpu > 0
  ) {
    const utilization = (sample.perPodRps / rpsAtFullCpu) * 100;
    const target = Number(metric.resource.target.averageUtilization);
    if (!(target > 0)) return undefined;
    return {
      replicas: ratio(utilization, target),
      value: utilization,
      status: {
        type: 'Resource',
        resource: { name: 'cpu', current: { averageUtilization: Math.round(utilization) } },
      },
    };
  }
  return undefined;
}

/** `500m` → 0.5, `2k` → 2000, `12` → 12. */
export function quantity(v: Json): number {
  const m = /^(\d+(?:\.\d+)?)(m|k|M)?$/.exec(String(v).trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === 'm' ? n / 1000 : m[2] === 'k' ? n * 1000 : m[2] === 'M' ? n * 1e6 : n;
}

function formatQuantity(n: number): string {
  return Number.isInteger(n) ? String(n) : `${Math.round(n * 1000)}m`;
}

export interface ScaleHistory {
  /** Past raw recommendations: [time, replicas]. */
  recommendations: [number, number][];
  /** Past scale events: [time, replicas changed by (+up / -down)]. */
  events: [number, number][];
}

const DEFAULT_UP = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
const DEFAULT_DOWN = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

/**
 * Apply `behavior` to a raw recommendation: stabilize (scale-up: the lowest recommendation in
 * the up window; scale-down: the highest in the down window), then limit by the policies over
 * their periods (selectPolicy Max = most change allowed, Min = least, Disabled = none).
 */
export function applyBehavior(
  behavior: Json,
  current: number,
  raw: number,
  now: number,
  history: ScaleHistory,
  scaleMs: (seconds: number) => number,
): number {
  const up = { ...DEFAULT_UP, ...behavior?.scaleUp };
  const down = { ...DEFAULT_DOWN, ...behavior?.scaleDown };
  history.recommendations.push([now, raw]);
  const keep = Math.max(
    scaleMs(up.stabilizationWindowSeconds ?? 0),
    scaleMs(down.stabilizationWindowSeconds ?? 300),
  );
  history.recommendations = history.recommendations.filter(([t]) => now - t <= keep);
  const within = (seconds: number) =>
    history.recommendations.filter(([t]) => now - t <= scaleMs(seconds)).map(([, r]) => r);
  let desired = current;
  if (raw > current) desired = Math.min(...within(up.stabilizationWindowSeconds ?? 0), raw);
  else if (raw < current)
    desired = Math.max(...within(down.stabilizationWindowSeconds ?? 300), raw);
  if (desired === current) return current;
  const rules = desired > current ? up : down;
  if (rules.selectPolicy === 'Disabled') return current;
  const changedWithin = (seconds: number, sign: number) =>
    history.events
      .filter(([t, d]) => now - t <= scaleMs(seconds) && Math.sign(d) === sign)
      .reduce((n, [, d]) => n + Math.abs(d), 0);
  const sign = desired > current ? 1 : -1;
  const limits = (rules.policies ?? []).map((p: Json) => {
    const start = current - sign * changedWithin(p.periodSeconds, sign);
    const step =
      p.type === 'Percent'
        ? sign > 0
          ? Math.ceil((start * p.value) / 100)
          : Math.floor((start * p.value) / 100)
        : p.value;
    return start + sign * step;
  });
  if (limits.length === 0) return desired;
  const pick =
    rules.selectPolicy === 'Min'
      ? sign > 0
        ? Math.min
        : Math.max
      : sign > 0
        ? Math.max
        : Math.min;
  const limit = pick(...limits);
  return sign > 0 ? Math.min(desired, limit) : Math.max(desired, limit);
}
