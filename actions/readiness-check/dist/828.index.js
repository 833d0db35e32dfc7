"use strict";
exports.id = 828;
exports.ids = [828];
exports.modules = {

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: ./actions/readiness-check/src/constants.ts
var constants = __webpack_require__(7488);
;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/helpers.ts
/** Small builders every category uses. */

const pass = (reason, evidence = []) => ({
    result: 'pass',
    reason,
    evidence,
});
const skip = (reason, evidence = []) => ({
    result: 'skip',
    reason,
    evidence,
});
const ref = (o) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
/** A problem per finding (with the objects' manifest locations), or a pass. */
function verdict(ctx, findings, okReason, evidence) {
    if (findings.length === 0)
        return pass(okReason, evidence);
    const locations = findings
        .map((f) => (f.object ? ctx.objects.locate(f.object) : undefined))
        .filter((l) => l !== undefined);
    return {
        result: 'problem',
        reason: findings.map((f) => f.problem).join('; '),
        evidence,
        locations,
    };
}
function liveOnly(ctx, source) {
    if (ctx.mode === 'static')
        return skip('needs a live cluster (mode: static)');
    const why = ctx.missing[source];
    return why ? skip(why) : undefined;
}
/**
 * The Deployments serving each app: in static mode every Deployment of the
 * app in the manifests; live, the live colour named by blue-green's
 * annotation on the live Service (else its selector).
 */
function appWorkloads(ctx) {
    const deployments = ctx.objects.all('Deployment', ctx.namespace);
    const services = ctx.objects.all('Service', ctx.namespace);
    return constants/* Project */.MM.Apps.flatMap((app) => {
        const mine = deployments.filter((d) => d.metadata.labels?.[constants/* Project */.MM.NameLabel] === app);
        if (ctx.mode === 'static') {
            return mine.length ? mine.map((d) => ({ app, deployment: d })) : [{ app }];
        }
        const live = services.find((s) => s.metadata.name === app);
        const color = live?.metadata.annotations?.[constants/* Project */.MM.ActiveColorAnnotation] ??
            live?.spec?.selector?.[constants/* Project */.MM.ColorLabel];
        return [{ app, color, deployment: mine.find((d) => d.metadata.name === `${app}-${color}`) }];
    });
}
function podSpec(o) {
    return o.spec?.template?.spec ?? {};
}
function containers(o) {
    const spec = podSpec(o);
    return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}
const countOf = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/autoscaling.ts
/** 3. Auto-scaling: HPAs within the seed's 3-20, with metrics, not pinned at max. */


/** The HPA scaling each app Deployment (live: the live colour's). */
function hpas(ctx) {
    const all = ctx.objects.all('HorizontalPodAutoscaler', ctx.namespace);
    const findings = [];
    const pairs = [];
    for (const w of appWorkloads(ctx)) {
        if (!w.deployment) {
            findings.push({ problem: `${w.app}: no Deployment to scale` });
            continue;
        }
        const hpa = all.find((h) => h.spec?.scaleTargetRef?.kind === 'Deployment' &&
            h.spec.scaleTargetRef.name === w.deployment.metadata.name);
        if (hpa)
            pairs.push({ d: w.deployment, hpa });
        else
            findings.push({
                problem: `${ref(w.deployment)} has no HorizontalPodAutoscaler`,
                object: w.deployment,
            });
    }
    return { findings, pairs };
}
const autoscalingChecks = [
    {
        id: 'MM-RDY-020',
        category: 'autoscaling',
        title: `Each app has an HPA within the seed's ${constants/* Project */.MM.HpaMin}-${constants/* Project */.MM.HpaMax} replicas`,
        severity: 'high',
        run(ctx) {
            const { findings, pairs } = hpas(ctx);
            const evidence = pairs.map(({ hpa }) => {
                const { minReplicas = 1, maxReplicas } = hpa.spec;
                if (minReplicas < constants/* Project */.MM.HpaMin ||
                    maxReplicas > constants/* Project */.MM.HpaMax ||
                    minReplicas > maxReplicas) {
                    findings.push({
                        problem: `${ref(hpa)}: ${minReplicas}-${maxReplicas} is outside ${constants/* Project */.MM.HpaMin}-${constants/* Project */.MM.HpaMax}`,
                        object: hpa,
                    });
                }
                return `${ref(hpa)}: minReplicas ${minReplicas}, maxReplicas ${maxReplicas}, target ${hpa.spec.scaleTargetRef.name}`;
            });
            return verdict(ctx, findings, `every app scales within ${constants/* Project */.MM.HpaMin}-${constants/* Project */.MM.HpaMax}`, evidence);
        },
    },
    {
        id: 'MM-RDY-021',
        category: 'autoscaling',
        title: 'HPAs read current metrics',
        severity: 'medium',
        run(ctx) {
            const skipped = liveOnly(ctx, 'cluster');
            if (skipped)
                return skipped;
            const { findings, pairs } = hpas(ctx);
            const evidence = pairs.map(({ hpa }) => {
                const metrics = hpa.status?.currentMetrics ?? [];
                const active = (hpa.status?.conditions ?? []).find((c) => c.type === 'ScalingActive');
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
            if (skipped)
                return skipped;
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

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/cluster.ts
/** 1. Cluster: EKS version, node groups, GPU nodes (live only). */


const ready = (n) => (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
const pool = (n) => n.metadata.labels?.[constants/* Project */.MM.PoolLabel];
const clusterChecks = [
    {
        id: 'MM-RDY-001',
        category: 'cluster',
        title: `Kubernetes version is supported (>= 1.${constants/* Project */.MM.MinKubernetesMinor})`,
        severity: 'critical',
        run(ctx) {
            const skipped = liveOnly(ctx, 'cluster');
            if (skipped)
                return skipped;
            const v = ctx.clusterVersion;
            const minor = Number.parseInt(v.minor, 10);
            const evidence = [`GET /version: ${v.gitVersion} (major ${v.major}, minor ${v.minor})`];
            return v.major === '1' && minor >= constants/* Project */.MM.MinKubernetesMinor
                ? pass(`Kubernetes ${v.major}.${minor}`, evidence)
                : verdict(ctx, [
                    {
                        problem: `Kubernetes ${v.major}.${v.minor} is older than 1.${constants/* Project */.MM.MinKubernetesMinor} (preStop sleep needs it; EKS standard support)`,
                    },
                ], '', evidence);
        },
    },
    {
        id: 'MM-RDY-002',
        category: 'cluster',
        title: 'Node groups system, app and gpu have Ready nodes',
        severity: 'critical',
        run(ctx) {
            const skipped = liveOnly(ctx, 'cluster');
            if (skipped)
                return skipped;
            const nodes = ctx.objects.all('Node');
            const findings = [];
            const evidence = constants/* Project */.MM.NodePools.map((p) => {
                const mine = nodes.filter((n) => pool(n) === p);
                const up = mine.filter(ready).length;
                if (up === 0)
                    findings.push({
                        problem: `no Ready node in pool ${p} (${countOf(mine.length, 'node')} labelled ${constants/* Project */.MM.PoolLabel}=${p})`,
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
            if (skipped)
                return skipped;
            const findings = [];
            const evidence = [];
            for (const n of ctx.objects.all('Node')) {
                const p = pool(n);
                if (!p)
                    continue;
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
            if (skipped)
                return skipped;
            const gpus = ctx.objects.all('Node').filter((n) => pool(n) === 'gpu');
            const findings = [];
            const evidence = gpus.map((n) => {
                const allocatable = Number(n.status?.allocatable?.['nvidia.com/gpu'] ?? 0);
                const taint = (n.spec?.taints ?? []).find((t) => t.key === 'nvidia.com/gpu' && t.effect === 'NoSchedule');
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
            if (gpus.length === 0)
                findings.push({ problem: 'no GPU node (pool gpu)' });
            return verdict(ctx, findings, `${countOf(gpus.length, 'GPU node')} ready for GPU pods`, evidence);
        },
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/data.ts
/** 6. Data: RDS and ElastiCache as AWS reports them (live, with aws-region). */


const ours = (id) => !!id && id.startsWith(constants/* Project */.MM.AwsNamePrefix);
async function withAws(ctx, body) {
    const skipped = liveOnly(ctx, 'aws');
    return skipped ?? body();
}
const dataChecks = [
    {
        id: 'MM-RDY-050',
        category: 'data',
        title: 'RDS primary is available, multi-AZ, encrypted, with backups retained',
        severity: 'critical',
        run: (ctx) => withAws(ctx, async () => {
            const all = (await ctx.aws.dbInstances()).filter((d) => ours(d.DBInstanceIdentifier));
            const primaries = all.filter((d) => !d.ReadReplicaSourceDBInstanceIdentifier);
            const findings = [];
            const evidence = [
                `rds:DescribeDBInstances: ${countOf(all.length, `${constants/* Project */.MM.AwsNamePrefix}* instance`)}`,
            ];
            for (const d of primaries) {
                evidence.push(`${d.DBInstanceIdentifier}: status ${d.DBInstanceStatus}, MultiAZ ${d.MultiAZ}, StorageEncrypted ${d.StorageEncrypted}, BackupRetentionPeriod ${d.BackupRetentionPeriod}`);
                const id = d.DBInstanceIdentifier;
                if (d.DBInstanceStatus !== 'available')
                    findings.push({ problem: `${id} is ${d.DBInstanceStatus}` });
                if (d.MultiAZ !== true)
                    findings.push({ problem: `${id} is not multi-AZ` });
                if (d.StorageEncrypted !== true)
                    findings.push({ problem: `${id} storage is not encrypted (HIPAA)` });
                if ((d.BackupRetentionPeriod ?? 0) < constants/* Project */.MM.MinBackupRetentionDays) {
                    findings.push({
                        problem: `${id} keeps backups ${d.BackupRetentionPeriod ?? 0} days (< ${constants/* Project */.MM.MinBackupRetentionDays})`,
                    });
                }
            }
            if (primaries.length === 0)
                findings.push({ problem: `no RDS primary named ${constants/* Project */.MM.AwsNamePrefix}*` });
            return verdict(ctx, findings, `${primaries.map((d) => d.DBInstanceIdentifier).join(', ')} healthy`, evidence);
        }),
    },
    {
        id: 'MM-RDY-051',
        category: 'data',
        title: 'RDS read replicas are present and available',
        severity: 'high',
        run: (ctx) => withAws(ctx, async () => {
            const replicas = (await ctx.aws.dbInstances()).filter((d) => ours(d.DBInstanceIdentifier) && d.ReadReplicaSourceDBInstanceIdentifier);
            const findings = [];
            const evidence = replicas.map((r) => {
                if (r.DBInstanceStatus !== 'available')
                    findings.push({ problem: `${r.DBInstanceIdentifier} is ${r.DBInstanceStatus}` });
                return `${r.DBInstanceIdentifier}: replica of ${r.ReadReplicaSourceDBInstanceIdentifier}, status ${r.DBInstanceStatus}`;
            });
            if (replicas.length === 0)
                findings.push({ problem: 'no read replica' });
            return verdict(ctx, findings, `${countOf(replicas.length, 'read replica')} available`, evidence);
        }),
    },
    {
        id: 'MM-RDY-052',
        category: 'data',
        title: 'ElastiCache replication group is available and encrypted in transit and at rest',
        severity: 'critical',
        run: (ctx) => withAws(ctx, async () => {
            const groups = (await ctx.aws.replicationGroups()).filter((g) => ours(g.ReplicationGroupId));
            const findings = [];
            const evidence = groups.map((g) => {
                const id = g.ReplicationGroupId;
                if (g.Status !== 'available')
                    findings.push({ problem: `${id} is ${g.Status}` });
                if (g.TransitEncryptionEnabled !== true)
                    findings.push({ problem: `${id} is not encrypted in transit` });
                if (g.AtRestEncryptionEnabled !== true)
                    findings.push({ problem: `${id} is not encrypted at rest` });
                return `${id}: status ${g.Status}, TransitEncryptionEnabled ${g.TransitEncryptionEnabled}, AtRestEncryptionEnabled ${g.AtRestEncryptionEnabled}, AutomaticFailover ${g.AutomaticFailover}`;
            });
            if (groups.length === 0)
                findings.push({ problem: `no replication group named ${constants/* Project */.MM.AwsNamePrefix}*` });
            return verdict(ctx, findings, 'the Redis replication group is available and encrypted', [
                `elasticache:DescribeReplicationGroups: ${countOf(groups.length, `${constants/* Project */.MM.AwsNamePrefix}* group`)}`,
                ...evidence,
            ]);
        }),
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/monitoring.ts
/** 7. Monitoring and alerting: scrape targets, alert rules, firing alerts, dashboards, CloudWatch alarms. */


const isDcgm = (labels) => ['app', 'job', 'pod', 'container', 'service'].some((k) => /dcgm/.test(labels[k] ?? ''));
/** Alert names defined by the PrometheusRule objects in the manifests or the cluster. */
function definedAlerts(ctx) {
    return ctx.objects
        .all('PrometheusRule')
        .flatMap((rule) => (rule.spec?.groups ?? []).flatMap((g) => (g.rules ?? [])
        .filter((r) => r.alert)
        .map((r) => ({ rule, alert: r.alert, expr: String(r.expr ?? '') }))));
}
const monitoringChecks = [
    {
        id: 'MM-RDY-060',
        category: 'monitoring',
        title: 'Prometheus scrapes the apps and DCGM (targets up)',
        severity: 'critical',
        async run(ctx) {
            const skipped = liveOnly(ctx, 'prometheus');
            if (skipped)
                return skipped;
            const up = await ctx.prometheus.query('up');
            const findings = [];
            const groups = [
                ...constants/* Project */.MM.Apps.map((app) => [
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
                if (mine.length === 0)
                    findings.push({ problem: `no scrape target for ${name}` });
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
            const findings = [];
            const evidence = [
                `PrometheusRule objects (${ctx.objects.origin}): ${defined.map((d) => d.alert).join(', ') || 'none'}`,
            ];
            for (const alert of constants/* Project */.MM.SeedAlerts) {
                if (!defined.some((d) => d.alert === alert))
                    findings.push({ problem: `alert ${alert} is not defined in any PrometheusRule` });
            }
            if (ctx.mode === 'live' && ctx.prometheus) {
                const loaded = await ctx.prometheus.alertRules();
                evidence.push(`GET /api/v1/rules: ${loaded.map((r) => r.name).join(', ') || 'no alerting rules'}`);
                const missing = [
                    ...new Set([...constants/* Project */.MM.SeedAlerts, ...defined.map((d) => d.alert)]),
                ].filter((a) => !loaded.some((r) => r.name === a));
                if (missing.length)
                    findings.push({ problem: `not loaded in Prometheus: ${missing.join(', ')}` });
            }
            else if (ctx.mode === 'live') {
                evidence.push(`Prometheus not checked: ${ctx.missing.prometheus}`);
            }
            return verdict(ctx, findings, `all ${constants/* Project */.MM.SeedAlerts.length} seed alerts ${ctx.mode === 'live' && ctx.prometheus ? 'loaded' : 'defined'}`, evidence);
        },
    },
    {
        id: 'MM-RDY-062',
        category: 'monitoring',
        title: 'No critical alert is firing',
        severity: 'critical',
        async run(ctx) {
            const skipped = liveOnly(ctx, 'prometheus');
            if (skipped)
                return skipped;
            const alerts = await ctx.prometheus.firingAlerts();
            const firing = alerts.filter((a) => a.state === 'firing');
            const critical = firing.filter((a) => a.labels.severity === 'critical');
            const describe = (a) => `${a.labels.alertname}{${Object.entries(a.labels)
                .filter(([k]) => k !== 'alertname')
                .map(([k, v]) => `${k}="${v}"`)
                .join(',')}}`;
            const evidence = [
                `GET /api/v1/alerts: ${firing.length} firing, ${alerts.length - firing.length} pending`,
                ...firing.map(describe),
            ];
            return verdict(ctx, critical.map((a) => ({ problem: `critical alert firing: ${describe(a)}` })), 'no critical alert firing', evidence);
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
                .filter((c) => c.metadata.labels?.[constants/* Project */.MM.DashboardLabel] === '1');
            const evidence = [
                `ConfigMaps labelled ${constants/* Project */.MM.DashboardLabel}=1: ${dashboards.map(ref).join(', ') || 'none'}`,
            ];
            const broken = dashboards.filter((c) => Object.values(c.data ?? {}).some((json) => {
                try {
                    JSON.parse(json);
                    return false;
                }
                catch {
                    return true;
                }
            }));
            const findings = broken.map((c) => ({
                problem: `${ref(c)} holds invalid JSON`,
                object: c,
            }));
            if (dashboards.length === 0)
                findings.push({ problem: 'no Grafana dashboard ConfigMap' });
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
            if (skipped)
                return skipped;
            const alarms = await ctx.aws.alarmsInAlarm();
            const evidence = [
                `cloudwatch:DescribeAlarms StateValue=ALARM: ${countOf(alarms.length, 'alarm')}`,
                ...alarms.map((a) => `${a.name}: ${a.reason ?? ''}`),
            ];
            return alarms.length === 0
                ? pass('no alarm in ALARM', evidence)
                : verdict(ctx, alarms.map((a) => ({ problem: `CloudWatch alarm ${a.name} is in ALARM` })), '', evidence);
        },
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/networking.ts
/** 4. Networking: Service endpoints, Ingress address, default-deny and per-app allow policies. */


function endpointsOf(ctx, service) {
    const slices = ctx.objects
        .all('EndpointSlice', ctx.namespace)
        .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);
    const endpoints = slices.flatMap((s) => s.endpoints ?? []);
    return {
        ready: endpoints.filter((e) => e.conditions?.ready !== false).length,
        total: endpoints.length,
    };
}
function serviceEndpoints(ctx, suffix, what) {
    const skipped = liveOnly(ctx, 'cluster');
    if (skipped)
        return skipped;
    const services = ctx.objects.all('Service', ctx.namespace);
    const findings = [];
    const evidence = [];
    for (const app of constants/* Project */.MM.Apps) {
        const name = `${app}${suffix}`;
        const svc = services.find((s) => s.metadata.name === name);
        if (!svc) {
            findings.push({ problem: `Service ${ctx.namespace}/${name} does not exist` });
            continue;
        }
        const { ready, total } = endpointsOf(ctx, name);
        evidence.push(`${ref(svc)} (selector ${JSON.stringify(svc.spec?.selector ?? {})}): ${ready}/${total} endpoints ready`);
        if (ready === 0)
            findings.push({ problem: `${ref(svc)} has no ready endpoint` });
    }
    return verdict(ctx, findings, `every ${what} Service has ready endpoints`, evidence);
}
/** Whether a pod selector picks the app's pods by name (not a select-all policy such as DNS). */
function selectsApp(selector, app) {
    if (!selector)
        return false;
    const byLabel = selector.matchLabels?.[constants/* Project */.MM.NameLabel];
    const byExpr = (selector.matchExpressions ?? []).find((e) => e.key === constants/* Project */.MM.NameLabel);
    if (byLabel === undefined && !byExpr)
        return false;
    if (byLabel !== undefined && byLabel !== app)
        return false;
    if (byExpr && !(byExpr.operator === 'In' && (byExpr.values ?? []).includes(app)))
        return false;
    return true;
}
const networkingChecks = [
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
            if (skipped)
                return skipped;
            const ingresses = ctx.objects.all('Ingress', ctx.namespace);
            const findings = [];
            const evidence = ingresses.map((i) => {
                const addresses = (i.status?.loadBalancer?.ingress ?? []).map((a) => a.hostname ?? a.ip);
                if (addresses.length === 0)
                    findings.push({ problem: `${ref(i)} has no address (load balancer not provisioned)` });
                return `${ref(i)}: status.loadBalancer.ingress ${addresses.length ? addresses.join(', ') : '(empty)'}`;
            });
            if (ingresses.length === 0)
                findings.push({ problem: `no Ingress in ${ctx.namespace}` });
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
                const all = Object.keys(s.podSelector ?? {}).every((k) => Object.keys(s.podSelector[k] ?? {}).length === 0);
                const types = s.policyTypes ?? [];
                return (all &&
                    types.includes('Ingress') &&
                    types.includes('Egress') &&
                    !s.ingress?.length &&
                    !s.egress?.length);
            });
            const evidence = [
                `${countOf(policies.length, 'NetworkPolicy')} in ${ctx.namespace}${deny ? `; default deny: ${ref(deny)}` : ''}`,
            ];
            return deny
                ? pass(`${ref(deny)} denies by default`, evidence)
                : verdict(ctx, [
                    {
                        problem: `no NetworkPolicy in ${ctx.namespace} selects every pod and denies both ingress and egress`,
                    },
                ], '', evidence);
        },
    },
    {
        id: 'MM-RDY-034',
        category: 'networking',
        title: 'Every app has its allow policies (ingress and egress)',
        severity: 'high',
        run(ctx) {
            const policies = ctx.objects.all('NetworkPolicy', ctx.namespace);
            const findings = [];
            const evidence = constants/* Project */.MM.Apps.map((app) => {
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

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/performance.ts


/** Where each SLO'd service's numbers live: the histogram the alert rules and dashboards use, and its app. */
const SERVICE_METRICS = {
    'backend-api': {
        app: 'backend-api',
        histogram: 'http_request_duration_seconds',
        alert: 'APILatencyHigh',
    },
    'ml-pipeline': {
        app: 'ml-pipeline',
        histogram: 'medimind_ml_prediction_duration_seconds',
        alert: 'MLPredictionLatencyHigh',
    },
    'voice-analysis': {
        app: 'ml-pipeline',
        histogram: 'medimind_voice_analysis_duration_seconds',
        alert: 'VoiceAnalysisLatencyHigh',
    },
};
const range = (ctx) => `${Math.max(1, Math.round(ctx.windowMs / 1000))}s`;
function latencyQuery(ctx, service, quantile) {
    const m = SERVICE_METRICS[service];
    return `histogram_quantile(${quantile}, sum by (le) (rate(${m.histogram}_bucket{namespace="${ctx.namespace}", app="${m.app}"}[${range(ctx)}])))`;
}
function errorRateQuery(ctx, app) {
    const sel = `namespace="${ctx.namespace}", app="${app}"`;
    // `or vector(0)`: with no 5xx at all the numerator has no series, and the ratio would be empty.
    return `(sum(rate(http_requests_total{${sel}, status=~"5.."}[${range(ctx)}])) or vector(0)) / sum(rate(http_requests_total{${sel}}[${range(ctx)}]))`;
}
function needsSlos(ctx) {
    if (!ctx.slos)
        return skip(ctx.missing.slos ?? 'no SLO file');
    return undefined;
}
async function scalar(ctx, q) {
    const r = await ctx.prometheus.query(q);
    const v = r.length ? Number(r[0].value[1]) : Number.NaN;
    return Number.isFinite(v) ? v : undefined;
}
const performanceChecks = [
    {
        id: 'MM-RDY-070',
        category: 'performance',
        title: 'Latency percentiles meet the SLOs over the window',
        severity: 'critical',
        async run(ctx) {
            const skipped = liveOnly(ctx, 'prometheus') ?? needsSlos(ctx);
            if (skipped)
                return skipped;
            const findings = [];
            const evidence = [];
            const noData = [];
            // One query per target, all at once.
            const targets = ctx.slos.services.flatMap((s) => SERVICE_METRICS[s.name]
                ? s.latency.map((t) => ({ s, t, q: latencyQuery(ctx, s.name, t.quantile) }))
                : []);
            const values = await Promise.all(targets.map(({ q }) => scalar(ctx, q)));
            for (const s of ctx.slos.services) {
                if (!SERVICE_METRICS[s.name])
                    evidence.push(`${s.name}: no metric mapping, not evaluated`);
            }
            for (const [i, { s, t, q }] of targets.entries()) {
                const v = values[i];
                const label = `${s.name} p${Math.round(t.quantile * 1000) / 10}`;
                evidence.push(`${q} = ${v === undefined ? 'no data' : `${(v * 1000).toFixed(1)} ms`} (SLO < ${t.maxMs} ms)`);
                if (v === undefined)
                    noData.push(label);
                else if (v * 1000 > t.maxMs)
                    findings.push({
                        problem: `${label} is ${(v * 1000).toFixed(1)} ms (SLO < ${t.maxMs} ms)`,
                    });
            }
            if (findings.length === 0 && noData.length > 0) {
                return {
                    result: 'warn',
                    reason: `no traffic in the window for ${noData.join(', ')}: SLO not demonstrated`,
                    evidence,
                };
            }
            return verdict(ctx, findings, 'every latency SLO met', evidence);
        },
    },
    {
        id: 'MM-RDY-071',
        category: 'performance',
        title: 'Error rates are within the SLO budgets over the window',
        severity: 'critical',
        async run(ctx) {
            const skipped = liveOnly(ctx, 'prometheus') ?? needsSlos(ctx);
            if (skipped)
                return skipped;
            const budgets = new Map();
            for (const s of ctx.slos.services) {
                const app = SERVICE_METRICS[s.name]?.app;
                const budget = s.errorRate ??
                    (ctx.slos.availability !== undefined ? 1 - ctx.slos.availability : undefined);
                if (app && budget !== undefined)
                    budgets.set(app, Math.min(budgets.get(app) ?? 1, budget));
            }
            const findings = [];
            const evidence = [];
            const noData = [];
            const entries = [...budgets].map(([app, budget]) => ({
                app,
                budget,
                q: errorRateQuery(ctx, app),
            }));
            const values = await Promise.all(entries.map(({ q }) => scalar(ctx, q)));
            for (const [i, { app, budget, q }] of entries.entries()) {
                const v = values[i];
                evidence.push(`${q} = ${v === undefined ? 'no data' : `${(v * 100).toFixed(2)} %`} (budget ${(budget * 100).toFixed(2)} %)`);
                if (v === undefined)
                    noData.push(app);
                else if (v > budget)
                    findings.push({
                        problem: `${app} answers ${(v * 100).toFixed(2)} % with 5xx (budget ${(budget * 100).toFixed(2)} %)`,
                    });
            }
            if (findings.length === 0 && noData.length > 0) {
                return {
                    result: 'warn',
                    reason: `no traffic in the window for ${noData.join(', ')}: error budget not demonstrated`,
                    evidence,
                };
            }
            return verdict(ctx, findings, 'every error rate within budget', evidence);
        },
    },
    {
        id: 'MM-RDY-072',
        category: 'performance',
        title: 'Latency alert thresholds agree with the SLO file',
        severity: 'high',
        run(ctx) {
            const skipped = needsSlos(ctx);
            if (skipped)
                return skipped;
            const alerts = definedAlerts(ctx);
            const findings = [];
            const evidence = [];
            for (const s of ctx.slos.services) {
                const m = SERVICE_METRICS[s.name];
                const target = s.latency.find((t) => t.quantile === 0.95) ?? s.latency[0];
                const alert = m && alerts.find((a) => a.alert === m.alert);
                if (!m || !target || !alert)
                    continue;
                const q = /histogram_quantile\(\s*([\d.]+)/.exec(alert.expr);
                const threshold = /\)\s*>\s*([\d.]+)\s*$/.exec(alert.expr.trim());
                const quantile = q ? Number(q[1]) : undefined;
                const seconds = threshold ? Number(threshold[1]) : undefined;
                evidence.push(`${alert.alert}: p${quantile === undefined ? '?' : quantile * 100} > ${seconds === undefined ? '?' : `${seconds * 1000} ms`}; ${ctx.slos.file} ${s.name}: p${target.quantile * 100} < ${target.maxMs} ms`);
                if (quantile !== target.quantile ||
                    seconds === undefined ||
                    Math.abs(seconds * 1000 - target.maxMs) > 1e-6) {
                    findings.push({
                        problem: `${alert.alert} alerts at p${quantile === undefined ? '?' : quantile * 100} > ${seconds === undefined ? '?' : seconds * 1000} ms but the SLO for ${s.name} is p${target.quantile * 100} < ${target.maxMs} ms`,
                        object: alert.rule,
                    });
                }
            }
            return evidence.length === 0
                ? skip('no latency alert matches a service in the SLO file')
                : verdict(ctx, findings, 'alert thresholds match the SLOs', evidence);
        },
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/security.ts
/** 5. Security (HIPAA): Pod Security labels, non-root read-only containers, privilege, Falco, secrets, IRSA. */


const WORKLOAD_KINDS = ['Deployment', 'DaemonSet', 'StatefulSet'];
const IRSA_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/;
const securityChecks = [
    {
        id: 'MM-RDY-040',
        category: 'security',
        title: 'Namespaces enforce a Pod Security level (apps: restricted)',
        severity: 'high',
        run(ctx) {
            const findings = [];
            const namespaces = ctx.objects.all('Namespace');
            const app = namespaces.find((n) => n.metadata.name === ctx.namespace);
            if (!app)
                findings.push({ problem: `Namespace ${ctx.namespace} not found` });
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
            const findings = [];
            const evidence = [];
            for (const { deployment: d } of appWorkloads(ctx)) {
                if (!d)
                    continue;
                const pod = podSpec(d).securityContext ?? {};
                for (const c of containers(d)) {
                    const sc = c.securityContext ?? {};
                    const nonRoot = (sc.runAsNonRoot ?? pod.runAsNonRoot) === true && (sc.runAsUser ?? pod.runAsUser) !== 0;
                    const readOnly = sc.readOnlyRootFilesystem === true;
                    evidence.push(`${ref(d)} container ${c.name}: runAsNonRoot ${sc.runAsNonRoot ?? pod.runAsNonRoot ?? 'unset'}, readOnlyRootFilesystem ${sc.readOnlyRootFilesystem ?? 'unset'}`);
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
        title: `No privileged container outside the node agents (${constants/* Project */.MM.PrivilegedDaemonSets.join(', ')})`,
        severity: 'critical',
        run(ctx) {
            const findings = [];
            const evidence = [];
            const workloads = WORKLOAD_KINDS.flatMap((k) => ctx.objects.all(k));
            for (const w of workloads) {
                for (const c of containers(w)) {
                    if (c.securityContext?.privileged !== true)
                        continue;
                    const allowed = w.kind === 'DaemonSet' &&
                        constants/* Project */.MM.PrivilegedDaemonSets.includes(w.metadata.name);
                    evidence.push(`${ref(w)} container ${c.name}: privileged${allowed ? ' (allowed node agent)' : ''}`);
                    if (!allowed)
                        findings.push({ problem: `${ref(w)} container ${c.name} is privileged`, object: w });
                }
            }
            evidence.unshift(`${countOf(workloads.length, 'workload')} scanned (${WORKLOAD_KINDS.join(', ')})`);
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
            if (skipped)
                return skipped;
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
            const findings = [];
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
            if (skipped)
                return skipped;
            if (!ctx.objects.has('ExternalSecret')) {
                return verdict(ctx, [
                    {
                        problem: 'the ExternalSecret kind is not served (External Secrets Operator not installed)',
                    },
                ], '', []);
            }
            const secrets = ctx.objects.all('ExternalSecret', ctx.namespace);
            const findings = [];
            const evidence = secrets.map((e) => {
                const ready = (e.status?.conditions ?? []).find((c) => c.type === 'Ready');
                if (ready?.status !== 'True')
                    findings.push({
                        problem: `${ref(e)} is not Ready${ready ? ` (${ready.reason ?? ''}: ${ready.message ?? ''})` : ' (never synced)'}`,
                    });
                return `${ref(e)}: Ready=${ready?.status ?? 'unknown'}${ready?.reason ? ` ${ready.reason}` : ''}`;
            });
            if (secrets.length === 0)
                findings.push({ problem: `no ExternalSecret in ${ctx.namespace}` });
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
            const findings = [];
            const evidence = [];
            for (const { app, deployment: d } of appWorkloads(ctx)) {
                if (!d)
                    continue;
                const name = podSpec(d).serviceAccountName ?? 'default';
                const sa = accounts.find((a) => a.metadata.name === name);
                const arn = sa?.metadata.annotations?.[constants/* Project */.MM.IrsaAnnotation];
                evidence.push(`${app}: ServiceAccount ${name} ${constants/* Project */.MM.IrsaAnnotation}=${arn ?? '(none)'}`);
                if (!sa)
                    findings.push({
                        problem: `${ref(d)} uses ServiceAccount ${name}, which does not exist`,
                        object: d,
                    });
                else if (!arn || !IRSA_ARN.test(arn))
                    findings.push({
                        problem: `${ref(sa)} has no IAM role annotation (${constants/* Project */.MM.IrsaAnnotation})`,
                        object: sa,
                    });
            }
            return verdict(ctx, findings, 'every app service account has its IRSA role', evidence);
        },
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/workloads.ts
/** 2. Workloads: live colour available, no restarts, PDBs, and the zero-downtime settings blue-green relies on. */


/** Seconds a container's preStop hook waits: the sleep action or an exec `sleep N`. */
function preStopSeconds(c) {
    const hook = c.lifecycle?.preStop;
    if (!hook)
        return undefined;
    if (hook.sleep?.seconds !== undefined)
        return Number(hook.sleep.seconds);
    const cmd = (hook.exec?.command ?? []).join(' ');
    const m = /\bsleep\s+(\d+)/.exec(cmd);
    return m ? Number(m[1]) : 0;
}
/** Each app's Deployments, with a finding for an app that has none. */
function deploymentsOrFindings(ctx) {
    const findings = [];
    const deployments = [];
    for (const w of appWorkloads(ctx)) {
        if (w.deployment)
            deployments.push(w.deployment);
        else
            findings.push({
                problem: ctx.mode === 'live'
                    ? `${w.app}: live colour ${w.color ?? '(unknown)'} has no Deployment ${w.app}-${w.color}`
                    : `${w.app}: no Deployment in the manifests`,
            });
    }
    return { deployments, findings };
}
function everyContainer(ctx, okReason, test, describe) {
    const { deployments, findings } = deploymentsOrFindings(ctx);
    const evidence = [];
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
const workloadChecks = [
    {
        id: 'MM-RDY-010',
        category: 'workloads',
        title: "Each app's live colour is available at its desired replicas",
        severity: 'critical',
        run(ctx) {
            const skipped = liveOnly(ctx, 'cluster');
            if (skipped)
                return skipped;
            const { deployments, findings } = deploymentsOrFindings(ctx);
            const evidence = deployments.map((d) => {
                const s = d.status ?? {};
                const want = d.spec?.replicas ?? 1;
                if ((s.availableReplicas ?? 0) < want ||
                    (s.updatedReplicas ?? 0) < want ||
                    (s.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
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
            if (skipped)
                return skipped;
            const since = Date.now() - ctx.windowMs;
            const pods = ctx.objects
                .all('Pod', ctx.namespace)
                .filter((p) => constants/* Project */.MM.Apps.includes(p.metadata.labels?.[constants/* Project */.MM.NameLabel] ?? ''));
            const findings = [];
            const evidence = [];
            for (const p of pods) {
                for (const s of p.status?.containerStatuses ?? []) {
                    const waiting = s.state?.waiting?.reason;
                    const finished = Date.parse(s.lastState?.terminated?.finishedAt ?? '');
                    const recent = Number.isFinite(finished) && finished >= since;
                    if (s.restartCount > 0 || waiting) {
                        evidence.push(`${ref(p)} ${s.name}: restartCount ${s.restartCount}${waiting ? `, waiting ${waiting}` : ''}${recent ? `, last terminated ${s.lastState.terminated.finishedAt} (${s.lastState.terminated.reason ?? `exit ${s.lastState.terminated.exitCode}`})` : ''}`);
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
            const findings = [];
            const evidence = [];
            for (const app of constants/* Project */.MM.Apps) {
                const pdb = pdbs.find((p) => p.spec?.selector?.matchLabels?.[constants/* Project */.MM.NameLabel] === app);
                if (!pdb) {
                    findings.push({
                        problem: `${app}: no PodDisruptionBudget selects ${constants/* Project */.MM.NameLabel}=${app}`,
                    });
                    continue;
                }
                const budget = pdb.spec.maxUnavailable !== undefined
                    ? `maxUnavailable ${pdb.spec.maxUnavailable}`
                    : `minAvailable ${pdb.spec.minAvailable}`;
                if (ctx.mode === 'live') {
                    const allowed = pdb.status?.disruptionsAllowed ?? 0;
                    evidence.push(`${ref(pdb)}: ${budget}, disruptionsAllowed ${allowed}, currentHealthy ${pdb.status?.currentHealthy ?? 0}/${pdb.status?.expectedPods ?? 0}`);
                    if (allowed < 1)
                        findings.push({
                            problem: `${ref(pdb)} allows no disruption now (node drains would block)`,
                            object: pdb,
                        });
                }
                else {
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
        run: (ctx) => everyContainer(ctx, 'every app container waits in preStop', (c) => preStopSeconds(c) === undefined
            ? 'no preStop hook: it gets SIGTERM while still receiving traffic'
            : undefined, (c) => `preStop ${preStopSeconds(c) === undefined ? 'none' : `${preStopSeconds(c)} s`}`),
    },
    {
        id: 'MM-RDY-014',
        category: 'workloads',
        title: 'terminationGracePeriodSeconds covers the preStop wait plus draining',
        severity: 'high',
        run: (ctx) => everyContainer(ctx, 'every grace period outlasts its preStop wait', (c, d) => {
            const grace = podSpec(d).terminationGracePeriodSeconds ?? 30;
            const wait = preStopSeconds(c) ?? 0;
            return grace > wait
                ? undefined
                : `terminationGracePeriodSeconds ${grace} does not exceed the preStop wait of ${wait} s: in-flight requests are killed`;
        }, (c, d) => `terminationGracePeriodSeconds ${podSpec(d).terminationGracePeriodSeconds ?? '30 (default)'}, preStop ${preStopSeconds(c) ?? 0} s`),
    },
    {
        id: 'MM-RDY-015',
        category: 'workloads',
        title: 'Every app container has a readiness probe',
        severity: 'critical',
        run: (ctx) => everyContainer(ctx, 'every app container has a readiness probe', (c) => c.readinessProbe
            ? undefined
            : 'no readinessProbe: it receives traffic before it can serve', (c) => `readinessProbe ${c.readinessProbe ? JSON.stringify(c.readinessProbe.httpGet ?? c.readinessProbe.exec ?? c.readinessProbe.tcpSocket ?? c.readinessProbe.grpc ?? {}) : 'none'}`),
    },
];

;// CONCATENATED MODULE: ./actions/readiness-check/src/checks/index.ts








const CHECKS = [
    ...clusterChecks,
    ...workloadChecks,
    ...autoscalingChecks,
    ...networkingChecks,
    ...securityChecks,
    ...dataChecks,
    ...monitoringChecks,
    ...performanceChecks,
];


/***/ })

};
;