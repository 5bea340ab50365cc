import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { DevUser } from '../organisation/organisation.js';
import { type IncidentRecord, incidentDisplayId } from '../store/incident-record.js';
import type { SpecSchemas } from '../spec-types.js';
import {
  renderAccountSummary,
  renderArticleSummary,
  renderEnumValue,
  renderPartSummary,
  renderStageSummary,
  renderStateSummary,
  renderTagSummary,
  renderUserSummary,
} from './render-summaries.js';

const DATE_FIELDS = [
  'acknowledged_date',
  'identified_date',
  'mitigated_date',
  'actual_close_date',
  'target_close_date',
] as const;

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Expands a stored incident into the spec's `incident` shape, with summaries for every reference. */
export function renderIncident(record: IncidentRecord, index: OrganisationIndex): SpecSchemas['incident'] {
  const users = (ids: string[]): DevUser[] => ids.map((id) => index.user(id)).filter(defined);
  const articles = (ids: string[]) => ids.map((id) => index.article(id)).filter(defined).map(renderArticleSummary);
  const stage = index.incidentStage(record.stage.id);
  const severity = record.severity === undefined ? undefined : index.severity(record.severity);
  const reportedBy = record.reported_by === undefined ? undefined : index.reporter(record.reported_by);
  const source = record.source === undefined ? undefined : index.reporter(record.source);
  const createdBy = index.user(record.created_by);
  const modifiedBy = index.user(record.modified_by);

  const incident: SpecSchemas['incident'] = {
    type: 'incident',
    id: record.id,
    display_id: incidentDisplayId(record),
    title: record.title,
    created_date: record.created_date,
    modified_date: record.modified_date,
    applies_to_parts: record.applies_to_parts
      .map((id) => index.part(id))
      .filter(defined)
      .map((part) => renderPartSummary(part, users(part.owned_by))),
    artifacts: record.artifacts.map((id) => ({ id })),
    owned_by: users(record.owned_by).map(renderUserSummary),
    pia: articles(record.pia),
    playbooks: articles(record.playbooks),
    tags: record.tags
      .map((entry) => {
        const tag = index.tag(entry.id);
        return tag ? { tag: renderTagSummary(tag), ...(entry.value === undefined ? {} : { value: entry.value }) } : undefined;
      })
      .filter(defined),
    // openapi-typescript types a free-form object as Record<string, never>; the spec allows any values.
    custom_fields: (record.custom_fields ?? {}) as SpecSchemas['incident']['custom_fields'],
    impact: {
      customer_ids: record.impacted_customers.map((id) => index.account(id)).filter(defined).map(renderAccountSummary),
    },
  };

  if (record.body !== undefined) incident.body = record.body;
  if (createdBy) incident.created_by = renderUserSummary(createdBy);
  if (modifiedBy) incident.modified_by = renderUserSummary(modifiedBy);
  if (severity) incident.severity = renderEnumValue(severity);
  if (reportedBy) incident.reported_by = renderEnumValue(reportedBy);
  if (source) incident.source = renderEnumValue(source);
  if (record.subtype !== undefined) incident.subtype = record.subtype;
  if (record.sync_metadata) incident.sync_metadata = { ...record.sync_metadata };
  if (stage) incident.stage = { stage: renderStageSummary(stage), state: renderStateSummary(stage) };

  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (value !== undefined) {
      incident[field] = value;
    }
  }
  return incident;
}
