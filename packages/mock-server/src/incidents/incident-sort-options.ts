import type { SortOptions } from '../list/parse-sort-by.js';
import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { IncidentRecord } from '../store/incident-record.js';

/** The default order: newest first. */
export const DEFAULT_INCIDENT_SORT = ['created_date:desc'];

/**
 * Returns the fields incidents sort by. Severity sorts by ordinal (Sev0 first
 * in ascending order) and stage by its position in the stage diagram, not by id.
 */
export function incidentSortOptions(index: OrganisationIndex): SortOptions<IncidentRecord> {
  const date = (field: 'created_date' | 'modified_date' | 'target_close_date' | 'actual_close_date' | 'acknowledged_date' | 'identified_date' | 'mitigated_date') =>
    (record: IncidentRecord) => record[field] ?? null;

  return {
    fields: {
      created_date: date('created_date'),
      modified_date: date('modified_date'),
      target_close_date: date('target_close_date'),
      actual_close_date: date('actual_close_date'),
      acknowledged_date: date('acknowledged_date'),
      identified_date: date('identified_date'),
      mitigated_date: date('mitigated_date'),
      title: (record) => record.title,
      display_id: (record) => record.number,
      severity: (record) => (record.severity === undefined ? null : (index.severity(record.severity)?.ordinal ?? null)),
      stage: (record) => index.incidentStage(record.stage.id)?.ordinal ?? null,
    },
    defaultSortBy: DEFAULT_INCIDENT_SORT,
    tieBreaker: (record) => record.number,
  };
}
