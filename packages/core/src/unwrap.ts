import { DevRevError } from './errors.js';

/**
 * Awaits an openapi-fetch call and returns its parsed body. The client's
 * transport already throws for non-2xx responses, so a missing body here
 * means a 2xx response without JSON, such as a 204.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) {
    const path = URL.canParse(response.url) ? new URL(response.url).pathname : undefined;
    throw new DevRevError(`${path ?? 'The call'} returned status ${response.status} without a JSON body, where one was expected.`, {
      status: response.status,
      path,
    });
  }
  return data;
}
