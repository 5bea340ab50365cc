/**
 * When a fault fires: on every `every`-th request (counting from 1), and/or
 * at random with probability `rate` (0 to 1). Both may be set.
 */
export interface FaultTrigger {
  every?: number;
  rate?: number;
}

export interface RateLimitFault extends FaultTrigger {
  /** Sent as the `Retry-After` header and the body's `retry_after`; defaults to 1 second. */
  retryAfterSeconds?: number;
}

export interface LatencyFault {
  /** Added before every response, in milliseconds. */
  ms: number;

  /** A random extra delay from 0 to `jitterMs` milliseconds; defaults to 0. */
  jitterMs?: number;
}

/**
 * Faults a server injects, for testing clients' retries and timeouts. Random
 * decisions come from the server's seed, so the same requests in the same
 * order meet the same faults. When several fire on one request, the first of
 * drop, rate limit, 503 and 500 wins.
 */
export interface FaultOptions {
  /** Responds 429 `too_many_requests`. */
  rateLimit?: RateLimitFault;

  /** Responds 500 `internal_error`. */
  internalError?: FaultTrigger;

  /** Responds 503 `service_unavailable`. */
  unavailable?: FaultTrigger;

  /** Closes the connection without a response. */
  dropConnection?: FaultTrigger;
  latency?: LatencyFault;

  /** Limits faults to these paths (for example `['/incidents.list']`); defaults to every API path. */
  paths?: string[];
}
