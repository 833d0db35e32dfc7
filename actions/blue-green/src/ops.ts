/** The Kubernetes writes of a cutover, each idempotent so a rerun converges. */
import { ActionFailure } from '../../_shared/src/errors';
import { Annotations, EVENT_SOURCE, Labels, Reasons } from './constants';
import { isStatus, type K8sObject, type Kube, paths } from './kube';

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/**
 * Refuses (lock-lost) to remove or scale down a Deployment whose pods any
 * Service other than its app's preview Service selects, whatever this run
 * believes: re-read right before every destructive call, because another
 * run may have made that colour live meanwhile.
 */
export async function assertNotServing(
  kube: Kube,
  namespace: string,
  deployment: string,
  action: string,
): Promise<void> {
  const d = await kube.get(paths.deployment(namespace, deployment));
  if (!d) return;
  const labels: Record<string, string> = d.spec?.template?.metadata?.labels ?? {};
  const app = labels[Labels.Name] ?? d.metadata.labels?.[Labels.Name];
  const services = await kube.list(paths.services(namespace));
  const serving = services.items.filter(
    (s) => s.metadata.name !== `${app}-preview` && selects(s.spec?.selector, labels),
  );
  if (serving.length > 0) {
    throw new ActionFailure(
      `Refusing to ${action} ${deployment}: Service ${serving.map((s) => s.metadata.name).join(', ')} sends live traffic to it (another run changed the live colour; this run no longer owns the release)`,
      Reasons.LockLost,
    );
  }
}

/** Creates the object, or replaces it (carrying the live resourceVersion) when it exists. */
export async function createOrReplace(
  kube: Kube,
  collection: string,
  obj: K8sObject,
): Promise<K8sObject> {
  const path = `${collection}/${obj.metadata.name}`;
  for (let i = 0; ; i++) {
    const existing = await kube.get(path);
    try {
      if (!existing) return await kube.create(collection, obj);
      return await kube.replace(path, {
        ...obj,
        metadata: { ...obj.metadata, resourceVersion: existing.metadata.resourceVersion },
      });
    } catch (error) {
      // Created or changed in between (by a controller writing status): read again.
      if (isStatus(error, 409) && i < 5) continue;
      throw error;
    }
  }
}

/** Merge-patches a Service's annotations (never its selector). */
export async function annotate(
  kube: Kube,
  namespace: string,
  name: string,
  values: Record<string, string | null>,
  now: number = Date.now(),
): Promise<K8sObject | undefined> {
  try {
    return await kube.patch(paths.service(namespace, name), {
      metadata: {
        annotations: { ...values, [Annotations.UpdatedAt]: new Date(now).toISOString() },
      },
    });
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/**
 * Scales a colour down to zero. Its HPA stays: an HPA whose target has zero
 * replicas is inactive (autoscaling/v2 semantics), and it is back in charge as
 * soon as a rollback scales the colour up again.
 */
export async function scaleDown(kube: Kube, namespace: string, deployment: string): Promise<void> {
  await assertNotServing(kube, namespace, deployment, 'scale down');
  try {
    await kube.patch(paths.deployment(namespace, deployment), { spec: { replicas: 0 } });
  } catch (error) {
    if (isStatus(error, 404)) return;
    throw error;
  }
}

/** Scales a colour back up to at least `replicas`. */
export async function scaleUp(
  kube: Kube,
  namespace: string,
  deployment: K8sObject,
  replicas: number,
): Promise<K8sObject> {
  return kube.patch(paths.deployment(namespace, deployment.metadata.name), {
    spec: { replicas: Math.max(replicas, deployment.spec?.replicas ?? 0) },
  });
}

/** Removes a colour that never went live (its Deployment and HPA). */
export async function removeColor(
  kube: Kube,
  namespace: string,
  deployment: string,
): Promise<void> {
  await assertNotServing(kube, namespace, deployment, 'remove');
  const hpas = await kube.list(paths.hpas(namespace));
  for (const h of hpas.items.filter((h) => h.spec?.scaleTargetRef?.name === deployment)) {
    await kube.delete(paths.hpa(namespace, h.metadata.name));
  }
  await kube.delete(paths.deployment(namespace, deployment), {
    apiVersion: 'v1',
    kind: 'DeleteOptions',
    propagationPolicy: 'Background',
  });
}

export type EventType = 'Normal' | 'Warning';

/** A Kubernetes Event on a Service; best effort (a failure to record never fails the cutover). */
export async function recordEvent(
  kube: Kube,
  namespace: string,
  service: K8sObject | undefined,
  reason: string,
  message: string,
  type: EventType = 'Normal',
  now: number = Date.now(),
): Promise<void> {
  if (!service) return;
  const t = new Date(now).toISOString();
  try {
    await kube.create(paths.events(namespace), {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${service.metadata.name}.${now.toString(16)}${Math.floor(Math.random() * 4096).toString(16)}`,
        namespace,
        labels: { [Labels.Name]: service.metadata.labels?.[Labels.Name] ?? service.metadata.name },
      },
      involvedObject: {
        apiVersion: 'v1',
        kind: 'Service',
        name: service.metadata.name,
        namespace,
        uid: service.metadata.uid,
        resourceVersion: service.metadata.resourceVersion,
      },
      reason,
      message: message.slice(0, 1024),
      type,
      source: { component: EVENT_SOURCE },
      firstTimestamp: t,
      lastTimestamp: t,
      count: 1,
    });
  } catch {
    // Events are for people reading `kubectl describe`; the cutover does not depend on them.
  }
}
