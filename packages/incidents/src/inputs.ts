import type {
  createDateFields,
  groupableFields,
  listDateFilterFields,
  updateDateFields,
  updateSetFields,
} from './generated/incident-fields.js';
import type { IncidentSeverity } from './severity.js';
import type { IncidentStage } from './stage.js';
import type {
  DateFilter,
  IncidentsCreateRequest,
  IncidentsGroupRequest,
  IncidentsListRequest,
  IncidentsUpdateRequest,
} from './types.js';

/** A severity by name, or the organisation's numeric id for it. */
export type SeverityInput = IncidentSeverity | number;

/** A stage by name, or the organisation's stage id (`don:...`). */
export type StageName = IncidentStage | (string & {});

/** A stage, with optional notes about the transition. */
export type StageInput = StageName | { stage: StageName; notes?: string };

/** A point in time: a `Date` or an ISO 8601 string. */
export type DateInput = Date | string;

/** A date filter: a range, the last or next N days, or the spec's own form. */
export type DateFilterInput =
  | { after?: DateInput; before?: DateInput }
  | { lastDays: number }
  | { nextDays: number }
  | DateFilter;

/** A field incidents can be grouped by, including `custom_fields.<name>`. */
export type GroupableField = (typeof groupableFields)[number] | `custom_fields.${string}`;

type Replace<T, R> = Omit<T, keyof R> & R;

type DateFields<K extends string> = { [Key in K]?: DateInput };

type SetFields<T, K extends keyof T> = {
  [Key in K]?: NonNullable<T[Key]> extends { set?: infer Items } ? T[Key] | NonNullable<Items> : T[Key];
};

type ListFilters = {
  severity?: SeverityInput[];
  stage?: StageName[];
} & { [Key in (typeof listDateFilterFields)[number]]?: DateFilterInput };

export type CreateIncidentInput = Replace<
  IncidentsCreateRequest,
  { severity?: SeverityInput; stage?: StageInput } & DateFields<(typeof createDateFields)[number]>
>;

export type UpdateIncidentInput = Replace<
  IncidentsUpdateRequest,
  { severity?: SeverityInput; stage?: StageInput } & DateFields<(typeof updateDateFields)[number]> &
    SetFields<IncidentsUpdateRequest, (typeof updateSetFields)[number]>
>;

export type ListIncidentsInput = Replace<IncidentsListRequest, ListFilters>;

export type GroupIncidentsInput = Replace<IncidentsGroupRequest, ListFilters & { group_by: GroupableField }>;
