import { walkerLabels } from '../../cases/list-walkers.js';
import type { MemoryResult } from '../../cases/memory.js';
import { formatSpread, table } from '../format.js';

export function renderMemory(result: MemoryResult): string {
  const { settings } = result;
  const body = result.rows.map((row) => [row.items.toLocaleString('en-US'), walkerLabels[row.walker], formatSpread(row.peakGrowthMb)]);

  return `## 3. Memory

Each walk runs in a new Node.js process with default heap settings. The
process first walks a three-page list, so modules and the connection are in
place, runs a full garbage collection and takes its RSS as the baseline. It
then walks the whole list, ${settings.pageSize} per page without server latency, counting
the incidents and keeping none, and samples its RSS after every page. The
growth is the highest sample minus the baseline. ${settings.repetitions} repetitions per row;
median (min–max), in MB (10^6 bytes).

${table(['items', 'walk', 'peak RSS growth, MB'], body)}

The hand-written loop holds one page at a time, so it shows what Node.js
itself needs for the parsed pages before the garbage collector reclaims them;
the difference to it is what the iterator holds, such as its prefetched page.`;
}
