/**
 * What EKS and the platform controllers the sandbox does not run would have
 * written after `kubectl apply -k k8s/overlays/<env>`: the node groups with
 * their EKS labels and taints (system, app on spot, gpu tainted with
 * allocatable nvidia.com/gpu), DaemonSet status (falco, dcgm-exporter),
 * synced ExternalSecrets and the ALB's Ingress address. Used by the live
 * readiness tests and by `medimind rehearse`, so readiness judges the apps
 * and manifests, not the double's missing controllers.
 */
import { createServer } from 'node:http';
import type { Sandbox } from '../index';

export const PLATFORM_NODES = [
  { name: 'system-1', pool: 'system', capacity: 'ON_DEMAND' },
  { name: 'app-1', pool: 'app', capacity: 'SPOT' },
  { name: 'app-2', pool: 'app', capacity: 'SPOT' },
  { name: 'gpu-1', pool: 'gpu', capacity: 'ON_DEMAND', gpu: true },
] as const;

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

/** Adds the EKS node groups; returns how many nodes the cluster has. */
export async function addNodePools(sb: Sandbox): Promise<number> {
  for (const n of PLATFORM_NODES) {
    const gpu = 'gpu' in n && n.gpu;
    await api(sb, 'POST', '/api/v1/nodes', {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.name,
        labels: {
          'medimind.io/pool': n.pool,
          'eks.amazonaws.com/capacityType': n.capacity,
          ...(gpu ? { 'nvidia.com/gpu.present': 'true' } : {}),
        },
      },
      spec: gpu ? { taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] } : {},
    });
    await api(sb, 'PATCH', `/api/v1/nodes/${n.name}/status`, {
      status: {
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }],
        allocatable: {
          cpu: '8',
          memory: '32Gi',
          pods: '110',
          ...(gpu ? { 'nvidia.com/gpu': '1' } : {}),
        },
      },
    });
  }
  const nodes = await api(sb, 'GET', '/api/v1/nodes');
  return nodes.items!.length;
}

/** The status DaemonSet, External Secrets and ALB controllers would report. */
export async function writeControllerStatus(
  sb: Sandbox,
  nodes: number,
  namespace = 'medimind',
): Promise<void> {
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
    `/apis/external-secrets.io/v1/namespaces/${namespace}/externalsecrets`,
  );
  for (const e of secrets.items as { metadata: { name: string } }[]) {
    await api(
      sb,
      'PATCH',
      `/apis/external-secrets.io/v1/namespaces/${namespace}/externalsecrets/${e.metadata.name}/status`,
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
    `/apis/networking.k8s.io/v1/namespaces/${namespace}/ingresses/backend-api/status`,
    {
      status: {
        loadBalancer: {
          ingress: [{ hostname: 'k8s-medimind-backenda-0123456789.us-east-1.elb.amazonaws.com' }],
        },
      },
    },
  );
}

/** Node groups, then the controllers' status: a platform as terraform + the operators leave it. */
export async function simulatePlatform(sb: Sandbox, namespace = 'medimind'): Promise<void> {
  await writeControllerStatus(sb, await addNodePools(sb), namespace);
}

/** A DCGM exporter stand-in for the simulated GPU node: the one metric the GPU alert reads. */
export async function startDcgmStandIn(): Promise<{
  address: string;
  set(celsius: number): void;
  stop(): Promise<void>;
}> {
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
    address: `127.0.0.1:${port}`,
    set(c) {
      temp = c;
    },
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
