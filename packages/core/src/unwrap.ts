import { DevRevError } from './errors.js';

/**
 * Awaits an openapi-fetch call and returns its parsed body. The client's
 * transport already throws for non-2xx responses, so a missing body here
 * means a 2xx response without JSON.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) {
    const path = new URL(response.url).pathname;
    throw new DevRevError(`${path} returned status ${response.status} without a JSON body.`, {
      status: response.status,
      type: undefined,
    });
  }
  return data;
}
