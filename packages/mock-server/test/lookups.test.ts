import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 10 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

interface FieldDescriptor {
  name: string;
  field_type: string;
  allowed_values?: { id: number; label: string; ordinal: number }[];
}

describe('schemas.stock.get', () => {
  it('serves the incident severities in both forms', async () => {
    const viaGet = await api.get('/schemas.stock.get', { leaf_type: 'incident' });
    const viaPost = await api.post('/schemas.stock.get', { leaf_type: 'incident' });
    const severity = (viaGet.body.fragment.fields as FieldDescriptor[]).find((field) => field.name === 'severity')!;

    expect(viaGet.status).toBe(200);
    expect(viaPost.body).toEqual(viaGet.body);
    expect(severity.field_type).toBe('uenum');
    expect(severity.allowed_values!.map((value) => value.label)).toEqual(['Sev0', 'Sev1', 'Sev2', 'Sev3']);
  });

  it('uses ids that differ from ordinals and positions', () => {
    server.organisation.severities.forEach((value, index) => {
      expect(value.ordinal).toBe(index);
      expect([index, index + 1]).not.toContain(value.id);
    });
  });

  it('finds the fragment by id', async () => {
    const byLeafType = await api.get('/schemas.stock.get', { leaf_type: 'incident' });
    const byId = await api.get('/schemas.stock.get', { id: byLeafType.body.fragment.id });

    expect(byId.body).toEqual(byLeafType.body);
  });

  it('answers 404 for another leaf type', async () => {
    const { status, body } = await api.get('/schemas.stock.get', { leaf_type: 'ticket' });

    expect(status).toBe(404);
    expect(body.type).toBe('not_found');
  });
});

describe('stage-diagrams.list', () => {
  it('serves the incident stages in order for leaf type incident', async () => {
    const { body } = await api.get('/stage-diagrams.list', { leaf_type: 'incident' });
    const [diagram] = body.result;

    expect(body.result).toHaveLength(1);
    expect(diagram.leaf_type).toBe('incident');
    expect(diagram.stages.map((node: { stage: { name: string } }) => node.stage.name)).toEqual(['Acknowledged', 'Identified', 'Mitigated', 'Resolved']);
    expect(diagram.stages.map((node: { stage: { id: string } }) => node.stage.id)).toEqual(server.organisation.stages.map((stage) => stage.id));
    expect(diagram.stages[0].is_start).toBe(true);
  });

  it('uses non-sequential don ids for incident stages', () => {
    const numbers = server.organisation.stages.map((stage) => Number(stage.id.split('/').pop()));

    expect(server.organisation.stages.every((stage) => stage.id.startsWith('don:core:'))).toBe(true);
    expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe('stages.custom.list', () => {
  it('finds incident stages by name with their state', async () => {
    const { body } = await api.post('/stages.custom.list', { name: ['Resolved', 'Mitigated'] });
    const byName = Object.fromEntries(body.result.map((stage: { name: string }) => [stage.name, stage]));

    expect(body.result).toHaveLength(2);
    expect(byName.Resolved.state).toMatchObject({ name: 'Closed', is_final: true });
    expect(byName.Mitigated.state).toMatchObject({ is_final: false });
    expect(byName.Resolved.id).toBe(server.organisation.stages[3]!.id);
  });

  it('reads a comma-separated name filter in the GET form', async () => {
    const { body } = await api.get('/stages.custom.list', { name: 'Acknowledged,Identified' });

    expect(body.result.map((stage: { name: string }) => stage.name).sort()).toEqual(['Acknowledged', 'Identified']);
  });
});

describe('dev-users.self', () => {
  it('returns the token user in both forms', async () => {
    const viaGet = await api.get('/dev-users.self');
    const viaPost = await api.post('/dev-users.self', {});

    expect(viaGet.body.dev_user.id).toBe(server.organisation.self.id);
    expect(viaPost.body).toEqual(viaGet.body);
  });
});

describe('organisation option', () => {
  it('adds a severity and a stage the SDK does not know', async () => {
    const custom = await startMockServer({
      incidents: 5,
      organisation: {
        additionalSeverities: [{ id: 777, label: 'Sev4', ordinal: 4 }],
        additionalStages: [{ id: 'don:core:dvrv-us-1:devo/0mock:custom_stage/9001', name: 'Postmortem', isFinal: true }],
      },
    });
    const customApi = apiClient(custom);

    try {
      const schema = await customApi.get('/schemas.stock.get', { leaf_type: 'incident' });
      const severity = (schema.body.fragment.fields as FieldDescriptor[]).find((field) => field.name === 'severity')!;
      const diagram = await customApi.get('/stage-diagrams.list', { leaf_type: 'incident' });
      const created = await customApi.post('/incidents.create', {
        title: 'Unknown to the SDK',
        severity: 777,
        stage: { stage: 'don:core:dvrv-us-1:devo/0mock:custom_stage/9001' },
      });

      expect(severity.allowed_values!.map((value) => value.label)).toEqual(['Sev0', 'Sev1', 'Sev2', 'Sev3', 'Sev4']);
      expect(diagram.body.result[0].stages.map((node: { stage: { name: string } }) => node.stage.name)).toContain('Postmortem');
      expect(created.status).toBe(201);
      expect(created.body.incident.severity).toEqual({ id: 777, label: 'Sev4', ordinal: 4 });
      expect(created.body.incident.stage.state.is_final).toBe(true);
    } finally {
      await custom.close();
    }
  });

  it('replaces the severities', async () => {
    const custom = await startMockServer({ incidents: 20, organisation: { severities: [{ id: 5, label: 'Critical', ordinal: 0 }, { id: 6, label: 'Minor', ordinal: 1 }] } });
    const customApi = apiClient(custom);

    try {
      const { body } = await customApi.post('/incidents.list', {});
      const labels = new Set(body.incidents.map((incident: { severity: { label: string } }) => incident.severity.label));
      const rejected = await customApi.post('/incidents.create', { title: 't', severity: 106 });

      expect([...labels].every((label) => label === 'Critical' || label === 'Minor')).toBe(true);
      expect(rejected.body).toMatchObject({ type: 'invalid_enum_value', allowed_values: ['5', '6'] });
    } finally {
      await custom.close();
    }
  });

  it('rejects empty severities and stages', async () => {
    await expect(startMockServer({ organisation: { severities: [] } })).rejects.toThrow(/severities is empty/);
    await expect(startMockServer({ organisation: { stages: [] } })).rejects.toThrow(/stages is empty/);
  });

  it('rejects duplicate severity ids', async () => {
    await expect(
      startMockServer({ organisation: { additionalSeverities: [{ id: 106, label: 'Again', ordinal: 9 }] } }),
    ).rejects.toThrow(/severity id 106 appears twice/);
  });
});
