import { DevRevValidationError } from './errors.js';

export const DEFAULT_BASE_URL = 'https://api.devrev.ai';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Returns the token from the option or `DEVREV_TOKEN`, or throws when neither is set. */
export function resolveToken(token: string | undefined): string {
  const resolved = token ?? process.env.DEVREV_TOKEN;
  if (resolved === undefined || resolved.trim() === '') {
    throw new DevRevValidationError(
      'Missing DevRev token: pass `token` to createDevRevClient or set the DEVREV_TOKEN environment variable.',
    );
  }
  return resolved;
}

/**
 * Validates the base URL and strips trailing slashes so that joining a path
 * never doubles one. Clear-text `http://` is accepted only for loopback hosts
 * unless `allowInsecureHttp` is set, because the token travels in a header.
 */
export function resolveBaseUrl(baseUrl: string | undefined, allowInsecureHttp = false): string {
  const raw = baseUrl ?? process.env.DEVREV_BASE_URL ?? DEFAULT_BASE_URL;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": expected an absolute URL such as ${DEFAULT_BASE_URL}.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": the protocol must be https: or http:.`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname) && !url.hostname.startsWith('127.') && !allowInsecureHttp) {
    throw new DevRevValidationError(
      `Refusing clear-text baseUrl "${raw}": the token would be sent unencrypted. ` +
        'Use https://, a loopback host, or pass allowInsecureHttp: true.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new DevRevValidationError(`Invalid baseUrl "${raw}": it must not contain a query or a fragment.`);
  }

  return url.href.replace(/\/+$/, '');
}
