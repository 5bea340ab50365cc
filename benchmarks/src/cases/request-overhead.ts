import { competitors, type Competitor } from '../competitors.js';
import type { ServerProcess } from '../server/start-server-process.js';
import type { BenchSettings } from '../settings.js';
import { quantile, spreadOf, type Spread } from '../stats.js';
import { createIncidentGetters, type GetIncident } from './incident-getters.js';

/** One repetition of one competitor at one concurrency. */
interface RoundMeasure {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

export interface RequestOverheadRow {
  competitor: Competitor;
  concurrency: number;
  p50Ms: Spread;
  p99Ms: Spread;
  requestsPerSecond: Spread;
}

export interface RequestOverheadResult {
  requestsPerRound: Record<number, number>;
  rows: RequestOverheadRow[];
}

const incidentId = 'don:core:dvrv-us-1:devo/0:incident/1';

/**
 * Measures `incidents.get` through every competitor against the benchmark
 * server, at concurrency 1 and at the configured concurrency. Each
 * repetition runs every competitor once, in an order rotated per repetition
 * so that no competitor always runs first after a pause.
 */
export async function runRequestOverhead(server: ServerProcess, settings: BenchSettings['requestOverhead']): Promise<RequestOverheadResult> {
  const getters = createIncidentGetters(server.url);
  const names = Object.keys(competitors) as Competitor[];
  const levels = [
    { concurrency: 1, requests: settings.sequentialRequests },
    { concurrency: settings.concurrency, requests: settings.concurrentRequests },
  ];

  for (const name of names) {
    await measureRound(getters[name], settings.warmupRequests, 1);
    await measureRound(getters[name], settings.warmupRequests, settings.concurrency);
  }

  const rows: RequestOverheadRow[] = [];
  for (const { concurrency, requests } of levels) {
    const rounds = new Map<Competitor, RoundMeasure[]>(names.map((name) => [name, []]));

    for (let repetition = 0; repetition < settings.repetitions; repetition++) {
      for (const name of rotate(names, repetition)) {
        rounds.get(name)?.push(await measureRound(getters[name], requests, concurrency));
      }
    }

    for (const name of names) {
      const measures = rounds.get(name) ?? [];
      rows.push({
        competitor: name,
        concurrency,
        p50Ms: spreadOf(measures.map((measure) => measure.p50Ms)),
        p99Ms: spreadOf(measures.map((measure) => measure.p99Ms)),
        requestsPerSecond: spreadOf(measures.map((measure) => measure.requestsPerSecond)),
      });
    }
  }

  return { requestsPerRound: Object.fromEntries(levels.map((level) => [level.concurrency, level.requests])), rows };
}

/** Makes `requests` calls with `concurrency` of them in flight at once, timing each. */
async function measureRound(getIncident: GetIncident, requests: number, concurrency: number): Promise<RoundMeasure> {
  const latencies = new Float64Array(requests);
  let started = 0;

  const worker = async (): Promise<void> => {
    while (started < requests) {
      const index = started++;
      const start = performance.now();
      await getIncident(incidentId);
      latencies[index] = performance.now() - start;
    }
  };

  const roundStart = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  const elapsedMs = performance.now() - roundStart;

  return {
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    requestsPerSecond: (requests / elapsedMs) * 1000,
  };
}

function rotate<T>(items: T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
