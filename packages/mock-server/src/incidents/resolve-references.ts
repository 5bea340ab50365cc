import { invalidEnumValue, invalidField } from '../http/api-error.js';
import type { OrganisationIndex } from '../organisation/organisation-index.js';

type Lookup = (reference: string) => { id: string } | undefined;

/** Maps each reference to its canonical id. An unknown reference throws a 400 `invalid_field` naming the field. */
export function resolveReferences(fieldName: string, kind: string, references: readonly string[], lookup: Lookup): string[] {
  return references.map((reference) => {
    const found = lookup(reference);
    if (!found) {
      throw invalidField(fieldName, `'${fieldName}' contains ${JSON.stringify(reference)}, which is not the id of a known ${kind}.`);
    }
    return found.id;
  });
}

export function resolveSeverity(index: OrganisationIndex, fieldName: string, id: number): number {
  if (!index.severity(id)) {
    const { severities } = index.organisation;
    throw invalidEnumValue(fieldName, id, severities.map((value) => value.id), severities.map((value) => value.label));
  }
  return id;
}

export function resolveReporter(index: OrganisationIndex, fieldName: string, id: number): number {
  if (!index.reporter(id)) {
    const { reporters } = index.organisation;
    throw invalidEnumValue(fieldName, id, reporters.map((value) => value.id), reporters.map((value) => value.label));
  }
  return id;
}

/** Checks that a stage id names an incident stage; stages of other leaf types are rejected. */
export function resolveIncidentStage(index: OrganisationIndex, fieldName: string, id: string): string {
  if (!index.incidentStage(id)) {
    const known = index.organisation.stages.map((stage) => `${stage.id} (${stage.name})`).join(', ');
    throw invalidField(fieldName, `'${fieldName}' is ${JSON.stringify(id)}, which is not an incident stage id; incident stages are: ${known}.`);
  }
  return id;
}
