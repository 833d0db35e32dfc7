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
import { join } from 'node:path';
import { BUNDLE_FILES, readManifest } from '../../../actions/_shared/src/terraform/bundle';
import { verifyBundle } from '../../../actions/terraform-apply/src/verify';
import { generateLoad, type LoadReport, type Sandbox, startSandbox } from '../../../sandbox/index';
import { createWorkspace, removeWorkspace, type Workspace } from '../../../terraform/test/harness';
import { repoRoot } from '../run-bundle';
import type { Substitute } from '../workflow/executor';

export const ENVIRONMENTS = ['staging', 'production'] as const;
const NAMESPACE = 'medimind';
const APPS = ['backend-api', 'ml-pipeline'] as const;

type Cluster = {
  sandbox: Sandbox;
  stop: AbortController;
  traffic: { app: string; report: Promise<LoadReport> }[];
};

export type TrafficLine = { environment: string; app: string; report: LoadReport };

export class EmbeddedEnvironments {
  private readonly clusters = new Map<string, Promise<Cluster>>();
  private workspace?: Workspace;
  private stopped = false;

  private constructor(readonly checkout: string) {}

  /** A working tree: this repository, with terraform/ replaced by an offline copy. */
  static async create(tempDir: string): Promise<EmbeddedEnvironments> {
    const checkout = join(tempDir, 'checkout');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(checkout);
    const env = new EmbeddedEnvironments(checkout);
    env.workspace = await createWorkspace();
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
    return this.workspace?.env ?? {};
  }

  private cluster(environment: string, log: (line: string) => void): Promise<Cluster> {
    let cluster = this.clusters.get(environment);
    if (!cluster) {
      cluster = this.bootstrap(environment, log);
      this.clusters.set(environment, cluster);
    }
    return cluster;
  }

  private async bootstrap(environment: string, log: (line: string) => void): Promise<Cluster> {
    const sandbox = await startSandbox({
      // The sandbox's realistic kube-proxy lag (per node, not scaled), as the fixed rehearsal.
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
    return { sandbox, stop, traffic };
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
      for (const t of cluster.traffic)
        lines.push({ environment, app: t.app, report: await t.report });
      await cluster.sandbox.stop();
    }
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
      ...(k6Installed()
        ? {}
        : {
            'own:k6-load-test': {
              describe: 'k6 is not installed here',
              run: async () => ({
                status: 'skipped' as const,
                message: 'skipped: k6 is not on PATH (install k6 to run the load test)',
              }),
            },
          }),
    };
  }

  /** Inputs the offline world needs: the local backend takes no backend-config. */
  rewriteInputs(action: string, inputs: Record<string, string>, log: (line: string) => void): void {
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

function k6Installed(): boolean {
  return !spawnSync('k6', ['version'], { stdio: 'ignore' }).error;
}
