import { DevRevValidationError } from '@devrev-ts/core';
import { describe, expect, it } from 'vitest';

import { useMockServer } from './mock-setup.js';

const mock = useMockServer();

async function expectRejected(call: () => Promise<unknown>, message: RegExp): Promise<void> {
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DevRevValidationError);
  expect((error as Error).message).toMatch(message);
  expect(mock.sent).toEqual([]);
}

describe('bad input is rejected before any request', () => {
  it.each([
    ['a missing title', {}, /Invalid title undefined: expected a non-empty string/],
    ['an empty title', { title: '' }, /Invalid title "": expected a non-empty string/],
    ['a whitespace title', { title: '   ' }, /Invalid title "   "/],
    ['a malformed date', { title: 'x', target_close_date: '31/12/2026' }, /Invalid target_close_date "31\/12\/2026": expected a valid Date or an ISO 8601 date-time/],
    ['a day past the month end', { title: 'x', target_close_date: '2024-02-30T10:00:00Z' }, /Invalid target_close_date "2024-02-30T10:00:00Z"/],
    ['a date without a time', { title: 'x', target_close_date: '2024-03-01' }, /Invalid target_close_date "2024-03-01"/],
    ['a time without an offset', { title: 'x', target_close_date: '2024-03-01T10:00:00' }, /Invalid target_close_date "2024-03-01T10:00:00"/],
    ['an hour of 24', { title: 'x', target_close_date: '2024-03-01T24:00:00Z' }, /Invalid target_close_date "2024-03-01T24:00:00Z"/],
    ['an invalid Date', { title: 'x', mitigated_date: new Date('nope') }, /Invalid mitigated_date Invalid Date: expected a valid Date or an ISO 8601 date-time/],
    ['a fractional severity id', { title: 'x', severity: 1.5 }, /Invalid severity 1.5: expected a severity name or a whole-number id/],
  ])('create with %s', async (_case, input, message) => {
    // @ts-expect-error: the cases include input the types reject.
    await expectRejected(() => mock.incidents.create(input), message);
  });

  it.each([
    ['limit 0', { limit: 0 }, /Invalid limit 0: expected an integer of at least 1/],
    ['a negative limit', { limit: -5 }, /Invalid limit -5/],
    ['a fractional limit', { limit: 2.5 }, /Invalid limit 2.5/],
    ['an unknown mode', { mode: 'sideways' }, /Invalid mode "sideways": expected 'after' or 'before'/],
    ['a malformed sort_by', { sort_by: ['created date'] }, /Invalid sort_by entry "created date"/],
    ['a malformed range', { created_date: { after: 'yesterday' } }, /Invalid created_date.after "yesterday"/],
    ['a zero-day preset', { modified_date: { lastDays: 0 } }, /Invalid modified_date.lastDays 0/],
  ])('list with %s', async (_case, input, message) => {
    // @ts-expect-error: the cases include input the types reject.
    await expectRejected(async () => mock.incidents.list(input), message);
  });

  it('group with an unknown group_by field', async () => {
    await expectRejected(
      // @ts-expect-error: group_by is checked by the types too.
      async () => mock.incidents.group({ group_by: 'colour' }),
      /Invalid group_by "colour": expected one of applies_to_parts, .*severity.*stage.*, or custom_fields\.<name>/,
    );
  });

  it('group with an unknown mode', async () => {
    // @ts-expect-error: mode is checked by the types too.
    await expectRejected(async () => mock.incidents.group({ group_by: 'severity', mode: 'sideways' }), /Invalid mode "sideways"/);
  });

  it('group with limit_per_group 0', async () => {
    await expectRejected(async () => mock.incidents.group({ group_by: 'severity', limit_per_group: 0 }), /Invalid limit_per_group 0/);
  });

  it('get, update and delete with an empty id', async () => {
    await expectRejected(() => mock.incidents.get(''), /Invalid id "": expected a non-empty string/);
    await expectRejected(() => mock.incidents.update({ id: ' ' }), /Invalid id " "/);
    await expectRejected(() => mock.incidents.delete({ id: '' }), /Invalid id ""/);
  });

  it('update with an empty title', async () => {
    await expectRejected(() => mock.incidents.update({ id: 'don:core:x:incident/1', title: '' }), /Invalid title ""/);
  });
});
