import type { FaultInjector } from '../faults/fault-injector.js';
import type { RecordedRequest } from '../mock-server-options.js';
import type { MockState } from '../store/mock-state.js';
import type { RequestValidator } from '../validation/request-validator.js';

/** The state and settings that the request handlers of one server share. */
export interface ServerContext {
  state: MockState;
  faults: FaultInjector;
  validator: RequestValidator;
  token: string;
  requests: RecordedRequest[];

  /** The time requests see, for created and modified dates and date presets. */
  clock: () => Date;
  log?: (line: string) => void;

  /** Restores seeded data, clears the request log and restarts fault counting. */
  reset(): void;
}
