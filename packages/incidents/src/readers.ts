import { type IncidentSeverity, parseIncidentSeverity } from './severity.js';
import { type IncidentStage, parseIncidentStage } from './stage.js';
import type { Incident } from './types.js';

/**
 * Returns the incident's severity by name, parsed from the label in the response.
 * Returns undefined when the incident has no severity or a value this enum lacks.
 */
export function severityOf(incident: Pick<Incident, 'severity'>): IncidentSeverity | undefined {
  const label = incident.severity?.label;
  return label === undefined ? undefined : parseIncidentSeverity(label);
}

/** Returns the incident's stage by name, or undefined when it has none or one this enum lacks. */
export function stageOf(incident: Pick<Incident, 'stage'>): IncidentStage | undefined {
  const name = incident.stage?.stage?.name;
  return name === undefined ? undefined : parseIncidentStage(name);
}
