/**
 * A live environment for readiness: the sandbox with the staging overlay
 * applied by the real `kubectl apply -k`, node groups as EKS labels and taints
 * them, the status that controllers the sandbox does not run would write
 * (DaemonSets, ExternalSecrets, Ingress address), a real Prometheus scraping
 * every app pod with the project's alert rules, a DCGM exporter stand-in, and
 * steady traffic through the live Services. Used by the live tests and by
 * bench/readiness.ts.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  generateLoad,
  type Sandbox,
  simulatePlatform,
  startDcgmStandIn,
  startSandbox,
} from '../../../sandbox';
import { type PrometheusHandle, startPrometheus } from '../../../test/prometheus/harness';
import { ruleFile } from '../../../test/prometheus/rules';
import { followSandbox } from '../../../test/prometheus/sandbox-targets';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../../..');
export const NS = 'medimind';
export const IMAGES = {
  backend: '222222222222.dkr.ecr.us-east-1.amazonaws.com/medimind-staging/backend-api:1.0.0',
  ml: '222222222222.dkr.ecr.us-east-1.amazonaws.com/medimind-staging/ml-pipeline:1.0.0',
};

export type LiveEnv = {
  sb: Sandbox;
  prom: PrometheusHandle;
  kubectl(args: string[]): Promise<string>;
  /** Deletes an app's pods so the ReplicaSet starts new ones (which pick up image faults). */
  restartApp(app: string): Promise<void>;
  /** Waits until every pod of the app is Ready and scraped. */
  settle(): Promise<void>;
  /** Sets a GPU temperature on the DCGM stand-in. */
  gpuTemperature(celsius: number): void;
  stop(): Promise<void>;
};

async function api(sb: Sandbox, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sb.server}${path}`, {
    method,
    headers: {
      'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => undefined);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as { items?: unknown[] } & Record<string, unknown>;
}

export async function startLiveEnv(): Promise<LiveEnv> {
  const sb = await startSandbox({
    timing: {
      podStartDelayMs: 5,
      podReadyDelayMs: 30,
      endpointLagMs: 10,
      timeScale: 0.01,
      backoffMs: 20,
    },
  });
  const kubectl = async (args: string[]) =>
    (
      await run('kubectl', args, {
        env: { ...process.env, KUBECONFIG: sb.kubeconfigPath },
        cwd: ROOT,
      })
    ).stdout;
  let prom: PrometheusHandle | undefined;
  let dcgm: Awaited<ReturnType<typeof startDcgmStandIn>> | undefined;
  let follower: ReturnType<typeof followSandbox> | undefined;
  let traffic: Promise<void> | undefined;
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await traffic;
    follower?.stop();
    await prom?.stop();
    await dcgm?.stop();
    await sb.stop();
  };
  try {
    await kubectl(['apply', '-k', 'k8s/overlays/staging', '--validate=false']);
    await simulatePlatform(sb, NS);
    dcgm = await startDcgmStandIn();
    // The project's alert rules with `for:` shortened: tests cannot wait 5 minutes for an alert.
    prom = await startPrometheus({ rules: [ruleFile(undefined, { forOverride: '0s' })] });
    follower = followSandbox(sb, prom, {
      namespaces: [NS],
      extraTargets: [
        {
          address: dcgm.address,
          labels: { app: 'dcgm-exporter', namespace: 'monitoring', pod: 'dcgm-exporter-gpu-1' },
        },
      ],
    });
    const p = prom;
    const settle = async () => {
      await kubectl([
        '-n',
        NS,
        'rollout',
        'status',
        'deployment/backend-api-blue',
        'deployment/ml-pipeline-blue',
        '--timeout=60s',
      ]);
      const pods = await follower!.refresh();
      await p.waitFor(
        async () => {
          const up = await p.query('up == 1');
          return up.length >= pods.length ? true : undefined;
        },
        'every pod scraped',
        60_000,
      );
    };
    await settle();
    // Steady traffic through the live Services, as users would send it.
    traffic = (async () => {
      const backend = await sb.dataPlane.serviceUrl(NS, 'backend-api');
      const ml = await sb.dataPlane.serviceUrl(NS, 'ml-pipeline');
      while (!stopping) {
        await Promise.all([
          generateLoad({
            url: backend,
            path: '/v1/patients',
            durationMs: 250,
            concurrency: 1,
            intervalMs: 5,
          }),
          generateLoad({
            url: ml,
            path: '/predict',
            durationMs: 250,
            concurrency: 1,
            intervalMs: 5,
          }),
          generateLoad({
            url: ml,
            path: '/voice/analyse',
            durationMs: 250,
            concurrency: 1,
            intervalMs: 10,
          }),
        ]).catch(() => {});
      }
    })();
    await p.waitFor(
      async () => {
        const r = await p.query(
          'sum(rate(medimind_voice_analysis_duration_seconds_count[30s])) > 0',
        );
        return r.length ? true : undefined;
      },
      'traffic visible in Prometheus',
      60_000,
    );
    return {
      sb,
      prom: p,
      kubectl,
      async restartApp(app) {
        await api(
          sb,
          'DELETE',
          `/api/v1/namespaces/${NS}/pods?labelSelector=${encodeURIComponent(`app.kubernetes.io/name=${app}`)}`,
        );
      },
      settle,
      gpuTemperature: (c) => dcgm!.set(c),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
