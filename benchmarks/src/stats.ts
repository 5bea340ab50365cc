/** Median, minimum and maximum of one measure over the repetitions of a case. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  repetitions: number;
}

/** Returns the value at quantile `q` (0 to 1) of `values`, by the nearest-rank method. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) {
    throw new RangeError('Cannot take a quantile of no values.');
  }
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1] ?? Number.NaN;
}

export function median(values: ArrayLike<number>): number {
  if (values.length === 0) {
    throw new RangeError('Cannot take the median of no values.');
  }
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Summarizes one measure taken once per repetition. */
export function spreadOf(values: number[]): Spread {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    repetitions: values.length,
  };
}
