export { createDevRevClient } from './client.js';
export type { ApiVersion, DevRevClient, DevRevClientOptions, PathsFor } from './client.js';
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
  ServerError,
  UnauthorizedError,
} from './errors.js';
export type { DevRevErrorBody, DevRevRequestInfo } from './errors.js';
export { DEFAULT_BASE_URL } from './resolve-options.js';
export { unwrap } from './unwrap.js';
export type { components as BetaComponents, operations as BetaOperations, paths as BetaPaths } from './generated/beta.js';
export type { components as PublicComponents, paths as PublicPaths } from './generated/public.js';
