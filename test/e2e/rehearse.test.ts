/**
 * The README's first command, end to end: `medimind rehearse` runs the real
 * .github/workflows/staged-rollout.yml — terraform.yml offline, both releases
 * through actions/release-environment (blue-green, readiness, the smoke on k6
 * or the rehearsal's HTTP stand-in, finalize, evidence) into one sandbox per
 * environment under traffic. `--fail` after the production switch ends rolled
 * back with no failed request; without --approve the run stops at the
 * production gate with exit 0.
 *
 * The three rehearsals run at once (wall time of the longest, ~2-3 min on 2
 * loaded cores: the terraform plans dominate).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../cli/src/run-bundle';

const missing = ['terraform', 'kubectl'].filter(
  (tool) => spawnSync(tool, ['version', '--client'], { stdio: 'ignore' }).error,
);
if (missing.length && process.env.CI === 'true') {
  throw new Error(`the rehearsal needs ${missing.join(' and ')} on PATH`);
}

const WORKFLOW = join(repoRoot, '.github/workflows/staged-rollout.yml');

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
  const dir = join(repoRoot, 'actions', 'release-environment');
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

/** The lines of the production release job. */
function productionSection(output: string, jobId: string): string {
  const start = output.indexOf(`\n▶ ${jobId} `);
  const rest = output.slice(start);
  const end = rest.search(/^[✔✘] \S+ (success|failure) /m);
  return rest.slice(0, end + 200);
}

describe.skipIf(missing.length > 0)('medimind rehearse (the staged rollout workflow)', () => {
  it('passes end to end with --approve production, --fail after the production switch rolls back, and without --approve stops at the gate; 0 failed requests', async () => {
    const target = afterProductionSwitch();
    const [ok, failed, gate] = await Promise.all([
      rehearse(['--approve', 'production']),
      rehearse(['--approve', 'production', '--fail', target]),
      rehearse([]),
    ]);
    for (const run of [ok, failed, gate]) removeRehearsalDir(run.output);

    for (const run of [ok, failed]) {
      expect(
        run.output,
        `the production release job never ran (production needs staging's readiness and smoke passed):\n${run.output.slice(-3000)}`,
      ).toContain(`\n▶ ${target.split('/')[0]} `);
    }
    expect(ok.code, ok.output.slice(-4000)).toBe(0);
    expect(ok.output).toMatch(/^workflow succeeded$/m);
    expect(ok.output).toMatch(/apply replaced by the offline plan \+ bundle verification/);
    expect(ok.output).toMatch(/^evidence record release-evidence-staging-\S+ \(id \d+\): \S+$/m);
    expect(ok.output).toMatch(/^evidence record release-evidence-production-\S+ \(id \d+\): \S+$/m);
    // The smoke: the real k6 when installed, else the stand-in, saying so.
    if (!process.env.K6_BINARY && spawnSync('k6', ['version'], { stdio: 'ignore' }).error) {
      expect(ok.output).toMatch(
        /k6 not installed: the smoke ran on the rehearsal's built-in HTTP stand-in \(\d+ requests .*install k6 \(https:\/\/grafana\.com\/docs\/k6\/latest\/set-up\/install-k6\/\) to run the real scripts/,
      );
    }
    for (const output of [ok.output, failed.output, gate.output]) {
      const lines = traffic(output);
      for (const l of lines)
        expect([l.where, l.sent > 0, l.failed, l.unready]).toEqual([l.where, true, 0, 0]);
    }
    for (const output of [ok.output, failed.output]) {
      // per environment and app, pooled (keep-alive) and fresh-connection clients
      expect(
        traffic(output)
          .map((l) => l.where)
          .sort(),
      ).toEqual(
        ['production', 'staging'].flatMap((env) =>
          ['backend-api', 'ml-pipeline'].flatMap((app) =>
            ['fresh', 'keep-alive'].map((c) => `${env}/${app} (${c})`),
          ),
        ),
      );
    }

    // The injected failure fails the workflow (exit 1) after the production
    // switch; the rollback step runs and the traffic never noticed.
    expect(failed.code, failed.output.slice(-4000)).toBe(1);
    expect(failed.output).toMatch(/^workflow failed$/m);
    const production = productionSection(failed.output, target.split('/')[0]!);
    expect(production).toMatch(/failure injected by --fail/);
    expect(production).toMatch(/Scale up previous colour/);
    expect(production).toMatch(/^✘ \S+ failure /m);
    expect(failed.output).toMatch(/^evidence record release-evidence-production-/m);

    // No --approve: staging released, then the run waits for production's reviewers.
    expect(gate.code, gate.output.slice(-4000)).toBe(0);
    expect(gate.output).toMatch(/^✔ release-staging +success/m);
    expect(gate.output).toMatch(
      /^stopped at approval gate: \S+ waits for environment production \(rehearse with --approve production to go on\)$/m,
    );
    expect(gate.output).not.toContain(`\n▶ ${target.split('/')[0]} `);
  }, 900_000);

  it('a copy with a wrong needs.<job>.outputs.<name> fails before anything runs, naming the expression', async () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    // The first reference in the workflow itself (not in a comment).
    const ref = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .map((line) => /needs\.[\w-]+\.outputs\.[\w-]+/.exec(line)?.[0])
      .find(Boolean);
    expect(ref, 'the workflow reads at least one needs output').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'broken-workflow-'));
    try {
      const copy = join(dir, 'staged-rollout.yml');
      writeFileSync(
        copy,
        text.replace(new RegExp(`(^[^#\\n]*?)${ref!.replace(/\./g, '\\.')}`, 'm'), `$1${ref}-typo`),
      );
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
