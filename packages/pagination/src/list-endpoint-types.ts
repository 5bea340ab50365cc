import type { BetaPaths } from '@devrev-ts/core';

import type { listEndpoints } from './generated/list-endpoints.js';
import type { PaginateOptions, PaginationMode } from './types.js';

// Every type here is an indexed lookup on one path, so the compiler never maps
// over all of BetaPaths. The set of list paths comes from the generated table.

/** A cursor-paginated path of the DevRev beta API, such as `/tags.list`. */
export type ListPath = keyof typeof listEndpoints & keyof BetaPaths;

type PostOperation<P extends ListPath> = BetaPaths[P]['post'];

/** Response body of a list endpoint. */
export type ListResponse<P extends ListPath> = PostOperation<P>['responses'][200]['content']['application/json'];

/** JSON body of the POST form of a list endpoint. */
export type ListRequestBody<P extends ListPath> =
  PostOperation<P> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

/** Query parameters of the GET form of a list endpoint. */
export type ListQuery<P extends ListPath> = NonNullable<BetaPaths[P]['get']['parameters']['query']>;

/** Key of the one array field of a response, which contains the items. */
export type ItemsKey<TResponse> = {
  [K in keyof TResponse]-?: NonNullable<TResponse[K]> extends readonly unknown[] ? K : never;
}[keyof TResponse];

/** Item type of a list endpoint: the element type of the array in its response. */
export type ListItem<P extends ListPath> = NonNullable<ListResponse<P>[ItemsKey<ListResponse<P>>]> extends readonly (infer Item)[]
  ? Item
  : never;

/** Request fields that the paginator sets on every request from its options. */
export type PaginatorField = 'cursor' | 'limit' | 'mode';

/** The filters of a list call, sent as a JSON body (POST) or as query parameters (GET). */
export type ListRequest<P extends ListPath> =
  | { body: Omit<ListRequestBody<P>, PaginatorField> }
  | { query: Omit<ListQuery<P>, PaginatorField> };

type PageSizeOption<P extends ListPath> = 'limit' extends keyof ListRequestBody<P>
  ? { pageSize?: number }
  : { /** This endpoint takes no `limit`, so the server picks the page size. */ pageSize?: never };

type ModeOption<P extends ListPath> = 'mode' extends keyof ListRequestBody<P>
  ? 'prev_cursor' extends keyof ListResponse<P>
    ? { mode?: PaginationMode }
    : { mode?: 'after' }
  : { /** This endpoint takes no `mode`, so it can only be walked forwards. */ mode?: 'after' };

/** Pagination options that a list endpoint accepts: `pageSize` and `mode: 'before'` only where the spec allows them. */
export type ListOptions<P extends ListPath> = Omit<PaginateOptions, 'pageSize' | 'mode'> & PageSizeOption<P> & ModeOption<P>;

/** The arguments after the path: the request may be left out when none of its fields is required. */
export type PaginateArgs<P extends ListPath> = {} extends Omit<ListRequestBody<P>, PaginatorField>
  ? [request?: ListRequest<P>, options?: ListOptions<P>]
  : [request: ListRequest<P>, options?: ListOptions<P>];
