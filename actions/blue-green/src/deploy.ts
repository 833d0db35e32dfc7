/**
 * The cutover, in order: lock → state → apply the idle colour → wait (watch)
 * until available and its preview endpoints are ready → smoke checks →
 * switch (resourceVersion precondition) → confirm live endpoints → analysis
 * (rollback on failure) → delayed scale-down of the old colour → final state.
 * Any failure or cancellation before the analysis passed leaves live traffic
 * on the old colour.
 */
import { setMaxListeners } from 'node:events';
import { isDeepStrictEqual } from 'node:util';
import { CancelledError, sleep as realSleep, type Sleep } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { info, warning } from '../../_shared/src/runner';
import {
  type CheckResult,
  type HttpGet,
  type PrometheusQuery,
  runAnalysis,
  runSmokeChecks,
  servedBy,
} from './checks';
import type { Config, Identity } from './config';
import { Annotations, type Color, Defaults, Labels, Reasons } from './constants';
import { allOrStop, type K8sObject, type Kube, paths } from './kube';
import { acquireLeases, type HeldLease } from './lease';
import {
  type AppManifests,
  colourSelector,
  deploymentName,
  renderDeployment,
  renderHpa,
  renderService,
} from './manifests';
import { annotate, createOrReplace, recordEvent, removeColour, scaleDown } from './ops';
import { type Outcome, type PodRow, perApp, Timeline } from './report';
import {
  type AppPlan,
  type AppState,
  alreadyDeployed,
  annotation,
  idleReplicas,
  phaseOf,
  planApp,
  readAppState,
  selectorColor,
} from './state';
import { revertSwitches, type SwitchRequest, type SwitchResult, switchAll } from './switch';
import { podReady, readyPods, waitAvailable, waitEndpoints } from './wait';

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

type AppRun = {
  m: AppManifests;
  state: AppState;
  plan: AppPlan;
  idle: string;
  /** The selector serving traffic before the switch (and restored by a rollback). */
  stableSelector?: Record<string, string>;
  /** The Deployment serving traffic before the switch. */
  stableDeployment?: string;
  /** The live Service as last written by us (the switch's precondition). */
  live?: K8sObject;
  idlePods: string[];
  hpaMin?: number;
  applied: boolean;
};

function colours(runs: readonly AppRun[], pick: (r: AppRun) => string | undefined): string {
  return perApp(runs.map((r) => [r.m.app, pick(r)] as const));
}

export function runIdentityAnnotations(cfg: Config, now: number): Record<string, string> {
  return {
    [Annotations.Commit]: cfg.run.commit,
    [Annotations.RunUrl]: cfg.run.runUrl,
    [Annotations.Actor]: cfg.run.actor,
    [Annotations.UpdatedAt]: new Date(now).toISOString(),
  };
}

/** Holds the lock around `body`, with a signal that also aborts when the lock is lost. */
export async function withLock<T>(
  cfg: Config,
  apps: readonly string[],
  deps: Deps,
  timeline: Timeline,
  body: (kube: Kube, lease: HeldLease) => Promise<T>,
): Promise<T> {
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
  const kube = deps.kube.with({ signal });
  try {
    return await body(kube, lease);
  } finally {
    await lease
      .release(deps.kube.with({ signal: AbortSignal.timeout(deps.cleanupTimeoutMs ?? 30_000) }))
      .catch((error) => warning(`Could not release the lock: ${error.message}`));
  }
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

function smokeFailure(results: readonly CheckResult[]): ActionFailure | undefined {
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) return undefined;
  return new ActionFailure(
    `Smoke checks failed (live traffic untouched, idle colour removed): ${failed.map((f) => `${f.name}: ${f.detail}`).join('; ')}`,
    Reasons.SmokeFailed,
  );
}

/** A selector without the pod-template-hash pin of a migration. */
function withoutPin(selector: Record<string, string> | undefined) {
  if (!selector) return undefined;
  const { 'pod-template-hash': _pin, ...rest } = selector;
  return rest;
}

/** A legacy Deployment's pods pinned by their pod-template-hash (so new colours are not picked up). */
async function legacySelector(
  kube: Kube,
  namespace: string,
  legacy: K8sObject,
): Promise<Record<string, string>> {
  const base: Record<string, string> = { ...legacy.spec?.selector?.matchLabels };
  const rss = await kube.list(paths.replicasets(namespace));
  const owned = rss.items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === legacy.metadata.uid))
    .filter((rs) => (rs.spec?.replicas ?? 0) > 0 && rs.metadata.labels?.['pod-template-hash'])
    .sort(
      (a, b) =>
        Number(b.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) -
        Number(a.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
    );
  const hash = owned[0]?.metadata.labels?.['pod-template-hash'];
  if (hash) base['pod-template-hash'] = hash;
  else warning(`Deployment ${legacy.metadata.name}: no ReplicaSet with a pod-template-hash found`);
  return base;
}

export async function deploy(
  cfg: Config,
  apps: readonly AppManifests[],
  deps: Deps,
): Promise<Result> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const step = async (s: Step) => {
    await deps.onStep?.(s);
  };
  const timeline = new Timeline(now);
  const ns = cfg.namespace;
  const outcome: Outcome = {
    mode: 'deploy',
    noop: false,
    activeColor: '',
    previousColor: '',
    releaseId: cfg.releaseId,
    rolledBack: false,
    switchedAt: '',
  };
  let runs: AppRun[] = [];
  try {
    await withLock(
      cfg,
      apps.map((a) => a.app),
      deps,
      timeline,
      async (kube) => {
        await step('locked');
        const cleanup = () =>
          deps.kube.with({ signal: AbortSignal.timeout(deps.cleanupTimeoutMs ?? 30_000) });
        const states = await timeline.phase(
          'Read state',
          () => Promise.all(apps.map((m) => readAppState(kube, ns, m.app))),
          (s) =>
            s
              .map(
                (a) =>
                  `${a.app}: ${selectorColor(a.live) ?? (a.live ? 'no colour' : 'no live Service')}${phaseOf(a.live) ? ` (${phaseOf(a.live)}, ${annotation(a.live, Annotations.ReleaseId) ?? '?'})` : ''}`,
              )
              .join('; '),
        );
        runs = states.map((state, i) => {
          const plan = planApp(state);
          return {
            m: apps[i]!,
            state,
            plan,
            idle: deploymentName(state.app, plan.idle),
            live: state.live,
            idlePods: [],
            applied: false,
          };
        });
        outcome.activeColor = colours(runs, (r) => selectorColor(r.state.live));
        outcome.previousColor = colours(runs, (r) =>
          annotation(r.state.live, Annotations.PreviousColor),
        );

        if (alreadyDeployed(states, cfg.releaseId)) {
          outcome.noop = true;
          outcome.switchedAt = colours(runs, (r) =>
            annotation(r.state.live, Annotations.SwitchedAt),
          );
          await timeline.phase('Converge', () => finishPendingScaleDown(kube, cfg, runs, deps));
          return;
        }

        let switchedYet = false;
        try {
          // An interrupted earlier run left traffic on an unverified colour: put it back first.
          const reverts = runs.filter((r) => r.plan.revertTo);
          if (reverts.length > 0) {
            await timeline.phase('Undo interrupted switch', async () => {
              for (const r of reverts) {
                const prevColor = r.plan.stable;
                r.live = (
                  await switchAll(kube, cleanup(), ns, [
                    {
                      app: r.m.app,
                      service: r.m.app,
                      decidedOn: r.state.live,
                      selector: r.plan.revertTo!,
                      annotations: {
                        [Annotations.ActiveColor]: prevColor ?? null,
                        [Annotations.ReleaseId]:
                          annotation(r.state.live, Annotations.PreviousReleaseId) ?? null,
                        [Annotations.Phase]: 'rolled-back',
                        [Annotations.FailedReleaseId]:
                          annotation(r.state.live, Annotations.ReleaseId) ?? null,
                      },
                    },
                  ])
                )[0]!.after;
                const expected = prevColor
                  ? await readyPods(kube, ns, r.m.app, prevColor)
                  : undefined;
                if (expected?.length) {
                  await waitEndpoints(
                    kube,
                    ns,
                    r.m.app,
                    expected,
                    now() + cfg.rolloutTimeoutMs,
                    now,
                  );
                }
              }
            });
          }

          // A colourless Deployment serves now: pin the live selector to its pods first.
          for (const r of runs) {
            if (r.plan.kind === 'migration' && r.live && !selectorColor(r.live) && r.state.legacy) {
              const pinned = await legacySelector(kube, ns, r.state.legacy);
              if (!isDeepStrictEqual(pinned, r.live.spec?.selector) && !cfg.dryRun) {
                const [done] = await switchAll(kube, cleanup(), ns, [
                  {
                    app: r.m.app,
                    service: r.m.app,
                    decidedOn: r.live,
                    selector: pinned,
                    annotations: {},
                  },
                ]);
                r.live = done!.after;
              }
            }
            r.stableSelector = r.live?.spec?.selector;
            r.stableDeployment =
              r.plan.kind === 'migration' && !r.plan.stable
                ? r.state.legacy?.metadata.name
                : r.plan.stable
                  ? deploymentName(r.m.app, r.plan.stable)
                  : undefined;
          }

          if (cfg.dryRun) {
            timeline.skip(
              'Apply idle colour',
              `dry run: would deploy ${runs.map((r) => `${r.idle} (${r.plan.kind})`).join(', ')}`,
            );
            return;
          }

          await timeline.phase(
            'Apply idle colour',
            () =>
              allOrStop(kube, runs, async (kube, r) => {
                const stable = r.stableDeployment
                  ? (r.state.deployments[r.plan.stable as Color] ?? r.state.legacy)
                  : undefined;
                const hpaMin: number | undefined = r.m.hpa?.spec?.minReplicas;
                const replicas = idleReplicas(r.m.deployment.spec?.replicas, hpaMin, stable);
                const opts = {
                  color: r.plan.idle,
                  namespace: ns,
                  releaseId: cfg.releaseId,
                  replicas,
                  images: cfg.images,
                };
                const deployment = renderDeployment(r.m, opts);
                const hpa = renderHpa(r.m, opts);
                r.applied = true;
                if (hpa) {
                  // Until the switch, the HPA may not shrink the idle colour below the live size.
                  r.hpaMin = hpa.spec.minReplicas;
                  hpa.spec.minReplicas = Math.min(
                    Math.max(hpa.spec.minReplicas ?? 1, replicas),
                    hpa.spec.maxReplicas ?? replicas,
                  );
                  await createOrReplace(kube, paths.hpas(ns), hpa);
                }
                await createOrReplace(kube, paths.deployments(ns), deployment);
                // The preview Service follows the idle colour (never live traffic).
                const preview = await kube.get(paths.service(ns, `${r.m.app}-preview`));
                const previewSelector = colourSelector(
                  r.m.app,
                  preview?.spec?.selector ?? r.m.previewService?.spec?.selector,
                  r.plan.idle,
                );
                await switchAll(kube, cleanup(), ns, [
                  {
                    app: r.m.app,
                    service: `${r.m.app}-preview`,
                    decidedOn: preview,
                    create: renderService(
                      r.m.previewService,
                      `${r.m.app}-preview`,
                      r.m.app,
                      ns,
                      r.plan.idle,
                    ),
                    selector: previewSelector,
                    annotations: { [Annotations.ReleaseId]: cfg.releaseId },
                  },
                ]).catch(async (error) => {
                  // The preview Service is not live traffic: a concurrent edit there is re-applied.
                  const fresh = await kube.get(paths.service(ns, `${r.m.app}-preview`));
                  if (!fresh) throw error;
                  await kube.replace(paths.service(ns, fresh.metadata.name), {
                    ...fresh,
                    spec: { ...fresh.spec, selector: previewSelector },
                  });
                });
                if (r.live) {
                  const annotated = await annotate(
                    kube,
                    ns,
                    r.m.app,
                    { [Annotations.Phase]: 'deploying', [Annotations.FailedReleaseId]: null },
                    now(),
                  );
                  if (annotated) {
                    if (!isDeepStrictEqual(annotated.spec?.selector, r.stableSelector)) {
                      throw new ActionFailure(
                        `Service ${r.m.app}: its selector changed while deploying (now ${JSON.stringify(annotated.spec?.selector)}); refusing to continue`,
                        Reasons.SwitchConflict,
                      );
                    }
                    r.live = annotated;
                  }
                }
                await recordEvent(
                  kube,
                  ns,
                  r.live ?? preview,
                  'BlueGreenApplied',
                  `Release ${cfg.releaseId}: ${r.idle} applied with ${replicas} replicas`,
                  'Normal',
                  now(),
                );
              }),
            () => runs.map((r) => r.idle).join(', '),
          );
          await step('applied');

          const rolloutUntil = now() + cfg.rolloutTimeoutMs;
          await timeline.phase(
            'Wait for rollout',
            () =>
              allOrStop(kube, runs, async (kube, r) => {
                await waitAvailable(kube, {
                  namespace: ns,
                  app: r.m.app,
                  deployment: r.idle,
                  color: r.plan.idle,
                  releaseId: cfg.releaseId,
                  until: rolloutUntil,
                  timeoutMs: cfg.rolloutTimeoutMs,
                  now,
                });
                r.idlePods = await readyPods(kube, ns, r.m.app, r.plan.idle, cfg.releaseId);
                await waitEndpoints(kube, ns, `${r.m.app}-preview`, r.idlePods, rolloutUntil, now);
              }),
            () => runs.map((r) => `${r.idle}: ${r.idlePods.length} ready`).join(', '),
          );
          await step('ready');

          if (cfg.smokeChecks.length > 0) {
            await timeline.phase(
              'Smoke checks',
              async () => {
                const res = await runSmokeChecks(
                  deps.http,
                  cfg.smokeChecks,
                  runs.map((r) => ({ app: r.m.app, service: `${r.m.app}-preview` })),
                  { signal: kube.signal, sleep, until: now() + cfg.smokeTimeoutMs, now },
                );
                for (const x of res) info(`${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}`);
                const failure = smokeFailure(res);
                if (failure) throw failure;
                return res;
              },
              (res) => `${res.length} passed`,
            );
          } else {
            timeline.skip('Smoke checks', 'no smoke-checks configured');
          }
          await step('smoke-passed');

          const switchedAt = new Date(now()).toISOString();
          const switched = await timeline.phase(
            'Switch',
            () =>
              switchAll(
                kube,
                cleanup(),
                ns,
                runs.map(
                  (r): SwitchRequest => ({
                    app: r.m.app,
                    service: r.m.app,
                    decidedOn: r.live,
                    create: renderService(r.m.liveService, r.m.app, r.m.app, ns, r.plan.idle),
                    selector: colourSelector(
                      r.m.app,
                      withoutPin(r.stableSelector ?? r.m.liveService?.spec?.selector),
                      r.plan.idle,
                    ),
                    annotations: {
                      [Annotations.ActiveColor]: r.plan.idle,
                      [Annotations.PreviousColor]: r.plan.stable ?? null,
                      [Annotations.PreviousSelector]: r.stableSelector
                        ? JSON.stringify(r.stableSelector)
                        : null,
                      [Annotations.PreviousDeployment]: r.stableDeployment ?? null,
                      [Annotations.ReleaseId]: cfg.releaseId,
                      [Annotations.PreviousReleaseId]:
                        annotation(r.live, Annotations.ReleaseId) ?? null,
                      [Annotations.Phase]: 'switched',
                      [Annotations.SwitchedAt]: switchedAt,
                      [Annotations.FailedReleaseId]: null,
                      ...runIdentityAnnotations(cfg, now()),
                    },
                  }),
                ),
              ),
            (s) => s.map((x) => `${x.app} → ${selectorColor(x.after)}`).join(', '),
          );
          switchedYet = true;
          outcome.activeColor = colours(runs, (r) => r.plan.idle);
          outcome.previousColor = colours(runs, (r) => r.plan.stable);
          outcome.switchedAt = switchedAt;
          for (const s of switched) {
            const r = runs.find((x) => x.m.app === s.app)!;
            r.live = s.after;
          }
          await Promise.all(
            runs.map((r) =>
              recordEvent(
                kube,
                ns,
                r.live,
                'BlueGreenSwitched',
                `Release ${cfg.releaseId}: traffic switched to ${r.plan.idle}`,
                'Normal',
                now(),
              ),
            ),
          );
          try {
            await step('switched');
            await timeline.phase('Confirm live endpoints', () =>
              allOrStop(kube, runs, (kube, r) =>
                waitEndpoints(kube, ns, r.m.app, r.idlePods, now() + cfg.rolloutTimeoutMs, now),
              ),
            );
            if (cfg.analysis) {
              const analysis = cfg.analysis;
              const isNew = (app: string, who: string | undefined) =>
                servesNewColour(runs.find((r) => r.m.app === app)!, cfg.releaseId, who);
              let stepped = Promise.resolve();
              const result = await timeline.phase(
                'Analysis',
                async () => {
                  // Count only what the new colour answered: first make sure the live route reaches it.
                  if (analysis.identity) {
                    await confirmLiveRoute(
                      runs,
                      analysis.identity,
                      cfg,
                      deps.http,
                      kube.signal,
                      isNew,
                      now,
                      sleep,
                    );
                  } else if (analysis.initialDelayMs > 0) {
                    info(
                      `Waiting ${formatDuration(analysis.initialDelayMs)} for the route to reach the new colour (analysis initial-delay)`,
                    );
                    await sleep(analysis.initialDelayMs, kube.signal);
                  }
                  const outcome = await runAnalysis(
                    analysis,
                    deps.http,
                    runs.map((r) => ({ app: r.m.app, service: r.m.app })),
                    deps.prometheus,
                    {
                      signal: kube.signal,
                      sleep,
                      isNew: analysis.identity ? isNew : undefined,
                      onRound: (round) => {
                        for (const x of round.results) {
                          const who = x.servedBy ? ` (served by ${x.servedBy})` : '';
                          info(
                            `round ${round.round}: ${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}${who}`,
                          );
                        }
                        if (!round.counted)
                          info(`round ${round.round}: not counted (answered by the old colour)`);
                        stepped = stepped.then(() => step('analysis-round'));
                      },
                    },
                  );
                  await stepped;
                  return outcome;
                },
                (a) => `${a.rounds.length} rounds, ${a.samples} counted, ${a.failures} failed`,
              );
              if (!result.ok) {
                const last = result.rounds.at(-1)!;
                throw new ActionFailure(
                  `Analysis failed after the switch (${result.failures} failed rounds, failure-limit ${analysis.failureLimit}): ${last.results
                    .filter((x) => !x.ok)
                    .map((x) => `${x.name}: ${x.detail}`)
                    .join('; ')}`,
                  Reasons.AnalysisFailed,
                );
              }
              if (result.samples < analysis.minSamples) {
                throw new ActionFailure(
                  `Analysis inconclusive: only ${result.samples} of ${result.rounds.length} rounds were answered by the new colour (min-samples ${analysis.minSamples}); not a pass`,
                  Reasons.AnalysisInconclusive,
                );
              }
            } else {
              timeline.skip('Analysis', 'no analysis configured');
            }
          } catch (error) {
            // Not verified: traffic goes back to the old colour, still running at full size.
            const reverted = await rollBackSwitch(
              error,
              kube,
              cleanup,
              cfg,
              runs,
              switched,
              timeline,
              now,
            ).catch((rollbackError) => {
              warning(
                `Could not switch traffic back (a rerun will, before anything else): ${(rollbackError as Error).message}`,
              );
              return false;
            });
            if (reverted) {
              outcome.rolledBack = true;
              outcome.activeColor = colours(runs, (r) => r.plan.stable);
              outcome.previousColor = colours(runs, (r) => r.plan.idle);
              if (!(error instanceof CancelledError) && !kube.signal?.aborted) {
                await timeline.phase('Scale down failed colour', async () => {
                  await sleep(cfg.scaleDownDelayMs, kube.signal);
                  await Promise.all(runs.map((r) => scaleDown(kube, ns, r.idle)));
                });
              } else {
                await timeline.phase('Clean up after cancel', () =>
                  scaleDownAborted(cleanup(), cfg, runs, deps.cleanupTimeoutMs ?? 30_000),
                );
              }
            }
            throw error;
          }
          // The commit point: recorded even if a cancellation arrives now (a clean-up client),
          // so a rerun converges forward (scale-down) rather than back.
          for (const r of runs) {
            r.live =
              (await annotate(
                cleanup(),
                ns,
                r.m.app,
                { [Annotations.Phase]: 'succeeded' },
                now(),
              )) ?? r.live;
            if (r.hpaMin !== undefined) {
              await cleanup()
                .patch(paths.hpa(ns, r.idle), { spec: { minReplicas: r.hpaMin } })
                .catch((e) =>
                  warning(`HPA ${r.idle}: could not restore minReplicas: ${e.message}`),
                );
            }
          }
          await step('analysis-passed');
          await finishPendingScaleDown(kube, cfg, runs, deps, timeline);
          await step('done');
        } catch (error) {
          if (!switchedYet) {
            const k = kube.signal?.aborted ? cleanup() : kube;
            await failBeforeSwitch(
              error,
              k,
              cfg,
              runs,
              timeline,
              now,
              deps.cleanupTimeoutMs ?? 30_000,
            ).catch((e) => warning(`Clean-up after the failure did not finish: ${e.message}`));
          }
          throw error;
        }
      },
    );
  } catch (error) {
    outcome.error = error;
  }
  let pods: PodRow[] = [];
  try {
    pods = await collectPods(
      deps.kube.with({ signal: AbortSignal.timeout(10_000) }),
      ns,
      apps.map((a) => a.app),
    );
  } catch {}
  return { outcome, timeline, pods };
}

/** Whether an answer's identity names the new colour: one of its pods, the colour, or the release. */
function servesNewColour(r: AppRun, releaseId: string, who: string | undefined): boolean {
  if (!who) return false;
  if (who === r.plan.idle || who === releaseId || r.idlePods.includes(who)) return true;
  // A pod the new colour's ReplicaSet started later (HPA): <deployment>-<hash>-<suffix>.
  return who.startsWith(`${r.idle}-`) && /^[a-z0-9]+-[a-z0-9]+$/.test(who.slice(r.idle.length + 1));
}

/** Consecutive answers from the new colour that confirm the live route reaches it. */
const ROUTE_CONFIRMATIONS = 3;

/**
 * Polls each live route until it answered from the new colour
 * ROUTE_CONFIRMATIONS times in a row (within rollout-timeout): endpoints being
 * ready says nothing about kube-proxy, an ingress or a load balancer.
 */
async function confirmLiveRoute(
  runs: readonly AppRun[],
  identity: Identity,
  cfg: Config,
  http: HttpGet,
  signal: AbortSignal | undefined,
  isNew: (app: string, who: string | undefined) => boolean,
  now: () => number,
  sleep: Sleep,
): Promise<void> {
  const until = now() + cfg.rolloutTimeoutMs;
  await Promise.all(
    runs.map(async (r) => {
      let streak = 0;
      let last = 'nothing yet';
      while (streak < ROUTE_CONFIRMATIONS) {
        if (now() > until) {
          throw new ActionFailure(
            `Analysis inconclusive: the live route of ${r.m.app} did not answer from ${r.plan.idle} ${ROUTE_CONFIRMATIONS} times in a row within ${formatDuration(cfg.rolloutTimeoutMs)} (rollout-timeout); last answer: ${last}`,
            Reasons.AnalysisInconclusive,
          );
        }
        try {
          const answer = await http(r.m.app, identity.path, 5000, signal);
          const who = servedBy(identity, answer);
          last =
            who ??
            `no ${identity.header ? `header ${identity.header}` : `field ${identity.field}`}`;
          streak = isNew(r.m.app, who) ? streak + 1 : 0;
        } catch (error) {
          signal?.throwIfAborted();
          streak = 0;
          last = `request failed: ${(error as Error).message}`;
        }
        if (streak < ROUTE_CONFIRMATIONS) await sleep(streak > 0 ? 10 : 50, signal);
      }
      info(`${r.m.app}: the live route answers from ${r.plan.idle} (${last})`);
    }),
  );
}

/**
 * Before the switch, nothing live changed: the idle colour is removed (a
 * cancellation leaves it for the rerun) and the failure recorded.
 */
async function failBeforeSwitch(
  error: unknown,
  kube: Kube,
  cfg: Config,
  runs: readonly AppRun[],
  timeline: Timeline,
  now: () => number,
  cleanupMs: number,
): Promise<void> {
  const cancelled = error instanceof CancelledError;
  await timeline.phase(cancelled ? 'Clean up after cancel' : 'Remove idle colour', async () => {
    if (cancelled) await scaleDownAborted(kube, cfg, runs, cleanupMs);
    for (const r of runs.filter((x) => x.applied)) {
      if (!cancelled) await removeColour(kube, cfg.namespace, r.idle);
      if (r.live) {
        await annotate(
          kube,
          cfg.namespace,
          r.m.app,
          {
            [Annotations.Phase]: 'failed',
            [Annotations.FailedReleaseId]: cfg.releaseId,
          },
          now(),
        );
      }
      await recordEvent(
        kube,
        cfg.namespace,
        r.live,
        'BlueGreenFailed',
        `Release ${cfg.releaseId} not switched: ${(error as Error)?.message ?? error}`,
        'Warning',
        now(),
      );
    }
  });
}

/**
 * After a cancellation the idle colour is kept (a rerun reuses the Deployment)
 * but scaled to zero after abort-scale-down-delay, so expensive pods (GPU) do
 * not idle until a rerun. Bounded by the clean-up time; never a live colour
 * (scaleDown re-reads the live Services).
 */
async function scaleDownAborted(
  kube: Kube,
  cfg: Config,
  runs: readonly AppRun[],
  cleanupMs: number,
): Promise<void> {
  const idle = runs.filter((r) => r.applied);
  if (idle.length === 0) return;
  const wait = Math.min(cfg.abortScaleDownDelayMs, cleanupMs / 2);
  if (wait > 0) {
    info(`Scaling the cancelled colour down in ${formatDuration(wait)} (abort-scale-down-delay)`);
    await realSleep(wait);
  }
  for (const r of idle) {
    await scaleDown(kube, cfg.namespace, r.idle).catch((e) =>
      warning(`${r.idle}: not scaled down after the cancellation: ${e.message}`),
    );
  }
}

/** Switches every app back to the selector it had; true when traffic is on the old colour again. */
async function rollBackSwitch(
  error: unknown,
  kube: Kube,
  cleanup: () => Kube,
  cfg: Config,
  runs: readonly AppRun[],
  switched: readonly SwitchResult[],
  timeline: Timeline,
  now: () => number,
): Promise<boolean> {
  if (runs.some((r) => !r.stableSelector)) {
    warning('This was a first deploy: there is no previous colour to roll back to');
    for (const r of runs) {
      await annotate(
        cleanup(),
        cfg.namespace,
        r.m.app,
        { [Annotations.Phase]: 'failed', [Annotations.FailedReleaseId]: cfg.releaseId },
        now(),
      ).catch(() => {});
    }
    return false;
  }
  const k = error instanceof CancelledError || kube.signal?.aborted ? cleanup() : kube;
  await timeline.phase('Roll back', async () => {
    const reverted = await revertSwitches(k, cfg.namespace, switched, {
      [Annotations.Phase]: 'rolled-back',
      [Annotations.FailedReleaseId]: cfg.releaseId,
      ...runIdentityAnnotations(cfg, now()),
    });
    await Promise.all(
      runs.map(async (r) => {
        r.live = reverted.find((s) => s.metadata.name === r.m.app) ?? r.live;
        const color = r.plan.stable;
        const expected = color
          ? await readyPods(k, cfg.namespace, r.m.app, color)
          : await readyPodsOf(k, cfg.namespace, r.stableSelector!);
        await waitEndpoints(k, cfg.namespace, r.m.app, expected, now() + 30_000, now);
        await recordEvent(
          k,
          cfg.namespace,
          r.live,
          'BlueGreenRolledBack',
          `Release ${cfg.releaseId} rolled back to ${color ?? 'the previous Deployment'}: ${(error as Error)?.message ?? error}`,
          'Warning',
          now(),
        );
      }),
    );
  });
  return true;
}

async function readyPodsOf(
  kube: Kube,
  namespace: string,
  selector: Record<string, string>,
): Promise<string[]> {
  const list = await kube.list(paths.pods(namespace), {
    labelSelector: Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
  });
  return list.items.filter(podReady).map((p) => p.metadata.name);
}

/**
 * Keeps the old colour for scale-down-delay after the switch (endpoint
 * propagation, load balancer deregistration, in-flight requests), then scales
 * it down and records the release as complete. Also finishes a scale-down
 * that an earlier, interrupted run left pending.
 */
async function finishPendingScaleDown(
  kube: Kube,
  cfg: Config,
  runs: readonly AppRun[],
  deps: Deps,
  timeline?: Timeline,
): Promise<void> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const pending = runs.filter((r) => {
    const live = r.live ?? r.state.live;
    return phaseOf(live) === 'succeeded' || phaseOf(live) === 'switched';
  });
  if (pending.length === 0) return;
  const work = async () => {
    const switchedAt = Math.max(
      ...pending.map(
        (r) => Date.parse(annotation(r.live ?? r.state.live, Annotations.SwitchedAt) ?? '') || 0,
      ),
    );
    const wait = switchedAt + cfg.scaleDownDelayMs - now();
    if (wait > 0) {
      info(`Keeping the old colour for ${formatDuration(Math.ceil(wait))} (scale-down-delay)`);
      await sleep(wait, kube.signal);
    }
    for (const r of pending) {
      const live = r.live ?? r.state.live;
      const old = annotation(live, Annotations.PreviousDeployment);
      if (old && old !== deploymentName(r.m.app, selectorColor(live) ?? 'blue')) {
        await scaleDown(kube, cfg.namespace, old);
      }
      r.live =
        (await annotate(
          kube,
          cfg.namespace,
          r.m.app,
          { [Annotations.Phase]: 'complete' },
          now(),
        )) ?? live;
      await recordEvent(
        kube,
        cfg.namespace,
        r.live,
        'BlueGreenComplete',
        `Release ${cfg.releaseId} complete${old ? `; ${old} scaled down` : ''}`,
        'Normal',
        now(),
      );
    }
  };
  if (timeline) await timeline.phase('Scale down old colour', work);
  else await work();
}
