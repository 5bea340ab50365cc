import {
  BadRequestError,
  ConflictError,
  DevRevError,
  type DevRevErrorBody,
  type DevRevErrorInit,
  type DevRevRequestInfo,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from './errors.js';
import { parseRetryAfter } from './retry-after.js';

const EXCERPT_LENGTH = 200;

const classByStatus: Record<number, new (message: string, init: DevRevErrorInit) => DevRevError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
};

/** Builds the typed error for a non-2xx response; reads the body, so the response is consumed. */
export async function createApiError(response: Response, request: DevRevRequestInfo): Promise<DevRevError> {
  const text = await response.text().catch(() => '');
  const body = parseErrorBody(text);
  const status = response.status;

  const init: DevRevErrorInit = {
    status,
    type: body?.type,
    detail: body?.detail,
    body,
    requestId: response.headers.get('x-request-id') ?? undefined,
    request,
  };
  const message = describe(status, request, body, text);

  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), body?.retry_after);
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
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as DevRevErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

function describe(status: number, request: DevRevRequestInfo, body: DevRevErrorBody | undefined, text: string): string {
  const where = `${request.method} ${request.path} failed with status ${status}`;
  if (body?.message !== undefined || body?.type !== undefined) {
    const type = body.type === undefined ? '' : ` (${body.type})`;
    return `${where}${type}: ${body.message ?? 'no message'}`;
  }

  const excerpt = text.trim().slice(0, EXCERPT_LENGTH);
  return excerpt === '' ? `${where} and an empty body` : `${where} and a non-JSON body: ${excerpt}`;
}
