import { createHash } from 'node:crypto';
import type { Api } from './api';
import type { DataPlane } from './dataplane';
import type { Faults, ImageFault } from './faults';
import { applyBehavior, metricProposal, type ScaleHistory } from './hpa';
import { clone } from './patch';
import { PodServer, SIGTERM_POLICIES, type SigtermPolicy } from './podserver';
import type { ResourceDef } from './resources';
import { matchesLabelSelector, matchesMap } from './selectors';
import { nowIso, randomSuffix } from './store';
import { ApiError, type Json, type KObject } from './types';

export interface ControllerTiming {
  /** From a pod's creation to its containers running. */
  podStartDelayMs: number;
  /** From a pod's containers running to Ready (readiness probe passing). */
  podReadyDelayMs: number;
  /** Multiplier for durations written in specs (progressDeadlineSeconds, terminationGracePeriodSeconds, minReadySeconds). */
  timeScale: number;
  /** First back-off after a crash or failed pull (doubles, capped at 16x). */
  backoffMs: number;
}

export interface ControllerOptions {
  /** The HPA controller keeps its target within [minReplicas, maxReplicas] (no metrics are simulated). */
  hpaEnforceBounds: boolean;
  /** How every pod's app behaves unless its first container's env says otherwise. */
  app: AppBehaviour;
}

/**
 * The app inside each pod. Defaults come from the sandbox options; a container overrides them
 * with env vars of the same meaning as the e2e test app's: SIGTERM_POLICY, WARMUP_MS,
 * WARMUP_LATENCY_MS, WARMUP_ERROR_RATE, CONCURRENCY_LIMIT.
 */
export interface AppBehaviour {
  sigtermPolicy: SigtermPolicy;
  /** For this long after start, answers are slower / fail at a rate (ms). */
  warmUpMs: number;
  warmUpLatencyMs: number;
  warmUpErrorRate: number;
  /** Requests in flight per pod above this get 503 (0 = unlimited). */
  concurrencyLimit: number;
  /**
   * Requests per second one pod serves at 100 % of its CPU request, so an HPA's cpu
   * Utilization target scales on request rate (0 = no CPU metric: such targets stay inactive).
   */
  rpsAtFullCpu: number;
}

export const DEFAULT_APP: AppBehaviour = {
  sigtermPolicy: 'graceful',
  warmUpMs: 0,
  warmUpLatencyMs: 0,
  warmUpErrorRate: 0,
  concurrencyLimit: 0,
  rpsAtFullCpu: 0,
};

/** The app behaviour of a pod: sandbox defaults, overridden by its first container's env. */
export function appBehaviour(p: KObject, defaults: AppBehaviour): AppBehaviour {
  const env = new Map<string, string>(
    (p.spec?.containers?.[0]?.env ?? [])
      .filter((e: Json) => typeof e?.value === 'string')
      .map((e: Json) => [e.name, e.value]),
  );
  const num = (k: string, d: number) => {
    const v = Number(env.get(k));
    return env.has(k) && Number.isFinite(v) && v >= 0 ? v : d;
  };
  const policy = env.get('SIGTERM_POLICY') as SigtermPolicy | undefined;
  return {
    sigtermPolicy: policy && SIGTERM_POLICIES.includes(policy) ? policy : defaults.sigtermPolicy,
    warmUpMs: num('WARMUP_MS', defaults.warmUpMs),
    warmUpLatencyMs: num('WARMUP_LATENCY_MS', defaults.warmUpLatencyMs),
    warmUpErrorRate: Math.min(1, num('WARMUP_ERROR_RATE', defaults.warmUpErrorRate)),
    concurrencyLimit: num('CONCURRENCY_LIMIT', defaults.concurrencyLimit),
    rpsAtFullCpu: defaults.rpsAtFullCpu,
  };
}

/** Seconds a container's preStop hook runs: `sleep.seconds`, or a `sleep N` in its exec command. */
export function preStopSeconds(container: Json): number {
  const hook = container?.lifecycle?.preStop;
  if (!hook) return 0;
  if (hook.sleep) return Math.max(0, Number(hook.sleep.seconds) || 0);
  const cmd = Array.isArray(hook.exec?.command) ? hook.exec.command.join(' ') : '';
  const m = /\bsleep\s+(\d+(?:\.\d+)?)s?\b/.exec(cmd);
  return m ? Number(m[1]) : 0;
}

const HASH_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
function templateHash(template: Json): string {
  const h = createHash('sha256').update(JSON.stringify(template)).digest();
  let s = '';
  for (let i = 0; i < 10; i++) s += HASH_ALPHABET[h[i]! % HASH_ALPHABET.length];
  return s;
}

function intOrPercent(v: Json, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(String(v));
  if (!m) return Number(v) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

const owned = (o: KObject, owner: KObject) =>
  o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid) ?? false;

function ownerRef(o: KObject) {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata.name,
    uid: o.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

function condition(status: Json, type: string) {
  return (status?.conditions ?? []).find((c: Json) => c.type === type);
}

function setCondition(
  conds: Json[],
  type: string,
  st: string,
  reason: string,
  message: string,
  touch = true,
) {
  const now = nowIso();
  const i = conds.findIndex((c) => c.type === type);
  const old = i >= 0 ? conds[i] : undefined;
  const next = {
    type,
    status: st,
    lastUpdateTime: touch || !old ? now : old.lastUpdateTime,
    lastTransitionTime: old && old.status === st ? old.lastTransitionTime : now,
    reason,
    message,
  };
  if (i >= 0) conds[i] = next;
  else conds.push(next);
}

export const podReady = (p: KObject) => condition(p.status, 'Ready')?.status === 'True';

interface PodRuntime {
  uid: string;
  key: string;
  server?: PodServer;
  timers: Set<NodeJS.Timeout>;
  readyAt?: number;
  terminating: boolean;
  restarts: number;
  ip: string;
}

/** Deployment, ReplicaSet, "kubelet", EndpointSlice, HPA and event controllers. */
export class Controllers {
  private pending = false;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly runtimes = new Map<string, PodRuntime>();
  private readonly progressAt = new Map<string, number>();
  private readonly eventNames = new Map<string, string>();
  /** Per HPA: its last metrics sync, the pods' served counts then, and its scaling history. */
  private readonly hpaState = new Map<
    string,
    { at: number; served: Map<string, number>; history: ScaleHistory; metrics: Json[] }
  >();
  private hpaTimer: NodeJS.Timeout | undefined;
  private ipCounter = 2;
  private off: (() => void) | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly d: Record<
    'deploy' | 'rs' | 'pod' | 'svc' | 'slice' | 'hpa' | 'event' | 'pdb' | 'endpoints',
    ResourceDef
  >;

  constructor(
    private readonly api: Api,
    private readonly faults: Faults,
    private readonly plane: DataPlane,
    private readonly timing: ControllerTiming,
    private readonly options: ControllerOptions,
  ) {
    this.d = {
      deploy: api.def('apps', 'v1', 'deployments'),
      rs: api.def('apps', 'v1', 'replicasets'),
      pod: api.def('', 'v1', 'pods'),
      svc: api.def('', 'v1', 'services'),
      slice: api.def('discovery.k8s.io', 'v1', 'endpointslices'),
      hpa: api.def('autoscaling', 'v2', 'horizontalpodautoscalers'),
      event: api.def('', 'v1', 'events'),
      pdb: api.def('policy', 'v1', 'poddisruptionbudgets'),
      endpoints: api.def('', 'v1', 'endpoints'),
    };
  }

  start() {
    const watched = new Set([
      'Deployment',
      'ReplicaSet',
      'Pod',
      'Service',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'Namespace',
    ]);
    this.off = this.api.store.on((_ev, def) => {
      if (watched.has(def.kind)) this.schedule();
    });
    this.schedule();
  }

  async stop() {
    this.stopped = true;
    this.off?.();
    for (const t of this.timers) clearTimeout(t);
    if (this.hpaTimer) clearTimeout(this.hpaTimer);
    for (const rt of this.runtimes.values()) {
      for (const t of rt.timers) clearTimeout(t);
      if (rt.server) await rt.server.stop();
    }
  }

  /** Resolves when no reconcile is pending. */
  idle(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private schedule() {
    if (this.pending || this.stopped) return;
    this.pending = true;
    setImmediate(() => this.run());
  }

  private after(ms: number) {
    const t = setTimeout(
      () => {
        this.timers.delete(t);
        this.schedule();
      },
      Math.max(0, ms),
    );
    this.timers.add(t);
  }

  private run() {
    this.pending = false;
    if (this.stopped) return;
    const steps = [
      () => this.reconcileDeployments(),
      () => this.reconcileReplicaSets(),
      () => this.reconcilePods(),
      () => this.reconcileEndpointSlices(),
      () => this.reconcileHpas(),
      () => this.reconcilePdbs(),
    ];
    for (const step of steps) {
      try {
        step();
      } catch (e) {
        // Conflicts and races resolve on the next pass.
        if (process.env.SANDBOX_DEBUG || !(e instanceof ApiError))
          console.error('sandbox controller error:', e);
        this.after(20);
      }
    }
    if (!this.pending) {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const f of w) f();
    }
  }

  private writeStatus(def: ResourceDef, o: KObject, status: Json) {
    if (JSON.stringify(o.status) === JSON.stringify(status)) return;
    this.api.update(
      def,
      o.metadata.namespace,
      o.metadata.name,
      { ...o, status },
      { subresource: 'status' },
    );
  }

  private writeSpec(def: ResourceDef, o: KObject, mutate: (x: KObject) => void): KObject {
    const next = clone(o);
    mutate(next);
    return this.api.update(def, o.metadata.namespace, o.metadata.name, next);
  }

  /** Record a core/v1 Event (repeats bump `count`). */
  event(
    obj: KObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
  ) {
    const ns = obj.metadata.namespace ?? 'default';
    const key = `${obj.metadata.uid}|${reason}|${message}`;
    const now = nowIso();
    const existingName = this.eventNames.get(key);
    const existing = existingName ? this.api.tryGet(this.d.event, ns, existingName) : undefined;
    try {
      if (existing) {
        this.api.update(this.d.event, ns, existing.metadata.name, {
          ...existing,
          count: (existing.count ?? 1) + 1,
          lastTimestamp: now,
        });
        return;
      }
      const name = `${obj.metadata.name}.${Date.now().toString(16)}${randomSuffix(3)}`;
      this.api.create(this.d.event, ns, {
        metadata: { name, namespace: ns },
        involvedObject: {
          kind: obj.kind,
          namespace: obj.metadata.namespace,
          name: obj.metadata.name,
          uid: obj.metadata.uid,
          apiVersion: obj.apiVersion,
          resourceVersion: obj.metadata.resourceVersion,
        },
        reason,
        message,
        type,
        source: { component, ...(component === 'kubelet' ? { host: 'sandbox-node' } : {}) },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        reportingComponent: component,
        reportingInstance: component === 'kubelet' ? 'sandbox-node' : '',
      });
      this.eventNames.set(key, name);
    } catch {
      // events are best effort (e.g. the namespace is going away)
    }
  }

  // ---------------------------------------------------------------- Deployments

  private reconcileDeployments() {
    for (const d of this.api.list(this.d.deploy, undefined)) {
      if (d.metadata.deletionTimestamp) continue;
      this.reconcileDeployment(d);
    }
  }

  private reconcileDeployment(d: KObject) {
    const ns = d.metadata.namespace!;
    const spec = d.spec;
    const replicas: number = spec.replicas ?? 1;
    // private copies: the pass updates them as it scales (stored objects are never mutated)
    const all = this.api
      .list(this.d.rs, ns)
      .filter((rs) => owned(rs, d))
      .map((rs) => clone(rs));
    const hash = templateHash(spec.template);
    let newRS = all.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const olds = all
      .filter((rs) => rs !== newRS)
      .sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
    const maxRevision = Math.max(
      0,
      ...all.map((rs) =>
        Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
      ),
    );
    const recreate = spec.strategy?.type === 'Recreate';
    let progressed = false;
    if (!spec.paused) {
      if (!newRS) {
        const name = `${d.metadata.name}-${hash}`;
        const labels = { ...spec.template.metadata?.labels, 'pod-template-hash': hash };
        const activeOld = olds.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
        const maxSurge = intOrPercent(spec.strategy?.rollingUpdate?.maxSurge, replicas, true);
        const initial = recreate
          ? activeOld > 0
            ? 0
            : replicas
          : Math.max(0, Math.min(replicas, replicas + maxSurge - activeOld));
        newRS = clone(
          this.api.create(this.d.rs, ns, {
            metadata: {
              name,
              namespace: ns,
              labels,
              annotations: {
                'deployment.kubernetes.io/desired-replicas': String(replicas),
                'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
                'deployment.kubernetes.io/revision': String(maxRevision + 1),
              },
              ownerReferences: [ownerRef(d)],
            },
            spec: {
              replicas: initial,
              minReadySeconds: spec.minReadySeconds ?? 0,
              selector: {
                ...spec.selector,
                matchLabels: { ...spec.selector.matchLabels, 'pod-template-hash': hash },
              },
              template: {
                ...clone(spec.template),
                metadata: { ...clone(spec.template.metadata), labels },
              },
            },
          }),
        );
        this.event(
          d,
          'Normal',
          'ScalingReplicaSet',
          `Scaled up replica set ${name} from 0 to ${initial}`,
          'deployment-controller',
        );
        this.progressAt.set(d.metadata.uid, Date.now());
        progressed = true;
      } else if (
        Number(newRS.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) < maxRevision
      ) {
        // rolled back to an older template: it becomes the newest revision
        this.writeSpec(this.d.rs, newRS, (x) => {
          x.metadata.annotations = {
            ...x.metadata.annotations,
            'deployment.kubernetes.io/revision': String(maxRevision + 1),
          };
        });
      }
      const revision = newRS!.metadata.annotations?.['deployment.kubernetes.io/revision'];
      if (revision && d.metadata.annotations?.['deployment.kubernetes.io/revision'] !== revision) {
        this.writeSpec(this.d.deploy, d, (x) => {
          x.metadata.annotations = {
            ...x.metadata.annotations,
            'deployment.kubernetes.io/revision': revision,
          };
        });
        return; // the write re-triggers reconciliation with the fresh object
      }
      if (recreate) progressed = this.rolloutRecreate(d, newRS!, olds, replicas) || progressed;
      else progressed = this.rolloutRolling(d, newRS!, olds, replicas) || progressed;
    }
    this.deploymentStatus(d, newRS, olds, replicas, progressed);
    this.cleanupOldReplicaSets(d, olds);
  }

  /** Keep at most `revisionHistoryLimit` old ReplicaSets that are scaled to zero and empty. */
  private cleanupOldReplicaSets(d: KObject, olds: KObject[]) {
    const limit = d.spec.revisionHistoryLimit ?? 10;
    const idle = olds.filter(
      (rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0,
    );
    const excess = idle.length - limit;
    if (excess <= 0) return;
    const byRevision = (rs: KObject) =>
      Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    for (const rs of idle.sort((a, b) => byRevision(a) - byRevision(b)).slice(0, excess)) {
      this.api.delete(this.d.rs, rs.metadata.namespace, rs.metadata.name);
    }
  }

  private scaleRS(d: KObject, rs: KObject, to: number): boolean {
    const from = rs.spec.replicas ?? 0;
    if (from === to) return false;
    const updated = this.writeSpec(this.d.rs, rs, (x) => {
      x.spec.replicas = to;
      x.metadata.annotations = {
        ...x.metadata.annotations,
        'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas ?? 1),
      };
    });
    // `rs` is this pass's private copy: keep it current for further decisions in the pass.
    Object.assign(rs, clone(updated));
    this.event(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`,
      'deployment-controller',
    );
    return true;
  }

  private rolloutRecreate(d: KObject, newRS: KObject, olds: KObject[], replicas: number): boolean {
    let changed = false;
    for (const rs of olds)
      if ((rs.spec.replicas ?? 0) > 0) changed = this.scaleRS(d, rs, 0) || changed;
    const oldPods = this.api
      .list(this.d.pod, d.metadata.namespace)
      .filter((p) => olds.some((rs) => owned(p, rs)));
    if (oldPods.length > 0) return changed;
    return this.scaleRS(d, newRS, replicas) || changed;
  }

  private rolloutRolling(d: KObject, newRS: KObject, olds: KObject[], replicas: number): boolean {
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    const maxSurge = intOrPercent(ru.maxSurge ?? '25%', replicas, true);
    let maxUnavailable = intOrPercent(ru.maxUnavailable ?? '25%', replicas, false);
    if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
    let changed = false;
    const total = () => [newRS, ...olds].reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
    // scale up the new ReplicaSet within the surge budget
    const cur = newRS.spec.replicas ?? 0;
    if (cur > replicas) changed = this.scaleRS(d, newRS, replicas) || changed;
    else if (cur < replicas) {
      const allowed = replicas + maxSurge - total();
      if (allowed > 0)
        changed = this.scaleRS(d, newRS, Math.min(replicas, cur + allowed)) || changed;
    }
    // scale down old ReplicaSets within the availability budget
    const oldCount = olds.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
    if (oldCount === 0) return changed;
    const minAvailable = replicas - maxUnavailable;
    const newUnavailable = (newRS.spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
    let budget = total() - minAvailable - newUnavailable;
    if (budget <= 0) return changed;
    // first old replicas that are not available anyway
    for (const rs of olds) {
      if (budget <= 0) break;
      const unhealthy = (rs.spec.replicas ?? 0) - (rs.status?.availableReplicas ?? 0);
      if (unhealthy <= 0) continue;
      const by = Math.min(budget, unhealthy);
      changed = this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - by) || changed;
      budget -= by;
    }
    // then available ones, keeping minAvailable
    const available = [newRS, ...olds].reduce(
      (n, rs) => n + (rs.status?.availableReplicas ?? 0),
      0,
    );
    let down = Math.min(budget, available - minAvailable);
    for (const rs of olds) {
      if (down <= 0) break;
      const by = Math.min(down, rs.spec.replicas ?? 0);
      if (by > 0) changed = this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - by) || changed;
      down -= by;
    }
    return changed;
  }

  private deploymentStatus(
    d: KObject,
    newRS: KObject | undefined,
    olds: KObject[],
    replicas: number,
    progressed: boolean,
  ) {
    const all = newRS ? [newRS, ...olds] : olds;
    const sum = (f: (rs: KObject) => number) => all.reduce((n, rs) => n + f(rs), 0);
    const old = d.status ?? {};
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    const maxUnavailable =
      d.spec.strategy?.type === 'Recreate'
        ? 0
        : intOrPercent(ru.maxUnavailable ?? '25%', replicas, false);
    const st: Json = {
      observedGeneration: d.metadata.generation,
      replicas: sum((rs) => rs.status?.replicas ?? 0),
      updatedReplicas: newRS?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
      availableReplicas: sum((rs) => rs.status?.availableReplicas ?? 0),
    };
    st.unavailableReplicas = Math.max(0, replicas - st.availableReplicas);
    for (const k of [
      'replicas',
      'updatedReplicas',
      'readyReplicas',
      'availableReplicas',
      'unavailableReplicas',
    ]) {
      if (st[k] === 0) delete st[k];
    }
    const n = (k: string, s: Json) => s[k] ?? 0;
    const conds: Json[] = clone(old.conditions ?? []);
    const available = n('availableReplicas', st) >= replicas - maxUnavailable;
    setCondition(
      conds,
      'Available',
      available ? 'True' : 'False',
      available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
      available
        ? 'Deployment has minimum availability.'
        : 'Deployment does not have minimum availability.',
      condition(old, 'Available')?.status !== (available ? 'True' : 'False'),
    );
    const rsName = newRS?.metadata.name ?? d.metadata.name;
    const complete =
      !!newRS &&
      n('updatedReplicas', st) === replicas &&
      n('replicas', st) === replicas &&
      n('availableReplicas', st) === replicas &&
      d.metadata.generation === st.observedGeneration;
    const prog = condition(old, 'Progressing');
    const moved =
      progressed ||
      n('updatedReplicas', st) > n('updatedReplicas', old) ||
      n('readyReplicas', st) > n('readyReplicas', old) ||
      n('availableReplicas', st) > n('availableReplicas', old) ||
      n('replicas', st) < n('replicas', old) ||
      d.metadata.generation !== old.observedGeneration;
    const uid = d.metadata.uid;
    if (!this.progressAt.has(uid)) this.progressAt.set(uid, Date.now());
    if (d.spec.paused) {
      setCondition(
        conds,
        'Progressing',
        'Unknown',
        'DeploymentPaused',
        'Deployment is paused',
        prog?.reason !== 'DeploymentPaused',
      );
    } else if (complete) {
      setCondition(
        conds,
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        `ReplicaSet "${rsName}" has successfully progressed.`,
        prog?.reason !== 'NewReplicaSetAvailable',
      );
    } else if (moved) {
      this.progressAt.set(uid, Date.now());
      const reason =
        !prog || progressed
          ? prog
            ? 'ReplicaSetUpdated'
            : 'NewReplicaSetCreated'
          : 'ReplicaSetUpdated';
      setCondition(
        conds,
        'Progressing',
        'True',
        reason,
        reason === 'NewReplicaSetCreated'
          ? `Created new replica set "${rsName}"`
          : `ReplicaSet "${rsName}" is progressing.`,
      );
    } else if (prog?.reason !== 'ProgressDeadlineExceeded') {
      const deadlineMs = (d.spec.progressDeadlineSeconds ?? 600) * 1000 * this.timing.timeScale;
      const left = this.progressAt.get(uid)! + deadlineMs - Date.now();
      if (left <= 0) {
        setCondition(
          conds,
          'Progressing',
          'False',
          'ProgressDeadlineExceeded',
          `ReplicaSet "${rsName}" has timed out progressing.`,
        );
        this.event(
          d,
          'Warning',
          'ProgressDeadlineExceeded',
          `Deployment "${d.metadata.name}" has timed out progressing.`,
          'deployment-controller',
        );
      } else this.after(left + 1);
    }
    if (conds.length) st.conditions = conds;
    this.writeStatus(this.d.deploy, d, st);
  }

  // ---------------------------------------------------------------- ReplicaSets

  private reconcileReplicaSets() {
    const pods = this.api.list(this.d.pod, undefined);
    for (const rs of this.api.list(this.d.rs, undefined)) {
      if (rs.metadata.deletionTimestamp) continue;
      const mine = pods.filter(
        (p) => p.metadata.namespace === rs.metadata.namespace && owned(p, rs),
      );
      const active = mine.filter(
        (p) =>
          !p.metadata.deletionTimestamp &&
          p.status?.phase !== 'Failed' &&
          p.status?.phase !== 'Succeeded',
      );
      const want = rs.spec.replicas ?? 1;
      if (active.length < want) {
        for (let i = active.length; i < want; i++) this.createPod(rs);
      } else if (active.length > want) {
        const rank = (p: KObject) =>
          !p.spec?.nodeName ? 0 : p.status?.phase === 'Pending' ? 1 : !podReady(p) ? 2 : 3;
        const victims = [...active]
          .sort(
            (a, b) =>
              rank(a) - rank(b) ||
              b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp),
          )
          .slice(0, active.length - want);
        for (const p of victims) {
          this.api.delete(this.d.pod, p.metadata.namespace, p.metadata.name);
          this.event(
            rs,
            'Normal',
            'SuccessfulDelete',
            `Deleted pod: ${p.metadata.name}`,
            'replicaset-controller',
          );
        }
      }
      const minReadyMs = (rs.spec.minReadySeconds ?? 0) * 1000 * this.timing.timeScale;
      let availableCount = 0;
      for (const p of active) {
        if (!podReady(p)) continue;
        const since = this.runtimes.get(p.metadata.uid)?.readyAt ?? 0;
        const left = since + minReadyMs - Date.now();
        if (left <= 0) availableCount++;
        else this.after(left + 1);
      }
      const st: Json = {
        replicas: active.length,
        fullyLabeledReplicas: active.length,
        readyReplicas: active.filter(podReady).length,
        availableReplicas: availableCount,
        observedGeneration: rs.metadata.generation,
      };
      for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'])
        if (st[k] === 0) delete st[k];
      this.writeStatus(this.d.rs, rs, st);
    }
  }

  private createPod(rs: KObject) {
    const ns = rs.metadata.namespace!;
    const tpl = clone(rs.spec.template ?? {});
    const pod = this.api.create(this.d.pod, ns, {
      metadata: {
        generateName: `${rs.metadata.name}-`,
        namespace: ns,
        labels: tpl.metadata?.labels,
        annotations: tpl.metadata?.annotations,
        ownerReferences: [ownerRef(rs)],
      },
      spec: tpl.spec,
    });
    this.event(
      rs,
      'Normal',
      'SuccessfulCreate',
      `Created pod: ${pod.metadata.name}`,
      'replicaset-controller',
    );
  }

  // ---------------------------------------------------------------- kubelet

  private reconcilePods() {
    const seen = new Set<string>();
    for (const p of this.api.list(this.d.pod, undefined)) {
      seen.add(p.metadata.uid);
      let rt = this.runtimes.get(p.metadata.uid);
      if (!rt) {
        rt = {
          uid: p.metadata.uid,
          key: `${p.metadata.namespace}/${p.metadata.name}`,
          timers: new Set(),
          terminating: false,
          restarts: 0,
          ip: `10.244.${Math.floor(this.ipCounter / 250)}.${(this.ipCounter++ % 250) + 2}`,
        };
        this.runtimes.set(p.metadata.uid, rt);
        this.schedulePod(p, rt);
      }
      if (p.metadata.deletionTimestamp && !rt.terminating) this.terminate(p, rt);
    }
    for (const [uid, rt] of this.runtimes) {
      if (seen.has(uid)) continue;
      this.runtimes.delete(uid);
      for (const t of rt.timers) clearTimeout(t);
      if (rt.server) {
        this.plane.pods.delete(rt.key);
        void rt.server.stop();
      }
    }
  }

  private podTimer(rt: PodRuntime, ms: number, fn: () => void) {
    const t = setTimeout(
      () => {
        rt.timers.delete(t);
        if (this.stopped || !this.runtimes.has(rt.uid)) return;
        try {
          fn();
        } catch (e) {
          if (!(e instanceof ApiError)) console.error('sandbox kubelet error:', e);
        }
      },
      Math.max(0, ms),
    );
    rt.timers.add(t);
  }

  /** Apply `fn` to the pod's current status and write it (no-op if the pod is gone). */
  private podStatus(rt: PodRuntime, fn: (p: KObject, st: Json) => void) {
    const [ns, name] = rt.key.split('/') as [string, string];
    const p = this.api.tryGet(this.d.pod, ns, name);
    if (!p || p.metadata.uid !== rt.uid) return undefined;
    const st = clone(p.status ?? {});
    fn(p, st);
    this.writeStatus(this.d.pod, p, st);
    return p;
  }

  private schedulePod(p: KObject, rt: PodRuntime) {
    if (!p.spec?.nodeName) {
      this.writeSpec(this.d.pod, p, (x) => {
        x.spec.nodeName = 'sandbox-node';
      });
      this.event(
        p,
        'Normal',
        'Scheduled',
        `Successfully assigned ${rt.key} to sandbox-node`,
        'default-scheduler',
      );
    }
    this.podStatus(rt, (_p, st) => {
      st.phase = 'Pending';
      st.hostIP = '127.0.0.1';
      st.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: nowIso() }];
      st.qosClass ??= 'BestEffort';
    });
    this.podTimer(rt, this.timing.podStartDelayMs, () => this.startContainers(rt));
  }

  private containers(p: KObject): Json[] {
    return p.spec?.containers ?? [];
  }

  private startContainers(rt: PodRuntime) {
    const [ns, name] = rt.key.split('/') as [string, string];
    const p = this.api.tryGet(this.d.pod, ns, name);
    if (!p || p.metadata.deletionTimestamp) return;
    let fault: ImageFault | undefined;
    let faultImage = '';
    for (const c of this.containers(p)) {
      const f = this.faults.matchImage(String(c.image));
      if (f) {
        fault = f;
        faultImage = c.image;
        break;
      }
    }
    if (fault?.kind === 'pull-error') return this.pullError(rt, p, faultImage, 0);
    for (const c of this.containers(p)) {
      this.event(
        p,
        'Normal',
        'Pulled',
        `Container image "${c.image}" already present on machine`,
        'kubelet',
      );
      this.event(p, 'Normal', 'Created', `Created container ${c.name}`, 'kubelet');
      this.event(p, 'Normal', 'Started', `Started container ${c.name}`, 'kubelet');
    }
    if (fault?.kind === 'crash-loop') return this.crash(rt, p, faultImage, fault.exitCode ?? 1);
    void this.runServer(rt, p, fault);
  }

  private containerStatuses(p: KObject, state: (c: Json) => Json, ready: boolean, restarts = 0) {
    return this.containers(p).map((c: Json) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready,
      started: ready,
      restartCount: restarts,
      state: state(c),
    }));
  }

  private pullError(rt: PodRuntime, p: KObject, image: string, attempt: number) {
    const msg = `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found (sandbox fault)`;
    this.event(p, 'Normal', 'Pulling', `Pulling image "${image}"`, 'kubelet');
    this.event(p, 'Warning', 'Failed', msg, 'kubelet');
    this.event(p, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet');
    const set = (reason: string, message: string) =>
      this.podStatus(rt, (pod, st) => {
        st.phase = 'Pending';
        st.podIP = rt.ip;
        st.podIPs = [{ ip: rt.ip }];
        st.startTime ??= nowIso();
        st.containerStatuses = this.containerStatuses(
          pod,
          (c) =>
            c.image === image
              ? { waiting: { reason, message } }
              : { waiting: { reason: 'PodInitializing' } },
          false,
        );
        st.conditions = [
          { type: 'PodScheduled', status: 'True', lastTransitionTime: st.startTime },
          {
            type: 'Ready',
            status: 'False',
            reason: 'ContainersNotReady',
            message: `containers with unready status: [${this.containers(pod)
              .map((c) => c.name)
              .join(' ')}]`,
            lastTransitionTime: st.startTime,
          },
          {
            type: 'ContainersReady',
            status: 'False',
            reason: 'ContainersNotReady',
            lastTransitionTime: st.startTime,
          },
        ];
      });
    set('ErrImagePull', msg);
    const backoff = this.timing.backoffMs * 2 ** Math.min(attempt, 4);
    this.podTimer(rt, Math.min(backoff, this.timing.backoffMs), () => {
      set('ImagePullBackOff', `Back-off pulling image "${image}"`);
      this.event(p, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, 'kubelet');
      this.event(p, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet');
    });
    this.podTimer(rt, backoff * 2, () => {
      const cur = this.api.tryGet(this.d.pod, p.metadata.namespace, p.metadata.name);
      if (cur && !cur.metadata.deletionTimestamp) this.pullError(rt, cur, image, attempt + 1);
    });
  }

  private crash(rt: PodRuntime, p: KObject, image: string, exitCode: number) {
    rt.restarts++;
    const now = nowIso();
    this.podStatus(rt, (pod, st) => {
      st.phase = 'Running';
      st.podIP = rt.ip;
      st.podIPs = [{ ip: rt.ip }];
      st.startTime ??= now;
      st.containerStatuses = this.containerStatuses(
        pod,
        (c) =>
          c.image === image
            ? {
                waiting: {
                  reason: 'CrashLoopBackOff',
                  message: `back-off restarting failed container=${c.name} pod=${pod.metadata.name}`,
                },
              }
            : { running: { startedAt: st.startTime } },
        false,
        rt.restarts,
      );
      for (const cs of st.containerStatuses) {
        if (cs.image === image)
          cs.lastState = {
            terminated: { exitCode, reason: 'Error', startedAt: now, finishedAt: now },
          };
        else cs.restartCount = 0;
      }
      st.conditions = [
        { type: 'PodScheduled', status: 'True', lastTransitionTime: st.startTime },
        { type: 'Initialized', status: 'True', lastTransitionTime: st.startTime },
        {
          type: 'Ready',
          status: 'False',
          reason: 'ContainersNotReady',
          message: 'containers with unready status',
          lastTransitionTime: st.startTime,
        },
        {
          type: 'ContainersReady',
          status: 'False',
          reason: 'ContainersNotReady',
          lastTransitionTime: st.startTime,
        },
      ];
    });
    const c = this.containers(p).find((x: Json) => x.image === image);
    this.event(
      p,
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${c?.name} in pod ${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})`,
      'kubelet',
    );
    const backoff = this.timing.backoffMs * 2 ** Math.min(rt.restarts - 1, 4);
    this.podTimer(rt, backoff, () => {
      const cur = this.api.tryGet(this.d.pod, p.metadata.namespace, p.metadata.name);
      if (cur && !cur.metadata.deletionTimestamp) this.crash(rt, cur, image, exitCode);
    });
  }

  private async runServer(rt: PodRuntime, p: KObject, fault: ImageFault | undefined) {
    const c0 = this.containers(p)[0] ?? {};
    const image = String(c0.image ?? '');
    const tag = image.includes('@')
      ? image.split('@')[1]!
      : (image.split('/').pop()!.split(':')[1] ?? 'latest');
    const server = new PodServer({
      namespace: p.metadata.namespace!,
      name: p.metadata.name,
      image,
      color: p.metadata.labels?.['medimind.io/color'],
      version: p.metadata.labels?.['app.kubernetes.io/version'] ?? tag,
    });
    await server.start();
    if (this.stopped || !this.runtimes.has(rt.uid)) {
      await server.stop();
      return;
    }
    if (fault?.kind === 'slow') server.extraLatencyMs = Math.max(0, fault.latencyMs);
    if (fault?.kind === 'errors') {
      server.errorRate = Math.min(1, Math.max(0, fault.rate));
      server.errorStatus = fault.status ?? 500;
    }
    const app = appBehaviour(p, this.options.app);
    server.concurrencyLimit = app.concurrencyLimit;
    if (app.warmUpMs > 0) {
      server.warmUpUntil = Date.now() + app.warmUpMs;
      server.warmUpLatencyMs = app.warmUpLatencyMs;
      server.warmUpErrorRate = app.warmUpErrorRate;
    }
    rt.server = server;
    this.plane.pods.set(rt.key, server);
    const started = nowIso();
    const setStatus = (ready: boolean) =>
      this.podStatus(rt, (pod, st) => {
        st.phase = 'Running';
        st.podIP = rt.ip;
        st.podIPs = [{ ip: rt.ip }];
        st.startTime ??= started;
        st.containerStatuses = this.containerStatuses(
          pod,
          () => ({ running: { startedAt: started } }),
          ready,
        );
        const t = nowIso();
        const prevReady = (st.conditions ?? []).find((x: Json) => x.type === 'Ready');
        const lt =
          prevReady && (prevReady.status === 'True') === ready ? prevReady.lastTransitionTime : t;
        st.conditions = [
          { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: started },
          { type: 'Initialized', status: 'True', lastTransitionTime: started },
          ready
            ? { type: 'Ready', status: 'True', lastTransitionTime: lt }
            : {
                type: 'Ready',
                status: 'False',
                reason: 'ContainersNotReady',
                message: `containers with unready status: [${this.containers(pod)
                  .map((c) => c.name)
                  .join(' ')}]`,
                lastTransitionTime: lt,
              },
          ready
            ? { type: 'ContainersReady', status: 'True', lastTransitionTime: lt }
            : {
                type: 'ContainersReady',
                status: 'False',
                reason: 'ContainersNotReady',
                lastTransitionTime: lt,
              },
          { type: 'PodScheduled', status: 'True', lastTransitionTime: started },
        ];
      });
    setStatus(false);
    if (fault?.kind === 'never-ready') {
      this.podTimer(rt, this.timing.podReadyDelayMs, () =>
        this.event(
          p,
          'Warning',
          'Unhealthy',
          'Readiness probe failed: HTTP probe failed with statuscode: 503',
          'kubelet',
        ),
      );
      return;
    }
    // With a readinessProbe, Ready waits for its initialDelaySeconds and a failing app is noticed
    // after failureThreshold x periodSeconds (scaled); without one, the timing model above.
    const probe = c0.readinessProbe;
    const scaled = (seconds: number) => seconds * 1000 * this.timing.timeScale;
    const readyDelay =
      this.timing.podReadyDelayMs + scaled(Number(probe?.initialDelaySeconds) || 0);
    const noticeDelay = probe
      ? scaled((Number(probe.failureThreshold) || 3) * (Number(probe.periodSeconds) || 10))
      : 0;
    this.podTimer(rt, readyDelay, () => {
      if (rt.terminating) return;
      server.ready = true;
      rt.readyAt = Date.now();
      setStatus(true);
      if (fault?.kind === 'ready-then-fail') {
        this.podTimer(rt, fault.afterMs, () => {
          server.ready = false;
          if ((fault.mode ?? 'error') === 'error') server.failing = true;
          this.podTimer(rt, noticeDelay, () => {
            if (rt.terminating) return;
            setStatus(false);
            this.event(
              p,
              'Warning',
              'Unhealthy',
              'Readiness probe failed: HTTP probe failed with statuscode: 500',
              'kubelet',
            );
          });
        });
      }
    });
  }

  private terminate(p: KObject, rt: PodRuntime) {
    rt.terminating = true;
    for (const t of rt.timers) clearTimeout(t);
    rt.timers.clear();
    if (rt.server) rt.server.terminating = true;
    for (const c of this.containers(p))
      this.event(p, 'Normal', 'Killing', `Stopping container ${c.name}`, 'kubelet');
    const graceMs = (p.metadata.deletionGracePeriodSeconds ?? 0) * 1000 * this.timing.timeScale;
    const finish = () => {
      const cur = this.api.tryGet(this.d.pod, p.metadata.namespace, p.metadata.name);
      if (cur && cur.metadata.uid === rt.uid) this.api.finalize(this.d.pod, cur);
    };
    const server = rt.server;
    if (!server) return finish();
    // The kubelet's order: preStop (the app still serves, new connections too), then SIGTERM
    // handled by the app's policy, then SIGKILL when the grace period ends. The pod is gone as
    // soon as its process exits.
    const preStopMs = Math.min(
      graceMs,
      preStopSeconds(this.containers(p)[0]) * 1000 * this.timing.timeScale,
    );
    const policy = appBehaviour(p, this.options.app).sigtermPolicy;
    this.podTimer(rt, preStopMs, () => {
      void server.sigterm(policy).then(() => {
        if (!this.stopped && this.runtimes.has(rt.uid)) finish();
      });
    });
    this.podTimer(rt, graceMs, () => {
      void server.stop();
      finish();
    });
  }

  // ---------------------------------------------------------------- EndpointSlices

  private reconcileEndpointSlices() {
    const pods = this.api.list(this.d.pod, undefined);
    const slices = this.api
      .list(this.d.slice, undefined)
      .filter(
        (s) =>
          s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] ===
          'endpointslice-controller.k8s.io',
      );
    for (const svc of this.api.list(this.d.svc, undefined)) {
      const ns = svc.metadata.namespace!;
      const selector = svc.spec?.selector;
      if (!selector || Object.keys(selector).length === 0) continue;
      const selected = pods.filter(
        (p) =>
          p.metadata.namespace === ns && matchesMap(selector, p.metadata.labels) && p.status?.podIP,
      );
      const endpoints = selected
        .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
        .map((p) => {
          const terminating = !!p.metadata.deletionTimestamp;
          const serving = podReady(p);
          return {
            addresses: [p.status.podIP],
            conditions: {
              // publishNotReadyAddresses overrides readiness (as the real controller does)
              ready: svc.spec.publishNotReadyAddresses === true || (serving && !terminating),
              serving,
              terminating,
            },
            targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
            nodeName: p.spec?.nodeName,
            zone: 'sandbox-a',
          };
        });
      const ports = (svc.spec.ports ?? []).map((sp: Json) => {
        let port = sp.targetPort;
        if (typeof port === 'string') {
          for (const p of selected) {
            for (const c of this.containers(p)) {
              const cp = (c.ports ?? []).find((x: Json) => x.name === port);
              if (cp) port = cp.containerPort;
            }
          }
        }
        return {
          name: sp.name ?? '',
          port: typeof port === 'number' ? port : Number(port) || sp.port,
          protocol: sp.protocol ?? 'TCP',
        };
      });
      const mine = slices.filter(
        (s) =>
          s.metadata.namespace === ns &&
          s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name,
      );
      const [slice, ...extra] = mine;
      for (const s of extra) this.api.delete(this.d.slice, ns, s.metadata.name);
      if (!slice) {
        this.api.create(this.d.slice, ns, {
          metadata: {
            generateName: `${svc.metadata.name}-`,
            namespace: ns,
            labels: {
              'kubernetes.io/service-name': svc.metadata.name,
              'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
            },
            ownerReferences: [{ ...ownerRef(svc), blockOwnerDeletion: true }],
          },
          addressType: 'IPv4',
          endpoints,
          ports,
        });
      } else if (
        JSON.stringify(slice.endpoints ?? []) !== JSON.stringify(endpoints) ||
        JSON.stringify(slice.ports ?? []) !== JSON.stringify(ports)
      ) {
        this.api.update(this.d.slice, ns, slice.metadata.name, { ...slice, endpoints, ports });
      }
      this.syncEndpoints(svc, endpoints, ports);
    }
  }

  /** The legacy core/v1 Endpoints object (same name as the Service), as the endpoints controller keeps it. */
  private syncEndpoints(svc: KObject, endpoints: Json[], ports: Json[]) {
    const ns = svc.metadata.namespace!;
    const address = (e: Json) => ({
      ip: e.addresses[0],
      nodeName: e.nodeName,
      targetRef: e.targetRef,
    });
    const ready = endpoints.filter((e) => e.conditions.ready).map(address);
    const notReady = endpoints
      .filter((e) => !e.conditions.ready && !e.conditions.terminating)
      .map(address);
    const subsets =
      ready.length + notReady.length === 0
        ? []
        : [
            {
              ...(ready.length ? { addresses: ready } : {}),
              ...(notReady.length ? { notReadyAddresses: notReady } : {}),
              ports: ports.map((p) => ({
                ...(p.name ? { name: p.name } : {}),
                port: p.port,
                protocol: p.protocol,
              })),
            },
          ];
    const cur = this.api.tryGet(this.d.endpoints, ns, svc.metadata.name);
    if (!cur) {
      this.api.create(this.d.endpoints, ns, {
        metadata: {
          name: svc.metadata.name,
          namespace: ns,
          labels: svc.metadata.labels,
          ownerReferences: [ownerRef(svc)],
        },
        subsets,
      });
    } else if (JSON.stringify(cur.subsets ?? []) !== JSON.stringify(subsets)) {
      this.api.update(this.d.endpoints, ns, cur.metadata.name, { ...cur, subsets });
    }
  }

  // ---------------------------------------------------------------- HPAs

  private reconcileHpas() {
    for (const h of this.api.list(this.d.hpa, undefined)) {
      const ref = h.spec?.scaleTargetRef;
      if (ref?.kind !== 'Deployment') continue;
      const target = this.api.tryGet(this.d.deploy, h.metadata.namespace, ref.name);
      const min = h.spec.minReplicas ?? 1;
      const max = h.spec.maxReplicas ?? min;
      const conds: Json[] = clone(h.status?.conditions ?? []);
      if (!target) {
        setCondition(
          conds,
          'AbleToScale',
          'False',
          'FailedGetScale',
          `the HPA controller was unable to get the target's current scale: deployments.apps "${ref.name}" not found`,
          false,
        );
        this.writeStatus(this.d.hpa, h, {
          ...h.status,
          currentReplicas: 0,
          desiredReplicas: 0,
          conditions: conds,
        });
        continue;
      }
      const current = target.spec.replicas ?? 1;
      let desired = current;
      if (current > 0) desired = Math.min(max, Math.max(min, current));
      const scaled = desired === current && current > 0 ? this.scaleOnRate(h, target) : undefined;
      if (scaled) {
        this.writeStatus(this.d.hpa, h, scaled);
        continue;
      }
      if (this.options.hpaEnforceBounds && desired !== current) {
        this.writeSpec(this.d.deploy, target, (x) => {
          x.spec.replicas = desired;
        });
        this.event(
          h,
          'Normal',
          'SuccessfulRescale',
          `New size: ${desired}; reason: Current number of replicas ${current < min ? 'below Spec.MinReplicas' : 'above Spec.MaxReplicas'}`,
          'horizontal-pod-autoscaler',
        );
      }
      setCondition(
        conds,
        'AbleToScale',
        'True',
        'SucceededGetScale',
        "the HPA controller was able to get the target's current scale",
        false,
      );
      setCondition(
        conds,
        'ScalingActive',
        'False',
        'FailedGetResourceMetric',
        'the sandbox serves no resource metrics (metrics.k8s.io); only min/max bounds are enforced',
        false,
      );
      for (const c of conds) delete c.lastUpdateTime;
      this.writeStatus(this.d.hpa, h, {
        currentReplicas: target.status?.replicas ?? 0,
        desiredReplicas: this.options.hpaEnforceBounds ? desired : current,
        currentMetrics: null,
        conditions: conds,
      });
    }
  }

  /**
   * Scale on the pods' request rate when the HPA has a metric the sandbox measures (a Pods
   * metric with averageValue = requests/s per pod; cpu Utilization with `app.rpsAtFullCpu`),
   * every sync period (15 s x timeScale), with `behavior` honoured. Returns the status to
   * write, or undefined when the HPA has no such metric.
   */
  private scaleOnRate(h: KObject, target: KObject): Json | undefined {
    const metrics: Json[] = h.spec.metrics ?? [];
    const probe = { perPodRps: 0, readyPods: 1 };
    const rpsAtFullCpu = this.options.app.rpsAtFullCpu;
    if (!metrics.some((m) => metricProposal(m, 1, probe, rpsAtFullCpu))) return undefined;
    if (!this.options.hpaEnforceBounds) return undefined;
    const syncMs = Math.max(10, 15_000 * this.timing.timeScale);
    const now = Date.now();
    const pods = this.api
      .list(this.d.pod, target.metadata.namespace)
      .filter(
        (p) =>
          !p.metadata.deletionTimestamp &&
          matchesLabelSelector(target.spec.selector, p.metadata.labels),
      );
    const served = new Map<string, number>();
    for (const p of pods)
      served.set(p.metadata.uid, this.runtimes.get(p.metadata.uid)?.server?.served ?? 0);
    const st = this.hpaState.get(h.metadata.uid);
    const min = h.spec.minReplicas ?? 1;
    const max = h.spec.maxReplicas ?? min;
    const current = target.spec.replicas ?? 1;
    const conds: Json[] = clone(h.status?.conditions ?? []);
    const status = (desired: number, currentMetrics: Json[]) => {
      setCondition(
        conds,
        'AbleToScale',
        'True',
        'ReadyForNewScale',
        'recommended size matches current size',
        false,
      );
      setCondition(
        conds,
        'ScalingActive',
        'True',
        'ValidMetricFound',
        'the HPA was able to successfully calculate a replica count from the request rate',
        false,
      );
      for (const c of conds) delete c.lastUpdateTime;
      return {
        currentReplicas: target.status?.replicas ?? current,
        desiredReplicas: desired,
        currentMetrics,
        conditions: conds,
        ...(st?.history.events.length
          ? {
              lastScaleTime: new Date(st.history.events.at(-1)![0])
                .toISOString()
                .replace(/\.\d+Z$/, 'Z'),
            }
          : {}),
      };
    };
    if (!this.hpaTimer) {
      this.hpaTimer = setTimeout(() => {
        this.hpaTimer = undefined;
        this.schedule();
      }, syncMs);
    }
    if (!st) {
      this.hpaState.set(h.metadata.uid, {
        at: now,
        served,
        history: { recommendations: [], events: [] },
        metrics: [],
      });
      return status(current, []);
    }
    if (now - st.at < syncMs) return status(h.status?.desiredReplicas ?? current, st.metrics);
    let delta = 0;
    for (const [uid, n] of served) delta += Math.max(0, n - (st.served.get(uid) ?? 0));
    const readyPods = Math.max(1, pods.filter(podReady).length);
    const sample = { perPodRps: delta / ((now - st.at) / 1000) / readyPods, readyPods };
    st.at = now;
    st.served = served;
    const proposals = metrics
      .map((m) => metricProposal(m, current, sample, rpsAtFullCpu))
      .filter((x) => x !== undefined);
    st.metrics = proposals.map((x) => x.status);
    const raw = Math.min(max, Math.max(min, ...proposals.map((x) => x.replicas)));
    const scaleMs = (seconds: number) => seconds * 1000 * this.timing.timeScale;
    const desired = Math.min(
      max,
      Math.max(min, applyBehavior(h.spec.behavior, current, raw, now, st.history, scaleMs)),
    );
    if (desired !== current) {
      this.writeSpec(this.d.deploy, target, (x) => {
        x.spec.replicas = desired;
      });
      st.history.events.push([now, desired - current]);
      const m = proposals[0]!;
      this.event(
        h,
        'Normal',
        'SuccessfulRescale',
        `New size: ${desired}; reason: ${m.status.type === 'Pods' ? `pods metric ${m.status.pods.metric.name}` : 'cpu resource utilization (percentage of request)'} ${desired > current ? 'above' : 'below'} target`,
        'horizontal-pod-autoscaler',
      );
    }
    return status(desired, st.metrics);
  }

  // ---------------------------------------------------------------- PodDisruptionBudgets

  /** PDB status as the disruption controller computes it (no eviction API is enforced). */
  private reconcilePdbs() {
    for (const pdb of this.api.list(this.d.pdb, undefined)) {
      const pods = this.api
        .list(this.d.pod, pdb.metadata.namespace)
        .filter(
          (p) =>
            !p.metadata.deletionTimestamp &&
            matchesLabelSelector(pdb.spec?.selector, p.metadata.labels),
        );
      const expected = pods.length;
      const healthy = pods.filter(podReady).length;
      let desired = 0;
      if (pdb.spec?.minAvailable !== undefined)
        desired = intOrPercent(pdb.spec.minAvailable, expected, true);
      else if (pdb.spec?.maxUnavailable !== undefined)
        desired = Math.max(0, expected - intOrPercent(pdb.spec.maxUnavailable, expected, true));
      const allowed = Math.max(0, healthy - desired);
      const conds: Json[] = clone(pdb.status?.conditions ?? []);
      setCondition(
        conds,
        'DisruptionAllowed',
        allowed > 0 ? 'True' : 'False',
        allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
        '',
        false,
      );
      for (const c of conds) {
        delete c.lastUpdateTime;
        c.observedGeneration = pdb.metadata.generation;
      }
      this.writeStatus(this.d.pdb, pdb, {
        observedGeneration: pdb.metadata.generation,
        disruptionsAllowed: allowed,
        currentHealthy: healthy,
        desiredHealthy: desired,
        expectedPods: expected,
        conditions: conds,
      });
    }
  }
}
