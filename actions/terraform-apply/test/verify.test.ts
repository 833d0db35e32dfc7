import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../_shared/src/terraform/bundle';
import { sha256 } from '../../_shared/src/terraform/cli';
import { Redactor } from '../../_shared/src/terraform/redact';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { exportOutputs } from '../src/apply-run';
import { verifyBundle, verifyRuntime } from '../src/verify';

const manifest = {
  terraformVersion: '1.11.4',
  providers: { 'registry.terraform.io/hashicorp/aws': '5.100.0' },
  backendFingerprint: 'abc',
} as unknown as BundleManifest;

describe('verifyRuntime', () => {
  const reason = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      return (e as { reason?: string }).reason;
    }
    return undefined;
  };

  it('accepts the same terraform, providers and backend', () => {
    expect(
      reason(() =>
        verifyRuntime(
          manifest,
          { terraform: '1.11.4', providers: { ...manifest.providers } },
          'abc',
        ),
      ),
    ).toBeUndefined();
  });

  it('refuses another provider version, a missing or extra provider, another backend', () => {
    expect(
      reason(() =>
        verifyRuntime(
          manifest,
          { terraform: '1.11.4', providers: { 'registry.terraform.io/hashicorp/aws': '5.99.0' } },
          'abc',
        ),
      ),
    ).toBe('version-mismatch');
    expect(
      reason(() => verifyRuntime(manifest, { terraform: '1.11.4', providers: {} }, 'abc')),
    ).toBe('version-mismatch');
    expect(
      reason(() =>
        verifyRuntime(
          manifest,
          {
            terraform: '1.11.4',
            providers: { ...manifest.providers, 'registry.terraform.io/hashicorp/random': '3.6.0' },
          },
          'abc',
        ),
      ),
    ).toBe('version-mismatch');
    expect(
      reason(() =>
        verifyRuntime(
          manifest,
          { terraform: '1.11.4', providers: { ...manifest.providers } },
          'other',
        ),
      ),
    ).toBe('plan-from-other-environment');
  });
});

describe('exportOutputs', () => {
  let runner: RunnerFixture;
  afterEach(() => runner.restore());

  it('sets non-sensitive outputs (JSON and one by one), masks sensitive ones and leaves them out', () => {
    runner = runnerFixture();
    const visible = exportOutputs(
      {
        endpoint: { sensitive: false, value: 'db.internal:5432' },
        subnets: { sensitive: false, value: ['a', 'b'] },
        outputs: { sensitive: false, value: 'clash' },
        db_password: { sensitive: true, value: 'p4ssw0rd-canary' },
        creds: { sensitive: true, value: { user: 'admin-user', key: 'k3y-canary' } },
      },
      new Redactor(),
      runner.env,
    );
    expect(visible).toEqual({
      endpoint: 'db.internal:5432',
      subnets: ['a', 'b'],
      outputs: 'clash',
    });
    const outputs = runner.outputs();
    expect(JSON.parse(outputs.outputs!)).toEqual(visible);
    expect(outputs.endpoint).toBe('db.internal:5432');
    expect(outputs.subnets).toBe('["a","b"]');
    expect(outputs).not.toHaveProperty('db_password');
    expect(runner.masks()).toEqual(
      expect.arrayContaining(['p4ssw0rd-canary', 'admin-user', 'k3y-canary']),
    );
    expect(runner.stdout()).toMatch(
      /::warning::terraform output "outputs" is only in the outputs JSON/,
    );
    expect(JSON.stringify(outputs)).not.toMatch(/canary/);
  });
});

describe('verifyBundle: provider lock file', () => {
  const bundleWith = (lock: string | undefined) => {
    const dir = mkdtempSync(join(tmpdir(), 'apply-verify-'));
    writeFileSync(join(dir, 'plan.tfplan'), 'plan');
    writeFileSync(join(dir, 'plan.json'), '{}');
    if (lock !== undefined) writeFileSync(join(dir, '.terraform.lock.hcl'), lock);
    return dir;
  };
  const planned = {
    planSha256: sha256('plan'),
    planJsonSha256: sha256('{}'),
    lockFileSha256: sha256('provider "aws" {}'),
    commitSha: 'abc',
    environment: 'staging',
    workingDirectory: '.',
    workspace: 'default',
    createdAt: new Date(0).toISOString(),
  } as BundleManifest;
  const check = (dir: string) => () =>
    verifyBundle(planned, {
      bundleDirectory: dir,
      commitSha: 'abc',
      environment: 'staging',
      workingDirectory: '.',
      workspace: 'default',
      maxPlanAgeMs: 60_000,
      now: 1000,
    });

  it('accepts the lock file the plan was made with', () => {
    expect(check(bundleWith('provider "aws" {}'))).not.toThrow();
  });

  it('refuses an altered or missing lock file as plan-tampered', () => {
    for (const dir of [bundleWith('provider "aws" { evil = true }'), bundleWith(undefined)]) {
      expect(check(dir)).toThrow(expect.objectContaining({ reason: 'plan-tampered' }));
    }
  });
});
