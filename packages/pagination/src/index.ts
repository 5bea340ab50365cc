export { createPaginator, Paginator } from './paginator.js';
export { ListCall } from './list-call.js';
export { paginate } from './paginate.js';
export { listEndpointPaths } from './find-list-endpoint.js';
export {
  InvalidPageError,
  PageFetchError,
  PaginationAbortError,
  PaginationError,
  RepeatedCursorError,
  TooManyItemsError,
} from './errors.js';
export type { PageLocation } from './errors.js';
export type { ListClient } from './list-client.js';
export type {
  ItemsKey,
  ListItem,
  ListOptions,
  ListPath,
  ListQuery,
  ListRequest,
  ListRequestBody,
  ListResponse,
  PaginateArgs,
} from './list-endpoint-types.js';
export type {
  Checkpoint,
  FetchPage,
  ListPage,
  Page,
  PageRequest,
  PaginateOptions,
  PaginationMode,
} from './types.js';
