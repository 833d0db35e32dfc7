/**
 * mode: finalize — the second half of a two-phase cutover: a release deployed
 * with `scale-down: defer` kept its old colour running while other steps
 * verified it; finalize scales that old colour down. It refuses
 * (release-not-live), changing nothing, unless every app's live Service is on
 * the colour this release switched to, with its analysis passed.
 */
import { ActionFailure } from '../../_shared/src/errors';
import type { Config } from './config';
import { Annotations, Reasons } from './constants';
import { scaleDownPrevious } from './phases';
import { perApp } from './report';
import { type Deps, type Result, runSession, type Session } from './session';
import { type AppState, annotation, phaseOf, readAppState, serviceColor } from './state';

/** Why an app's live state is not this release's verified switch, or undefined when it is. */
export function notFinalizable(state: AppState, releaseId: string): string | undefined {
  const live = state.live;
  if (!live) return `${state.app}: Service ${state.app} does not exist`;
  const release = annotation(live, Annotations.ReleaseId);
  const switchedTo = annotation(live, Annotations.ActiveColor);
  const color = serviceColor(live);
  if (release !== releaseId) {
    return `${state.app}: live release is ${release ?? '(none)'}, not ${releaseId}`;
  }
  if (!color || color !== switchedTo) {
    return `${state.app}: the live selector points at ${color ?? 'no colour'}, but release ${releaseId} switched to ${switchedTo ?? '(unknown)'}`;
  }
  const phase = phaseOf(live);
  if (phase !== 'succeeded' && phase !== 'complete') {
    return `${state.app}: release ${releaseId} is ${phase ?? 'in no known phase'} (its analysis has not passed)`;
  }
  return undefined;
}

export async function finalize(cfg: Config, apps: readonly string[], deps: Deps): Promise<Result> {
  return runSession(cfg, 'finalize', apps, deps, (session) => finalizeApps(session, apps), {
    before: () => {
      if (apps.length === 0) {
        throw new ActionFailure(
          `Nothing to finalize; nothing was changed. No Service in namespace ${cfg.namespace} records a blue-green release`,
          Reasons.ReleaseNotLive,
        );
      }
    },
  });
}

async function finalizeApps(session: Session, apps: readonly string[]): Promise<void> {
  const { cfg, kube, timeline, outcome } = session;
  outcome.releaseId = cfg.releaseId;
  const states = await timeline.phase('Read state', () =>
    Promise.all(apps.map((app) => readAppState(kube, cfg.namespace, app))),
  );
  outcome.activeColor = perApp(states.map((s) => [s.app, serviceColor(s.live)] as const));
  outcome.previousColor = perApp(
    states.map((s) => [s.app, annotation(s.live, Annotations.PreviousColor)] as const),
  );
  outcome.switchedAt = perApp(
    states.map((s) => [s.app, annotation(s.live, Annotations.SwitchedAt)] as const),
  );
  const problems = states
    .map((s) => notFinalizable(s, cfg.releaseId))
    .filter((p): p is string => !!p);
  if (problems.length > 0) {
    outcome.releaseId = perApp(
      states.map((s) => [s.app, annotation(s.live, Annotations.ReleaseId)] as const),
    );
    throw new ActionFailure(
      `Refusing to finalize release ${cfg.releaseId}; nothing was changed. ${problems.join('; ')}`,
      Reasons.ReleaseNotLive,
    );
  }
  if (states.every((s) => phaseOf(s.live) === 'complete')) {
    outcome.noop = true;
    timeline.skip('Scale down old colour', 'already complete');
    return;
  }
  if (cfg.dryRun) {
    timeline.skip(
      'Scale down old colour',
      `dry run: would scale down ${perApp(states.map((s) => [s.app, annotation(s.live, Annotations.PreviousDeployment)] as const))}`,
    );
    return;
  }
  await scaleDownPrevious(
    session,
    states.map((s) => ({ app: s.app, live: s.live })),
    'Scale down old colour',
  );
}
