import { describe, expect, it } from 'vitest';

import { checkInteger, DevRevValidationError, describeValue, invalidValueError } from '../src/index.js';

describe('describeValue', () => {
  it.each([
    ['a string', 'SEV1', '"SEV1"'],
    ['a number', 2.5, '2.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a plain object', { a: 1 }, '{"a":1}'],
    ['an array', [1, 'x'], '[1,"x"]'],
    ['a function', () => 1, 'a function'],
    ['a class instance', new AbortController(), 'a AbortController object'],
    ['a valid Date', new Date('2026-01-31T09:30:00Z'), 'a Date (2026-01-31T09:30:00.000Z)'],
    ['an invalid Date', new Date('nope'), 'Invalid Date'],
  ])('renders %s', (_case, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('cuts long values to 80 characters', () => {
    const text = describeValue('x'.repeat(200));

    expect(text).toHaveLength(80);
    expect(text.endsWith('...')).toBe(true);
  });

  it('renders a cyclic object without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    expect(describeValue(cyclic)).toBe('[object Object]');
  });
});

describe('invalidValueError', () => {
  it('names the value and what is accepted', () => {
    const error = invalidValueError('limit', 0, 'an integer of at least 1');

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect(error.message).toBe('Invalid limit 0: expected an integer of at least 1.');
  });
});

describe('checkInteger', () => {
  it('returns an integer at or above the minimum', () => {
    expect(checkInteger('count', 0, 0)).toBe(0);
  });

  it.each([-1, 1.5, Number.NaN, '3'])('rejects %s', (value) => {
    expect(() => checkInteger('count', value, 0, ', or leave it unset')).toThrow(
      `Invalid count ${describeValue(value)}: expected an integer of at least 0, or leave it unset.`,
    );
  });
});
