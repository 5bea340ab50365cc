import { invalidValueError } from '@devrev-ts/core';

import type { StageInput } from '../inputs.js';
import type { OrganisationEnums } from '../organisation-enums.js';
import { toStageId } from './enum-ids.js';

/** Converts a stage name, id, or `{ stage, notes }` to the spec's `{ stage: <id>, notes? }`. */
export async function toWireStage(value: StageInput, enums: OrganisationEnums): Promise<{ stage: string; notes?: string }> {
  if (typeof value === 'string') {
    return { stage: await toStageId('stage', value, enums) };
  }
  if (typeof value !== 'object' || value === null) {
    throw invalidValueError('stage', value, 'a stage name, a stage id, or { stage, notes }');
  }

  const stage = await toStageId('stage.stage', value.stage, enums);
  return value.notes === undefined ? { stage } : { stage, notes: value.notes };
}
