import type { FaultKind } from './faults/fault-injector.js';
import type { FaultOptions } from './faults/fault-options.js';
import type { OrganisationOptions } from './organisation/organisation-options.js';
import type { Organisation } from './organisation/organisation.js';

export interface MockServerOptions {
  /** TCP port; defaults to 0, an ephemeral port. */
  port?: number;

  /** Interface to bind; defaults to `127.0.0.1`. */
  host?: string;

  /** The bearer token requests must carry; defaults to a random token per server. */
  token?: string;

  /** Seed for the generated data and for random faults; defaults to 1. */
  seed?: number;

  /** How many incidents to seed; defaults to 300. */
  incidents?: number;

  /**
   * Sets the server's clock: seeded dates lie in the months before it, and the
   * clock advances in real time from it for new dates and date presets.
   * Defaults to real time, with seeded dates relative to the start of the UTC day.
   */
  now?: Date | string;

  faults?: FaultOptions;

  /** Replaces or extends the seeded severities and incident stages. */
  organisation?: OrganisationOptions;

  /** `true` logs one line per request to stdout; a function receives each line instead. Defaults to false. */
  log?: boolean | ((line: string) => void);
}

/** A request the server received. Headers are not kept, so the token never appears here. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;

  /** The parsed JSON body; absent for GET requests and bodies that were not valid JSON. */
  body?: unknown;

  /** The status sent, or undefined while the request is in flight or when the connection was dropped. */
  status?: number;
  fault?: FaultKind;
}

export interface MockServer {
  /** Base URL without a trailing slash, for example `http://127.0.0.1:54321`. */
  readonly url: string;
  readonly port: number;
  readonly token: string;

  /** The seeded organisation that look-up endpoints serve. */
  readonly organisation: Organisation;

  /** API requests received since start or the last `reset()`, oldest first; admin requests are not included. */
  readonly requests: readonly RecordedRequest[];

  /** Restores the seeded incidents, clears `requests` and restarts fault counting. */
  reset(): void;

  /** Replaces the fault settings and restarts fault counting. */
  setFaults(faults: FaultOptions): void;
  close(): Promise<void>;
}
