/** The error body DevRev sends with every non-2xx response. */
export interface DevRevErrorBody {
  type?: string;
  message?: string;
  detail?: string;
  [field: string]: unknown;
}

/** Where a failed call was going; never includes headers, so never the token. */
export interface DevRevRequestInfo {
  method: string;
  path: string;
}

export interface DevRevErrorInit {
  status: number | undefined;
  type: string | undefined;
  detail?: string | undefined;
  body?: DevRevErrorBody | undefined;
  requestId?: string | undefined;
  request?: DevRevRequestInfo | undefined;
  cause?: unknown;
}

/** Base class of every error this SDK throws for a failed call or invalid input. */
export class DevRevError extends Error {
  override name = 'DevRevError';

  /** HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;

  /** DevRev's refinement of the status, such as `invalid_enum_value` or `token_expired`. */
  readonly type: string | undefined;

  readonly detail: string | undefined;
  readonly body: DevRevErrorBody | undefined;
  readonly requestId: string | undefined;
  readonly request: DevRevRequestInfo | undefined;

  constructor(message: string, init: DevRevErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.detail = init.detail;
    this.body = init.body;
    this.requestId = init.requestId;
    this.request = init.request;
  }
}

export class BadRequestError extends DevRevError {
  override name = 'BadRequestError';
}

export class UnauthorizedError extends DevRevError {
  override name = 'UnauthorizedError';
}

export class ForbiddenError extends DevRevError {
  override name = 'ForbiddenError';
}

export class NotFoundError extends DevRevError {
  override name = 'NotFoundError';
}

export class ConflictError extends DevRevError {
  override name = 'ConflictError';
}

export class PayloadTooLargeError extends DevRevError {
  override name = 'PayloadTooLargeError';
}

export class RateLimitedError extends DevRevError {
  override name = 'RateLimitedError';

  /** Seconds the server asked the client to wait, from `Retry-After` or the body. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: DevRevErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

export class ServerError extends DevRevError {
  override name = 'ServerError';
}

/** No response arrived: the connection failed, was reset, or timed out. */
export class ConnectionError extends DevRevError {
  override name = 'ConnectionError';
}

/** Invalid input, caught before any request was sent. */
export class DevRevValidationError extends DevRevError {
  override name = 'DevRevValidationError';

  constructor(message: string) {
    super(message, { status: undefined, type: 'invalid_input' });
  }
}
