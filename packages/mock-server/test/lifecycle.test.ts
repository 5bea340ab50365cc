import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer();
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
});

function sev(label: string) {
  return server.organisation.severities.find((value) => value.label === label)!;
}

function stage(name: string) {
  return server.organisation.stages.find((value) => value.name === name)!;
}

describe('incidents.create', () => {
  it('answers 201 with the incident in wire form', async () => {
    const [owner] = server.organisation.users;
    const [part] = server.organisation.parts;
    const { status, body } = await api.post('/incidents.create', {
      title: 'Checkout is down',
      body: 'Card payments fail with 502.',
      severity: sev('Sev1').id,
      owned_by: [owner!.id],
      applies_to_parts: [part!.id],
    });

    expect(status).toBe(201);
    expect(body.incident.title).toBe('Checkout is down');
    expect(body.incident.display_id).toBe('INC-301');
    expect(body.incident.id).toMatch(/^don:core:dvrv-us-1:devo\/0mock:incident\/301$/);
    expect(body.incident.severity).toEqual({ id: sev('Sev1').id, label: 'Sev1', ordinal: 1 });
    expect(body.incident.owned_by).toEqual([expect.objectContaining({ type: 'dev_user', id: owner!.id })]);
    expect(body.incident.applies_to_parts).toEqual([expect.objectContaining({ type: part!.type, id: part!.id, name: part!.name })]);
    expect(body.incident.created_by.id).toBe(server.organisation.self.id);
  });

  it('starts in the first stage without a stage', async () => {
    const { body } = await api.post('/incidents.create', { title: 'No stage given' });

    expect(body.incident.stage).toEqual({
      stage: { id: stage('Acknowledged').id, name: 'Acknowledged' },
      state: { id: stage('Acknowledged').state.id, name: 'Open', is_final: false },
    });
  });

  it('accepts a stage and display ids for references', async () => {
    const { status, body } = await api.post('/incidents.create', {
      title: 'Referenced by display id',
      stage: { stage: stage('Identified').id, notes: 'Root cause known' },
      owned_by: [server.organisation.users[1]!.display_id],
      tags: [{ tag_id: server.organisation.tags[0]!.display_id, value: 'yes' }],
    });

    expect(status).toBe(201);
    expect(body.incident.stage.stage.name).toBe('Identified');
    expect(body.incident.owned_by[0].id).toBe(server.organisation.users[1]!.id);
    expect(body.incident.tags).toEqual([{ tag: expect.objectContaining({ id: server.organisation.tags[0]!.id }), value: 'yes' }]);
  });

  it('sets actual_close_date when created in a final stage', async () => {
    const { body } = await api.post('/incidents.create', { title: 'Already over', stage: { stage: stage('Resolved').id } });

    expect(body.incident.stage.state.is_final).toBe(true);
    expect(body.incident.actual_close_date).toEqual(expect.any(String));
  });
});

describe('incidents.get', () => {
  it('returns a created incident in both forms', async () => {
    const created = await api.post('/incidents.create', { title: 'Get me' });
    const id = created.body.incident.id;

    const viaPost = await api.post('/incidents.get', { id });
    const viaGet = await api.get('/incidents.get', { id });

    expect(viaPost.status).toBe(200);
    expect(viaPost.body.incident).toEqual(created.body.incident);
    expect(viaGet.body.incident).toEqual(created.body.incident);
  });

  it('finds an incident by display id', async () => {
    const { status, body } = await api.get('/incidents.get', { id: 'INC-7' });

    expect(status).toBe(200);
    expect(body.incident.display_id).toBe('INC-7');
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await api.post('/incidents.get', { id: 'don:core:dvrv-us-1:devo/0mock:incident/99999' });

    expect(status).toBe(404);
    expect(body.type).toBe('not_found');
    expect(body.message).toContain('incident/99999');
  });
});

describe('incidents.update', () => {
  it('changes stage and body and keeps other fields', async () => {
    const created = await api.post('/incidents.create', { title: 'Update me', severity: sev('Sev2').id });
    const { status, body } = await api.post('/incidents.update', {
      id: created.body.incident.id,
      stage: { stage: stage('Mitigated').id },
      body: 'Traffic moved to the standby region.',
    });

    expect(status).toBe(200);
    expect(body.incident.stage.stage).toEqual({ id: stage('Mitigated').id, name: 'Mitigated' });
    expect(body.incident.body).toBe('Traffic moved to the standby region.');
    expect(body.incident.title).toBe('Update me');
    expect(body.incident.severity.label).toBe('Sev2');
  });

  it('replaces list fields with set', async () => {
    const [first, second, third] = server.organisation.users;
    const created = await api.post('/incidents.create', { title: 'Owners', owned_by: [first!.id, second!.id] });
    const { body } = await api.post('/incidents.update', { id: created.body.incident.id, owned_by: { set: [third!.id] } });

    expect(body.incident.owned_by.map((user: { id: string }) => user.id)).toEqual([third!.id]);
  });

  it('persists changes for later reads', async () => {
    await api.post('/incidents.update', { id: 'INC-3', title: 'Renamed' });
    const { body } = await api.get('/incidents.get', { id: 'INC-3' });

    expect(body.incident.title).toBe('Renamed');
    expect(Date.parse(body.incident.modified_date)).toBeGreaterThan(Date.parse(body.incident.created_date));
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await api.post('/incidents.update', { id: 'INC-424242', title: 'x' });

    expect(status).toBe(404);
    expect(body.type).toBe('not_found');
  });
});

describe('incidents.delete', () => {
  it('answers an empty object, then get answers 404', async () => {
    const created = await api.post('/incidents.create', { title: 'Delete me' });
    const id = created.body.incident.id;

    const deleted = await api.post('/incidents.delete', { id });
    const after = await api.post('/incidents.get', { id });

    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({});
    expect(after.status).toBe(404);
  });

  it('answers 404 when deleting twice', async () => {
    await api.post('/incidents.delete', { id: 'INC-5' });
    const again = await api.post('/incidents.delete', { id: 'INC-5' });

    expect(again.status).toBe(404);
  });
});

describe('reset', () => {
  it('restores seeded incidents and drops created ones', async () => {
    await api.post('/incidents.create', { title: 'Temporary' });
    await api.post('/incidents.delete', { id: 'INC-1' });
    server.reset();

    const created = await api.get('/incidents.get', { id: 'INC-301' });
    const seeded = await api.get('/incidents.get', { id: 'INC-1' });
    expect(created.status).toBe(404);
    expect(seeded.status).toBe(200);
  });
});
