import type { DevRevClient } from '../../src/index.js';

/** Reads every incident title from the server, page by page, in the order listed. */
export async function listIncidentTitles(client: DevRevClient): Promise<string[]> {
  const titles: string[] = [];
  let cursor: string | undefined;

  do {
    const { data } = await client.POST('/incidents.list', { body: { limit: 100, cursor } });
    if (data === undefined) {
      throw new Error('incidents.list returned no body');
    }
    titles.push(...data.incidents.map((incident) => incident.title ?? ''));
    cursor = data.next_cursor;
  } while (cursor !== undefined);

  return titles;
}

/** Counts how often each title occurs. */
export function countTitles(titles: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) {
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return counts;
}
