import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../src/cancel';
import { execute } from '../src/exec';

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}

describe('execute', () => {
  it('captures output and exit codes', async () => {
    const result = await execute(
      process.execPath,
      ['-e', 'console.log("out"); console.error("err"); process.exit(2)'],
      {
        output: 'capture',
      },
    );
    expect(result).toMatchObject({ exitCode: 2, stdout: 'out\n', stderr: 'err\n' });
  });

  it('forwards the cancelling signal to the child, which can clean up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exec-'));
    const marker = join(dir, 'cleaned');
    const ready = join(dir, 'ready');
    const script = join(dir, 'child.cjs');
    writeFileSync(
      script,
      `const fs = require('fs');
       process.on('SIGINT', () => { fs.writeFileSync(${JSON.stringify(marker)}, 'SIGINT'); process.exit(130); });
       fs.writeFileSync(${JSON.stringify(ready)}, ''); setInterval(() => {}, 1000);`,
    );
    const controller = new AbortController();
    const pending = execute(process.execPath, [script], {
      output: 'capture',
      signal: controller.signal,
    });
    await waitFor(() => existsSync(ready));
    controller.abort(new CancelledError('SIGINT'));
    const result = await pending;
    expect(result.exitCode).toBe(130);
    expect(readFileSync(marker, 'utf8')).toBe('SIGINT');
  });

  it('kills a child that ignores the signal after the grace period', async () => {
    const controller = new AbortController();
    const ready = join(mkdtempSync(join(tmpdir(), 'exec-')), 'ready');
    const child = `process.on("SIGTERM", () => {}); require("fs").writeFileSync(${JSON.stringify(ready)}, ""); setInterval(() => {}, 1000)`;
    const pending = execute(process.execPath, ['-e', child], {
      output: 'capture',
      signal: controller.signal,
      killGraceMs: 200,
    });
    await waitFor(() => existsSync(ready));
    controller.abort(new CancelledError('SIGTERM'));
    expect((await pending).signal).toBe('SIGKILL');
  });

  it('keeps inputs and runner tokens away from the child', async () => {
    const env = {
      ...process.env,
      'INPUT_GITHUB-TOKEN': 'ghs_canary',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      KEEP: 'yes',
    };
    const result = await execute(
      process.execPath,
      ['-e', 'console.log(JSON.stringify(process.env))'],
      {
        env,
        output: 'capture',
      },
    );
    const seen = JSON.parse(result.stdout) as Record<string, string>;
    expect(seen.KEEP).toBe('yes');
    expect(result.stdout).not.toContain('ghs_canary');
    expect(seen.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeUndefined();
  });

  it('names a missing executable', async () => {
    await expect(execute('definitely-not-a-tool', [])).rejects.toThrow(
      'definitely-not-a-tool was not found on PATH',
    );
  });
});
