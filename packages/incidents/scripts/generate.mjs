#!/usr/bin/env node
// Derives from the spec the incident request fields that need translating, so
// that a field DevRev adds is handled after `pnpm generate` with no hand edit.
// Output goes to src/generated/ (gitignored).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(packageRoot, '../../spec/.cache/openapi-beta.yaml');
const outputPath = resolve(packageRoot, 'src/generated/incident-fields.ts');

const schemas = parse(readFileSync(specPath, 'utf8')).components.schemas;

function refName(schema) {
  return schema?.$ref?.split('/').pop();
}

function propertiesOf(name) {
  const schema = schemas[name];
  const parts = [schema, ...(schema.allOf ?? []).map((part) => schemas[refName(part)] ?? part)];
  return Object.assign({}, ...parts.map((part) => part.properties ?? {}));
}

function keysWhere(name, predicate) {
  return Object.entries(propertiesOf(name))
    .filter(([, schema]) => predicate(schema))
    .map(([key]) => key)
    .sort();
}

const isDateTime = (schema) => schema.type === 'string' && schema.format === 'date-time';
const isDateFilter = (schema) => refName(schema) === 'date-filter';
const isSetOperation = (schema) => {
  const target = schemas[refName(schema)];
  return target !== undefined && Object.keys(target.properties ?? {}).join() === 'set';
};
// SLA summaries describe running timers, not a value incidents share, so they are not groupable.
const isGroupable = (schema) => {
  const target = refName(schema.type === 'array' ? schema.items : schema) ?? '';
  const isValue = target === 'enum-value' || target === 'stage' || target.endsWith('-summary');
  return isValue && !target.includes('sla');
};

const fields = {
  createDateFields: keysWhere('incidents-create-request', isDateTime),
  updateDateFields: keysWhere('incidents-update-request', isDateTime),
  updateSetFields: keysWhere('incidents-update-request', isSetOperation),
  listDateFilterFields: keysWhere('incidents-list-request', isDateFilter),
  groupableFields: keysWhere('incident', isGroupable),
};

const body = Object.entries(fields)
  .map(([name, keys]) => `export const ${name} = ${JSON.stringify(keys)} as const;\n`)
  .join('\n');

mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(
  outputPath,
  '// Generated from the incident schemas of the beta OpenAPI spec. Do not edit.\n' +
    '// Regenerate with `pnpm generate` from the repository root.\n\n' +
    body,
);
