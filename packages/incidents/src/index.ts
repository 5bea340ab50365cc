export { createIncidentsService, IncidentsService } from './incidents-service.js';
export type { CallOptions, IncidentsServiceOptions } from './incidents-service.js';
export type { ListOptions } from './walk-options.js';
export {
  compareIncidentSeverity,
  IncidentSeverity,
  incidentSeverities,
  incidentSeverityLabel,
  isIncidentSeverity,
  parseIncidentSeverity,
} from './severity.js';
export {
  compareIncidentStage,
  IncidentStage,
  incidentStageLabel,
  incidentStages,
  isIncidentStage,
  parseIncidentStage,
} from './stage.js';
export { severityOf, stageOf } from './readers.js';
export type { IncidentGroup, IncidentGroupsPage } from './incident-group.js';
export type { IncidentEnumMaps, OrganisationEnums, SeverityValue, StageValue } from './organisation-enums.js';
export type {
  CreateIncidentInput,
  DateFilterInput,
  DateInput,
  GroupableField,
  GroupIncidentsInput,
  ListIncidentsInput,
  SeverityInput,
  StageInput,
  StageName,
  UpdateIncidentInput,
} from './inputs.js';
export type { FieldValue, Incident, IncidentsListResponse } from './types.js';
export { groupableFields } from './generated/incident-fields.js';
