import { DevRevValidationError } from './errors.js';
import { checkBoolean, checkDelayMs, checkRetryCount, checkTimeoutMs } from './check-option.js';

/**
 * Options that apply to one call. Pass them beside `params` and `body`:
 * `client.POST('/incidents.create', { body, signal, timeoutMs: 5_000 })`.
 * openapi-fetch copies init keys it does not know onto the Request it hands
 * to the client's fetch, which is where the client reads them.
 */
export interface DevRevCallOptions {
  /** Milliseconds one attempt may take, from sending the request to reading the whole response. Default 60000. */
  timeoutMs?: number;

  /** Retries after the first attempt. 0 turns retries off. Default 2. */
  maxRetries?: number;

  /** Backoff before the first retry is up to this many milliseconds, and doubles with each retry. Default 500. */
  retryBaseDelayMs?: number;

  /** Maximum milliseconds of one wait between attempts. Default 10000. */
  retryMaxDelayMs?: number;

  /** No retry starts, and no wait runs, past this many milliseconds after the call began. Default 60000. */
  retryMaxElapsedMs?: number;

  /**
   * Whether repeating this call is harmless. By default it is decided from
   * the method and the path, as `isIdempotentCall` describes.
   */
  idempotent?: boolean;
}

/** The per-call settings after defaults and overrides, all present. */
export interface CallSettings {
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  retryMaxElapsedMs: number;
  idempotent: boolean | undefined;
}

const CALL_OPTION_NAMES = ['timeoutMs', 'maxRetries', 'retryBaseDelayMs', 'retryMaxDelayMs', 'retryMaxElapsedMs', 'idempotent'];

// RequestInit members, which openapi-fetch copies onto the request object
// when that object has no property of the name. They are not ours to check.
const OTHER_INIT_NAMES = new Set([
  'cache',
  'credentials',
  'dispatcher',
  'duplex',
  'integrity',
  'keepalive',
  'mode',
  'priority',
  'redirect',
  'referrer',
  'referrerPolicy',
  'window',
]);

/**
 * Reads the call options that openapi-fetch copied onto the request, checks
 * them, and lays them over the client's settings. An unknown key is rejected
 * so that a misspelt option does not pass silently.
 */
export function readCallSettings(request: object, clientSettings: CallSettings): CallSettings {
  const names = Object.keys(request);
  if (names.length === 0) {
    return clientSettings;
  }

  const settings = { ...clientSettings };
  for (const name of names) {
    const value: unknown = Reflect.get(request, name);
    if (OTHER_INIT_NAMES.has(name) || value === undefined) {
      continue;
    }

    switch (name) {
      case 'timeoutMs':
        settings.timeoutMs = checkTimeoutMs(name, value);
        break;
      case 'maxRetries':
        settings.maxRetries = checkRetryCount(name, value);
        break;
      case 'retryBaseDelayMs':
      case 'retryMaxDelayMs':
      case 'retryMaxElapsedMs':
        settings[name] = checkDelayMs(name, value);
        break;
      case 'idempotent':
        settings.idempotent = checkBoolean(name, value);
        break;
      default:
        throw new DevRevValidationError(
          `Unknown call option "${name}": a call accepts ${CALL_OPTION_NAMES.join(', ')}, ` +
            "besides openapi-fetch's options (params, body, headers, parseAs, middleware, ...) and fetch's (signal, cache, redirect, ...).",
        );
    }
  }
  return settings;
}
