/** Names, labels, annotations and defaults of blue-green, in one place (action.yml mirrors them). */
export const Inputs = {
  Manifests: 'manifests',
  Namespace: 'namespace',
  Images: 'images',
  ReleaseId: 'release-id',
  Kubeconfig: 'kubeconfig',
  SmokeChecks: 'smoke-checks',
  Analysis: 'analysis',
  PrometheusUrl: 'prometheus-url',
  PrometheusToken: 'prometheus-token',
  ServiceUrls: 'service-urls',
  ServiceUrlsToken: 'service-urls-token',
  ScaleDownDelay: 'scale-down-delay',
  ScaleDown: 'scale-down',
  AbortScaleDownDelay: 'abort-scale-down-delay',
  LockTimeout: 'lock-timeout',
  RolloutTimeout: 'rollout-timeout',
  SmokeTimeout: 'smoke-timeout',
  Timeout: 'timeout',
  Mode: 'mode',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  ActiveColor: 'active-color',
  PreviousColor: 'previous-color',
  ReleaseId: 'release-id',
  RolledBack: 'rolled-back',
  SwitchedAt: 'switched-at',
} as const;

export const MODES = ['deploy', 'rollback', 'finalize'] as const;
export type Mode = (typeof MODES)[number];

/** after-delay: the old colour is scaled down scale-down-delay after the switch; defer: by mode finalize. */
export const SCALE_DOWN = ['after-delay', 'defer'] as const;
export type ScaleDown = (typeof SCALE_DOWN)[number];

export const COLORS = ['blue', 'green'] as const;
export type Color = (typeof COLORS)[number];

export function otherColor(color: Color): Color {
  return color === 'blue' ? 'green' : 'blue';
}

export const Labels = {
  Name: 'app.kubernetes.io/name',
  Color: 'medimind.io/color',
  ServiceName: 'kubernetes.io/service-name',
} as const;

const P = 'medimind.io/';
/** State kept as annotations on each live Service (and a few on Deployments). */
export const Annotations = {
  ActiveColor: `${P}active-color`,
  PreviousColor: `${P}previous-color`,
  ReleaseId: `${P}release-id`,
  PreviousReleaseId: `${P}previous-release-id`,
  /** JSON of the live selector before the last switch (what a rollback restores). */
  PreviousSelector: `${P}previous-selector`,
  /** The Deployment that served before the last switch (scaled down after the delay). */
  PreviousDeployment: `${P}previous-deployment`,
  Phase: `${P}phase`,
  Commit: `${P}commit`,
  RunUrl: `${P}run-url`,
  RunAttempt: `${P}run-attempt`,
  Job: `${P}job`,
  Actor: `${P}actor`,
  SwitchedAt: `${P}switched-at`,
  UpdatedAt: `${P}updated-at`,
  FailedReleaseId: `${P}failed-release-id`,
} as const;

/**
 * deploying: idle colour applied, live untouched; switched: live on the new
 * colour, analysis not yet passed; succeeded: analysis passed, old colour kept
 * warm; complete: old colour scaled down; failed / rolled-back: live on the
 * colour named by active-color.
 */
export const PHASES = [
  'deploying',
  'switched',
  'succeeded',
  'complete',
  'failed',
  'rolled-back',
] as const;
export type Phase = (typeof PHASES)[number];

export const Defaults = {
  ScaleDownDelay: '60s',
  /** Below the ~7.5 s a cancelled GitHub job has before it is killed. */
  AbortScaleDownDelay: '5s',
  LockTimeout: '10m',
  RolloutTimeout: '10m',
  SmokeTimeout: '2m',
  Timeout: '30m',
  /** Renewed every 4 s; taken over by another run after two missed renewals. */
  LeaseDurationSeconds: 10,
} as const;

export { type FailureReason, Reasons } from './failure-reasons';

export const EVENT_SOURCE = 'medimind-blue-green';
