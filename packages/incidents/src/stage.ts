import { normalizeName } from './normalize-name.js';

/** Incident lifecycle stage by name, in lifecycle order. Use as a value or a type. */
export const IncidentStage = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  IDENTIFIED: 'IDENTIFIED',
  MITIGATED: 'MITIGATED',
  RESOLVED: 'RESOLVED',
} as const;

export type IncidentStage = (typeof IncidentStage)[keyof typeof IncidentStage];

/** Every stage, in lifecycle order. */
export const incidentStages: readonly IncidentStage[] = ['ACKNOWLEDGED', 'IDENTIFIED', 'MITIGATED', 'RESOLVED'];

const labels: Record<IncidentStage, string> = {
  ACKNOWLEDGED: 'Acknowledged',
  IDENTIFIED: 'Identified',
  MITIGATED: 'Mitigated',
  RESOLVED: 'Resolved',
};

const byNormalizedName = new Map(incidentStages.map((stage) => [normalizeName(stage), stage]));

export function isIncidentStage(value: unknown): value is IncidentStage {
  return typeof value === 'string' && (incidentStages as readonly string[]).includes(value);
}

/** Parses user or organisation text such as `MITIGATED` or `Mitigated`; undefined when it names no stage. */
export function parseIncidentStage(text: string): IncidentStage | undefined {
  return byNormalizedName.get(normalizeName(text));
}

/** Returns the display label, such as `Mitigated`. */
export function incidentStageLabel(stage: IncidentStage): string {
  return labels[stage];
}

/** Orders stages by lifecycle, for `Array.prototype.sort`. */
export function compareIncidentStage(a: IncidentStage, b: IncidentStage): number {
  return incidentStages.indexOf(a) - incidentStages.indexOf(b);
}
