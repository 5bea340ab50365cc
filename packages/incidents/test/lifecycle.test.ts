import { unwrap } from '@devrev-ts/core';
import { describe, expect, it } from 'vitest';

import { runIncidentLifecycle } from '../examples/incident-lifecycle.js';
import { useMockServer } from './mock-setup.js';

const mock = useMockServer({ incidents: 200 });

describe('incident lifecycle example', () => {
  it('runs every step against the mock server', async () => {
    const lines: string[] = [];
    const { dev_user: self } = await unwrap(mock.client.GET('/dev-users.self'));

    const report = await runIncidentLifecycle({
      client: mock.client,
      ownerId: self.id,
      partId: mock.server.organisation.parts[0]!.id,
      log: (line) => lines.push(line),
    });

    expect(lines[0]).toMatch(/^Created incident: don:/);
    expect(lines[1]).toMatch(/^Display ID: INC-\d+$/);
    expect(lines).toContain('Title: Database connection pool exhausted');
    expect(lines).toContain('Severity: SEV1');
    expect(lines).toContain('Updated stage: MITIGATED');
    expect(lines).toContain('Resolved: RESOLVED');
    expect(report.filteredCount).toBeGreaterThan(0);
    expect(report.filteredCount).toBeLessThanOrEqual(20);
    expect(report.groups.map((group) => group.key).sort()).toEqual(['SEV0', 'SEV1', 'SEV2', 'SEV3']);
    expect(report.groups.reduce((sum, group) => sum + group.count, 0)).toBe(201);
    expect(report.totalIncidents).toBe(201);
    expect(report.deletedLookupFailed).toBe(true);
    expect(lines.at(-1)).toContain(`Incident ${report.createdId} was not found.`);
  });
});
