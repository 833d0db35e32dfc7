/**
 * terraform-apply refuses any bundle that is not exactly what was reviewed
 * (real terraform): the plan's sha256 comes from the plan job, not the
 * artifact, and the configuration inside the plan must be the checkout's.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../actions/_shared/src/terraform/planfile';
import {
  apply as applyBundle,
  baseEnv,
  fileSha256,
  fixture,
  plan,
  SHA,
  terraformAvailable,
  writeZip,
} from './terraform-helpers';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe.runIf(terraformAvailable)('terraform-apply bundle verification', () => {
  const dir = fixture('basic');
  const bundle = mkdtempSync(join(tmpdir(), 'tf-verify-bundle-'));
  const emptyBundle = mkdtempSync(join(tmpdir(), 'tf-empty-'));
  const withoutPlan = mkdtempSync(join(tmpdir(), 'tf-verify-no-plan-'));
  /** The plan job's plan-sha256 output: what the apply job is given. */
  let reviewed = '';
  /** The root module as it was when planned (no state yet), to run a forged plan directly. */
  let pristine = '';

  beforeAll(async () => {
    const run = await plan(dir, { 'bundle-directory': bundle });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    reviewed = run.outputs['plan-sha256']!;
    cpSync(bundle, withoutPlan, { recursive: true });
    rmSync(join(withoutPlan, 'plan.tfplan'));
    pristine = mkdtempSync(join(tmpdir(), 'tf-verify-pristine-'));
    cpSync(dir, pristine, { recursive: true });
  });

  /** terraform-apply given the reviewed plan's sha256, as the workflow passes it. */
  function apply(
    cwd: string,
    inputs: Record<string, string>,
    env: Record<string, string | undefined> = {},
  ) {
    return applyBundle(cwd, { 'expected-plan-sha256': reviewed, ...inputs }, env);
  }

  let otherBundle = '';
  /** A second, genuine plan of the same module (different variables), made once. */
  function other(): string {
    if (!otherBundle) throw new Error('the second plan is made in beforeAll');
    return otherBundle;
  }
  beforeAll(async () => {
    otherBundle = mkdtempSync(join(tmpdir(), 'tf-verify-second-'));
    const run = await plan(dir, { 'bundle-directory': otherBundle, variables: 'generation=7' });
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
      () => apply(dir, { 'bundle-directory': emptyBundle }),
      // The message names the directory the user gave, not apply's private copy.
      new RegExp(`No plan bundle in ${emptyBundle} \\(manifest\\.json is missing\\)`),
    ],
    [
      'artifact-missing',
      () => apply(dir, { 'bundle-directory': withoutPlan }),
      new RegExp(`The plan bundle in ${withoutPlan} has no plan\\.tfplan`),
    ],
    [
      'plan-tampered',
      () =>
        apply(dir, {
          'bundle-directory': variant((c) => appendFileSync(join(c, 'plan.tfplan'), 'x')),
        }),
      /the plan file was altered/,
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
        applyBundle(dir, {
          // A consistent bundle, and the hash the plan job would report, for a file that is no plan.
          'expected-plan-sha256': sha256('not a plan'),
          'bundle-directory': variant((c) => {
            writeFileSync(join(c, 'plan.tfplan'), 'not a plan');
            editManifest(c, (m) => ({ ...m, planSha256: sha256('not a plan') }));
          }),
        }),
      /not a terraform plan file/,
    ],
    [
      'plan-tampered',
      () =>
        apply(dir, {
          // Another plan, with a manifest made consistent with it: the reviewed hash still differs.
          'bundle-directory': variant((c) => {
            writeFileSync(join(c, 'plan.tfplan'), readFileSync(join(other(), 'plan.tfplan')));
            editManifest(c, (m) => ({ ...m, planSha256: fileSha256(join(c, 'plan.tfplan')) }));
          }),
        }),
      /The bundle is for another plan .*this is not the plan that was reviewed/,
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
    const newer = mkdtempSync(join(tmpdir(), 'tf-verify-other-'));
    const second = await plan(dir, { 'bundle-directory': newer, variables: 'generation=3' });
    expect(second.exitCode).toBe(0);
    // A job summary that cannot be written after a successful apply is a warning, not a failure.
    const applied = await applyBundle(
      dir,
      { 'bundle-directory': newer, 'expected-plan-sha256': second.outputs['plan-sha256']! },
      { GITHUB_STEP_SUMMARY: join(newer, 'no-such-dir', 'summary.md') },
    );
    expect(applied.exitCode, applied.stdout).toBe(0);
    expect(applied.stdout).toMatch(/^::warning::Could not write the job summary/m);
    expect(applied.outputs['failure-reason']).toBeUndefined();
    const outputFile = readFileSync(join(applied.runnerTemp, '_output'), 'utf8');
    expect(outputFile.match(/^applied<</gm)).toHaveLength(1);
    expect(applied.outputs.applied).toBe('true');

    const stale = await apply(dir, { 'bundle-directory': bundle });
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs['failure-reason']).toBe('plan-stale');
    expect(stale.stdout + stale.stderr).toContain('Saved plan is stale');
  });

  /**
   * The attack from the audit: a local-exec provisioner added to the
   * configuration stored inside a real plan file, the manifest's hash recomputed.
   */
  function forge(marker: string): { bundle: string; forgedSha: string; plan: Buffer } {
    const entries = readZip(readFileSync(join(bundle, 'plan.tfplan')));
    const main = entries.get('tfconfig/m-/main.tf')!.toString('utf8');
    const injected = main.replace(
      'resource "terraform_data" "app" {',
      `resource "terraform_data" "app" {\n  provisioner "local-exec" {\n    command = "echo $AWS_SECRET_ACCESS_KEY > ${marker}"\n  }\n`,
    );
    expect(injected).not.toBe(main);
    entries.set('tfconfig/m-/main.tf', Buffer.from(injected));
    const forged = writeZip(entries);
    const copy = variant((c) => {
      writeFileSync(join(c, 'plan.tfplan'), forged);
      editManifest(c, (m) => ({ ...m, planSha256: sha256(forged) }));
    });
    return { bundle: copy, forgedSha: sha256(forged), plan: forged };
  }

  it('the forged plan is a real attack: terraform itself runs the injected provisioner', () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'tf-forged-')), 'stolen');
    const forged = forge(marker);
    const planFile = join(pristine, 'forged.tfplan');
    writeFileSync(planFile, forged.plan);
    execFileSync('terraform', ['apply', '-input=false', '-no-color', planFile], {
      cwd: pristine,
      env: { ...process.env, ...baseEnv, AWS_SECRET_ACCESS_KEY: 'stolen-canary-key' },
      stdio: 'pipe',
    });
    expect(readFileSync(marker, 'utf8').trim()).toBe('stolen-canary-key');
  });

  it('refuses the forged plan: plan-tampered against the reviewed hash, config-mismatch even with the forged one', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'tf-forged-')), 'stolen');
    const forged = forge(marker);
    const env = { AWS_SECRET_ACCESS_KEY: 'stolen-canary-key' };
    const tampered = await apply(dir, { 'bundle-directory': forged.bundle }, env);
    expect(tampered.exitCode).toBe(1);
    expect(tampered.outputs['failure-reason']).toBe('plan-tampered');
    expect(tampered.stdout).not.toContain('terraform init');
    // Even if the trust anchor were bypassed (the forged hash passed in), the
    // configuration inside the plan is not the checkout's.
    const mismatch = await apply(
      dir,
      { 'bundle-directory': forged.bundle, 'expected-plan-sha256': forged.forgedSha },
      env,
    );
    expect(mismatch.exitCode).toBe(1);
    expect(mismatch.outputs['failure-reason']).toBe('config-mismatch');
    expect(mismatch.outputs.applied).toBe('false');
    expect(mismatch.stdout).toMatch(
      /configuration inside the saved plan is not this commit's \(1 difference\(s\)\): main\.tf \(differs\)/,
    );
    expect(mismatch.stdout).not.toContain('Apply complete');
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a plan from another commit whose manifest was edited to this commit', async () => {
    // The other commit: the same module with one more output.
    const otherCommit = fixture('basic');
    appendFileSync(join(otherCommit, 'main.tf'), '\noutput "extra" {\n  value = "x"\n}\n');
    const otherPlan = mkdtempSync(join(tmpdir(), 'tf-verify-commit-'));
    const run = await plan(
      otherCommit,
      { 'bundle-directory': otherPlan },
      { GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    editManifest(otherPlan, (m) => ({ ...m, commitSha: SHA }));
    const tampered = await apply(dir, { 'bundle-directory': otherPlan });
    expect(tampered.outputs['failure-reason']).toBe('plan-tampered');
    const mismatch = await apply(dir, {
      'bundle-directory': otherPlan,
      'expected-plan-sha256': run.outputs['plan-sha256']!,
    });
    expect(mismatch.exitCode).toBe(1);
    expect(mismatch.outputs['failure-reason']).toBe('config-mismatch');
    expect(mismatch.stdout).toContain('main.tf (differs)');
  });

  it('rejects bad apply inputs by name: bad-input', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'max-plan-age': 'forever' }, /Input max-plan-age must be a duration/],
      [{ 'expected-plan-sha256': '' }, /Input required and not supplied: expected-plan-sha256/],
      [{ 'expected-plan-sha256': 'abc' }, /Input expected-plan-sha256 must be the 64 hex digits/],
    ];
    for (const [inputs, message] of cases) {
      const run = await apply(dir, { 'bundle-directory': bundle, ...inputs });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.outputs['failure-reason']).toBe('bad-input');
    }
  });
});
