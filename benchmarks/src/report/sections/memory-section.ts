import { walkerLabels } from '../../cases/list-walkers.js';
import type { MemoryResult } from '../../cases/memory.js';
import { formatSpread, table } from '../format.js';

export function renderMemory(result: MemoryResult): string {
  const { settings } = result;
  const body = result.rows.map((row) => [
    row.items.toLocaleString('en-US'),
    walkerLabels[row.walker],
    formatSpread(row.peakRssGrowthMb),
    formatSpread(row.peakRetainedGrowthMb),
  ]);

  return `## 3. Memory

Each walk runs in a new Node.js process with default heap settings. The
process first walks a three-page list, so modules and the connection are in
place, runs a full garbage collection and takes its RSS as the baseline. It
then walks the whole list, ${settings.pageSize} per page without server latency, counting
the incidents and keeping none, and samples its RSS after every page. The
RSS growth is the highest sample minus the baseline. Ten times during the
walk it also runs full garbage collections and samples the JavaScript heap
plus external memory, which is what the walk still references. The retained
growth is the highest of these samples minus the same before the walk.
${settings.repetitions} repetitions per row; median (min–max), in MB (10^6 bytes).

${table(['items', 'walk', 'peak RSS growth, MB', 'peak retained growth, MB'], body)}

The hand-written loop references one page at a time, so its RSS growth is
what Node.js itself needs for parsed pages before the garbage collector
reclaims them. The difference to it, and the retained growth, are what the
iterator keeps, such as its prefetched page.`;
}
