import { bodyText, createBufferedResponse } from './buffered-response.js';
import { type CallSettings, readCallSettings } from './call-options.js';
import type { CallRequest } from './call-request.js';
import { type CallLabel, logAttemptReceived, logAttemptSent, logCallEnd, logRetry } from './call-log.js';
import { createApiError } from './create-api-error.js';
import { ConnectionError, DevRevError, RequestAbortedError, TimeoutError } from './errors.js';
import { isIdempotentCall } from './idempotency.js';
import type { Log } from './logger.js';
import { prepareOutgoing } from './outgoing-request.js';
import { createRedactor, type Redactor } from './redactor.js';
import { parseRetryAfter } from './retry-after.js';
import { type AttemptFailure, planRetry } from './retry-plan.js';
import { type AttemptFetch, type AttemptOutcome, sendAttempt } from './send-attempt.js';
import { sleep } from './sleep.js';

export interface TransportOptions {
  token: string;
  baseUrl: string;
  /** The caller's fetch, or undefined for the global fetch. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  log: Log;
  callSettings: CallSettings;
}

/**
 * Creates the fetch function that openapi-fetch calls for every request. It
 * adds the Bearer token, applies the timeout and the retry rule, and turns
 * every non-2xx response into a typed DevRevError, so callers see only
 * successful responses and the token stays inside this closure.
 */
export function createTransport(options: TransportOptions): (request: Request | CallRequest) => Promise<Response> {
  const { token, log, baseUrl } = options;
  const fetch = attemptFetch(options.fetch);
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  const redactor = createRedactor(token);

  return async function send(request: Request | CallRequest): Promise<Response> {
    const settings = readCallSettings(request, options.callSettings);
    const prepared = prepareOutgoing(request, token);
    const outgoing = prepared instanceof Promise ? await prepared : prepared;
    const call: CallLabel = { method: outgoing.method, path: apiPath(outgoing.url, baseUrl, basePath) };
    const idempotent = settings.idempotent ?? isIdempotentCall(call.method, call.path);
    const { body } = outgoing;

    const startedAt = Date.now();
    for (let retriesDone = 0; ; retriesDone++) {
      const attempt = retriesDone + 1;
      logAttemptSent(log, call, attempt, body);

      const attemptStartedAt = Date.now();
      const outcome = await sendAttempt(fetch, outgoing, settings.timeoutMs);
      const ended = { durationMs: Date.now() - startedAt, retries: retriesDone };

      if (outcome.kind === 'aborted') {
        logCallEnd(log, call, { outcome: 'was aborted by the caller', status: undefined, ...ended });
        throw abortedError(call, 'while waiting for the response', outcome.reason);
      }
      if (outcome.kind === 'response') {
        logAttemptReceived(log, call, attempt, outcome.response.status, Date.now() - attemptStartedAt, outcome.body);
      }
      if (outcome.kind === 'response' && outcome.response.ok) {
        logCallEnd(log, call, { outcome: `returned ${outcome.response.status}`, status: outcome.response.status, ...ended });
        return createBufferedResponse(outcome.response, outcome.body);
      }

      const { error, failure } = describeFailedAttempt(outcome, call, settings.timeoutMs, redactor);
      const plan = planRetry(failure, { idempotent, retriesDone, elapsedMs: ended.durationMs, settings });
      if (!plan.retry) {
        logCallEnd(log, call, { outcome: summarize(failure), status: error.status, ...ended, reason: plan.reason });
        throw error;
      }

      logRetry(log, call, { attempt, outcome: summarize(failure), status: error.status, waitMs: plan.waitMs });
      try {
        await sleep(plan.waitMs, outgoing.callerSignal);
      } catch (reason) {
        logCallEnd(log, call, { outcome: 'was aborted by the caller', status: undefined, ...ended });
        throw abortedError(call, 'during the wait before a retry', reason);
      }
    }
  };
}

/**
 * Calls the global fetch with a URL and init, which builds one Request inside
 * fetch. A caller's fetch takes a Request, as its option type promises.
 */
function attemptFetch(customFetch: ((request: Request) => Promise<Response>) | undefined): AttemptFetch {
  if (customFetch === undefined) {
    // NOTE: a replacement of globalThis.fetch that ignores the signal would keep a call waiting past its timeout.
    return Object.assign((url: string, init: RequestInit) => globalThis.fetch(url, init), { honoursSignal: true });
  }
  return Object.assign((url: string, init: RequestInit) => customFetch(new Request(url, init)), { honoursSignal: false });
}

/** Returns the request path relative to the base URL, such as `/incidents.create`. */
function apiPath(url: string, baseUrl: string, basePath: string): string {
  // The usual case, without parsing: openapi-fetch joins the base URL, the path and the query.
  if (url.startsWith(`${baseUrl}/`)) {
    const rest = url.slice(baseUrl.length);
    const queryStart = rest.indexOf('?');
    return queryStart === -1 ? rest : rest.slice(0, queryStart);
  }

  const { pathname } = new URL(url);
  return basePath !== '' && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
}

/** Builds the error to throw and the facts the retry rule needs from an attempt that did not succeed. */
function describeFailedAttempt(
  outcome: Exclude<AttemptOutcome, { kind: 'aborted' }>,
  call: CallLabel,
  timeoutMs: number,
  redactor: Redactor,
): { error: DevRevError; failure: AttemptFailure } {
  switch (outcome.kind) {
    case 'response': {
      const { status, headers } = outcome.response;
      const error = createApiError({ status, headers, bodyText: bodyText(outcome.body) }, call.method, call.path);
      const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), error.body?.retry_after);
      return { error, failure: { kind: 'status', status, retryAfterSeconds } };
    }
    case 'timed-out': {
      const message = `${call.method} ${call.path} timed out after ${timeoutMs} ms without a complete response; the connection was closed.`;
      return { error: new TimeoutError(message, { ...call, timeoutMs }), failure: { kind: 'timeout' } };
    }
    case 'connection-failed': {
      const { failure, cause } = outcome;
      const message = `${call.method} ${call.path} failed before a complete response arrived: ${redactor.text(failure.description)}`;
      return {
        error: new ConnectionError(message, { ...call, cause: redactor.error(cause) }),
        failure: { kind: 'connection', notSent: failure.notSent },
      };
    }
  }
}

function summarize(failure: AttemptFailure): string {
  switch (failure.kind) {
    case 'status':
      return `failed with status ${failure.status}`;
    case 'timeout':
      return 'timed out';
    case 'connection':
      return failure.notSent ? 'failed to connect' : 'lost the connection';
  }
}

function abortedError(call: CallLabel, when: string, reason: unknown): RequestAbortedError {
  return new RequestAbortedError(`${call.method} ${call.path} was aborted by the caller's signal ${when}.`, { ...call, cause: reason });
}
