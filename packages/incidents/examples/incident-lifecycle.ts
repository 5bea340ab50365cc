// Every usage of the Python SDK's incidents page, written as TypeScript users
// write it. `pnpm demo` runs it against the mock server or, with DEVREV_TOKEN
// set, against a real DevRev organisation.
import { createDevRevClient, type DevRevClient, NotFoundError } from '@devrev-ts/core';
import {
  createIncidentsService,
  IncidentSeverity,
  IncidentStage,
  severityOf,
  stageOf,
} from '@devrev-ts/incidents';

export interface LifecycleOptions {
  client: DevRevClient;
  /** An owner for the new incident, such as the current user's id. */
  ownerId: string;
  /** A part the incident applies to. */
  partId: string;
  log?: (line: string) => void;
}

/** Results of the walk-through, for tests to check. */
export interface LifecycleReport {
  createdId: string;
  firstPageCount: number;
  filteredCount: number;
  groups: { key: string; count: number }[];
  totalIncidents: number;
  deletedLookupFailed: boolean;
}

export async function runIncidentLifecycle(options: LifecycleOptions): Promise<LifecycleReport> {
  const { client, ownerId, partId, log = console.log } = options;
  const incidents = createIncidentsService(client);

  // 1. Create an incident with a severity, owners and affected parts.
  const incident = await incidents.create({
    title: 'Database connection pool exhausted',
    body: 'Production database experiencing connection timeouts',
    severity: IncidentSeverity.SEV1,
    owned_by: [ownerId],
    applies_to_parts: [partId],
  });
  log(`Created incident: ${incident.id}`);
  log(`Display ID: ${incident.display_id}`);

  // 2. List incidents: awaiting the call returns one page.
  const page = await incidents.list();
  for (const listed of page.incidents.slice(0, 5)) {
    log(`${listed.display_id}: ${listed.title}`);
  }

  // 3. Filter by stage and severity.
  const filtered = await incidents.list({
    stage: [IncidentStage.ACKNOWLEDGED, IncidentStage.IDENTIFIED],
    severity: [IncidentSeverity.SEV0, IncidentSeverity.SEV1],
    limit: 20,
  });
  log(`Acknowledged or identified SEV0/SEV1 incidents on the first page: ${filtered.incidents.length}`);

  // 4. Get one by id; severity and stage read back as names.
  const fetched = await incidents.get(incident.id);
  log(`Title: ${fetched.title}`);
  log(`Stage: ${stageOf(fetched) ?? fetched.stage?.stage?.name}`);
  log(`Severity: ${severityOf(fetched) ?? fetched.severity?.label}`);

  // 5. Move it to mitigated and record what was done.
  const updated = await incidents.update({
    id: incident.id,
    stage: IncidentStage.MITIGATED,
    body: 'Database connection pool increased from 100 to 200',
  });
  log(`Updated stage: ${stageOf(updated)}`);

  // Best practice: document the resolution in the body before closing.
  const resolved = await incidents.update({
    id: incident.id,
    stage: { stage: IncidentStage.RESOLVED, notes: 'Pool resized; error rate back to baseline' },
    body: 'Root cause: pool too small for peak traffic. Resolution: pool increased to 200.',
  });
  log(`Resolved: ${stageOf(resolved)}`);

  // 6. Group by severity.
  const { groups } = await incidents.group({ group_by: 'severity', limit: 10 });
  for (const group of groups) {
    log(`${group.key}: ${group.count} incidents`);
  }

  // 7. Walk every page with for await.
  let totalIncidents = 0;
  for await (const _incident of incidents.list({ limit: 50 })) {
    totalIncidents++;
  }
  log(`Incidents across all pages: ${totalIncidents}`);

  // 8. Create and list inside one async function.
  const spike = await incidents.create({ title: 'API latency spike', severity: IncidentSeverity.SEV2 });
  const recent = await incidents.list({ limit: 10 });
  log(`Created ${spike.display_id}; the first page of 10 has ${recent.incidents.length} incidents`);

  // 9. Delete, then show that the id is gone.
  await incidents.delete(incident.id);
  await incidents.delete(spike.id);
  let deletedLookupFailed = false;
  try {
    await incidents.get(incident.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) {
      throw error;
    }
    deletedLookupFailed = true;
    log(`Getting the deleted incident failed as expected: ${error.message}`);
  }

  return {
    createdId: incident.id,
    firstPageCount: page.incidents.length,
    filteredCount: filtered.incidents.length,
    groups: groups.map(({ key, count }) => ({ key, count })),
    totalIncidents,
    deletedLookupFailed,
  };
}

/** Creates the client for the demo from the environment: a token and, optionally, a base URL. */
export function clientFromEnvironment(): DevRevClient {
  return createDevRevClient({ token: process.env.DEVREV_TOKEN, baseUrl: process.env.DEVREV_BASE_URL });
}
