import type { DevRevErrorBody, DevRevErrorBodyOf, DevRevErrorType } from './error-bodies.js';

/** The method and path of a failed call. It never includes headers, so never the token. */
export interface DevRevRequestInfo {
  method: string;
  path: string;
}

export interface DevRevErrorInit {
  status?: number | undefined;
  type?: string | undefined;
  detail?: string | undefined;
  body?: DevRevErrorBody | undefined;
  requestId?: string | undefined;
  method?: string | undefined;
  path?: string | undefined;
  /** The method and path as one object. `method` and `path` win when both are given. */
  request?: DevRevRequestInfo | undefined;
  cause?: unknown;
}

/**
 * Base class of every error this SDK throws for a failed call or invalid
 * input. It never contains request headers, so it never contains the token.
 */
export class DevRevError extends Error {
  override name = 'DevRevError';

  /** HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;

  /** DevRev's refinement of the status, such as `invalid_enum_value` or `token_expired`. */
  readonly type: string | undefined;

  /** DevRev's `detail` field, when the body has one. */
  readonly detail: string | undefined;

  /** The parsed JSON error body, or undefined when the body was empty or not JSON. */
  readonly body: DevRevErrorBody | undefined;

  /** Value of the response's `x-request-id` header, to quote to DevRev support. */
  readonly requestId: string | undefined;

  /** HTTP method of the failed call. */
  readonly method: string | undefined;

  /** API path of the failed call without the base URL or query, such as `/incidents.create`. */
  readonly path: string | undefined;

  /** `method` and `path` together, or undefined when the error is not about a call. */
  readonly request: DevRevRequestInfo | undefined;

  constructor(message: string, init: DevRevErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.detail = init.detail;
    this.body = init.body;
    this.requestId = init.requestId;
    this.method = init.method ?? init.request?.method;
    this.path = init.path ?? init.request?.path;
    this.request = this.method === undefined || this.path === undefined ? undefined : { method: this.method, path: this.path };
  }

  /**
   * Checks DevRev's error `type` and narrows `body` to that type's fields:
   * after `error.hasType('invalid_enum_value')`, `error.body.allowed_values`
   * is typed.
   */
  hasType<T extends DevRevErrorType>(type: T): this is this & { readonly type: T; readonly body: DevRevErrorBodyOf<T> } {
    return this.type === type && this.body !== undefined;
  }
}

/** 400: the request was malformed or a field value was invalid. */
export class BadRequestError extends DevRevError {
  override name = 'BadRequestError';
}

/** 401: the token is missing, expired or revoked. */
export class UnauthorizedError extends DevRevError {
  override name = 'UnauthorizedError';
}

/** 403: the token is valid but lacks permission for this call. */
export class ForbiddenError extends DevRevError {
  override name = 'ForbiddenError';
}

/** 404: the object or the endpoint does not exist. */
export class NotFoundError extends DevRevError {
  override name = 'NotFoundError';
}

/** 409: the call conflicts with the object's current state. */
export class ConflictError extends DevRevError {
  override name = 'ConflictError';
}

/** 413: the request body is larger than DevRev accepts. */
export class PayloadTooLargeError extends DevRevError {
  override name = 'PayloadTooLargeError';
}

/** 429: the client sent too many requests. `retryAfter` is the wait the server requested. */
export class RateLimitedError extends DevRevError {
  override name = 'RateLimitedError';

  /** Seconds the server asked the client to wait, from `Retry-After` or the body's `retry_after`. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: DevRevErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: DevRev or a proxy in front of it failed. */
export class ServerError extends DevRevError {
  override name = 'ServerError';
}

/** No response arrived: the connection was refused, reset or closed. The fetch error is the `cause`. */
export class ConnectionError extends DevRevError {
  override name = 'ConnectionError';
}

/** No complete response arrived within the request timeout, so the connection was closed. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';

  /** The timeout that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, init: DevRevErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * The caller's `AbortSignal` fired, and its reason is the `cause`. `name` is
 * `'AbortError'`, as for an aborted `fetch`, so checks by name keep working.
 */
export class RequestAbortedError extends DevRevError {
  override name = 'AbortError';
}

/** Invalid input, caught before any request was sent. */
export class DevRevValidationError extends DevRevError {
  override name = 'DevRevValidationError';

  constructor(message: string) {
    super(message, { type: 'invalid_input' });
  }
}
