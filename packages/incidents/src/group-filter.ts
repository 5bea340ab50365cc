import type { ListIncidentsInput } from './inputs.js';
import { findByName, type OrganisationEnums } from './organisation-enums.js';
import type { FieldValue } from './types.js';

// incidents.list filters that take ids, so that a group keyed by one of them
// can be continued as a filtered list.
const idFilters = new Set(['applies_to_parts', 'created_by', 'owned_by', 'pia', 'playbooks']);

/** Returns the list filter that selects one group's incidents, or undefined when the key has none. */
export async function groupFilterFor(
  key: FieldValue,
  groupBy: string,
  enums: OrganisationEnums,
): Promise<Partial<ListIncidentsInput> | undefined> {
  if (key.type === 'int' && (groupBy === 'severity' || groupBy === 'source' || groupBy === 'reported_by')) {
    return { [groupBy]: [key.value] };
  }
  if (key.type === 'id' && idFilters.has(groupBy)) {
    return { [groupBy]: [key.value] };
  }
  if (key.type === 'stage' && key.name !== undefined) {
    const stage = findByName(await enums.stages(), key.name, (candidate) => candidate.name);
    return stage === undefined ? undefined : { stage: [stage.id] };
  }
  return undefined;
}
