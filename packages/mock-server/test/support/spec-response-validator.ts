import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

import { buildSchemaDocument, schemaRef } from '../../scripts/openapi-to-json-schema.mjs';
import { createAjv } from '../../src/validation/create-ajv.js';

interface OpenApiResponse {
  $ref?: string;
  content?: { 'application/json'?: { schema?: { $ref?: string } } };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, OpenApiResponse> };
}

const specPath = fileURLToPath(new URL('../../../../spec/.cache/openapi-beta.yaml', import.meta.url));
const spec = loadSpec();

// Built from the whole spec, independently of the subset the server's build extracts.
const ajv = createAjv(buildSchemaDocument(spec.components.schemas, Object.keys(spec.components.schemas)));

/** Parses the spec once per content: parsing the YAML takes seconds, the cached JSON milliseconds. */
function loadSpec(): OpenApiDocument {
  const text = readFileSync(specPath, 'utf8');
  const cachePath = join(tmpdir(), `devrev-openapi-beta-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`);
  if (existsSync(cachePath)) {
    return JSON.parse(readFileSync(cachePath, 'utf8')) as OpenApiDocument;
  }

  const parsed = parse(text) as OpenApiDocument;
  writeFileSync(cachePath, JSON.stringify(parsed));
  return parsed;
}

/** Operations and statuses checked so far, as `METHOD /path STATUS`, for coverage assertions. */
export const checkedResponses = new Set<string>();

function responseSchemaName(method: string, path: string, status: number): string {
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) {
    throw new Error(`The spec has no ${method} ${path}.`);
  }

  let response = operation.responses[String(status)];
  if (!response) {
    throw new Error(`The spec lists no ${status} response for ${method} ${path}; it lists ${Object.keys(operation.responses).join(', ')}.`);
  }
  if (response.$ref) {
    response = spec.components.responses[response.$ref.split('/').pop()!]!;
  }

  const ref = response.content?.['application/json']?.schema?.$ref;
  if (!ref) {
    throw new Error(`The ${status} response of ${method} ${path} has no JSON schema in the spec.`);
  }
  return ref.split('/').pop()!;
}

/**
 * Returns the schema violations of a response body, or an empty list when the
 * body is valid against the schema the spec gives for that operation and status.
 */
export function responseViolations(method: string, path: string, status: number, body: unknown): string[] {
  const name = responseSchemaName(method, path, status);
  const validate = ajv.getSchema(schemaRef(name));
  if (!validate) {
    throw new Error(`No schema ${name} in the spec document.`);
  }

  checkedResponses.add(`${method} ${path} ${status}`);
  if (validate(body)) {
    return [];
  }
  return (validate.errors ?? []).map((error) => `${name}${error.instancePath}: ${error.message} ${JSON.stringify(error.params)}`);
}
