import { describe, expect, it } from 'vitest';

import { median, quantile, spreadOf } from '../src/stats.js';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);

    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile(values, 0)).toBe(1);
  });

  it('rejects no values', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('median', () => {
  it('averages the middle pair of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the middle of an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
});

describe('spreadOf', () => {
  it('summarizes the repetitions', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, repetitions: 3 });
  });
});
