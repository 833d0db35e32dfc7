/** 4. Networking: Service endpoints, Ingress address, default-deny and per-app allow policies. */
import { Project } from '../constants';
import type { Check, CheckContext } from '../types';
import { countOf, type Finding, liveOnly, pass, ref, verdict } from './helpers';

function endpointsOf(ctx: CheckContext, service: string): { ready: number; total: number } {
  const slices = ctx.objects
    .all('EndpointSlice', ctx.namespace)
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);
  const endpoints = slices.flatMap((s) => s.endpoints ?? []);
  return {
    ready: endpoints.filter(
      (e: { conditions?: { ready?: boolean } }) => e.conditions?.ready !== false,
    ).length,
    total: endpoints.length,
  };
}

function serviceEndpoints(ctx: CheckContext, suffix: string, what: string) {
  const skipped = liveOnly(ctx, 'cluster');
  if (skipped) return skipped;
  const services = ctx.objects.all('Service', ctx.namespace);
  const findings: Finding[] = [];
  const evidence: string[] = [];
  for (const app of Project.Apps) {
    const name = `${app}${suffix}`;
    const svc = services.find((s) => s.metadata.name === name);
    if (!svc) {
      findings.push({ problem: `Service ${ctx.namespace}/${name} does not exist` });
      continue;
    }
    const { ready, total } = endpointsOf(ctx, name);
    evidence.push(
      `${ref(svc)} (selector ${JSON.stringify(svc.spec?.selector ?? {})}): ${ready}/${total} endpoints ready`,
    );
    if (ready === 0) findings.push({ problem: `${ref(svc)} has no ready endpoint` });
  }
  return verdict(ctx, findings, `every ${what} Service has ready endpoints`, evidence);
}

/** Whether a pod selector picks the app's pods by name (not a select-all policy such as DNS). */
export function selectsApp(
  selector:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: { key: string; operator: string; values?: string[] }[];
      }
    | undefined,
  app: string,
): boolean {
  if (!selector) return false;
  const byLabel = selector.matchLabels?.[Project.NameLabel];
  const byExpr = (selector.matchExpressions ?? []).find((e) => e.key === Project.NameLabel);
  if (byLabel === undefined && !byExpr) return false;
  if (byLabel !== undefined && byLabel !== app) return false;
  if (byExpr && !(byExpr.operator === 'In' && (byExpr.values ?? []).includes(app))) return false;
  return true;
}

export const networkingChecks: Check[] = [
  {
    id: 'MM-RDY-030',
    category: 'networking',
    title: 'Live Services have ready endpoints',
    severity: 'critical',
    run: (ctx) => serviceEndpoints(ctx, '', 'live'),
  },
  {
    id: 'MM-RDY-031',
    category: 'networking',
    title: 'Preview Services have ready endpoints (the idle colour is warm for a rollback)',
    severity: 'medium',
    run: (ctx) => serviceEndpoints(ctx, '-preview', 'preview'),
  },
  {
    id: 'MM-RDY-032',
    category: 'networking',
    title: 'Ingress has a load balancer address',
    severity: 'high',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const ingresses = ctx.objects.all('Ingress', ctx.namespace);
      const findings: Finding[] = [];
      const evidence = ingresses.map((i) => {
        const addresses = (i.status?.loadBalancer?.ingress ?? []).map(
          (a: { hostname?: string; ip?: string }) => a.hostname ?? a.ip,
        );
        if (addresses.length === 0)
          findings.push({ problem: `${ref(i)} has no address (load balancer not provisioned)` });
        return `${ref(i)}: status.loadBalancer.ingress ${addresses.length ? addresses.join(', ') : '(empty)'}`;
      });
      if (ingresses.length === 0) findings.push({ problem: `no Ingress in ${ctx.namespace}` });
      return verdict(ctx, findings, 'every Ingress has an address', evidence);
    },
  },
  {
    id: 'MM-RDY-033',
    category: 'networking',
    title: 'A default-deny NetworkPolicy covers every pod (ingress and egress)',
    severity: 'critical',
    run(ctx) {
      const policies = ctx.objects.all('NetworkPolicy', ctx.namespace);
      const deny = policies.find((p) => {
        const s = p.spec ?? {};
        const all = Object.keys(s.podSelector ?? {}).every(
          (k) => Object.keys(s.podSelector[k] ?? {}).length === 0,
        );
        const types: string[] = s.policyTypes ?? [];
        return (
          all &&
          types.includes('Ingress') &&
          types.includes('Egress') &&
          !s.ingress?.length &&
          !s.egress?.length
        );
      });
      const evidence = [
        `${countOf(policies.length, 'NetworkPolicy')} in ${ctx.namespace}${deny ? `; default deny: ${ref(deny)}` : ''}`,
      ];
      return deny
        ? pass(`${ref(deny)} denies by default`, evidence)
        : verdict(
            ctx,
            [
              {
                problem: `no NetworkPolicy in ${ctx.namespace} selects every pod and denies both ingress and egress`,
              },
            ],
            '',
            evidence,
          );
    },
  },
  {
    id: 'MM-RDY-034',
    category: 'networking',
    title: 'Every app has its allow policies (ingress and egress)',
    severity: 'high',
    run(ctx) {
      const policies = ctx.objects.all('NetworkPolicy', ctx.namespace);
      const findings: Finding[] = [];
      const evidence = Project.Apps.map((app) => {
        const mine = policies.filter((p) => selectsApp(p.spec?.podSelector, app));
        const ingress = mine.filter((p) => (p.spec.ingress ?? []).length > 0);
        const egress = mine.filter((p) => (p.spec.egress ?? []).length > 0);
        if (ingress.length === 0)
          findings.push({
            problem: `${app}: no NetworkPolicy allows ingress to it (default deny blocks all traffic)`,
          });
        if (egress.length === 0)
          findings.push({ problem: `${app}: no NetworkPolicy allows egress from it` });
        return `${app}: ingress allowed by ${ingress.map((p) => p.metadata.name).join(', ') || 'none'}; egress by ${egress.map((p) => p.metadata.name).join(', ') || 'none'}`;
      });
      return verdict(ctx, findings, 'every app has ingress and egress allow policies', evidence);
    },
  },
];
