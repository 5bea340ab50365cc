import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

import { unauthenticated } from './api-error.js';

/**
 * Checks `Authorization: Bearer <token>`. A missing or malformed header, or
 * another token, throws a 401 `unauthenticated`. Messages
 * never repeat the token that was sent.
 */
export function authenticate(request: IncomingMessage, token: string): void {
  const header = request.headers.authorization;
  if (header === undefined || header === '') {
    throw unauthenticated('The Authorization header is missing; send `Authorization: Bearer <token>`.');
  }

  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw unauthenticated('The Authorization header is malformed; send `Authorization: Bearer <token>`.');
  }

  const sent = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    throw unauthenticated('The bearer token is not valid for this server.');
  }
}
