import { coreDon } from '../organisation/dons.js';
import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import type { MockState } from '../store/mock-state.js';
import { applyCommonFields } from './apply-common-fields.js';
import { requireTitle } from './require-title.js';
import { resolveIncidentStage, resolveReferences } from './resolve-references.js';

export type IncidentsCreateRequest = SpecSchemas['incidents-create-request'];

/**
 * Stores a new incident from a validated `incidents.create` request, created by
 * the token's user. Without a stage it starts in the diagram's first stage.
 */
export function createIncident(state: MockState, request: IncidentsCreateRequest, now: Date): IncidentRecord {
  const { index } = state;
  const firstStage = index.organisation.stages[0];
  if (!firstStage) {
    throw new Error('The organisation has no incident stages.');
  }

  const title = requireTitle(request.title);
  const stageId = request.stage ? resolveIncidentStage(index, 'stage.stage', request.stage.stage) : firstStage.id;
  const number = state.nextIncidentNumber();
  const timestamp = now.toISOString();

  const record: IncidentRecord = {
    id: coreDon('incident', number),
    number,
    title,
    stage: { id: stageId, ...(request.stage?.notes === undefined ? {} : { notes: request.stage.notes }) },
    owned_by: resolveReferences('owned_by', 'dev user', request.owned_by ?? [], (ref) => index.user(ref)),
    applies_to_parts: resolveReferences('applies_to_parts', 'part', request.applies_to_parts ?? [], (ref) => index.part(ref)),
    created_by: index.organisation.self.id,
    modified_by: index.organisation.self.id,
    created_date: timestamp,
    modified_date: timestamp,
    tags: [],
    artifacts: [],
    pia: [],
    playbooks: [],
    related_docs: [],
    impacted_customers: [],
  };

  // NOTE: custom_schema_spec, external_source_data and stage_validation_options are accepted but
  // not applied, so creating in a non-start stage succeeds without `allow_non_start`.
  applyCommonFields(state, record, request);
  record.artifacts = request.artifacts ?? [];
  record.pia = resolveReferences('pia', 'article', request.pia ?? [], (ref) => index.article(ref));
  record.playbooks = resolveReferences('playbooks', 'article', request.playbooks ?? [], (ref) => index.article(ref));
  record.related_docs = resolveReferences('related_docs', 'article', request.related_docs ?? [], (ref) => index.article(ref));
  record.tags = (request.tags ?? []).map((entry, position) => ({
    id: resolveReferences(`tags[${position}].tag_id`, 'tag', [entry.tag_id], (ref) => index.tag(ref))[0]!,
    ...(entry.value === undefined ? {} : { value: entry.value }),
  }));
  record.impacted_customers = resolveReferences('impact.customer_ids', 'account', request.impact?.customer_ids ?? [], (ref) => index.account(ref));
  if (request.staged_info?.is_staged !== undefined) {
    record.is_staged = request.staged_info.is_staged;
  }

  closeIfFinal(state, record, now);
  state.saveIncident(record);
  return record;
}

/** Sets `actual_close_date` when an incident enters a final stage without one. */
export function closeIfFinal(state: MockState, record: IncidentRecord, now: Date): void {
  const stage = state.index.incidentStage(record.stage.id);
  if (stage?.state.is_final && record.actual_close_date === undefined) {
    record.actual_close_date = now.toISOString();
  }
}
