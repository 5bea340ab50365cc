export { createPaginator, Paginator } from './paginator.js';
export { ListCall } from './list-call.js';
export type { FetchPage, Page, PageRequest, PaginateOptions, PaginationMode } from './types.js';
