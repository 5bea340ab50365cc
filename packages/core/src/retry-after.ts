/**
 * Reads the server's requested wait in seconds from a `Retry-After` header
 * (delta-seconds or an HTTP date) or the body's `retry_after`; the header wins.
 */
export function parseRetryAfter(header: string | null, bodyValue: unknown, now = Date.now()): number | undefined {
  if (header !== null && header.trim() !== '') {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) {
      return seconds;
    }

    const date = Date.parse(header);
    if (!Number.isNaN(date)) {
      return Math.max(0, (date - now) / 1000);
    }
  }

  if (typeof bodyValue === 'number' && Number.isFinite(bodyValue) && bodyValue >= 0) {
    return bodyValue;
  }
  return undefined;
}
