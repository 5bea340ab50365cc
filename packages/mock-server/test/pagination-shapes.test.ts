import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 0 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

type Walk = { pages: number; ids: string[] };

/** Follows `cursorField` until it is absent, through the GET or POST form. */
async function walk(method: 'GET' | 'POST', path: string, itemsField: string, cursorField: string, request: Record<string, string | number>): Promise<Walk> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;

  do {
    const page = { ...request, ...(cursor ? { cursor } : {}) };
    const { status, body } = method === 'GET' ? await api.get(path, page) : await api.post(path, page);
    expect(status).toBe(200);
    ids.push(...body[itemsField].map((item: { id: string }) => item.id));
    cursor = body[cursorField];
    pages += 1;
  } while (cursor);
  return { pages, ids };
}

describe('tags.list: next_cursor and prev_cursor', () => {
  it('walks 120 tags in both forms', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { pages, ids } = await walk(method, '/tags.list', 'tags', 'next_cursor', { limit: 25 });
      expect(pages, method).toBe(5);
      expect(new Set(ids).size, method).toBe(120);
    }
  });

  it('returns the previous page in mode before', async () => {
    const first = await api.post('/tags.list', { limit: 40 });
    const second = await api.post('/tags.list', { limit: 40, cursor: first.body.next_cursor });
    const back = await api.get('/tags.list', { limit: 40, cursor: second.body.prev_cursor, mode: 'before' });

    expect(first.body.prev_cursor).toBeUndefined();
    expect(back.body.tags).toEqual(first.body.tags);
  });

  it('sorts and filters by name', async () => {
    const { body } = await api.post('/tags.list', { sort_by: ['name:desc'], limit: 100 });
    const names = body.tags.map((tag: { name: string }) => tag.name);
    const filtered = await api.post('/tags.list', { name: [names[0], names[1]] });

    expect(names).toEqual([...names].sort().reverse());
    expect(filtered.body.tags).toHaveLength(2);
  });
});

describe('rev-users.scan: next_cursor only', () => {
  it('walks 150 rev users in both forms', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { pages, ids } = await walk(method, '/rev-users.scan', 'rev_users', 'next_cursor', {});
      expect(pages, method).toBe(3);
      expect(new Set(ids).size, method).toBe(150);
    }
  });

  it('never returns prev_cursor', async () => {
    const first = await api.post('/rev-users.scan', {});
    const second = await api.post('/rev-users.scan', { cursor: first.body.next_cursor });

    expect(second.body).not.toHaveProperty('prev_cursor');
  });

  it('rejects limit, which the scan request does not have', async () => {
    const { status, body } = await api.post('/rev-users.scan', { limit: 10 });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'limit' });
  });

  it('filters by rev_org', async () => {
    const revOrg = server.organisation.revOrgs[0]!;
    const { body } = await api.post('/rev-users.scan', { rev_org: [revOrg.id] });

    expect(body.rev_users.length).toBeGreaterThan(0);
    expect(body.rev_users.every((user: { rev_org: { id: string } }) => user.rev_org.id === revOrg.id)).toBe(true);
  });
});

describe('cursor and result', () => {
  it('walks custom stages in both forms', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { pages, ids } = await walk(method, '/stages.custom.list', 'result', 'cursor', { limit: 10 });
      expect(pages, method).toBe(Math.ceil(server.organisation.customStages.length / 10));
      expect(new Set(ids).size, method).toBe(server.organisation.customStages.length);
    }
    expect(server.organisation.customStages.length).toBeGreaterThanOrEqual(30);
  });

  it('walks stage diagrams in both forms', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { pages, ids } = await walk(method, '/stage-diagrams.list', 'result', 'cursor', { limit: 2 });
      expect(pages, method).toBe(Math.ceil(server.organisation.stageDiagrams.length / 2));
      expect(new Set(ids).size, method).toBe(server.organisation.stageDiagrams.length);
    }
  });

  it('omits the cursor on the last page', async () => {
    const { body } = await api.post('/stages.custom.list', { limit: 100 });

    expect(body.result).toHaveLength(server.organisation.customStages.length);
    expect(body).not.toHaveProperty('cursor');
  });

  it('rejects mode, which these requests do not have', async () => {
    const { body } = await api.post('/stages.custom.list', { mode: 'before' });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'mode' });
  });
});
