import { createApiError } from './create-api-error.js';
import { ConnectionError } from './errors.js';

export interface TransportOptions {
  token: string;
  fetch: (request: Request) => Promise<Response>;
}

/**
 * Creates the fetch function that openapi-fetch calls for every request.
 * It adds the Bearer token and turns every non-2xx response into a typed
 * DevRevError, so the token stays in this closure and callers see only
 * successful responses.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { token, fetch } = options;

  return async function send(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const requestInfo = { method: request.method, path };

    const authorized = new Request(request);
    authorized.headers.set('authorization', `Bearer ${token}`);

    let response: Response;
    try {
      response = await fetch(authorized);
    } catch (error) {
      throw new ConnectionError(`${request.method} ${path} failed before a response arrived: ${describeCause(error)}`, {
        status: undefined,
        type: undefined,
        request: requestInfo,
        cause: error,
      });
    }

    if (!response.ok) {
      throw await createApiError(response, requestInfo);
    }
    return response;
  };
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const code = (error.cause as { code?: string } | undefined)?.code;
    return code === undefined ? error.message : `${error.message} (${code})`;
  }
  return String(error);
}
