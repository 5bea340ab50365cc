import { createAttemptSignal } from './attempt-signal.js';
import { type ReadBody, readBody } from './buffered-response.js';
import { type ConnectionFailure, describeConnectionFailure } from './connection-failure.js';
import type { OutgoingRequest } from './outgoing-request.js';

/** The end of one attempt. A response of any status counts as `response`. */
export type AttemptOutcome =
  | { kind: 'response'; response: Response; body: ReadBody }
  | { kind: 'connection-failed'; failure: ConnectionFailure; cause: unknown }
  | { kind: 'timed-out' }
  | { kind: 'aborted'; reason: unknown };

/** Sends one request. The transport's fetch takes a URL and init, so no attempt copies a Request. */
export interface AttemptFetch {
  (url: string, init: RequestInit): Promise<Response>;
  /** True for Node's fetch, which rejects, and stops reading the body, as soon as the signal aborts. */
  honoursSignal: boolean;
}

/** One attempt's request: the same URL, init and caller's signal every time. */
export type AttemptRequest = Pick<OutgoingRequest, 'url' | 'init' | 'callerSignal'>;

/**
 * Sends the request once and reads the whole response body, both under one
 * signal that the caller's abort and the timeout fire. The timeout covers the
 * body too, so a server that stalls mid-body cannot hang the call.
 */
export async function sendAttempt(
  fetch: AttemptFetch,
  attempt: AttemptRequest,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const { signal, timedOut, dispose } = createAttemptSignal(attempt.callerSignal, timeoutMs);

  try {
    // Node's fetch settles as soon as the signal aborts; a custom fetch may not, so its exchange races the signal.
    const exchanged = exchange(fetch, attempt, signal);
    const { response, body } = fetch.honoursSignal ? await exchanged : await rejectOnAbort(exchanged, signal);
    return { kind: 'response', response, body };
  } catch (error) {
    if (attempt.callerSignal?.aborted === true) {
      return { kind: 'aborted', reason: attempt.callerSignal.reason };
    }
    if (timedOut()) {
      return { kind: 'timed-out' };
    }
    return { kind: 'connection-failed', failure: describeConnectionFailure(error), cause: error };
  } finally {
    dispose();
  }
}

/** Sends the request and reads the whole response body. */
async function exchange(fetch: AttemptFetch, attempt: AttemptRequest, signal: AbortSignal): Promise<{ response: Response; body: ReadBody }> {
  // The init belongs to this call alone, and fetch reads it before the next attempt sets another signal.
  attempt.init.signal = signal;
  const response = await fetch(attempt.url, attempt.init);
  return { response, body: await readBody(response) };
}

/**
 * Settles as soon as the signal aborts, even when a custom fetch ignores the
 * signal. Node's fetch needs no such guard: it honours the signal and closes the socket.
 */
function rejectOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) {
      onAbort();
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
    }

    // Settling twice is a no-op, and handling `work` here keeps its late rejection from going unhandled.
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
