import { describe, expect, it } from 'vitest';

import { IncidentSeverity, IncidentStage, severityOf, stageOf } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

const mock = useMockServer();

function severityId(label: string): number {
  const severity = mock.server.organisation.severities.find((candidate) => candidate.label === label);
  if (severity === undefined) {
    throw new Error(`The mock organisation has no severity labelled ${label}.`);
  }
  return severity.id;
}

function stageId(name: string): string {
  const stage = mock.server.organisation.stages.find((candidate) => candidate.name === name);
  if (stage === undefined) {
    throw new Error(`The mock organisation has no stage named ${name}.`);
  }
  return stage.id;
}

function lastCreateBody(): Record<string, unknown> | undefined {
  return mock.sent.filter((request) => request.path === '/incidents.create').at(-1)?.body;
}

describe('incidents.create', () => {
  it('sends a severity name as the organisation id', async () => {
    const incident = await mock.incidents.create({ title: 'Disk full', severity: IncidentSeverity.SEV1 });

    expect(lastCreateBody()?.severity).toBe(severityId('Sev1'));
    expect(severityOf(incident)).toBe(IncidentSeverity.SEV1);
    expect(incident.display_id).toMatch(/^INC-\d+$/);
  });

  it('sends a numeric severity id unchanged and with no look-up', async () => {
    const id = severityId('Sev2');
    const incident = await mock.incidents.create({ title: 'Slow search', severity: id });

    expect(lastCreateBody()?.severity).toBe(id);
    expect(severityOf(incident)).toBe(IncidentSeverity.SEV2);
    expect(mock.sentPaths()).toEqual(['/incidents.create']);
  });

  it('sends a stage name as { stage: <id> }', async () => {
    const incident = await mock.incidents.create({ title: 'Queue backlog', stage: IncidentStage.IDENTIFIED });

    expect(lastCreateBody()?.stage).toEqual({ stage: stageId('Identified') });
    expect(stageOf(incident)).toBe(IncidentStage.IDENTIFIED);
  });

  it('sends a stage with notes', async () => {
    await mock.incidents.create({ title: 'Queue backlog', stage: { stage: IncidentStage.ACKNOWLEDGED, notes: 'paged on-call' } });

    expect(lastCreateBody()?.stage).toEqual({ stage: stageId('Acknowledged'), notes: 'paged on-call' });
  });

  it('sends a stage id unchanged', async () => {
    const id = stageId('Mitigated');
    const incident = await mock.incidents.create({ title: 'Queue backlog', stage: id });

    expect(lastCreateBody()?.stage).toEqual({ stage: id });
    expect(stageOf(incident)).toBe(IncidentStage.MITIGATED);
  });

  it('sends Dates and ISO strings as ISO strings', async () => {
    const acknowledged = new Date('2026-03-01T10:00:00.000Z');
    await mock.incidents.create({
      title: 'Certificate expired',
      acknowledged_date: acknowledged,
      target_close_date: '2026-03-02T00:00:00Z',
      identified_date: '2024-02-29T10:00:00.123+05:30',
    });

    expect(lastCreateBody()?.acknowledged_date).toBe('2026-03-01T10:00:00.000Z');
    expect(lastCreateBody()?.target_close_date).toBe('2026-03-02T00:00:00Z');
    expect(lastCreateBody()?.identified_date).toBe('2024-02-29T10:00:00.123+05:30');
  });

  it('passes owners, parts and other spec fields through', async () => {
    const owner = mock.server.organisation.users[0]!.id;
    const part = mock.server.organisation.parts[0]!.id;
    const incident = await mock.incidents.create({
      title: 'Database connection pool exhausted',
      body: 'Connection timeouts',
      owned_by: [owner],
      applies_to_parts: [part],
    });

    expect(lastCreateBody()).toMatchObject({ owned_by: [owner], applies_to_parts: [part], body: 'Connection timeouts' });
    expect(incident.owned_by?.map((user) => user.id)).toEqual([owner]);
    expect(incident.applies_to_parts?.map((applied) => applied.id)).toEqual([part]);
  });

  it('leaves the caller input unchanged', async () => {
    const input = { title: 'Input kept', severity: IncidentSeverity.SEV3, acknowledged_date: new Date(0) };
    const copy = structuredClone(input);
    await mock.incidents.create(input);

    expect(input).toEqual(copy);
  });

  it('rejects an unknown severity name, listing the organisation values', async () => {
    // @ts-expect-error: SEV9 is not a severity name.
    const error = await mock.incidents.create({ title: 'x', severity: 'SEV9' }).catch((caught: unknown) => caught);

    expect((error as Error).message).toMatch(/Unknown severity "SEV9": the organisation's severities are SEV0 \(id \d+\), SEV1/);
    expect(mock.sentPaths()).not.toContain('/incidents.create');
  });

  it('rejects an unknown stage name, listing the organisation stages', async () => {
    const error = await mock.incidents.create({ title: 'x', stage: 'Postmortem' }).catch((caught: unknown) => caught);

    expect((error as Error).message).toMatch(/Unknown stage "Postmortem": the organisation's incident stages are ACKNOWLEDGED \(don:/);
    expect(mock.sentPaths()).not.toContain('/incidents.create');
  });
});
