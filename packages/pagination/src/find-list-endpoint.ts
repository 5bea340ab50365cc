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

const endpointsByPath = new Map<string, ListEndpoint>(Object.entries(listEndpoints));

/** Returns the list endpoint at `path`, or undefined when the path is not cursor-paginated. */
export function findListEndpoint(path: string): ListEndpoint | undefined {
  return endpointsByPath.get(path);
}

/** Paths of every cursor-paginated endpoint of the beta API, in spec order. */
export function listEndpointPaths(): string[] {
  return [...endpointsByPath.keys()];
}
