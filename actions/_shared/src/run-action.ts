/**
 * The one wrapper around every action's main(): whatever escapes becomes a
 * single ::error::, exit code 1 and, where known, a `failure-reason` output.
 * User mistakes print their message only; bugs print a stack trace only when
 * debug logging is on.
 */
import { CancelledError, cancellationFromSignals } from './cancel';
import { ActionFailure, ConfigurationError, describeError, isUserFacing } from './errors';
import { debug, type Env, error, isDebug, setOutput } from './runner';

export type ActionContext = {
  /** Aborts on SIGINT/SIGTERM; hand it to every child process and HTTP call. */
  signal: AbortSignal;
  env: Env;
};

export const FAILURE_REASON_OUTPUT = 'failure-reason';

export type RunActionOptions = {
  env?: Env;
  /**
   * Every `failure-reason` the action declares (its `src/failure-reasons.ts`,
   * which action.yml documents). A reason outside it is a bug in the action,
   * reported as such, so any test driving a failure through run() catches it.
   */
  reasons?: readonly string[];
};

export async function runAction(
  main: (ctx: ActionContext) => Promise<void>,
  { env = process.env, reasons }: RunActionOptions = {},
): Promise<void> {
  const cancellation = cancellationFromSignals();
  try {
    await main({ signal: cancellation.signal, env });
  } catch (thrown) {
    reportFailure(thrown, env, reasons);
  } finally {
    cancellation.dispose();
  }
}

/** The reason every action reports for a mistake in its inputs that names no narrower one. */
export const BAD_INPUT = 'bad-input';

export function reportFailure(
  thrown: unknown,
  env: Env = process.env,
  reasons?: readonly string[],
): void {
  const reason = failureReason(thrown);
  if (reason) setOutput(FAILURE_REASON_OUTPUT, reason, env);
  let message = describeError(thrown);
  if (!isUserFacing(thrown) && !(thrown instanceof CancelledError)) {
    if (isDebug(env) && thrown instanceof Error && thrown.stack) debug(thrown.stack);
    else message += ' (unexpected error: re-run with debug logging enabled for a stack trace)';
  }
  error(message);
  if (reason && reasons && !reasons.includes(reason)) {
    // The output is still set: a workflow branching on it sees what happened; the bug is the missing declaration.
    error(
      `Bug in this action: failure-reason "${reason}" is not one it declares (${reasons.join(', ')}); please report it`,
    );
  }
  process.exitCode = 1;
}

/**
 * The documented code for what escaped: the error's own, `bad-input` for an
 * input mistake that names none (the kernel's parsers raise those), `cancelled`
 * for a cancellation; none for a bug.
 */
function failureReason(thrown: unknown): string | undefined {
  if (thrown instanceof CancelledError) return 'cancelled';
  if (thrown instanceof ConfigurationError) return thrown.reason ?? BAD_INPUT;
  if (thrown instanceof ActionFailure) return thrown.reason;
  return undefined;
}
