/** terraform-apply refuses any bundle that is not exactly what was reviewed (real terraform). */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apply, fixture, plan, terraformAvailable } from './terraform-helpers';

describe.runIf(terraformAvailable)('terraform-apply bundle verification', () => {
  const dir = fixture('basic');
  const bundle = mkdtempSync(join(tmpdir(), 'tf-verify-bundle-'));

  beforeAll(async () => {
    const run = await plan(dir, { 'bundle-directory': bundle });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  });

  /** A private copy of the bundle, altered by `change`. */
  function variant(change: (copy: string) => void): string {
    const copy = mkdtempSync(join(tmpdir(), 'tf-verify-variant-'));
    cpSync(bundle, copy, { recursive: true });
    change(copy);
    return copy;
  }

  function editManifest(
    copy: string,
    edit: (m: Record<string, unknown>) => Record<string, unknown>,
  ) {
    const file = join(copy, 'manifest.json');
    writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')))));
  }

  /** The same root module (with its init) elsewhere, for a case that changes the backend. */
  function copyOf(module: string): string {
    const copy = mkdtempSync(join(tmpdir(), 'tf-verify-module-'));
    cpSync(module, copy, { recursive: true });
    return copy;
  }

  const refusals: [string, () => Promise<Awaited<ReturnType<typeof apply>>>, RegExp][] = [
    [
      'artifact-missing',
      () => apply(dir, { 'bundle-directory': mkdtempSync(join(tmpdir(), 'tf-empty-')) }),
      /No plan bundle/,
    ],
    [
      'artifact-missing',
      () => apply(dir, { 'bundle-directory': variant((c) => rmSync(join(c, 'plan.tfplan'))) }),
      /has no plan\.tfplan/,
    ],
    [
      'plan-tampered',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) => appendFileSync(join(c, 'plan.tfplan'), 'x')),
        }),
      /plan file was altered/,
    ],
    [
      'plan-from-other-commit',
      () =>
        apply(
          dir,
          { 'bundle-directory': bundle },
          { GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' },
        ),
      /plan again for this commit/,
    ],
    [
      'plan-from-other-environment',
      () => apply(dir, { 'bundle-directory': bundle, environment: 'production' }),
      /environment "staging" \(this job: "production"\)/,
    ],
    [
      'plan-from-other-environment',
      () => apply(dir, { 'bundle-directory': bundle, workspace: 'blue' }),
      /workspace "default" \(this job: "blue"\)/,
    ],
    [
      'plan-expired',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) => {
            const file = join(c, 'manifest.json');
            const m = JSON.parse(readFileSync(file, 'utf8'));
            m.createdAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
            writeFileSync(file, JSON.stringify(m));
          }),
          'max-plan-age': '2h',
        }),
      /older than max-plan-age 2h/,
    ],
    [
      'version-mismatch',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) => {
            const file = join(c, 'manifest.json');
            const m = JSON.parse(readFileSync(file, 'utf8'));
            m.terraformVersion = '1.9.0';
            writeFileSync(file, JSON.stringify(m));
          }),
        }),
      /made with terraform 1\.9\.0, this runner has 1\./,
    ],
    [
      'plan-from-other-environment',
      () =>
        apply(copyOf(dir), {
          'bundle-directory': bundle,
          'backend-config': 'path=other.tfstate',
        }),
      /backend configuration differs/,
    ],
    [
      'policy-denied',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) =>
            editManifest(c, (m) => ({ ...m, policy: { mode: 'enforce', violations: 2 } })),
          ),
        }),
      /failed the policy gate \(2 violation/,
    ],
    [
      'not-applyable',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) => {
            // A consistent bundle whose plan terraform cannot read.
            writeFileSync(join(c, 'plan.tfplan'), 'not a plan');
            editManifest(c, (m) => ({
              ...m,
              planSha256: createHash('sha256').update('not a plan').digest('hex'),
            }));
          }),
        }),
      /cannot read the saved plan/,
    ],
  ];

  it.each(
    refusals.map(([reason, run, message], i) => [`${i}: ${reason}`, reason, run, message] as const),
  )('refuses %s', async (_name, reason, run, message) => {
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe(reason);
    expect(result.outputs.applied).toBe('false');
    expect(result.stdout).toMatch(message);
    expect(result.stdout).not.toContain('Apply complete');
  });

  it('refuses a saved plan once the state changed after planning: plan-stale', async () => {
    const other = mkdtempSync(join(tmpdir(), 'tf-verify-other-'));
    const second = await plan(dir, { 'bundle-directory': other, variables: 'generation=3' });
    expect(second.exitCode).toBe(0);
    const applied = await apply(dir, { 'bundle-directory': other });
    expect(applied.exitCode, applied.stdout).toBe(0);
    const stale = await apply(dir, { 'bundle-directory': bundle });
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs['failure-reason']).toBe('plan-stale');
    expect(stale.stdout + stale.stderr).toContain('Saved plan is stale');
  });

  it('rejects bad apply inputs by name', async () => {
    const run = await apply(dir, { 'max-plan-age': 'forever' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/Input max-plan-age must be a duration/);
  });
});
