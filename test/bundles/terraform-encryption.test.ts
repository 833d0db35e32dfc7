/**
 * The encrypted plan bundle end to end: real terraform, the committed
 * bundles, and a KMS stand-in on 127.0.0.1 (AWS_ENDPOINT_URL_KMS) that binds
 * data keys to their encryption context as KMS does.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeKms, KEY_ARN, startFakeKms } from './terraform-fake-kms';
import {
  apply,
  CANARY,
  fixture,
  holdsCanary,
  plan,
  terraformAvailable,
  visible,
} from './terraform-helpers';

describe.runIf(terraformAvailable)('encrypted plan bundle (real terraform, KMS stand-in)', () => {
  let kms: FakeKms;
  const dir = fixture('basic');
  const bundle = mkdtempSync(join(tmpdir(), 'tf-encrypted-bundle-'));
  let planSha256 = '';

  beforeAll(async () => {
    kms = await startFakeKms();
  });
  afterAll(() => kms.close());

  function variant(change: (copy: string) => void): string {
    const copy = mkdtempSync(join(tmpdir(), 'tf-encrypted-variant-'));
    cpSync(bundle, copy, { recursive: true });
    change(copy);
    return copy;
  }

  it('encrypts the plan: the canary is in no file of the bundle', async () => {
    const run = await plan(
      dir,
      {
        variables: `api_token=${CANARY}\ndb_password=${CANARY}-db`,
        redact: 'token',
        'bundle-directory': bundle,
        'kms-key-id': 'alias/medimind-plan-bundle',
        'allow-plaintext-bundle': 'false',
      },
      kms.env,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    planSha256 = run.outputs['plan-sha256']!;
    expect(planSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(bundle).sort()).toEqual([
      'manifest.json',
      'plan.json',
      'plan.tfplan.enc',
      'policy.sarif',
      'summary.md',
    ]);
    for (const file of readdirSync(bundle)) {
      expect(holdsCanary(readFileSync(join(bundle, file))), file).toBe(false);
    }
    expect(visible(run.stdout + run.stderr)).not.toContain(CANARY);
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8'));
    expect(manifest.planSha256).toBe(planSha256);
    expect(manifest.encryption).toEqual({
      algorithm: 'AES-256-GCM',
      kmsKeyArn: KEY_ARN,
      encryptedDataKey: expect.any(String),
      iv: expect.any(String),
      encryptionContext: { environment: 'staging' },
    });
    expect(kms.calls).toEqual([
      {
        operation: 'GenerateDataKey',
        context: { environment: 'staging' },
        signedWith: 'AKIAFAKEKMSTEST00001',
      },
    ]);
  });

  it('names a key the plan role cannot use: kms-denied before terraform runs, and no bundle file is written', async () => {
    const refused = mkdtempSync(join(tmpdir(), 'tf-encrypted-refused-'));
    const run = await plan(
      dir,
      { 'bundle-directory': refused, 'kms-key-id': 'alias/someone-elses-key' },
      kms.env,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('kms-denied');
    expect(run.stdout).toContain('The plan role needs kms:GenerateDataKey');
    expect(readdirSync(refused)).toEqual([]);
    expect(run.stdout).not.toContain('terraform init');
    kms.calls.length = 0;
  });

  it('refuses a flipped ciphertext byte and an edited manifest (the manifest is the authenticated data)', async () => {
    const flipped = variant((c) => {
      const file = join(c, 'plan.tfplan.enc');
      const bytes = readFileSync(file);
      bytes[200] = bytes[200]! ^ 0x80;
      writeFileSync(file, bytes);
    });
    const edited = variant((c) => {
      const file = join(c, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      manifest.policy.violations = 0;
      manifest.runId = '999';
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    });
    for (const copy of [flipped, edited]) {
      const run = await apply(
        dir,
        { 'bundle-directory': copy, 'expected-plan-sha256': planSha256 },
        kms.env,
      );
      expect(run.exitCode).toBe(1);
      expect(run.outputs['failure-reason']).toBe('plan-tampered');
      expect(run.stdout).toContain('does not authenticate');
      expect(run.stdout).not.toContain('terraform init');
    }
  });

  it('decrypts only under the environment it was made for', async () => {
    const run = await apply(
      dir,
      { 'bundle-directory': bundle, 'expected-plan-sha256': planSha256, environment: 'production' },
      kms.env,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-tampered');
    expect(run.stdout).toContain('KMS refused the plan');
  });

  it('names the missing kms:Decrypt permission: kms-denied', async () => {
    const denying = await startFakeKms({ denyDecrypt: true });
    try {
      const run = await apply(
        dir,
        { 'bundle-directory': bundle, 'expected-plan-sha256': planSha256 },
        denying.env,
      );
      expect(run.outputs['failure-reason']).toBe('kms-denied');
      expect(run.stdout).toContain('the apply role kms:Decrypt on this key');
    } finally {
      await denying.close();
    }
  });

  it('decrypts with the apply role and applies exactly the reviewed plan', async () => {
    kms.calls.length = 0;
    const run = await apply(
      dir,
      { 'bundle-directory': bundle, 'expected-plan-sha256': planSha256 },
      kms.env,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.applied).toBe('true');
    expect(run.stdout).toContain('decrypted with KMS');
    expect(run.stdout).toMatch(/Apply complete! Resources: 3 added/);
    expect(visible(run.stdout + run.stderr)).not.toContain(CANARY);
    expect(kms.calls).toEqual([
      {
        operation: 'Decrypt',
        context: { environment: 'staging' },
        signedWith: 'AKIAFAKEKMSTEST00001',
      },
    ]);
    // The downloaded bundle still holds no plaintext plan.
    expect(readdirSync(bundle)).not.toContain('plan.tfplan');
  });
});
