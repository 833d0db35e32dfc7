/** 2. Workloads: live colour available, no restarts, PDBs, and the zero-downtime settings blue-green relies on. */
import { Project } from '../constants';
import type { Check, CheckContext, K8sObject } from '../types';
import { appWorkloads, countOf, type Finding, liveOnly, podSpec, ref, verdict } from './helpers';

/** Seconds a container's preStop hook waits: the sleep action or an exec `sleep N`. */
export function preStopSeconds(c: K8sObject['spec']): number | undefined {
  const hook = c.lifecycle?.preStop;
  if (!hook) return undefined;
  if (hook.sleep?.seconds !== undefined) return Number(hook.sleep.seconds);
  const cmd = (hook.exec?.command ?? []).join(' ');
  const m = /\bsleep\s+(\d+)/.exec(cmd);
  return m ? Number(m[1]) : 0;
}

/** Each app's Deployments, with a finding for an app that has none. */
function deploymentsOrFindings(ctx: CheckContext): {
  deployments: K8sObject[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const deployments: K8sObject[] = [];
  for (const w of appWorkloads(ctx)) {
    if (w.deployment) deployments.push(w.deployment);
    else
      findings.push({
        problem:
          ctx.mode === 'live'
            ? `${w.app}: live colour ${w.color ?? '(unknown)'} has no Deployment ${w.app}-${w.color}`
            : `${w.app}: no Deployment in the manifests`,
      });
  }
  return { deployments, findings };
}

function everyContainer(
  ctx: CheckContext,
  okReason: string,
  test: (c: K8sObject['spec'], d: K8sObject) => string | undefined,
  describe: (c: K8sObject['spec'], d: K8sObject) => string,
) {
  const { deployments, findings } = deploymentsOrFindings(ctx);
  const evidence: string[] = [];
  for (const d of deployments) {
    for (const c of podSpec(d).containers ?? []) {
      evidence.push(`${ref(d)} container ${c.name}: ${describe(c, d)}`);
      const problem = test(c, d);
      if (problem)
        findings.push({ problem: `${ref(d)} container ${c.name}: ${problem}`, object: d });
    }
  }
  return verdict(ctx, findings, okReason, evidence);
}

export const workloadChecks: Check[] = [
  {
    id: 'MM-RDY-010',
    category: 'workloads',
    title: "Each app's live colour is available at its desired replicas",
    severity: 'critical',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const { deployments, findings } = deploymentsOrFindings(ctx);
      const evidence = deployments.map((d) => {
        const s = d.status ?? {};
        const want = d.spec?.replicas ?? 1;
        if (
          (s.availableReplicas ?? 0) < want ||
          (s.updatedReplicas ?? 0) < want ||
          (s.observedGeneration ?? 0) < (d.metadata.generation ?? 0)
        ) {
          findings.push({
            problem: `${ref(d)}: ${s.availableReplicas ?? 0}/${want} available, ${s.updatedReplicas ?? 0} updated`,
          });
        }
        return `${ref(d)}: replicas ${want}, available ${s.availableReplicas ?? 0}, updated ${s.updatedReplicas ?? 0}, ready ${s.readyReplicas ?? 0}`;
      });
      return verdict(ctx, findings, 'every live colour is fully available', evidence);
    },
  },
  {
    id: 'MM-RDY-011',
    category: 'workloads',
    title: 'No app container restarted within the window',
    severity: 'high',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const since = Date.now() - ctx.windowMs;
      const pods = ctx.objects
        .all('Pod', ctx.namespace)
        .filter((p) =>
          (Project.Apps as readonly string[]).includes(
            p.metadata.labels?.[Project.NameLabel] ?? '',
          ),
        );
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const p of pods) {
        for (const s of p.status?.containerStatuses ?? []) {
          const waiting = s.state?.waiting?.reason;
          const finished = Date.parse(s.lastState?.terminated?.finishedAt ?? '');
          const recent = Number.isFinite(finished) && finished >= since;
          if (s.restartCount > 0 || waiting) {
            evidence.push(
              `${ref(p)} ${s.name}: restartCount ${s.restartCount}${waiting ? `, waiting ${waiting}` : ''}${recent ? `, last terminated ${s.lastState.terminated.finishedAt} (${s.lastState.terminated.reason ?? `exit ${s.lastState.terminated.exitCode}`})` : ''}`,
            );
          }
          if (recent || waiting === 'CrashLoopBackOff') {
            findings.push({
              problem: `${ref(p)} container ${s.name} restarted in the window (${s.restartCount} restarts${waiting ? `, ${waiting}` : ''})`,
            });
          }
        }
      }
      evidence.unshift(`${countOf(pods.length, 'app pod')} in ${ctx.namespace}`);
      return verdict(ctx, findings, 'no restarts in the window', evidence);
    },
  },
  {
    id: 'MM-RDY-012',
    category: 'workloads',
    title: 'Each app has a PodDisruptionBudget that allows a disruption',
    severity: 'high',
    run(ctx) {
      const pdbs = ctx.objects.all('PodDisruptionBudget', ctx.namespace);
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const app of Project.Apps) {
        const pdb = pdbs.find((p) => p.spec?.selector?.matchLabels?.[Project.NameLabel] === app);
        if (!pdb) {
          findings.push({
            problem: `${app}: no PodDisruptionBudget selects ${Project.NameLabel}=${app}`,
          });
          continue;
        }
        const budget =
          pdb.spec.maxUnavailable !== undefined
            ? `maxUnavailable ${pdb.spec.maxUnavailable}`
            : `minAvailable ${pdb.spec.minAvailable}`;
        if (ctx.mode === 'live') {
          const allowed = pdb.status?.disruptionsAllowed ?? 0;
          evidence.push(
            `${ref(pdb)}: ${budget}, disruptionsAllowed ${allowed}, currentHealthy ${pdb.status?.currentHealthy ?? 0}/${pdb.status?.expectedPods ?? 0}`,
          );
          if (allowed < 1)
            findings.push({
              problem: `${ref(pdb)} allows no disruption now (node drains would block)`,
              object: pdb,
            });
        } else {
          evidence.push(`${ref(pdb)}: ${budget}`);
          if (pdb.spec.maxUnavailable === 0 || pdb.spec.maxUnavailable === '0%') {
            findings.push({
              problem: `${ref(pdb)}: maxUnavailable 0 never allows a disruption`,
              object: pdb,
            });
          }
        }
      }
      return verdict(ctx, findings, 'every app has a PDB that allows a disruption', evidence);
    },
  },
  {
    id: 'MM-RDY-013',
    category: 'workloads',
    title: 'Every app container has a preStop hook (endpoint removal before SIGTERM)',
    severity: 'critical',
    run: (ctx) =>
      everyContainer(
        ctx,
        'every app container waits in preStop',
        (c) =>
          preStopSeconds(c) === undefined
            ? 'no preStop hook: it gets SIGTERM while still receiving traffic'
            : undefined,
        (c) => `preStop ${preStopSeconds(c) === undefined ? 'none' : `${preStopSeconds(c)} s`}`,
      ),
  },
  {
    id: 'MM-RDY-014',
    category: 'workloads',
    title: 'terminationGracePeriodSeconds covers the preStop wait plus draining',
    severity: 'high',
    run: (ctx) =>
      everyContainer(
        ctx,
        'every grace period outlasts its preStop wait',
        (c, d) => {
          const grace = podSpec(d).terminationGracePeriodSeconds ?? 30;
          const wait = preStopSeconds(c) ?? 0;
          return grace > wait
            ? undefined
            : `terminationGracePeriodSeconds ${grace} does not exceed the preStop wait of ${wait} s: in-flight requests are killed`;
        },
        (c, d) =>
          `terminationGracePeriodSeconds ${podSpec(d).terminationGracePeriodSeconds ?? '30 (default)'}, preStop ${preStopSeconds(c) ?? 0} s`,
      ),
  },
  {
    id: 'MM-RDY-015',
    category: 'workloads',
    title: 'Every app container has a readiness probe',
    severity: 'critical',
    run: (ctx) =>
      everyContainer(
        ctx,
        'every app container has a readiness probe',
        (c) =>
          c.readinessProbe
            ? undefined
            : 'no readinessProbe: it receives traffic before it can serve',
        (c) =>
          `readinessProbe ${c.readinessProbe ? JSON.stringify(c.readinessProbe.httpGet ?? c.readinessProbe.exec ?? c.readinessProbe.tcpSocket ?? c.readinessProbe.grpc ?? {}) : 'none'}`,
      ),
  },
];
