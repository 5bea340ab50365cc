import createClient, { type Client } from 'openapi-fetch';

import type { paths as BetaPaths } from './generated/beta.js';
import type { paths as PublicPaths } from './generated/public.js';
import { resolveBaseUrl, resolveToken } from './resolve-options.js';
import { createTransport } from './transport.js';

/** The DevRev API surface a client is typed for; incidents exist only in `beta`. */
export type ApiVersion = 'beta' | 'public';

export type PathsFor<V extends ApiVersion> = V extends 'public' ? PublicPaths : BetaPaths;

export interface DevRevClientOptions<V extends ApiVersion = 'beta'> {
  /** Personal access token or service account token; defaults to `DEVREV_TOKEN`. */
  token?: string;

  /** Defaults to `DEVREV_BASE_URL`, then `https://api.devrev.ai`. A path prefix is kept. */
  baseUrl?: string;

  /** Selects the generated types; defaults to `'beta'`. */
  apiVersion?: V;

  /** Permits `http://` to a host other than loopback, which sends the token in clear text. */
  allowInsecureHttp?: boolean;

  /** Replaces the global fetch, for proxies or instrumentation. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * A typed openapi-fetch client for one DevRev API surface. Each call resolves
 * only for a 2xx response; any other status rejects with a DevRevError.
 */
export type DevRevClient<V extends ApiVersion = 'beta'> = Client<PathsFor<V>> & {
  readonly apiVersion: V;
  readonly baseUrl: string;
};

/** Creates a client for the DevRev REST API. */
export function createDevRevClient<V extends ApiVersion = 'beta'>(options: DevRevClientOptions<V> = {}): DevRevClient<V> {
  const token = resolveToken(options.token);
  const baseUrl = resolveBaseUrl(options.baseUrl, options.allowInsecureHttp);
  const apiVersion = options.apiVersion ?? ('beta' as V);

  const transport = createTransport({ token, fetch: options.fetch ?? ((request) => globalThis.fetch(request)) });
  const client = createClient<PathsFor<V>>({
    baseUrl,
    fetch: transport,
    querySerializer: { array: { style: 'form', explode: false } },
  });

  return Object.assign(client, { apiVersion, baseUrl });
}
