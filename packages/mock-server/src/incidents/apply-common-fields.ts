import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import type { MockState } from '../store/mock-state.js';
import { resolveReporter, resolveSeverity } from './resolve-references.js';

type CommonFields = Pick<
  SpecSchemas['incidents-create-request'] & SpecSchemas['incidents-update-request'],
  | 'body'
  | 'severity'
  | 'reported_by'
  | 'source'
  | 'acknowledged_date'
  | 'identified_date'
  | 'mitigated_date'
  | 'target_close_date'
  | 'custom_fields'
>;

const DATE_FIELDS = ['acknowledged_date', 'identified_date', 'mitigated_date', 'target_close_date'] as const;

/**
 * Copies the scalar fields that create and update share onto a record.
 * `custom_fields` merges key by key, and a key set to null is removed.
 */
export function applyCommonFields(
  state: MockState,
  record: IncidentRecord,
  request: CommonFields & { sync_metadata?: SpecSchemas['create-sync-metadata'] },
): void {
  const { index } = state;

  if (request.body !== undefined) record.body = request.body;
  if (request.severity !== undefined) record.severity = resolveSeverity(index, 'severity', request.severity);
  if (request.reported_by !== undefined) record.reported_by = resolveReporter(index, 'reported_by', request.reported_by);
  if (request.source !== undefined) record.source = resolveReporter(index, 'source', request.source);

  for (const field of DATE_FIELDS) {
    const value = request[field];
    if (value !== undefined) {
      record[field] = new Date(value).toISOString();
    }
  }

  if (request.custom_fields !== undefined) {
    const merged: Record<string, unknown> = { ...record.custom_fields };
    for (const [key, value] of Object.entries(request.custom_fields)) {
      if (value === null) {
        delete merged[key];
      } else {
        merged[key] = value;
      }
    }
    record.custom_fields = merged;
  }

  // NOTE: last_sync_in and last_sync_out are not stored, so sync status filters match no incident.
  if (request.sync_metadata !== undefined) {
    const { external_record_id, external_record_type, external_reference, origin_system } = request.sync_metadata;
    record.sync_metadata = { ...record.sync_metadata, ...stripUndefined({ external_record_id, external_record_type, external_reference, origin_system }) };
  }
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
