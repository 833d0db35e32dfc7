/**
 * readiness-check live, as whole processes, against the sandbox (staging
 * overlay, real HTTP Kubernetes API) and a real Prometheus scraping it with
 * the project's rules and traffic flowing: the committed bundle running every
 * category, beside bench/readiness-kubectl.sh doing the same checks the
 * seed's way (one kubectl or curl call per check). Data stores are left out
 * of both (no AWS here). Alternating runs, medians, ratio.
 * `BENCH_RUNS=7 npx tsx bench/readiness.ts`; target: ratio >= 10.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLiveEnv } from '../actions/readiness-check/test/live-fixture';

const root = resolve(import.meta.dirname, '..');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 5);
const TARGET = 10;
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const env = await startLiveEnv();
const scratch = mkdtempSync(join(tmpdir(), 'bench-readiness-'));
try {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV'].map((n) => {
      const f = join(scratch, n);
      writeFileSync(f, '');
      return [n, f];
    }),
  );
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    KUBECONFIG: env.sb.kubeconfigPath,
  };
  const bundleEnv = {
    ...base,
    ...files,
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: scratch,
    INPUT_MODE: 'live',
    INPUT_KUBECONFIG: env.sb.kubeconfigPath,
    'INPUT_PROMETHEUS-URL': env.prom.url,
    'INPUT_SLO-FILE': join(root, 'actions/readiness-check/test/fixtures/slo.yaml'),
    INPUT_WINDOW: '30s',
    'INPUT_FAIL-ON': 'fail',
    'INPUT_REPORT-FILE': join(scratch, 'report.json'),
    INPUT_NAMESPACE: 'medimind',
  };
  const kubeCache = join(scratch, 'kube-cache');
  const shellEnv = {
    ...base,
    PROM: env.prom.url,
    NS: 'medimind',
    WINDOW: '30s',
    KUBECACHEDIR: kubeCache,
  };
  // Asynchronous on purpose: the sandbox and the traffic live in this process and must keep serving.
  type Run = { status: number | null; stdout: string; stderr: string };
  const exec = (file: string, args: string[], e: Record<string, string | undefined>) =>
    new Promise<Run>((done) => {
      const child = spawn(file, args, { env: e });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  const cases = {
    bundle: () =>
      exec(process.execPath, [join(root, 'actions/readiness-check/dist/index.js')], bundleEnv),
    shell: () => exec('bash', [join(root, 'bench/readiness-kubectl.sh')], shellEnv),
  };
  const time = async (f: () => Promise<Run>) => {
    const t = process.hrtime.bigint();
    const r = await f();
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
  };
  // Warm-up and sanity: both must actually run their checks.
  const b = await time(cases.bundle);
  const report = JSON.parse(readFileSync(join(scratch, 'report.json'), 'utf8'));
  const ran = report.categories
    .flatMap((c: { checks: { status: string }[] }) => c.checks)
    .filter((k: { status: string }) => k.status !== 'skip');
  const s = await time(cases.shell);
  const shellChecks = String(s.r.stdout)
    .split('\n')
    .filter((l) => /^(pass|FAIL) /.test(l));
  if (b.r.status !== 0 || shellChecks.length < 20) {
    console.error(`bundle exit ${b.r.status}\n${b.r.stdout}\nshell:\n${s.r.stdout}${s.r.stderr}`);
    process.exit(1);
  }
  if (process.env.BENCH_VERBOSE)
    console.log(
      b.r.stdout
        .split('\n')
        .filter((l) => /: [\d.]+ (ms|s)$/.test(l))
        .join('\n'),
    );
  const bundle: number[] = [];
  const shell: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const pair =
      i % 2 === 0
        ? [await time(cases.bundle), await time(cases.shell)]
        : [await time(cases.shell), await time(cases.bundle)].reverse();
    bundle.push(pair[0]!.ms);
    shell.push(pair[1]!.ms);
    ratios.push(pair[1]!.ms / pair[0]!.ms);
  }
  const ratio = median(ratios);
  console.log(`readiness live, ${RUNS} alternating runs after a warm-up, Node ${process.version}`);
  console.table([
    {
      case: `readiness-check bundle (${ran.length} checks evaluated, 3 AWS checks skipped)`,
      'median (ms)': median(bundle).toFixed(0),
    },
    {
      case: `kubectl/curl per check (${shellChecks.length} calls; ${shellChecks.filter((l) => l.startsWith('FAIL')).length} not passing)`,
      'median (ms)': median(shell).toFixed(0),
    },
  ]);
  console.log(
    `median ratio (shell / bundle): ${ratio.toFixed(1)}x — target >= ${TARGET}x: ${ratio >= TARGET ? 'ok' : 'MISSED'}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await env.stop();
}
