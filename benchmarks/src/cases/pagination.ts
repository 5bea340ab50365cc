import { setTimeout as sleep } from 'node:timers/promises';

import type { ServerProcess } from '../server/start-server-process.js';
import type { BenchSettings } from '../settings.js';
import { spreadOf, type Spread } from '../stats.js';
import { createListWalkers, type Walker } from './list-walkers.js';

export interface PaginationRow {
  walker: Walker;
  callerWorkMs: number;
  totalMs: Spread;
}

export interface PaginationResult {
  settings: BenchSettings['pagination'];
  rows: PaginationRow[];
}

const walkers: Walker[] = ['ours', 'handFetch', 'handOfficial'];

/**
 * Times a walk over the whole list through our iterator and through
 * hand-written cursor loops, with no caller work and with an awaited delay
 * per page. The delay stands for I/O such as a database write, which leaves
 * the event loop free, so a prefetched request can proceed meanwhile.
 */
export async function runPagination(server: ServerProcess, settings: BenchSettings['pagination']): Promise<PaginationResult> {
  await server.configureList({ totalIncidents: settings.totalIncidents, pageLatencyMs: settings.serverLatencyMs });
  const walks = createListWalkers(server.url);

  // One short walk each, so the first measured one does not pay for module and connection setup.
  await server.configureList({ totalIncidents: settings.pageSize * 3, pageLatencyMs: settings.serverLatencyMs });
  for (const walker of walkers) {
    await walks[walker](settings.pageSize, undefined);
  }
  await server.configureList({ totalIncidents: settings.totalIncidents, pageLatencyMs: settings.serverLatencyMs });

  const rows: PaginationRow[] = [];
  for (const callerWorkMs of [0, settings.callerWorkMs]) {
    const afterPage = callerWorkMs === 0 ? undefined : () => sleep(callerWorkMs);
    const times = new Map<Walker, number[]>(walkers.map((walker) => [walker, []]));

    for (let repetition = 0; repetition < settings.repetitions; repetition++) {
      for (const walker of walkers) {
        const start = performance.now();
        const seen = await walks[walker](settings.pageSize, afterPage);
        times.get(walker)?.push(performance.now() - start);

        if (seen !== settings.totalIncidents) {
          throw new Error(`${walker} walked ${seen} incidents; expected ${settings.totalIncidents}.`);
        }
      }
    }

    for (const walker of walkers) {
      rows.push({ walker, callerWorkMs, totalMs: spreadOf(times.get(walker) ?? []) });
    }
  }

  return { settings, rows };
}
