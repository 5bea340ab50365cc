const DELAY_SECONDS = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads the server's requested wait in seconds from a `Retry-After` header
 * (delay-seconds or an HTTP date, RFC 9110 section 10.2.3) or from the
 * body's `retry_after`. The header wins when it is valid. A date in the past
 * gives 0. Returns undefined when neither gives a usable value.
 */
export function parseRetryAfter(header: string | null, bodyValue: unknown, now = Date.now()): number | undefined {
  const fromHeader = header === null ? undefined : parseHeader(header, now);
  if (fromHeader !== undefined) {
    return fromHeader;
  }

  if (typeof bodyValue === 'number' && Number.isFinite(bodyValue) && bodyValue >= 0) {
    return bodyValue;
  }
  return undefined;
}

function parseHeader(header: string, now: number): number | undefined {
  if (DELAY_SECONDS.test(header)) {
    const seconds = Number(header);
    return seconds >= 0 ? seconds : undefined;
  }

  const date = Date.parse(header);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, (date - now) / 1000);
}
