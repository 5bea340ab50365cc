import type { Log } from './logger.js';

/** Characters of a body written to a debug line. */
const MAX_LOGGED_BODY = 4_000;

const decoder = new TextDecoder();

/** The method and path that every log line names. */
export interface CallLabel {
  method: string;
  path: string;
}

/** Writes the request at debug, with its body, before each attempt. */
export function logAttemptSent(log: Log, call: CallLabel, attempt: number, body: string | Uint8Array | null): void {
  if (!log.enabled('debug')) {
    return;
  }
  const bodyText = body === null ? undefined : excerpt(body);
  const suffix = bodyText === undefined ? '' : ` with body ${bodyText}`;
  log.write('debug', `${call.method} ${call.path} attempt ${attempt} sent${suffix}`, { ...call, attempt, body: bodyText });
}

/** Writes the response at debug, with its body, after each attempt that got one. */
export function logAttemptReceived(log: Log, call: CallLabel, attempt: number, status: number, durationMs: number, body: string | Uint8Array): void {
  if (!log.enabled('debug')) {
    return;
  }
  const bodyText = excerpt(body);
  log.write('debug', `${call.method} ${call.path} attempt ${attempt} received ${status} in ${durationMs} ms with body ${bodyText}`, {
    ...call,
    attempt,
    status,
    durationMs,
    body: bodyText,
  });
}

/** Writes a retry at warn: which attempt failed, how, and how long the client waits. */
export function logRetry(
  log: Log,
  call: CallLabel,
  retry: { attempt: number; outcome: string; status: number | undefined; waitMs: number },
): void {
  if (!log.enabled('warn')) {
    return;
  }
  log.write('warn', `${call.method} ${call.path} attempt ${retry.attempt} ${retry.outcome}; retrying in ${retry.waitMs} ms`, {
    ...call,
    ...retry,
  });
}

/** Writes one line at info when a call ends, successful or not. */
export function logCallEnd(
  log: Log,
  call: CallLabel,
  result: { outcome: string; status: number | undefined; durationMs: number; retries: number; reason?: string | undefined },
): void {
  if (!log.enabled('info')) {
    return;
  }
  const retries = `${result.retries} ${result.retries === 1 ? 'retry' : 'retries'}`;
  const reason = result.reason === undefined ? '' : `; not retried: ${result.reason}`;
  log.write('info', `${call.method} ${call.path} ${result.outcome} in ${result.durationMs} ms after ${retries}${reason}`, {
    ...call,
    ...result,
  });
}

function excerpt(body: string | Uint8Array): string {
  const text = typeof body === 'string' ? body : decoder.decode(body);
  if (text.length <= MAX_LOGGED_BODY) {
    return text;
  }
  return `${text.slice(0, MAX_LOGGED_BODY)}... (${text.length - MAX_LOGGED_BODY} more characters)`;
}
