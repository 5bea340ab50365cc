import { backoffDelayMs } from './backoff.js';
import type { CallSettings } from './call-options.js';

/** A failed attempt, reduced to what the retry rule reads. */
export type AttemptFailure =
  | { kind: 'status'; status: number; retryAfterSeconds: number | undefined }
  | { kind: 'connection'; notSent: boolean }
  | { kind: 'timeout' };

export type RetryPlan = { retry: true; waitMs: number } | { retry: false; reason: string };

export interface RetryContext {
  idempotent: boolean;
  /** Retries already made for this call. */
  retriesDone: number;
  /** Milliseconds since the call began. */
  elapsedMs: number;
  settings: CallSettings;
  random?: () => number;
}

/**
 * Decides whether to retry after a failed attempt, and how long to wait.
 *
 * Any call is retried after a 429 or a 503, which DevRev sends before acting,
 * and after a connection that failed before the request was sent. An
 * idempotent call is also retried after a 502, a 504, a connection that
 * failed after sending, and a timeout, because for those the server may have
 * acted. No call is retried after a 500 or any other status.
 */
export function planRetry(failure: AttemptFailure, context: RetryContext): RetryPlan {
  const { settings } = context;

  const notRetryableReason = whyNotRetryable(failure, context.idempotent);
  if (notRetryableReason !== undefined) {
    return { retry: false, reason: notRetryableReason };
  }
  if (context.retriesDone >= settings.maxRetries) {
    const reason = settings.maxRetries === 0 ? 'retries are off (maxRetries 0)' : `all ${settings.maxRetries} retries were used`;
    return { retry: false, reason };
  }

  let waitMs: number;
  const retryAfterSeconds = failure.kind === 'status' ? failure.retryAfterSeconds : undefined;
  if (retryAfterSeconds === undefined) {
    waitMs = backoffDelayMs(context.retriesDone + 1, settings.retryBaseDelayMs, settings.retryMaxDelayMs, context.random);
  } else {
    waitMs = Math.ceil(retryAfterSeconds * 1000);
    if (waitMs > settings.retryMaxDelayMs) {
      return {
        retry: false,
        reason: `the server asked to wait ${retryAfterSeconds} s, longer than retryMaxDelayMs ${settings.retryMaxDelayMs}`,
      };
    }
  }

  if (context.elapsedMs + waitMs > settings.retryMaxElapsedMs) {
    return {
      retry: false,
      reason: `waiting ${waitMs} ms more would pass retryMaxElapsedMs ${settings.retryMaxElapsedMs}`,
    };
  }
  return { retry: true, waitMs };
}

function whyNotRetryable(failure: AttemptFailure, idempotent: boolean): string | undefined {
  const notIdempotent = 'the call is not idempotent and the server may have acted on it';

  switch (failure.kind) {
    case 'status':
      if (failure.status === 429 || failure.status === 503) {
        return undefined;
      }
      if (failure.status === 502 || failure.status === 504) {
        return idempotent ? undefined : `${notIdempotent} before the ${failure.status}`;
      }
      return `status ${failure.status} is never retried`;
    case 'connection':
      return failure.notSent || idempotent ? undefined : `${notIdempotent} before the connection failed`;
    case 'timeout':
      return idempotent ? undefined : `${notIdempotent} before the timeout`;
  }
}
