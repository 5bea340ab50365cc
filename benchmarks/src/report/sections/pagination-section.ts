import type { PaginationResult } from '../../cases/pagination.js';
import { walkerLabels } from '../../cases/list-walkers.js';
import { formatRatio, formatSpread, table } from '../format.js';

export function renderPagination(result: PaginationResult): string {
  const { settings } = result;
  const body = result.rows.map((row) => {
    const ours = result.rows.find((candidate) => candidate.walker === 'ours' && candidate.callerWorkMs === row.callerWorkMs);
    return [
      row.callerWorkMs === 0 ? 'none' : `${row.callerWorkMs} ms per page`,
      walkerLabels[row.walker],
      formatSpread(row.totalMs),
      ours === undefined ? '' : formatRatio(row.totalMs.median, ours.totalMs.median),
    ];
  });

  return `## 2. Pagination

A walk over ${settings.totalIncidents.toLocaleString('en-US')} incidents, ${settings.pageSize} per page, from a server
that waits ${settings.serverLatencyMs} ms before sending each page. devrev-ts iterates
\`incidents.list({ limit: ${settings.pageSize} })\` with \`for await\` and its default
prefetch of one page; the hand-written loops request the next page only
after the caller has finished with the current one. The caller work is an
awaited ${settings.callerWorkMs} ms timer after each page, standing in for I/O such as a database
write. ${settings.repetitions} repetitions. Times are for the whole walk, median (min–max), in ms.
A ratio above 1.00× means ours is faster.

${table(['caller work', 'walk', 'total ms', 'this ÷ ours'], body)}`;
}
