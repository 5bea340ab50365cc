import { type IncidentSeverity, parseIncidentSeverity } from './severity.js';
import { type IncidentStage, parseIncidentStage } from './stage.js';
import type { Incident } from './types.js';

/**
 * Returns the incident's severity by name, read from the label the response
 * carries; undefined when it has none or the organisation added a value this
 * enum does not know.
 */
export function severityOf(incident: Pick<Incident, 'severity'>): IncidentSeverity | undefined {
  const label = incident.severity?.label;
  return label === undefined ? undefined : parseIncidentSeverity(label);
}

/** Returns the incident's stage by name; undefined when it has none or the stage is not one this enum knows. */
export function stageOf(incident: Pick<Incident, 'stage'>): IncidentStage | undefined {
  const name = incident.stage?.stage?.name;
  return name === undefined ? undefined : parseIncidentStage(name);
}
