/** 3. Auto-scaling: HPAs within the seed's 3-20, with metrics, not pinned at max. */
import { Project } from '../constants';
import type { Check, CheckContext, K8sObject } from '../types';
import { appWorkloads, type Finding, liveOnly, ref, verdict } from './helpers';

/** The HPA scaling each app Deployment (live: the live colour's). */
function hpas(ctx: CheckContext): {
  findings: Finding[];
  pairs: { d: K8sObject; hpa: K8sObject }[];
} {
  const all = ctx.objects.all('HorizontalPodAutoscaler', ctx.namespace);
  const findings: Finding[] = [];
  const pairs: { d: K8sObject; hpa: K8sObject }[] = [];
  for (const w of appWorkloads(ctx)) {
    if (!w.deployment) {
      findings.push({ problem: `${w.app}: no Deployment to scale` });
      continue;
    }
    const hpa = all.find(
      (h) =>
        h.spec?.scaleTargetRef?.kind === 'Deployment' &&
        h.spec.scaleTargetRef.name === w.deployment!.metadata.name,
    );
    if (hpa) pairs.push({ d: w.deployment, hpa });
    else
      findings.push({
        problem: `${ref(w.deployment)} has no HorizontalPodAutoscaler`,
        object: w.deployment,
      });
  }
  return { findings, pairs };
}

export const autoscalingChecks: Check[] = [
  {
    id: 'MM-RDY-020',
    category: 'autoscaling',
    title: `Each app has an HPA within the seed's ${Project.HpaMin}-${Project.HpaMax} replicas`,
    severity: 'high',
    run(ctx) {
      const { findings, pairs } = hpas(ctx);
      const evidence = pairs.map(({ hpa }) => {
        const { minReplicas = 1, maxReplicas } = hpa.spec;
        if (
          minReplicas < Project.HpaMin ||
          maxReplicas > Project.HpaMax ||
          minReplicas > maxReplicas
        ) {
          findings.push({
            problem: `${ref(hpa)}: ${minReplicas}-${maxReplicas} is outside ${Project.HpaMin}-${Project.HpaMax}`,
            object: hpa,
          });
        }
        return `${ref(hpa)}: minReplicas ${minReplicas}, maxReplicas ${maxReplicas}, target ${hpa.spec.scaleTargetRef.name}`;
      });
      return verdict(
        ctx,
        findings,
        `every app scales within ${Project.HpaMin}-${Project.HpaMax}`,
        evidence,
      );
    },
  },
  {
    id: 'MM-RDY-021',
    category: 'autoscaling',
    title: 'HPAs read current metrics',
    severity: 'medium',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const { findings, pairs } = hpas(ctx);
      const evidence = pairs.map(({ hpa }) => {
        const metrics = hpa.status?.currentMetrics ?? [];
        const active = (hpa.status?.conditions ?? []).find(
          (c: { type: string }) => c.type === 'ScalingActive',
        );
        if (metrics.length === 0) {
          findings.push({
            problem: `${ref(hpa)} has no current metrics${active ? ` (ScalingActive=${active.status}: ${active.reason ?? ''})` : ''}: it cannot scale on load`,
          });
        }
        return `${ref(hpa)}: ${metrics.length} current metrics${active ? `, ScalingActive=${active.status} ${active.reason ?? ''}` : ''}`;
      });
      return verdict(ctx, findings, 'every HPA has current metrics', evidence);
    },
  },
  {
    id: 'MM-RDY-022',
    category: 'autoscaling',
    title: 'HPAs are not pinned at their maximum',
    severity: 'medium',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const { findings, pairs } = hpas(ctx);
      const evidence = pairs.map(({ hpa }) => {
        const current = hpa.status?.currentReplicas ?? 0;
        if (current >= hpa.spec.maxReplicas)
          findings.push({
            problem: `${ref(hpa)} runs at its maximum (${current}/${hpa.spec.maxReplicas}): no headroom`,
          });
        return `${ref(hpa)}: currentReplicas ${current}, desired ${hpa.status?.desiredReplicas ?? 0}, max ${hpa.spec.maxReplicas}`;
      });
      return verdict(ctx, findings, 'every HPA has headroom', evidence);
    },
  },
];
