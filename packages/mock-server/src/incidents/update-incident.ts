import { notFound } from '../http/api-error.js';
import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import type { MockState } from '../store/mock-state.js';
import { applyCommonFields } from './apply-common-fields.js';
import { closeIfFinal } from './create-incident.js';
import { requireTitle } from './require-title.js';
import { resolveIncidentStage, resolveReferences } from './resolve-references.js';

export type IncidentsUpdateRequest = SpecSchemas['incidents-update-request'];

/** Finds an incident by id or display id, throwing a 404 `not_found` when there is none. */
export function requireIncident(state: MockState, id: string): IncidentRecord {
  const record = state.findIncident(id);
  if (!record) {
    throw notFound(`No incident has the id ${JSON.stringify(id)}.`);
  }
  return record;
}

/**
 * Applies a validated `incidents.update` request. List fields take `{ set }`,
 * which replaces the whole list; fields the request leaves out keep their value.
 */
export function updateIncident(state: MockState, request: IncidentsUpdateRequest, now: Date): IncidentRecord {
  const { index } = state;
  const current = requireIncident(state, request.id);
  const record: IncidentRecord = structuredClone(current);

  if (request.title !== undefined) record.title = requireTitle(request.title);
  if (request.stage !== undefined) {
    const stageId = request.stage.stage === undefined ? record.stage.id : resolveIncidentStage(index, 'stage.stage', request.stage.stage);
    record.stage = { id: stageId, ...(request.stage.notes === undefined ? {} : { notes: request.stage.notes }) };
  }

  applyCommonFields(state, record, request);

  const sets = {
    owned_by: request.owned_by?.set,
    applies_to_parts: request.applies_to_parts?.set,
    artifacts: request.artifacts?.set,
    pia: request.pia?.set,
    playbooks: request.playbooks?.set,
    related_docs: request.related_docs?.set,
  };
  if (sets.owned_by) record.owned_by = resolveReferences('owned_by.set', 'dev user', sets.owned_by, (ref) => index.user(ref));
  if (sets.applies_to_parts) record.applies_to_parts = resolveReferences('applies_to_parts.set', 'part', sets.applies_to_parts, (ref) => index.part(ref));
  if (sets.artifacts) record.artifacts = [...sets.artifacts];
  if (sets.pia) record.pia = resolveReferences('pia.set', 'article', sets.pia, (ref) => index.article(ref));
  if (sets.playbooks) record.playbooks = resolveReferences('playbooks.set', 'article', sets.playbooks, (ref) => index.article(ref));
  if (sets.related_docs) record.related_docs = resolveReferences('related_docs.set', 'article', sets.related_docs, (ref) => index.article(ref));

  if (request.tags?.set) {
    record.tags = request.tags.set.map((entry, position) => ({
      id: resolveReferences(`tags.set[${position}].tag_id`, 'tag', entry.tag_id === undefined ? [''] : [entry.tag_id], (ref) => index.tag(ref))[0]!,
      ...(entry.value === undefined ? {} : { value: entry.value }),
    }));
  }
  if (request.impact?.customer_ids?.set) {
    record.impacted_customers = resolveReferences('impact.customer_ids.set', 'account', request.impact.customer_ids.set, (ref) => index.account(ref));
  }
  if (request.staged_info?.is_staged !== undefined) {
    record.is_staged = request.staged_info.is_staged;
  }

  record.modified_by = index.organisation.self.id;
  record.modified_date = now.toISOString();
  closeIfFinal(state, record, now);
  state.saveIncident(record);
  return record;
}
