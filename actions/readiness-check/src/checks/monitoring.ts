/** 7. Monitoring and alerting: scrape targets, alert rules, firing alerts, dashboards, CloudWatch alarms. */
import { Project } from '../constants';
import type { Check, CheckContext, K8sObject } from '../types';
import { countOf, type Finding, liveOnly, pass, ref, verdict } from './helpers';

const isDcgm = (labels: Record<string, string>) =>
  ['app', 'job', 'pod', 'container', 'service'].some((k) => /dcgm/.test(labels[k] ?? ''));

/** Alert names defined by the PrometheusRule objects in the manifests or the cluster. */
export function definedAlerts(
  ctx: CheckContext,
): { rule: K8sObject; alert: string; expr: string }[] {
  return ctx.objects
    .all('PrometheusRule')
    .flatMap((rule) =>
      (rule.spec?.groups ?? []).flatMap((g: { rules?: { alert?: string; expr?: string }[] }) =>
        (g.rules ?? [])
          .filter((r) => r.alert)
          .map((r) => ({ rule, alert: r.alert!, expr: String(r.expr ?? '') })),
      ),
    );
}

export const monitoringChecks: Check[] = [
  {
    id: 'MM-RDY-060',
    category: 'monitoring',
    title: 'Prometheus scrapes the apps and DCGM (targets up)',
    severity: 'critical',
    async run(ctx) {
      const skipped = liveOnly(ctx, 'prometheus');
      if (skipped) return skipped;
      const up = await ctx.prometheus!.query('up');
      const findings: Finding[] = [];
      const groups: [string, (l: Record<string, string>) => boolean][] = [
        ...Project.Apps.map((app): [string, (l: Record<string, string>) => boolean] => [
          app,
          (l) => l.app === app,
        ]),
        ['dcgm-exporter', isDcgm],
      ];
      const evidence = [`query up: ${countOf(up.length, 'series')}`];
      for (const [name, match] of groups) {
        const mine = up.filter((s) => match(s.metric));
        const healthy = mine.filter((s) => s.value[1] === '1').length;
        evidence.push(`${name}: ${healthy}/${mine.length} targets up`);
        if (mine.length === 0) findings.push({ problem: `no scrape target for ${name}` });
        else if (healthy < mine.length)
          findings.push({
            problem: `${name}: ${mine.length - healthy} of ${mine.length} targets down`,
          });
      }
      return verdict(ctx, findings, 'every app and DCGM target is up', evidence);
    },
  },
  {
    id: 'MM-RDY-061',
    category: 'monitoring',
    title: "The seed's alert rules are defined (and, live, loaded in Prometheus)",
    severity: 'critical',
    async run(ctx) {
      const defined = definedAlerts(ctx);
      const findings: Finding[] = [];
      const evidence = [
        `PrometheusRule objects (${ctx.objects.origin}): ${defined.map((d) => d.alert).join(', ') || 'none'}`,
      ];
      for (const alert of Project.SeedAlerts) {
        if (!defined.some((d) => d.alert === alert))
          findings.push({ problem: `alert ${alert} is not defined in any PrometheusRule` });
      }
      if (ctx.mode === 'live' && ctx.prometheus) {
        const loaded = await ctx.prometheus.alertRules();
        evidence.push(
          `GET /api/v1/rules: ${loaded.map((r) => r.name).join(', ') || 'no alerting rules'}`,
        );
        const missing = [
          ...new Set([...Project.SeedAlerts, ...defined.map((d) => d.alert)]),
        ].filter((a) => !loaded.some((r) => r.name === a));
        if (missing.length)
          findings.push({ problem: `not loaded in Prometheus: ${missing.join(', ')}` });
      } else if (ctx.mode === 'live') {
        evidence.push(`Prometheus not checked: ${ctx.missing.prometheus}`);
      }
      return verdict(
        ctx,
        findings,
        `all ${Project.SeedAlerts.length} seed alerts ${ctx.mode === 'live' && ctx.prometheus ? 'loaded' : 'defined'}`,
        evidence,
      );
    },
  },
  {
    id: 'MM-RDY-062',
    category: 'monitoring',
    title: 'No critical alert is firing',
    severity: 'critical',
    async run(ctx) {
      const skipped = liveOnly(ctx, 'prometheus');
      if (skipped) return skipped;
      const alerts = await ctx.prometheus!.firingAlerts();
      const firing = alerts.filter((a) => a.state === 'firing');
      const critical = firing.filter((a) => a.labels.severity === 'critical');
      const describe = (a: { labels: Record<string, string> }) =>
        `${a.labels.alertname}{${Object.entries(a.labels)
          .filter(([k]) => k !== 'alertname')
          .map(([k, v]) => `${k}="${v}"`)
          .join(',')}}`;
      const evidence = [
        `GET /api/v1/alerts: ${firing.length} firing, ${alerts.length - firing.length} pending`,
        ...firing.map(describe),
      ];
      return verdict(
        ctx,
        critical.map((a) => ({ problem: `critical alert firing: ${describe(a)}` })),
        'no critical alert firing',
        evidence,
      );
    },
  },
  {
    id: 'MM-RDY-063',
    category: 'monitoring',
    title: 'Grafana dashboard ConfigMaps are present',
    severity: 'medium',
    run(ctx) {
      const dashboards = ctx.objects
        .all('ConfigMap')
        .filter((c) => c.metadata.labels?.[Project.DashboardLabel] === '1');
      const evidence = [
        `ConfigMaps labelled ${Project.DashboardLabel}=1: ${dashboards.map(ref).join(', ') || 'none'}`,
      ];
      const broken = dashboards.filter((c) =>
        Object.values<string>(c.data ?? {}).some((json) => {
          try {
            JSON.parse(json);
            return false;
          } catch {
            return true;
          }
        }),
      );
      const findings: Finding[] = broken.map((c) => ({
        problem: `${ref(c)} holds invalid JSON`,
        object: c,
      }));
      if (dashboards.length === 0) findings.push({ problem: 'no Grafana dashboard ConfigMap' });
      return verdict(ctx, findings, `${countOf(dashboards.length, 'dashboard')} present`, evidence);
    },
  },
  {
    id: 'MM-RDY-064',
    category: 'monitoring',
    title: 'No CloudWatch alarm is in ALARM',
    severity: 'high',
    async run(ctx) {
      const skipped = liveOnly(ctx, 'aws');
      if (skipped) return skipped;
      const alarms = await ctx.aws!.alarmsInAlarm();
      const evidence = [
        `cloudwatch:DescribeAlarms StateValue=ALARM: ${countOf(alarms.length, 'alarm')}`,
        ...alarms.map((a) => `${a.name}: ${a.reason ?? ''}`),
      ];
      return alarms.length === 0
        ? pass('no alarm in ALARM', evidence)
        : verdict(
            ctx,
            alarms.map((a) => ({ problem: `CloudWatch alarm ${a.name} is in ALARM` })),
            '',
            evidence,
          );
    },
  },
];
