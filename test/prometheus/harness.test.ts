/**
 * The Prometheus harness against the sandbox: pods' /metrics scraped by a
 * real Prometheus, an injected fault visible in PromQL and firing the
 * project's own alert rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLoad, type Sandbox, startSandbox } from '../../sandbox';
import { type PrometheusHandle, prometheusAvailable, startPrometheus } from './harness';
import { ruleFile } from './rules';
import { followSandbox } from './sandbox-targets';

const NS = 'medimind';

async function api(sb: Sandbox, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${sb.server}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
}

function app(name: string, image: string) {
  const labels = { 'app.kubernetes.io/name': name, 'medimind.io/color': 'blue' };
  return {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `${name}-blue`, labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name, image, ports: [{ name: 'http', containerPort: 8080 }] }] },
        },
      },
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
  };
}

describe.runIf(prometheusAvailable())('Prometheus harness on the sandbox', () => {
  let sb: Sandbox;
  let prom: PrometheusHandle;
  let follower: ReturnType<typeof followSandbox>;

  beforeAll(async () => {
    sb = await startSandbox({ timing: { podReadyDelayMs: 20, timeScale: 0.01 } });
    sb.control.faults.image('medimind/backend-api:bad', { kind: 'errors', rate: 0.5, status: 503 });
    await api(sb, '/api/v1/namespaces', { metadata: { name: NS } });
    for (const [name, image] of [
      ['backend-api', 'medimind/backend-api:bad'],
      ['ml-pipeline', 'medimind/ml-pipeline:1.0.0'],
    ] as const) {
      const { deployment, service } = app(name, image);
      await api(sb, `/apis/apps/v1/namespaces/${NS}/deployments`, deployment);
      await api(sb, `/api/v1/namespaces/${NS}/services`, service);
    }
    prom = await startPrometheus({ rules: [ruleFile(undefined, { forOverride: '0s' })] });
    follower = followSandbox(sb, prom, { namespaces: [NS] });
    await prom.waitFor(
      async () => ((await follower.refresh()).length === 4 ? true : undefined),
      '4 pods',
    );
  });

  afterAll(async () => {
    follower?.stop();
    await prom?.stop();
    await sb?.stop();
  });

  it('scrapes every pod with the PodMonitor labels', async () => {
    const up = await prom.waitFor(async () => {
      const r = await prom.query('up == 1');
      return r.length === 4 ? r : undefined;
    }, 'four targets up');
    expect(up.map((s) => s.metric.app).sort()).toEqual([
      'backend-api',
      'backend-api',
      'ml-pipeline',
      'ml-pipeline',
    ]);
    expect(
      up.every((s) => s.metric.namespace === NS && s.metric.color === 'blue' && s.metric.pod),
    ).toBe(true);
  });

  it('shows injected errors in PromQL and fires the project rule HighErrorRate for that app only', async () => {
    const stop = Date.now() + 60_000;
    const load = async () => {
      while (Date.now() < stop && !done) {
        await Promise.all([
          generateLoad({
            url: await sb.dataPlane.serviceUrl(NS, 'backend-api'),
            durationMs: 300,
            concurrency: 2,
          }),
          generateLoad({
            url: await sb.dataPlane.serviceUrl(NS, 'ml-pipeline'),
            path: '/predict',
            durationMs: 300,
            concurrency: 2,
          }),
        ]);
      }
    };
    let done = false;
    const traffic = load();
    try {
      const ratio = await prom.waitFor(async () => {
        const r = await prom.query(
          `sum(rate(http_requests_total{app="backend-api",status="503"}[10s])) / sum(rate(http_requests_total{app="backend-api"}[10s]))`,
        );
        return r.length ? Number(r[0]!.value[1]) : undefined;
      }, 'an error ratio');
      expect(ratio).toBeGreaterThan(0.3);
      expect(ratio).toBeLessThan(0.7);
      const alerts = await prom.waitFor(async () => {
        const r = await prom.query('ALERTS{alertname="HighErrorRate",alertstate="firing"}');
        return r.length ? r : undefined;
      }, 'HighErrorRate firing');
      expect(alerts.map((a) => a.metric.app)).toEqual(['backend-api']);
      const p95 = await prom.query(
        'histogram_quantile(0.95, sum by (le) (rate(medimind_ml_prediction_duration_seconds_bucket{app="ml-pipeline"}[10s])))',
      );
      expect(Number(p95[0]?.value[1])).toBeLessThan(0.2);
    } finally {
      done = true;
      await traffic;
    }
  });
});
