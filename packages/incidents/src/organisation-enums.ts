import { type DevRevClient, unwrap } from '@devrev-ts/core';
import { createPaginator } from '@devrev-ts/pagination';

import { normalizeName } from './normalize-name.js';
import type { IncidentSeverity } from './severity.js';
import type { IncidentStage } from './stage.js';

/** One value of the organisation's severity enum, as the stock schema lists it. */
export interface SeverityValue {
  id: number;
  label: string;
  ordinal?: number;
}

/** One incident stage of the organisation. */
export interface StageValue {
  id: string;
  name: string;
}

/**
 * Name-to-id maps that replace the organisation look-ups. A kind given here
 * is never fetched.
 */
export interface IncidentEnumMaps {
  severity?: Partial<Record<IncidentSeverity, number>>;
  stage?: Partial<Record<IncidentStage, string>>;
}

/**
 * The organisation's severity and stage values, fetched on first use and
 * cached. Concurrent first calls share one request; a failed look-up is not
 * cached, so the next call tries again.
 */
export class OrganisationEnums {
  #client: DevRevClient;
  #severities: Promise<SeverityValue[]> | undefined;
  #stages: Promise<StageValue[]> | undefined;

  constructor(client: DevRevClient, maps: IncidentEnumMaps = {}) {
    this.#client = client;
    if (maps.severity !== undefined) {
      this.#severities = Promise.resolve(valuesFromMap(maps.severity).map(([label, id]) => ({ id, label })));
    }
    if (maps.stage !== undefined) {
      this.#stages = Promise.resolve(valuesFromMap(maps.stage).map(([name, id]) => ({ id, name })));
    }
  }

  severities(): Promise<SeverityValue[]> {
    this.#severities ??= this.#retryable(() => fetchSeverities(this.#client), () => (this.#severities = undefined));
    return this.#severities;
  }

  stages(): Promise<StageValue[]> {
    this.#stages ??= this.#retryable(() => fetchStages(this.#client), () => (this.#stages = undefined));
    return this.#stages;
  }

  #retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
    return load().catch((error: unknown) => {
      forget();
      throw error;
    });
  }
}

/** Finds an organisation value whose label normalizes to the same text. */
export function findByName<T>(values: readonly T[], name: string, labelOf: (value: T) => string): T | undefined {
  const expected = normalizeName(name);
  return values.find((value) => normalizeName(labelOf(value)) === expected);
}

function valuesFromMap<V>(map: Partial<Record<string, V>>): [string, V][] {
  return Object.entries(map).filter((entry): entry is [string, V] => entry[1] !== undefined);
}

async function fetchSeverities(client: DevRevClient): Promise<SeverityValue[]> {
  const { fragment } = await unwrap(client.POST('/schemas.stock.get', { body: { leaf_type: 'incident' } }));
  const field = fragment.fields?.find((candidate) => candidate.name === 'severity');

  if (field === undefined || !('allowed_values' in field) || !Array.isArray(field.allowed_values)) {
    return [];
  }
  // A plain enum field lists strings; only a uenum lists the ids requests need.
  return field.allowed_values.flatMap((value) =>
    typeof value === 'object' ? [{ id: value.id, label: value.label, ordinal: value.ordinal }] : [],
  );
}

// Stages come from the incident stage diagram; an organisation without one
// falls back to its custom stages, which every organisation can list.
async function fetchStages(client: DevRevClient): Promise<StageValue[]> {
  const diagrams = await unwrap(client.POST('/stage-diagrams.list', { body: { leaf_type: ['incident'], limit: 1 } }));
  const nodes = diagrams.result[0]?.stages ?? [];
  const fromDiagram = nodes.flatMap((node) => toStageValue(node.stage));
  if (fromDiagram.length > 0) {
    return fromDiagram;
  }

  const custom = createPaginator(async ({ cursor }) => {
    const page = await unwrap(client.POST('/stages.custom.list', { body: { cursor } }));
    return { items: page.result, nextCursor: page.cursor, prevCursor: undefined };
  });
  const stages: StageValue[] = [];
  for await (const stage of custom) {
    stages.push(...toStageValue(stage));
  }
  return stages;
}

function toStageValue(stage: { id: string; name?: string } | undefined): StageValue[] {
  return stage?.name === undefined ? [] : [{ id: stage.id, name: stage.name }];
}
