// Entry point of one memory measurement, in a process of its own so that its
// RSS contains nothing but one walk. Started by runMemory() with the server URL,
// the walker and the page size; sends a MemoryWalkReport over IPC and exits.
import { createListWalkers, type Walker } from './list-walkers.js';

export interface MemoryWalkReport {
  itemsSeen: number;
  baselineRssBytes: number;
  peakRssBytes: number;
}

const [url, walker, pageSizeText] = process.argv.slice(2);
if (url === undefined || walker === undefined || pageSizeText === undefined) {
  throw new Error('Usage: memory-walk-main <server url> <walker> <page size>');
}
const pageSize = Number(pageSizeText);
const walk = createListWalkers(url)[walker as Walker];

// Loads every module a walk touches and opens the connection before the
// baseline is taken, so that the growth counts only what the walk holds.
await walk(pageSize, undefined);
globalThis.gc?.();
const baselineRssBytes = process.memoryUsage.rss();

// Sampled once per page, which is when a walk's memory peaks: a whole page
// has just been parsed and none of it can be collected yet.
let peakRssBytes = baselineRssBytes;
const sample = async (): Promise<void> => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
};

process.send?.({ type: 'ready' });
await new Promise<void>((resolve) => process.once('message', () => resolve()));

const itemsSeen = await walk(pageSize, sample);
process.send?.({ itemsSeen, baselineRssBytes, peakRssBytes } satisfies MemoryWalkReport, () => process.exit(0));
