#!/usr/bin/env node
// Extracts from DevRev's beta spec what the mock server validates against:
// the request and response schemas of each operation it serves, converted to
// JSON Schema. Output goes to src/generated/ (gitignored) and is bundled into
// dist/ by the build, so an installed package needs no spec.
// Regenerate with `pnpm generate` from the repository root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import { buildSchemaDocument, convertSchema, reachableSchemas } from './openapi-to-json-schema.mjs';
import { SERVED_OPERATIONS } from './served-operations.mjs';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(packageRoot, '../../spec/.cache/openapi-beta.yaml');
const outputDir = resolve(packageRoot, 'src/generated');

const COMPONENT_PREFIX = '#/components/schemas/';

const spec = parse(readFileSync(specPath, 'utf8'));
const componentSchemas = spec.components.schemas;
const componentResponses = spec.components.responses;

/** @param {string | undefined} ref */
function schemaName(ref) {
  return ref?.startsWith(COMPONENT_PREFIX) ? ref.slice(COMPONENT_PREFIX.length) : undefined;
}

function responseSchemaName(response) {
  const resolved = response.$ref ? componentResponses[response.$ref.split('/').pop()] : response;
  return schemaName(resolved?.content?.['application/json']?.schema?.$ref);
}

const operations = {};
const roots = [];

for (const [method, path] of SERVED_OPERATIONS) {
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) {
    throw new Error(`generate: the spec has no ${method} ${path}; update scripts/served-operations.mjs.`);
  }

  const requestBody = schemaName(operation.requestBody?.content?.['application/json']?.schema?.$ref);
  const queryParameters = (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => ({
      name: parameter.name,
      required: parameter.required === true,
      explode: parameter.explode !== false,
      schema: convertSchema(parameter.schema),
    }));
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [status, responseSchemaName(response)]),
  );

  operations[`${method} ${path}`] = { operationId: operation.operationId, requestBody, queryParameters, responses };
  roots.push(...[requestBody, ...Object.values(responses)].filter(Boolean));
  for (const parameter of operation.parameters ?? []) {
    const ref = schemaName(parameter.schema?.$ref ?? parameter.schema?.items?.$ref);
    if (ref) roots.push(ref);
  }
}

const schemaDocument = buildSchemaDocument(componentSchemas, reachableSchemas(componentSchemas, roots));

const header =
  "// Generated from DevRev's beta OpenAPI spec by scripts/generate.mjs. Do not edit.\n" +
  '// Regenerate with `pnpm generate` from the repository root.\n\n' +
  "import type { SpecOperation } from '../validation/spec-operation.js';\n\n";

mkdirSync(outputDir, { recursive: true });
writeFileSync(
  resolve(outputDir, 'spec-subset.ts'),
  header +
    `export const specVersion = ${JSON.stringify(spec.info?.version ?? 'unknown')};\n\n` +
    `export const operations: Record<string, SpecOperation> = ${JSON.stringify(operations)};\n\n` +
    `export const schemaDocument: { $id: string; definitions: Record<string, object> } = ${JSON.stringify(schemaDocument)};\n`,
);
