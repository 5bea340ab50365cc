import { describe, expect, expectTypeOf, it } from 'vitest';

import {
  compareIncidentSeverity,
  compareIncidentStage,
  IncidentSeverity,
  incidentSeverityLabel,
  IncidentStage,
  incidentStageLabel,
  isIncidentSeverity,
  isIncidentStage,
  parseIncidentSeverity,
  parseIncidentStage,
  severityOf,
  stageOf,
} from '../src/index.js';

describe('IncidentSeverity', () => {
  it.each([
    ['SEV1', 'SEV1'],
    ['sev1', 'SEV1'],
    ['Sev 1', 'SEV1'],
    ['sev-0', 'SEV0'],
    [' SEV3 ', 'SEV3'],
  ])('parses %j as %s', (text, expected) => {
    expect(parseIncidentSeverity(text)).toBe(expected);
  });

  it.each(['SEV4', 'high', '', '1'])('parses %j as undefined', (text) => {
    expect(parseIncidentSeverity(text)).toBeUndefined();
  });

  it('orders most severe first', () => {
    const sorted = [IncidentSeverity.SEV2, IncidentSeverity.SEV0, IncidentSeverity.SEV3, IncidentSeverity.SEV1].sort(
      compareIncidentSeverity,
    );
    expect(sorted).toEqual(['SEV0', 'SEV1', 'SEV2', 'SEV3']);
  });

  it('guards values and types', () => {
    const candidate: unknown = 'SEV2';
    expect(isIncidentSeverity(candidate)).toBe(true);
    expect(isIncidentSeverity('sev2')).toBe(false);
    expect(isIncidentSeverity(2)).toBe(false);
    if (isIncidentSeverity(candidate)) {
      expectTypeOf(candidate).toEqualTypeOf<IncidentSeverity>();
    }
  });

  it('labels each severity', () => {
    expect(incidentSeverityLabel(IncidentSeverity.SEV0)).toBe('SEV0 (critical, complete outage)');
    expect(incidentSeverityLabel(IncidentSeverity.SEV3)).toBe('SEV3 (low, minor issues)');
  });
});

describe('IncidentStage', () => {
  it.each([
    ['MITIGATED', 'MITIGATED'],
    ['Mitigated', 'MITIGATED'],
    ['acknowledged', 'ACKNOWLEDGED'],
  ])('parses %j as %s', (text, expected) => {
    expect(parseIncidentStage(text)).toBe(expected);
  });

  it('parses an unknown stage as undefined', () => {
    expect(parseIncidentStage('Postmortem')).toBeUndefined();
  });

  it('orders by lifecycle', () => {
    const sorted = [IncidentStage.RESOLVED, IncidentStage.ACKNOWLEDGED, IncidentStage.MITIGATED].sort(compareIncidentStage);
    expect(sorted).toEqual(['ACKNOWLEDGED', 'MITIGATED', 'RESOLVED']);
  });

  it('guards and labels', () => {
    expect(isIncidentStage('IDENTIFIED')).toBe(true);
    expect(isIncidentStage('identified')).toBe(false);
    expect(incidentStageLabel(IncidentStage.IDENTIFIED)).toBe('Identified');
  });
});

describe('response readers', () => {
  it('reads severity and stage by name', () => {
    const incident = {
      severity: { id: 7, label: 'Sev1', ordinal: 1 },
      stage: { stage: { id: 'don:core:stage/1', name: 'Mitigated' }, state: { id: 'don:core:state/1', name: 'open' } },
    };
    expect(severityOf(incident)).toBe(IncidentSeverity.SEV1);
    expect(stageOf(incident)).toBe(IncidentStage.MITIGATED);
  });

  it('returns undefined for values the enum lacks', () => {
    const incident = {
      severity: { id: 99, label: 'Sev4', ordinal: 4 },
      stage: { stage: { id: 'don:core:stage/9', name: 'Postmortem' } },
    };
    expect(severityOf(incident)).toBeUndefined();
    expect(stageOf(incident)).toBeUndefined();
  });

  it('returns undefined when fields are missing', () => {
    expect(severityOf({})).toBeUndefined();
    expect(stageOf({})).toBeUndefined();
  });
});
