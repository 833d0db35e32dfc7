/**
 * mode: rollback — traffic back to the previous colour while it still exists
 * (scaled back up first if it was scaled down). When any app has no previous
 * colour, it fails loudly before changing anything.
 */
import { ActionFailure } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { info } from '../../_shared/src/runner';
import type { Config } from './config';
import { Annotations, type Color, Labels, Reasons } from './constants';
import { allOrStop, type K8sObject, type Kube, paths } from './kube';
import { annotate, recordEvent, scaleDown, scaleUp } from './ops';
import { perApp } from './report';
import {
  type Deps,
  type Result,
  runIdentityAnnotations,
  runSession,
  type Session,
} from './session';
import { type AppState, annotation, readAppState, serviceColor } from './state';
import { switchAll } from './switch';
import { readyPods, waitAvailable, waitEndpoints } from './wait';

/** The apps of a namespace that blue-green manages (live Services with state). */
export async function discoverApps(kube: Kube, namespace: string): Promise<string[]> {
  const services = await kube.list(paths.services(namespace));
  return services.items
    .filter((s) => s.metadata.annotations?.[Annotations.ActiveColor])
    .map((s) => s.metadata.name)
    .sort();
}

type Target = {
  state: AppState;
  selector: Record<string, string>;
  color?: Color;
  deployment: K8sObject;
  deploymentName: string;
  releaseId?: string;
};

/** What each app would roll back to, or why it cannot. */
export function rollbackTarget(
  state: AppState,
): (Omit<Target, 'deployment'> & { deploymentName: string }) | string {
  const live = state.live;
  if (!live) return `Service ${state.app} does not exist`;
  const prevSelector = annotation(live, Annotations.PreviousSelector);
  const prevDeployment = annotation(live, Annotations.PreviousDeployment);
  if (!prevSelector || !prevDeployment) {
    return `Service ${state.app} records no previous colour (first release, or already rolled back)`;
  }
  const selector = JSON.parse(prevSelector) as Record<string, string>;
  return {
    state,
    selector,
    color: selector[Labels.Color] as Color | undefined,
    deploymentName: prevDeployment,
    releaseId: annotation(live, Annotations.PreviousReleaseId),
  };
}

export async function rollback(cfg: Config, apps: readonly string[], deps: Deps): Promise<Result> {
  return runSession(cfg, 'rollback', apps, deps, (session) => rollBackApps(session, apps), {
    before: () => {
      if (apps.length === 0) {
        // Before any release (or without manifests and no managed Service): no lock, no write.
        throw new ActionFailure(
          `Nothing to roll back to; nothing was changed. No Service in namespace ${cfg.namespace} records a blue-green release`,
          Reasons.NothingToRollBack,
        );
      }
    },
  });
}

async function rollBackApps(session: Session, apps: readonly string[]): Promise<void> {
  const { cfg, kube, timeline, outcome, now } = session;
  const ns = cfg.namespace;
  const states = await timeline.phase('Read state', () =>
    Promise.all(apps.map((app) => readAppState(kube, ns, app))),
  );
  outcome.activeColor = perApp(states.map((s) => [s.app, serviceColor(s.live)] as const));
  const targets: Target[] = [];
  const problems: string[] = [];
  for (const state of states) {
    const t = rollbackTarget(state);
    if (typeof t === 'string') {
      problems.push(t);
      continue;
    }
    const deployment = await kube.get(paths.deployment(ns, t.deploymentName));
    if (!deployment) {
      problems.push(`${state.app}: the previous Deployment ${t.deploymentName} no longer exists`);
    } else targets.push({ ...t, deployment });
  }
  if (problems.length > 0) {
    throw new ActionFailure(
      `Nothing to roll back to; nothing was changed. ${problems.join('; ')}`,
      Reasons.NothingToRollBack,
    );
  }
  if (cfg.dryRun) {
    timeline.skip(
      'Roll back',
      `dry run: would switch ${targets.map((t) => `${t.state.app} → ${t.deploymentName}`).join(', ')}`,
    );
    return;
  }
  const rolloutUntil = now() + cfg.rolloutTimeoutMs;
  const expected = new Map<string, string[]>();
  await timeline.phase('Scale up previous colour', () =>
    allOrStop(kube, targets, async (kube, t) => {
      const current = serviceColor(t.state.live);
      const active = current ? t.state.deployments[current] : undefined;
      const want = Math.max(active?.spec?.replicas ?? 1, t.deployment.spec?.replicas ?? 0, 1);
      if ((t.deployment.spec?.replicas ?? 0) < want) await scaleUp(kube, ns, t.deployment, want);
      const release = t.deployment.spec?.template?.metadata?.annotations?.[Annotations.ReleaseId];
      await waitAvailable(kube, {
        namespace: ns,
        app: t.state.app,
        deployment: t.deploymentName,
        color: t.color ?? '',
        releaseId: release ?? '',
        until: rolloutUntil,
        timeoutMs: cfg.rolloutTimeoutMs,
        now,
      });
      expected.set(t.state.app, t.color ? await readyPods(kube, ns, t.state.app, t.color) : []);
    }),
  );
  const switchedAt = new Date(now()).toISOString();
  const switched = await timeline.phase('Switch', () =>
    switchAll(
      kube,
      session.cleanup(),
      ns,
      targets.map((t) => {
        const live = t.state.live!;
        return {
          app: t.state.app,
          service: t.state.app,
          decidedOn: live,
          selector: t.selector,
          annotations: {
            [Annotations.ActiveColor]: t.color ?? null,
            [Annotations.PreviousColor]: serviceColor(live) ?? null,
            [Annotations.PreviousSelector]: JSON.stringify(live.spec?.selector ?? {}),
            [Annotations.PreviousDeployment]: serviceColor(live)
              ? `${t.state.app}-${serviceColor(live)}`
              : null,
            [Annotations.ReleaseId]: t.releaseId ?? null,
            [Annotations.PreviousReleaseId]: annotation(live, Annotations.ReleaseId) ?? null,
            [Annotations.Phase]: 'rolled-back',
            [Annotations.SwitchedAt]: switchedAt,
            ...runIdentityAnnotations(cfg, now()),
          },
        };
      }),
    ),
  );
  outcome.rolledBack = true;
  outcome.switchedAt = switchedAt;
  outcome.previousColor = outcome.activeColor;
  outcome.activeColor = perApp(targets.map((t) => [t.state.app, t.color] as const));
  outcome.releaseId = perApp(targets.map((t) => [t.state.app, t.releaseId] as const));
  await timeline.phase('Confirm live endpoints', () =>
    allOrStop(kube, targets, async (kube, t) => {
      const pods = expected.get(t.state.app) ?? [];
      if (pods.length) await waitEndpoints(kube, ns, t.state.app, pods, rolloutUntil, now);
      await recordEvent(
        kube,
        ns,
        switched.find((s) => s.app === t.state.app)?.after,
        'BlueGreenRolledBack',
        `Rolled back to ${t.deploymentName} (release ${t.releaseId ?? '?'})`,
        'Warning',
        now(),
      );
    }),
  );
  await timeline.phase('Scale down rolled-back colour', async () => {
    info(
      `Keeping the rolled-back colour for ${formatDuration(cfg.scaleDownDelayMs)} (scale-down-delay)`,
    );
    await session.sleep(cfg.scaleDownDelayMs, kube.signal);
    for (const s of switched) {
      const old = s.after.metadata.annotations?.[Annotations.PreviousDeployment];
      if (old) await scaleDown(kube, ns, old);
    }
  });
  for (const t of targets) await annotate(kube, ns, t.state.app, {}, now());
}
