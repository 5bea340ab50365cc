import type { DevRevErrorBody } from './error-bodies.js';
import {
  BadRequestError,
  ConflictError,
  DevRevError,
  type DevRevErrorInit,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from './errors.js';
import { parseRetryAfter } from './retry-after.js';

/** Characters of a non-JSON body quoted in the error message. */
const EXCERPT_LENGTH = 200;

/**
 * Header that carries the request id. The spec names none, so the client
 * reads `x-request-id`, the common convention.
 */
const REQUEST_ID_HEADER = 'x-request-id';

const classByStatus: Record<number, new (message: string, init: DevRevErrorInit) => DevRevError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
};

/** A non-2xx response whose body was already read as text. */
export interface FailedResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

/** Builds the typed error for a non-2xx response, choosing the class by status. */
export function createApiError(response: FailedResponse, method: string, path: string): DevRevError {
  const { status, headers, bodyText } = response;
  const body = parseErrorBody(bodyText);

  const init: DevRevErrorInit = {
    status,
    type: typeof body?.type === 'string' ? body.type : undefined,
    detail: typeof body?.detail === 'string' ? body.detail : undefined,
    body,
    requestId: headers.get(REQUEST_ID_HEADER) ?? undefined,
    method,
    path,
  };
  const message = describeFailure(init, body, bodyText, headers.get('content-type'));

  if (status === 429) {
    const retryAfter = parseRetryAfter(headers.get('retry-after'), body?.retry_after);
    return new RateLimitedError(message, { ...init, retryAfter });
  }
  if (status >= 500) {
    return new ServerError(message, init);
  }

  const ErrorClass = classByStatus[status] ?? DevRevError;
  return new ErrorClass(message, init);
}

function parseErrorBody(text: string): DevRevErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is DevRevErrorBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeFailure(init: DevRevErrorInit, body: DevRevErrorBody | undefined, text: string, contentType: string | null): string {
  const where = `${init.method} ${init.path} failed with status ${init.status}`;
  const requestId = init.requestId === undefined ? '' : ` (request id ${init.requestId})`;

  if (body !== undefined) {
    const type = init.type === undefined ? '' : ` ${init.type}`;
    const message = typeof body.message === 'string' ? body.message : 'no message in the error body';
    const detail = init.detail === undefined ? '' : ` Detail: ${asSentence(init.detail)}`;
    const reference = typeof body.reference_id === 'string' ? ` Reference id: ${body.reference_id}.` : '';
    return `${where}${type}${requestId}: ${asSentence(message)}${detail}${reference}`;
  }

  const excerpt = excerptOf(text);
  if (excerpt === '') {
    return `${where} and an empty body${requestId}.`;
  }
  const kind = contentType === null ? 'a non-JSON body' : `a non-JSON body (${contentType})`;
  return `${where} and ${kind}${requestId}: ${excerpt}`;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Collapses whitespace so an HTML page reads on one line, then shortens it. */
function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH)}...`;
}
