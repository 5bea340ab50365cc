/** A deterministic pseudo-random source; the same seed yields the same sequence. */
export interface Random {
  /** Returns a float in [0, 1). */
  next(): number;

  /** Returns an integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;

  /** Returns one element of a non-empty array. */
  pick<T>(items: readonly T[]): T;

  /** Returns `count` distinct elements of `items`, in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a seeded generator (mulberry32). It is not cryptographic; it exists
 * so that seed data and fault decisions repeat exactly under the same seed.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    const item = items[integer(0, items.length - 1)];
    if (item === undefined) {
      throw new Error('pick() needs a non-empty array');
    }
    return item;
  };

  const sample = <T>(items: readonly T[], count: number): T[] => {
    const indexes = items.map((_, index) => index);
    const chosen = new Set<number>();

    while (chosen.size < Math.min(count, items.length)) {
      chosen.add(pick(indexes));
    }
    return items.filter((_, index) => chosen.has(index));
  };

  return { next, integer, pick, sample };
}
