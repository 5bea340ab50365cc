import { createDevRevClient } from '@devrev-ts/core';
import { describe, expect, it } from 'vitest';

import { createIncidentsService, IncidentSeverity, IncidentStage } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

const mock = useMockServer();

const lookupPaths = ['/schemas.stock.get', '/stage-diagrams.list', '/stages.custom.list'];

function lookups(): string[] {
  return mock.sentPaths().filter((path) => lookupPaths.includes(path));
}

describe('organisation look-ups', () => {
  it('run once for concurrent first calls', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        mock.incidents.create({ title: `Concurrent ${index}`, severity: IncidentSeverity.SEV2, stage: IncidentStage.IDENTIFIED }),
      ),
    );

    expect(lookups().sort()).toEqual(['/schemas.stock.get', '/stage-diagrams.list']);
    expect(mock.sentPaths().filter((path) => path === '/incidents.create')).toHaveLength(10);
  });

  it('are shared by services on one client', async () => {
    const second = createIncidentsService(mock.client);
    await mock.incidents.create({ title: 'First', severity: IncidentSeverity.SEV1 });
    await second.create({ title: 'Second', severity: IncidentSeverity.SEV1 });

    expect(lookups()).toEqual(['/schemas.stock.get']);
  });

  it('are skipped when maps are supplied', async () => {
    const sev1 = mock.server.organisation.severities.find((severity) => severity.label === 'Sev1')!;
    const mitigated = mock.server.organisation.stages.find((stage) => stage.name === 'Mitigated')!;
    const incidents = createIncidentsService(mock.client, {
      enums: { severity: { SEV1: sev1.id }, stage: { MITIGATED: mitigated.id } },
    });

    await incidents.create({ title: 'Mapped', severity: IncidentSeverity.SEV1, stage: IncidentStage.MITIGATED });

    expect(lookups()).toEqual([]);
    expect(mock.sent.at(-1)?.body).toMatchObject({ severity: sev1.id, stage: { stage: mitigated.id } });
  });

  it('reject a name missing from supplied maps, listing what they contain', async () => {
    const incidents = createIncidentsService(mock.client, { enums: { severity: { SEV1: 7 } } });

    const error = await incidents.create({ title: 'x', severity: IncidentSeverity.SEV0 }).catch((caught: unknown) => caught);

    expect((error as Error).message).toBe("Unknown severity \"SEV0\": the organisation's severities are SEV1 (id 7).");
    expect(mock.sent).toEqual([]);
  });

  it('are retried after a failed first look-up', async () => {
    const wrongToken = createDevRevClient({ token: 'not-the-token', baseUrl: mock.server.url });
    const failing = createIncidentsService(wrongToken);
    await expect(failing.create({ title: 'x', severity: IncidentSeverity.SEV1 })).rejects.toThrow(/401/);

    await mock.incidents.create({ title: 'After failure', severity: IncidentSeverity.SEV1 });
    await mock.incidents.create({ title: 'Cached now', severity: IncidentSeverity.SEV1 });

    expect(lookups()).toEqual(['/schemas.stock.get']);
  });
});
