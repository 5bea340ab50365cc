/**
 * Picks the wait before retry number `retry` (1 for the first) with
 * exponential backoff and full jitter: uniform between 0 and
 * min(maxMs, baseMs * 2^(retry - 1)). Spreading waits over the whole range
 * keeps many clients that failed together from retrying together.
 */
export function backoffDelayMs(retry: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
