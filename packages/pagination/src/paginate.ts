import { describeValue, DevRevValidationError } from '@devrev-ts/core';
import type { DevRevClient } from '@devrev-ts/core';

import { findListEndpoint } from './find-list-endpoint.js';
import type { ListEndpoint } from './find-list-endpoint.js';
import type { ListItem, ListPath, ListResponse, PaginateArgs } from './list-endpoint-types.js';
import { ListCall } from './list-call.js';
import { requireListClient, sendListRequest } from './list-client.js';
import { Paginator } from './paginator.js';
import { readListResponse } from './read-list-response.js';
import { resolveListRequest } from './resolve-list-request.js';
import { requireOptionsObject } from './resolve-options.js';
import type { FetchPage, PageRequest, PaginateOptions } from './types.js';

/**
 * Paginates a cursor-paginated endpoint of the beta API by its path. The item
 * type is the element type of the response's one array field: `tags` for
 * `/tags.list`, `result` for `/stages.custom.list`.
 *
 * Pass filters as `{ body }` to use the POST form or `{ query }` for the GET
 * form; the paginator adds `cursor`, `limit` and `mode` to each request.
 * Awaiting the result fetches the first page and resolves to its response
 * body; `for await` walks every item. Throws a DevRevValidationError for an
 * unknown path or invalid request or options, before any request.
 */
export function paginate<P extends ListPath>(
  client: DevRevClient,
  path: P,
  ...[request, options]: PaginateArgs<P>
): ListCall<ListResponse<P>, ListItem<P>> {
  const endpoint = findListEndpoint(path);
  if (endpoint === undefined) {
    throw new DevRevValidationError(
      `Invalid path ${describeValue(path)}: it is not a cursor-paginated list endpoint of the DevRev beta API, such as '/works.list'. ` +
        'For other lists, pass your own page fetcher to createPaginator().',
    );
  }

  const listClient = requireListClient(client);
  const init = resolveListRequest(path, request);
  const callerOptions: PaginateOptions = requireOptionsObject(options) ?? {};
  checkEndpointOptions(path, endpoint, callerOptions);

  const send = (page: PageRequest) => sendListRequest<ListResponse<P>>(listClient, path, endpoint, init, page);
  const fetchPage: FetchPage<ListItem<P>> = async (page) => {
    const body = await send(page);
    return readListResponse(body, endpoint, { label: path, pageNumber: page.pageNumber, cursor: page.cursor });
  };
  const paginator = new Paginator(fetchPage, { ...callerOptions, label: callerOptions.label ?? path });

  const firstPage: PageRequest = {
    cursor: callerOptions.cursor ?? callerOptions.resumeFrom?.cursor,
    mode: callerOptions.mode ?? 'after',
    limit: callerOptions.pageSize,
    signal: callerOptions.signal,
    pageNumber: 1,
  };
  return new ListCall(() => send(firstPage), paginator);
}

/** Rejects options that the spec says this endpoint cannot honour. */
function checkEndpointOptions(path: string, endpoint: ListEndpoint, options: PaginateOptions): void {
  if (options.pageSize !== undefined && !endpoint.limit) {
    throw new DevRevValidationError(
      `Invalid pageSize ${describeValue(options.pageSize)}: ${path} does not accept limit, so the server picks the page size. Remove pageSize.`,
    );
  }
  if (options.mode === 'before' && (!endpoint.mode || endpoint.prev === undefined)) {
    throw new DevRevValidationError(
      `Invalid mode 'before': ${path} cannot be walked backwards, because it does not accept mode or return prev_cursor. Use mode 'after'.`,
    );
  }
}
