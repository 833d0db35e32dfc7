/**
 * The sandbox's running pods as scrape targets, labelled the way the
 * project's PodMonitor relabels them (app, color, namespace, pod), and a
 * follower that keeps a Prometheus's targets in step with the pods.
 */
import type { Sandbox } from '../../sandbox';
import type { PrometheusHandle, ScrapeTarget } from './harness';

type Pod = {
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  status?: { phase?: string };
};

export async function sandboxTargets(sb: Sandbox, namespaces?: string[]): Promise<ScrapeTarget[]> {
  const res = await fetch(`${sb.server}/api/v1/pods`);
  const pods = ((await res.json()) as { items: Pod[] }).items;
  const targets: ScrapeTarget[] = [];
  for (const pod of pods) {
    const { name, namespace, labels = {} } = pod.metadata;
    if (namespaces && !namespaces.includes(namespace)) continue;
    const url = sb.dataPlane.podUrl(namespace, name);
    if (!url) continue;
    targets.push({
      address: new URL(url).host,
      labels: {
        namespace,
        pod: name,
        ...(labels['app.kubernetes.io/name'] ? { app: labels['app.kubernetes.io/name'] } : {}),
        ...(labels['medimind.io/color'] ? { color: labels['medimind.io/color'] } : {}),
      },
    });
  }
  return targets.sort((a, b) => a.address.localeCompare(b.address));
}

/** Re-reads the pods every `intervalMs` and updates the targets when they change. */
export function followSandbox(
  sb: Sandbox,
  prom: PrometheusHandle,
  options: { namespaces?: string[]; intervalMs?: number; extraTargets?: ScrapeTarget[] } = {},
): { refresh(): Promise<ScrapeTarget[]>; stop(): void } {
  let last = '';
  const refresh = async () => {
    const targets = [
      ...(await sandboxTargets(sb, options.namespaces)),
      ...(options.extraTargets ?? []),
    ];
    const key = JSON.stringify(targets);
    if (key !== last) {
      last = key;
      prom.setTargets(targets);
    }
    return targets;
  };
  const timer = setInterval(() => void refresh().catch(() => {}), options.intervalMs ?? 500);
  timer.unref();
  return { refresh, stop: () => clearInterval(timer) };
}
