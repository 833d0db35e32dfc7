/** Every check, in report order. IDs are stable: MM-RDY-0<category><n>. */
import type { Check } from '../types';
import { autoscalingChecks } from './autoscaling';
import { clusterChecks } from './cluster';
import { dataChecks } from './data';
import { monitoringChecks } from './monitoring';
import { networkingChecks } from './networking';
import { performanceChecks } from './performance';
import { securityChecks } from './security';
import { workloadChecks } from './workloads';

export const CHECKS: readonly Check[] = [
  ...clusterChecks,
  ...workloadChecks,
  ...autoscalingChecks,
  ...networkingChecks,
  ...securityChecks,
  ...dataChecks,
  ...monitoringChecks,
  ...performanceChecks,
];
