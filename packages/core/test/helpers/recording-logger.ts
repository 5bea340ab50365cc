import type { DevRevLogger, LogLevel } from '../../src/index.js';

export interface LogLine {
  level: LogLevel;
  message: string;
  fields: Record<string, unknown> | undefined;
}

export interface RecordingLogger {
  logger: DevRevLogger;
  lines: LogLine[];
  /** Resolves with the first line, past or future, that matches. */
  waitFor(match: (line: LogLine) => boolean): Promise<LogLine>;
}

/** A logger that keeps every line, so tests can read and await them. */
export function createRecordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];

  const record = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    const line = { level, message, fields };
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };

  return {
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    lines,
    waitFor(match) {
      const found = lines.find(match);
      if (found !== undefined) {
        return Promise.resolve(found);
      }
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}
