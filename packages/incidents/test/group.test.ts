import { describe, expect, it } from 'vitest';

import { type IncidentGroup, IncidentSeverity, severityOf, stageOf } from '../src/index.js';
import { useMockServer } from './mock-setup.js';

const SEEDED = 150;
const mock = useMockServer({ incidents: SEEDED });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

describe('incidents.group', () => {
  it('groups by severity with readable keys and counts', async () => {
    const { groups } = await mock.incidents.group({ group_by: 'severity', limit: 10 });

    expect(groups.map((group) => group.key).sort()).toEqual(['SEV0', 'SEV1', 'SEV2', 'SEV3']);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(SEEDED);
    for (const group of groups) {
      for (const incident of group.incidents) {
        expect(severityOf(incident)).toBe(group.key);
      }
    }
  });

  it('groups by stage with stage names as keys', async () => {
    const { groups } = await mock.incidents.group({ group_by: 'stage' });

    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      expect(['ACKNOWLEDGED', 'IDENTIFIED', 'MITIGATED', 'RESOLVED']).toContain(group.key);
      for (const incident of group.incidents) {
        expect(stageOf(incident)).toBe(group.key);
      }
    }
  });

  it('groups by owner with user ids as keys', async () => {
    const { groups } = await mock.incidents.group({ group_by: 'owned_by' });
    const userIds = mock.server.organisation.users.map((user) => user.id);

    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(userIds).toContain(group.key);
      for (const incident of group.incidents) {
        expect(incident.owned_by?.map((user) => user.id)).toContain(group.key);
      }
    }
  });

  it('applies filters to the groups', async () => {
    const { groups } = await mock.incidents.group({ group_by: 'severity', severity: [IncidentSeverity.SEV0] });

    expect(groups.map((group) => group.key)).toEqual(['SEV0']);
  });

  it('iterates a group past limit_per_group', async () => {
    const { groups } = await mock.incidents.group({ group_by: 'severity', limit_per_group: 5 });
    const largest = groups.reduce((best: IncidentGroup | undefined, group) => (group.count > (best?.count ?? 0) ? group : best), undefined);

    expect(largest?.incidents).toHaveLength(5);
    const all = await collect(largest!.all());

    expect(all).toHaveLength(largest!.count);
    expect(new Set(all.map((incident) => incident.id)).size).toBe(largest!.count);
    for (const incident of all) {
      expect(severityOf(incident)).toBe(largest!.key);
    }
  });

  it('iterates every group across pages with for await', async () => {
    const groups = await collect(mock.incidents.group({ group_by: 'owned_by', limit: 2 }));
    const keys = groups.map((group) => group.key);

    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(2);
  });
});
