/**
 * What deploy, rollback and finalize share: the lock held around the work, the
 * clients (the run's, cancelled with it, and a clean-up one that outlives a
 * cancellation), the outcome and timeline, the run's identity annotations, and
 * the pod table collected at the end whatever happened.
 */
import { setMaxListeners } from 'node:events';
import { sleep as realSleep, type Sleep } from '../../_shared/src/cancel';
import { formatDuration } from '../../_shared/src/inputs';
import { info, warning } from '../../_shared/src/runner';
import type { HttpGet, PrometheusQuery } from './checks';
import type { Config } from './config';
import { Annotations, Defaults, Labels, type Mode } from './constants';
import { type Kube, paths } from './kube';
import { acquireLeases } from './lease';
import { type Outcome, type PodRow, Timeline } from './report';
import { podReady } from './wait';

/** Points a test can stop at (onStep). */
export type Step =
  | 'locked'
  | 'applied'
  | 'ready'
  | 'smoke-passed'
  | 'switched'
  | 'analysis-round'
  | 'analysis-passed'
  | 'done';

export type Deps = {
  /** The client without the run's cancellation (lease upkeep, clean-up); its deadline is the run's. */
  kube: Kube;
  /** SIGINT/SIGTERM and the overall deadline. */
  signal: AbortSignal;
  http: HttpGet;
  prometheus?: PrometheusQuery;
  now?: () => number;
  sleep?: Sleep;
  leaseDurationSeconds?: number;
  /** Time allowed to put traffic back after a cancellation. */
  cleanupTimeoutMs?: number;
  /** Called after each step (tests cancel here). */
  onStep?: (step: Step) => void | Promise<void>;
};

export type Result = { outcome: Outcome; timeline: Timeline; pods: PodRow[] };

export const DEFAULT_CLEANUP_TIMEOUT_MS = 30_000;

/** The context every phase of a run takes. */
export type Session = {
  cfg: Config;
  deps: Deps;
  /** Cancelled by SIGINT/SIGTERM, the overall deadline, or losing the lock. */
  kube: Kube;
  /** A fresh client for work that must finish after a cancellation (bounded by cleanupTimeoutMs). */
  cleanup(): Kube;
  cleanupTimeoutMs: number;
  timeline: Timeline;
  outcome: Outcome;
  now: () => number;
  sleep: Sleep;
  step(step: Step): Promise<void>;
};

export function runIdentityAnnotations(cfg: Config, now: number): Record<string, string> {
  return {
    [Annotations.Commit]: cfg.run.commit,
    [Annotations.RunUrl]: cfg.run.runUrl,
    [Annotations.Actor]: cfg.run.actor,
    [Annotations.UpdatedAt]: new Date(now).toISOString(),
  };
}

/**
 * Runs `body` holding the lock of every app (one Lease each), with a client
 * that also aborts when a lease is lost; records any failure in the outcome and
 * collects the pod table at the end. Never throws.
 */
export async function runSession(
  cfg: Config,
  mode: Mode,
  apps: readonly string[],
  deps: Deps,
  body: (session: Session) => Promise<void>,
  options: { before?: (outcome: Outcome) => void } = {},
): Promise<Result> {
  const now = deps.now ?? Date.now;
  const timeline = new Timeline(now);
  const cleanupTimeoutMs = deps.cleanupTimeoutMs ?? DEFAULT_CLEANUP_TIMEOUT_MS;
  const cleanup = () => deps.kube.with({ signal: AbortSignal.timeout(cleanupTimeoutMs) });
  const outcome: Outcome = {
    mode,
    noop: false,
    activeColor: '',
    previousColor: '',
    releaseId: mode === 'deploy' ? cfg.releaseId : '',
    rolledBack: false,
    switchedAt: '',
  };
  try {
    options.before?.(outcome);
    const lease = await timeline.phase(
      'Lock',
      () =>
        acquireLeases({
          kube: deps.kube,
          signal: deps.signal,
          namespace: cfg.namespace,
          apps,
          holder: cfg.run.holder,
          annotations: {
            [Annotations.RunUrl]: cfg.run.runUrl,
            [Annotations.RunAttempt]: cfg.run.attempt,
            [Annotations.Job]: cfg.run.job,
            [Annotations.Actor]: cfg.run.actor,
          },
          durationSeconds: deps.leaseDurationSeconds ?? Defaults.LeaseDurationSeconds,
          lockTimeoutMs: cfg.lockTimeoutMs,
          now: deps.now,
          log: info,
        }),
      (l) =>
        `${cfg.namespace}/${l.names.join(', ')}${l.tookOverFrom ? `, taken over from ${l.tookOverFrom}` : ''}${l.waitedMs > 50 ? `, waited ${formatDuration(l.waitedMs)}` : ''}`,
    );
    const signal = AbortSignal.any([deps.signal, lease.lost]);
    // Every concurrent watch, check and sleep listens on it: dozens with several apps.
    setMaxListeners(0, signal, deps.signal);
    try {
      await body({
        cfg,
        deps,
        kube: deps.kube.with({ signal }),
        cleanup,
        cleanupTimeoutMs,
        timeline,
        outcome,
        now,
        sleep: deps.sleep ?? realSleep,
        step: async (s) => {
          await deps.onStep?.(s);
        },
      });
    } finally {
      await lease
        .release(cleanup())
        .catch((error) => warning(`Could not release the lock: ${error.message}`));
    }
  } catch (error) {
    outcome.error = error;
  }
  let pods: PodRow[] = [];
  try {
    pods = await collectPods(
      deps.kube.with({ signal: AbortSignal.timeout(10_000) }),
      cfg.namespace,
      apps,
    );
  } catch {}
  return { outcome, timeline, pods };
}

export async function collectPods(
  kube: Kube,
  namespace: string,
  apps: readonly string[],
): Promise<PodRow[]> {
  const rows: PodRow[] = [];
  for (const app of apps) {
    const list = await kube.list(paths.pods(namespace), { labelSelector: `${Labels.Name}=${app}` });
    for (const p of list.items) {
      if (p.metadata.deletionTimestamp) continue;
      rows.push({
        app,
        color: p.metadata.labels?.[Labels.Color] ?? '(none)',
        pod: p.metadata.name,
        ready: podReady(p),
        image: (p.spec?.containers ?? []).map((c: { image: string }) => c.image).join(', '),
      });
    }
  }
  return rows.sort((a, b) =>
    `${a.app}${a.color}${a.pod}`.localeCompare(`${b.app}${b.color}${b.pod}`),
  );
}
