import createClient, { type Client } from 'openapi-fetch';

import type { PathsFor, RequireSurfaceImport } from './api-surfaces.js';
import { type ApiVersion, type DevRevClientOptions, resolveClientOptions } from './client-options.js';
import { createRequestFactory } from './request-factory.js';
import { serializeQuery } from './serialize-query.js';
import { createTransport } from './transport.js';

/**
 * A typed openapi-fetch client for one DevRev API surface. Each call resolves
 * only for a 2xx response, and any other outcome rejects with a DevRevError.
 * Per-call options (`timeoutMs`, `maxRetries`, `idempotent`, ...) go beside
 * `params` and `body`, as DevRevCallOptions lists.
 */
// An interface with `out V` rather than an intersection alias, so tsc relates
// two DevRevClient types by V alone. With the alias, passing a client to a
// generic function or assigning it to DevRevClient<'beta' | 'public'> made tsc
// measure the variance of openapi-fetch's Client over the whole path map:
// about 150,000 instantiations and 2 s of checking (TypeScript 5.9.3,
// measured with --extendedDiagnostics).
export interface DevRevClient<out V extends ApiVersion = 'beta'> extends Client<PathsFor<V>> {
  readonly apiVersion: V;
  readonly baseUrl: string;
}

/**
 * Creates a client for the DevRev REST API. Every option is checked here, so
 * a bad value throws DevRevValidationError before any request is sent.
 */
// Overloads instead of one generic signature: inferring the surface from a
// contextual return type makes tsc compare two whole generated path maps.
export function createDevRevClient(options?: DevRevClientOptions<'beta'>): DevRevClient<'beta'>;
export function createDevRevClient(
  options: DevRevClientOptions<'public'> & { apiVersion: 'public' } & RequireSurfaceImport<'public'>,
): DevRevClient<'public'>;
export function createDevRevClient<V extends ApiVersion>(options: DevRevClientOptions<V> = {}): DevRevClient<V> {
  const resolved = resolveClientOptions(options);
  const apiVersion = options.apiVersion ?? 'beta';

  const requests = createRequestFactory();
  const client = createClient<PathsFor<V>>({
    baseUrl: resolved.baseUrl,
    // The transport takes a CallRequest too, which only it ever receives.
    fetch: createTransport(resolved) as (request: Request) => Promise<Response>,
    querySerializer: serializeQuery,
    Request: requests.Request,
  });
  requests.watchMiddleware(client);

  return Object.assign(client, { apiVersion: apiVersion as V, baseUrl: resolved.baseUrl });
}
