// The consumer of consumers/devrev-ts.ts, written against DevRev's official
// @devrev/typescript-sdk: it has no iterator, so the walk is a cursor loop,
// and severity is the organisation's numeric id.
import { client } from '@devrev/typescript-sdk';

export async function reportOpenIncidents(baseUrl: string): Promise<string[]> {
  const api = client.setupBeta({ endpoint: baseUrl, token: process.env.DEVREV_TOKEN });

  const { data: created } = await api.incidentsCreate({ title: 'Checkout errors', severity: 1 });

  const { data: firstPage } = await api.incidentsListPost({ limit: 25 });
  const lines = firstPage.incidents.map((incident) => `${incident.display_id}: ${incident.title}`);

  let cursor: string | undefined;
  do {
    const { data: page } = await api.incidentsListPost(cursor === undefined ? { limit: 100 } : { limit: 100, cursor });
    for (const incident of page.incidents) {
      if (incident.id !== created.incident.id) {
        lines.push(`${incident.display_id}: ${incident.severity?.label ?? 'no severity'}`);
      }
    }
    cursor = page.next_cursor;
  } while (cursor !== undefined && cursor !== '');
  return lines;
}
