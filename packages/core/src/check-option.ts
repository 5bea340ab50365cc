import { invalidValueError } from './invalid-value-error.js';

/** Largest delay `setTimeout` honours. Node fires a larger one at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** Checks a timeout: a positive number of milliseconds that a timer can hold. */
export function checkTimeoutMs(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw invalidValueError(name, value, `a positive number of milliseconds no greater than ${MAX_TIMER_MS}`);
  }
  return value;
}

/** Checks a delay: zero or a positive number of milliseconds that a timer can hold. */
export function checkDelayMs(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS) {
    throw invalidValueError(name, value, `a number of milliseconds from 0 to ${MAX_TIMER_MS}`);
  }
  return value;
}

/**
 * Checks an integer argument that must be at least `min`, such as a page
 * size or a count. `note` follows the expected form in the message.
 */
export function checkInteger(name: string, value: unknown, min: number, note = ''): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidValueError(name, value, `an integer of at least ${min}${note}`);
  }
  return value;
}

/** Checks a retry count: a non-negative integer. */
export function checkRetryCount(name: string, value: unknown): number {
  return checkInteger(name, value, 0, '; 0 turns retries off');
}

export function checkBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw invalidValueError(name, value, 'true or false');
  }
  return value;
}

/** The check of each numeric call setting, by option name. */
export const callSettingChecks = {
  timeoutMs: checkTimeoutMs,
  maxRetries: checkRetryCount,
  retryBaseDelayMs: checkDelayMs,
  retryMaxDelayMs: checkDelayMs,
  retryMaxElapsedMs: checkDelayMs,
} satisfies Record<string, (name: string, value: unknown) => number>;
