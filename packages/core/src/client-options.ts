import type { CallSettings, DevRevCallOptions } from './call-options.js';
import { callSettingChecks, checkBoolean } from './check-option.js';
import { DevRevValidationError } from './errors.js';
import { invalidValueError } from './invalid-value-error.js';
import { createLog, type DevRevLogger, type Log, LOG_LEVEL_SETTINGS, type LogLevelSetting, stderrLogger } from './logger.js';
import { resolveBaseUrl, resolveToken } from './resolve-options.js';

/** The DevRev API surface a client is typed for; incidents exist only in `beta`. */
export type ApiVersion = 'beta' | 'public';

export interface DevRevClientOptions<V extends ApiVersion = 'beta'> extends Omit<DevRevCallOptions, 'idempotent'> {
  /** Personal access token or service account token; defaults to `DEVREV_TOKEN`. */
  token?: string;

  /** Defaults to `DEVREV_BASE_URL`, then `https://api.devrev.ai`. A path prefix is kept. */
  baseUrl?: string;

  /** Selects the generated types; defaults to `'beta'`. */
  apiVersion?: V;

  /** Permits `http://` to a host other than loopback, which sends the token in clear text. */
  allowInsecureHttp?: boolean;

  /** Replaces the global fetch, for proxies or instrumentation. It receives the Authorization header. */
  fetch?: (request: Request) => Promise<Response>;

  /** Receives the client's log lines. Defaults to stderr when `DEVREV_LOG` is set. */
  logger?: DevRevLogger;

  /** Lowest level logged. Defaults to `DEVREV_LOG`, else `'info'` when `logger` is set, else `'off'`. */
  logLevel?: LogLevelSetting;
}

/** Client options after defaults and checks. */
export interface ResolvedClientOptions {
  token: string;
  baseUrl: string;
  /** The caller's fetch, or undefined for the global fetch, which the transport calls with a URL and init. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  log: Log;
  callSettings: CallSettings;
}

export const DEFAULT_CALL_SETTINGS: CallSettings = {
  timeoutMs: 60_000,
  maxRetries: 2,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 10_000,
  retryMaxElapsedMs: 60_000,
  idempotent: undefined,
};

const OPTION_NAMES = new Set([
  'token',
  'baseUrl',
  'apiVersion',
  'allowInsecureHttp',
  'fetch',
  'logger',
  'logLevel',
  'timeoutMs',
  'maxRetries',
  'retryBaseDelayMs',
  'retryMaxDelayMs',
  'retryMaxElapsedMs',
]);

/** Checks every option and fills in defaults and environment variables. */
export function resolveClientOptions(options: DevRevClientOptions<ApiVersion>): ResolvedClientOptions {
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) {
      throw new DevRevValidationError(`Unknown option "${name}" for createDevRevClient: accepted options are ${[...OPTION_NAMES].join(', ')}.`);
    }
  }

  const token = resolveToken(options.token);
  const allowInsecureHttp = options.allowInsecureHttp === undefined ? false : checkBoolean('allowInsecureHttp', options.allowInsecureHttp);
  const baseUrl = resolveBaseUrl(options.baseUrl, allowInsecureHttp);

  if (options.apiVersion !== undefined && options.apiVersion !== 'beta' && options.apiVersion !== 'public') {
    throw invalidValueError('apiVersion', options.apiVersion, '"beta" or "public"');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw invalidValueError('fetch', options.fetch, 'a function that takes a Request');
  }

  const callSettings: CallSettings = { ...DEFAULT_CALL_SETTINGS };
  for (const name of Object.keys(callSettingChecks) as (keyof typeof callSettingChecks)[]) {
    const value = options[name];
    if (value !== undefined) {
      callSettings[name] = callSettingChecks[name](name, value);
    }
  }

  return {
    token,
    baseUrl,
    fetch: options.fetch,
    log: createLog(resolveLogger(options.logger), resolveLogLevel(options.logLevel, options.logger !== undefined), token),
    callSettings,
  };
}

function resolveLogger(logger: unknown): DevRevLogger {
  if (logger === undefined) {
    return stderrLogger;
  }
  if (!isLogger(logger)) {
    throw new DevRevValidationError('Invalid logger: expected an object with debug, info, warn and error methods, such as console or a pino logger.');
  }
  return logger;
}

function isLogger(value: unknown): value is DevRevLogger {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['debug', 'info', 'warn', 'error'].every((level) => typeof Reflect.get(value, level) === 'function')
  );
}

/** Picks the level from the option, then `DEVREV_LOG`. Logging stays off unless one of them or a logger is given. */
function resolveLogLevel(level: unknown, hasLogger: boolean): LogLevelSetting {
  if (level !== undefined) {
    return checkLogLevel('logLevel', level);
  }

  const fromEnvironment = process.env.DEVREV_LOG;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return checkLogLevel('DEVREV_LOG', fromEnvironment.toLowerCase());
  }
  return hasLogger ? 'info' : 'off';
}

function checkLogLevel(name: string, value: unknown): LogLevelSetting {
  const setting = LOG_LEVEL_SETTINGS.find((candidate) => candidate === value);
  if (setting === undefined) {
    throw invalidValueError(name, value, `one of ${LOG_LEVEL_SETTINGS.join(', ')}`);
  }
  return setting;
}
