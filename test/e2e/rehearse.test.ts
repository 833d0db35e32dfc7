/**
 * The README's first command, end to end: `medimind rehearse` plans staging
 * offline through the terraform-plan bundle and runs two blue-green releases
 * through the blue-green bundle into the sandbox under traffic.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../cli/src/run-bundle';

const missing = ['terraform', 'kubectl'].filter(
  (tool) => spawnSync(tool, ['version', '--client'], { stdio: 'ignore' }).error,
);
if (missing.length && process.env.CI === 'true') {
  throw new Error(`the rehearsal needs ${missing.join(' and ')} on PATH`);
}

describe.skipIf(missing.length > 0)('medimind rehearse', () => {
  it('plans staging, then cuts over twice with no failed or misrouted request', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'cli/bin/medimind.js'), 'rehearse'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/policy verdict: passed; exit code 0/);
    expect(output).toMatch(/Plan: \d+ to add, 0 to change, 0 to replace, 0 to destroy/);
    // 2 releases x 2 apps x 2 client classes (keep-alive, fresh connections)
    const traffic = [
      ...output.matchAll(
        /^traffic (\S+) \((keep-alive|fresh)\): (\d+) requests, (\d+) failed, (\d+) answered by unready pods/gm,
      ),
    ];
    expect(traffic).toHaveLength(8);
    expect(traffic.filter((t) => t[2] === 'fresh')).toHaveLength(4);
    for (const [, , , sent, failed, misrouted] of traffic) {
      expect(Number(sent)).toBeGreaterThan(0);
      expect([Number(failed), Number(misrouted)]).toEqual([0, 0]);
    }
    expect(output).toMatch(/active-color=green .*release-id=rehearsal-1\.1\.0/);
    expect(output).toMatch(/active-color=blue .*release-id=rehearsal-1\.2\.0/);
  }, 300_000);
});
