/**
 * The rollout lock: one coordination.k8s.io/v1 Lease per app, taken in sorted
 * app order (so two runs with overlapping app sets never deadlock, and any
 * overlap excludes). Held by this process (holderIdentity = run URL, attempt,
 * job and a random nonce; the run is also written as annotations for people),
 * renewed every `duration / 2.5`, taken over once its holder missed two
 * renewals (the lease expired), waited on otherwise. Every write carries the
 * resourceVersion it was decided on, so two runs never both win.
 */
import type { Sleep } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { Reasons } from './constants';
import { isStatus, type K8sObject, type Kube, paths, watchUntil } from './kube';

/** The lease guarding one app (an app name is a DNS label, so this is a valid object name). */
export function leaseName(app: string): string {
  return `blue-green.${app}`;
}

/** Renewals happen this often; expiry (duration) comes after two missed ones. */
export function renewIntervalMs(durationSeconds: number): number {
  return Math.max(50, (durationSeconds * 1000) / 2.5);
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export type LeaseDecision =
  | { action: 'create' }
  | { action: 'renew' }
  | { action: 'take-over'; previous: string }
  | { action: 'wait'; holder: string; expiresAt: number };

export function expiresAt(lease: K8sObject): number {
  const spec = lease.spec ?? {};
  const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '') || 0;
  return renewed + (spec.leaseDurationSeconds ?? 0) * 1000;
}

/** `<run URL>/attempts/<n>[/jobs/<job>][#nonce]` → run URL and attempt number. */
export function parseHolder(holder: string): { run: string; attempt: number } | undefined {
  const m = /^(.*)\/attempts\/(\d+)(?:\/jobs\/[^#]*)?(?:#.*)?$/.exec(holder);
  return m ? { run: m[1]!, attempt: Number(m[2]) } : undefined;
}

export function decideLease(
  lease: K8sObject | undefined,
  holder: string,
  now: number,
): LeaseDecision {
  if (!lease) return { action: 'create' };
  const current: string = lease.spec?.holderIdentity ?? '';
  if (current === holder) return { action: 'renew' };
  if (!current) return { action: 'take-over', previous: '(released)' };
  // An earlier attempt of this same run is dead: GitHub never runs two attempts at once.
  // The same attempt is another live process (another job, another local run): wait for it.
  const theirs = parseHolder(current);
  const ours = parseHolder(holder);
  if (theirs && ours && theirs.run === ours.run && theirs.attempt < ours.attempt) {
    return { action: 'take-over', previous: current };
  }
  const expiry = expiresAt(lease);
  if (expiry <= now) return { action: 'take-over', previous: current };
  return { action: 'wait', holder: current, expiresAt: expiry };
}

export type LeaseOptions = {
  /** Renewal and release use it as is (they must outlive a cancellation). */
  kube: Kube;
  /** Cancels waiting for the lease. */
  signal?: AbortSignal;
  namespace: string;
  name: string;
  holder: string;
  durationSeconds: number;
  lockTimeoutMs: number;
  /** Who holds it, for people reading the Lease (run URL, attempt, job, actor). */
  annotations?: Record<string, string>;
  now?: () => number;
  sleep?: Sleep;
  log?: (message: string) => void;
};

export type HeldLease = {
  /** Aborts when another run took the lease from us. */
  lost: AbortSignal;
  tookOverFrom?: string;
  waitedMs: number;
  /** Deletes the lease if still ours; `kube` bounds it (e.g. a clean-up timeout). */
  release(kube?: Kube): Promise<void>;
};

function leaseBody(o: LeaseOptions, existing: K8sObject | undefined, now: number): K8sObject {
  const taking = existing?.spec?.holderIdentity !== o.holder;
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      ...(existing?.metadata ?? {}),
      name: o.name,
      namespace: o.namespace,
      annotations: { ...existing?.metadata.annotations, ...o.annotations },
      labels: {
        ...existing?.metadata.labels,
        'app.kubernetes.io/managed-by': 'medimind-blue-green',
      },
    },
    spec: {
      holderIdentity: o.holder,
      leaseDurationSeconds: o.durationSeconds,
      acquireTime: taking ? microTime(now) : existing?.spec?.acquireTime,
      renewTime: microTime(now),
      leaseTransitions: (existing?.spec?.leaseTransitions ?? 0) + (existing && taking ? 1 : 0),
    },
  };
}

export async function acquireLease(o: LeaseOptions): Promise<HeldLease> {
  const now = o.now ?? Date.now;
  const started = now();
  const giveUpAt = started + o.lockTimeoutMs;
  const path = paths.lease(o.namespace, o.name);
  const kube = o.signal ? o.kube.with({ signal: o.signal }) : o.kube;
  let tookOverFrom: string | undefined;
  let held: K8sObject | undefined;
  for (;;) {
    const lease = await kube.get(path);
    const decision = decideLease(lease, o.holder, now());
    try {
      if (decision.action === 'create') {
        held = await kube.create(paths.leases(o.namespace), leaseBody(o, undefined, now()));
        break;
      }
      if (decision.action === 'renew' || decision.action === 'take-over') {
        held = await kube.replace(path, leaseBody(o, lease, now()));
        if (decision.action === 'take-over') tookOverFrom = decision.previous;
        break;
      }
    } catch (error) {
      // Someone else wrote first (409) or created it (409 AlreadyExists): decide again.
      if (isStatus(error, 409)) continue;
      throw error;
    }
    if (decision.action !== 'wait') continue;
    if (now() >= giveUpAt) {
      throw new ActionFailure(
        `The rollout lock ${o.namespace}/${o.name} is held by ${decision.holder}; waited ${formatDuration(o.lockTimeoutMs)} (lock-timeout). That run must finish or stop renewing (expires ${new Date(decision.expiresAt).toISOString()}).`,
        Reasons.LockHeld,
      );
    }
    o.log?.(`Waiting for the rollout lock held by ${decision.holder}`);
    const seen = lease?.metadata.resourceVersion;
    // Wake when the lease changes or is deleted, when it expires, or at lock-timeout.
    const wakeAt = Math.min(decision.expiresAt, giveUpAt);
    await watchUntil(
      kube,
      paths.leases(o.namespace),
      (objects) => {
        const current = objects.get(o.name);
        return !current || current.metadata.resourceVersion !== seen || now() >= wakeAt
          ? true
          : undefined;
      },
      {
        fieldSelector: `metadata.name=${o.name}`,
        recheckMs: Math.max(10, Math.min(1000, wakeAt - now())),
        now,
      },
    );
  }
  return hold(o, held, tookOverFrom, now() - started);
}

function hold(
  o: LeaseOptions,
  initial: K8sObject,
  tookOverFrom: string | undefined,
  waitedMs: number,
): HeldLease {
  const now = o.now ?? Date.now;
  const lost = new AbortController();
  const path = paths.lease(o.namespace, o.name);
  let current = initial;
  let stopped = false;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async () => {
    for (let i = 0; i < 5 && !stopped; i++) {
      try {
        current = await o.kube.replace(path, leaseBody(o, current, now()));
        return;
      } catch (error) {
        if (!isStatus(error, 409) && !isStatus(error, 404)) {
          if (now() >= expiresAt(current)) break;
          return; // transient and still within our lease: try at the next tick
        }
        const fresh = await o.kube.get(path).catch(() => undefined);
        if (!fresh || fresh.spec?.holderIdentity !== o.holder) break;
        current = fresh;
      }
    }
    if (!stopped) {
      lost.abort(
        new ActionFailure(
          `Lost the rollout lock ${o.namespace}/${o.name} to another run; stopping`,
          Reasons.LockLost,
        ),
      );
    }
  };
  const interval = setInterval(() => {
    renewing = renewing.then(renew).catch(() => {});
  }, renewIntervalMs(o.durationSeconds));
  interval.unref();
  return {
    lost: lost.signal,
    tookOverFrom,
    waitedMs,
    async release(k: Kube = o.kube) {
      stopped = true;
      clearInterval(interval);
      await renewing;
      if (lost.signal.aborted) return;
      const fresh = await k.get(path);
      if (fresh?.spec?.holderIdentity !== o.holder) return;
      try {
        await k.delete(path, {
          apiVersion: 'v1',
          kind: 'DeleteOptions',
          preconditions: { resourceVersion: fresh.metadata.resourceVersion },
        });
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
      }
    },
  };
}

export type LeaseSetOptions = Omit<LeaseOptions, 'name'> & { apps: readonly string[] };

/**
 * One lease per app, acquired one by one in sorted order within one
 * lock-timeout; on any failure the ones already held are released.
 */
export async function acquireLeases(o: LeaseSetOptions): Promise<HeldLease & { names: string[] }> {
  const now = o.now ?? Date.now;
  const started = now();
  const names = [...new Set(o.apps)].sort().map(leaseName);
  const held: HeldLease[] = [];
  try {
    for (const name of names) {
      const left = Math.max(0, o.lockTimeoutMs - (now() - started));
      held.push(await acquireLease({ ...o, name, lockTimeoutMs: left }));
    }
  } catch (error) {
    await Promise.all(held.map((h) => h.release().catch(() => {})));
    throw error;
  }
  const tookOver = held.map((h) => h.tookOverFrom).filter(Boolean);
  return {
    names,
    lost: AbortSignal.any(held.map((h) => h.lost)),
    tookOverFrom: tookOver.length > 0 ? [...new Set(tookOver)].join(', ') : undefined,
    waitedMs: now() - started,
    async release(k?: Kube) {
      const results = await Promise.allSettled(held.map((h) => h.release(k)));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    },
  };
}
