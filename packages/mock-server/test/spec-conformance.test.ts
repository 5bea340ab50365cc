import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SERVED_OPERATIONS } from '../scripts/served-operations.mjs';
import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';
import { checkedResponses, responseViolations } from './support/spec-response-validator.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 60 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

/** Returns one valid request per served operation, so that every success response is checked. */
function successRequests(): [method: 'GET' | 'POST', path: string, input: Record<string, unknown>][] {
  const organisation = server.organisation;
  return [
    ['POST', '/incidents.create', {
      title: 'Conformance',
      body: 'Every field the mock stores.',
      severity: organisation.severities[0]!.id,
      stage: { stage: organisation.stages[1]!.id, notes: 'n' },
      owned_by: [organisation.users[0]!.id],
      applies_to_parts: [organisation.parts[0]!.id],
      tags: [{ tag_id: organisation.tags[0]!.id, value: 'v' }],
      pia: [organisation.articles[5]!.id],
      playbooks: [organisation.articles[0]!.id],
      artifacts: ['don:core:dvrv-us-1:devo/0mock:artifact/1'],
      reported_by: organisation.reporters[0]!.id,
      source: organisation.reporters[1]!.id,
      impact: { customer_ids: [organisation.accounts[0]!.id] },
      target_close_date: '2030-01-01T00:00:00Z',
      custom_fields: { tnt__region: 'eu-west-1' },
      sync_metadata: { origin_system: 'pagerduty', external_reference: 'PD-1' },
    }],
    ['GET', '/incidents.get', { id: 'INC-1' }],
    ['POST', '/incidents.get', { id: 'INC-2' }],
    ['GET', '/incidents.list', { limit: 3 }],
    ['POST', '/incidents.list', { limit: 3 }],
    ['POST', '/incidents.update', { id: 'INC-3', stage: { stage: organisation.stages[3]!.id }, tags: { set: [] } }],
    ['POST', '/incidents.delete', { id: 'INC-4' }],
    ['GET', '/incidents.group', { group_by: 'owned_by', limit_per_group: 2 }],
    ['POST', '/incidents.group', { group_by: 'stage', limit_per_group: 2 }],
    ['GET', '/schemas.stock.get', { leaf_type: 'incident' }],
    ['POST', '/schemas.stock.get', { leaf_type: 'incident' }],
    ['GET', '/stage-diagrams.list', {}],
    ['POST', '/stage-diagrams.list', {}],
    ['GET', '/stages.custom.list', {}],
    ['POST', '/stages.custom.list', {}],
    ['GET', '/dev-users.self', {}],
    ['POST', '/dev-users.self', {}],
    ['GET', '/tags.list', {}],
    ['POST', '/tags.list', {}],
    ['GET', '/rev-users.scan', {}],
    ['POST', '/rev-users.scan', {}],
    ['GET', '/parts.list', { type: ['product', 'feature'], limit: 3 }],
    ['POST', '/parts.list', { parent_part: { parts: [organisation.parts[0]!.id] }, owned_by: [organisation.parts[1]!.owned_by[0]!] }],
  ];
}

describe('responses match the spec', () => {
  it('covers every served operation with a valid success response', async () => {
    const requests = successRequests();
    for (const [method, path, input] of requests) {
      const query = Object.fromEntries(Object.entries(input).map(([name, value]) => [name, String(value)]));
      const { status } = method === 'GET' ? await api.get(path, query) : await api.post(path, input);
      expect(status, `${method} ${path}`).toBeLessThan(300);
    }

    const served = SERVED_OPERATIONS.map(([method, path]) => `${method} ${path}`);
    const covered = new Set([...checkedResponses].map((entry) => entry.replace(/ \d+$/, '')));
    expect(served.filter((operation) => !covered.has(operation))).toEqual([]);
    expect(requests).toHaveLength(served.length);
  });

  it('sends valid error bodies for every status it uses', async () => {
    const fault = await startMockServer({ incidents: 1 });
    const faultApi = apiClient(fault);

    try {
      const cases = [
        await api.post('/incidents.create', {}),
        await api.post('/incidents.create', { title: 't', severity: 1 }),
        await api.post('/incidents.list', {}, { token: 'wrong' }),
        await api.post('/incidents.get', { id: 'INC-99999' }),
        await api.call('POST', '/incidents.create', undefined, { rawBody: JSON.stringify({ title: 'x'.repeat(1_100_000) }) }),
      ];
      fault.setFaults({ rateLimit: { every: 1 } });
      cases.push(await faultApi.post('/incidents.list', {}));
      fault.setFaults({ internalError: { every: 1 } });
      cases.push(await faultApi.post('/incidents.list', {}));
      fault.setFaults({ unavailable: { every: 1 } });
      cases.push(await faultApi.post('/incidents.list', {}));

      expect(cases.map((result) => result.status)).toEqual([400, 400, 401, 404, 413, 429, 500, 503]);
    } finally {
      await fault.close();
    }
  });
});

describe('response validator', () => {
  it('rejects a body that breaks the spec', () => {
    const severityAsString = responseViolations('POST', '/incidents.get', 200, { incident: { id: 'x', title: 'ok', severity: 'Sev1' } });
    const ownerWithoutType = responseViolations('POST', '/incidents.get', 200, { incident: { id: 'x', title: 'ok', owned_by: [{ id: 'DEVU-1' }] } });
    const missingTitle = responseViolations('POST', '/incidents.get', 200, { incident: { id: 'x' } });

    expect(severityAsString.join()).toContain('/incident/severity');
    expect(ownerWithoutType.join()).toContain('/incident/owned_by/0');
    expect(missingTitle.join()).toContain('title');
  });

  it('checks parts against the schema their type names', () => {
    const product = { type: 'product', id: 'don:core:dvrv-us-1:devo/0mock:product/13', name: 'Payments', owned_by: [] };

    expect(responseViolations('POST', '/parts.list', 200, { parts: [product] })).toEqual([]);
    expect(responseViolations('POST', '/parts.list', 200, { parts: [{ ...product, type: 'widget' }] })).not.toEqual([]);
    expect(responseViolations('POST', '/parts.list', 200, { parts: [{ ...product, name: undefined }] }).join()).toContain('name');
    expect(responseViolations('POST', '/parts.list', 200, { parts: [{ ...product, owned_by: [{ id: 'DEVU-1' }] }] }).join()).toContain('/parts/0/owned_by/0');
  });

  it('checks discriminated unions by their tag', () => {
    const groupWith = (key: unknown) => ({ groups: [{ key, incidents: [] }] });

    expect(responseViolations('POST', '/incidents.group', 200, groupWith({ type: 'int', value: 103 }))).toEqual([]);
    expect(responseViolations('POST', '/incidents.group', 200, groupWith({ type: 'int', value: 'Sev1' }))).not.toEqual([]);
    expect(responseViolations('POST', '/incidents.group', 200, groupWith({ type: 'colour', value: 1 }))).not.toEqual([]);
  });
});
