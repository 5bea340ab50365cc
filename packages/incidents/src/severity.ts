import { normalizeName } from './normalize-name.js';

/** Incident severity by name; SEV0 is the most severe. Use as a value or a type. */
export const IncidentSeverity = {
  SEV0: 'SEV0',
  SEV1: 'SEV1',
  SEV2: 'SEV2',
  SEV3: 'SEV3',
} as const;

export type IncidentSeverity = (typeof IncidentSeverity)[keyof typeof IncidentSeverity];

/** Every severity, most severe first. */
export const incidentSeverities: readonly IncidentSeverity[] = ['SEV0', 'SEV1', 'SEV2', 'SEV3'];

const descriptions: Record<IncidentSeverity, string> = {
  SEV0: 'critical, complete outage',
  SEV1: 'high, major functionality impaired',
  SEV2: 'medium, partial functionality impaired',
  SEV3: 'low, minor issues',
};

const byNormalizedName = new Map(incidentSeverities.map((severity) => [normalizeName(severity), severity]));

export function isIncidentSeverity(value: unknown): value is IncidentSeverity {
  return typeof value === 'string' && (incidentSeverities as readonly string[]).includes(value);
}

/** Parses user or organisation text such as `SEV1`, `sev1` or `Sev 1`; undefined when it names no severity. */
export function parseIncidentSeverity(text: string): IncidentSeverity | undefined {
  return byNormalizedName.get(normalizeName(text));
}

/** Returns a display label such as `SEV1 (high, major functionality impaired)`. */
export function incidentSeverityLabel(severity: IncidentSeverity): string {
  return `${severity} (${descriptions[severity]})`;
}

/** Orders severities most severe first, for `Array.prototype.sort`. */
export function compareIncidentSeverity(a: IncidentSeverity, b: IncidentSeverity): number {
  return incidentSeverities.indexOf(a) - incidentSeverities.indexOf(b);
}
