import { describeValue } from './describe-value.js';
import { DevRevValidationError } from './errors.js';

/**
 * Builds the error for an invalid input value, in the form every package of
 * this SDK uses: `Invalid <name> <value>: expected <expected>.`
 */
export function invalidValueError(name: string, value: unknown, expected: string): DevRevValidationError {
  return new DevRevValidationError(`Invalid ${name} ${describeValue(value)}: expected ${expected}.`);
}
