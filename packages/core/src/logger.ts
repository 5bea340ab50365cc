import { createRedactor } from './redactor.js';

/** Severity of a log line, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The `logLevel` option: the lowest level the client emits, or `'off'`. */
export type LogLevelSetting = LogLevel | 'off';

export const LOG_LEVEL_SETTINGS: readonly LogLevelSetting[] = ['debug', 'info', 'warn', 'error', 'off'];

/**
 * Anything with the four levelled methods, such as `console` or a pino
 * logger. The client calls each method with a complete message and, as a
 * second argument, the same facts as fields.
 */
export interface DevRevLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The client's view of its logger: filtered by level, with the token redacted. */
export interface Log {
  enabled(level: LogLevel): boolean;
  write(level: LogLevel, message: string, fields: Record<string, unknown>): void;
}

const SEVERITY: Record<LogLevelSetting, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Writes to stderr so that log lines never mix with a program's own output. */
export const stderrLogger: DevRevLogger = {
  debug: (message) => console.error(`[devrev] debug ${message}`),
  info: (message) => console.error(`[devrev] info ${message}`),
  warn: (message) => console.error(`[devrev] warn ${message}`),
  error: (message) => console.error(`[devrev] error ${message}`),
};

/**
 * Wraps a logger so that lines below `level` are dropped and every
 * occurrence of `secret` in a message or a string field is replaced. No line
 * is built to contain the token, so the replacement is a second guard.
 */
export function createLog(logger: DevRevLogger, level: LogLevelSetting, secret: string): Log {
  const threshold = SEVERITY[level];
  const redact = createRedactor(secret).text;

  return {
    enabled: (lineLevel) => SEVERITY[lineLevel] >= threshold,

    write(lineLevel, message, fields) {
      if (SEVERITY[lineLevel] < threshold) {
        return;
      }
      const safeFields: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        safeFields[key] = typeof value === 'string' ? redact(value) : value;
      }
      logger[lineLevel](redact(message), safeFields);
    },
  };
}
