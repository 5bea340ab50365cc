import { badRequest, notFound } from '../http/api-error.js';
import { readPageRequest } from '../list/page-request.js';
import { paginate } from '../list/paginate.js';
import { parseSortBy } from '../list/parse-sort-by.js';
import { coreDon } from '../organisation/dons.js';
import type { CustomStage, StageDiagram } from '../organisation/organisation.js';
import { renderEnumValue, renderStageSummary, renderStateSummary } from '../render/render-summaries.js';
import type { SpecSchemas } from '../spec-types.js';
import type { MockState } from '../store/mock-state.js';
import { defineRoute } from './route.js';

const INCIDENT_FRAGMENT_ID = coreDon('schema_fragment', 'incident-stock');

export const devUsersSelf = defineRoute<SpecSchemas['dev-users-self-request']>('/dev-users.self', (_input, { state }) => {
  const user = state.organisation.self;
  return {
    body: {
      dev_user: {
        type: 'dev_user',
        id: user.id,
        display_id: user.display_id,
        display_name: user.display_name,
        full_name: user.full_name,
        email: user.email,
        state: 'active',
      } satisfies SpecSchemas['dev-user'],
    },
  };
});

/** Serves the stock schema of the incident leaf type, whose `severity` field lists the organisation's severities. */
export const schemasStockGet = defineRoute<SpecSchemas['stock-schema-fragments-get-request']>('/schemas.stock.get', (input, { state }) => {
  if (input.id === undefined && input.leaf_type === undefined) {
    throw badRequest("Pass either 'id' or 'leaf_type' to get a stock schema.");
  }

  const matches = (input.id === undefined || input.id === INCIDENT_FRAGMENT_ID) && (input.leaf_type === undefined || input.leaf_type === 'incident');
  if (!matches) {
    const lookupKey = input.id === undefined ? `the leaf type ${JSON.stringify(input.leaf_type)}` : `the id ${JSON.stringify(input.id)}`;
    throw notFound(`No stock schema fragment exists for ${lookupKey}; the mock server serves only leaf type "incident".`);
  }
  return { body: { fragment: incidentStockSchema(state) } };
});

function incidentStockSchema(state: MockState): SpecSchemas['stock-schema-fragment'] {
  const { organisation } = state;
  return {
    id: INCIDENT_FRAGMENT_ID,
    leaf_type: 'incident',
    title: 'Incident',
    composite_schemas: [],
    fields: [
      { field_type: 'text', name: 'title', is_required: true },
      { field_type: 'rich_text', name: 'body' },
      { field_type: 'uenum', name: 'severity', allowed_values: organisation.severities.map(renderEnumValue) },
      { field_type: 'uenum', name: 'reported_by', allowed_values: organisation.reporters.map(renderEnumValue) },
      { field_type: 'timestamp', name: 'target_close_date' },
    ],
  };
}

export const stageDiagramsList = defineRoute<SpecSchemas['stage-diagrams-list-request']>('/stage-diagrams.list', (input, { state }) => {
  const { organisation } = state;
  const byId = new Map(organisation.customStages.map((stage) => [stage.id, stage]));
  const matching = organisation.stageDiagrams.filter(
    (diagram) =>
      (!input.leaf_type?.length || input.leaf_type.includes(diagram.leaf_type)) &&
      (!input.name?.length || input.name.includes(diagram.name)) &&
      (input.is_custom_leaf_type === undefined || input.is_custom_leaf_type === diagram.is_custom_leaf_type),
  );

  const sorter = parseSortBy(input.sort_by, {
    fields: { name: (diagram: StageDiagram) => diagram.name, leaf_type: (diagram) => diagram.leaf_type },
    defaultSortBy: ['leaf_type:asc'],
    tieBreaker: (diagram) => diagram.id,
  });
  const page = paginate(matching, sorter, 'stage-diagrams', readPageRequest(input));

  return {
    body: {
      result: page.items.map((diagram) => renderStageDiagram(diagram, byId)),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    },
  };
});

function renderStageDiagram(diagram: StageDiagram, stagesById: Map<string, CustomStage>): SpecSchemas['stage-diagram'] {
  const stages = diagram.stage_ids.map((id) => stagesById.get(id)).filter((stage): stage is CustomStage => stage !== undefined);
  return {
    id: diagram.id,
    name: diagram.name,
    leaf_type: diagram.leaf_type,
    is_custom_leaf_type: diagram.is_custom_leaf_type,
    is_default: true,
    stages: stages.map((stage, position) => ({
      stage: renderStageSummary(stage),
      is_start: position === 0,
      is_deprecated: false,
      transitions: stages.filter((other) => other !== stage).map((other) => ({ target_stage: renderStageSummary(other) })),
    })),
  };
}

export const stagesCustomList = defineRoute<SpecSchemas['custom-stages-list-request']>('/stages.custom.list', (input, { state }) => {
  const matching = state.organisation.customStages.filter(
    (stage) => (!input.name?.length || input.name.includes(stage.name)) && (!input.ordinal?.length || input.ordinal.includes(stage.ordinal)),
  );

  const sorter = parseSortBy(input.sort_by, {
    fields: { name: (stage: CustomStage) => stage.name, ordinal: (stage) => stage.ordinal },
    defaultSortBy: [],
    tieBreaker: (stage) => state.organisation.customStages.indexOf(stage),
  });
  const page = paginate(matching, sorter, 'stages.custom', readPageRequest(input));

  return {
    body: {
      result: page.items.map(
        (stage): SpecSchemas['custom-stage'] => ({ id: stage.id, name: stage.name, ordinal: stage.ordinal, state: renderStateSummary(stage) }),
      ),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    },
  };
});
