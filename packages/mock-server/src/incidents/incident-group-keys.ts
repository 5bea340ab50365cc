import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import type { GroupByField } from './group-incidents.js';

/** A group's identity, its position among groups, and its key in the spec's field-value form. */
export interface IncidentGroupKey {
  id: string;
  order: number | string;
  value: SpecSchemas['field-value'];
}

/**
 * Returns the group keys of an incident for one field: severity keys are
 * `int` values (the enum id) ordered by ordinal, stage keys are `stage` values
 * (by name) in diagram order, and user and part keys are `id` values.
 */
export function groupKeysOf(record: IncidentRecord, groupBy: GroupByField, index: OrganisationIndex): IncidentGroupKey[] {
  switch (groupBy) {
    case 'severity': {
      const severity = record.severity === undefined ? undefined : index.severity(record.severity);
      return severity
        ? [{ id: String(severity.id), order: severity.ordinal, value: { type: 'int', value: severity.id, display_value: severity.label } }]
        : [];
    }
    case 'stage': {
      const stage = index.incidentStage(record.stage.id);
      return stage ? [{ id: stage.id, order: stage.ordinal, value: { type: 'stage', name: stage.name, display_value: stage.name } }] : [];
    }
    case 'owned_by':
      return record.owned_by.map((id) => idKey(id, index.user(id)?.full_name));
    case 'created_by':
      return [idKey(record.created_by, index.user(record.created_by)?.full_name)];
    case 'applies_to_parts':
      return record.applies_to_parts.map((id) => idKey(id, index.part(id)?.name));
  }
}

function idKey(id: string, displayValue: string | undefined): IncidentGroupKey {
  return { id, order: displayValue ?? id, value: { type: 'id', value: id, ...(displayValue ? { display_value: displayValue } : {}) } };
}
