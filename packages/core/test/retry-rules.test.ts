import { describe, expect, it } from 'vitest';

import { backoffDelayMs } from '../src/backoff.js';
import { isIdempotentCall } from '../src/index.js';
import { parseRetryAfter } from '../src/retry-after.js';

describe('isIdempotentCall', () => {
  it.each([
    ['POST', '/incidents.get'],
    ['POST', '/incidents.list'],
    ['POST', '/incidents.group'],
    ['POST', '/incidents.update'],
    ['POST', '/incidents.delete'],
    ['POST', '/works.count'],
    ['POST', '/works.export'],
    ['POST', '/rev-users.scan'],
    ['POST', '/dev-users.self'],
    ['GET', '/incidents.create'],
    ['DELETE', '/anything'],
  ])('treats %s %s as idempotent', (method, path) => {
    expect(isIdempotentCall(method, path)).toBe(true);
  });

  it.each([
    ['POST', '/incidents.create'],
    ['POST', '/timeline-entries.create'],
    ['POST', '/accounts.merge'],
    ['POST', '/notifications.send'],
    ['POST', '/slas.transition'],
    ['POST', '/groups.members.add'],
    ['POST', '/ping'],
    ['POST', '/api/v1.2/incidents.create'],
    ['PATCH', '/incidents.update'],
  ])('treats %s %s as not idempotent', (method, path) => {
    expect(isIdempotentCall(method, path)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it.each([
    ['5', undefined, 5],
    [' 2.5 ', undefined, 2.5],
    ['0', 9, 0],
    ['Sat, 01 Mar 2025 12:00:30 GMT', undefined, 30],
    ['Sat, 01 Mar 2025 11:00:00 GMT', undefined, 0],
    [null, 7, 7],
    ['-3', 4, 4],
    ['soon', 4, 4],
    ['soon', '4', undefined],
    [null, undefined, undefined],
  ])('reads header %j and body %j as %j seconds', (header, body, expected) => {
    expect(parseRetryAfter(header, body, now)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it('draws from the whole doubled range', () => {
    expect(backoffDelayMs(1, 500, 10_000, () => 0)).toBe(0);
    expect(backoffDelayMs(1, 500, 10_000, () => 0.999)).toBe(499);
    expect(backoffDelayMs(3, 500, 10_000, () => 0.999)).toBe(1_998);
  });

  it('caps the range at maxMs', () => {
    expect(backoffDelayMs(10, 500, 10_000, () => 0.999)).toBe(9_990);
  });
});
