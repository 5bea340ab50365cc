import { describe, expect, it } from 'vitest';

import type { Walker } from '../src/cases/list-walkers.js';
import type { MemoryHeap, MemoryRow } from '../src/cases/memory.js';
import type { MachineInfo } from '../src/machine.js';
import { renderResults } from '../src/report/render-results.js';
import { checkTargets } from '../src/report/targets.js';
import type { BenchResults } from '../src/run-all-cases.js';
import { benchSettings } from '../src/settings.js';
import { spreadOf } from '../src/stats.js';

const settings = benchSettings('full');

/** Results where every target is met; each test breaks one. */
function passingResults(): BenchResults {
  const same = (value: number) => spreadOf([value, value * 0.9, value * 1.1]);
  const p50ByCompetitor = { ours: 0.105, oursCore: 0.103, fetch: 0.1, openapiFetch: 0.1, official: 0.2 };
  return {
    requestOverhead: {
      requestsPerRound: { 1: 3000, 64: 12_800 },
      rows: [1, 64].flatMap((concurrency) =>
        (['ours', 'oursCore', 'fetch', 'openapiFetch', 'official'] as const).map((competitor) => ({
          competitor,
          concurrency,
          p50Ms: same(p50ByCompetitor[competitor]),
          p99Ms: same(1),
          requestsPerSecond: same(5000),
        })),
      ),
    },
    pagination: {
      settings: settings.pagination,
      rows: [
        { walker: 'ours', callerWorkMs: 0, totalMs: same(1020) },
        { walker: 'handFetch', callerWorkMs: 0, totalMs: same(1000) },
        { walker: 'handOfficial', callerWorkMs: 0, totalMs: same(1100) },
        { walker: 'ours', callerWorkMs: 5, totalMs: same(1100) },
        { walker: 'handFetch', callerWorkMs: 5, totalMs: same(2200) },
        { walker: 'handOfficial', callerWorkMs: 5, totalMs: same(2300) },
      ],
    },
    memory: {
      settings: settings.memory,
      rows: (['default', 'fixed'] as const).flatMap((heap) => [
        memoryRow(heap, 'ours', 20_000, 20),
        memoryRow(heap, 'handFetch', 20_000, 19),
        memoryRow(heap, 'ours', 200_000, 22),
        memoryRow(heap, 'handFetch', 200_000, 21),
      ]),
    },
    bundleSize: { ours: { minifiedBytes: 30_000, gzipBytes: 9000 }, official: { minifiedBytes: 480_000, gzipBytes: 104_000 } },
    typeCheck: {
      typescriptVersion: '5.9.3',
      rows: [
        { project: 'ours', skipLibCheck: true, wallMs: same(1500), cpuMs: same(1400), peakRssMb: same(180) },
        { project: 'official', skipLibCheck: true, wallMs: same(1600), cpuMs: same(1500), peakRssMb: same(170) },
      ],
    },
  };
}

function memoryRow(heap: MemoryHeap, walker: Walker, items: number, rssGrowthMb: number): MemoryRow {
  return {
    heap,
    walker,
    items,
    peakRssGrowthMb: spreadOf([rssGrowthMb]),
    peakRetainedGrowthMb: spreadOf([2]),
    youngGenerationGrowthMb: spreadOf([1]),
    arrayBufferGrowthMb: spreadOf([3]),
  };
}

const machine: MachineInfo = {
  cpuModel: 'Test CPU',
  cpuCount: 2,
  memoryGiB: 24,
  os: 'linux test',
  node: 'v20.0.0',
  commit: 'abc1234',
  versions: { typescript: '5.9.3' },
  loadAverageAtStart: 0.5,
  loadAverageAtEnd: 0.7,
};

function unmetTargets(results: BenchResults): string[] {
  return checkTargets(results)
    .filter((check) => !check.met)
    .map((check) => `${check.caseName}: ${check.target}`);
}

describe('checkTargets', () => {
  it('passes results that meet every target', () => {
    expect(unmetTargets(passingResults())).toEqual([]);
  });

  it('flags a p50 more than 10% above raw fetch', () => {
    const results = passingResults();
    const ours = results.requestOverhead.rows.find((row) => row.competitor === 'ours' && row.concurrency === 64);
    if (ours !== undefined) {
      ours.p50Ms = spreadOf([0.111]);
    }

    expect(unmetTargets(results)).toEqual(['1. Per-request overhead, concurrency 64: p50 within 10% of raw fetch']);
  });

  it('flags prefetch that gains less than 1.6x', () => {
    const results = passingResults();
    const ours = results.pagination.rows.find((row) => row.walker === 'ours' && row.callerWorkMs > 0);
    if (ours !== undefined) {
      ours.totalMs = spreadOf([1400]);
    }

    expect(unmetTargets(results)).toEqual(['2. Pagination, 5 ms caller work per page: at least 1.6× faster than the hand-written loop (raw fetch)']);
  });

  it('flags memory that grows with the item count', () => {
    const results = passingResults();
    const large = results.memory.rows.find((row) => row.heap === 'default' && row.walker === 'ours' && row.items === 200_000);
    if (large !== undefined) {
      large.peakRssGrowthMb = spreadOf([29]);
    }

    expect(unmetTargets(results)).toEqual([
      '3. Memory, default heap settings: peak RSS growth does not rise with the item count (larger ÷ smaller at most 1.25)',
    ]);
  });

  it('flags a fixed-heap memory miss', () => {
    const results = passingResults();
    const large = results.memory.rows.find((row) => row.heap === 'fixed' && row.walker === 'ours' && row.items === 200_000);
    if (large !== undefined) {
      large.peakRssGrowthMb = spreadOf([31]);
    }

    expect(unmetTargets(results)).toEqual([
      '3. Memory, `--max-semi-space-size=2 --max-old-space-size=64` for every walker: peak RSS growth under 30 MB at both sizes',
      '3. Memory, `--max-semi-space-size=2 --max-old-space-size=64` for every walker: peak RSS growth does not rise with the item count (larger ÷ smaller at most 1.25)',
    ]);
  });

  it('flags a bundle of 10 kB or more', () => {
    const results = passingResults();
    results.bundleSize.ours.gzipBytes = 10_000;

    expect(unmetTargets(results)).toEqual(['4. Bundle size: under 10 kB (10,000 bytes) gzipped']);
  });

  it('flags a type check slower than the official SDK', () => {
    const results = passingResults();
    const ours = results.typeCheck.rows.find((row) => row.project === 'ours');
    if (ours !== undefined) {
      ours.wallMs = spreadOf([1700]);
    }

    expect(unmetTargets(results)).toEqual(['5. Type-check cost (skipLibCheck): no slower than @devrev/typescript-sdk']);
  });
});

describe('renderResults', () => {
  const markdown = renderResults({ machine, settings, results: passingResults(), startedAt: new Date('2026-01-02T03:04:05Z'), durationSeconds: 250 });

  it('states the machine and Node.js version', () => {
    expect(markdown).toContain('| CPU | Test CPU, 2 cores |');
    expect(markdown).toContain('| Node.js | v20.0.0 |');
    expect(markdown).toContain('| 1-minute load average, start / end | 0.50 / 0.70 |');
  });

  it('has a section for every case', () => {
    for (const heading of ['## Targets', '## 1. Per-request overhead', '## 2. Pagination', '## 3. Memory', '## 4. Bundle size', '## 5. Type-check cost']) {
      expect(markdown).toContain(heading);
    }
  });

  it('carries the notes, memory first', () => {
    const memoryNotes = markdown.indexOf('## Memory: where the growth comes from');
    const typeCheckNotes = markdown.indexOf('## Type-check cost: what was tried');

    expect(memoryNotes).toBeGreaterThan(markdown.indexOf('## 5. Type-check cost'));
    expect(typeCheckNotes).toBeGreaterThan(memoryNotes);
  });

  it('labels both memory heap settings', () => {
    expect(markdown).toContain('| 200,000 | Node.js defaults | devrev-ts `for await` |');
    expect(markdown).toContain('| 200,000 | `--max-semi-space-size=2 --max-old-space-size=64` | devrev-ts `for await` |');
  });

  it('states repetition counts', () => {
    expect(markdown).toContain(`${settings.requestOverhead.repetitions} repetitions; each runs every client once`);
    expect(markdown).toContain(`${settings.pagination.repetitions} repetitions. Times are for the whole walk`);
    expect(markdown).toContain(`${settings.typeCheck.repetitions} repetitions; median (min–max).`);
  });

  it('shows medians with their spread and ratios', () => {
    expect(markdown).toContain('| devrev-ts | 0.105 (0.0945–0.116) | 1 (0.9–1.1) | 5,000 (4,500–5,500) | 1.00× | 1.00× |');
    expect(markdown).toContain('| raw fetch | 0.1 (0.09–0.11) | 1 (0.9–1.1) | 5,000 (4,500–5,500) | 1.05× | 1.00× |');
    expect(markdown).toContain('| 5 ms per page | hand-written cursor loop, raw fetch | 2,200 (1,980–2,420) | 2.00× |');
  });

  it('has no quick-mode warning in full mode', () => {
    expect(markdown).not.toContain('Quick mode');
  });
});
