import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { faultResponse } from '../faults/fault-response.js';
import type { RecordedRequest } from '../mock-server-options.js';
import { ROUTES } from '../routes/routes.js';
import { ApiError, notFound } from './api-error.js';
import { authenticate } from './authenticate.js';
import { readJsonBody } from './read-json-body.js';
import { sendJson } from './send-json.js';
import type { ServerContext } from './server-context.js';

/**
 * Serves one DevRev API request: records it, applies faults, checks the token,
 * validates the request against the spec, runs the route and sends the result.
 * Every failure gets a response in DevRev's error form. Returns the request's record.
 */
export async function handleApiRequest(
  context: ServerContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<RecordedRequest> {
  const method = request.method ?? 'GET';
  const path = url.pathname;
  const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams) };
  context.requests.push(record);

  let body: unknown;
  let bodyError: ApiError | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      body = await readJsonBody(request);
      record.body = body;
    } catch (error) {
      bodyError = asApiError(error);
    }
  }

  const decision = context.faults.decide(path);
  if (decision.delayMs > 0) {
    await sleep(decision.delayMs);
  }
  if (decision.kind) {
    record.fault = decision.kind;
  }
  if (decision.kind === 'drop') {
    request.socket.destroy();
    return record;
  }

  try {
    const fault = faultResponse(decision);
    if (fault) throw fault;
    if (bodyError) throw bodyError;

    authenticate(request, context.token);
    const result = route(context, method, path, url, body);
    record.status = result.status ?? 200;
    sendJson(response, record.status, result.body);
  } catch (error) {
    const apiError = asApiError(error);
    if (apiError.status >= 500 && !decision.kind) {
      context.log?.(`error: ${method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
    }
    record.status = apiError.status;
    sendJson(response, apiError.status, apiError.body, apiError.headers);
  }
  return record;
}

function route(context: ServerContext, method: string, path: string, url: URL, body: unknown) {
  const route = ROUTES.get(path);
  if (!route) {
    throw notFound(`No endpoint ${path} exists on this server (a DevRev mock serving the incidents API and its look-ups).`);
  }

  const operation = context.validator.operation(method, path);
  if (!operation) {
    const other = method === 'GET' ? 'POST' : 'GET';
    const hint = context.validator.operation(other, path) ? `; use ${other}` : '';
    throw notFound(`The endpoint ${path} has no ${method} form${hint}.`);
  }

  const input = method === 'GET' ? context.validator.validateQuery(operation, url.searchParams) : context.validator.validateBody(operation, body);
  return route.handle(input, { state: context.state, now: context.clock() });
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  return new ApiError(500, { type: 'internal_error', message: `The mock server failed: ${(error as Error)?.message ?? String(error)}` });
}
