/**
 * The README's first command, end to end: `medimind rehearse` runs the staged
 * rollout workflow itself — terraform.yml offline, the releases through the
 * blue-green bundle into one sandbox per environment under traffic — and
 * `--fail` after the production switch ends rolled back with no failed request.
 *
 * It rehearses .github/workflows/staged-rollout.yml when that exists, and
 * until then test/e2e/fixtures/staged-rollout.yml, shaped like it (issue 13).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../cli/src/run-bundle';

const missing = ['terraform', 'kubectl'].filter(
  (tool) => spawnSync(tool, ['version', '--client'], { stdio: 'ignore' }).error,
);
if (missing.length && process.env.CI === 'true') {
  throw new Error(`the rehearsal needs ${missing.join(' and ')} on PATH`);
}

const REAL = join(repoRoot, '.github/workflows/staged-rollout.yml');
const WORKFLOW = existsSync(REAL) ? REAL : join(repoRoot, 'test/e2e/fixtures/staged-rollout.yml');
const workflowArgs = WORKFLOW === REAL ? [] : ['--workflow-file', WORKFLOW];

type Map = Record<string, unknown>;
const asMap = (v: unknown): Map => (v && typeof v === 'object' ? (v as Map) : {});

/**
 * `<job>/<step>/<inner step>`: the production job's release step, at the first
 * step of its composite after the blue-green switch (the smoke checks).
 */
function afterProductionSwitch(): string {
  const workflow = asMap(parse(readFileSync(WORKFLOW, 'utf8')));
  const [jobId, job] = Object.entries(asMap(workflow.jobs)).find(([, j]) => {
    const env = asMap(j).environment;
    return env === 'production' || asMap(env).name === 'production';
  }) as [string, Map];
  const steps = (job.steps as Map[]) ?? [];
  const release = steps.find((s) => String(s.uses ?? '').includes('release-environment')) as Map;
  const uses = String(release.uses);
  const dir = uses.startsWith('./')
    ? resolve(repoRoot, uses)
    : join(repoRoot, 'actions', 'release-environment');
  const inner =
    (asMap(asMap(parse(readFileSync(join(dir, 'action.yml'), 'utf8'))).runs).steps as Map[]) ?? [];
  const switchAt = inner.findIndex((s) => String(s.uses ?? '').includes('/blue-green@'));
  const next = inner.slice(switchAt + 1).find((s) => typeof s.id === 'string') as Map;
  return `${jobId}/${release.id}/${next.id}`;
}

function rehearse(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'cli/bin/medimind.js'), 'rehearse', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('close', (code) => done({ code, output }));
  });
}

/** The rehearsal keeps its directory for inspection; tests remove theirs. */
function removeRehearsalDir(output: string): void {
  const dir = /^rehearsal directory: (\S+)$/m.exec(output)?.[1];
  if (dir?.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

function traffic(output: string) {
  return [
    ...output.matchAll(
      /^traffic (\S+ \((?:keep-alive|fresh)\)): (\d+) requests, (\d+) failed.*?, (\d+) answered by unready pods/gm,
    ),
  ].map(([, where, sent, failed, unready]) => ({
    where,
    sent: Number(sent),
    failed: Number(failed),
    unready: Number(unready),
  }));
}

/** The lines of the job bound to the production environment. */
function productionSection(output: string): string {
  const start = output.search(/^▶ .*\[environment: production\]$/m);
  const rest = output.slice(start);
  const end = rest.search(/^[✔✘] \S+ (success|failure) /m);
  return rest.slice(0, end + 200);
}

describe.skipIf(missing.length > 0)('medimind rehearse (the staged rollout workflow)', () => {
  // Both rehearsals at once: the wall time of one.
  it('passes end to end with --approve production, and --fail after the production switch rolls back; 0 failed requests', async () => {
    const target = afterProductionSwitch();
    const [ok, failed] = await Promise.all([
      rehearse([...workflowArgs, '--approve', 'production']),
      rehearse([...workflowArgs, '--approve', 'production', '--fail', target]),
    ]);
    for (const run of [ok, failed]) removeRehearsalDir(run.output);

    for (const run of [ok, failed]) {
      // The real staged rollout only reaches production after a passed k6 smoke in staging.
      expect(
        run.output,
        `the production release job never ran (a rehearsal without k6 reports the smoke skipped, and production needs it passed):\n${run.output.slice(-3000)}`,
      ).toMatch(/^▶ .*\[environment: production\]$/m);
    }
    expect(ok.code, ok.output.slice(-4000)).toBe(0);
    expect(ok.output).toMatch(/^workflow succeeded$/m);
    expect(ok.output).toMatch(/apply replaced by the offline plan \+ bundle verification/);
    expect(ok.output).toMatch(/^evidence record \S+ \(id \d+\): \S+$/m);
    for (const output of [ok.output, failed.output]) {
      const lines = traffic(output);
      // per environment and app, pooled (keep-alive) and fresh-connection clients
      expect(lines.map((l) => l.where).sort()).toEqual(
        ['production', 'staging'].flatMap((env) =>
          ['backend-api', 'ml-pipeline'].flatMap((app) =>
            ['fresh', 'keep-alive'].map((c) => `${env}/${app} (${c})`),
          ),
        ),
      );
      for (const l of lines)
        expect([l.where, l.sent > 0, l.failed, l.unready]).toEqual([l.where, true, 0, 0]);
    }

    // The injected failure fails the workflow (exit 1) after the production
    // switch; the rollback step runs and the traffic never noticed.
    expect(failed.code, failed.output.slice(-4000)).toBe(1);
    expect(failed.output).toMatch(/^workflow failed$/m);
    const production = productionSection(failed.output);
    expect(production).toMatch(/failure injected by --fail/);
    expect(production).toMatch(/Scale up previous colour/);
    expect(production).toMatch(/^✘ \S+ failure /m);
    expect(failed.output).toMatch(/^evidence record /m);
  }, 600_000);

  it('a copy with a wrong needs.<job>.outputs.<name> fails before anything runs, naming the expression', async () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    const ref = /needs\.[\w-]+\.outputs\.[\w-]+/.exec(text)?.[0];
    expect(ref, 'the workflow reads at least one needs output').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'broken-workflow-'));
    try {
      const copy = join(dir, 'staged-rollout.yml');
      writeFileSync(copy, text.replace(ref!, `${ref}-typo`));
      const run = await rehearse(['--workflow-file', copy, '--approve', 'production']);
      removeRehearsalDir(run.output);
      expect(run.code).toBe(1);
      expect(run.output).toContain(`\${{ ${ref}-typo }}`);
      expect(run.output).toMatch(/has no output ".*-typo" \(its outputs: /);
      expect(run.output).not.toMatch(/^▶ /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
