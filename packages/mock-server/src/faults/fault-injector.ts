import { createRandom, type Random } from '../random/create-random.js';
import type { FaultOptions, FaultTrigger } from './fault-options.js';

export type FaultKind = 'drop' | 'rate_limit' | 'unavailable' | 'internal_error';

export interface FaultDecision {
  /** The fault to respond with, if any fired. */
  kind?: FaultKind;

  /** Milliseconds to wait before responding. */
  delayMs: number;
  retryAfterSeconds: number;
}

const KINDS: { kind: FaultKind; option: 'dropConnection' | 'rateLimit' | 'unavailable' | 'internalError' }[] = [
  { kind: 'drop', option: 'dropConnection' },
  { kind: 'rate_limit', option: 'rateLimit' },
  { kind: 'unavailable', option: 'unavailable' },
  { kind: 'internal_error', option: 'internalError' },
];

/**
 * Decides, request by request, which fault to inject. Each fault kind has its
 * own seeded random stream and draws on every eligible request whether or not
 * another fault fires, so one fault's settings never shift another's sequence.
 */
export class FaultInjector {
  private options: FaultOptions = {};
  private readonly seed: number;
  private count = 0;
  private streams: Random[] = [];
  private latencyStream: Random;

  constructor(seed: number, options: FaultOptions = {}) {
    this.seed = seed;
    this.latencyStream = createRandom(seed);
    this.configure(options);
  }

  get current(): FaultOptions {
    return structuredClone(this.options);
  }

  /** Replaces the fault settings and restarts counting and random streams. */
  configure(options: FaultOptions): void {
    this.options = structuredClone(options);
    this.restart();
  }

  /** Restarts counting and the random streams, keeping the settings. */
  restart(): void {
    this.count = 0;
    this.streams = KINDS.map((_, position) => createRandom((this.seed * 31 + position + 1) >>> 0));
    this.latencyStream = createRandom((this.seed * 31 + 97) >>> 0);
  }

  decide(path: string): FaultDecision {
    const { paths, latency, rateLimit } = this.options;
    const decision: FaultDecision = { delayMs: 0, retryAfterSeconds: rateLimit?.retryAfterSeconds ?? 1 };
    if (paths && !paths.includes(path)) {
      return decision;
    }

    this.count += 1;
    KINDS.forEach(({ kind, option }, position) => {
      const fired = this.fires(this.options[option], this.streams[position]!);
      if (fired && decision.kind === undefined) {
        decision.kind = kind;
      }
    });

    if (latency) {
      decision.delayMs = latency.ms + (latency.jitterMs ? this.latencyStream.next() * latency.jitterMs : 0);
    }
    return decision;
  }

  private fires(trigger: FaultTrigger | undefined, stream: Random): boolean {
    const roll = stream.next();
    if (!trigger) {
      return false;
    }

    const byCount = trigger.every !== undefined && this.count % trigger.every === 0;
    const byRate = trigger.rate !== undefined && roll < trigger.rate;
    return byCount || byRate;
  }
}
