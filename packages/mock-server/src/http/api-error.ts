/** A DevRev error body: `type` refines the HTTP status, extra fields depend on `type`. */
export interface ErrorBody {
  type: string;
  message: string;
  detail?: string;
  [field: string]: unknown;
}

/** An error that a route throws to respond with a DevRev error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Record<string, string>;

  constructor(status: number, body: ErrorBody, headers: Record<string, string> = {}) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, { type: 'bad_request', message });
}

export function invalidField(fieldName: string, message: string): ApiError {
  return new ApiError(400, { type: 'invalid_field', message, field_name: fieldName });
}

export function missingRequiredField(fieldName: string): ApiError {
  return new ApiError(400, {
    type: 'missing_required_field',
    message: `The required field '${fieldName}' is missing.`,
    field_name: fieldName,
  });
}

/**
 * Builds an `invalid_enum_value` error. `labels`, when given, name each allowed
 * value in the message, for enums whose values are opaque ids.
 */
export function invalidEnumValue(
  fieldName: string,
  value: unknown,
  allowedValues: readonly (string | number)[],
  labels?: readonly string[],
): ApiError {
  const allowed = allowedValues.map(String);
  const described = allowed.map((entry, index) => (labels?.[index] ? `${entry} (${labels[index]})` : entry));
  return new ApiError(400, {
    type: 'invalid_enum_value',
    message: `The value ${JSON.stringify(value)} of '${fieldName}' is not allowed; allowed values are ${described.join(', ')}.`,
    field_name: fieldName,
    value: String(value),
    allowed_values: allowed,
  });
}

export function notFound(message: string): ApiError {
  return new ApiError(404, { type: 'not_found', message });
}

export function unauthenticated(message: string): ApiError {
  return new ApiError(401, { type: 'unauthenticated', message });
}
