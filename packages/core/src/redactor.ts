import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/** Removes one secret from text and from errors that are about to be exposed. */
export interface Redactor {
  /** Replaces every occurrence of the secret. */
  text(text: string): string;
  /**
   * Returns the error unchanged when no rendering of it contains the secret.
   * Otherwise returns a plain copy with its name, code, message and stack
   * redacted and every other property, such as a held Request, dropped.
   */
  error(error: unknown): unknown;
}

// Depth enough to reach a Request's headers inside an error's cause.
const INSPECT_DEPTH = 6;

export function createRedactor(secret: string): Redactor {
  const text = (value: string): string => value.replaceAll(secret, REDACTED);

  const copyError = (error: unknown, depth: number): unknown => {
    if (!(error instanceof Error)) {
      return text(String(error));
    }
    const cause = depth < INSPECT_DEPTH && error.cause !== undefined ? copyError(error.cause, depth + 1) : undefined;
    const copy = new Error(text(error.message), cause === undefined ? undefined : { cause });
    copy.name = error.name;
    copy.stack = text(error.stack ?? '');
    const code: unknown = Reflect.get(error, 'code');
    if (typeof code === 'string') {
      Object.defineProperty(copy, 'code', { value: code, enumerable: true });
    }
    return copy;
  };

  return {
    text,
    error(error) {
      const rendered = inspect(error, { depth: INSPECT_DEPTH, showHidden: true });
      return rendered.includes(secret) ? copyError(error, 0) : error;
    },
  };
}
