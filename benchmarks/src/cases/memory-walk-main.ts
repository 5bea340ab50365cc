// Entry point of one memory measurement, in a process of its own so that its
// RSS contains nothing but one walk. Started by runMemory() with the server
// URL, the walker, the page size and the item count. Sends a MemoryWalkReport
// over IPC and exits.
import { setImmediate as nextTurn } from 'node:timers/promises';

import { createListWalkers, type Walker } from './list-walkers.js';

export interface MemoryWalkReport {
  itemsSeen: number;
  /** Highest RSS sampled during the walk, minus the RSS before it. */
  peakRssGrowthBytes: number;
  /** Highest JavaScript heap plus external memory left after full garbage collections during the walk, minus the same before it. */
  peakRetainedGrowthBytes: number;
}

/** Number of full garbage collections spread over the walk, each followed by a sample of the memory still in use. */
const retainedSamples = 10;

const [url, walker, pageSizeText, itemCountText] = process.argv.slice(2);
if (url === undefined || walker === undefined || pageSizeText === undefined || itemCountText === undefined) {
  throw new Error('Usage: memory-walk-main <server url> <walker> <page size> <item count>');
}
const pageSize = Number(pageSizeText);
const pagesBetweenCollections = Math.max(1, Math.floor(Math.ceil(Number(itemCountText) / pageSize) / retainedSamples));
const walk = createListWalkers(url)[walker as Walker];

const collectGarbage = globalThis.gc;
if (collectGarbage === undefined) {
  throw new Error('Missing global gc(): start memory-walk-main with `node --expose-gc`.');
}

// Buffers that a collection frees stay counted as external memory until their
// finalizers run on a later turn of the event loop (observed on Node.js 20),
// so a second collection after one turn comes before the sample.
const retainedBytes = async (): Promise<number> => {
  collectGarbage();
  await nextTurn();
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

// Loads every module a walk touches and opens the connection before the
// baseline is taken, so that the growth counts only what the walk keeps.
await walk(pageSize, undefined);
const baselineRetainedBytes = await retainedBytes();
const baselineRssBytes = process.memoryUsage.rss();

// Sampled once per page, after the caller has handled the page's items and
// while the page is still referenced, so it cannot have been collected yet.
let peakRssBytes = baselineRssBytes;
let peakRetainedBytes = baselineRetainedBytes;
let pagesSeen = 0;
const sample = async (): Promise<void> => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());

  pagesSeen++;
  if (pagesSeen % pagesBetweenCollections === 0) {
    peakRetainedBytes = Math.max(peakRetainedBytes, await retainedBytes());
  }
};

process.send?.({ type: 'ready' });
await new Promise<void>((resolve) => process.once('message', () => resolve()));

const itemsSeen = await walk(pageSize, sample);
const report: MemoryWalkReport = {
  itemsSeen,
  peakRssGrowthBytes: peakRssBytes - baselineRssBytes,
  peakRetainedGrowthBytes: peakRetainedBytes - baselineRetainedBytes,
};
process.send?.(report, () => process.exit(0));
