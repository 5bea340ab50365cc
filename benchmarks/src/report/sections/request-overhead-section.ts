import type { RequestOverheadResult } from '../../cases/request-overhead.js';
import { competitors } from '../../competitors.js';
import type { BenchSettings } from '../../settings.js';
import { formatRatio, formatSpread, table } from '../format.js';

export function renderRequestOverhead(result: RequestOverheadResult, settings: BenchSettings['requestOverhead']): string {
  const concurrencies = [...new Set(result.rows.map((row) => row.concurrency))];

  const tables = concurrencies.map((concurrency) => {
    const rows = result.rows.filter((row) => row.concurrency === concurrency);
    const ours = rows.find((row) => row.competitor === 'ours');
    const body = rows.map((row) => [
      competitors[row.competitor],
      formatSpread(row.p50Ms),
      formatSpread(row.p99Ms),
      formatSpread(row.requestsPerSecond),
      ours === undefined ? '' : formatRatio(ours.p50Ms.median, row.p50Ms.median),
      ours === undefined ? '' : formatRatio(ours.requestsPerSecond.median, row.requestsPerSecond.median),
    ]);
    const heading = `Concurrency ${concurrency}, ${(result.requestsPerRound[concurrency] ?? 0).toLocaleString('en-US')} requests per client and repetition:`;
    return `${heading}\n\n${table(['client', 'p50 ms', 'p99 ms', 'requests/s', 'ours ÷ this, p50', 'ours ÷ this, requests/s'], body)}`;
  });

  return `## 1. Per-request overhead of \`incidents.get\`

Each client sends \`POST /incidents.get\` to the benchmark server, in its own
process on 127.0.0.1, which returns one fixed incident of about 2 kB; the
caller reads the incident's title from the parsed body. devrev-ts goes
through \`createIncidentsService(createDevRevClient(...)).get(id)\`, and its
core client alone through \`unwrap(client.POST('/incidents.get', ...))\`;
openapi-fetch is a bare \`createClient<BetaPaths>()\`; raw fetch builds the
request by hand; \`@devrev/typescript-sdk\` calls \`incidentsGetPost\`.
Every client made ${settings.warmupRequests.toLocaleString('en-US')} requests at each concurrency before
the first measured repetition. ${settings.repetitions} repetitions; each runs every client once, in an
order rotated per repetition. Cells show the median over repetitions, with
the lowest and highest in brackets. A p50 ratio under 1.00× means ours is faster.

${tables.join('\n\n')}`;
}
