/** Small builders every category uses. */
import { Project } from '../constants';
import type { CheckContext, K8sObject, Location, Outcome } from '../types';

export const pass = (reason: string, evidence: string[] = []): Outcome => ({
  result: 'pass',
  reason,
  evidence,
});

export const skip = (reason: string, evidence: string[] = []): Outcome => ({
  result: 'skip',
  reason,
  evidence,
});

export const ref = (o: K8sObject): string =>
  `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

export type Finding = { problem: string; object?: K8sObject };

/** A problem per finding (with the objects' manifest locations), or a pass. */
export function verdict(
  ctx: CheckContext,
  findings: Finding[],
  okReason: string,
  evidence: string[],
): Outcome {
  if (findings.length === 0) return pass(okReason, evidence);
  const locations = findings
    .map((f) => (f.object ? ctx.objects.locate(f.object) : undefined))
    .filter((l): l is Location => l !== undefined);
  return {
    result: 'problem',
    reason: findings.map((f) => f.problem).join('; '),
    evidence,
    locations,
  };
}

export function liveOnly(
  ctx: CheckContext,
  source: 'cluster' | 'prometheus' | 'aws',
): Outcome | undefined {
  if (ctx.mode === 'static') return skip('needs a live cluster (mode: static)');
  const why = ctx.missing[source];
  return why ? skip(why) : undefined;
}

export type AppWorkload = { app: string; color?: string; deployment?: K8sObject };

/**
 * The Deployments serving each app: in static mode every Deployment of the
 * app in the manifests; live, the live colour named by blue-green's
 * annotation on the live Service (else its selector).
 */
export function appWorkloads(ctx: CheckContext): AppWorkload[] {
  const deployments = ctx.objects.all('Deployment', ctx.namespace);
  const services = ctx.objects.all('Service', ctx.namespace);
  return Project.Apps.flatMap((app): AppWorkload[] => {
    const mine = deployments.filter((d) => d.metadata.labels?.[Project.NameLabel] === app);
    if (ctx.mode === 'static') {
      return mine.length ? mine.map((d) => ({ app, deployment: d })) : [{ app }];
    }
    const live = services.find((s) => s.metadata.name === app);
    const color =
      live?.metadata.annotations?.[Project.ActiveColorAnnotation] ??
      live?.spec?.selector?.[Project.ColorLabel];
    return [{ app, color, deployment: mine.find((d) => d.metadata.name === `${app}-${color}`) }];
  });
}

export function podSpec(o: K8sObject): K8sObject['spec'] {
  return o.spec?.template?.spec ?? {};
}

export function containers(o: K8sObject): K8sObject['spec'][] {
  const spec = podSpec(o);
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}

export const countOf = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
