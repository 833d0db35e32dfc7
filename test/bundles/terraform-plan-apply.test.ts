/**
 * terraform-plan → bundle → terraform-apply with real terraform, through the
 * committed bundles run as the runner runs them.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apply,
  CANARY,
  fileSha256,
  fixture,
  holdsCanary,
  plan,
  terraformAvailable,
  visible,
} from './terraform-helpers';

describe.runIf(terraformAvailable)('terraform-plan and terraform-apply (real terraform)', () => {
  const dir = fixture('basic');
  const bundle = join(dir, '..', `${dir.split('/').pop()}-bundle`);
  const vars = `api_token=${CANARY}\ngeneration=1`;
  let planSha256 = '';

  it('plans changes (exit 2), hides the canary everywhere, writes the bundle', async () => {
    const run = await plan(dir, { variables: vars, redact: 'token', 'bundle-directory': bundle });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      'has-changes': 'true',
      'to-add': '3',
      'to-change': '0',
      'to-replace': '0',
      'to-destroy': '0',
      'policy-violations': '0',
      'bundle-directory': bundle,
    });
    expect(run.stdout).toContain(`::add-mask::${CANARY}`);
    expect(visible(run.stdout + run.stderr)).not.toContain(CANARY);
    // The plan's own output is still shown, with the value replaced.
    expect(run.stdout).toContain('token      = "***"');
    expect(run.summary).toContain('Plan: 3 to add, 0 to change, 0 to replace, 0 to destroy.');
    expect(run.summary).not.toContain(CANARY);
    expect(readdirSync(bundle).sort()).toEqual([
      'manifest.json',
      'plan.json',
      'plan.tfplan',
      'policy.sarif',
      'summary.md',
    ]);
    for (const file of ['manifest.json', 'plan.json', 'policy.sarif', 'summary.md']) {
      expect(readFileSync(join(bundle, file), 'utf8'), file).not.toContain(CANARY);
    }
    // Why kms-key-id exists: the binary plan holds every variable value in the clear.
    expect(holdsCanary(readFileSync(join(bundle, 'plan.tfplan')))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8'));
    expect(run.outputs['plan-sha256']).toBe(fileSha256(join(bundle, 'plan.tfplan')));
    planSha256 = run.outputs['plan-sha256']!;
    expect(manifest).not.toHaveProperty('encryption');
    expect(manifest).toMatchObject({
      schema: 2,
      planSha256,
      environment: 'staging',
      workingDirectory: '.',
      workspace: 'default',
      terraformVersion: expect.stringMatching(/^1\.\d+\.\d+/),
      commitSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      runId: '1000',
      hasChanges: true,
    });
    expect(manifest.planSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.backendFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('applies exactly the saved plan and exports outputs, sensitive ones masked and left out', async () => {
    const run = await apply(dir, {
      'bundle-directory': bundle,
      'expected-plan-sha256': planSha256,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.applied).toBe('true');
    expect(run.stdout).toContain(
      'the configuration inside the plan is identical to the checked-out one',
    );
    expect(JSON.parse(run.outputs.outputs!)).toEqual({ app_name: 'app', generation: '1' });
    expect(run.outputs.app_name).toBe('app');
    expect(run.outputs).not.toHaveProperty('api_token');
    expect(run.stdout).toContain(`::add-mask::${CANARY}`);
    expect(visible(run.stdout + run.stderr)).not.toContain(CANARY);
    expect(run.summary).toContain('Terraform apply: `.` · staging · default');
    expect(run.summary).toContain('**Applied.**');
    expect(run.summary).not.toContain(CANARY);
    expect(run.summary).not.toContain('api_token | `');
    // Never re-planned: the apply ran the plan file.
    expect(run.stdout).toMatch(/Apply complete! Resources: 3 added/);
  });

  it('masks a variable declared sensitive even when nothing uses it and no redact rule is set', async () => {
    const unused = 'unused-db-password-canary-61f0';
    const run = await plan(dir, {
      variables: `${vars}\ndb_password=${unused}`,
      'bundle-directory': `${bundle}-unused`,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${unused}`);
    expect(visible(run.stdout + run.stderr)).not.toContain(unused);
  });

  it("never puts variable values on terraform's command line: a 0600 file in a 0700 directory", async () => {
    // A stand-in for terraform that records its argv (what /proc/<pid>/cmdline shows) and
    // the modes of every -var-file, then execs the real terraform.
    const tools = mkdtempSync(join(tmpdir(), 'tf-argv-'));
    const log = join(tools, 'argv.log');
    const wrapper = join(tools, 'terraform');
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        'for a in "$@"; do',
        '  printf "arg %s\\n" "$a" >> "$ARGV_LOG"',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
        '  case "$a" in -var-file=*) f="${a#-var-file=}"; stat -c "mode %a %n" "$f" "$(dirname "$f")" >> "$ARGV_LOG";; esac',
        'done',
        'exec terraform "$@"',
        '',
      ].join('\n'),
    );
    chmodSync(wrapper, 0o755);
    const run = await plan(
      dir,
      { variables: vars, redact: 'token', 'bundle-directory': `${bundle}-argv` },
      { TERRAFORM_CLI_PATH: wrapper, ARGV_LOG: log },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const recorded = readFileSync(log, 'utf8');
    expect(recorded).toContain('arg plan');
    expect(recorded).not.toContain(CANARY);
    expect(recorded).not.toMatch(/^arg -var=/m);
    const file = /^arg -var-file=(.*variables\.tfvars\.json)$/m.exec(recorded)?.[1];
    expect(file, recorded).toBeDefined();
    expect(recorded).toContain(`mode 600 ${file}`);
    expect(recorded).toMatch(/^mode 700 .*terraform-plan-/m);
    // The private directory is gone once the step ends.
    expect(() => readFileSync(file!)).toThrow(/ENOENT/);
  });

  it('plans no changes (exit 0)', async () => {
    const run = await plan(dir, {
      variables: vars,
      redact: 'token',
      'bundle-directory': `${bundle}-2`,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.summary).toContain('No changes.');
  });

  it('reports an update and both replace orders with their reasons', async () => {
    const run = await plan(dir, {
      variables: `api_token=${CANARY}\ngeneration=2`,
      redact: 'token',
      'bundle-directory': `${bundle}-3`,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      'to-add': '0',
      'to-change': '1',
      'to-replace': '2',
      'to-destroy': '0',
    });
    expect(run.summary).toContain(
      '<code>+/- terraform_data.cbd</code> — replace (create before destroy) (replace_because_cannot_update)',
    );
    expect(run.summary).toContain(
      '<code>-/+ terraform_data.replaced</code> — replace (destroy then create) (replace_because_cannot_update)',
    );
    expect(run.summary).toContain('`triggers_replace.0` (forces replacement)');
    expect(run.summary).toContain('| generation | update | `"1"` | `"2"` |');
  });

  it('reports failed checks', async () => {
    const run = await plan(dir, { variables: 'generation=9', 'bundle-directory': `${bundle}-4` });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('| check.generation | fail | generation must stay below 9 |');
  });

  it('fails with plan-failed when terraform plan errors (exit 1), hiding the values it was given', async () => {
    const run = await plan(dir, {
      variables: `fail=true\ngeneration=${CANARY}`,
      'bundle-directory': `${bundle}-5`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-failed');
    expect(run.stderr).toContain('Invalid function argument');
    // terraform quotes the argument (`var.generation is "..."`): it must come out as ***.
    expect(run.stderr).toContain('***');
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });

  it('drift mode runs a refresh-only plan: config changes are not drift', async () => {
    const run = await plan(dir, {
      variables: `api_token=${CANARY}\ngeneration=5`,
      mode: 'drift',
      'bundle-directory': `${bundle}-6`,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('::group::terraform plan -refresh-only');
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs['to-change']).toBe('0');
    expect(run.summary).toContain('No drift detected.');
    expect(run.summary).toContain('Terraform drift check');
  });

  it('reports moved resources', async () => {
    const main = join(dir, 'main.tf');
    writeFileSync(
      main,
      `${readFileSync(main, 'utf8').replaceAll('terraform_data" "app"', 'terraform_data" "application"').replaceAll('terraform_data.app.', 'terraform_data.application.')}\nmoved {\n  from = terraform_data.app\n  to   = terraform_data.application\n}\n`,
    );
    const run = await plan(dir, {
      variables: vars,
      redact: 'token',
      fmt: 'off',
      'bundle-directory': `${bundle}-7`,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain('(1 moved)');
    expect(run.summary).toContain(
      'terraform_data.application</code> — moved from terraform_data.app',
    );
  });

  it('fails with fmt-failed on unformatted files when fmt is check', async () => {
    writeFileSync(join(dir, 'ugly.tf'), 'locals {\nx=1\n}\n');
    const run = await plan(dir, { variables: vars, 'bundle-directory': `${bundle}-8` });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('fmt-failed');
    expect(run.stdout).toContain('ugly.tf');
  });
});

describe('terraform-plan input validation (no terraform needed)', () => {
  it('rejects bad inputs naming the input and what is allowed, without a stack trace', async () => {
    const dir = fixture('basic');
    const cases: [Record<string, string>, RegExp][] = [
      [{ mode: 'apply' }, /Input mode must be one of plan, drift; got "apply"/],
      [{ policy: 'strict' }, /Input policy must be one of enforce, warn, off/],
      [{ 'lock-timeout': 'soon' }, /Input lock-timeout must be a duration/],
      [{ 'var-files': 'missing.tfvars' }, /Input var-files: "missing.tfvars" does not exist/],
      [{ environment: '' }, /Input required and not supplied: environment/],
      [{ redact: '/(/' }, /Input redact has an invalid regular expression/],
      [{ 'kms-key-id': 'my key' }, /Input kms-key-id must be a KMS key ARN/],
      [{ 'allow-plaintext-bundle': 'maybe' }, /Input allow-plaintext-bundle/],
    ];
    for (const [inputs, message] of cases) {
      const run = await plan(dir, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(run.outputs['failure-reason']).toBe('bad-input');
    }
  });

  it('refuses to write a plaintext bundle without kms-key-id unless allowed: bundle-unencrypted', async () => {
    const dir = fixture('basic');
    const run = await plan(dir, { 'allow-plaintext-bundle': 'false' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('bundle-unencrypted');
    expect(run.stdout).toMatch(
      /Input kms-key-id is empty: the plan bundle for environment "staging" would hold its variables and state in plaintext/,
    );
    // Refused before terraform ran: nothing was planned or written.
    expect(run.stdout).not.toContain('terraform init');
  });
});
