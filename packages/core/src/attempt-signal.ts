/** The abort signal of one attempt and why it fired. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True when the attempt's timeout fired. */
  timedOut(): boolean;
  /** Stops the timer and unlinks the caller's signal. Call it once the attempt is over. */
  dispose(): void;
}

/**
 * Creates a signal that aborts when the caller's signal aborts or when
 * `timeoutMs` passes. Aborting it makes fetch close the socket. It uses
 * `setTimeout` rather than `AbortSignal.timeout`, so fake timers in tests
 * control it.
 */
export function createAttemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;

  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) {
    onCallerAbort();
  } else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  }

  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }, timeoutMs);

  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
