/** 1. Cluster: EKS version, node groups, GPU nodes (live only). */
import { Project } from '../constants';
import type { Check, K8sObject } from '../types';
import { countOf, type Finding, liveOnly, pass, verdict } from './helpers';

const ready = (n: K8sObject) =>
  (n.status?.conditions ?? []).some(
    (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
  );
const pool = (n: K8sObject) => n.metadata.labels?.[Project.PoolLabel];

export const clusterChecks: Check[] = [
  {
    id: 'MM-RDY-001',
    category: 'cluster',
    title: `Kubernetes version is supported (>= 1.${Project.MinKubernetesMinor})`,
    severity: 'critical',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const v = ctx.clusterVersion!;
      const minor = Number.parseInt(v.minor, 10);
      const evidence = [`GET /version: ${v.gitVersion} (major ${v.major}, minor ${v.minor})`];
      return v.major === '1' && minor >= Project.MinKubernetesMinor
        ? pass(`Kubernetes ${v.major}.${minor}`, evidence)
        : verdict(
            ctx,
            [
              {
                problem: `Kubernetes ${v.major}.${v.minor} is older than 1.${Project.MinKubernetesMinor} (preStop sleep needs it; EKS standard support)`,
              },
            ],
            '',
            evidence,
          );
    },
  },
  {
    id: 'MM-RDY-002',
    category: 'cluster',
    title: 'Node groups system, app and gpu have Ready nodes',
    severity: 'critical',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const nodes = ctx.objects.all('Node');
      const findings: Finding[] = [];
      const evidence = Project.NodePools.map((p) => {
        const mine = nodes.filter((n) => pool(n) === p);
        const up = mine.filter(ready).length;
        if (up === 0)
          findings.push({
            problem: `no Ready node in pool ${p} (${countOf(mine.length, 'node')} labelled ${Project.PoolLabel}=${p})`,
          });
        return `pool ${p}: ${up}/${mine.length} nodes Ready`;
      });
      return verdict(ctx, findings, 'every node group has Ready nodes', [
        `GET /api/v1/nodes: ${countOf(nodes.length, 'node')}`,
        ...evidence,
      ]);
    },
  },
  {
    id: 'MM-RDY-003',
    category: 'cluster',
    title: 'App nodes run on spot capacity, system and gpu nodes on demand',
    severity: 'medium',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const n of ctx.objects.all('Node')) {
        const p = pool(n);
        if (!p) continue;
        const capacity = n.metadata.labels?.['eks.amazonaws.com/capacityType'] ?? '(unlabelled)';
        evidence.push(`${n.metadata.name}: pool ${p}, capacityType ${capacity}`);
        const want = p === 'app' ? 'SPOT' : 'ON_DEMAND';
        if (capacity !== want)
          findings.push({
            problem: `${n.metadata.name} (pool ${p}) is ${capacity}, expected ${want}`,
          });
      }
      return verdict(ctx, findings, 'capacity types match the node groups', evidence);
    },
  },
  {
    id: 'MM-RDY-004',
    category: 'cluster',
    title: 'GPU nodes are tainted nvidia.com/gpu and expose allocatable nvidia.com/gpu',
    severity: 'critical',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const gpus = ctx.objects.all('Node').filter((n) => pool(n) === 'gpu');
      const findings: Finding[] = [];
      const evidence = gpus.map((n) => {
        const allocatable = Number(n.status?.allocatable?.['nvidia.com/gpu'] ?? 0);
        const taint = (n.spec?.taints ?? []).find(
          (t: { key: string; effect: string }) =>
            t.key === 'nvidia.com/gpu' && t.effect === 'NoSchedule',
        );
        if (!(allocatable > 0))
          findings.push({
            problem: `${n.metadata.name} has no allocatable nvidia.com/gpu (device plugin not running?)`,
          });
        if (!taint)
          findings.push({
            problem: `${n.metadata.name} lacks the nvidia.com/gpu:NoSchedule taint`,
          });
        return `${n.metadata.name}: allocatable nvidia.com/gpu=${allocatable}, taint ${taint ? `${taint.key}=${taint.value}:${taint.effect}` : 'none'}`;
      });
      if (gpus.length === 0) findings.push({ problem: 'no GPU node (pool gpu)' });
      return verdict(
        ctx,
        findings,
        `${countOf(gpus.length, 'GPU node')} ready for GPU pods`,
        evidence,
      );
    },
  },
];
