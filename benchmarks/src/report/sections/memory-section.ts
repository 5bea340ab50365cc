import { walkerLabels } from '../../cases/list-walkers.js';
import type { MemoryResult } from '../../cases/memory.js';
import { formatSpread, table } from '../format.js';

export function renderMemory(result: MemoryResult): string {
  const { settings } = result;
  const fixedFlags = `\`${settings.fixedHeapFlags.join(' ')}\``;
  const body = result.rows.map((row) => [
    row.items.toLocaleString('en-US'),
    row.heap === 'default' ? 'Node.js defaults' : fixedFlags,
    walkerLabels[row.walker],
    formatSpread(row.peakRssGrowthMb),
    formatSpread(row.youngGenerationGrowthMb),
    formatSpread(row.arrayBufferGrowthMb),
    formatSpread(row.peakRetainedGrowthMb),
  ]);
  const headers = [
    'items',
    'heap settings',
    'walk',
    'peak RSS growth, MB',
    'young generation at the peak, MB',
    'ArrayBuffers at the peak, MB',
    'peak retained growth, MB',
  ];

  return `## 3. Memory

Each walk runs in a new Node.js process. The process first walks a
three-page list, so modules and the connection are in place, runs a full
garbage collection and takes its RSS as the baseline. It then walks the whole
list, ${settings.pageSize} per page without server latency, counting the incidents and
keeping none, and samples its RSS after every page. The RSS growth is the
highest sample minus the baseline. At that highest sample it also reads how
much V8's young generation (new space and its large objects) and the memory
behind ArrayBuffers, such as response bodies not yet collected, have grown.
Ten times during the walk it runs full garbage collections and samples the
JavaScript heap plus external memory, which is what the walk still
references. The retained growth is the highest of these samples minus the
same before the walk.

Every walk runs twice: once with Node.js's default heap settings, and once
with ${fixedFlags}, given alike to every walker. With the defaults, V8 lets
the young generation grow while a program keeps allocating short-lived
objects, so a longer walk reaches a larger young generation, and more
response bodies wait in memory for the next collection. The hand-written loop
grows as much as ours, so this growth comes from Node.js rather than from
either client. The fixed rows cap the young generation, and the old
generation that a small young generation promotes more garbage into, so they
show whether anything else grows with the item count.
${settings.repetitions} repetitions, each of which runs every row once; median (min–max), in MB (10^6 bytes).

${table(headers, body)}

Even a walk of six pages grows by 14 to 25 MB. Once undici's WebAssembly
HTTP parser, which Node's fetch uses, has run enough, V8 compiles it with its
optimizing tier, and that happens after the three-page warm-up. Every row
carries this peak once. In the fixed-heap rows it is larger than the heap
growth that still rises with the item count, so those rows look flatter than
that growth is. The notes "Memory: where the growth comes from" below have
the numbers.

The hand-written loop references one page at a time, so its RSS growth is
what Node.js itself needs for parsed pages before the garbage collector
reclaims them. The difference to it, and the retained growth, are what the
iterator keeps, such as its prefetched page.`;
}
