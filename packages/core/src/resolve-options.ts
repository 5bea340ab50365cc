import { DevRevValidationError } from './errors.js';
import { invalidValueError } from './invalid-value-error.js';

export const DEFAULT_BASE_URL = 'https://api.devrev.ai';

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

// Characters a token may contain: visible ASCII, as in an HTTP header value
// without spaces. Anything else is a copy-and-paste mistake.
const TOKEN_CHARACTER = /^[\x21-\x7e]$/;

/**
 * Returns the token from the option or `DEVREV_TOKEN`, trimmed. Messages
 * about an invalid token give a position, never the token itself.
 */
export function resolveToken(token: unknown): string {
  const raw = token ?? process.env.DEVREV_TOKEN;
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    throw new DevRevValidationError(
      'Missing DevRev token: pass `token` to createDevRevClient or set the DEVREV_TOKEN environment variable.',
    );
  }
  if (typeof raw !== 'string') {
    throw new DevRevValidationError(`Invalid token of type ${typeof raw}: expected a string.`);
  }

  const trimmed = raw.trim();
  if (/^bearer\s/i.test(trimmed)) {
    throw new DevRevValidationError('Invalid token: pass it without the "Bearer " prefix, which the client adds.');
  }
  const badIndex = [...trimmed].findIndex((character) => !TOKEN_CHARACTER.test(character));
  if (badIndex !== -1) {
    throw new DevRevValidationError(
      `Invalid token: character ${badIndex + 1} is whitespace, a control character or not ASCII. ` +
        'Copy the token again from DevRev settings.',
    );
  }
  return trimmed;
}

/**
 * Checks the base URL and normalises its path so that joining an API path
 * never doubles a slash. Clear-text `http://` is accepted only for loopback
 * hosts unless `allowInsecureHttp` is set, because the token travels in a
 * header.
 */
export function resolveBaseUrl(baseUrl: unknown, allowInsecureHttp: boolean): string {
  const raw = baseUrl ?? process.env.DEVREV_BASE_URL ?? DEFAULT_BASE_URL;
  if (typeof raw !== 'string') {
    throw invalidValueError('baseUrl', raw, `a URL string such as ${DEFAULT_BASE_URL}`);
  }

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": expected an absolute URL such as ${DEFAULT_BASE_URL}.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": the protocol must be https: or http:.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new DevRevValidationError(`Invalid baseUrl: it must not contain a user name or password. Pass the token as \`token\`.`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": it must not contain a query or a fragment.`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowInsecureHttp) {
    throw new DevRevValidationError(
      `Refusing clear-text baseUrl "${raw}": the token would be sent unencrypted. ` +
        'Use https://, a loopback host (localhost, 127.0.0.1, [::1]), or pass allowInsecureHttp: true.',
    );
  }

  const path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** True for names and addresses that never leave the machine. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname);
}
