import { listEndpoints } from './generated/list-endpoints.js';

/** Response fields and accepted request fields of one list endpoint, generated from the spec. */
export interface ListEndpoint {
  /** Response field that contains the items. */
  items: string;
  /** Response field that contains the cursor of the next page. */
  next: 'next_cursor' | 'cursor';
  /** Response field that contains the cursor of the previous page, when there is one. */
  prev: 'prev_cursor' | undefined;
  /** Whether the request accepts `limit`. */
  limit: boolean;
  /** Whether the request accepts `mode`. */
  mode: boolean;
}

// The table is read in place rather than copied into a Map when the module
// loads. A module-level call would keep the table in the bundles of consumers
// that never call paginate(), because bundlers cannot prove the call pure.
const endpoints: Readonly<Record<string, ListEndpoint>> = listEndpoints;

/** Returns the list endpoint at `path`, or undefined when the path is not cursor-paginated. */
export function findListEndpoint(path: string): ListEndpoint | undefined {
  return Object.hasOwn(endpoints, path) ? endpoints[path] : undefined;
}

/** Paths of every cursor-paginated endpoint of the beta API, in spec order. */
export function listEndpointPaths(): string[] {
  return Object.keys(endpoints);
}
