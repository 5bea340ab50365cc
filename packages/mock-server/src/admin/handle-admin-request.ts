import type { IncomingMessage, ServerResponse } from 'node:http';

import { validateFaultOptions } from '../faults/validate-fault-options.js';
import { ApiError, badRequest, notFound } from '../http/api-error.js';
import { authenticate } from '../http/authenticate.js';
import { readJsonBody } from '../http/read-json-body.js';
import { sendJson } from '../http/send-json.js';
import type { ServerContext } from '../http/server-context.js';

/** Paths under this prefix control the server; they are not DevRev endpoints. */
export const ADMIN_PREFIX = '/__admin/';

/**
 * Serves the admin endpoints, which take the server's bearer token, are not
 * recorded in `requests` and never meet injected faults:
 * - `GET /__admin/faults` returns the fault settings; `PUT` or `POST` replaces them;
 * - `POST /__admin/reset` restores the seeded data and clears the request log;
 * - `GET /__admin/requests` returns the request log.
 */
export async function handleAdminRequest(context: ServerContext, request: IncomingMessage, response: ServerResponse, url: URL): Promise<number> {
  try {
    authenticate(request, context.token);
    const body = request.method === 'GET' ? undefined : await readJsonBody(request);
    const result = adminRoute(context, `${request.method} ${url.pathname}`, body);
    sendJson(response, 200, result);
    return 200;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : badRequest((error as Error).message);
    sendJson(response, apiError.status, apiError.body, apiError.headers);
    return apiError.status;
  }
}

function adminRoute(context: ServerContext, route: string, body: unknown): unknown {
  switch (route) {
    case 'GET /__admin/faults':
      return { faults: context.faults.current };
    case 'PUT /__admin/faults':
    case 'POST /__admin/faults':
      context.faults.configure(validateFaultOptions(body));
      return { faults: context.faults.current };
    case 'POST /__admin/reset':
      context.reset();
      return {};
    case 'GET /__admin/requests':
      return { requests: context.requests };
    default:
      throw notFound(
        `No admin endpoint ${route}; use GET or PUT /__admin/faults, POST /__admin/reset or GET /__admin/requests.`,
      );
  }
}
