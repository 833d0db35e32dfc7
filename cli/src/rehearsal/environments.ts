/**
 * The embedded defaults a workflow rehearsal runs on:
 * - a working tree whose terraform/ is a temporary copy with a local backend
 *   and fake credentials (offline plans, the provider mirror when present);
 * - one sandbox cluster per environment (staging, production), bootstrapped
 *   with `kubectl apply -k k8s/overlays/<environment>` the first time a step
 *   authenticates to it, with traffic through every live Service from then on
 *   until the rehearsal ends.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDuration } from '../../../actions/_shared/src/inputs';
import { DEFAULT_SLO_FILE, loadSlo } from '../../../actions/_shared/src/slo';
import { BUNDLE_FILES, readManifest } from '../../../actions/_shared/src/terraform/bundle';
import { verifyBundle } from '../../../actions/terraform-apply/src/verify';
import {
  generateLoad,
  type LoadReport,
  type Sandbox,
  simulatePlatform,
  startDcgmStandIn,
  startSandbox,
} from '../../../sandbox/index';
import { createWorkspace, removeWorkspace, type Workspace } from '../../../terraform/test/harness';
import { type PrometheusHandle, startPrometheus } from '../../../test/prometheus/harness';
import { ruleFile } from '../../../test/prometheus/rules';
import { followSandbox } from '../../../test/prometheus/sandbox-targets';
import { repoRoot } from '../run-bundle';
import type { JobInfo, Substitute } from '../workflow/executor';
import { runSmokeStandIn } from './smoke-stand-in';

export const ENVIRONMENTS = ['staging', 'production'] as const;
const NAMESPACE = 'medimind';
const APPS = ['backend-api', 'ml-pipeline'] as const;
/** Above the sandbox's kube-proxy lag cap (3 s). */
const REHEARSAL_SCALE_DOWN_DELAY_MS = 5_000;

type Cluster = {
  sandbox: Sandbox;
  stop: AbortController;
  follower?: ReturnType<typeof followSandbox>;
  traffic: { app: string; report: Promise<LoadReport> }[];
};

export type TrafficLine = { environment: string; app: string; report: LoadReport };

export class EmbeddedEnvironments {
  private readonly clusters = new Map<string, Promise<Cluster>>();
  private workspace?: Workspace;
  private stopped = false;
  /** One real Prometheus per environment (when installed), scraping its sandbox's pods. */
  readonly prometheus = new Map<string, PrometheusHandle>();
  private dcgm?: Awaited<ReturnType<typeof startDcgmStandIn>>;

  private constructor(readonly checkout: string) {}

  /** A working tree: this repository, with terraform/ replaced by an offline copy. */
  static async create(tempDir: string): Promise<EmbeddedEnvironments> {
    const checkout = join(tempDir, 'checkout');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(checkout);
    const env = new EmbeddedEnvironments(checkout);
    env.workspace = await createWorkspace();
    if (prometheusBinary()) {
      // Started now: the workflow takes its URL as an input, before any cluster exists.
      env.dcgm = await startDcgmStandIn();
      const rules = ruleFile();
      for (const environment of ENVIRONMENTS)
        env.prometheus.set(environment, await startPrometheus({ rules: [rules] }));
    }
    for (const entry of readdirSync(repoRoot)) {
      symlinkSync(
        entry === 'terraform' ? env.workspace.root : join(repoRoot, entry),
        join(checkout, entry),
      );
    }
    return env;
  }

  /** Offline terraform settings every step sees. */
  get env(): Record<string, string> {
    const k6 = process.env.K6_BINARY;
    return {
      ...(this.workspace?.env ?? {}),
      // The real k6-load-test looks for `k6` on PATH.
      ...(k6 ? { PATH: `${dirname(k6)}:${process.env.PATH ?? ''}` } : {}),
    };
  }

  private cluster(environment: string, log: (line: string) => void): Promise<Cluster> {
    let cluster = this.clusters.get(environment);
    if (!cluster) {
      cluster = this.bootstrap(environment, log);
      this.clusters.set(environment, cluster);
    }
    return cluster;
  }

  /**
   * `service=url` lines for every SLO service with its own base URL, through the
   * environment's live Services (bootstrapping its cluster): for workflows that take
   * `base-urls` as a required input (nightly-performance).
   */
  async baseUrls(environment: string, log: (line: string) => void): Promise<string> {
    return serviceBaseUrls(await this.cluster(environment, log));
  }

  /** The already bootstrapped cluster of a job's environment (after its aws-eks-auth step). */
  private clusterOf(job: JobInfo): Promise<Cluster> | undefined {
    return job.environment ? this.clusters.get(job.environment) : undefined;
  }

  private async bootstrap(environment: string, log: (line: string) => void): Promise<Cluster> {
    const sandbox = await startSandbox({
      // The sandbox's realistic kube-proxy lag (per node, not scaled).
      timing: { podReadyDelayMs: 150, timeScale: 0.02 },
    });
    log(`sandbox cluster for ${environment}: ${sandbox.server}`);
    const kubectl = (args: string[]) =>
      new Promise<void>((done, fail) => {
        const child = spawn('kubectl', args, {
          cwd: repoRoot,
          env: { ...process.env, KUBECONFIG: sandbox.kubeconfigPath },
        });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c));
        child.stderr.on('data', (c: Buffer) => (out += c));
        child.on('error', fail);
        child.on('close', (code) =>
          code === 0 ? done() : fail(new Error(`kubectl ${args.join(' ')}: ${out.trim()}`)),
        );
      });
    log(`platform bootstrap: kubectl apply -k k8s/overlays/${environment}`);
    await kubectl(['apply', '-k', `k8s/overlays/${environment}`, '--validate=false']);
    // The sandbox runs no EKS node groups, DaemonSet, External Secrets or ALB controllers.
    await simulatePlatform(sandbox, NAMESPACE);
    log(
      'platform stand-in: EKS node groups (system, app on spot, gpu tainted) and the status the DaemonSet, External Secrets and ALB controllers would write',
    );
    for (const app of APPS) {
      await kubectl([
        'rollout',
        'status',
        `deployment/${app}-blue`,
        '-n',
        NAMESPACE,
        '--timeout=120s',
      ]);
    }
    const stop = new AbortController();
    const traffic = [];
    for (const app of APPS) {
      const url = await sandbox.dataPlane.serviceUrl(NAMESPACE, app);
      // Traffic once every node's kube-proxy has the endpoints, as on a real cluster.
      for (let i = 0; i < 500; i++) {
        if (sandbox.dataPlane.nodeEndpoints(NAMESPACE, app).every((n) => n.length > 0)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // Pooled clients (pinned to a pod per connection, like an ALB) and fresh connections,
      // paced so terraform keeps its CPU.
      for (const connection of ['keep-alive', 'fresh'] as const) {
        const report = generateLoad({
          url,
          durationMs: 3_600_000,
          concurrency: 2,
          intervalMs: 10,
          connection,
          signal: stop.signal,
        });
        traffic.push({ app: `${app} (${connection})`, report });
      }
    }
    log(`traffic on: ${APPS.join(', ')} through the live Services`);
    const prom = this.prometheus.get(environment);
    const follower =
      prom &&
      followSandbox(sandbox, prom, {
        namespaces: [NAMESPACE],
        extraTargets: this.dcgm
          ? [
              {
                address: this.dcgm.address,
                labels: {
                  app: 'dcgm-exporter',
                  namespace: 'monitoring',
                  pod: 'dcgm-exporter-gpu-1',
                },
              },
            ]
          : [],
      });
    if (prom && follower) {
      const pods = await follower.refresh();
      await prom.waitFor(
        async () => ((await prom.query('up == 1')).length >= pods.length ? true : undefined),
        'every pod scraped',
        60_000,
      );
      log(
        `prometheus ${prom.url} scrapes the ${environment} pods (${pods.length} targets) with the project's alert rules`,
      );
    }
    return { sandbox, stop, traffic, follower };
  }

  /** Stops traffic and clusters; returns the traffic report per environment and app. */
  async stop(): Promise<TrafficLine[]> {
    const lines: TrafficLine[] = [];
    if (this.stopped) return lines;
    this.stopped = true;
    for (const [environment, pending] of this.clusters) {
      const cluster = await pending.catch(() => undefined);
      if (!cluster) continue;
      cluster.stop.abort();
      cluster.follower?.stop();
      for (const t of cluster.traffic)
        lines.push({ environment, app: t.app, report: await t.report });
      await cluster.sandbox.stop();
    }
    for (const prom of this.prometheus.values()) await prom.stop();
    await this.dcgm?.stop();
    if (this.workspace) await removeWorkspace(this.workspace);
    return lines;
  }

  /** This library's actions that cannot run here as they would on GitHub. */
  overrides(): Record<string, Substitute> {
    return {
      'own:aws-eks-auth': {
        describe: 'fake AWS credentials; the sandbox kubeconfig for the named cluster',
        run: async (call) => {
          for (const [k, v] of Object.entries({
            AWS_ACCESS_KEY_ID: 'AKIAOFFLINEPLAN00000',
            AWS_SECRET_ACCESS_KEY: 'offline-plan-fake-secret',
            AWS_REGION: call.inputs['aws-region'] ?? 'us-east-1',
          })) {
            call.exportEnv(k, v);
          }
          call.mask('offline-plan-fake-secret');
          call.setOutput('aws-account-id', '111111111111');
          call.setOutput(
            'role-session-arn',
            `arn:aws:sts::111111111111:assumed-role/rehearsal/${call.job.path}`,
          );
          const name = call.inputs['cluster-name'];
          if (!name) {
            call.log('credentials only (no cluster-name)');
            return { status: 'success' };
          }
          const environment = ENVIRONMENTS.find((e) => name.includes(e)) ?? call.job.environment;
          if (
            !environment ||
            !ENVIRONMENTS.includes(environment as (typeof ENVIRONMENTS)[number])
          ) {
            return {
              status: 'failure',
              message: `cluster-name "${name}" names no rehearsal environment (${ENVIRONMENTS.join(', ')})`,
            };
          }
          const cluster = await this.cluster(environment, call.log);
          call.setOutput('kubeconfig', cluster.sandbox.kubeconfigPath);
          call.setOutput('cluster-endpoint', cluster.sandbox.server);
          call.exportEnv('KUBECONFIG', cluster.sandbox.kubeconfigPath);
          call.log(`cluster ${name} → the ${environment} sandbox (${cluster.sandbox.server})`);
          return { status: 'success' };
        },
      },
      'own:terraform-apply': {
        describe: 'offline: bundle verification instead of a real apply (nothing is applied)',
        run: async (call) => {
          const dir = call.inputs['bundle-directory'] ?? '';
          try {
            const manifest = readManifest(dir);
            verifyBundle(manifest, {
              bundleDirectory: dir,
              commitSha: call.env.GITHUB_SHA ?? '',
              environment: call.inputs.environment ?? '',
              workingDirectory: call.inputs['working-directory'] ?? '',
              workspace: call.inputs.workspace || 'default',
              maxPlanAgeMs: 12 * 3600_000,
              now: Date.now(),
            });
            // The trust anchor from the plan job's outputs, when the action takes one.
            const expected = call.inputs['expected-plan-sha256'];
            if (expected !== undefined && expected !== manifest.planSha256) {
              throw Object.assign(
                new Error(
                  `the bundle's plan sha256 ${manifest.planSha256} is not the planned ${expected || '(none)'}`,
                ),
                { reason: 'plan-tampered' },
              );
            }
            call.log(
              `bundle verified: ${BUNDLE_FILES.plan} sha256 ${manifest.planSha256.slice(0, 12)}, commit, environment, directory, workspace, age, policy`,
            );
            call.log(
              'apply replaced by the offline plan + bundle verification: nothing was applied',
            );
            call.setOutput('applied', 'true');
            return { status: 'success' };
          } catch (error) {
            const reason = (error as { reason?: string }).reason ?? 'bundle-invalid';
            call.setOutput('applied', 'false');
            call.setOutput('failure-reason', reason);
            return { status: 'failure', message: (error as Error).message };
          }
        },
      },
      ...(k6Binary()
        ? {}
        : {
            'own:k6-load-test': {
              describe:
                "k6 not installed: the rehearsal's built-in HTTP stand-in (real requests through the live Services, judged against the SLOs)",
              run: (call) =>
                runSmokeStandIn(call, async (service) => {
                  const given = baseUrls(call.inputs['base-urls']).get(service.name);
                  if (given) return given;
                  const cluster = await this.clusterOf(call.job);
                  return cluster?.sandbox.dataPlane.serviceUrl(NAMESPACE, service.app);
                }),
            },
          }),
    };
  }

  /** Inputs the offline world needs: the local backend takes no backend-config. */
  async rewriteInputs(
    action: string,
    inputs: Record<string, string>,
    log: (line: string) => void,
    job: JobInfo,
  ): Promise<void> {
    // Draining here is bounded by the sandbox's kube-proxy lag cap (3 s), not an ALB's
    // deregistration: a shorter delay keeps the rehearsal short and the traffic report proves it.
    const delay = parseDuration(inputs['scale-down-delay'] ?? '');
    if (action === 'blue-green' && delay !== undefined && delay > REHEARSAL_SCALE_DOWN_DELAY_MS) {
      log(
        `scale-down-delay ${inputs['scale-down-delay']} → ${REHEARSAL_SCALE_DOWN_DELAY_MS / 1000}s (the sandbox's endpoint lag is capped at 3 s; keep the default on EKS)`,
      );
      inputs['scale-down-delay'] = `${REHEARSAL_SCALE_DOWN_DELAY_MS / 1000}s`;
    }
    // No AWS account here: RDS, ElastiCache and CloudWatch cannot be asked.
    if (action === 'readiness-check' && inputs['aws-region']) {
      log(
        'aws-region dropped: no AWS here, so the data-store and CloudWatch checks are skipped (they run on GitHub)',
      );
      inputs['aws-region'] = '';
    }
    // A real k6 targets the environment's sandbox Services unless base-urls were given.
    if (action === 'k6-load-test' && !inputs['base-urls'] && k6Binary()) {
      const cluster = await this.clusterOf(job);
      if (cluster) {
        inputs['base-urls'] = await serviceBaseUrls(await cluster);
        log(`base-urls: the ${job.environment} sandbox's live Services`);
      }
    }
    if ((action === 'terraform-plan' || action === 'terraform-apply') && inputs['backend-config']) {
      log('backend-config dropped: the rehearsal plans against a local backend');
      inputs['backend-config'] = '';
    }
    // No KMS here; the bundle only ever goes to the local artifact store.
    if (
      action === 'terraform-plan' &&
      'allow-plaintext-bundle' in inputs &&
      !inputs['kms-key-id']
    ) {
      log(
        'allow-plaintext-bundle: true (no KMS key here; the bundle stays in the local artifact store)',
      );
      inputs['allow-plaintext-bundle'] = 'true';
    }
  }
}

/** k6-load-test's base-urls: every SLO service with its own base URL → its app's live Service. */
async function serviceBaseUrls(cluster: Cluster): Promise<string> {
  const slo = loadSlo(join(repoRoot, DEFAULT_SLO_FILE));
  const lines = [];
  for (const s of slo.services.filter((x) => x.baseUrlOf === x.name))
    lines.push(`${s.name}=${await cluster.sandbox.dataPlane.serviceUrl(NAMESPACE, s.app)}`);
  return lines.join('\n');
}

/** Whether a Prometheus binary is here ($PROMETHEUS_BIN or `prometheus` on PATH). */
export function prometheusBinary(): boolean {
  return !spawnSync(process.env.PROMETHEUS_BIN || 'prometheus', ['--version'], { stdio: 'ignore' })
    .error;
}

/** The k6 to run: $K6_BINARY, else `k6` on PATH; undefined when there is none. */
export function k6Binary(): string | undefined {
  const candidate = process.env.K6_BINARY || 'k6';
  return spawnSync(candidate, ['version'], { stdio: 'ignore' }).error ? undefined : candidate;
}

/** `service=url` lines (k6-load-test's base-urls). */
function baseUrls(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) map.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return map;
}
