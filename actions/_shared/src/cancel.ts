/**
 * SIGINT/SIGTERM (what the runner sends when a job is cancelled) become one
 * AbortSignal that every child process and HTTP call receives.
 */
export type Cancellation = {
  signal: AbortSignal;
  /** The signal that caused cancellation, once one has. */
  readonly received: NodeJS.Signals | undefined;
  dispose(): void;
};

export function cancellationFromSignals(
  proc: Pick<NodeJS.Process, 'on' | 'off'> = process,
): Cancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    received = sig;
    controller.abort(new CancelledError(sig));
  };
  proc.on('SIGINT', onSignal);
  proc.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      proc.off('SIGINT', onSignal);
      proc.off('SIGTERM', onSignal);
    },
  };
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(readonly signal: NodeJS.Signals | 'deadline' = 'SIGTERM') {
    super(signal === 'deadline' ? 'deadline exceeded' : `cancelled by ${signal}`);
  }
}

/** A sleep that ends early, rejecting, when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new CancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new CancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
