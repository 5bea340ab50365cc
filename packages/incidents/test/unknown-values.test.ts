import { describe, expect, it } from 'vitest';

import { severityOf, stageOf } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

// An organisation that added a fifth severity and a custom stage the enums do not know.
const mock = useMockServer({
  organisation: {
    additionalSeverities: [{ id: 4242, label: 'Sev4', ordinal: 4 }],
    additionalStages: [{ id: 'don:core:dvrv-us-1:devo/0mock:custom_stage/9001', name: 'Postmortem' }],
  },
});

function sev4Id(): number {
  return mock.server.organisation.severities.find((severity) => severity.label === 'Sev4')!.id;
}

describe('values the enums do not know', () => {
  it('read as undefined, never a crash', async () => {
    const created = await mock.incidents.create({ title: 'Cosmetic glitch', severity: sev4Id(), stage: 'Postmortem' });

    expect(created.severity?.label).toBe('Sev4');
    expect(severityOf(created)).toBeUndefined();
    expect(stageOf(created)).toBeUndefined();
  });

  it('keep their label as a group key', async () => {
    await mock.incidents.create({ title: 'Cosmetic glitch', severity: sev4Id() });

    const { groups } = await mock.incidents.group({ group_by: 'severity' });

    expect(groups.map((group) => group.key)).toContain('Sev4');
  });
});
