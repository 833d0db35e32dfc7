/**
 * The rehearsal's workflow executor on small fixture workflows
 * (test/e2e/fixtures/graph): the graph semantics the real workflows rely on,
 * in-process and without clusters or terraform, so each case takes well under a second.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../cli/src/run-bundle';
import { ArtifactStore } from '../../cli/src/workflow/artifacts';
import { type RunResult, WorkflowExecutor } from '../../cli/src/workflow/executor';
import { thirdPartySubstitutes } from '../../cli/src/workflow/substitutes';

const root = join(repoRoot, 'test/e2e/fixtures/graph');
const MAIN = '.github/workflows/main.yml';
const CANARY = 'canary-Zq81-never-printed';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

async function rehearse(
  options: {
    approve?: boolean;
    fail?: string;
    inputs?: Record<string, string | boolean>;
    content?: string;
    path?: string;
  } = {},
): Promise<{ result: RunResult; log: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'graph-'));
  temps.push(tmp);
  const store = new ArtifactStore(join(tmp, 'artifacts'));
  let log = '';
  const executor = new WorkflowExecutor({
    root,
    libraryRoot: repoRoot,
    write: (t) => {
      log += t;
    },
    github: { sha: 'f'.repeat(40), event_name: 'push', token: 'ghs_fixturetoken123' },
    secrets: { CANARY },
    baseEnv: { PATH: process.env.PATH ?? '', HOME: tmp },
    gated: new Set(['production']),
    approved: new Set(options.approve ? ['production'] : []),
    fail: options.fail,
    substitutes: thirdPartySubstitutes(root, store),
    artifacts: store,
    tempDir: tmp,
  });
  const result = await executor.run(options.path ?? MAIN, options.inputs ?? {}, options.content);
  return { result, log };
}

const results = (r: RunResult) => Object.fromEntries(r.jobs.map((j) => [j.path, j.result]));
const main = () => readFileSync(join(root, MAIN), 'utf8');

describe('workflow executor', () => {
  it('runs the graph in needs order with outputs, env precedence, a composite and a reusable call', async () => {
    const { result, log } = await rehearse({ approve: true });
    expect(result.result).toBe('success');
    expect(results(result)).toEqual({
      build: 'success',
      'call/shout': 'success',
      call: 'success',
      release: 'success',
      'on-failure': 'skipped',
      always: 'success',
    });
    expect(result.jobs.map((j) => j.path)).toEqual([
      'build',
      'call/shout',
      'call',
      'release',
      'on-failure',
      'always',
    ]);
    // step env > job env > workflow env; a GITHUB_ENV export reaches the later steps
    expect(log).toContain('level=step workflow-only=from-workflow');
    expect(log).toContain('exported=exported-value level=job');
    // composite output, reusable workflow output through needs, across the gate
    expect(log).toContain('releasing HELLO-WORLD after greetings, hello-world');
    expect(log).toMatch(/⊘ Loud only skipped .*\(if: success\(\) && \(inputs\.loud\)\)/);
    expect(log).toContain('build=success call=success dir=actions');
    // the secret reached the step and the callee (by mapping) but never the log
    expect(log).toContain('canary is ***');
    expect(log).toContain('token=*** github-token=***');
    expect(log).not.toContain(CANARY);
    expect(log).not.toContain('ghs_fixturetoken123');
  });

  it('binds typed inputs', async () => {
    const { log } = await rehearse({ approve: true, inputs: { greeting: 'hi', loud: 'true' } });
    expect(log).toMatch(/^ {4}LOUD$/m);
    expect(log).toContain('releasing HI-WORLD after greetings, hi-world');
    await expect(rehearse({ inputs: { lodu: 'true' } })).rejects.toThrow(/has no input "lodu"/);
    await expect(rehearse({ inputs: { loud: 'yes' } })).rejects.toThrow(
      /input "loud" must be true or false/,
    );
  });

  it('stops at an environment gate that is not approved', async () => {
    const { result, log } = await rehearse();
    expect(result.result).toBe('waiting');
    expect(result.gate).toEqual({ job: 'release', environment: 'production' });
    expect(results(result).release).toBe('waiting');
    expect(results(result).always).toBeUndefined();
    expect(log).toContain(
      'stopped at approval gate: release needs approval for environment production',
    );
  });

  it('--fail on a step: dependents skip, failure() and always() jobs run', async () => {
    const { result, log } = await rehearse({ approve: true, fail: 'build/word' });
    expect(result.result).toBe('failure');
    expect(results(result)).toEqual({
      build: 'failure',
      call: 'skipped',
      release: 'skipped',
      'on-failure': 'success',
      always: 'success',
    });
    // the steps after the failed one are skipped by their implicit success()
    expect(log).toMatch(/⊘ See the export skipped/);
    expect(log).toContain('build=failure call=skipped');
  });

  it('--fail on a job of a called workflow fails the caller', async () => {
    const { result } = await rehearse({ approve: true, fail: 'call/shout' });
    expect(results(result)).toMatchObject({
      build: 'success',
      'call/shout': 'failure',
      call: 'failure',
      release: 'skipped',
    });
  });

  it('--fail that matches nothing is an error, not a pass', async () => {
    const { result } = await rehearse({ approve: true, fail: 'build/no-such-step' });
    expect(result.errors).toEqual(['--fail build/no-such-step matched no job or step that ran']);
  });

  it('a needs.<job>.outputs.<name> typo fails before anything runs, naming the expression', async () => {
    const broken = main().replace('needs.build.outputs.message', 'needs.build.outputs.mesage');
    await expect(rehearse({ approve: true, content: broken })).rejects.toThrow(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
      'job "release" reads ${{ needs.build.outputs.mesage }}: job "build" has no output "mesage" (its outputs: word, message)',
    );
    const notNeeded = main().replace(
      'echo "cleaning up after build"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
      'echo "${{ needs.call.outputs.shout }}"',
    );
    await expect(rehearse({ approve: true, content: notNeeded })).rejects.toThrow(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
      'job "on-failure" reads ${{ needs.call.outputs.shout }} but does not need "call" (needs: build)',
    );
  });

  it('an output the composite action does not declare fails the step naming it', async () => {
    const broken = main().replace(
      'if: inputs.loud\n        run: echo LOUD',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
      'run: echo "${{ steps.greet.outputs.mesage }}"',
    );
    const { result, log } = await rehearse({ approve: true, content: broken });
    expect(results(result).build).toBe('failure');
    expect(log).toContain(
      'steps.greet.outputs.mesage: step "greet" has no "mesage" (known: message)',
    );
  });

  it('an action with no local substitute fails naming the step', async () => {
    const broken = main().replace(
      '      - name: Loud only',
      '      - name: Deploy docs\n        uses: peaceiris/actions-gh-pages@v4\n      - name: Loud only',
    );
    const { result, log } = await rehearse({ approve: true, content: broken });
    expect(results(result).build).toBe('failure');
    expect(log).toMatch(
      /step "Deploy docs" uses peaceiris\/actions-gh-pages@v4, which has no local substitute/,
    );
  });

  it('keeps artifacts by name and id; continue-on-error keeps the job green', async () => {
    const { result, log } = await rehearse({ path: '.github/workflows/artifacts.yml' });
    expect(results(result)).toEqual({ up: 'success', down: 'success' });
    expect(log).toContain('by id payload-42, by name payload-42');
    expect(log).toContain('Artifact not found: nope (stored: data#1)');
    expect(log).toContain('missing outcome=failure conclusion=success');
  });
});
