/**
 * The failure reasons no other bundle test reaches, each driven through the
 * committed bundles with real terraform: init-failed, validate-failed,
 * apply-failed (with the audit summary still written), and apply's
 * unsupported-plan-format (a terraform whose `show -json` speaks a future format);
 * and that nothing after a successful apply fails the step.
 */
import { appendFileSync, chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, fixture, plan, terraformAvailable } from './terraform-helpers';

describe.runIf(terraformAvailable)('terraform failure reasons (real terraform)', () => {
  it('init-failed: terraform init refuses the backend configuration', async () => {
    const run = await plan(fixture('basic'), { 'backend-config': 'no_such_setting=1' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('init-failed');
    expect(run.stdout).toMatch(/terraform init failed \(exit 1\)/);
  });

  it('validate-failed: the configuration references an undeclared variable', async () => {
    const dir = fixture('basic');
    appendFileSync(join(dir, 'main.tf'), '\noutput "broken" {\n  value = var.undeclared\n}\n');
    const run = await plan(dir, {});
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validate-failed');
  });

  it('apply-failed: a provisioner fails during apply; applied stays false, the summary says so', async () => {
    const dir = fixture('basic');
    appendFileSync(
      join(dir, 'main.tf'),
      '\nresource "terraform_data" "fails" {\n  provisioner "local-exec" {\n    command = "exit 3"\n  }\n}\n',
    );
    const bundle = mkdtempSync(join(tmpdir(), 'tf-failures-'));
    const planned = await plan(dir, { 'bundle-directory': bundle });
    expect(planned.exitCode, planned.stdout + planned.stderr).toBe(0);
    const run = await apply(dir, {
      'bundle-directory': bundle,
      'expected-plan-sha256': planned.outputs['plan-sha256']!,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('apply-failed');
    expect(run.outputs.applied).toBe('false');
    expect(run.summary).toContain('**Apply failed** (exit 1)');
  });

  it('unsupported-plan-format: apply refuses a plan JSON format it does not know', async () => {
    const dir = fixture('basic');
    const bundle = mkdtempSync(join(tmpdir(), 'tf-failures-format-'));
    const planned = await plan(dir, { 'bundle-directory': bundle });
    expect(planned.exitCode, planned.stdout + planned.stderr).toBe(0);
    // terraform as it would be if a release changed the JSON format's major version.
    const future = join(mkdtempSync(join(tmpdir(), 'tf-future-')), 'terraform');
    writeFileSync(
      future,
      '#!/bin/sh\nif [ "$1" = show ]; then echo \'{"format_version":"2.0"}\'; exit 0; fi\nexec terraform "$@"\n',
    );
    chmodSync(future, 0o755);
    const run = await apply(
      dir,
      { 'bundle-directory': bundle, 'expected-plan-sha256': planned.outputs['plan-sha256']! },
      { TERRAFORM_CLI_PATH: future },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('unsupported-plan-format');
    expect(run.stdout).toContain('format_version 2.0; only 1.x is supported');
    expect(run.outputs.applied).toBe('false');
  });

  it('after a successful apply, unreadable terraform output is a warning that quotes nothing', async () => {
    const dir = fixture('basic');
    const bundle = mkdtempSync(join(tmpdir(), 'tf-failures-output-'));
    const planned = await plan(dir, { 'bundle-directory': bundle });
    expect(planned.exitCode, planned.stdout + planned.stderr).toBe(0);
    const broken = join(mkdtempSync(join(tmpdir(), 'tf-broken-output-')), 'terraform');
    writeFileSync(
      broken,
      '#!/bin/sh\nif [ "$1" = output ]; then echo \'{"api_token": canary-in-broken-output\'; exit 0; fi\nexec terraform "$@"\n',
    );
    chmodSync(broken, 0o755);
    const run = await apply(
      dir,
      { 'bundle-directory': bundle, 'expected-plan-sha256': planned.outputs['plan-sha256']! },
      { TERRAFORM_CLI_PATH: broken },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.applied).toBe('true');
    expect(run.stdout).toContain(
      '::warning::terraform output -json printed something that is not JSON',
    );
    expect(run.stdout + run.stderr).not.toContain('canary-in-broken-output');
  });
});
