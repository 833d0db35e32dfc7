/**
 * The fixed rehearsal, kept until .github/workflows/staged-rollout.yml exists
 * (see LEGACY_WHEN_WORKFLOW_MISSING in rehearsal/workflow-rehearsal.ts): the main job — merge to main, staged rollout — on the
 * embedded defaults, with no cloud account. Every step runs a committed
 * action bundle exactly as the runner would:
 *   1. terraform-plan of terraform/platform with the staging variables, offline (a temporary
 *      copy with a local backend and fake credentials; the provider mirror when
 *      present), printing the summary and the policy verdict;
 *   2. the platform bootstrap `kubectl apply -k k8s/overlays/staging` into the
 *      sandbox, then two blue-green releases with traffic through the live
 *      Services the whole time, printing failed and misrouted requests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLoad, type LoadReport, startSandbox } from '../../../sandbox/index';
import {
  createWorkspace,
  ROOT_MODULE,
  removeWorkspace,
  varFile,
} from '../../../terraform/test/harness';
import { type BundleRun, repoRoot, runBundle } from '../run-bundle';
import { RunnerConsole, renderSummary } from '../terminal';

type Write = (text: string) => void;

const NAMESPACE = 'medimind';
const APPS = ['backend-api', 'ml-pipeline'] as const;
const REGISTRY = '222222222222.dkr.ecr.us-east-1.amazonaws.com/medimind-staging';

export type RehearseOptions = { terraform: boolean; kubernetes: boolean; outDir: string };

export function parseRehearseArgs(argv: string[]): RehearseOptions {
  const options: RehearseOptions = {
    terraform: true,
    kubernetes: true,
    outDir: mkdtempSync(join(tmpdir(), 'medimind-rehearsal-')),
  };
  for (const arg of argv) {
    if (arg === '--skip-terraform') options.terraform = false;
    else if (arg === '--skip-kubernetes') options.kubernetes = false;
    else throw new Error(`unknown option "${arg}" (allowed: --skip-terraform, --skip-kubernetes)`);
  }
  return options;
}

function heading(write: Write, text: string): void {
  write(`\n━━ ${text}\n`);
}

async function runStep(
  write: Write,
  action: string,
  options: Parameters<typeof runBundle>[0],
): Promise<BundleRun> {
  const console = new RunnerConsole(write);
  const result = await runBundle({
    ...options,
    action,
    onStdout: (c) => console.feed(c),
    onStderr: (c) => console.feed(c),
  });
  console.flush();
  const outputs = Object.entries(result.outputs).map(([k, v]) => `${k}=${console.redact(v)}`);
  write(`outputs: ${outputs.join('  ') || '(none)'}\n`);
  if (result.exitCode !== 0) write(`${action} exited with ${result.exitCode ?? result.signal}\n`);
  return result;
}

async function planStaging(write: Write, outDir: string): Promise<boolean> {
  heading(write, `terraform-plan: terraform/${ROOT_MODULE}, ${varFile('staging')} (offline)`);
  const ws = await createWorkspace();
  try {
    const result = await runStep(write, 'terraform-plan', {
      action: 'terraform-plan',
      cwd: ws.root,
      env: { ...ws.env, GITHUB_SHA: 'rehearsal' },
      inputs: {
        'working-directory': ROOT_MODULE,
        environment: 'staging',
        'var-files': varFile('staging'),
        'comment-on-pr': 'false',
        'bundle-directory': join(outDir, 'plan-bundle'),
        // A local rehearsal has no KMS key; the bundle stays on this machine.
        'allow-plaintext-bundle': 'true',
      },
    });
    const summaryPath = join(outDir, 'terraform-plan-summary.md');
    writeFileSync(summaryPath, result.summary);
    // The counts, status and policy verdict; the per-resource detail goes to the file.
    const rendered = renderSummary(result.summary).split('\n');
    const detailAt = rendered.findIndex((line) => line.startsWith('▸'));
    const shown = detailAt < 0 ? rendered : rendered.slice(0, detailAt);
    write(`${shown.join('\n')}\n`);
    write(`full job summary: ${summaryPath}\n`);
    const verdict =
      result.outputs['policy-violations'] === '0'
        ? 'passed'
        : `${result.outputs['policy-violations']} violation(s)`;
    write(`policy verdict: ${verdict}; exit code ${result.exitCode}\n`);
    return result.exitCode === 0;
  } finally {
    await removeWorkspace(ws);
  }
}

function kubectl(args: string[], kubeconfig: string, write: Write): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', args, {
      env: { ...process.env, KUBECONFIG: kubeconfig },
      cwd: repoRoot,
    });
    child.stdout.on('data', (c: Buffer) => write(c.toString()));
    child.stderr.on('data', (c: Buffer) => write(c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error('kubectl was not found on PATH') : e),
    );
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function cutovers(write: Write): Promise<boolean> {
  heading(write, 'sandbox: embedded Kubernetes API with a data plane');
  const sandbox = await startSandbox({
    // The sandbox's realistic kube-proxy lag (3 nodes, 100 ms + tail, cap 3 s; not scaled).
    timing: { podReadyDelayMs: 150, timeScale: 0.02 },
  });
  try {
    write(`API ${sandbox.server}, kubeconfig ${sandbox.kubeconfigPath}\n`);
    heading(write, 'platform bootstrap: kubectl apply -k k8s/overlays/staging');
    if (
      (await kubectl(
        ['apply', '-k', 'k8s/overlays/staging', '--validate=false'],
        sandbox.kubeconfigPath,
        write,
      )) !== 0
    ) {
      return false;
    }
    // Traffic starts only once the platform's first colour serves, as it would in a cluster.
    for (const app of APPS) {
      const args = [
        'rollout',
        'status',
        `deployment/${app}-blue`,
        '-n',
        NAMESPACE,
        '--timeout=120s',
      ];
      if ((await kubectl(args, sandbox.kubeconfigPath, write)) !== 0) return false;
    }
    let ok = true;
    for (const [n, tag] of [
      [1, '1.1.0'],
      [2, '1.2.0'],
    ] as const) {
      heading(
        write,
        `blue-green release ${n}: ${APPS.map((a) => `${a}:${tag}`).join(', ')} (traffic on)`,
      );
      const stop = new AbortController();
      // Keep-alive clients (pinned to a pod per connection, like an ALB) and fresh connections.
      const traffic: Promise<LoadReport>[] = [];
      const labels: string[] = [];
      for (const app of APPS) {
        const url = await sandbox.dataPlane.serviceUrl(NAMESPACE, app);
        // ... and once every node's kube-proxy has synced its endpoints (seconds, on a real node).
        for (let i = 0; i < 500; i++) {
          if (sandbox.dataPlane.nodeEndpoints(NAMESPACE, app).every((n) => n.length > 0)) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        for (const connection of ['keep-alive', 'fresh'] as const) {
          labels.push(`${app} (${connection})`);
          traffic.push(
            generateLoad({
              url,
              durationMs: 300_000,
              concurrency: 2,
              connection,
              signal: stop.signal,
            }),
          );
        }
      }
      const result = await runStep(write, 'blue-green', {
        action: 'blue-green',
        inputs: {
          manifests: 'k8s/overlays/staging',
          namespace: NAMESPACE,
          images: APPS.map((a) => `${a}=${REGISTRY}/${a}:${tag}`).join('\n'),
          'release-id': `rehearsal-${tag}`,
          kubeconfig: sandbox.kubeconfigPath,
          'smoke-checks': '- /readyz',
          'scale-down-delay': '2s',
        },
        cwd: repoRoot,
      });
      stop.abort();
      const reports = await Promise.all(traffic);
      for (const [i, report] of reports.entries()) {
        write(
          `traffic ${labels[i]}: ${report.sent} requests, ${report.failed} failed${report.failed ? ` ${JSON.stringify(report.failureKinds)}` : ''}, ${report.misrouted} answered by unready pods, p99 ${report.latencyMs.p99.toFixed(1)} ms\n`,
        );
        if (report.failed > 0 || report.misrouted > 0) ok = false;
      }
      if (result.exitCode !== 0) ok = false;
    }
    return ok;
  } finally {
    await sandbox.stop();
  }
}

export async function fixedRehearsal(
  argv: string[],
  write: Write = (t) => process.stdout.write(t),
): Promise<number> {
  const options = parseRehearseArgs(argv);
  write(`rehearsal artifacts: ${options.outDir}\n`);
  const results: [string, boolean][] = [];
  if (options.terraform)
    results.push(['terraform-plan (staging, offline)', await planStaging(write, options.outDir)]);
  if (options.kubernetes) results.push(['blue-green (sandbox, 2 releases)', await cutovers(write)]);
  heading(write, 'rehearsal result');
  for (const [name, passed] of results) write(`${passed ? '✔' : '✘'} ${name}\n`);
  return results.every(([, passed]) => passed) ? 0 : 1;
}
