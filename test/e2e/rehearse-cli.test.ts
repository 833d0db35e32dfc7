/**
 * `medimind rehearse` as a command: exit codes and what it says at the
 * approval gate, on a fixture with no terraform and no cluster (seconds).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../cli/src/run-bundle';

const GATE = join(repoRoot, 'test/e2e/fixtures/gate.yml');

function rehearse(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'cli/bin/medimind.js'), 'rehearse', '--workflow-file', GATE, ...args],
      { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('close', (code) => {
      const dir = /^rehearsal directory: (\S+)$/m.exec(output)?.[1];
      if (dir?.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
      done({ code, output });
    });
  });
}

describe('medimind rehearse (command)', () => {
  it('stops at the approval gate with exit 0 and says how to go on', async () => {
    const run = await rehearse(['--input', 'ticket=r-42']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^⏸ release +waiting/m);
    expect(run.output).toContain(
      'stopped at approval gate: release waits for environment production (rehearse with --approve production to go on)',
    );
    expect(run.output).not.toContain('releasing');
  });

  it('with --approve runs the gated job; a failed job exits 1; an unmatched --fail exits 1', async () => {
    const [approved, broken, unmatched] = await Promise.all([
      rehearse(['--input', 'ticket=r-42', '--approve', 'production']),
      rehearse(['--input', 'ticket=r-42', '--input', 'broken=true', '--approve', 'production']),
      rehearse(['--input', 'ticket=r-42', '--approve', 'production', '--fail', 'release/nope']),
    ]);
    expect(approved.code, approved.output).toBe(0);
    expect(approved.output).toMatch(/^ {4}releasing r-42$/m);
    expect(approved.output).toMatch(/^workflow succeeded$/m);
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toContain('Error: Process completed with exit code 3.');
    expect(broken.output).toMatch(/^⊘ release skipped/m);
    expect(unmatched.code).toBe(1);
    expect(unmatched.output).toContain(
      'Error: --fail release/nope matched no job or step that ran',
    );
  });

  it('names a required input nobody gave', async () => {
    const run = await rehearse([]);
    expect(run.code).toBe(1);
    expect(run.output).toContain('required input "ticket" was not given');
  });
});
