/**
 * An incident as the mock server stores it: references are kept as ids and
 * expanded into summaries only when a response is rendered.
 */
export interface IncidentRecord {
  id: string;

  /** The number behind the id and `display_id` (`INC-<number>`). */
  number: number;
  title: string;
  body?: string;

  /** The id of a value of the organisation's severity enum. */
  severity?: number;
  stage: { id: string; notes?: string };
  owned_by: string[];
  applies_to_parts: string[];
  created_by: string;
  modified_by: string;
  created_date: string;
  modified_date: string;
  acknowledged_date?: string;
  identified_date?: string;
  mitigated_date?: string;
  actual_close_date?: string;
  target_close_date?: string;
  custom_fields?: Record<string, unknown>;
  tags: { id: string; value?: string }[];
  artifacts: string[];
  pia: string[];
  playbooks: string[];
  related_docs: string[];

  /** The id of a value of the organisation's `reported_by` enum. */
  reported_by?: number;

  /** The deprecated `source` enum id, stored and rendered like `reported_by`. */
  source?: number;
  impacted_customers: string[];
  subtype?: string;
  is_staged?: boolean;
  sync_metadata?: {
    external_record_id?: string;
    external_record_type?: string;
    external_reference?: string;
    origin_system?: string;
  };
}

export function incidentDisplayId(record: IncidentRecord): string {
  return `INC-${record.number}`;
}
