import { once } from 'node:events';

import { forkModule, waitForMessage } from '../child-process.js';
import type { ServerProcess } from '../server/start-server-process.js';
import type { BenchSettings } from '../settings.js';
import { spreadOf, type Spread } from '../stats.js';
import type { Walker } from './list-walkers.js';
import type { MemoryWalkReport } from './memory-walk-main.js';

export interface MemoryRow {
  walker: Walker;
  items: number;
  peakRssGrowthMb: Spread;
  peakRetainedGrowthMb: Spread;
}

export interface MemoryResult {
  settings: BenchSettings['memory'];
  rows: MemoryRow[];
}

const walkers: Walker[] = ['ours', 'handFetch'];

/**
 * Measures how much a walk over the whole list raises the RSS of a fresh
 * process, and the memory still in use after full garbage collections during
 * the walk, at two list sizes. The items are counted and dropped, so an
 * iterator that keeps nothing back should grow by about the same amount at both.
 */
export async function runMemory(server: ServerProcess, settings: BenchSettings['memory']): Promise<MemoryResult> {
  const rows: MemoryRow[] = [];

  for (const items of settings.itemCounts) {
    for (const walker of walkers) {
      const reports: MemoryWalkReport[] = [];
      for (let repetition = 0; repetition < settings.repetitions; repetition++) {
        const report = await measureWalk(server, walker, items, settings.pageSize);
        if (report.itemsSeen !== items) {
          throw new Error(`${walker} walked ${report.itemsSeen} incidents; expected ${items}.`);
        }
        reports.push(report);
      }
      rows.push({
        walker,
        items,
        peakRssGrowthMb: spreadOf(reports.map((report) => report.peakRssGrowthBytes / 1e6)),
        peakRetainedGrowthMb: spreadOf(reports.map((report) => report.peakRetainedGrowthBytes / 1e6)),
      });
    }
  }

  return { settings, rows };
}

async function measureWalk(server: ServerProcess, walker: Walker, items: number, pageSize: number): Promise<MemoryWalkReport> {
  // The child's warm-up walk, before its baseline, covers three short pages.
  await server.configureList({ totalIncidents: pageSize * 3, pageLatencyMs: 0 });
  const args = [server.url, walker, String(pageSize), String(items)];
  const child = forkModule(new URL('./memory-walk-main.ts', import.meta.url), args, ['--expose-gc']);
  const exited = once(child, 'exit');

  try {
    await waitForMessage(child, (message) => ((message as { type?: string }).type === 'ready' ? true : undefined));
    await server.configureList({ totalIncidents: items, pageLatencyMs: 0 });

    const report = waitForMessage(child, (message) => ((message as Partial<MemoryWalkReport>).itemsSeen === undefined ? undefined : (message as MemoryWalkReport)));
    child.send({ type: 'go' });
    return await report;
  } finally {
    await exited.catch(() => undefined);
  }
}
