import { describeValue, DevRevValidationError } from '@devrev-ts/core';


/** A list call's filters and the HTTP method that carries them. */
export type ListRequestInit =
  | { method: 'POST'; body: Record<string, unknown> }
  | { method: 'GET'; query: Record<string, unknown> };

const PAGINATOR_FIELDS = ['cursor', 'limit', 'mode'] as const;

const OPTION_FOR_FIELD: Record<(typeof PAGINATOR_FIELDS)[number], string> = {
  cursor: 'cursor (or resumeFrom)',
  limit: 'pageSize',
  mode: 'mode',
};

/**
 * Validates the request argument of `paginate`: `{ body }` for the POST form,
 * `{ query }` for the GET form, or undefined for a POST without filters.
 */
export function resolveListRequest(path: string, request: unknown): ListRequestInit {
  if (request === undefined) {
    return { method: 'POST', body: {} };
  }
  if (!isPlainObject(request)) {
    throw invalidRequest(path, `expected { body } or { query }, got ${describeValue(request)}`);
  }

  const unknownKeys = Object.keys(request).filter((key) => key !== 'body' && key !== 'query');
  if (unknownKeys.length > 0) {
    throw invalidRequest(
      path,
      `unknown field ${JSON.stringify(unknownKeys[0])}; expected { body } or { query }, with the filters inside`,
    );
  }

  const body = 'body' in request ? request.body : undefined;
  const query = 'query' in request ? request.query : undefined;
  if (body !== undefined && query !== undefined) {
    throw invalidRequest(path, 'both body and query were set; pass body to send a POST or query to send a GET');
  }
  if (query !== undefined) {
    return { method: 'GET', query: requireFilters(path, 'query', query) };
  }
  return { method: 'POST', body: requireFilters(path, 'body', body ?? {}) };
}

function requireFilters(path: string, name: string, value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw invalidRequest(path, `${name} must be an object of filters, got ${describeValue(value)}`);
  }

  for (const field of PAGINATOR_FIELDS) {
    if (field in value) {
      throw invalidRequest(
        path,
        `${name} sets "${field}", which the paginator sets on each request; pass it as the ${OPTION_FOR_FIELD[field]} option instead`,
      );
    }
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidRequest(path: string, problem: string): DevRevValidationError {
  return new DevRevValidationError(`Invalid request for ${path}: ${problem}.`);
}
