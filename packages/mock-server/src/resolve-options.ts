import { validateFaultOptions } from './faults/validate-fault-options.js';
import type { FaultOptions } from './faults/fault-options.js';
import type { MockServerOptions } from './mock-server-options.js';
import type { OrganisationOptions } from './organisation/organisation-options.js';

export const DEFAULT_SEED = 1;
export const DEFAULT_INCIDENT_COUNT = 300;
const MAX_INCIDENT_COUNT = 100_000;

export interface ResolvedOptions {
  port: number;
  host: string;
  token?: string;
  seed: number;
  incidents: number;
  /** The moment seeded dates are relative to. */
  seedTime: Date;

  /** The server's clock: real time, or a clock that starts at the `now` option. */
  clock: () => Date;
  faults: FaultOptions;
  organisation?: OrganisationOptions;
  log?: (line: string) => void;
}

function fail(message: string): never {
  throw new TypeError(`Invalid mock server options: ${message}`);
}

/** Checks the options and applies defaults, throwing a TypeError that names the bad value. */
export function resolveOptions(options: MockServerOptions): ResolvedOptions {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    fail(`port must be an integer from 0 to 65535 (0 picks a free port); received ${JSON.stringify(options.port)}.`);
  }

  const host = options.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host === '') {
    fail(`host must be a non-empty string such as "127.0.0.1"; received ${JSON.stringify(options.host)}.`);
  }

  if (options.token !== undefined && (typeof options.token !== 'string' || !/^\S+$/.test(options.token))) {
    fail('token must be a non-empty string without whitespace.');
  }

  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) {
    fail(`seed must be an integer; received ${JSON.stringify(options.seed)}.`);
  }

  const incidents = options.incidents ?? DEFAULT_INCIDENT_COUNT;
  if (!Number.isInteger(incidents) || incidents < 0 || incidents > MAX_INCIDENT_COUNT) {
    fail(`incidents must be an integer from 0 to ${MAX_INCIDENT_COUNT}; received ${JSON.stringify(options.incidents)}.`);
  }

  const now = options.now === undefined ? undefined : new Date(options.now);
  if (now !== undefined && Number.isNaN(now.getTime())) {
    fail(`now must be a Date or an ISO 8601 string; received ${JSON.stringify(options.now)}.`);
  }

  if (options.log !== undefined && typeof options.log !== 'boolean' && typeof options.log !== 'function') {
    fail(`log must be a boolean or a function that receives each line; received ${JSON.stringify(options.log)}.`);
  }
  const log = options.log === true ? (line: string) => console.log(line) : options.log || undefined;

  return {
    port,
    host,
    seed,
    incidents,
    seedTime: now ?? startOfUtcDay(new Date()),
    clock: now === undefined ? () => new Date() : startClockAt(now),
    faults: validateFaultOptions(options.faults ?? {}),
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.organisation === undefined ? {} : { organisation: options.organisation }),
    ...(log ? { log } : {}),
  };
}

/** Returns a clock that reads `start` now and advances in real time from there. */
function startClockAt(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
