import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient, listAll } from './support/api-client.js';

interface Incident {
  id: string;
  severity: { id: number; label: string; ordinal: number };
  stage: { stage: { id: string; name: string } };
  owned_by: { id: string }[];
  applies_to_parts: { id: string }[];
  created_by: { id: string };
}

interface Group {
  key: { type: string; value?: unknown; name?: string; display_value?: string };
  incidents: Incident[];
  total?: number;
  next_cursor?: string;
}

let server: MockServer;
let api: ApiClient;
let all: Incident[];

beforeAll(async () => {
  server = await startMockServer();
  api = apiClient(server);
  all = await listAll<Incident>(api, '/incidents.list', 'incidents');
});

afterAll(async () => {
  await server.close();
});

function countBy(keyOf: (incident: Incident) => (string | number)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const incident of all) {
    for (const key of keyOf(incident)) {
      counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
    }
  }
  return counts;
}

describe('incidents.group', () => {
  it('groups by severity with int keys in ordinal order', async () => {
    const { status, body } = await api.post('/incidents.group', { group_by: 'severity' });
    const counts = countBy((incident) => [incident.severity.id]);

    expect(status).toBe(200);
    expect(body.groups.map((group: Group) => group.key)).toEqual(
      server.organisation.severities.map((value) => ({ type: 'int', value: value.id, display_value: value.label })),
    );
    for (const group of body.groups as Group[]) {
      expect(group.total).toBe(counts.get(String(group.key.value)));
      expect(group.incidents.every((incident) => incident.severity.id === group.key.value)).toBe(true);
    }
  });

  it('groups by stage with stage keys in diagram order', async () => {
    const { body } = await api.get('/incidents.group', { group_by: 'stage' });
    const counts = countBy((incident) => [incident.stage.stage.name]);

    expect(body.groups.map((group: Group) => group.key.type)).toEqual(['stage', 'stage', 'stage', 'stage']);
    expect(body.groups.map((group: Group) => group.key.name)).toEqual(server.organisation.stages.map((stage) => stage.name));
    for (const group of body.groups as Group[]) {
      expect(group.total).toBe(counts.get(group.key.name!));
    }
  });

  it('groups by owned_by, applies_to_parts and created_by with id keys', async () => {
    const cases: [string, (incident: Incident) => string[]][] = [
      ['owned_by', (incident) => incident.owned_by.map((user) => user.id)],
      ['applies_to_parts', (incident) => incident.applies_to_parts.map((part) => part.id)],
      ['created_by', (incident) => [incident.created_by.id]],
    ];

    for (const [field, keyOf] of cases) {
      const { body } = await api.post('/incidents.group', { group_by: field, limit: 50 });
      const counts = countBy(keyOf);

      expect(body.groups.length, field).toBe(counts.size);
      for (const group of body.groups as Group[]) {
        expect(group.key.type, field).toBe('id');
        expect(group.total, `${field} ${group.key.value}`).toBe(counts.get(String(group.key.value)));
      }
    }
  });

  it('limits incidents per group and continues each group through incidents.list', async () => {
    const { body } = await api.post('/incidents.group', { group_by: 'severity', limit_per_group: 3, sort_by: ['created_date:asc'] });
    const group = (body.groups as Group[]).find((entry) => (entry.total ?? 0) > 3)!;

    expect(group.incidents).toHaveLength(3);
    expect(group.next_cursor).toEqual(expect.any(String));

    const rest = await api.post('/incidents.list', {
      severity: [group.key.value],
      sort_by: ['created_date:asc'],
      cursor: group.next_cursor,
      limit: 100,
    });
    const ids = [...group.incidents, ...rest.body.incidents].map((incident: Incident) => incident.id);
    expect(new Set(ids).size).toBe(group.total);
  });

  it('omits a group next_cursor when the group fits', async () => {
    const { body } = await api.post('/incidents.group', { group_by: 'severity', limit_per_group: 100 });

    for (const group of body.groups as Group[]) {
      expect(group.incidents.length).toBe(Math.min(100, group.total!));
      expect(group.next_cursor === undefined).toBe(group.total! <= 100);
    }
  });

  it('pages groups with limit, cursor and mode', async () => {
    const first = await api.post('/incidents.group', { group_by: 'severity', limit: 3, limit_per_group: 1 });
    const second = await api.post('/incidents.group', { group_by: 'severity', limit: 3, limit_per_group: 1, cursor: first.body.next_cursor });
    const back = await api.post('/incidents.group', {
      group_by: 'severity',
      limit: 3,
      limit_per_group: 1,
      cursor: second.body.prev_cursor,
      mode: 'before',
    });

    expect(first.body.groups).toHaveLength(3);
    expect(second.body.groups).toHaveLength(1);
    expect(second.body.next_cursor).toBeUndefined();
    expect(back.body.groups.map((group: Group) => group.key)).toEqual(first.body.groups.map((group: Group) => group.key));
  });

  it('defaults to 10 groups of at most 50 incidents', async () => {
    const { body } = await api.post('/incidents.group', { group_by: 'applies_to_parts' });

    expect(body.groups).toHaveLength(10);
    expect(body.next_cursor).toEqual(expect.any(String));
    expect(Math.max(...body.groups.map((group: Group) => group.incidents.length))).toBe(50);
  });

  it('applies the list filters before grouping', async () => {
    const stage = server.organisation.stages[0]!;
    const { body } = await api.get('/incidents.group', { group_by: 'severity', stage: stage.id, limit_per_group: 100 });
    const counts = countBy((incident) => (incident.stage.stage.id === stage.id ? [incident.severity.id] : []));

    const totals = Object.fromEntries((body.groups as Group[]).map((group) => [String(group.key.value), group.total]));
    expect(totals).toEqual(Object.fromEntries(counts));
  });
});
