/** Sizes and repetition counts of every case, in full or quick mode. */
export interface BenchSettings {
  quick: boolean;
  requestOverhead: {
    repetitions: number;
    /** Requests per caller and repetition at concurrency 1. */
    sequentialRequests: number;
    /** Requests per caller and repetition at concurrency 64. */
    concurrentRequests: number;
    concurrency: number;
    /** Requests each caller makes before the first measured repetition, so the JIT has settled. */
    warmupRequests: number;
  };
  pagination: {
    repetitions: number;
    totalIncidents: number;
    pageSize: number;
    serverLatencyMs: number;
    callerWorkMs: number;
  };
  memory: {
    repetitions: number;
    /** The two list sizes; growth that does not depend on the list size stays flat between them. */
    itemCounts: [number, number];
    pageSize: number;
    /**
     * Node.js flags of the fixed-heap rows, given alike to every walker. With
     * Node.js 20's defaults the young generation keeps growing during a long
     * walk, in the hand-written loop as much as in ours. A small young
     * generation promotes more garbage, so the old generation is capped too,
     * which makes V8 collect it before it grows, whether or not the walk's
     * own samples force a collection.
     */
    fixedHeapFlags: string[];
  };
  typeCheck: {
    repetitions: number;
    /** Also checks every project with skipLibCheck off, which costs about twice as long again. */
    withoutSkipLibCheck: boolean;
    /** Also checks a project that imports no SDK, to show what the rest of each check costs. */
    baseline: boolean;
  };
}

const full: BenchSettings = {
  quick: false,
  requestOverhead: {
    // Many short repetitions rather than a few long ones, so that a busy
    // spell on the shared machine moves one sample, not the median.
    repetitions: 11,
    sequentialRequests: 1000,
    concurrentRequests: 3200,
    concurrency: 64,
    warmupRequests: 500,
  },
  pagination: { repetitions: 9, totalIncidents: 20_000, pageSize: 100, serverLatencyMs: 5, callerWorkMs: 5 },
  memory: { repetitions: 3, itemCounts: [20_000, 200_000], pageSize: 100, fixedHeapFlags: ['--max-semi-space-size=2', '--max-old-space-size=64'] },
  typeCheck: { repetitions: 5, withoutSkipLibCheck: true, baseline: true },
};

// Quick mode keeps every step of every case but shrinks the counts, so that a
// smoke run finishes in seconds. Its numbers are not fit for comparison.
const quick: BenchSettings = {
  quick: true,
  requestOverhead: { repetitions: 1, sequentialRequests: 30, concurrentRequests: 64, concurrency: 64, warmupRequests: 5 },
  pagination: { repetitions: 1, totalIncidents: 1000, pageSize: 100, serverLatencyMs: 5, callerWorkMs: 5 },
  memory: { repetitions: 1, itemCounts: [300, 600], pageSize: 100, fixedHeapFlags: ['--max-semi-space-size=2', '--max-old-space-size=64'] },
  typeCheck: { repetitions: 1, withoutSkipLibCheck: false, baseline: false },
};

/** Returns the quick settings when `BENCH_QUICK` is set to anything but `0` or an empty string. */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): BenchSettings {
  const flag = environment.BENCH_QUICK;
  return flag !== undefined && flag !== '' && flag !== '0' ? quick : full;
}

export function benchSettings(mode: 'full' | 'quick'): BenchSettings {
  return mode === 'quick' ? quick : full;
}
