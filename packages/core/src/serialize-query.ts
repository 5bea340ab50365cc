import { describeValue } from './describe-value.js';
import { DevRevValidationError } from './errors.js';

type Scalar = string | number | boolean | bigint;

/**
 * Serialises the query of a GET call the way DevRev's spec declares every
 * query parameter: `style: form, explode: false`. An array becomes one
 * comma-separated parameter (`stage=a,b`), an object becomes its keys and
 * values in turn (`custom_fields=k1,v1,k2,v2`), and each value is
 * percent-encoded, so a comma inside a value arrives as `%2C`. Empty arrays,
 * `undefined` and `null` are left out. Anything else is rejected before the
 * request is sent.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];

  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) {
      continue;
    }

    let values: Scalar[];
    if (Array.isArray(value)) {
      values = value.map((element, index) => checkScalar(name, element, `element ${index}`));
    } else if (isPlainObject(value)) {
      values = Object.entries(value).flatMap(([key, entry]) => [key, checkScalar(name, entry, `key "${key}"`)]);
    } else {
      values = [checkScalar(name, value, 'value')];
    }

    if (values.length > 0) {
      pairs.push(`${encodeURIComponent(name)}=${values.map((item) => encodeURIComponent(String(item))).join(',')}`);
    }
  }
  return pairs.join('&');
}

function checkScalar(name: string, value: unknown, where: string): Scalar {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  throw new DevRevValidationError(
    `Invalid query parameter "${name}": ${where} is ${describeValue(value)}, but a GET query accepts only strings, ` +
      'finite numbers and booleans, alone, in an array or as object values. Use the POST form of the call for richer filters.',
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
