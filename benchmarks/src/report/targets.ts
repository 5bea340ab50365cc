import type { MemoryHeap } from '../cases/memory.js';
import type { BenchResults } from '../run-all-cases.js';
import { formatNumber, formatRatio } from './format.js';

/** One target of the benchmarks, with what was measured against it. */
export interface TargetCheck {
  caseName: string;
  target: string;
  measured: string;
  met: boolean;
}

/** Growth at the larger list size may exceed growth at the smaller one by this factor before it counts as growing. */
const flatGrowthTolerance = 1.25;

/** Checks the measured medians against the targets the benchmarks were written for. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  return [...requestOverheadTargets(results), ...paginationTargets(results), ...memoryTargets(results), bundleTarget(results), ...typeCheckTargets(results)];
}

function requestOverheadTargets({ requestOverhead }: BenchResults): TargetCheck[] {
  const concurrencies = [...new Set(requestOverhead.rows.map((row) => row.concurrency))];

  return concurrencies.flatMap((concurrency) => {
    const p50 = (competitor: string): number =>
      requestOverhead.rows.find((row) => row.concurrency === concurrency && row.competitor === competitor)?.p50Ms.median ?? Number.NaN;
    const ours = p50('ours');
    return [
      {
        caseName: `1. Per-request overhead, concurrency ${concurrency}`,
        target: 'p50 within 10% of raw fetch',
        measured: `ours ÷ raw fetch = ${formatRatio(ours, p50('fetch'))}`,
        met: ours <= p50('fetch') * 1.1,
      },
      {
        caseName: `1. Per-request overhead, concurrency ${concurrency}`,
        target: 'p50 ahead of @devrev/typescript-sdk',
        measured: `ours ÷ @devrev/typescript-sdk = ${formatRatio(ours, p50('official'))}`,
        met: ours < p50('official'),
      },
    ];
  });
}

function paginationTargets({ pagination }: BenchResults): TargetCheck[] {
  const total = (walker: string, work: boolean): number =>
    pagination.rows.find((row) => row.walker === walker && (row.callerWorkMs > 0) === work)?.totalMs.median ?? Number.NaN;
  const workMs = pagination.settings.callerWorkMs;

  return [
    {
      caseName: '2. Pagination, no caller work',
      target: 'at most 1.05× the hand-written loop (raw fetch)',
      measured: `ours ÷ hand loop = ${formatRatio(total('ours', false), total('handFetch', false))}`,
      met: total('ours', false) <= total('handFetch', false) * 1.05,
    },
    {
      caseName: `2. Pagination, ${workMs} ms caller work per page`,
      target: 'at least 1.6× faster than the hand-written loop (raw fetch)',
      measured: `hand loop ÷ ours = ${formatRatio(total('handFetch', true), total('ours', true))}`,
      met: total('handFetch', true) >= total('ours', true) * 1.6,
    },
  ];
}

function memoryTargets({ memory }: BenchResults): TargetCheck[] {
  const [small, large] = memory.settings.itemCounts;
  const fixedFlags = memory.settings.fixedHeapFlags.join(' ');
  const heapLabels: Record<MemoryHeap, string> = { default: 'default heap settings', fixed: `\`${fixedFlags}\` for every walker` };

  return (['default', 'fixed'] as const).flatMap((heap) => {
    const growth = (items: number): number =>
      memory.rows.find((row) => row.heap === heap && row.walker === 'ours' && row.items === items)?.peakRssGrowthMb.median ?? Number.NaN;
    const caseName = `3. Memory, ${heapLabels[heap]}`;

    return [
      {
        caseName,
        target: 'peak RSS growth under 30 MB at both sizes',
        measured: `${formatNumber(growth(small))} MB at ${small.toLocaleString('en-US')}, ${formatNumber(growth(large))} MB at ${large.toLocaleString('en-US')} items`,
        met: growth(small) < 30 && growth(large) < 30,
      },
      {
        caseName,
        target: `peak RSS growth does not rise with the item count (larger ÷ smaller at most ${flatGrowthTolerance})`,
        measured: `larger ÷ smaller = ${formatRatio(growth(large), growth(small))}`,
        met: growth(large) <= growth(small) * flatGrowthTolerance,
      },
    ];
  });
}

function bundleTarget({ bundleSize }: BenchResults): TargetCheck {
  return {
    caseName: '4. Bundle size',
    target: 'under 10 kB (10,000 bytes) gzipped',
    measured: `${bundleSize.ours.gzipBytes.toLocaleString('en-US')} B, ours ÷ @devrev/typescript-sdk = ${formatRatio(bundleSize.ours.gzipBytes, bundleSize.official.gzipBytes)}`,
    met: bundleSize.ours.gzipBytes < 10_000,
  };
}

function typeCheckTargets({ typeCheck }: BenchResults): TargetCheck[] {
  const wall = (project: string): number =>
    typeCheck.rows.find((row) => row.project === project && row.skipLibCheck)?.wallMs.median ?? Number.NaN;

  return [
    {
      caseName: '5. Type-check cost (skipLibCheck)',
      target: 'under 2 s',
      measured: `${formatNumber(wall('ours'))} ms`,
      met: wall('ours') < 2000,
    },
    {
      caseName: '5. Type-check cost (skipLibCheck)',
      target: 'no slower than @devrev/typescript-sdk',
      measured: `ours ÷ @devrev/typescript-sdk = ${formatRatio(wall('ours'), wall('official'))}`,
      met: wall('ours') <= wall('official'),
    },
  ];
}
