import type { BetaComponents } from '@devrev-ts/core';

type Schemas = BetaComponents['schemas'];

/** An incident as the API returns it. */
export type Incident = Schemas['incident'];

export type IncidentsCreateRequest = Schemas['incidents-create-request'];
export type IncidentsUpdateRequest = Schemas['incidents-update-request'];
export type IncidentsListRequest = Schemas['incidents-list-request'];
export type IncidentsGroupRequest = Schemas['incidents-group-request'];
export type IncidentsListResponse = Schemas['incidents-list-response'];
export type IncidentsGroupResponse = Schemas['incidents-group-response'];
export type FieldValue = Schemas['field-value'];
export type DateFilter = Schemas['date-filter'];
