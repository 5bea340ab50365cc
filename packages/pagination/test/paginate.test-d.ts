import type { BetaComponents, DevRevClient } from '@devrev-ts/core';
import { describe, expectTypeOf, it } from 'vitest';

import type { listEndpoints } from '../src/generated/list-endpoints.js';
import { paginate } from '../src/index.js';
import type { ItemsKey, ListCall, ListPage, ListPath, ListResponse } from '../src/index.js';

// Type tests: vitest runs them through tsc and never executes them.
declare const client: DevRevClient;
type Schemas = BetaComponents['schemas'];

describe('paginate types', () => {
  it('infers the item of each response shape', () => {
    expectTypeOf(paginate(client, '/tags.list')).toEqualTypeOf<ListCall<Schemas['tags-list-response'], Schemas['tag']>>();
    expectTypeOf(paginate(client, '/rev-users.scan')).toEqualTypeOf<
      ListCall<Schemas['rev-users-scan-response'], Schemas['rev-user']>
    >();
    expectTypeOf(paginate(client, '/stages.custom.list')).toEqualTypeOf<
      ListCall<Schemas['custom-stages-list-response'], Schemas['custom-stage']>
    >();
    expectTypeOf(paginate(client, '/incidents.list')).toEqualTypeOf<
      ListCall<Schemas['incidents-list-response'], Schemas['incident']>
    >();
  });

  it('types iteration, pages and collection', () => {
    const call = paginate(client, '/stages.custom.list');

    expectTypeOf(call[Symbol.asyncIterator]()).toEqualTypeOf<AsyncIterator<Schemas['custom-stage']>>();
    expectTypeOf(call.pages()).toEqualTypeOf<AsyncGenerator<ListPage<Schemas['custom-stage']>, void, undefined>>();
    expectTypeOf(call.take(5)).toEqualTypeOf<Promise<Schemas['custom-stage'][]>>();
    expectTypeOf(call.toArray({ max: 100 })).toEqualTypeOf<Promise<Schemas['custom-stage'][]>>();
    expectTypeOf<Awaited<typeof call>>().toEqualTypeOf<Schemas['custom-stages-list-response']>();
  });

  it('types the request filters', () => {
    paginate(client, '/tags.list', { body: { name: ['bug'], sort_by: ['name:asc'] } });
    paginate(client, '/tags.list', { query: { name: ['bug'] } });

    // @ts-expect-error the paginator sets limit; pass pageSize instead
    paginate(client, '/tags.list', { body: { limit: 10 } });
    // @ts-expect-error the paginator sets cursor; pass the cursor option instead
    paginate(client, '/tags.list', { query: { cursor: 'c1' } });
    // @ts-expect-error tags.list has no such filter
    paginate(client, '/tags.list', { body: { owned_by: ['DEVU-1'] } });
  });

  it('requires a request when a filter is required', () => {
    paginate(client, '/groups.members.list', { body: { group: 'don:identity:dvrv-us-1:devo/0:group/1' } });

    // @ts-expect-error groups.members.list requires the group filter
    paginate(client, '/groups.members.list');
  });

  it('allows options the endpoint supports', () => {
    paginate(client, '/tags.list', undefined, { pageSize: 50, mode: 'before', prefetch: 2, maxItems: 500 });
    paginate(client, '/stages.custom.list', undefined, { pageSize: 50, mode: 'after' });

    // @ts-expect-error rev-users.scan takes no limit
    paginate(client, '/rev-users.scan', undefined, { pageSize: 50 });
    // @ts-expect-error stages.custom.list returns no prev_cursor, so it cannot walk backwards
    paginate(client, '/stages.custom.list', undefined, { mode: 'before' });
  });

  it('rejects paths that are not lists', () => {
    // @ts-expect-error accounts.create is not a list endpoint
    paginate(client, '/accounts.create');
  });

  it('matches the generated table for every list path', () => {
    type Table = typeof listEndpoints;
    type Mismatched = {
      [P in ListPath]: [ItemsKey<ListResponse<P>>] extends [Table[P]['items']]
        ? [Table[P]['items']] extends [ItemsKey<ListResponse<P>>]
          ? never
          : P
        : P;
    }[ListPath];

    expectTypeOf<ListPath>().toEqualTypeOf<keyof Table>();
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
  });
});
