import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient, listAll } from './support/api-client.js';

const NOW = '2025-06-01T00:00:00.000Z';
const DAY_MS = 86_400_000;

interface Incident {
  id: string;
  display_id: string;
  title: string;
  created_date: string;
  modified_date: string;
  severity: { id: number; label: string };
  stage: { stage: { id: string; name: string } };
  owned_by: { id: string }[];
  applies_to_parts: { id: string }[];
  created_by: { id: string };
  reported_by?: { id: number };
  playbooks: { id: string }[];
  pia: { id: string }[];
  impact: { customer_ids: { id: string }[] };
  custom_fields: Record<string, unknown>;
  mitigated_date?: string;
  target_close_date?: string;
}

let server: MockServer;
let api: ApiClient;
let all: Incident[];

beforeAll(async () => {
  server = await startMockServer({ now: NOW });
  api = apiClient(server);
  all = await listAll<Incident>(api, '/incidents.list', 'incidents');
});

afterAll(async () => {
  await server.close();
});

async function ids(request: Record<string, unknown>): Promise<string[]> {
  const items = await listAll<Incident>(api, '/incidents.list', 'incidents', request);
  return items.map((incident) => incident.id).sort();
}

function expected(predicate: (incident: Incident) => boolean): string[] {
  return all.filter(predicate).map((incident) => incident.id).sort();
}

/** Checks that a filter selects exactly the expected incidents, and that this is a real subset. */
async function expectFilter(request: Record<string, unknown>, predicate: (incident: Incident) => boolean): Promise<void> {
  const want = expected(predicate);
  expect(want.length, 'the seed has matching incidents').toBeGreaterThan(0);
  expect(want.length, 'the filter excludes some incidents').toBeLessThan(all.length);
  expect(await ids(request)).toEqual(want);
}

describe('seed data', () => {
  it('spans many default pages', async () => {
    const { body } = await api.post('/incidents.list', {});

    expect(all).toHaveLength(300);
    expect(body.incidents).toHaveLength(50);
    expect(body.next_cursor).toEqual(expect.any(String));
  });

  it('mixes severities, stages, owners and months', () => {
    const months = new Set(all.map((incident) => incident.created_date.slice(0, 7)));

    expect(new Set(all.map((incident) => incident.severity.label)).size).toBe(4);
    expect(new Set(all.map((incident) => incident.stage.stage.name)).size).toBe(4);
    expect(new Set(all.flatMap((incident) => incident.owned_by.map((user) => user.id))).size).toBe(server.organisation.users.length);
    expect(months.size).toBeGreaterThanOrEqual(5);
  });
});

describe('incidents.list filters', () => {
  it('filters by stage', async () => {
    const [acknowledged, identified] = server.organisation.stages;
    const wanted = [acknowledged!.id, identified!.id];
    await expectFilter({ stage: wanted }, (incident) => wanted.includes(incident.stage.stage.id));
  });

  it('filters by severity', async () => {
    const wanted = server.organisation.severities.slice(0, 2).map((value) => value.id);
    await expectFilter({ severity: wanted }, (incident) => wanted.includes(incident.severity.id));
  });

  it('filters by owned_by', async () => {
    const owner = server.organisation.users[2]!.id;
    await expectFilter({ owned_by: [owner] }, (incident) => incident.owned_by.some((user) => user.id === owner));
  });

  it('filters by owned_by given as a display id', async () => {
    const owner = server.organisation.users[2]!;
    await expectFilter({ owned_by: [owner.display_id] }, (incident) => incident.owned_by.some((user) => user.id === owner.id));
  });

  it('filters by applies_to_parts', async () => {
    const part = server.organisation.parts.find((entry) => entry.type === 'capability')!.id;
    await expectFilter({ applies_to_parts: [part] }, (incident) => incident.applies_to_parts.some((entry) => entry.id === part));
  });

  it('includes child parts on request', async () => {
    const product = server.organisation.parts.find((entry) => entry.type === 'product')!;
    const family = new Set([product.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const part of server.organisation.parts) {
        if (part.parent_id && family.has(part.parent_id) && !family.has(part.id)) {
          family.add(part.id);
          grew = true;
        }
      }
    }

    const direct = await ids({ applies_to_parts: [product.id] });
    await expectFilter({ applies_to_parts: [product.id], include_child_parts: true }, (incident) =>
      incident.applies_to_parts.some((entry) => family.has(entry.id)),
    );
    expect(direct.length).toBeLessThan(expected((incident) => incident.applies_to_parts.some((entry) => family.has(entry.id))).length);
  });

  it('filters by created_by', async () => {
    const creator = server.organisation.users[4]!.id;
    await expectFilter({ created_by: [creator] }, (incident) => incident.created_by.id === creator);
  });

  it('filters by exact title', async () => {
    const title = all[10]!.title;
    await expectFilter({ title: [title] }, (incident) => incident.title === title);
  });

  it('filters by reported_by', async () => {
    const reporter = server.organisation.reporters[0]!.id;
    await expectFilter({ reported_by: [reporter] }, (incident) => incident.reported_by?.id === reporter);
  });

  it('filters by playbooks', async () => {
    const playbook = all.find((incident) => incident.playbooks.length > 0)!.playbooks[0]!.id;
    await expectFilter({ playbooks: [playbook] }, (incident) => incident.playbooks.some((entry) => entry.id === playbook));
  });

  it('filters by pia', async () => {
    const pia = all.find((incident) => incident.pia.length > 0)!.pia[0]!.id;
    await expectFilter({ pia: [pia] }, (incident) => incident.pia.some((entry) => entry.id === pia));
  });

  it('filters by impacted_customers', async () => {
    const account = all.find((incident) => incident.impact.customer_ids.length > 0)!.impact.customer_ids[0]!.id;
    await expectFilter({ impacted_customers: [account] }, (incident) => incident.impact.customer_ids.some((entry) => entry.id === account));
  });

  it('filters by custom_fields equality', async () => {
    await expectFilter({ custom_fields: { tnt__region: 'eu-west-1' } }, (incident) => incident.custom_fields.tnt__region === 'eu-west-1');
  });

  it('combines filters with AND', async () => {
    const severity = server.organisation.severities[2]!.id;
    const stage = server.organisation.stages[3]!.id;
    await expectFilter({ severity: [severity], stage: [stage] }, (incident) => incident.severity.id === severity && incident.stage.stage.id === stage);
  });

  it('filters by a created_date range, inclusive', async () => {
    const after = all[100]!.created_date;
    const before = all[50]!.created_date;
    const range = { type: 'range', after, before };

    await expectFilter({ created_date: range }, (incident) => incident.created_date >= after && incident.created_date <= before);
    expect(await ids({ created_date: range })).toContain(all[100]!.id);
  });

  it('filters by a last_n_days preset relative to now', async () => {
    const since = new Date(Date.parse(NOW) - 30 * DAY_MS).toISOString();
    await expectFilter({ created_date: { type: 'preset', preset_type: 'last_n_days', days: 30 } }, (incident) => incident.created_date >= since);
  });

  it('filters by a next_n_days preset on target_close_date', async () => {
    const until = new Date(Date.parse(NOW) + 3 * DAY_MS).toISOString();
    await expectFilter(
      { target_close_date: { type: 'preset', preset_type: 'next_n_days', days: 3 } },
      (incident) => incident.target_close_date !== undefined && incident.target_close_date >= NOW && incident.target_close_date <= until,
    );
  });

  it('filters by mitigated_date and modified_date ranges', async () => {
    const after = all[150]!.modified_date;
    await expectFilter({ modified_date: { type: 'range', after } }, (incident) => incident.modified_date >= after);
    await expectFilter(
      { mitigated_date: { type: 'range', before: all[200]!.created_date } },
      (incident) => incident.mitigated_date !== undefined && incident.mitigated_date <= all[200]!.created_date,
    );
  });

  it('filters by every stage date', async () => {
    type Dated = Incident & Record<string, string | undefined>;
    for (const field of ['acknowledged_date', 'identified_date', 'actual_close_date']) {
      const before = all[150]!.created_date;
      await expectFilter({ [field]: { type: 'range', before } }, (incident) => {
        const value = (incident as Dated)[field];
        return value !== undefined && value <= before;
      });
    }
  });

  it('matches nothing for a sync status the mock does not store', async () => {
    expect(await ids({ sync_metadata: { last_sync_in: { status: ['succeeded'] } } })).toEqual([]);
  });
});

describe('incidents.list filters on created incidents', () => {
  it('filters by related_docs, source, staged_info and sync_metadata', async () => {
    const article = server.organisation.articles[7]!.id;
    const created = await api.post('/incidents.create', {
      title: 'Synced from PagerDuty',
      related_docs: [article],
      staged_info: { is_staged: true },
      sync_metadata: { origin_system: 'pagerduty', external_reference: 'PD-123' },
      source: server.organisation.reporters[2]!.id,
    });
    const id = created.body.incident.id;

    try {
      expect(await ids({ related_docs: [article] })).toEqual([id]);
      expect(await ids({ staged_info: { is_staged: true } })).toEqual([id]);
      expect(await ids({ sync_metadata: { origin_system: ['pagerduty'] } })).toEqual([id]);
      expect(await ids({ sync_metadata: { external_reference: ['PD-123'] } })).toEqual([id]);
      expect(await ids({ staged_info: { is_staged: false } })).not.toContain(id);
      expect(await ids({ source: [server.organisation.reporters[2]!.id] })).toEqual([id]);
      expect(await ids({ subtype: ['postmortem'] })).toEqual([]);
    } finally {
      await api.post('/incidents.delete', { id });
    }
  });
});

describe('incidents.list GET form', () => {
  async function getIds(query: Record<string, string>): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const { status, body } = await api.get('/incidents.list', { ...query, limit: 100, ...(cursor ? { cursor } : {}) });
      expect(status).toBe(200);
      found.push(...body.incidents.map((incident: Incident) => incident.id));
      cursor = body.next_cursor;
    } while (cursor);
    return found.sort();
  }

  it('reads comma-separated arrays', async () => {
    const severities = server.organisation.severities.slice(1, 3).map((value) => value.id);
    const stages = server.organisation.stages.slice(0, 2).map((value) => value.id);

    const found = await getIds({ severity: severities.join(','), stage: stages.join(',') });
    expect(found).toEqual(expected((incident) => severities.includes(incident.severity.id) && stages.includes(incident.stage.stage.id)));
  });

  it('reads custom_fields as key,value pairs', async () => {
    const found = await getIds({ custom_fields: 'tnt__region,ap-south-1' });

    expect(found).toEqual(expected((incident) => incident.custom_fields.tnt__region === 'ap-south-1'));
  });

  it('reads dotted parameter names', async () => {
    expect(await getIds({ 'staged_info.is_staged': 'true' })).toEqual([]);
  });
});
