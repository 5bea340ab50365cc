import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient, listAll } from './support/api-client.js';

interface Incident {
  id: string;
  display_id: string;
  title: string;
  created_date: string;
  severity: { ordinal: number };
  stage: { stage: { name: string } };
}

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 120 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
});

function numberOf(incident: Incident): number {
  return Number(incident.display_id.slice('INC-'.length));
}

describe('page size', () => {
  it('defaults to 50', async () => {
    const { body } = await api.post('/incidents.list', {});

    expect(body.incidents).toHaveLength(50);
  });

  it('accepts the maximum of 100', async () => {
    const { body } = await api.post('/incidents.list', { limit: 100 });

    expect(body.incidents).toHaveLength(100);
  });

  it('rejects zero', async () => {
    const { status, body } = await api.post('/incidents.list', { limit: 0 });

    expect(status).toBe(400);
    expect(body.field_name).toBe('limit');
  });
});

describe('sort_by', () => {
  it('defaults to newest first', async () => {
    const items = await listAll<Incident>(api, '/incidents.list', 'incidents');
    const dates = items.map((incident) => incident.created_date);

    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sorts by created_date ascending', async () => {
    const items = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['created_date:asc'] });
    const dates = items.map((incident) => incident.created_date);

    expect(items).toHaveLength(120);
    expect(dates).toEqual([...dates].sort());
  });

  it('sorts by severity ordinal, then by the next key', async () => {
    const items = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['severity:asc', 'created_date:desc'] });

    for (let index = 1; index < items.length; index += 1) {
      const previous = items[index - 1]!;
      const current = items[index]!;
      expect(previous.severity.ordinal).toBeLessThanOrEqual(current.severity.ordinal);
      if (previous.severity.ordinal === current.severity.ordinal) {
        expect(previous.created_date >= current.created_date).toBe(true);
      }
    }
  });

  it('sorts by severity descending', async () => {
    const items = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['severity:desc'] });
    const ordinals = items.map((incident) => incident.severity.ordinal);

    expect(ordinals).toEqual([...ordinals].sort((a, b) => b - a));
  });

  it('sorts by title, display_id and stage', async () => {
    const byTitle = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['title'] });
    const byNumber = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['display_id:desc'] });
    const byStage = await listAll<Incident>(api, '/incidents.list', 'incidents', { sort_by: ['stage:asc'] });
    const stageOrder = server.organisation.stages.map((stage) => stage.name);

    const titles = byTitle.map((incident) => incident.title);
    expect(titles).toEqual([...titles].sort());
    expect(byNumber.map(numberOf)).toEqual(Array.from({ length: 120 }, (_, index) => 120 - index));
    const stagePositions = byStage.map((incident) => stageOrder.indexOf(incident.stage.stage.name));
    expect(stagePositions).toEqual([...stagePositions].sort((a, b) => a - b));
  });

  it('accepts sort_by in the GET form', async () => {
    const { status, body } = await api.get('/incidents.list', { sort_by: 'severity:asc,display_id:asc', limit: 3 });

    expect(status).toBe(200);
    expect(body.incidents.map((incident: Incident) => incident.severity.ordinal)).toEqual([0, 0, 0]);
  });
});

describe('cursors and modes', () => {
  it('walks every item once in mode after', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;

    do {
      const { body } = await api.post('/incidents.list', { limit: 25, ...(cursor ? { cursor } : {}) });
      seen.push(...body.incidents.map((incident: Incident) => incident.id));
      cursor = body.next_cursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(120);
  });

  it('omits prev_cursor on the first page and next_cursor on the last', async () => {
    const first = await api.post('/incidents.list', { limit: 100 });
    const last = await api.post('/incidents.list', { limit: 100, cursor: first.body.next_cursor });

    expect(first.body.prev_cursor).toBeUndefined();
    expect(last.body.incidents).toHaveLength(20);
    expect(last.body.next_cursor).toBeUndefined();
    expect(last.body.prev_cursor).toEqual(expect.any(String));
  });

  it('returns the preceding page in mode before', async () => {
    const first = await api.post('/incidents.list', { limit: 10 });
    const second = await api.post('/incidents.list', { limit: 10, cursor: first.body.next_cursor });
    const back = await api.post('/incidents.list', { limit: 10, cursor: second.body.prev_cursor, mode: 'before' });

    expect(back.body.incidents).toEqual(first.body.incidents);
    expect(back.body.prev_cursor).toBeUndefined();
    expect(back.body.next_cursor).toEqual(expect.any(String));
  });

  it('starts from the end in mode before without a cursor', async () => {
    const all = await listAll<Incident>(api, '/incidents.list', 'incidents');
    const { body } = await api.post('/incidents.list', { limit: 7, mode: 'before' });

    expect(body.incidents.map((incident: Incident) => incident.id)).toEqual(all.slice(-7).map((incident) => incident.id));
    expect(body.next_cursor).toBeUndefined();
  });

  it('walks backwards through every page', async () => {
    const all = await listAll<Incident>(api, '/incidents.list', 'incidents');
    const seen: string[] = [];
    let cursor: string | undefined;

    do {
      const { body } = await api.post('/incidents.list', { limit: 30, mode: 'before', ...(cursor ? { cursor } : {}) });
      seen.unshift(...body.incidents.map((incident: Incident) => incident.id));
      cursor = body.prev_cursor;
    } while (cursor);

    expect(seen).toEqual(all.map((incident) => incident.id));
  });

  it('keeps a cursor valid when items change', async () => {
    const first = await api.post('/incidents.list', { limit: 10, sort_by: ['display_id:asc'] });
    await api.post('/incidents.delete', { id: first.body.incidents[9].id });
    await api.post('/incidents.delete', { id: 'INC-11' });

    const second = await api.post('/incidents.list', { limit: 10, sort_by: ['display_id:asc'], cursor: first.body.next_cursor });
    expect(second.body.incidents.map(numberOf)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('pages the GET form like the POST form', async () => {
    const viaPost = await api.post('/incidents.list', { limit: 5 });
    const viaGet = await api.get('/incidents.list', { limit: 5, cursor: viaPost.body.next_cursor });
    const secondViaPost = await api.post('/incidents.list', { limit: 5, cursor: viaPost.body.next_cursor });

    expect(viaGet.body).toEqual(secondViaPost.body);
  });
});
