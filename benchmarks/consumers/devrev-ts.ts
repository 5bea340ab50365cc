// The consumer that the bundle-size and type-check cases build: it creates an
// incident, reads one page of the list and walks the whole list, the way a
// user of devrev-ts writes it. consumers/official-sdk.ts does the same
// through @devrev/typescript-sdk.
import { createDevRevClient } from '@devrev-ts/core';
import { createIncidentsService, IncidentSeverity } from '@devrev-ts/incidents';

export async function reportOpenIncidents(baseUrl: string): Promise<string[]> {
  const incidents = createIncidentsService(createDevRevClient({ baseUrl, token: process.env.DEVREV_TOKEN }));

  const created = await incidents.create({ title: 'Checkout errors', severity: IncidentSeverity.SEV1 });

  const firstPage = await incidents.list({ limit: 25 });
  const lines = firstPage.incidents.map((incident) => `${incident.display_id}: ${incident.title}`);

  for await (const incident of incidents.list({ limit: 100 })) {
    if (incident.id !== created.id) {
      lines.push(`${incident.display_id}: ${incident.severity?.label ?? 'no severity'}`);
    }
  }
  return lines;
}
