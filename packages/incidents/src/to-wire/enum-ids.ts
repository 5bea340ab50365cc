import { invalidValueError } from '@devrev-ts/core';

import type { SeverityInput, StageName } from '../inputs.js';
import { findByName, type OrganisationEnums, type SeverityValue, type StageValue } from '../organisation-enums.js';
import { parseIncidentSeverity } from '../severity.js';
import { parseIncidentStage } from '../stage.js';
import { unknownValueError } from '../validate.js';

/** Resolves a severity name or id to the organisation's numeric id. */
export async function toSeverityId(field: string, value: SeverityInput, enums: OrganisationEnums): Promise<number> {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw invalidValueError(field, value, 'a severity name or a whole-number id');
    }
    return value;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidValueError(field, value, 'a severity name such as SEV1, or an id');
  }

  const severities = await enums.severities();
  const match = findByName(severities, value, (severity) => severity.label);
  if (match === undefined) {
    throw unknownValueError(field, value, `the organisation's severities are ${listSeverities(severities)}`);
  }
  return match.id;
}

/** Resolves a stage name or a `don:` stage id to the organisation's stage id. */
export async function toStageId(field: string, value: StageName, enums: OrganisationEnums): Promise<string> {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidValueError(field, value, 'a stage name such as MITIGATED, or a stage id');
  }
  if (value.startsWith('don:')) {
    return value;
  }

  const stages = await enums.stages();
  const match = findByName(stages, value, (stage) => stage.name);
  if (match === undefined) {
    throw unknownValueError(field, value, `the organisation's incident stages are ${listStages(stages)}`);
  }
  return match.id;
}

// Values are listed by the names callers pass (SEV1, MITIGATED) where the
// enums know them, and by the organisation's label otherwise.
function listSeverities(severities: readonly SeverityValue[]): string {
  return severities.map((severity) => `${parseIncidentSeverity(severity.label) ?? severity.label} (id ${severity.id})`).join(', ') || 'none';
}

function listStages(stages: readonly StageValue[]): string {
  return stages.map((stage) => `${parseIncidentStage(stage.name) ?? stage.name} (${stage.id})`).join(', ') || 'none';
}
