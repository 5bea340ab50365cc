/** Statuses whose responses must not carry a body (Fetch standard). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Rebuilds a response around a body that was already read, so that
 * openapi-fetch can parse it after the transport has finished with the
 * socket. `url` is kept because a constructed Response has none.
 */
export function createBufferedResponse(original: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  const headers = new Headers(original.headers);

  // The bytes are already decoded, so the original encoding and length no longer describe them.
  headers.delete('content-encoding');
  headers.set('content-length', String(bytes.byteLength));

  const body = NULL_BODY_STATUSES.has(original.status) ? null : bytes;
  const response = new Response(body, { status: original.status, statusText: original.statusText, headers });
  Object.defineProperty(response, 'url', { value: original.url });
  return response;
}
