/**
 * The committed blue-green bundle, run as the runner runs it (runBundle):
 * k8s/overlays/staging (built with the real `kubectl kustomize`) deployed into
 * the sandbox, then a second release by digest with live traffic and no failed
 * request; and the bad inputs users hit, failing before any cluster call.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleRun, repoRoot, runBundle } from '../../cli/src/run-bundle';
import { generateLoad, type Sandbox, startSandbox } from '../../sandbox/index';

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('kubectl is required in CI but is not on PATH');
    return false;
  }
}

const NS = 'medimind';
const DIGEST_API = `111111111111.dkr.ecr.us-east-1.amazonaws.com/medimind/backend-api@sha256:${'a1'.repeat(32)}`;
const DIGEST_ML = `111111111111.dkr.ecr.us-east-1.amazonaws.com/medimind/ml-pipeline@sha256:${'b2'.repeat(32)}`;

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    timing: {
      podStartDelayMs: 5,
      podReadyDelayMs: 50,
      // kube-proxy lag per node: 25 ms + a short tail, capped under the 200 ms scale-down-delay
      endpointLagMs: 25,
      endpointLagTailMs: 15,
      endpointLagMaxMs: 150,
      timeScale: 0.01,
      backoffMs: 20,
    },
  });
  // The platform bootstrap creates the namespace; the action never does.
  const res = await fetch(`${sb.server}/api/v1/namespaces`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } }),
  });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await sb?.stop();
});

const run = (inputs: Record<string, string>): Promise<BundleRun> =>
  runBundle({
    action: 'blue-green',
    cwd: repoRoot,
    inputs: { namespace: NS, 'scale-down-delay': '200ms', ...inputs },
  });

const errors = (r: BundleRun) =>
  [...r.stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]);

describe.runIf(kubectlAvailable())('blue-green bundle against the sandbox', () => {
  it('deploys k8s/overlays/staging, then a second release with live traffic and no failed request', async () => {
    const first = await run({
      manifests: 'k8s/overlays/staging',
      kubeconfig: sb.kubeconfigPath,
      'release-id': 'staging-1',
    });
    expect(errors(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'active-color': 'blue',
      'release-id': 'staging-1',
      'rolled-back': 'false',
    });

    const load = new AbortController();
    const report = generateLoad({
      url: await sb.dataPlane.serviceUrl(NS, 'backend-api'),
      durationMs: 60_000,
      concurrency: 4,
      signal: load.signal,
    });
    const second = await run({
      manifests: 'k8s/overlays/staging',
      kubeconfig: sb.kubeconfigPath,
      'release-id': 'staging-2',
      images: `backend-api=${DIGEST_API}\nml-pipeline=${DIGEST_ML}`,
      'smoke-checks': '- path: /health/ready\n  body: "sha256"',
      // The sandbox pods name themselves in X-Sandbox-Pod: rounds start once the live route
      // answers from the new colour.
      analysis:
        'interval: 50ms\ncount: 2\nidentity: {header: X-Sandbox-Pod}\nchecks:\n  - http: /health/ready\n    app: backend-api',
    });
    load.abort();
    const traffic = await report;
    expect(errors(second)).toEqual([]);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({
      'active-color': 'green',
      'previous-color': 'blue',
      'release-id': 'staging-2',
      'rolled-back': 'false',
    });
    expect(Date.parse(second.outputs['switched-at']!)).toBeGreaterThan(0);
    expect(traffic.sent).toBeGreaterThan(50);
    expect(traffic.failed).toBe(0);
    expect(traffic.misrouted).toBe(0);
    expect(traffic.byColor.green).toBeGreaterThan(0);
    // Every phase in a log group with its duration; the summary has the timeline and the pods.
    for (const phase of [
      'Lock',
      'Read state',
      'Apply idle colour',
      'Wait for rollout',
      'Smoke checks',
      'Switch',
      'Analysis',
    ]) {
      expect(second.stdout).toContain(`::group::${phase}`);
      expect(second.stdout).toMatch(new RegExp(`^${phase}: \\d`, 'm'));
    }
    expect(second.summary).toContain('#### Timeline');
    expect(second.summary).toMatch(/\| backend-api \| green \| backend-api-green-/);
    expect(second.stdout).not.toMatch(/digest is safer/);

    // The same release again: a no-op.
    const again = await run({
      manifests: 'k8s/overlays/staging',
      kubeconfig: sb.kubeconfigPath,
      'release-id': 'staging-2',
      images: `backend-api=${DIGEST_API}\nml-pipeline=${DIGEST_ML}`,
    });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/already live and healthy/);
  });

  it('a release whose image never pulls fails fast with the pod events; live traffic stays on green', async () => {
    const broken = `111111111111.dkr.ecr.us-east-1.amazonaws.com/medimind/ml-pipeline@sha256:${'c3'.repeat(32)}`;
    sb.control.faults.image(broken, { kind: 'pull-error' });
    const load = new AbortController();
    const report = generateLoad({
      url: await sb.dataPlane.serviceUrl(NS, 'backend-api'),
      durationMs: 60_000,
      concurrency: 4,
      signal: load.signal,
    });
    const started = Date.now();
    const r = await run({
      manifests: 'k8s/overlays/staging',
      kubeconfig: sb.kubeconfigPath,
      'release-id': 'staging-3',
      images: `backend-api=${DIGEST_API}\nml-pipeline=${broken}`,
      'rollout-timeout': '2m',
    });
    load.abort();
    const traffic = await report;
    sb.control.faults.clear();
    // Well before rollout-timeout: the bad pod is detected, the other app's wait stops, the process exits.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(
      /ml-pipeline-blue: pod ml-pipeline-blue-\S+ cannot start: container ml-pipeline: (ErrImagePull|ImagePullBackOff)/,
    );
    expect(r.outputs).toMatchObject({
      'active-color': 'green',
      'rolled-back': 'false',
      'failure-reason': 'rollout-failed',
    });
    expect(traffic.failed).toBe(0);
    expect(traffic.misrouted).toBe(0);
    expect(traffic.byColor.blue ?? 0).toBe(0);
  });

  it('SIGINT during the analysis (a cancelled job): traffic goes back to green, exit 1, rolled-back=true', async () => {
    const controller = new AbortController();
    const load = new AbortController();
    const report = generateLoad({
      url: await sb.dataPlane.serviceUrl(NS, 'backend-api'),
      durationMs: 60_000,
      concurrency: 4,
      signal: load.signal,
    });
    const r = await runBundle({
      action: 'blue-green',
      cwd: repoRoot,
      signal: controller.signal,
      inputs: {
        namespace: NS,
        manifests: 'k8s/overlays/staging',
        kubeconfig: sb.kubeconfigPath,
        'release-id': 'staging-4',
        images: `backend-api=${DIGEST_API.replace('a1', 'd4')}`,
        analysis:
          'interval: 100ms\ncount: 100\nidentity: {header: X-Sandbox-Pod}\nchecks:\n  - http: /health/ready',
      },
      onStdout: (chunk) => {
        // The runner sends SIGINT when a job is cancelled (runBundle's killSignal).
        if (chunk.includes('round 2:')) controller.abort();
      },
    });
    load.abort();
    const traffic = await report;
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual(['cancelled by SIGINT']);
    expect(r.outputs).toMatchObject({
      'active-color': 'green',
      'rolled-back': 'true',
      'failure-reason': 'cancelled',
    });
    expect(r.stdout).toContain('::group::Roll back');
    expect(traffic.failed).toBe(0);
    expect(traffic.misrouted).toBe(0);
    const svc = (await (
      await fetch(`${sb.server}/api/v1/namespaces/${NS}/services/backend-api`)
    ).json()) as {
      spec: { selector: Record<string, string> };
      metadata: { annotations: Record<string, string> };
    };
    expect(svc.spec.selector['medimind.io/color']).toBe('green');
    expect(svc.metadata.annotations).toMatchObject({
      'medimind.io/phase': 'rolled-back',
      'medimind.io/failed-release-id': 'staging-4',
      'medimind.io/release-id': 'staging-2',
    });
  });

  it.each([
    [
      { images: 'backend-api=medimind/backend-api:latest' },
      /Input images: backend-api=medimind\/backend-api:latest uses :latest/,
    ],
    [{ images: 'backend-api=medimind/backend-api' }, /has no tag or digest/],
    [{ mode: 'sideways' }, /Input mode must be one of deploy, rollback, finalize; got "sideways"/],
    [{ 'scale-down-delay': 'soon' }, /Input scale-down-delay must be a duration/],
    [{ 'smoke-checks': '- path: health' }, /Input smoke-checks: item 1 needs path/],
    [{ namespace: 'Medimind_Prod' }, /Input namespace must be a DNS label/],
    [{ manifests: 'k8s/does-not-exist' }, /Input manifests: "k8s\/does-not-exist" does not exist/],
  ])(
    'bad input %o: a clear ::error:: and exit 1, before any cluster call',
    async (inputs, message) => {
      const r = await run({
        manifests: 'k8s/overlays/staging',
        kubeconfig: sb.kubeconfigPath,
        ...inputs,
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs['failure-reason']).toBe('bad-input');
      expect(errors(r)).toHaveLength(1);
      expect(errors(r)[0]).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).not.toMatch(/unexpected error/);
    },
  );
});

describe('blue-green bundle on its own', () => {
  it('runs from a copy of dist/ with no node_modules: YAML and the client chunk load lazily', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bg-bundle-alone-'));
    cpSync(join(repoRoot, 'actions/blue-green/dist'), join(dir, 'dist'), { recursive: true });
    writeFileSync(
      join(dir, 'kubeconfig'),
      `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "http://127.0.0.1:9", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {token: x}}]
contexts: [{name: c, context: {cluster: c, user: u}}]
current-context: c
`,
    );
    writeFileSync(
      join(dir, 'apps.yaml'),
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: web-blue, labels: {app.kubernetes.io/name: web, medimind.io/color: blue}}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: web, medimind.io/color: blue}}
  template:
    metadata: {labels: {app.kubernetes.io/name: web, medimind.io/color: blue}}
    spec: {containers: [{name: web, image: "registry.local/web:1.0.0"}]}
`,
    );
    writeFileSync(join(dir, 'out'), '');
    const r = spawnSync(process.execPath, ['dist/index.js'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: join(dir, 'out'),
        INPUT_NAMESPACE: 'ns',
        INPUT_MANIFESTS: join(dir, 'apps.yaml'),
        INPUT_KUBECONFIG: join(dir, 'kubeconfig'),
        'INPUT_RELEASE-ID': 'r1',
        INPUT_ANALYSIS: 'checks: [{http: /}]',
        INPUT_TIMEOUT: '2s',
      },
    });
    const all = r.stdout + r.stderr;
    expect(all).not.toMatch(/Cannot find (module|package)/);
    // It got as far as the API server (nothing listens there).
    expect(all).toMatch(/ECONNREFUSED 127\.0\.0\.1:9/);
  });
});

describe('blue-green bundle: secrets and session lifetime', () => {
  const CANARY = 'p%zzCanary7731';
  const outputsAndLog = (r: BundleRun) =>
    `${r.stdout.replace(/^::add-mask::.*$/gm, '')}\n${r.stderr}\n${JSON.stringify(r.outputs)}\n${r.summary ?? ''}`;

  it.each([
    [
      {
        'prometheus-url': `https://reader:${CANARY}@prometheus.internal`,
        manifests: 'k8s/does-not-exist',
      },
    ],
    [{ 'service-urls': `web=ftp://reader:${CANARY}@web.internal` }],
    [{ 'service-urls': `web=https://reader:${CANARY}@web.internal`, 'service-urls-token': 't' }],
  ])('a password in a URL never reaches the log, outputs or summary: %o', async (inputs) => {
    const r = await runBundle({
      action: 'blue-green',
      cwd: repoRoot,
      inputs: { namespace: NS, manifests: 'k8s/overlays/staging', ...inputs },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('bad-input');
    // Masked raw (the decoded form does not exist: %zz is not an escape); a workflow
    // command escapes % as %25, which the runner undoes.
    expect(r.stdout).toContain(`::add-mask::${CANARY.replace('%', '%25')}`);
    expect(outputsAndLog(r)).not.toContain(CANARY);
    expect(outputsAndLog(r)).not.toContain('Canary7731');
  });

  it('AWS credentials expiring before timeout + rollback margin: credentials-expiring, before any cluster call', async () => {
    const r = await runBundle({
      action: 'blue-green',
      cwd: repoRoot,
      inputs: {
        namespace: NS,
        manifests: 'k8s/overlays/staging',
        timeout: '30m',
        kubeconfig: '/nonexistent',
      },
      env: { AWS_CREDENTIAL_EXPIRATION: new Date(Date.now() + 20 * 60_000).toISOString() },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('credentials-expiring');
    expect(errors(r)[0]).toMatch(/The AWS credentials expire at .* Nothing was changed/);
  });
});
