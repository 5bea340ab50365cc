import type { SeverityValue } from './organisation-enums.js';
import { parseIncidentSeverity } from './severity.js';
import { parseIncidentStage } from './stage.js';
import type { FieldValue } from './types.js';

/**
 * Turns a group's `field-value` key into text a person reads: a severity
 * name (`SEV1`), a stage name (`MITIGATED`), a user or part id, or the value.
 * Severity keys arrive as ids, so they are named through the organisation's
 * severities; an id the organisation does not list stays a number in text.
 */
export function readableGroupKey(key: FieldValue, groupBy: string, severities: readonly SeverityValue[]): string {
  switch (key.type) {
    case 'int':
      return groupBy === 'severity' ? severityName(key.value, severities) : String(key.value);
    case 'stage':
      return stageName(key.name ?? key.display_value ?? '');
    case 'id':
    case 'string':
    case 'date':
    case 'date_time':
      return key.value;
    case 'bool':
    case 'double':
      return String(key.value);
    case 'id_list':
    case 'string_list':
    case 'int_list':
    case 'double_list':
    case 'bool_list':
    case 'date_list':
    case 'date_time_list':
      return key.values.join(',');
    default:
      return key.display_value ?? key.type;
  }
}

function severityName(id: number, severities: readonly SeverityValue[]): string {
  const label = severities.find((severity) => severity.id === id)?.label;
  if (label === undefined) {
    return String(id);
  }
  return parseIncidentSeverity(label) ?? label;
}

function stageName(name: string): string {
  return parseIncidentStage(name) ?? name;
}
