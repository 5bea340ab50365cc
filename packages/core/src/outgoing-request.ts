import { CallRequest } from './call-request.js';

/** The request that every attempt of one call sends: the same URL, headers and body. */
export interface OutgoingRequest {
  url: string;
  method: string;
  /** Every part of the request but the signal, which each attempt sets. */
  init: RequestInit;
  /** The body as sent, for debug logs. A string or bytes, so each attempt can send it again. */
  body: string | Uint8Array<ArrayBuffer> | null;
  callerSignal: AbortSignal | undefined;
}

/**
 * Prepares a request from openapi-fetch for sending, with the token's
 * header. A CallRequest with a JSON body is used as it is, synchronously.
 * Any other body, and a real Request, which middleware may have built, is
 * read into bytes first, so a retry can send it again.
 */
export function prepareOutgoing(request: Request | CallRequest, token: string): OutgoingRequest | Promise<OutgoingRequest> {
  if (request instanceof CallRequest) {
    const { init } = request;
    if (init.body === undefined || init.body === null || typeof init.body === 'string') {
      return fromCallRequest(request, init.body ?? null, token);
    }
    return fromRequest(new Request(request.url, { ...init, duplex: 'half' } as RequestInit), token);
  }
  return fromRequest(request, token);
}

function fromCallRequest(request: CallRequest, body: string | null, token: string): OutgoingRequest {
  const { init } = request;

  // openapi-fetch built these headers for this call alone, and no middleware saw them, so adding the token does not leak it.
  const headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);

  return { url: request.url, method: request.method, init: { ...init, headers, body }, body, callerSignal: request.signal };
}

async function fromRequest(request: Request, token: string): Promise<OutgoingRequest> {
  // A copy, so that the Request that middleware received never carries the token.
  const headers = new Headers(request.headers);
  headers.set('authorization', `Bearer ${token}`);
  const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());

  const init: RequestInit = {
    method: request.method,
    headers,
    body,
    redirect: request.redirect,
    cache: request.cache,
    credentials: request.credentials,
    integrity: request.integrity,
    keepalive: request.keepalive,
    mode: request.mode,
    referrer: request.referrer,
    referrerPolicy: request.referrerPolicy,
  };
  return { url: request.url, method: request.method, init, body, callerSignal: request.signal };
}
