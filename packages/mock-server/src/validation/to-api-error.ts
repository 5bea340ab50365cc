import type { ErrorObject } from 'ajv';

import { type ApiError, invalidEnumValue, invalidField, missingRequiredField } from '../http/api-error.js';
import { describeFieldPath } from './describe-field-path.js';

/**
 * Maps the first schema violation to a DevRev 400: `missing_required_field`,
 * `invalid_enum_value` or `invalid_field`, naming the field. `root` prefixes
 * the field name, for query parameters whose names contain dots.
 */
export function toApiError(error: ErrorObject, data: unknown): ApiError {
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    return missingRequiredField(describeFieldPath(error.instancePath, missing));
  }

  const field = describeFieldPath(error.instancePath) || 'body';
  const value = valueAt(data, error.instancePath);

  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
    return invalidEnumValue(field, value, allowed);
  }
  return invalidField(field, `'${field}' ${error.message ?? 'is invalid'}; received ${JSON.stringify(value)}.`);
}

function valueAt(data: unknown, instancePath: string): unknown {
  let current = data;
  for (const segment of instancePath.split('/').filter((part) => part !== '')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}
