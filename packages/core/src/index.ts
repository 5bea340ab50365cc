export { createDevRevClient } from './client.js';
export type { DevRevClient } from './client.js';
export type { DevRevSurfaces, PathsFor } from './api-surfaces.js';
export type { ApiVersion, DevRevClientOptions } from './client-options.js';
export type { DevRevCallOptions } from './call-options.js';
export {
  BadRequestError,
  ConflictError,
  ConnectionError,
  DevRevError,
  DevRevValidationError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  RequestAbortedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from './errors.js';
export type { DevRevErrorBody, DevRevErrorBodyOf, DevRevErrorType } from './error-bodies.js';
export type { DevRevRequestInfo } from './errors.js';
export { checkInteger } from './check-option.js';
export { describeValue } from './describe-value.js';
export { invalidValueError } from './invalid-value-error.js';
export { isIdempotentCall } from './idempotency.js';
export type { DevRevLogger, LogLevel, LogLevelSetting } from './logger.js';
export { DEFAULT_BASE_URL } from './resolve-options.js';
export { unwrap } from './unwrap.js';
export type { components as BetaComponents, operations as BetaOperations, paths as BetaPaths } from './generated/beta.js';
