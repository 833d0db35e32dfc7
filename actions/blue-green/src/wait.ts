/**
 * Waiting, by watch: a Deployment becomes Available (failing fast on pods that
 * cannot start), then a Service's EndpointSlices list exactly the expected
 * pods as ready.
 */
import { setMaxListeners } from 'node:events';
import { ActionFailure } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { Annotations, Labels, Reasons } from './constants';
import { type K8sObject, type Kube, paths, watchUntil } from './kube';
import { deploymentAvailable, progressDeadlineExceeded } from './state';

const FATAL_WAITING = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);
export const MAX_RESTARTS = 3;

export function podReady(pod: K8sObject): boolean {
  return (
    !pod.metadata.deletionTimestamp &&
    (pod.status?.conditions ?? []).some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    )
  );
}

/** Why this pod will not become ready by itself, or undefined. */
export function podProblem(pod: K8sObject): string | undefined {
  for (const cs of [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? []),
  ]) {
    const waiting = cs.state?.waiting;
    if (waiting && FATAL_WAITING.has(waiting.reason)) {
      return `container ${cs.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`;
    }
    if ((cs.restartCount ?? 0) >= MAX_RESTARTS) {
      return `container ${cs.name} restarted ${cs.restartCount} times`;
    }
  }
  if (pod.status?.phase === 'Failed')
    return `pod failed: ${pod.status?.reason ?? 'unknown reason'}`;
  return undefined;
}

/** Pods of this colour created for this release (older templates' pods are ignored). */
export function releasePods(objects: Iterable<K8sObject>, releaseId: string): K8sObject[] {
  return [...objects].filter((p) => p.metadata.annotations?.[Annotations.ReleaseId] === releaseId);
}

async function podEvents(kube: Kube, namespace: string, pod: string): Promise<string[]> {
  try {
    const list = await kube.list(paths.events(namespace), {
      fieldSelector: `involvedObject.name=${pod}`,
    });
    return list.items
      .filter((e) => e.involvedObject?.name === pod)
      .map((e) => `${e.type ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}`.trim());
  } catch {
    return [];
  }
}

export type WaitOptions = {
  namespace: string;
  app: string;
  deployment: string;
  color: string;
  releaseId: string;
  until: number;
  timeoutMs: number;
  now?: () => number;
};

/**
 * Resolves with the Deployment once Available; rejects with the pod's events
 * on ImagePullBackOff, CrashLoopBackOff, repeated restarts or
 * ProgressDeadlineExceeded, and at `until`.
 */
export async function waitAvailable(kube: Kube, o: WaitOptions): Promise<K8sObject> {
  const stop = new AbortController();
  const signal = kube.signal ? AbortSignal.any([kube.signal, stop.signal]) : stop.signal;
  setMaxListeners(0, signal);
  const scoped = kube.with({ signal });
  const timeout = () =>
    new ActionFailure(
      `Deployment ${o.deployment} did not become available within ${formatDuration(o.timeoutMs)} (rollout-timeout)`,
      Reasons.RolloutTimeout,
    );
  const deployment = watchUntil(
    scoped,
    paths.deployments(o.namespace),
    (objects) => {
      const d = objects.get(o.deployment);
      if (progressDeadlineExceeded(d)) {
        throw new ActionFailure(
          `Deployment ${o.deployment} exceeded its progress deadline (ProgressDeadlineExceeded)`,
          Reasons.RolloutFailed,
        );
      }
      return d && deploymentAvailable(d) ? d : undefined;
    },
    {
      fieldSelector: `metadata.name=${o.deployment}`,
      until: o.until,
      onTimeout: timeout,
      now: o.now,
    },
  );
  const pods = watchUntil<{ pod: string; problem: string }>(
    scoped,
    paths.pods(o.namespace),
    (objects) => {
      for (const pod of releasePods(objects.values(), o.releaseId)) {
        const problem = podProblem(pod);
        if (problem) return { pod: pod.metadata.name, problem };
      }
      return undefined;
    },
    { labelSelector: `${Labels.Name}=${o.app},${Labels.Color}=${o.color}` },
  );
  try {
    const outcome = await Promise.race([
      deployment.then((available) => ({ available })),
      pods.then((stuck) => ({ stuck })),
    ]);
    if ('available' in outcome) return outcome.available;
    const { stuck } = outcome;
    const events = await podEvents(kube, o.namespace, stuck.pod);
    throw new ActionFailure(
      `Deployment ${o.deployment}: pod ${stuck.pod} cannot start: ${stuck.problem}${
        events.length ? `\nEvents of ${stuck.pod}:\n  ${events.join('\n  ')}` : ''
      }`,
      Reasons.RolloutFailed,
    );
  } finally {
    stop.abort();
    deployment.catch(() => {});
    pods.catch(() => {});
  }
}

/** Ready pods of the colour for this release (what the endpoints must list). */
export async function readyPods(
  kube: Kube,
  namespace: string,
  app: string,
  color: string,
  releaseId?: string,
): Promise<string[]> {
  const list = await kube.list(paths.pods(namespace), {
    labelSelector: `${Labels.Name}=${app},${Labels.Color}=${color}`,
  });
  const pods = releaseId ? releasePods(list.items, releaseId) : list.items;
  return pods
    .filter(podReady)
    .map((p) => p.metadata.name)
    .sort();
}

export type Endpoints = { ready: Set<string>; other: Set<string> };

/** Ready endpoints' pod names, and every other endpoint (not ready, or serving-but-terminating). */
export function endpointsOf(slices: Iterable<K8sObject>): Endpoints {
  const ready = new Set<string>();
  const other = new Set<string>();
  for (const slice of slices) {
    for (const ep of slice.endpoints ?? []) {
      const name = ep.targetRef?.name ?? (ep.addresses ?? []).join(',');
      if (ep.conditions?.ready !== false && !ep.conditions?.terminating) ready.add(name);
      else other.add(name);
    }
  }
  return { ready, other };
}

/**
 * Waits until a Service's EndpointSlices list every expected pod as ready and
 * no other pod as ready: traffic through it reaches exactly those pods.
 */
export async function waitEndpoints(
  kube: Kube,
  namespace: string,
  service: string,
  expected: readonly string[],
  until: number,
  now?: () => number,
): Promise<Endpoints> {
  return watchUntil(
    kube,
    paths.endpointslices(namespace),
    (objects) => {
      const eps = endpointsOf(objects.values());
      const all = expected.every((p) => eps.ready.has(p));
      const only = [...eps.ready].every((p) => expected.includes(p));
      return all && only && expected.length > 0 ? eps : undefined;
    },
    {
      labelSelector: `${Labels.ServiceName}=${service}`,
      until,
      now,
      onTimeout: () =>
        new ActionFailure(
          `Service ${service}: its endpoints did not converge on ${expected.join(', ')} in time`,
          Reasons.RolloutTimeout,
        ),
    },
  );
}
