import { describe, expect, it } from 'vitest';

import { type Incident, IncidentSeverity, IncidentStage, severityOf, stageOf } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

const SEEDED = 120;
const mock = useMockServer({ incidents: SEEDED });

async function collect(iterable: AsyncIterable<Incident>): Promise<Incident[]> {
  const items: Incident[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

describe('incidents.list', () => {
  it('returns one page when awaited', async () => {
    const page = await mock.incidents.list({ limit: 25 });

    expect(page.incidents).toHaveLength(25);
    expect(page.next_cursor).toEqual(expect.any(String));
    expect(mock.sentPaths()).toEqual(['/incidents.list']);
  });

  it('walks every incident once with for await', async () => {
    const all = await collect(mock.incidents.list({ limit: 25 }));

    expect(all).toHaveLength(SEEDED);
    expect(new Set(all.map((incident) => incident.id)).size).toBe(SEEDED);
    expect(mock.sentPaths().filter((path) => path === '/incidents.list')).toHaveLength(Math.ceil(SEEDED / 25));
  });

  it('stops at maxItems', async () => {
    const some = await collect(mock.incidents.list({ limit: 10 }, { maxItems: 15 }));

    expect(some).toHaveLength(15);
    expect(mock.sentPaths()).toHaveLength(2);
  });

  it('filters by severity and stage names, sent as ids', async () => {
    const matching = await collect(
      mock.incidents.list({
        stage: [IncidentStage.ACKNOWLEDGED, IncidentStage.IDENTIFIED],
        severity: [IncidentSeverity.SEV0, IncidentSeverity.SEV1],
        limit: 20,
      }),
    );

    expect(matching.length).toBeGreaterThan(0);
    for (const incident of matching) {
      expect(['SEV0', 'SEV1']).toContain(severityOf(incident));
      expect(['ACKNOWLEDGED', 'IDENTIFIED']).toContain(stageOf(incident));
    }

    const body = mock.sent.find((request) => request.path === '/incidents.list')?.body;
    const severityIds = mock.server.organisation.severities
      .filter((severity) => severity.label === 'Sev0' || severity.label === 'Sev1')
      .map((severity) => severity.id);
    expect(body?.severity).toEqual(severityIds);
    expect((body?.stage as string[]).every((id) => id.startsWith('don:'))).toBe(true);
  });

  it('filters by a created_date range', async () => {
    const all = await collect(mock.incidents.list({ limit: 100 }));
    const dates = all.map((incident) => Date.parse(incident.created_date!)).sort((a, b) => a - b);
    const middle = new Date(dates[Math.floor(dates.length / 2)]!);

    const recent = await collect(mock.incidents.list({ created_date: { after: middle }, limit: 100 }));

    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    for (const incident of recent) {
      expect(Date.parse(incident.created_date!)).toBeGreaterThanOrEqual(middle.getTime());
    }
    const body = mock.sent.at(-1)?.body;
    expect(body?.created_date).toEqual({ type: 'range', after: middle.toISOString() });
  });

  it('sends a last-N-days preset in the spec form', async () => {
    await mock.incidents.list({ modified_date: { lastDays: 30 } });

    expect(mock.sent.at(-1)?.body?.modified_date).toEqual({ type: 'preset', preset_type: 'last_n_days', days: 30 });
  });

  it('sorts by created_date ascending', async () => {
    const sorted = await collect(mock.incidents.list({ sort_by: ['created_date:asc'], limit: 50 }));
    const times = sorted.map((incident) => Date.parse(incident.created_date!));

    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('walks backwards with mode before', async () => {
    const first = await mock.incidents.list({ limit: 10 });
    const second = await mock.incidents.list({ limit: 10, cursor: first.next_cursor });

    const before = await collect(mock.incidents.list({ mode: 'before', cursor: second.prev_cursor, limit: 5 }));

    expect(before.map((incident) => incident.id).sort()).toEqual(first.incidents.map((incident) => incident.id).sort());
  });

  it('exposes pages and the cursor for checkpoints', async () => {
    const call = mock.incidents.list({ limit: 50 });
    const cursors: (string | undefined)[] = [];
    for await (const page of call.paginator.pages()) {
      cursors.push(page.nextCursor);
      expect(call.paginator.cursor).toBe(page.nextCursor);
    }

    expect(cursors).toHaveLength(Math.ceil(SEEDED / 50));
    expect(cursors.at(-1)).toBeUndefined();
  });

  it('resumes from a checkpoint with no repeats or gaps', async () => {
    const first = mock.incidents.list({ limit: 10 });
    const seen: string[] = [];
    for await (const incident of first) {
      seen.push(incident.id);
      if (seen.length === 15) {
        break;
      }
    }

    const resumed = await collect(mock.incidents.list({ limit: 10 }, { resumeFrom: first.checkpoint }));
    const ids = [...seen, ...resumed.map((incident) => incident.id)];

    expect(ids).toHaveLength(SEEDED);
    expect(new Set(ids).size).toBe(SEEDED);
  });
});
