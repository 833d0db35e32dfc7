/**
 * The release state: read from the live Services' annotations and selectors
 * (the selector is the truth about where traffic goes; the annotations say
 * how it got there), and the pure decisions taken from it.
 */
import {
  Annotations,
  COLORS,
  type Color,
  Labels,
  otherColor,
  PHASES,
  type Phase,
} from './constants';
import { type K8sObject, type Kube, paths } from './kube';
import { deploymentName } from './manifests';

export type AppState = {
  app: string;
  live?: K8sObject;
  preview?: K8sObject;
  deployments: Partial<Record<Color, K8sObject>>;
  /** A Deployment of this app without a colour label (before the first blue-green release). */
  legacy?: K8sObject;
  hpas: K8sObject[];
};

export function annotation(obj: K8sObject | undefined, key: string): string | undefined {
  const value = obj?.metadata.annotations?.[key];
  return value === '' ? undefined : value;
}

export function selectorOf(svc: K8sObject | undefined): Record<string, string> | undefined {
  return svc?.spec?.selector;
}

/** The colour a Service's selector points at, if any. */
export function serviceColor(svc: K8sObject | undefined): Color | undefined {
  const c = selectorOf(svc)?.[Labels.Color];
  return (COLORS as readonly string[]).includes(c ?? '') ? (c as Color) : undefined;
}

export function phaseOf(svc: K8sObject | undefined): Phase | undefined {
  const p = annotation(svc, Annotations.Phase);
  return (PHASES as readonly string[]).includes(p ?? '') ? (p as Phase) : undefined;
}

export async function readAppState(kube: Kube, namespace: string, app: string): Promise<AppState> {
  const [live, preview, deployments, hpas] = await Promise.all([
    kube.get(paths.service(namespace, app)),
    kube.get(paths.service(namespace, `${app}-preview`)),
    kube.list(paths.deployments(namespace), { labelSelector: `${Labels.Name}=${app}` }),
    kube.list(paths.hpas(namespace), { labelSelector: `${Labels.Name}=${app}` }),
  ]);
  const state: AppState = { app, live, preview, deployments: {}, hpas: hpas.items };
  for (const d of deployments.items) {
    const color = d.metadata.labels?.[Labels.Color];
    if (color === 'blue' || color === 'green') {
      if (d.metadata.name === deploymentName(app, color)) state.deployments[color] = d;
    } else if (!state.legacy || d.metadata.name === app) state.legacy = d;
  }
  if (!state.legacy && !serviceColor(live)) {
    // A colourless Deployment may also lack the name label: look it up by the app's name.
    const byName = await kube.get(paths.deployment(namespace, app));
    if (byName && !byName.metadata.labels?.[Labels.Color]) state.legacy = byName;
  }
  return state;
}

/** Available: observed, every replica updated, ready and available, and no old pods left. */
export function deploymentAvailable(d: K8sObject | undefined): boolean {
  if (!d) return false;
  const s = d.status ?? {};
  const want = d.spec?.replicas ?? 1;
  return (
    (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
    (s.updatedReplicas ?? 0) === want &&
    (s.readyReplicas ?? 0) === want &&
    (s.availableReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want
  );
}

export function progressDeadlineExceeded(d: K8sObject | undefined): boolean {
  return (d?.status?.conditions ?? []).some(
    (c: { type: string; status: string; reason?: string }) =>
      c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded',
  );
}

export type AppPlan = {
  app: string;
  kind: 'first' | 'migration' | 'colored';
  /** Where traffic should be before the new colour goes live. */
  stable?: Color;
  /** The live selector must first go back to this (an interrupted run left it switched). */
  revertTo?: Record<string, string>;
  idle: Color;
};

/**
 * Decides, per app, which colour is stable and which is idle. An earlier run
 * interrupted after its switch (phase "switched") is undone first: its
 * analysis never passed, so its colour is not trusted.
 */
export function planApp(s: AppState): AppPlan {
  const liveColor = serviceColor(s.live);
  if (!s.live && !s.deployments.blue && !s.deployments.green && !s.legacy) {
    return { app: s.app, kind: 'first', idle: 'blue' };
  }
  if (!liveColor && s.legacy) return { app: s.app, kind: 'migration', idle: 'blue' };
  if (!liveColor) return { app: s.app, kind: 'first', idle: 'blue' };
  const previous = annotation(s.live, Annotations.PreviousSelector);
  if (phaseOf(s.live) === 'switched' && previous) {
    const prevSelector = JSON.parse(previous) as Record<string, string>;
    const prevColor = prevSelector[Labels.Color] as Color | undefined;
    const prevDeployment = prevColor ? s.deployments[prevColor] : s.legacy;
    if (prevDeployment && (prevDeployment.spec?.replicas ?? 0) > 0) {
      return {
        app: s.app,
        kind: prevColor ? 'colored' : 'migration',
        stable: prevColor,
        revertTo: prevSelector,
        idle: prevColor ? otherColor(prevColor) : 'blue',
      };
    }
  }
  return { app: s.app, kind: 'colored', stable: liveColor, idle: otherColor(liveColor) };
}

/** This release is already live, verified and healthy on every app: nothing to do. */
export function alreadyDeployed(states: readonly AppState[], releaseId: string): boolean {
  return states.every((s) => {
    const color = serviceColor(s.live);
    const phase = phaseOf(s.live);
    return (
      color !== undefined &&
      annotation(s.live, Annotations.ReleaseId) === releaseId &&
      annotation(s.live, Annotations.ActiveColor) === color &&
      (phase === 'succeeded' || phase === 'complete') &&
      deploymentAvailable(s.deployments[color]) &&
      (s.deployments[color]?.spec?.replicas ?? 0) > 0
    );
  });
}

/** How many replicas the idle colour starts with: at least what serves traffic now. */
export function idleReplicas(
  manifestReplicas: number | undefined,
  hpaMin: number | undefined,
  active: K8sObject | undefined,
): number {
  return Math.max(
    manifestReplicas ?? 1,
    hpaMin ?? 0,
    active?.spec?.replicas ?? 0,
    active?.status?.readyReplicas ?? 0,
    1,
  );
}
