import { createIncident } from '../incidents/create-incident.js';
import { buildIncidentFilter } from '../incidents/filter-incidents.js';
import { groupIncidents, type IncidentsGroupRequest } from '../incidents/group-incidents.js';
import { incidentSortOptions } from '../incidents/incident-sort-options.js';
import { requireIncident, updateIncident } from '../incidents/update-incident.js';
import { readPageRequest } from '../list/page-request.js';
import { paginate } from '../list/paginate.js';
import { parseSortBy } from '../list/parse-sort-by.js';
import { renderIncident } from '../render/render-incident.js';
import type { SpecSchemas } from '../spec-types.js';
import { defineRoute } from './route.js';

export const incidentsCreate = defineRoute<SpecSchemas['incidents-create-request']>('/incidents.create', (input, { state, now }) => {
  const record = createIncident(state, input, now);
  return { status: 201, body: { incident: renderIncident(record, state.index) } };
});

export const incidentsGet = defineRoute<SpecSchemas['incidents-get-request']>('/incidents.get', (input, { state }) => ({
  body: { incident: renderIncident(requireIncident(state, input.id), state.index) },
}));

export const incidentsList = defineRoute<SpecSchemas['incidents-list-request']>('/incidents.list', (input, { state, now }) => {
  const sorter = parseSortBy(input.sort_by, incidentSortOptions(state.index));
  const pageRequest = readPageRequest(input);
  const matches = buildIncidentFilter(input, state.index, now);
  const page = paginate(state.allIncidents().filter(matches), sorter, 'incidents', pageRequest);

  return {
    body: {
      incidents: page.items.map((record) => renderIncident(record, state.index)),
      ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
      ...(page.prevCursor ? { prev_cursor: page.prevCursor } : {}),
    },
  };
});

export const incidentsUpdate = defineRoute<SpecSchemas['incidents-update-request']>('/incidents.update', (input, { state, now }) => ({
  body: { incident: renderIncident(updateIncident(state, input, now), state.index) },
}));

export const incidentsDelete = defineRoute<SpecSchemas['incidents-delete-request']>('/incidents.delete', (input, { state }) => {
  state.deleteIncident(requireIncident(state, input.id).id);
  return { body: {} };
});

export const incidentsGroup = defineRoute<IncidentsGroupRequest>('/incidents.group', (input, { state, now }) => ({
  body: groupIncidents(state, input, now),
}));
