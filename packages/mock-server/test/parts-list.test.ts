import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, type Part, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

interface WirePart {
  type: string;
  id: string;
  display_id: string;
  name: string;
  owned_by: { type: string; id: string }[];
}

let server: MockServer;
let api: ApiClient;
let seeded: readonly Part[];

beforeAll(async () => {
  server = await startMockServer({ incidents: 0 });
  api = apiClient(server);
  seeded = server.organisation.parts;
});

afterAll(async () => {
  await server.close();
});

async function listIds(request: Record<string, unknown>): Promise<string[]> {
  const { status, body } = await api.post('/parts.list', request);
  expect(status).toBe(200);
  return body.parts.map((part: WirePart) => part.id);
}

function seededIds(predicate: (part: Part) => boolean): string[] {
  return seeded.filter(predicate).map((part) => part.id);
}

describe('parts.list', () => {
  it('serves every seeded part in the organisation order, in both forms', async () => {
    const viaPost = await api.post('/parts.list', {});
    const viaGet = await api.get('/parts.list', {});

    expect(viaPost.status).toBe(200);
    expect(viaPost.body.parts.map((part: WirePart) => part.id)).toEqual(seeded.map((part) => part.id));
    expect(viaGet.body).toEqual(viaPost.body);
    expect(viaPost.body.next_cursor).toBeUndefined();
  });

  it('renders each part with its type and owners', async () => {
    const { body } = await api.post('/parts.list', {});
    const [first] = body.parts as WirePart[];
    const owner = server.organisation.users.find((user) => user.id === seeded[0]!.owned_by[0])!;

    expect(new Set(body.parts.map((part: WirePart) => part.type))).toEqual(new Set(['product', 'capability', 'feature']));
    expect(first).toMatchObject({ type: 'product', display_id: seeded[0]!.display_id, name: seeded[0]!.name });
    expect(first!.owned_by).toEqual([expect.objectContaining({ type: 'dev_user', id: owner.id, display_id: owner.display_id })]);
  });
});

describe('parts.list filters', () => {
  it('filters by type', async () => {
    expect(await listIds({ type: ['feature'] })).toEqual(seededIds((part) => part.type === 'feature'));
    expect(await listIds({ type: ['product', 'capability'] })).toEqual(seededIds((part) => part.type !== 'feature'));
  });

  it('filters by type in the GET form', async () => {
    const { body } = await api.get('/parts.list', { type: 'product,capability' });

    expect(body.parts.map((part: WirePart) => part.id)).toEqual(seededIds((part) => part.type !== 'feature'));
  });

  it('rejects an unknown type', async () => {
    const { status, body } = await api.post('/parts.list', { type: ['widget'] });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'type[0]', value: 'widget' });
  });

  it('filters by exact name', async () => {
    expect(await listIds({ name: ['Payouts', 'SAML'] })).toEqual(seededIds((part) => ['Payouts', 'SAML'].includes(part.name)));
    expect(await listIds({ name: ['payouts'] })).toEqual([]);
  });

  it('filters by owner, given as a "don:" id or a display id', async () => {
    const owner = server.organisation.users.find((user) => user.id === seeded[1]!.owned_by[0])!;
    const want = seededIds((part) => part.owned_by.includes(owner.id));

    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(seeded.length);
    expect(await listIds({ owned_by: [owner.id] })).toEqual(want);
    expect(await listIds({ owned_by: [owner.display_id] })).toEqual(want);
    expect(await listIds({ owned_by: ['DEVU-999999'] })).toEqual([]);
  });

  it('filters by parent part across every level below it', async () => {
    const product = seeded.find((part) => part.type === 'product')!;
    const capabilities = seededIds((part) => part.parent_id === product.id);
    const features = seededIds((part) => part.parent_id !== undefined && capabilities.includes(part.parent_id));

    expect(features.length).toBeGreaterThan(0);
    expect((await listIds({ parent_part: { parts: [product.display_id] } })).sort()).toEqual([...capabilities, ...features].sort());
    expect(await listIds({ parent_part: { parts: [product.id], level: 1 } })).toEqual(capabilities);
  });

  it('combines the parent part filter with the others', async () => {
    const product = seeded.find((part) => part.type === 'product')!;
    const grandparentOf = (part: Part) => seeded.find((parent) => parent.id === part.parent_id)?.parent_id;
    const want = seededIds((part) => part.type === 'feature' && grandparentOf(part) === product.id);

    expect(want.length).toBeGreaterThan(0);
    expect(await listIds({ parent_part: { parts: [product.id] }, type: ['feature'] })).toEqual(want);
  });

  it('takes the parent part filter in the GET form', async () => {
    const product = seeded.find((part) => part.type === 'product')!;
    const { body } = await api.get('/parts.list', { 'parent_part.parts': product.id, 'parent_part.level': 1 });

    expect(body.parts.map((part: WirePart) => part.id)).toEqual(seededIds((part) => part.parent_id === product.id));
  });

  it('requires parent_part.parts when the GET form sends a level', async () => {
    const { status, body } = await api.get('/parts.list', { 'parent_part.level': 2 });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'missing_required_field', field_name: 'parent_part.parts' });
  });

  it('rejects a parent part filter without parts', async () => {
    const { status, body } = await api.post('/parts.list', { parent_part: { parts: [] } });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'parent_part.parts' });
  });

  it('matches no part for filters on fields the mock does not store', async () => {
    expect(await listIds({ tags: ['TAG-2000'] })).toEqual([]);
    expect(await listIds({ enhancement: { tickets: ['TKT-1'] } })).toEqual([]);
    expect(await listIds({ tags: [], enhancement: {} })).toHaveLength(seeded.length);
  });
});

describe('parts.list paging and sorting', () => {
  it('walks every part once in pages, in both forms', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const ids: string[] = [];
      let cursor: string | undefined;
      let pages = 0;

      do {
        const request = { limit: 4, ...(cursor ? { cursor } : {}) };
        const { body } = method === 'GET' ? await api.get('/parts.list', request) : await api.post('/parts.list', request);
        ids.push(...body.parts.map((part: WirePart) => part.id));
        cursor = body.next_cursor;
        pages += 1;
      } while (cursor);

      expect(ids, method).toEqual(seeded.map((part) => part.id));
      expect(pages, method).toBe(Math.ceil(seeded.length / 4));
    }
  });

  it('returns the preceding page in mode before', async () => {
    const first = await api.post('/parts.list', { limit: 3 });
    const second = await api.post('/parts.list', { limit: 3, cursor: first.body.next_cursor });
    const back = await api.post('/parts.list', { limit: 3, cursor: second.body.prev_cursor, mode: 'before' });
    const last = await api.get('/parts.list', { limit: 3, mode: 'before' });

    expect(first.body.prev_cursor).toBeUndefined();
    expect(back.body.parts).toEqual(first.body.parts);
    expect(last.body.parts.map((part: WirePart) => part.id)).toEqual(seeded.slice(-3).map((part) => part.id));
    expect(last.body.next_cursor).toBeUndefined();
  });

  it('sorts by name and by type', async () => {
    const byName = await api.post('/parts.list', { sort_by: ['name:desc'] });
    const byType = await api.get('/parts.list', { sort_by: 'type:asc,name:asc' });
    const names = byName.body.parts.map((part: WirePart) => part.name);
    const typed = byType.body.parts.map((part: WirePart) => `${part.type} ${part.name}`);

    expect(names).toEqual(seeded.map((part) => part.name).sort().reverse());
    expect(typed).toEqual(seeded.map((part) => `${part.type} ${part.name}`).sort());
  });

  it('rejects an unknown sort field', async () => {
    const { status, body } = await api.post('/parts.list', { sort_by: ['created_date'] });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'sort_by' });
    expect(body.message).toContain('name, type');
  });

  it('rejects a limit over 100', async () => {
    const { status, body } = await api.post('/parts.list', { limit: 101 });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'limit' });
  });

  it('rejects a cursor of another list', async () => {
    const tags = await api.post('/tags.list', { limit: 1 });
    const { status, body } = await api.post('/parts.list', { cursor: tags.body.next_cursor });

    expect(status).toBe(400);
    expect(body.type).toBe('bad_request');
  });
});
