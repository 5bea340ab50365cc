/** Characters of a rendered value that an error message quotes. */
const MAX_LENGTH = 80;

/**
 * Renders a rejected value for an error message. Strings appear in JSON
 * quotes, numbers and `undefined` as written, a Date with its ISO string and
 * a class instance by its class name. Other values appear as JSON, cut to 80
 * characters.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || value === undefined) {
    return String(value);
  }
  if (typeof value === 'function') {
    return 'a function';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `a Date (${value.toISOString()})`;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      return `a ${value.constructor.name} object`;
    }
  }

  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // JSON.stringify throws on a cycle or when a toJSON method throws.
    text = String(value);
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3)}...` : text;
}
