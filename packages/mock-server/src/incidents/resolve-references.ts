import { invalidEnumValue, invalidField } from '../http/api-error.js';
import type { OrganisationIndex } from '../organisation/organisation-index.js';

type Lookup = (reference: string) => { id: string } | undefined;

/** Maps each reference to its canonical id, answering 400 naming the field for an unknown one. */
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
    throw invalidEnumValue(fieldName, id, index.organisation.severities.map((value) => value.id));
  }
  return id;
}

export function resolveReporter(index: OrganisationIndex, fieldName: string, id: number): number {
  if (!index.reporter(id)) {
    throw invalidEnumValue(fieldName, id, index.organisation.reporters.map((value) => value.id));
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
