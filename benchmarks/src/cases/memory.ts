import { once } from 'node:events';

import { forkModule, waitForMessage } from '../child-process.js';
import type { ServerProcess } from '../server/start-server-process.js';
import type { BenchSettings } from '../settings.js';
import { spreadOf, type Spread } from '../stats.js';
import type { Walker } from './list-walkers.js';
import type { MemoryWalkReport } from './memory-walk-main.js';

/** Heap settings of a walk's process: Node.js defaults, or the settings' `fixedHeapFlags`. */
export type MemoryHeap = 'default' | 'fixed';

export interface MemoryRow {
  heap: MemoryHeap;
  walker: Walker;
  items: number;
  peakRssGrowthMb: Spread;
  peakRetainedGrowthMb: Spread;
  /** Young generation growth at the RSS peak. */
  youngGenerationGrowthMb: Spread;
  /** ArrayBuffer memory growth at the RSS peak. */
  arrayBufferGrowthMb: Spread;
}

export interface MemoryResult {
  settings: BenchSettings['memory'];
  rows: MemoryRow[];
}

const heaps: MemoryHeap[] = ['default', 'fixed'];
const walkers: Walker[] = ['ours', 'handFetch'];

/**
 * Measures how much a walk over the whole list raises the RSS of a fresh
 * process, and the memory still in use after full garbage collections during
 * the walk, at two list sizes. The items are counted and dropped, so an
 * iterator that keeps nothing back should grow by about the same amount at both.
 *
 * Every walk runs once with Node.js's default heap settings and once with the
 * fixed ones. Each repetition runs every combination once, so that a busy
 * spell on the shared machine spreads over all rows rather than one.
 */
export async function runMemory(server: ServerProcess, settings: BenchSettings['memory']): Promise<MemoryResult> {
  const combinations = heaps.flatMap((heap) =>
    settings.itemCounts.flatMap((items) => walkers.map((walker) => ({ heap, items, walker }))),
  );
  const reports = combinations.map((): MemoryWalkReport[] => []);

  for (let repetition = 0; repetition < settings.repetitions; repetition++) {
    for (const [index, { heap, items, walker }] of combinations.entries()) {
      const nodeFlags = heap === 'fixed' ? settings.fixedHeapFlags : [];
      const report = await measureWalk(server, walker, items, settings.pageSize, nodeFlags);
      if (report.itemsSeen !== items) {
        throw new Error(`${walker} walked ${report.itemsSeen} incidents; expected ${items}.`);
      }
      reports[index]?.push(report);
    }
  }

  const rows = combinations.map(({ heap, items, walker }, index): MemoryRow => {
    const walks = reports[index] ?? [];
    return {
      heap,
      walker,
      items,
      peakRssGrowthMb: spreadOf(walks.map((report) => report.peakRssGrowthBytes / 1e6)),
      peakRetainedGrowthMb: spreadOf(walks.map((report) => report.peakRetainedGrowthBytes / 1e6)),
      youngGenerationGrowthMb: spreadOf(walks.map((report) => report.youngGenerationGrowthBytes / 1e6)),
      arrayBufferGrowthMb: spreadOf(walks.map((report) => report.arrayBufferGrowthBytes / 1e6)),
    };
  });
  return { settings, rows };
}

async function measureWalk(
  server: ServerProcess,
  walker: Walker,
  items: number,
  pageSize: number,
  nodeFlags: string[],
): Promise<MemoryWalkReport> {
  // The child's warm-up walk, before its baseline, covers three short pages.
  await server.configureList({ totalIncidents: pageSize * 3, pageLatencyMs: 0 });
  const args = [server.url, walker, String(pageSize), String(items)];
  const child = forkModule(new URL('./memory-walk-main.ts', import.meta.url), args, ['--expose-gc', ...nodeFlags]);
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
