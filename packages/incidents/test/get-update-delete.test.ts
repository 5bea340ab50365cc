import { NotFoundError } from '@devrev-ts/core';
import { describe, expect, it } from 'vitest';

import { IncidentSeverity, IncidentStage, severityOf, stageOf } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

const mock = useMockServer();
const missingId = 'don:core:dvrv-us-1:devo/0:incident/999999';

async function notFound(call: Promise<unknown>): Promise<NotFoundError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(NotFoundError);
  return error as NotFoundError;
}

describe('incidents.get', () => {
  it('returns the incident by id or { id }', async () => {
    const created = await mock.incidents.create({ title: 'Login failures', severity: IncidentSeverity.SEV0 });

    const byId = await mock.incidents.get(created.id);
    const byObject = await mock.incidents.get({ id: created.id });

    expect(byId.title).toBe('Login failures');
    expect(byObject.id).toBe(created.id);
    expect(severityOf(byId)).toBe(IncidentSeverity.SEV0);
  });

  it('names a missing id in the not-found error', async () => {
    const error = await notFound(mock.incidents.get(missingId));

    expect(error.message).toBe(`Incident ${missingId} was not found.`);
    expect(error.status).toBe(404);
  });
});

describe('incidents.update', () => {
  it('moves the stage and replaces the body', async () => {
    const created = await mock.incidents.create({ title: 'Pool exhausted', stage: IncidentStage.ACKNOWLEDGED });

    const updated = await mock.incidents.update({
      id: created.id,
      stage: IncidentStage.MITIGATED,
      body: 'Pool increased from 100 to 200',
    });

    expect(stageOf(updated)).toBe(IncidentStage.MITIGATED);
    expect(updated.body).toBe('Pool increased from 100 to 200');
  });

  it('sends plain arrays as set operations', async () => {
    const [first, second] = mock.server.organisation.users;
    const created = await mock.incidents.create({ title: 'Owners change', owned_by: [first!.id] });

    const updated = await mock.incidents.update({ id: created.id, owned_by: [second!.id] });

    const body = mock.sent.find((request) => request.path === '/incidents.update')?.body;
    expect(body?.owned_by).toEqual({ set: [second!.id] });
    expect(updated.owned_by?.map((user) => user.id)).toEqual([second!.id]);
  });

  it('sends the { set } form unchanged', async () => {
    const part = mock.server.organisation.parts[1]!.id;
    const created = await mock.incidents.create({ title: 'Parts change' });

    const updated = await mock.incidents.update({ id: created.id, applies_to_parts: { set: [part] } });

    const body = mock.sent.find((request) => request.path === '/incidents.update')?.body;
    expect(body?.applies_to_parts).toEqual({ set: [part] });
    expect(updated.applies_to_parts?.map((applied) => applied.id)).toEqual([part]);
  });

  it('changes the severity by name', async () => {
    const created = await mock.incidents.create({ title: 'Escalation', severity: IncidentSeverity.SEV3 });

    const updated = await mock.incidents.update({ id: created.id, severity: IncidentSeverity.SEV1 });

    expect(severityOf(updated)).toBe(IncidentSeverity.SEV1);
  });

  it('names a missing id in the not-found error', async () => {
    const error = await notFound(mock.incidents.update({ id: missingId, title: 'Nothing here' }));

    expect(error.message).toBe(`Incident ${missingId} was not found.`);
  });
});

describe('incidents.delete', () => {
  it('resolves to nothing, after which get fails', async () => {
    const created = await mock.incidents.create({ title: 'Short-lived' });

    await expect(mock.incidents.delete(created.id)).resolves.toBeUndefined();

    const error = await notFound(mock.incidents.get(created.id));
    expect(error.message).toContain(created.id);
  });

  it('names a missing id in the not-found error', async () => {
    const error = await notFound(mock.incidents.delete(missingId));

    expect(error.message).toBe(`Incident ${missingId} was not found.`);
  });
});
