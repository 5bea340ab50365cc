import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 20 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

describe('missing_required_field', () => {
  it('names a missing top-level field', async () => {
    const { status, body } = await api.post('/incidents.create', { body: 'no title' });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'missing_required_field', field_name: 'title' });
  });

  it('names a missing nested field', async () => {
    const { body } = await api.post('/incidents.create', { title: 't', tags: [{ value: 'v' }] });

    expect(body).toMatchObject({ type: 'missing_required_field', field_name: 'tags[0].tag_id' });
  });

  it('names a missing query parameter', async () => {
    const { status, body } = await api.get('/incidents.group', {});

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'missing_required_field', field_name: 'group_by' });
  });

  it('checks the id of get, update and delete', async () => {
    for (const path of ['/incidents.get', '/incidents.update', '/incidents.delete']) {
      const { body } = await api.post(path, {});
      expect(body, path).toMatchObject({ type: 'missing_required_field', field_name: 'id' });
    }
  });
});

describe('invalid_enum_value', () => {
  it('rejects an unknown severity id and lists the allowed ids', async () => {
    const { status, body } = await api.post('/incidents.create', { title: 't', severity: 0 });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'severity', value: '0' });
    expect(body.allowed_values).toEqual(server.organisation.severities.map((value) => String(value.id)));
  });

  it('rejects an unknown mode from the spec enum', async () => {
    const { body } = await api.post('/incidents.list', { mode: 'sideways' });

    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'mode', value: 'sideways', allowed_values: ['after', 'before'] });
  });

  it('rejects an unknown mode in the GET form', async () => {
    const { body } = await api.get('/incidents.list', { mode: 'sideways' });

    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'mode' });
  });

  it('rejects an unknown group_by', async () => {
    const { body } = await api.post('/incidents.group', { group_by: 'title' });

    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'group_by', value: 'title' });
    expect(body.allowed_values).toContain('severity');
  });

  it('rejects a date filter of unknown type', async () => {
    const { body } = await api.post('/incidents.list', { created_date: { type: 'someday' } });

    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'created_date.type' });
  });

  it('rejects an unknown sort direction', async () => {
    const { body } = await api.post('/incidents.list', { sort_by: ['created_date:up'] });

    expect(body).toMatchObject({ type: 'invalid_enum_value', field_name: 'sort_by', allowed_values: ['asc', 'desc'] });
  });
});

describe('invalid_field', () => {
  it('rejects a value of the wrong type', async () => {
    const { body } = await api.post('/incidents.create', { title: 42 });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'title' });
    expect(body.message).toContain('42');
  });

  it('rejects an empty or whitespace-only title on create', async () => {
    for (const title of ['', '   ', '\t\n']) {
      const { status, body } = await api.post('/incidents.create', { title });

      expect(status, JSON.stringify(title)).toBe(400);
      expect(body).toMatchObject({ type: 'invalid_field', field_name: 'title' });
      expect(body.message).toContain(JSON.stringify(title));
    }
  });

  it('rejects a whitespace-only title on update and keeps the old one', async () => {
    const before = await api.post('/incidents.get', { id: 'INC-5' });
    const { status, body } = await api.post('/incidents.update', { id: 'INC-5', title: '  ' });
    const after = await api.post('/incidents.get', { id: 'INC-5' });

    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'title' });
    expect(after.body.incident.title).toBe(before.body.incident.title);
  });

  it('rejects severity sent as a string', async () => {
    const { body } = await api.post('/incidents.create', { title: 't', severity: 'Sev1' });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'severity' });
  });

  it('rejects a bad date-time', async () => {
    const { body } = await api.post('/incidents.create', { title: 't', target_close_date: 'tomorrow' });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'target_close_date' });
  });

  it('rejects an unknown body field', async () => {
    const { body } = await api.post('/incidents.create', { title: 't', severity_name: 'Sev1' });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'severity_name' });
    expect(body.message).toContain('severity');
  });

  it('rejects an unknown query parameter', async () => {
    const { body } = await api.get('/incidents.list', { page: 2 });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'page' });
  });

  it('rejects a non-numeric severity in the GET form', async () => {
    const { body } = await api.get('/incidents.list', { severity: '103,high' });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'severity[1]' });
  });

  it('rejects a stage id of another leaf type', async () => {
    const ticketStage = server.organisation.customStages.find((stage) => stage.name === 'Queued')!;
    const { body } = await api.post('/incidents.create', { title: 't', stage: { stage: ticketStage.id } });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'stage.stage' });
    expect(body.message).toContain('Acknowledged');
  });

  it('rejects an unknown owner', async () => {
    const { body } = await api.post('/incidents.create', { title: 't', owned_by: ['DEVU-999'] });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'owned_by' });
    expect(body.message).toContain('DEVU-999');
  });

  it('rejects an unknown part in an update set', async () => {
    const { body } = await api.post('/incidents.update', { id: 'INC-1', applies_to_parts: { set: ['PROD-1000'] } });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'applies_to_parts.set' });
  });

  it('rejects a limit above the maximum', async () => {
    const { body } = await api.post('/incidents.list', { limit: 101 });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'limit' });
    expect(body.message).toContain('100');
  });

  it('rejects an unknown sort field', async () => {
    const { body } = await api.post('/incidents.list', { sort_by: ['colour:asc'] });

    expect(body).toMatchObject({ type: 'invalid_field', field_name: 'sort_by' });
    expect(body.message).toContain('created_date');
  });
});

describe('bad_request', () => {
  it('rejects a cursor that was not issued by the server', async () => {
    const { body } = await api.post('/incidents.list', { cursor: 'bm90LWEtY3Vyc29y' });

    expect(body.type).toBe('bad_request');
    expect(body.message).toContain('cursor');
  });

  it('rejects a cursor from another sort order', async () => {
    const first = await api.post('/incidents.list', { limit: 5, sort_by: ['title:asc'] });
    const { body } = await api.post('/incidents.list', { limit: 5, cursor: first.body.next_cursor });

    expect(body.type).toBe('bad_request');
    expect(body.message).toContain('sort order');
  });

  it('rejects stock schema requests without id or leaf type', async () => {
    const { body } = await api.post('/schemas.stock.get', {});

    expect(body.type).toBe('bad_request');
  });
});

describe('no request leaves a trace of the token', () => {
  it('keeps no headers in the request log', async () => {
    await api.post('/incidents.list', { limit: 1 });

    expect(JSON.stringify(server.requests)).not.toContain(server.token);
  });
});
