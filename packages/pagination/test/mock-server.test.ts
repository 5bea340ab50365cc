import { createDevRevClient } from '@devrev-ts/core';
import type { DevRevClient } from '@devrev-ts/core';
import { startMockServer } from '@devrev-ts/mock-server';
import type { MockServer } from '@devrev-ts/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PageFetchError, paginate } from '../src/index.js';

let server: MockServer;
let client: DevRevClient;

beforeAll(async () => {
  server = await startMockServer();
  // NOTE: the explicit 'beta' spares tsc about 150,000 instantiations spent inferring it from the declared type.
  client = createDevRevClient({ token: server.token, baseUrl: server.url, maxRetries: 0 });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  server.setFaults({});
});

/** Returns the `limit` and `cursor` of each request the mock server received, from the body or the query. */
function sentPageFields(): { limit: unknown; cursor: unknown }[] {
  return server.requests.map((request) => {
    const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
    return {
      limit: Reflect.get(body, 'limit') ?? request.query.limit,
      cursor: Reflect.get(body, 'cursor') ?? request.query.cursor,
    };
  });
}

describe('paginate against the mock server', () => {
  it('/incidents.list yields every incident once', async () => {
    const ids: string[] = [];
    for await (const incident of paginate(client, '/incidents.list', { body: {} }, { pageSize: 100 })) {
      ids.push(incident.id);
    }

    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(server.requests).toHaveLength(3);
    expect(sentPageFields().map((fields) => fields.limit)).toEqual([100, 100, 100]);
  });

  it('/incidents.list walks backwards with mode before', async () => {
    const forwards = await paginate(client, '/incidents.list', { body: {} }, { pageSize: 100 }).toArray({ max: 300 });
    const backwards = await paginate(client, '/incidents.list', { body: {} }, { pageSize: 100, mode: 'before' }).toArray({ max: 300 });

    const pagesOf = (ids: string[]) => [ids.slice(0, 100), ids.slice(100, 200), ids.slice(200)];
    const forwardPages = pagesOf(forwards.map((incident) => incident.id));
    expect(pagesOf(backwards.map((incident) => incident.id))).toEqual(forwardPages.reverse());
  });

  it('/incidents.list resumes mid-page from a checkpoint', async () => {
    const first = paginate(client, '/incidents.list', { body: {} }, { pageSize: 40 });
    const head = await first.take(95);
    const rest = await paginate(client, '/incidents.list', { body: {} }, { pageSize: 40, resumeFrom: first.checkpoint }).toArray({
      max: 300,
    });

    const ids = [...head, ...rest].map((incident) => incident.id);
    expect(first.checkpoint.skip).toBe(15);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it('/incidents.list failure mid-way resumes cleanly', async () => {
    server.setFaults({ internalError: { every: 3 }, paths: ['/incidents.list'] });
    const call = paginate(client, '/incidents.list', { body: {} }, { pageSize: 50 });

    const ids: string[] = [];
    const error = await (async () => {
      try {
        for await (const incident of call) {
          ids.push(incident.id);
        }
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();

    expect(error).toBeInstanceOf(PageFetchError);
    expect((error as PageFetchError).pageNumber).toBe(3);
    expect((error as PageFetchError).status).toBe(500);
    expect(ids).toHaveLength(100);

    server.setFaults({});
    const rest = await paginate(client, '/incidents.list', { body: {} }, { pageSize: 50, resumeFrom: call.checkpoint }).toArray({
      max: 300,
    });
    const all = [...ids, ...rest.map((incident) => incident.id)];
    expect(new Set(all).size).toBe(300);
    expect(all).toHaveLength(300);
  });

  it('/tags.list follows next_cursor and prev_cursor', async () => {
    const names = (await paginate(client, '/tags.list', undefined, { pageSize: 25 }).toArray({ max: 500 })).map((tag) => tag.name);

    expect(names).toEqual(server.organisation.tags.map((tag) => tag.name));
    expect(server.requests).toHaveLength(5);
  });

  it('/tags.list GET form filters by name', async () => {
    const wanted = server.organisation.tags.slice(0, 3).map((tag) => tag.name);

    const names = (await paginate(client, '/tags.list', { query: { name: wanted } }, { pageSize: 2 }).toArray({ max: 10 })).map(
      (tag) => tag.name,
    );

    expect(names).toEqual(wanted);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(sentPageFields()[1]?.limit).toBe('2');
  });

  it('/rev-users.scan follows next_cursor without limit', async () => {
    const ids: string[] = [];
    for await (const user of paginate(client, '/rev-users.scan', { body: {} })) {
      ids.push(user.id);
    }

    // The scan returns users in creation order, not in seed order.
    expect([...ids].sort()).toEqual(server.organisation.revUsers.map((user) => user.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(sentPageFields().map((fields) => fields.limit)).toEqual(server.requests.map(() => undefined));
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it('/stages.custom.list follows cursor and reads result', async () => {
    const call = paginate(client, '/stages.custom.list', { body: {} }, { pageSize: 10 });

    const pageSizes: number[] = [];
    for await (const page of call.pages()) {
      pageSizes.push(page.items.length);
    }

    const total = server.organisation.customStages.length;
    expect(pageSizes.reduce((sum, size) => sum + size, 0)).toBe(total);
    expect(server.requests).toHaveLength(Math.ceil(total / 10));
    expect(call.checkpoint.done).toBe(true);
  });
});
