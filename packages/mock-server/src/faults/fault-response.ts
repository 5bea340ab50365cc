import { ApiError } from '../http/api-error.js';
import type { FaultDecision } from './fault-injector.js';

/** Builds the error response of a fault. `drop` has no response, so it returns undefined. */
export function faultResponse(decision: FaultDecision): ApiError | undefined {
  switch (decision.kind) {
    case 'rate_limit':
      return new ApiError(
        429,
        {
          type: 'too_many_requests',
          message: `Too many requests (injected fault); retry after ${decision.retryAfterSeconds} seconds.`,
          retry_after: decision.retryAfterSeconds,
        },
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    case 'unavailable':
      return new ApiError(503, { type: 'service_unavailable', message: 'The service is unavailable (injected fault).' });
    case 'internal_error':
      return new ApiError(500, { type: 'internal_error', message: 'Internal error (injected fault).' });
    default:
      return undefined;
  }
}
