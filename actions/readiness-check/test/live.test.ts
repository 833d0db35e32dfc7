/**
 * Live mode against the sandbox (real Kubernetes API over HTTP, staging
 * overlay applied by kubectl) and a real Prometheus scraping its pods with the
 * project's alert rules; AWS faked at the SDK boundary. Faults injected in the
 * sandbox must turn the right checks red through real PromQL.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../../k8s/test/helpers';
import { prometheusAvailable } from '../../../test/prometheus/harness';
import { runAction } from '../../_shared/src/run-action';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';
import type { Report } from '../src/report';
import { IMAGES, type LiveEnv, ROOT, startLiveEnv } from './live-fixture';

const CANARY = 'canary-prom-password-7f3a9';
const SLO = join(ROOT, 'loadtests/slo.yaml');

const rds = mockClient(RDSClient);
const elasticache = mockClient(ElastiCacheClient);
const cloudwatch = mockClient(CloudWatchClient);

function healthyAws() {
  rds.reset();
  elasticache.reset();
  cloudwatch.reset();
  rds.on(DescribeDBInstancesCommand).resolves({
    DBInstances: [
      {
        DBInstanceIdentifier: 'medimind-staging-postgres',
        DBInstanceStatus: 'available',
        MultiAZ: true,
        StorageEncrypted: true,
        BackupRetentionPeriod: 7,
      },
      {
        DBInstanceIdentifier: 'medimind-staging-postgres-replica-1',
        DBInstanceStatus: 'available',
        ReadReplicaSourceDBInstanceIdentifier: 'medimind-staging-postgres',
        MultiAZ: false,
        StorageEncrypted: true,
        BackupRetentionPeriod: 0,
      },
      {
        DBInstanceIdentifier: 'someone-elses-db',
        DBInstanceStatus: 'stopped',
        MultiAZ: false,
        StorageEncrypted: false,
      },
    ],
  });
  elasticache.on(DescribeReplicationGroupsCommand).resolves({
    ReplicationGroups: [
      {
        ReplicationGroupId: 'medimind-staging-redis',
        Status: 'available',
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        AutomaticFailover: 'enabled',
      },
    ],
  });
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
}

let fx: RunnerFixture | undefined;
afterEach(() => {
  fx?.restore();
  fx = undefined;
});

const enabled = kubectlAvailable() && prometheusAvailable();

describe.runIf(enabled)('live mode on the sandbox with a real Prometheus', () => {
  let env: LiveEnv;
  let promUrl: string;

  beforeAll(async () => {
    env = await startLiveEnv();
    const u = new URL(env.prom.url);
    u.username = 'reader';
    u.password = CANARY;
    promUrl = u.toString();
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
    rds.restore();
    elasticache.restore();
    cloudwatch.restore();
  });

  async function runLive(inputs: Record<string, string> = {}) {
    fx = runnerFixture({
      mode: 'live',
      kubeconfig: env.sb.kubeconfigPath,
      'prometheus-url': promUrl,
      'aws-region': 'us-east-1',
      'slo-file': SLO,
      window: '30s',
      'report-file': join(ROOT, 'node_modules/.cache/readiness-live.json'),
      ...inputs,
    });
    fx.env.GITHUB_WORKSPACE = ROOT;
    fx.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
    fx.env.AWS_SECRET_ACCESS_KEY = 'fake';
    process.exitCode = undefined;
    await runAction(run, { env: fx.env, reasons: FAILURE_REASONS });
    const out = fx.outputs();
    const reportText = out['report-file'] ? readFileSync(out['report-file'], 'utf8') : '';
    const report = reportText ? (JSON.parse(reportText) as Report) : undefined;
    return {
      out,
      report,
      reportText,
      stdout: fx.stdout(),
      summary: fx.summary(),
      exitCode: process.exitCode,
    };
  }
  const check = (r: Report, id: string) =>
    r.categories.flatMap((c) => c.checks).find((k) => k.id === id)!;
  const statuses = (r: Report) => Object.fromEntries(r.categories.map((c) => [c.id, c.status]));

  it('passes a healthy release: every category but auto-scaling (the sandbox has no metrics API) passes', async () => {
    healthyAws();
    // Precondition: both apps' traffic is visible over the window, by the very queries the check runs.
    for (const app of ['backend-api', 'ml-pipeline']) {
      const q = `(sum(rate(http_requests_total{namespace="medimind", app="${app}", status=~"5.."}[30s])) or vector(0)) / sum(rate(http_requests_total{namespace="medimind", app="${app}"}[30s]))`;
      await env.prom.waitFor(async () => {
        const v = Number((await env.prom.query(q))[0]?.value[1]);
        return Number.isFinite(v) ? v : undefined;
      }, `${app} traffic in Prometheus`);
    }
    const { out, report: r, reportText, stdout, summary } = await runLive();
    const why = r
      ? r.categories
          .flatMap((c) =>
            c.checks
              .filter((k) => k.status !== 'pass')
              .map((k) => `${k.id} ${k.status}: ${k.reason}`),
          )
          .join('\n')
      : stdout;
    expect(out.passed, why).toBe('true');
    expect(statuses(r!), why).toEqual({
      cluster: 'pass',
      workloads: 'pass',
      autoscaling: 'warn',
      networking: 'pass',
      security: 'pass',
      data: 'pass',
      monitoring: 'pass',
      performance: 'pass',
    });
    expect(check(r!, 'MM-RDY-021').reason).toMatch(/no current metrics/);
    expect(check(r!, 'MM-RDY-001').evidence[0]).toMatch(/^GET \/version: v1\.\d+/);
    expect(check(r!, 'MM-RDY-060').evidence.join('\n')).toMatch(
      /backend-api: 3\/3 targets up[\s\S]*dcgm-exporter: 1\/1 targets up/,
    );
    expect(check(r!, 'MM-RDY-061').evidence.join('\n')).toMatch(
      /GET \/api\/v1\/rules: .*MLPredictionLatencyHigh/,
    );
    // The SLOs as real PromQL over the window, with the values Prometheus returned.
    expect(check(r!, 'MM-RDY-070').evidence.join('\n')).toMatch(
      /histogram_quantile\(0\.95, sum by \(le\) \(rate\(medimind_ml_prediction_duration_seconds_bucket\{namespace="medimind", app="ml-pipeline"\}\[30s\]\)\)\) = [\d.]+ ms \(SLO < 200 ms\)/,
    );
    expect(check(r!, 'MM-RDY-071').evidence.join('\n')).toMatch(
      /= 0\.00 % \(budget 0\.10 %: backend-api, database-pool\)/,
    );
    expect(check(r!, 'MM-RDY-050').evidence.join('\n')).toMatch(
      /medimind-staging-postgres: status available, MultiAZ true/,
    );
    expect(check(r!, 'MM-RDY-050').evidence.join('\n')).not.toMatch(/someone-elses-db/);
    expect(summary).toMatch(/Production readiness \(live\): 7\/8 categories passed/);
    expect(summary).toContain('MM-RDY-021 HPAs read current metrics');
    // The Prometheus password never leaves: masked, and absent from everything written.
    expect(fx!.masks()).toContain(CANARY);
    for (const text of [
      stdout.replace(/^::add-mask::.*$/gm, ''),
      summary,
      reportText,
      JSON.stringify(out),
    ]) {
      expect(text).not.toContain(CANARY);
    }
  });

  it("follows blue-green's active-colour annotation to the live Deployment", async () => {
    const patch = (value: string | null) =>
      env.kubectl([
        '-n',
        'medimind',
        'annotate',
        'service',
        'backend-api',
        `medimind.io/active-color${value ? `=${value}` : '-'}`,
        '--overwrite',
      ]);
    await patch('green');
    try {
      const { report: r } = await runLive({ categories: 'workloads' });
      expect(check(r!, 'MM-RDY-010')).toMatchObject({
        status: 'fail',
        reason: 'backend-api: live colour green has no Deployment backend-api-green',
      });
      expect(check(r!, 'MM-RDY-010').evidence.join('\n')).toMatch(
        /ml-pipeline-blue: replicas 3, available 3/,
      );
    } finally {
      await patch(null);
    }
  });

  it('reports unhealthy data stores and CloudWatch alarms from the AWS APIs', async () => {
    healthyAws();
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          DBInstanceIdentifier: 'medimind-staging-postgres',
          DBInstanceStatus: 'modifying',
          MultiAZ: false,
          StorageEncrypted: false,
          BackupRetentionPeriod: 1,
        },
      ],
    });
    elasticache.on(DescribeReplicationGroupsCommand).resolves({
      ReplicationGroups: [
        {
          ReplicationGroupId: 'medimind-staging-redis',
          Status: 'available',
          TransitEncryptionEnabled: false,
          AtRestEncryptionEnabled: true,
        },
      ],
    });
    cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmName: 'medimind-staging-postgres-cpu-high',
          StateValue: 'ALARM',
          StateReason: 'Threshold Crossed: 1 datapoint [92.0] > 80.0',
        },
      ],
    });
    const { out, report: r } = await runLive({ categories: 'data, monitoring' });
    expect(out.passed).toBe('false');
    expect(out['failure-reason']).toBe('checks-failed');
    expect(out['failed-checks']!.split(',').sort()).toEqual([
      'MM-RDY-050',
      'MM-RDY-051',
      'MM-RDY-052',
      'MM-RDY-064',
    ]);
    expect(check(r!, 'MM-RDY-050').reason).toBe(
      'medimind-staging-postgres is modifying; medimind-staging-postgres is not multi-AZ; medimind-staging-postgres storage is not encrypted (HIPAA); medimind-staging-postgres keeps backups 1 days (< 7)',
    );
    expect(check(r!, 'MM-RDY-052').reason).toBe(
      'medimind-staging-redis is not encrypted in transit',
    );
    expect(check(r!, 'MM-RDY-064').evidence).toContain(
      'medimind-staging-postgres-cpu-high: Threshold Crossed: 1 datapoint [92.0] > 80.0',
    );
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)[0]!.args[0].input).toMatchObject({
      StateValue: 'ALARM',
      AlarmNamePrefix: 'medimind-',
    });
    // Categories not asked for are skipped, not passed.
    expect(statuses(r!).cluster).toBe('skip');
    expect(check(r!, 'MM-RDY-001').reason).toMatch(/not selected/);
  });

  it('skips the data checks without aws-region and the Prometheus checks without prometheus-url', async () => {
    rds.reset();
    const { report: r } = await runLive({
      'aws-region': '',
      'prometheus-url': '',
      categories: 'data,monitoring,performance',
    });
    expect(check(r!, 'MM-RDY-050')).toMatchObject({
      status: 'skip',
      reason: 'input aws-region not set',
    });
    expect(check(r!, 'MM-RDY-062')).toMatchObject({
      status: 'skip',
      reason: 'input prometheus-url not set',
    });
    expect(check(r!, 'MM-RDY-070').status).toBe('skip');
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(0);
  });

  it('turns red when a bad release throws 5xx, a pod crash-loops and a GPU overheats', async () => {
    healthyAws();
    env.sb.control.faults.image(IMAGES.backend, { kind: 'errors', rate: 0.3, status: 503 });
    env.sb.control.faults.image(IMAGES.ml, { kind: 'crash-loop', exitCode: 137 });
    env.gpuTemperature(91);
    try {
      await env.restartApp('backend-api');
      await env.restartApp('ml-pipeline');
      // Wait for what Prometheus itself concludes: the project's rules firing.
      await env.prom.waitFor(
        async () => {
          const firing = await env.prom.query('ALERTS{alertstate="firing"}');
          const names = new Set(firing.map((a) => a.metric.alertname));
          return names.has('HighErrorRate') && names.has('GPUTemperatureHigh') ? true : undefined;
        },
        'HighErrorRate and GPUTemperatureHigh firing',
        60_000,
      );
      const { out, report: r, summary } = await runLive();
      expect(out.passed).toBe('false');
      const failed = out['failed-checks']!.split(',');
      expect(failed).toEqual(
        expect.arrayContaining(['MM-RDY-010', 'MM-RDY-011', 'MM-RDY-062', 'MM-RDY-071']),
      );
      expect(check(r!, 'MM-RDY-010').reason).toMatch(
        /Deployment medimind\/ml-pipeline-blue: 0\/3 available/,
      );
      expect(check(r!, 'MM-RDY-011').reason).toMatch(
        /ml-pipeline-blue-.* container ml-pipeline restarted in the window/,
      );
      expect(check(r!, 'MM-RDY-062').reason).toMatch(
        /critical alert firing: HighErrorRate\{app="backend-api"/,
      );
      expect(check(r!, 'MM-RDY-062').reason).toMatch(
        /critical alert firing: GPUTemperatureHigh\{.*Hostname="gpu-1"/,
      );
      expect(check(r!, 'MM-RDY-071').reason).toMatch(
        /^backend-api answers [\d.]+ % with 5xx \(budget 0\.10 %\)/,
      );
      expect(summary).toMatch(
        /\| MM-RDY-062 No critical alert is firing \| ❌ fail \| critical \|/,
      );
    } finally {
      env.sb.control.faults.clear();
      env.gpuTemperature(62);
    }
  });

  it('fails with cluster-unreachable and prometheus-unreachable, one error each and no report', async () => {
    const kubeconfig = join(ROOT, 'node_modules/.cache/readiness-dead-kubeconfig');
    writeFileSync(
      kubeconfig,
      readFileSync(env.sb.kubeconfigPath, 'utf8').replace(
        /server: .*/,
        'server: http://127.0.0.1:9',
      ),
    );
    const dead = await runLive({
      kubeconfig,
      'report-file': join(ROOT, 'node_modules/.cache/none.json'),
    });
    expect(dead.exitCode).toBe(1);
    expect(dead.out['failure-reason']).toBe('cluster-unreachable');
    expect(fx!.errors()).toHaveLength(1);
    expect(fx!.errors()[0]).toMatch(/^Kubernetes API unreachable \(GET \//);
    fx!.restore();
    const noProm = await runLive({ 'prometheus-url': 'http://127.0.0.1:9' });
    expect(noProm.out['failure-reason']).toBe('prometheus-unreachable');
    expect(fx!.errors()[0]).toMatch(/^Prometheus unreachable at http:\/\/127\.0\.0\.1:9/);
  });
});
