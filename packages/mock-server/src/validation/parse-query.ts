import { invalidField } from '../http/api-error.js';
import type { SpecQueryParameter } from './spec-operation.js';

/**
 * Reads query parameters into values of their schema's type, without
 * validating them. DevRev's arrays use `explode: false`, so `severity=1,2` is
 * `[1, 2]`; a repeated parameter adds to the array. An object parameter
 * (`custom_fields`) is `key,value,key,value` as OpenAPI's form style defines.
 * A value that does not convert is left as a string, for the schema check to
 * report. An unknown parameter throws a 400 `invalid_field`.
 */
export function parseQuery(searchParams: URLSearchParams, parameters: readonly SpecQueryParameter[]): Record<string, unknown> {
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]));
  const result: Record<string, unknown> = {};

  for (const name of new Set(searchParams.keys())) {
    const parameter = byName.get(name);
    if (!parameter) {
      const known = parameters.map((entry) => entry.name).join(', ') || 'none';
      throw invalidField(name, `Unknown query parameter '${name}'; this endpoint accepts: ${known}.`);
    }

    const raw = searchParams.getAll(name);
    result[name] = convert(parameter, raw);
  }
  return result;
}

function convert(parameter: SpecQueryParameter, raw: string[]): unknown {
  const { schema, name } = parameter;

  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    const values = parameter.explode ? raw : raw.flatMap((entry) => (entry === '' ? [] : entry.split(',')));
    return values.map((value) => convertScalar(items, value));
  }

  if (raw.length > 1) {
    throw invalidField(name, `The query parameter '${name}' appears ${raw.length} times; it takes one value.`);
  }

  const value = raw[0] ?? '';
  if (schema.type === 'object') {
    return convertObject(name, value);
  }
  return convertScalar(schema, value);
}

function convertScalar(schema: Record<string, unknown>, value: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  if (schema.type === 'boolean') {
    if (value === 'true') {
      return true;
    }
    if (value === 'false') {
      return false;
    }
  }
  return value;
}

function convertObject(name: string, value: string): Record<string, string> {
  const parts = value === '' ? [] : value.split(',');
  if (parts.length % 2 !== 0) {
    throw invalidField(name, `The query parameter '${name}' must be comma-separated key,value pairs; received ${JSON.stringify(value)}.`);
  }

  const result: Record<string, string> = {};
  for (let index = 0; index < parts.length; index += 2) {
    result[parts[index]!] = parts[index + 1]!;
  }
  return result;
}

/** Nests dotted parameter names: `{ 'staged_info.is_staged': true }` becomes `{ staged_info: { is_staged: true } }`. */
export function nestDottedNames(flat: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};

  for (const [name, value] of Object.entries(flat)) {
    const segments = name.split('.');
    let target = result;
    for (const segment of segments.slice(0, -1)) {
      const next = (target[segment] ??= {}) as Record<string, unknown>;
      target = next;
    }
    target[segments[segments.length - 1]!] = value;
  }
  return result;
}
