import { CallRequest } from './call-request.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type CallInit = { middleware?: unknown[]; Request?: unknown } | undefined;
type MethodCall = (url: unknown, init?: CallInit) => Promise<unknown>;
type GenericCall = (method: unknown, url: unknown, init?: CallInit) => Promise<unknown>;

/** The Request class for openapi-fetch, and the hook that switches it to real Requests once middleware is in use. */
export interface RequestFactory {
  Request: typeof Request;
  /** Watches the client's `use` and each call's `middleware` option. Call it once, right after creating the client. */
  watchMiddleware(client: object): void;
}

/**
 * Creates the Request class that openapi-fetch builds each request with.
 * It builds a CallRequest, which only the transport receives, until
 * middleware is registered. Middleware receives the request and may read or
 * replace it, so from then on, and for each call that brings its own
 * middleware, it builds a real Request.
 */
export function createRequestFactory(): RequestFactory {
  let middlewareInUse = false;

  function ClientRequest(url: string, init: RequestInit): Request | CallRequest {
    return middlewareInUse ? new Request(url, init) : new CallRequest(url, init);
  }

  // openapi-fetch checks a middleware's result with `instanceof` on this class, and that result is a real Request.
  Object.defineProperty(ClientRequest, Symbol.hasInstance, { value: (value: unknown) => value instanceof Request });

  return {
    // The one place where a CallRequest passes for a Request; openapi-fetch hands it only to the transport.
    Request: ClientRequest as unknown as typeof Request,

    watchMiddleware(client) {
      // Typed loosely on purpose: relating openapi-fetch's Client types makes tsc walk the whole generated path map.
      const registry = client as { use: (...middleware: unknown[]) => void };
      const { use } = registry;
      registry.use = (...middleware) => {
        use(...middleware);
        middlewareInUse = true;
      };
      giveCallMiddlewareRealRequests(client);
    },
  };
}

/** Wraps each call method, so that a call with its own `middleware` builds real Requests. */
function giveCallMiddlewareRealRequests(client: object): void {
  const methods = client as Record<(typeof METHODS)[number], MethodCall>;
  for (const method of METHODS) {
    const call = methods[method];
    methods[method] = (url, init) => (init?.middleware?.length ? call(url, { ...init, Request }) : call(url, init));
  }

  const generic = client as { request: GenericCall };
  const { request } = generic;
  generic.request = (method, url, init) => (init?.middleware?.length ? request(method, url, { ...init, Request }) : request(method, url, init));
}
