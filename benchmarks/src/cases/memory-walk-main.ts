// Entry point of one memory measurement, in a process of its own so that its
// RSS contains nothing but one walk. Started by runMemory() with the server
// URL, the walker, the page size and the item count. Sends a MemoryWalkReport
// over IPC and exits.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { getHeapSpaceStatistics } from 'node:v8';

import { createListWalkers, type Walker } from './list-walkers.js';

export interface MemoryWalkReport {
  itemsSeen: number;
  /** Highest RSS sampled during the walk, minus the RSS before it. */
  peakRssGrowthBytes: number;
  /** Highest JavaScript heap plus external memory left after full garbage collections during the walk, minus the same before it. */
  peakRetainedGrowthBytes: number;
  /** Growth of V8's young generation (new space and its large objects), in physical bytes, at the RSS peak. */
  youngGenerationGrowthBytes: number;
  /** Growth of the memory behind ArrayBuffers, such as response bodies not yet collected, at the RSS peak. */
  arrayBufferGrowthBytes: number;
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

const youngGenerationBytes = (): number =>
  getHeapSpaceStatistics()
    .filter((space) => space.space_name === 'new_space' || space.space_name === 'new_large_object_space')
    .reduce((total, space) => total + space.physical_space_size, 0);

// Loads every module a walk touches and opens the connection before the
// baseline is taken, so that the growth counts only what the walk keeps.
await walk(pageSize, undefined);
const baselineRetainedBytes = await retainedBytes();
const baselineRssBytes = process.memoryUsage.rss();
const baselineYoungBytes = youngGenerationBytes();
const baselineArrayBufferBytes = process.memoryUsage().arrayBuffers;

// Sampled once per page, after the caller has handled the page's items and
// while the page is still referenced, so it cannot have been collected yet.
// The breakdown is read only when the RSS reaches a new peak, because the
// full process.memoryUsage() costs more than reading the RSS alone.
let peakRssBytes = baselineRssBytes;
let youngBytesAtPeak = baselineYoungBytes;
let arrayBufferBytesAtPeak = baselineArrayBufferBytes;
let peakRetainedBytes = baselineRetainedBytes;
let pagesSeen = 0;
const sample = async (): Promise<void> => {
  const rssBytes = process.memoryUsage.rss();
  if (rssBytes > peakRssBytes) {
    peakRssBytes = rssBytes;
    youngBytesAtPeak = youngGenerationBytes();
    arrayBufferBytesAtPeak = process.memoryUsage().arrayBuffers;
  }

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
  youngGenerationGrowthBytes: youngBytesAtPeak - baselineYoungBytes,
  arrayBufferGrowthBytes: arrayBufferBytesAtPeak - baselineArrayBufferBytes,
};
process.send?.(report, () => process.exit(0));
