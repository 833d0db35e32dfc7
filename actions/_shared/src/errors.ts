/**
 * A mistake the user can fix (bad input, missing permission, refused plan).
 * Its message is shown as is; anything else that escapes an action is a bug.
 * `reason` is a stable, documented code set as the `failure-reason` output.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** An expected operational failure (e.g. a lock held elsewhere): no stack, a reason code. */
export class ActionFailure extends Error {
  override readonly name = 'ActionFailure';
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

export function isUserFacing(error: unknown): error is ConfigurationError | ActionFailure {
  return error instanceof ConfigurationError || error instanceof ActionFailure;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
