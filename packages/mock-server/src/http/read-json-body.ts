import type { IncomingMessage } from 'node:http';

import { ApiError, badRequest } from './api-error.js';

/**
 * Maximum request body size; a larger body gets a 413 response, the status the
 * spec lists for oversized requests. The size is this mock's choice, because the spec names none.
 */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * Reads and parses a JSON request body. An empty body reads as `{}`, because
 * several DevRev POST endpoints take no fields.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new ApiError(413, {
        type: 'request_entity_too_large',
        message: `The request body exceeds ${MAX_BODY_BYTES} bytes.`,
      });
    }
    chunks.push(buffer);
  }

  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    return {};
  }

  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}.`);
  }
}
