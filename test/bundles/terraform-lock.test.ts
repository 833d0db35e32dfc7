/**
 * State locks with real terraform: a lock held by another process ends the
 * plan with state-locked (ID, holder, age); SIGINT during apply is forwarded,
 * terraform stops gracefully and releases the lock.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, fixture, plan, terraformAvailable } from './terraform-helpers';

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(terraformAvailable)('state locking (real terraform)', () => {
  it('reports a lock held elsewhere as state-locked, and SIGINT during apply releases the lock', async () => {
    const dir = fixture('locker');
    const bundle = mkdtempSync(join(tmpdir(), 'tf-lock-bundle-'));
    const planned = await plan(dir, { 'bundle-directory': bundle, 'required-tags': '' });
    expect(planned.exitCode, planned.stdout + planned.stderr).toBe(0);

    // terraform-apply runs the provisioner's 60 s sleep while holding the state lock.
    const controller = new AbortController();
    const applying = apply(
      dir,
      { 'bundle-directory': bundle, 'expected-plan-sha256': planned.outputs['plan-sha256']! },
      {},
      controller.signal,
    );
    const lockInfo = join(dir, '.terraform.tfstate.lock.info');
    await waitFor(() => existsSync(lockInfo), 20_000);
    const lock = JSON.parse(readFileSync(lockInfo, 'utf8')) as { ID: string; Who: string };

    const blocked = await plan(dir, { 'bundle-directory': `${bundle}-2`, 'lock-timeout': '1s' });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs['failure-reason']).toBe('state-locked');
    expect(blocked.stdout).toContain(`lock ID ${lock.ID}`);
    expect(blocked.stdout).toContain(`held by ${lock.Who}`);
    expect(blocked.stdout).toMatch(/OperationTypeApply\), held for \d+s/);

    const started = Date.now();
    controller.abort();
    const cancelled = await applying;
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.outputs['failure-reason']).toBe('cancelled');
    expect(cancelled.outputs.applied).toBe('false');
    expect(cancelled.stdout + cancelled.stderr).toMatch(
      /Interrupt received|Gracefully shutting down/,
    );
    // The lock is gone: a new plan gets it at once.
    expect(existsSync(lockInfo)).toBe(false);
    const after = await plan(dir, { 'bundle-directory': `${bundle}-3`, 'lock-timeout': '0s' });
    expect(after.exitCode, after.stdout + after.stderr).toBe(0);
  });
});
