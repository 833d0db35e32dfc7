/**
 * Child processes that take part in cancellation: when the action's signal
 * aborts, the child receives the same signal (SIGINT lets terraform release its
 * state lock), then SIGKILL if it has not exited after a grace period.
 * Not @actions/exec: it cannot forward signals or take an AbortSignal.
 */
import { spawn } from 'node:child_process';
import { CancelledError } from './cancel';

export type ExecOptions = {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** inherit: straight through to our stdout/stderr; capture: kept only; tee: both. */
  output?: 'inherit' | 'capture' | 'tee';
  input?: string;
  killGraceMs?: number;
};

export type ExecResult = {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

/**
 * The environment a child process gets: ours without the action's inputs (they
 * can hold the GitHub token) or the runner's OIDC and cache tokens, since
 * children such as terraform run code from the pull request under review.
 */
export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key]) =>
        !key.startsWith('INPUT_') &&
        key !== 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' &&
        key !== 'ACTIONS_RUNTIME_TOKEN',
    ),
  );
}

export function execute(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const { output = 'tee', signal, killGraceMs = 30_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: childEnvironment(options.env ?? process.env),
      stdio: [
        options.input === undefined ? 'ignore' : 'pipe',
        output === 'inherit' ? 'inherit' : 'pipe',
        output === 'inherit' ? 'inherit' : 'pipe',
      ],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      if (output === 'tee') process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (output === 'tee') process.stderr.write(chunk);
    });
    if (options.input !== undefined) child.stdin?.end(options.input);

    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      const reason = signal?.reason;
      const forwarded =
        reason instanceof CancelledError && reason.signal !== 'deadline' ? reason.signal : 'SIGINT';
      child.kill(forwarded);
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
      killTimer.unref();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });

    child.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      if (error.code === 'ENOENT') reject(new Error(`${file} was not found on PATH`));
      else reject(error);
    });
    child.on('close', (exitCode, exitSignal) => {
      signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      resolve({
        exitCode,
        signal: exitSignal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
