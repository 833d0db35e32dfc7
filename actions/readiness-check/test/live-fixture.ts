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
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateLoad, type Sandbox, startSandbox } from '../../../sandbox';
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

const NODES = [
  { name: 'system-1', pool: 'system', capacity: 'ON_DEMAND' },
  { name: 'app-1', pool: 'app', capacity: 'SPOT' },
  { name: 'app-2', pool: 'app', capacity: 'SPOT' },
  { name: 'gpu-1', pool: 'gpu', capacity: 'ON_DEMAND', gpu: true },
];

async function addNodes(sb: Sandbox): Promise<number> {
  for (const n of NODES) {
    await api(sb, 'POST', '/api/v1/nodes', {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.name,
        labels: {
          'medimind.io/pool': n.pool,
          'eks.amazonaws.com/capacityType': n.capacity,
          ...(n.gpu ? { 'nvidia.com/gpu.present': 'true' } : {}),
        },
      },
      spec: n.gpu
        ? { taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] }
        : {},
    });
    await api(sb, 'PATCH', `/api/v1/nodes/${n.name}/status`, {
      status: {
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }],
        allocatable: {
          cpu: '8',
          memory: '32Gi',
          pods: '110',
          ...(n.gpu ? { 'nvidia.com/gpu': '1' } : {}),
        },
      },
    });
  }
  const nodes = await api(sb, 'GET', '/api/v1/nodes');
  return nodes.items!.length;
}

/** What the controllers the sandbox does not run (DaemonSet, External Secrets, ALB) would report. */
async function controllerStatus(sb: Sandbox, nodes: number): Promise<void> {
  for (const [ns, name] of [
    ['security', 'falco'],
    ['monitoring', 'dcgm-exporter'],
  ]) {
    await api(sb, 'PATCH', `/apis/apps/v1/namespaces/${ns}/daemonsets/${name}/status`, {
      status: {
        desiredNumberScheduled: nodes,
        currentNumberScheduled: nodes,
        numberReady: nodes,
        numberAvailable: nodes,
        updatedNumberScheduled: nodes,
      },
    });
  }
  const secrets = await api(
    sb,
    'GET',
    `/apis/external-secrets.io/v1/namespaces/${NS}/externalsecrets`,
  );
  for (const e of secrets.items as { metadata: { name: string } }[]) {
    await api(
      sb,
      'PATCH',
      `/apis/external-secrets.io/v1/namespaces/${NS}/externalsecrets/${e.metadata.name}/status`,
      {
        status: {
          conditions: [
            { type: 'Ready', status: 'True', reason: 'SecretSynced', message: 'secret synced' },
          ],
        },
      },
    );
  }
  await api(
    sb,
    'PATCH',
    `/apis/networking.k8s.io/v1/namespaces/${NS}/ingresses/backend-api/status`,
    {
      status: {
        loadBalancer: {
          ingress: [{ hostname: 'k8s-medimind-backenda-0123456789.us-east-1.elb.amazonaws.com' }],
        },
      },
    },
  );
}

/** A DCGM exporter stand-in: the one metric the GPU alert reads. */
async function dcgmExporter(): Promise<{ server: Server; address: string; set(c: number): void }> {
  let temp = 62;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
    res.end(
      `# TYPE DCGM_FI_DEV_GPU_TEMP gauge\nDCGM_FI_DEV_GPU_TEMP{gpu="0",Hostname="gpu-1",modelName="Tesla T4"} ${temp}\n`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    server,
    address: `127.0.0.1:${port}`,
    set(c) {
      temp = c;
    },
  };
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
  let dcgm: Awaited<ReturnType<typeof dcgmExporter>> | undefined;
  let follower: ReturnType<typeof followSandbox> | undefined;
  let traffic: Promise<void> | undefined;
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await traffic;
    follower?.stop();
    await prom?.stop();
    await new Promise((r) => (dcgm ? dcgm.server.close(r) : r(undefined)));
    await sb.stop();
  };
  try {
    await kubectl(['apply', '-k', 'k8s/overlays/staging', '--validate=false']);
    await controllerStatus(sb, await addNodes(sb));
    dcgm = await dcgmExporter();
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
