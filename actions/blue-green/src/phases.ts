/**
 * The phases of a cutover, in order, each a function of one `DeployRun`:
 * read state → undo an interrupted switch → pin a legacy selector → apply the
 * idle colour → wait for its rollout → smoke checks → switch → verify live
 * endpoints → analyse → commit → scale the old colour down. And what happens
 * on failure: before the switch (remove the idle colour) or after it (switch
 * back). deploy.ts composes them.
 */
import { isDeepStrictEqual } from 'node:util';
import { CancelledError, sleep as realSleep } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { info, warning } from '../../_shared/src/runner';
import { type CheckResult, runAnalysis, runSmokeChecks, servedBy } from './checks';
import type { Identity } from './config';
import { Annotations, type Color, Reasons } from './constants';
import { allOrStop, type K8sObject, type Kube, paths } from './kube';
import {
  type AppManifests,
  deploymentName,
  renderDeployment,
  renderHpa,
  renderService,
  selectorForColor,
} from './manifests';
import {
  annotate,
  assertNotServing,
  createOrReplace,
  recordEvent,
  removeColor,
  scaleDown,
} from './ops';
import { perApp } from './report';
import { runIdentityAnnotations, type Session } from './session';
import {
  type AppPlan,
  type AppState,
  annotation,
  idleReplicas,
  phaseOf,
  planApp,
  readAppState,
  serviceColor,
} from './state';
import { revertSwitches, type SwitchRequest, type SwitchResult, switchAll } from './switch';
import { podReady, readyPods, waitAvailable, waitEndpoints } from './wait';

/** One app in a cutover. */
export type AppRun = {
  manifests: AppManifests;
  state: AppState;
  plan: AppPlan;
  /** Name of the idle colour's Deployment. */
  idleDeployment: string;
  /** The selector serving traffic before the switch (and restored by a rollback). */
  stableSelector?: Record<string, string>;
  /** The Deployment serving traffic before the switch. */
  stableDeployment?: string;
  /** The live Service as last written by us (the switch's precondition). */
  live?: K8sObject;
  idlePods: string[];
  /** The HPA's own minReplicas, raised until the switch. */
  hpaMin?: number;
  applied: boolean;
};

/** The context of every phase: the session and the apps, plus the switch once made. */
export type DeployRun = Session & {
  apps: AppRun[];
  /** Set by switchTraffic: what a rollback puts back. */
  switched?: SwitchResult[];
};

const appOf = (r: AppRun) => r.manifests.app;

/** An output value over the apps: one colour, or app=colour pairs. */
export function perAppValue(run: DeployRun, pick: (r: AppRun) => string | undefined): string {
  return perApp(run.apps.map((r) => [appOf(r), pick(r)] as const));
}

export async function readState(
  session: Session,
  manifests: readonly AppManifests[],
): Promise<DeployRun> {
  const { kube, cfg, timeline } = session;
  const states = await timeline.phase(
    'Read state',
    () => Promise.all(manifests.map((m) => readAppState(kube, cfg.namespace, m.app))),
    (s) =>
      s
        .map(
          (a) =>
            `${a.app}: ${serviceColor(a.live) ?? (a.live ? 'no colour' : 'no live Service')}${phaseOf(a.live) ? ` (${phaseOf(a.live)}, ${annotation(a.live, Annotations.ReleaseId) ?? '?'})` : ''}`,
        )
        .join('; '),
  );
  const apps = states.map((state, i): AppRun => {
    const plan = planApp(state);
    return {
      manifests: manifests[i]!,
      state,
      plan,
      idleDeployment: deploymentName(state.app, plan.idle),
      live: state.live,
      idlePods: [],
      applied: false,
    };
  });
  const run: DeployRun = { ...session, apps };
  run.outcome.activeColor = perAppValue(run, (r) => serviceColor(r.state.live));
  run.outcome.previousColor = perAppValue(run, (r) =>
    annotation(r.state.live, Annotations.PreviousColor),
  );
  return run;
}

/** An interrupted earlier run left traffic on an unverified colour: put it back first. */
export async function undoInterruptedSwitch(run: DeployRun): Promise<void> {
  const { kube, cfg, now } = run;
  const ns = cfg.namespace;
  const reverts = run.apps.filter((r) => r.plan.revertTo);
  if (reverts.length === 0) return;
  await run.timeline.phase('Undo interrupted switch', async () => {
    for (const r of reverts) {
      const previous = r.plan.stable;
      const [done] = await switchAll(kube, run.cleanup(), ns, [
        {
          app: appOf(r),
          service: appOf(r),
          decidedOn: r.state.live,
          selector: r.plan.revertTo!,
          annotations: {
            [Annotations.ActiveColor]: previous ?? null,
            [Annotations.ReleaseId]:
              annotation(r.state.live, Annotations.PreviousReleaseId) ?? null,
            [Annotations.Phase]: 'rolled-back',
            [Annotations.FailedReleaseId]: annotation(r.state.live, Annotations.ReleaseId) ?? null,
          },
        },
      ]);
      r.live = done!.after;
      const expected = previous ? await readyPods(kube, ns, appOf(r), previous) : undefined;
      if (expected?.length) {
        await waitEndpoints(kube, ns, appOf(r), expected, now() + cfg.rolloutTimeoutMs, now);
      }
    }
  });
}

/**
 * Records what serves now (restored by a rollback). A colourless Deployment
 * serving behind a colourless selector first gets the live selector pinned to
 * its pods, so the new colour's pods are not picked up before the switch.
 */
export async function pinStableSelectors(run: DeployRun): Promise<void> {
  const { kube, cfg } = run;
  for (const r of run.apps) {
    if (r.plan.kind === 'migration' && r.live && !serviceColor(r.live) && r.state.legacy) {
      const pinned = await legacySelector(kube, cfg.namespace, r.state.legacy);
      if (!isDeepStrictEqual(pinned, r.live.spec?.selector) && !cfg.dryRun) {
        const [done] = await switchAll(kube, run.cleanup(), cfg.namespace, [
          {
            app: appOf(r),
            service: appOf(r),
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
          ? deploymentName(appOf(r), r.plan.stable)
          : undefined;
  }
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

/** The idle colour's Deployment and HPA, pre-scaled; the preview Service pointed at it. */
export async function applyIdleColor(run: DeployRun): Promise<void> {
  const { cfg, now } = run;
  const ns = cfg.namespace;
  await run.timeline.phase(
    'Apply idle colour',
    () =>
      allOrStop(run.kube, run.apps, async (kube, r) => {
        const m = r.manifests;
        const stable = r.stableDeployment
          ? (r.state.deployments[r.plan.stable as Color] ?? r.state.legacy)
          : undefined;
        const hpaMin: number | undefined = m.hpa?.spec?.minReplicas;
        const replicas = idleReplicas(m.deployment.spec?.replicas, hpaMin, stable);
        const opts = {
          color: r.plan.idle,
          namespace: ns,
          releaseId: cfg.releaseId,
          replicas,
          images: cfg.images,
        };
        const deployment = renderDeployment(m, opts);
        const hpa = renderHpa(m, opts);
        // Replacing its pods is destructive too: never for a colour a live Service selects.
        await assertNotServing(kube, ns, r.idleDeployment, 'replace');
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
        const previewName = `${m.app}-preview`;
        const preview = await kube.get(paths.service(ns, previewName));
        const previewSelector = selectorForColor(
          m.app,
          preview?.spec?.selector ?? m.previewService?.spec?.selector,
          r.plan.idle,
        );
        await switchAll(kube, run.cleanup(), ns, [
          {
            app: m.app,
            service: previewName,
            decidedOn: preview,
            create: renderService(m.previewService, previewName, m.app, ns, r.plan.idle),
            selector: previewSelector,
            annotations: { [Annotations.ReleaseId]: cfg.releaseId },
          },
        ]).catch(async (error) => {
          // The preview Service is not live traffic: a concurrent edit there is re-applied.
          const fresh = await kube.get(paths.service(ns, previewName));
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
            m.app,
            { [Annotations.Phase]: 'deploying', [Annotations.FailedReleaseId]: null },
            now(),
          );
          if (annotated) {
            if (!isDeepStrictEqual(annotated.spec?.selector, r.stableSelector)) {
              throw new ActionFailure(
                `Service ${m.app}: its selector changed while deploying (now ${JSON.stringify(annotated.spec?.selector)}); refusing to continue`,
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
          `Release ${cfg.releaseId}: ${r.idleDeployment} applied with ${replicas} replicas`,
          'Normal',
          now(),
        );
      }),
    () => run.apps.map((r) => r.idleDeployment).join(', '),
  );
}

/** Until every idle Deployment is available and its preview endpoints list every new pod. */
export async function waitForRollout(run: DeployRun): Promise<void> {
  const { cfg, now } = run;
  const ns = cfg.namespace;
  const until = now() + cfg.rolloutTimeoutMs;
  await run.timeline.phase(
    'Wait for rollout',
    () =>
      allOrStop(run.kube, run.apps, async (kube, r) => {
        await waitAvailable(kube, {
          namespace: ns,
          app: appOf(r),
          deployment: r.idleDeployment,
          color: r.plan.idle,
          releaseId: cfg.releaseId,
          until,
          timeoutMs: cfg.rolloutTimeoutMs,
          now,
        });
        r.idlePods = await readyPods(kube, ns, appOf(r), r.plan.idle, cfg.releaseId);
        await waitEndpoints(kube, ns, `${appOf(r)}-preview`, r.idlePods, until, now);
      }),
    () => run.apps.map((r) => `${r.idleDeployment}: ${r.idlePods.length} ready`).join(', '),
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

/** The smoke checks, through each preview Service. */
export async function smokeTest(run: DeployRun): Promise<void> {
  const { cfg, now } = run;
  if (cfg.smokeChecks.length === 0) {
    run.timeline.skip('Smoke checks', 'no smoke-checks configured');
    return;
  }
  await run.timeline.phase(
    'Smoke checks',
    async () => {
      const res = await runSmokeChecks(
        run.deps.http,
        cfg.smokeChecks,
        run.apps.map((r) => ({ app: appOf(r), service: `${appOf(r)}-preview` })),
        { signal: run.kube.signal, sleep: run.sleep, until: now() + cfg.smokeTimeoutMs, now },
      );
      for (const x of res) info(`${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}`);
      const failure = smokeFailure(res);
      if (failure) throw failure;
      return res;
    },
    (res) => `${res.length} passed`,
  );
}

/** A selector without the pod-template-hash pin of a migration. */
function withoutPin(selector: Record<string, string> | undefined) {
  if (!selector) return undefined;
  const { 'pod-template-hash': _pin, ...rest } = selector;
  return rest;
}

/** Every live Service to the idle colour, together (dry run first), with the state annotations. */
export async function switchTraffic(run: DeployRun): Promise<void> {
  const { cfg, now, outcome } = run;
  const ns = cfg.namespace;
  const switchedAt = new Date(now()).toISOString();
  const switched = await run.timeline.phase(
    'Switch',
    () =>
      switchAll(
        run.kube,
        run.cleanup(),
        ns,
        run.apps.map(
          (r): SwitchRequest => ({
            app: appOf(r),
            service: appOf(r),
            decidedOn: r.live,
            create: renderService(r.manifests.liveService, appOf(r), appOf(r), ns, r.plan.idle),
            selector: selectorForColor(
              appOf(r),
              withoutPin(r.stableSelector ?? r.manifests.liveService?.spec?.selector),
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
              [Annotations.PreviousReleaseId]: annotation(r.live, Annotations.ReleaseId) ?? null,
              [Annotations.Phase]: 'switched',
              [Annotations.SwitchedAt]: switchedAt,
              [Annotations.FailedReleaseId]: null,
              ...runIdentityAnnotations(cfg, now()),
            },
          }),
        ),
      ),
    (s) => s.map((x) => `${x.app} → ${serviceColor(x.after)}`).join(', '),
  );
  run.switched = switched;
  outcome.activeColor = perAppValue(run, (r) => r.plan.idle);
  outcome.previousColor = perAppValue(run, (r) => r.plan.stable);
  outcome.switchedAt = switchedAt;
  for (const s of switched) {
    const r = run.apps.find((x) => appOf(x) === s.app)!;
    r.live = s.after;
  }
  await Promise.all(
    run.apps.map((r) =>
      recordEvent(
        run.kube,
        ns,
        r.live,
        'BlueGreenSwitched',
        `Release ${cfg.releaseId}: traffic switched to ${r.plan.idle}`,
        'Normal',
        now(),
      ),
    ),
  );
}

/** The live Services' endpoints list exactly the new pods. */
export async function verifyLiveEndpoints(run: DeployRun): Promise<void> {
  const { cfg, now } = run;
  await run.timeline.phase('Confirm live endpoints', () =>
    allOrStop(run.kube, run.apps, (kube, r) =>
      waitEndpoints(kube, cfg.namespace, appOf(r), r.idlePods, now() + cfg.rolloutTimeoutMs, now),
    ),
  );
}

/** Whether an answer's identity names the new colour: one of its pods, the colour, or the release. */
function servesNewColor(r: AppRun, releaseId: string, who: string | undefined): boolean {
  if (!who) return false;
  if (who === r.plan.idle || who === releaseId || r.idlePods.includes(who)) return true;
  // A pod the new colour's ReplicaSet started later (HPA): <deployment>-<hash>-<suffix>.
  return (
    who.startsWith(`${r.idleDeployment}-`) &&
    /^[a-z0-9]+-[a-z0-9]+$/.test(who.slice(r.idleDeployment.length + 1))
  );
}

/** Consecutive answers from the new colour that confirm the live route reaches it. */
const ROUTE_CONFIRMATIONS = 3;

/**
 * Polls each live route until it answered from the new colour
 * ROUTE_CONFIRMATIONS times in a row (within rollout-timeout): endpoints being
 * ready says nothing about kube-proxy, an ingress or a load balancer.
 */
async function confirmLiveRoute(
  run: DeployRun,
  identity: Identity,
  isNew: (app: string, who: string | undefined) => boolean,
): Promise<void> {
  const { cfg, now, sleep } = run;
  const signal = run.kube.signal;
  const until = now() + cfg.rolloutTimeoutMs;
  await Promise.all(
    run.apps.map(async (r) => {
      let streak = 0;
      let last = 'nothing yet';
      while (streak < ROUTE_CONFIRMATIONS) {
        if (now() > until) {
          throw new ActionFailure(
            `Analysis inconclusive: the live route of ${appOf(r)} did not answer from ${r.plan.idle} ${ROUTE_CONFIRMATIONS} times in a row within ${formatDuration(cfg.rolloutTimeoutMs)} (rollout-timeout); last answer: ${last}`,
            Reasons.AnalysisInconclusive,
          );
        }
        try {
          const answer = await run.deps.http(appOf(r), identity.path, 5000, signal);
          const who = servedBy(identity, answer);
          last =
            who ??
            `no ${identity.header ? `header ${identity.header}` : `field ${identity.field}`}`;
          streak = isNew(appOf(r), who) ? streak + 1 : 0;
        } catch (error) {
          signal?.throwIfAborted();
          streak = 0;
          last = `request failed: ${(error as Error).message}`;
        }
        if (streak < ROUTE_CONFIRMATIONS) await sleep(streak > 0 ? 10 : 50, signal);
      }
      info(`${appOf(r)}: the live route answers from ${r.plan.idle} (${last})`);
    }),
  );
}

/**
 * The post-switch analysis, counting only what the new colour answered: the
 * live route is first confirmed to reach it (identity), or initial-delay waited.
 */
export async function analyse(run: DeployRun): Promise<void> {
  const { cfg, timeline, sleep } = run;
  const analysis = cfg.analysis;
  if (!analysis) {
    timeline.skip('Analysis', 'no analysis configured');
    return;
  }
  const isNew = (app: string, who: string | undefined) =>
    servesNewColor(run.apps.find((r) => appOf(r) === app)!, cfg.releaseId, who);
  // onRound is synchronous: the steps are chained and awaited, so a rejection is never lost.
  let stepped = Promise.resolve();
  const result = await timeline.phase(
    'Analysis',
    async () => {
      if (analysis.identity) {
        await confirmLiveRoute(run, analysis.identity, isNew);
      } else if (analysis.initialDelayMs > 0) {
        info(
          `Waiting ${formatDuration(analysis.initialDelayMs)} for the route to reach the new colour (analysis initial-delay)`,
        );
        await sleep(analysis.initialDelayMs, run.kube.signal);
      }
      const outcome = await runAnalysis(
        analysis,
        run.deps.http,
        run.apps.map((r) => ({ app: appOf(r), service: appOf(r) })),
        run.deps.prometheus,
        {
          signal: run.kube.signal,
          sleep,
          isNew: analysis.identity ? isNew : undefined,
          onRound: (round) => {
            for (const x of round.results) {
              const who = x.servedBy ? ` (served by ${x.servedBy})` : '';
              info(`round ${round.round}: ${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}${who}`);
            }
            if (!round.counted) {
              info(`round ${round.round}: not counted (answered by the old colour)`);
            }
            stepped = stepped.then(() => run.step('analysis-round'));
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
}

/**
 * The commit point: recorded even if a cancellation arrives now (a clean-up
 * client), so a rerun converges forward (scale-down) rather than back.
 */
export async function commitRelease(run: DeployRun): Promise<void> {
  const { cfg, now } = run;
  for (const r of run.apps) {
    r.live =
      (await annotate(
        run.cleanup(),
        cfg.namespace,
        appOf(r),
        { [Annotations.Phase]: 'succeeded' },
        now(),
      )) ?? r.live;
    if (r.hpaMin !== undefined) {
      await run
        .cleanup()
        .patch(paths.hpa(cfg.namespace, r.idleDeployment), { spec: { minReplicas: r.hpaMin } })
        .catch((e) =>
          warning(`HPA ${r.idleDeployment}: could not restore minReplicas: ${e.message}`),
        );
    }
  }
}

/**
 * Keeps the old colour for scale-down-delay after the switch (endpoint
 * propagation, load balancer deregistration, in-flight requests), then scales
 * it down and records the release as complete. Also finishes a scale-down
 * that an earlier, interrupted run left pending.
 */
export async function scaleDownOldColor(run: DeployRun, phase = 'Scale down old colour') {
  const lives = await scaleDownPrevious(
    run,
    run.apps.map((r) => ({ app: appOf(r), live: r.live ?? r.state.live })),
    phase,
  );
  run.apps.forEach((r, i) => {
    r.live = lives[i] ?? r.live;
  });
}

/**
 * For each live Service in phase switched/succeeded: waits out what is left
 * of scale-down-delay since its switch, scales the Deployment it replaced down
 * (never one a live Service selects) and marks it complete. Returns the
 * Services as written.
 */
export async function scaleDownPrevious(
  session: Session,
  targets: readonly { app: string; live: K8sObject | undefined }[],
  phase: string,
): Promise<(K8sObject | undefined)[]> {
  const { cfg, now, kube } = session;
  const result = targets.map((t) => t.live);
  const pending = targets
    .map((t, i) => ({ ...t, i }))
    .filter((t) => phaseOf(t.live) === 'succeeded' || phaseOf(t.live) === 'switched');
  if (pending.length === 0) return result;
  await session.timeline.phase(phase, async () => {
    const switchedAt = Math.max(
      ...pending.map((t) => Date.parse(annotation(t.live, Annotations.SwitchedAt) ?? '') || 0),
    );
    const wait = switchedAt + cfg.scaleDownDelayMs - now();
    if (wait > 0) {
      info(`Keeping the old colour for ${formatDuration(Math.ceil(wait))} (scale-down-delay)`);
      await session.sleep(wait, kube.signal);
    }
    for (const t of pending) {
      const old = annotation(t.live, Annotations.PreviousDeployment);
      if (old && old !== deploymentName(t.app, serviceColor(t.live) ?? 'blue')) {
        await scaleDown(kube, cfg.namespace, old);
      }
      const live =
        (await annotate(kube, cfg.namespace, t.app, { [Annotations.Phase]: 'complete' }, now())) ??
        t.live;
      result[t.i] = live;
      await recordEvent(
        kube,
        cfg.namespace,
        live,
        'BlueGreenComplete',
        `Release ${annotation(live, Annotations.ReleaseId) ?? cfg.releaseId} complete${old ? `; ${old} scaled down` : ''}`,
        'Normal',
        now(),
      );
    }
  });
  return result;
}

/**
 * Before the switch, nothing live changed: the idle colour is removed (a
 * cancellation scales it to zero instead, for the rerun) and the failure recorded.
 */
export async function failBeforeSwitch(run: DeployRun, error: unknown): Promise<void> {
  const { cfg, now } = run;
  const kube = run.kube.signal?.aborted ? run.cleanup() : run.kube;
  const cancelled = error instanceof CancelledError;
  await run.timeline.phase(cancelled ? 'Clean up after cancel' : 'Remove idle colour', async () => {
    if (cancelled) await scaleDownAborted(run, kube);
    for (const r of run.apps.filter((x) => x.applied)) {
      if (!cancelled) await removeColor(kube, cfg.namespace, r.idleDeployment);
      if (r.live) {
        await annotate(
          kube,
          cfg.namespace,
          appOf(r),
          { [Annotations.Phase]: 'failed', [Annotations.FailedReleaseId]: cfg.releaseId },
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
async function scaleDownAborted(run: DeployRun, kube: Kube): Promise<void> {
  const idle = run.apps.filter((r) => r.applied);
  if (idle.length === 0) return;
  const wait = Math.min(run.cfg.abortScaleDownDelayMs, run.cleanupTimeoutMs / 2);
  if (wait > 0) {
    info(`Scaling the cancelled colour down in ${formatDuration(wait)} (abort-scale-down-delay)`);
    await realSleep(wait);
  }
  for (const r of idle) {
    await scaleDown(kube, run.cfg.namespace, r.idleDeployment).catch((e) =>
      warning(`${r.idleDeployment}: not scaled down after the cancellation: ${e.message}`),
    );
  }
}

/**
 * Not verified: every app goes back to the selector it had (the old colour,
 * still at full size); then the new colour is scaled down after
 * scale-down-delay (abort-scale-down-delay when cancelled). Never throws.
 */
export async function switchBack(run: DeployRun, error: unknown): Promise<void> {
  const { cfg, outcome } = run;
  const reverted = await revertSwitch(run, error).catch((rollbackError) => {
    warning(
      `Could not switch traffic back (a rerun will, before anything else): ${(rollbackError as Error).message}`,
    );
    return false;
  });
  if (!reverted) return;
  outcome.rolledBack = true;
  outcome.activeColor = perAppValue(run, (r) => r.plan.stable);
  outcome.previousColor = perAppValue(run, (r) => r.plan.idle);
  try {
    if (!(error instanceof CancelledError) && !run.kube.signal?.aborted) {
      await run.timeline.phase('Scale down failed colour', async () => {
        await run.sleep(cfg.scaleDownDelayMs, run.kube.signal);
        await Promise.all(
          run.apps.map((r) => scaleDown(run.kube, cfg.namespace, r.idleDeployment)),
        );
      });
    } else {
      await run.timeline.phase('Clean up after cancel', () => scaleDownAborted(run, run.cleanup()));
    }
  } catch (scaleError) {
    warning(`The failed colour was not scaled down: ${(scaleError as Error).message}`);
  }
}

/** Switches every app back to the selector it had; true when traffic is on the old colour again. */
async function revertSwitch(run: DeployRun, error: unknown): Promise<boolean> {
  const { cfg, now } = run;
  if (run.apps.some((r) => !r.stableSelector)) {
    warning('This was a first deploy: there is no previous colour to roll back to');
    for (const r of run.apps) {
      await annotate(
        run.cleanup(),
        cfg.namespace,
        appOf(r),
        { [Annotations.Phase]: 'failed', [Annotations.FailedReleaseId]: cfg.releaseId },
        now(),
      ).catch(() => {});
    }
    return false;
  }
  const k = error instanceof CancelledError || run.kube.signal?.aborted ? run.cleanup() : run.kube;
  await run.timeline.phase('Roll back', async () => {
    const reverted = await revertSwitches(k, cfg.namespace, run.switched ?? [], {
      [Annotations.Phase]: 'rolled-back',
      [Annotations.FailedReleaseId]: cfg.releaseId,
      ...runIdentityAnnotations(cfg, now()),
    });
    await Promise.all(
      run.apps.map(async (r) => {
        r.live = reverted.find((s) => s.metadata.name === appOf(r)) ?? r.live;
        const color = r.plan.stable;
        const expected = color
          ? await readyPods(k, cfg.namespace, appOf(r), color)
          : await readyPodsOf(k, cfg.namespace, r.stableSelector!);
        await waitEndpoints(k, cfg.namespace, appOf(r), expected, now() + 30_000, now);
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
