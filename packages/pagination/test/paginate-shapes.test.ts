import { afterEach, describe, expect, it } from 'vitest';

import { paginate } from '../src/index.js';
import { startListServer } from './support/list-server.js';
import type { ListHandler, ListServer, ReceivedRequest } from './support/list-server.js';

let running: ListServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(handler: ListHandler): Promise<ListServer> {
  running = await startListServer(handler);
  return running;
}

/** Reads the cursor from a POST body or a GET query. */
function cursorOf(request: ReceivedRequest): string | undefined {
  const fromBody = request.body?.cursor;
  return typeof fromBody === 'string' ? fromBody : (request.query.get('cursor') ?? undefined);
}

/** Serves ids `1..total` in pages of `pageSize`, with cursors `p<page index>`, in the given response shape. */
function pagedIds(total: number, pageSize: number, render: (ids: string[], next: string | undefined, prev: string | undefined) => unknown): ListHandler {
  return (request) => {
    const cursor = cursorOf(request);
    const pageIndex = cursor === undefined ? 0 : Number(cursor.slice(1));
    const start = pageIndex * pageSize;
    const ids = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, index) => String(start + index + 1));
    const next = start + pageSize < total ? `p${pageIndex + 1}` : undefined;
    const prev = pageIndex > 0 ? `p${pageIndex - 1}` : undefined;
    return { json: render(ids, next, prev) };
  };
}

describe('paginate over each response shape', () => {
  it('/tags.list follows next_cursor', async () => {
    const server = await serve(
      pagedIds(5, 2, (ids, next, prev) => ({ tags: ids.map((id) => ({ id, name: `tag ${id}` })), next_cursor: next, prev_cursor: prev })),
    );
    const body = { name: ['bug', 'p0'] };

    const ids: string[] = [];
    for await (const tag of paginate(server.client, '/tags.list', { body }, { pageSize: 2 })) {
      ids.push(tag.id);
    }

    expect(ids).toEqual(['1', '2', '3', '4', '5']);
    expect(server.requests.map((request) => request.body)).toEqual([
      { name: ['bug', 'p0'], limit: 2 },
      { name: ['bug', 'p0'], limit: 2, cursor: 'p1' },
      { name: ['bug', 'p0'], limit: 2, cursor: 'p2' },
    ]);
    expect(body).toEqual({ name: ['bug', 'p0'] });
  });

  it('/tags.list in mode before follows prev_cursor', async () => {
    const server = await serve(
      pagedIds(6, 2, (ids, next, prev) => ({ tags: ids.map((id) => ({ id, name: id })), next_cursor: next, prev_cursor: prev })),
    );

    const pages = [];
    for await (const page of paginate(server.client, '/tags.list', undefined, { mode: 'before', cursor: 'p2' }).pages()) {
      pages.push(page.items.map((tag) => tag.id));
    }

    expect(pages).toEqual([['5', '6'], ['3', '4'], ['1', '2']]);
    expect(server.requests.map((request) => request.body)).toEqual([
      { cursor: 'p2', mode: 'before' },
      { cursor: 'p1', mode: 'before' },
      { cursor: 'p0', mode: 'before' },
    ]);
  });

  it('/tags.list GET form sends a query string', async () => {
    const server = await serve(
      pagedIds(3, 2, (ids, next) => ({ tags: ids.map((id) => ({ id, name: id })), next_cursor: next })),
    );

    const tags = await paginate(server.client, '/tags.list', { query: { name: ['bug', 'p0'] } }, { pageSize: 2 }).toArray({ max: 10 });

    expect(tags.map((tag) => tag.id)).toEqual(['1', '2', '3']);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(server.requests[0]?.query.get('name')).toBe('bug,p0');
    expect(server.requests[0]?.query.get('limit')).toBe('2');
    expect(server.requests[1]?.query.get('cursor')).toBe('p1');
  });

  it('/rev-users.scan follows next_cursor alone', async () => {
    const server = await serve(
      pagedIds(3, 2, (ids, next) => ({ rev_users: ids.map((id) => ({ id, display_id: `REVU-${id}` })), next_cursor: next })),
    );

    const ids: string[] = [];
    for await (const user of paginate(server.client, '/rev-users.scan', { body: { tags: ['vip'] } })) {
      ids.push(user.id);
    }

    expect(ids).toEqual(['1', '2', '3']);
    expect(server.requests.map((request) => request.body)).toEqual([{ tags: ['vip'] }, { tags: ['vip'], cursor: 'p1' }]);
  });

  it('/stages.custom.list follows cursor and reads result', async () => {
    const server = await serve(
      pagedIds(5, 2, (ids, next) => ({ result: ids.map((id) => ({ id, name: `stage ${id}` })), cursor: next })),
    );

    const call = paginate(server.client, '/stages.custom.list', { body: { name: ['triage'] } }, { pageSize: 2 });
    const names = (await call.toArray({ max: 10 })).map((stage) => stage.name);

    expect(names).toEqual(['stage 1', 'stage 2', 'stage 3', 'stage 4', 'stage 5']);
    expect(server.requests.map(cursorOf)).toEqual([undefined, 'p1', 'p2']);
    expect(call.checkpoint).toEqual({ cursor: undefined, skip: 0, done: true });
  });

  it('/incidents.list yields incidents', async () => {
    const server = await serve(
      pagedIds(3, 2, (ids, next) => ({ incidents: ids.map((id) => ({ id, title: `incident ${id}` })), next_cursor: next })),
    );

    const titles = (await paginate(server.client, '/incidents.list', { body: {} }).take(2)).map((incident) => incident.title);

    expect(titles).toEqual(['incident 1', 'incident 2']);
    expect(server.requests).toHaveLength(1);
  });

  it('awaiting the call resolves to the first page body', async () => {
    const server = await serve(
      pagedIds(3, 2, (ids, next) => ({ tags: ids.map((id) => ({ id, name: id })), next_cursor: next })),
    );

    const first = await paginate(server.client, '/tags.list', undefined, { pageSize: 2 });

    expect(first.tags.map((tag) => tag.id)).toEqual(['1', '2']);
    expect(first.next_cursor).toBe('p1');
    expect(server.requests).toHaveLength(1);
  });

  it('pages carry their cursors and numbers', async () => {
    const server = await serve(
      pagedIds(4, 2, (ids, next, prev) => ({ tags: ids.map((id) => ({ id, name: id })), next_cursor: next, prev_cursor: prev })),
    );
    const call = paginate(server.client, '/tags.list', undefined, { pageSize: 2 });

    const seen = [];
    for await (const page of call.pages()) {
      seen.push({ pageNumber: page.pageNumber, cursor: page.cursor, nextCursor: page.nextCursor, prevCursor: page.prevCursor });
      expect(call.cursor).toBe(page.nextCursor);
    }

    expect(seen).toEqual([
      { pageNumber: 1, cursor: undefined, nextCursor: 'p1', prevCursor: undefined },
      { pageNumber: 2, cursor: 'p1', nextCursor: undefined, prevCursor: 'p0' },
    ]);
  });
});
