import { DevRevValidationError } from './errors.js';

/** Largest delay `setTimeout` honours. Node fires a larger one at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** Checks a timeout: a positive number of milliseconds that a timer can hold. */
export function checkTimeoutMs(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new DevRevValidationError(
      `Invalid ${name} ${describe(value)}: expected a positive number of milliseconds no greater than ${MAX_TIMER_MS}.`,
    );
  }
  return value;
}

/** Checks a delay: zero or a positive number of milliseconds that a timer can hold. */
export function checkDelayMs(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS) {
    throw new DevRevValidationError(
      `Invalid ${name} ${describe(value)}: expected a number of milliseconds from 0 to ${MAX_TIMER_MS}.`,
    );
  }
  return value;
}

/** Checks a retry count: a non-negative integer. */
export function checkRetryCount(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DevRevValidationError(`Invalid ${name} ${describe(value)}: expected an integer of 0 or more; 0 turns retries off.`);
  }
  return value;
}

export function checkBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new DevRevValidationError(`Invalid ${name} ${describe(value)}: expected true or false.`);
  }
  return value;
}

/** Quotes a value for an error message, with strings in JSON quotes. */
export function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || value === undefined) {
    return String(value);
  }
  if (typeof value === 'function') {
    return 'a function';
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      return `a ${value.constructor.name} object`;
    }
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
