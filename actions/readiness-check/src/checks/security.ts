/** 5. Security (HIPAA): Pod Security labels, non-root read-only containers, privilege, Falco, secrets, IRSA. */
import { Project } from '../constants';
import type { Check, K8sObject } from '../types';
import {
  appWorkloads,
  containers,
  countOf,
  type Finding,
  liveOnly,
  podSpec,
  ref,
  verdict,
} from './helpers';

const WORKLOAD_KINDS = ['Deployment', 'DaemonSet', 'StatefulSet'];
const IRSA_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/;

export const securityChecks: Check[] = [
  {
    id: 'MM-RDY-040',
    category: 'security',
    title: 'Namespaces enforce a Pod Security level (apps: restricted)',
    severity: 'high',
    run(ctx) {
      const findings: Finding[] = [];
      const namespaces = ctx.objects.all('Namespace');
      const app = namespaces.find((n) => n.metadata.name === ctx.namespace);
      if (!app) findings.push({ problem: `Namespace ${ctx.namespace} not found` });
      const evidence = namespaces
        .filter((n) => !/^kube-|^default$/.test(n.metadata.name))
        .map((n) => {
          const level = n.metadata.labels?.['pod-security.kubernetes.io/enforce'];
          const want = n.metadata.name === ctx.namespace ? 'restricted' : undefined;
          if (!level)
            findings.push({
              problem: `${ref(n)} has no pod-security.kubernetes.io/enforce label`,
              object: n,
            });
          else if (want && level !== want)
            findings.push({ problem: `${ref(n)} enforces ${level}, expected ${want}`, object: n });
          return `${ref(n)}: enforce=${level ?? '(none)'}`;
        });
      return verdict(ctx, findings, 'every namespace enforces Pod Security', evidence);
    },
  },
  {
    id: 'MM-RDY-041',
    category: 'security',
    title: 'App containers run as non-root with a read-only root filesystem',
    severity: 'critical',
    run(ctx) {
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const { deployment: d } of appWorkloads(ctx)) {
        if (!d) continue;
        const pod = podSpec(d).securityContext ?? {};
        for (const c of containers(d)) {
          const sc = c.securityContext ?? {};
          const nonRoot =
            (sc.runAsNonRoot ?? pod.runAsNonRoot) === true && (sc.runAsUser ?? pod.runAsUser) !== 0;
          const readOnly = sc.readOnlyRootFilesystem === true;
          evidence.push(
            `${ref(d)} container ${c.name}: runAsNonRoot ${sc.runAsNonRoot ?? pod.runAsNonRoot ?? 'unset'}, readOnlyRootFilesystem ${sc.readOnlyRootFilesystem ?? 'unset'}`,
          );
          if (!nonRoot)
            findings.push({ problem: `${ref(d)} container ${c.name} may run as root`, object: d });
          if (!readOnly)
            findings.push({
              problem: `${ref(d)} container ${c.name} has a writable root filesystem`,
              object: d,
            });
        }
      }
      return verdict(ctx, findings, 'every app container is non-root and read-only', evidence);
    },
  },
  {
    id: 'MM-RDY-042',
    category: 'security',
    title: `No privileged container outside the node agents (${Project.PrivilegedDaemonSets.join(', ')})`,
    severity: 'critical',
    run(ctx) {
      const findings: Finding[] = [];
      const evidence: string[] = [];
      const workloads: K8sObject[] = WORKLOAD_KINDS.flatMap((k) => ctx.objects.all(k));
      for (const w of workloads) {
        for (const c of containers(w)) {
          if (c.securityContext?.privileged !== true) continue;
          const allowed =
            w.kind === 'DaemonSet' &&
            (Project.PrivilegedDaemonSets as readonly string[]).includes(w.metadata.name);
          evidence.push(
            `${ref(w)} container ${c.name}: privileged${allowed ? ' (allowed node agent)' : ''}`,
          );
          if (!allowed)
            findings.push({ problem: `${ref(w)} container ${c.name} is privileged`, object: w });
        }
      }
      evidence.unshift(
        `${countOf(workloads.length, 'workload')} scanned (${WORKLOAD_KINDS.join(', ')})`,
      );
      return verdict(ctx, findings, 'only the allowed node agents are privileged', evidence);
    },
  },
  {
    id: 'MM-RDY-043',
    category: 'security',
    title: 'Falco runs and is ready on every node',
    severity: 'high',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      const falco = ctx.objects.all('DaemonSet').find((d) => d.metadata.name === 'falco');
      const nodes = ctx.objects.all('Node').length;
      if (!falco)
        return verdict(ctx, [{ problem: 'DaemonSet falco not found' }], '', [
          `${countOf(nodes, 'node')}`,
        ]);
      const s = falco.status ?? {};
      const evidence = [
        `${ref(falco)}: desired ${s.desiredNumberScheduled ?? 0}, ready ${s.numberReady ?? 0}, available ${s.numberAvailable ?? 0}; ${countOf(nodes, 'node')} in the cluster`,
      ];
      const findings: Finding[] = [];
      if ((s.numberReady ?? 0) < nodes || (s.desiredNumberScheduled ?? 0) < nodes) {
        findings.push({ problem: `Falco is ready on ${s.numberReady ?? 0} of ${nodes} nodes` });
      }
      return verdict(ctx, findings, `Falco ready on all ${nodes} nodes`, evidence);
    },
  },
  {
    id: 'MM-RDY-044',
    category: 'security',
    title: 'ExternalSecrets are synced (Ready=True)',
    severity: 'critical',
    run(ctx) {
      const skipped = liveOnly(ctx, 'cluster');
      if (skipped) return skipped;
      if (!ctx.objects.has('ExternalSecret')) {
        return verdict(
          ctx,
          [
            {
              problem:
                'the ExternalSecret kind is not served (External Secrets Operator not installed)',
            },
          ],
          '',
          [],
        );
      }
      const secrets = ctx.objects.all('ExternalSecret', ctx.namespace);
      const findings: Finding[] = [];
      const evidence = secrets.map((e) => {
        const ready = (e.status?.conditions ?? []).find(
          (c: { type: string }) => c.type === 'Ready',
        );
        if (ready?.status !== 'True')
          findings.push({
            problem: `${ref(e)} is not Ready${ready ? ` (${ready.reason ?? ''}: ${ready.message ?? ''})` : ' (never synced)'}`,
          });
        return `${ref(e)}: Ready=${ready?.status ?? 'unknown'}${ready?.reason ? ` ${ready.reason}` : ''}`;
      });
      if (secrets.length === 0) findings.push({ problem: `no ExternalSecret in ${ctx.namespace}` });
      return verdict(ctx, findings, 'every ExternalSecret is synced', evidence);
    },
  },
  {
    id: 'MM-RDY-045',
    category: 'security',
    title: 'App service accounts carry their IRSA role',
    severity: 'high',
    run(ctx) {
      const accounts = ctx.objects.all('ServiceAccount', ctx.namespace);
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const { app, deployment: d } of appWorkloads(ctx)) {
        if (!d) continue;
        const name = podSpec(d).serviceAccountName ?? 'default';
        const sa = accounts.find((a) => a.metadata.name === name);
        const arn = sa?.metadata.annotations?.[Project.IrsaAnnotation];
        evidence.push(
          `${app}: ServiceAccount ${name} ${Project.IrsaAnnotation}=${arn ?? '(none)'}`,
        );
        if (!sa)
          findings.push({
            problem: `${ref(d)} uses ServiceAccount ${name}, which does not exist`,
            object: d,
          });
        else if (!arn || !IRSA_ARN.test(arn))
          findings.push({
            problem: `${ref(sa)} has no IAM role annotation (${Project.IrsaAnnotation})`,
            object: sa,
          });
      }
      return verdict(ctx, findings, 'every app service account has its IRSA role', evidence);
    },
  },
];
