import type { EnumValue } from './organisation.js';

/** An incident stage to add to or replace in the seeded organisation. */
export interface IncidentStageOptions {
  /** The stage id, for example `don:core:dvrv-us-1:devo/0mock:custom_stage/9001`. */
  id: string;
  name: string;

  /** Position in the stage diagram; defaults to after the last stage. */
  ordinal?: number;

  /** Whether the stage closes the incident; defaults to false. */
  isFinal?: boolean;
}

/**
 * Changes to the seeded organisation, so that a test can serve a severity or
 * stage that the SDK's enums do not know.
 */
export interface OrganisationOptions {
  /** Replaces the seeded severities (`Sev0` to `Sev3`). */
  severities?: EnumValue[];

  /** Adds severities after the seeded or replaced ones. */
  additionalSeverities?: EnumValue[];

  /** Replaces the seeded incident stages (`Acknowledged` to `Resolved`). */
  stages?: IncidentStageOptions[];

  /** Adds incident stages after the seeded or replaced ones. */
  additionalStages?: IncidentStageOptions[];
}
