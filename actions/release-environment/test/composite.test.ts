// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub workflow expressions, not templates
/**
 * The composite's own logic: the digest check of its first step, run with
 * bash exactly as the runner would (env in, GITHUB_OUTPUT file), and the
 * step order and conditions the release depends on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Step = {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
};
const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
  runs: { steps: Step[] };
};
const steps = action.runs.steps;
const step = (id: string) => steps.find((s) => s.id === id)!;

function startStep(images: string) {
  const dir = mkdtempSync(join(tmpdir(), 'composite-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const result = spawnSync('bash', ['-e', '-c', step('start').run!], {
    env: { PATH: process.env.PATH, IMAGES: images, GITHUB_OUTPUT: output },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, output: readFileSync(output, 'utf8') };
}

const D = 'a'.repeat(64);

describe('release-environment', () => {
  it('accepts digests and records the start time', () => {
    const run = startStep(
      `backend-api=1.dkr.ecr.us-east-1.amazonaws.com/backend-api@sha256:${D}\n\nml-pipeline=r/ml@sha256:${D}\n`,
    );
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/^at=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m);
  });

  it.each([
    'backend-api=1.dkr.ecr.us-east-1.amazonaws.com/backend-api:1.2.3',
    `backend-api=r/api@sha256:${D}\nml-pipeline=r/ml:latest`,
    `r/api@sha256:${D}`,
  ])('refuses tags: %j', (images) => {
    const run = startStep(images);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::Input images must be name=ref lines pinned by @sha256 digest',
    );
    expect(run.output).toBe('');
  });

  it('keeps the old colour until readiness and smoke passed, then finalizes; rolls back only a switch it made', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'start',
      'auth',
      'deploy',
      'readiness',
      'smoke',
      'finalize',
      'rollback',
      'evidence',
      undefined,
      undefined,
    ]);
    expect(step('deploy').with).toMatchObject({ mode: 'deploy', 'scale-down': 'defer' });
    expect(step('readiness').with).toMatchObject({ mode: 'live', 'fail-on': 'fail' });
    expect(step('smoke').with).toMatchObject({ profile: 'smoke', 'fail-on': 'thresholds' });
    expect(step('finalize').with?.mode).toBe('finalize');
    expect(step('finalize').if).toBeUndefined(); // runs only when every earlier step succeeded
    expect(step('rollback').with?.mode).toBe('rollback');
    expect(step('rollback').if).toBe(
      "${{ failure() && steps.deploy.outcome == 'success' && steps.finalize.outcome != 'success' }}",
    );
    expect(step('evidence').if).toBe('${{ always() }}');
    for (const s of steps.filter((s) => s.uses?.startsWith('medimind/')))
      expect(s.uses).toMatch(/^medimind\/delivery\/actions\/[a-z0-9-]+@v1$/);
  });
});
