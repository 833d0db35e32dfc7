/**
 * The switch: each live Service's selector replaced with a PUT carrying the
 * resourceVersion the decision was made on. A 409 is re-read and decided: an
 * edit that left the selector alone is retried on top of; a selector somebody
 * else changed is a conflict, never overwritten.
 */
import { isDeepStrictEqual } from 'node:util';
import { ActionFailure } from '../../_shared/src/errors';
import { Reasons } from './constants';
import { isStatus, type K8sObject, type Kube, paths } from './kube';

export type SwitchRequest = {
  app: string;
  service: string;
  /** The Service as read when the decision was taken (undefined: create it). */
  decidedOn: K8sObject | undefined;
  /** Used only when the Service does not exist yet (first deploy). */
  create?: K8sObject;
  selector: Record<string, string>;
  annotations: Record<string, string | null>;
};

function withChanges(current: K8sObject, req: SwitchRequest): K8sObject {
  const annotations: Record<string, string> = { ...current.metadata.annotations };
  for (const [k, v] of Object.entries(req.annotations)) {
    if (v === null) delete annotations[k];
    else annotations[k] = v;
  }
  return {
    ...current,
    metadata: { ...current.metadata, annotations },
    spec: { ...current.spec, selector: req.selector },
  };
}

export async function switchService(
  kube: Kube,
  namespace: string,
  req: SwitchRequest,
): Promise<K8sObject> {
  return (await writeSelector(kube, namespace, req, false)).after;
}

/** The write (or its server-side dry run) and the Service version it was applied on top of. */
async function writeSelector(
  kube: Kube,
  namespace: string,
  req: SwitchRequest,
  dryRun: boolean,
): Promise<{ after: K8sObject; basis: K8sObject | undefined }> {
  const path = paths.service(namespace, req.service);
  let current = req.decidedOn;
  const original = req.decidedOn?.spec?.selector;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      if (!current) {
        const body = withChanges(
          req.create ?? {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: req.service, namespace },
            spec: {},
          },
          req,
        );
        return {
          after: await kube.create(paths.services(namespace), body, { dryRun }),
          basis: current,
        };
      }
      return {
        after: await kube.replace(path, withChanges(current, req), { dryRun }),
        basis: current,
      };
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
      const fresh = await kube.get(path);
      if (!fresh) {
        throw new ActionFailure(
          `Service ${req.service} was deleted while switching it; nothing was overwritten`,
          Reasons.SwitchConflict,
        );
      }
      const selector = fresh.spec?.selector;
      // Unchanged selector (someone edited labels/annotations, or a forced conflict),
      // or already ours (our own write landed before a dropped connection): go on from it.
      if (
        (original && isDeepStrictEqual(selector, original)) ||
        isDeepStrictEqual(selector, req.selector)
      ) {
        current = fresh;
        continue;
      }
      throw new ActionFailure(
        `Service ${req.service}: its selector changed since it was read (now ${JSON.stringify(selector)}, expected ${JSON.stringify(original ?? null)}); refusing to overwrite a concurrent edit`,
        Reasons.SwitchConflict,
      );
    }
  }
  throw new ActionFailure(
    `Service ${req.service}: kept conflicting with concurrent writes; nothing was overwritten`,
    Reasons.SwitchConflict,
  );
}

export type SwitchResult = { app: string; before: K8sObject | undefined; after: K8sObject };

/**
 * Switches several apps together. Every write is first validated by a
 * server-side dry run with its resourceVersion precondition (a conflict or a
 * rejection there means nothing was written); only then are they committed,
 * in parallel, on the versions the dry run accepted. If a commit still fails
 * (a write racing in the milliseconds between the two), the ones that
 * switched go back to their previous selector and annotations.
 */
export async function switchAll(
  kube: Kube,
  revertKube: Kube,
  namespace: string,
  requested: readonly SwitchRequest[],
): Promise<SwitchResult[]> {
  const validated = await Promise.all(
    requested.map((r) => writeSelector(kube, namespace, r, true)),
  );
  const requests = requested.map((r, i) => ({ ...r, decidedOn: validated[i]!.basis }));
  const settled = await Promise.allSettled(requests.map((r) => switchService(kube, namespace, r)));
  const failed = settled.find((s) => s.status === 'rejected');
  const done: SwitchResult[] = [];
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') {
      done.push({ app: requests[i]!.app, before: requests[i]!.decidedOn, after: s.value });
    }
  });
  if (!failed) return done;
  // A write cut short (cancelled, connection gone) may still have landed: read it back, so a
  // Service already on the new selector is put back too (never one a conflict refused).
  await Promise.all(
    settled.map(async (s, i) => {
      const req = requests[i]!;
      if (s.status === 'fulfilled' || s.reason instanceof ActionFailure || !req.decidedOn) return;
      const fresh = await revertKube
        .get(paths.service(namespace, req.service))
        .catch(() => undefined);
      if (
        fresh &&
        isDeepStrictEqual(fresh.spec?.selector, req.selector) &&
        !isDeepStrictEqual(req.decidedOn.spec?.selector, req.selector)
      ) {
        done.push({ app: req.app, before: req.decidedOn, after: fresh });
      }
    }),
  );
  await revertSwitches(revertKube, namespace, done);
  throw (failed as PromiseRejectedResult).reason;
}

/** Puts each switched Service back as it was before (selector and the annotations we set). */
export async function revertSwitches(
  kube: Kube,
  namespace: string,
  done: readonly SwitchResult[],
  extra: Record<string, string | null> = {},
): Promise<K8sObject[]> {
  return Promise.all(
    done
      .filter((d) => d.before)
      .map((d) => {
        const before = d.before!;
        const annotations: Record<string, string | null> = {};
        const keys = new Set([
          ...Object.keys(d.after.metadata.annotations ?? {}),
          ...Object.keys(before.metadata.annotations ?? {}),
        ]);
        for (const k of keys) annotations[k] = before.metadata.annotations?.[k] ?? null;
        return switchService(kube, namespace, {
          app: d.app,
          service: before.metadata.name,
          decidedOn: d.after,
          selector: before.spec?.selector ?? {},
          annotations: { ...annotations, ...extra },
        });
      }),
  );
}
