export { startMockServer } from './start-mock-server.js';
export type { MockServer, MockServerOptions, RecordedRequest } from './mock-server-options.js';
export type { FaultOptions, FaultTrigger, LatencyFault, RateLimitFault } from './faults/fault-options.js';
export type { FaultKind } from './faults/fault-injector.js';
export type { IncidentStageOptions, OrganisationOptions } from './organisation/organisation-options.js';
export type {
  Account,
  Article,
  CustomStage,
  DevUser,
  EnumValue,
  Organisation,
  Part,
  RevOrg,
  RevUser,
  StageDiagram,
  StageState,
  Tag,
} from './organisation/organisation.js';
