#!/usr/bin/env node
// Generates src/generated/list-endpoints.ts, the runtime table of DevRev's
// cursor-paginated endpoints, from the synced beta spec. The output is
// gitignored: run `pnpm generate` from the repository root.
//
// An endpoint is cursor-paginated when its 200 response declares
// `next_cursor` or `cursor` and exactly one array field, which contains the items.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(packageRoot, '../../spec/.cache/openapi-beta.yaml');
const outputPath = resolve(packageRoot, 'src/generated/list-endpoints.ts');

const spec = parse(readFileSync(specPath, 'utf8'));

function resolveSchema(schema) {
  if (schema?.$ref === undefined) {
    return schema ?? {};
  }
  const name = schema.$ref.split('/').pop();
  return spec.components.schemas[name];
}

// Collects the properties of an object schema, following $ref and allOf.
function propertiesOf(schema) {
  const resolved = resolveSchema(schema);
  const properties = { ...resolved.properties };
  for (const part of resolved.allOf ?? []) {
    Object.assign(properties, propertiesOf(part));
  }
  return properties;
}

function jsonSchema(content) {
  return content?.['application/json']?.schema;
}

function describeEndpoint(path, pathItem) {
  const post = pathItem.post;
  const responseSchema = jsonSchema(post?.responses?.['200']?.content);
  if (post === undefined || pathItem.get === undefined || responseSchema === undefined) {
    return undefined;
  }

  const response = propertiesOf(responseSchema);
  let next;
  if ('next_cursor' in response) {
    next = 'next_cursor';
  } else if ('cursor' in response) {
    next = 'cursor';
  } else {
    return undefined;
  }

  const arrays = Object.keys(response).filter((key) => resolveSchema(response[key]).type === 'array');
  if (arrays.length !== 1) {
    console.warn(
      `generate: skipping ${path}: a paginated response needs exactly one array field, found ${arrays.length} (${arrays.join(', ')}).`,
    );
    return undefined;
  }

  const request = propertiesOf(jsonSchema(post.requestBody?.content));
  return {
    items: arrays[0],
    next,
    prev: 'prev_cursor' in response ? 'prev_cursor' : undefined,
    limit: 'limit' in request,
    mode: 'mode' in request,
  };
}

const lines = [];
for (const [path, pathItem] of Object.entries(spec.paths)) {
  const endpoint = describeEndpoint(path, pathItem);
  if (endpoint === undefined) {
    continue;
  }
  const prev = endpoint.prev === undefined ? 'undefined' : `'${endpoint.prev}'`;
  lines.push(
    `  '${path}': { items: '${endpoint.items}', next: '${endpoint.next}', prev: ${prev}, limit: ${endpoint.limit}, mode: ${endpoint.mode} },`,
  );
}

const output = `// Generated from DevRev's beta OpenAPI spec by scripts/generate.mjs. Do not edit.
// Regenerate with \`pnpm generate\` from the repository root.

/** The cursor-paginated endpoints: their items field, cursor fields and accepted request fields. */
export const listEndpoints = {
${lines.join('\n')}
} as const;
`;

mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, output);
console.log(`generate: wrote ${lines.length} list endpoints to ${outputPath}`);
