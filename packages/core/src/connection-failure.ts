/**
 * Error codes of failures that happen while resolving or connecting, before
 * any byte of the request is written, so the server cannot have acted on it.
 * Node's fetch (undici) puts them on the error's `cause`.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A fetch failure, classified by whether the request could have reached the server. */
export interface ConnectionFailure {
  /** True only when the request certainly never reached the server. */
  notSent: boolean;
  /** The error code, such as `ECONNREFUSED` or `UND_ERR_SOCKET`, when there is one. */
  code: string | undefined;
  /** A one-line description for messages, such as `connect ECONNREFUSED 127.0.0.1:8080`. */
  description: string;
}

/** Reads the code from a fetch error and its causes to tell a refused connection from a reset one. */
export function describeConnectionFailure(error: unknown): ConnectionFailure {
  const code = findCode(error, 0);
  const innermost = innermostMessage(error, 0);
  const description = code === undefined || innermost.includes(code) ? innermost : `${innermost} (${code})`;
  return { notSent: code !== undefined && NOT_SENT_CODES.has(code), code, description };
}

// Causes nest a few levels at most (TypeError -> AggregateError -> Error);
// the depth limit guards against a cycle.
const MAX_DEPTH = 5;

function findCode(error: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) {
    return undefined;
  }

  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string') {
    return code;
  }
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const innerCode = findCode(inner, depth + 1);
      if (innerCode !== undefined) {
        return innerCode;
      }
    }
  }
  return error instanceof Error ? findCode(error.cause, depth + 1) : undefined;
}

function innermostMessage(error: unknown, depth: number): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  if (depth < MAX_DEPTH && error.cause instanceof Error && error.cause.message !== '') {
    return innermostMessage(error.cause, depth + 1);
  }
  return error.message;
}
