import type { DevRevLogger, LogLevel } from '../../src/index.js';

export interface LogLine {
  level: LogLevel;
  message: string;
  fields: Record<string, unknown> | undefined;
}

export interface RecordingLogger {
  logger: DevRevLogger;
  lines: LogLine[];
  /** Resolves with the `occurrence`-th line (1 by default), past or future, that matches. */
  waitFor(match: (line: LogLine) => boolean, occurrence?: number): Promise<LogLine>;
}

/** Creates a logger that keeps every line, so tests can read and await them. */
export function createRecordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const waiters: { check: () => LogLine | undefined; resolve: (line: LogLine) => void }[] = [];

  const record = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
    for (const waiter of [...waiters]) {
      const found = waiter.check();
      if (found !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(found);
      }
    }
  };

  return {
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    lines,
    waitFor(match, occurrence = 1) {
      const check = () => lines.filter(match)[occurrence - 1];
      const found = check();
      if (found !== undefined) {
        return Promise.resolve(found);
      }
      return new Promise((resolve) => waiters.push({ check, resolve }));
    },
  };
}
