// Converts OpenAPI 3.0 schema objects into JSON Schema (draft-07) that ajv can
// compile. Used by the generate script and by the tests' response validator.
//
// Differences handled:
// - `$ref: '#/components/schemas/<name>'` becomes a reference into the
//   document that `buildSchemaDocument` returns.
// - `nullable: true` adds 'null' to `type`.
// - `discriminator` with `oneOf`: the variants in DevRev's spec do not repeat the
//   discriminator property, so several variants match one value and plain
//   `oneOf` fails. The variant is chosen by the discriminator value instead,
//   as OpenAPI defines: an `if`/`then` per mapping entry, plus an `enum` of the
//   mapped values on the discriminator property.
// - A variant that is only `{ type: object, additionalProperties: false }`
//   marks "no fields beyond the base"; under JSON Schema it would reject the
//   base's own fields, so that `additionalProperties` is dropped.
// - Annotations that ajv does not know (`example`, `x-*`, `deprecated`,
//   `description`, `title`) are removed.

/** The `$id` of the document that contains every converted schema. */
export const SCHEMA_DOCUMENT_ID = 'devrev-openapi';

const COMPONENT_PREFIX = '#/components/schemas/';
const DROPPED_KEYS = new Set(['example', 'examples', 'deprecated', 'description', 'title', 'discriminator', 'externalDocs', 'xml']);

/**
 * Returns the JSON Schema reference to a component schema.
 * @param {string} name
 */
export function schemaRef(name) {
  return `${SCHEMA_DOCUMENT_ID}#/definitions/${name}`;
}

/**
 * Converts one OpenAPI schema object.
 * @param {unknown} schema
 * @returns {unknown}
 */
export function convertSchema(schema) {
  if (Array.isArray(schema)) {
    return schema.map(convertSchema);
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }

  /** @type {Record<string, unknown>} */
  const source = /** @type {Record<string, unknown>} */ (schema);
  /** @type {Record<string, unknown>} */
  const result = {};

  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYS.has(key) || key.startsWith('x-') || key === 'nullable') {
      continue;
    }
    if (key === '$ref' && typeof value === 'string') {
      result.$ref = value.startsWith(COMPONENT_PREFIX) ? `#/definitions/${value.slice(COMPONENT_PREFIX.length)}` : value;
      continue;
    }
    if (key === 'properties' && value && typeof value === 'object') {
      result.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, convertSchema(property)]));
      continue;
    }
    result[key] = convertSchema(value);
  }

  if (source.nullable === true && typeof result.type === 'string') {
    result.type = [result.type, 'null'];
  }

  const isEmptyMarker = result.additionalProperties === false && (!result.properties || Object.keys(/** @type {object} */ (result.properties)).length === 0);
  if (isEmptyMarker) {
    delete result.additionalProperties;
  }

  const discriminator = /** @type {{ propertyName?: string, mapping?: Record<string, string> } | undefined} */ (source.discriminator);
  if (discriminator?.propertyName && discriminator.mapping && Array.isArray(source.oneOf)) {
    replaceOneOfWithDiscriminator(result, discriminator.propertyName, discriminator.mapping);
  }
  return result;
}

/**
 * @param {Record<string, unknown>} result
 * @param {string} propertyName
 * @param {Record<string, string>} mapping
 */
function replaceOneOfWithDiscriminator(result, propertyName, mapping) {
  delete result.oneOf;

  const values = Object.keys(mapping);
  const branches = Object.entries(mapping).map(([value, ref]) => ({
    if: { properties: { [propertyName]: { const: value } }, required: [propertyName] },
    then: { $ref: `#/definitions/${ref.slice(COMPONENT_PREFIX.length)}` },
  }));

  const properties = /** @type {Record<string, unknown>} */ (result.properties ?? {});
  const existing = properties[propertyName];
  properties[propertyName] = existing ? { allOf: [existing, { enum: values }] } : { enum: values };
  result.properties = properties;
  result.required = [...new Set([...(/** @type {string[]} */ (result.required ?? [])), propertyName])];
  result.allOf = [...(/** @type {unknown[]} */ (result.allOf ?? [])), ...branches];
}

/**
 * Collects the names of the component schemas reachable from `roots`.
 * @param {Record<string, unknown>} schemas the spec's `components.schemas`
 * @param {string[]} roots
 * @returns {string[]}
 */
export function reachableSchemas(schemas, roots) {
  const seen = new Set();
  const pending = [...roots];

  while (pending.length > 0) {
    const name = /** @type {string} */ (pending.pop());
    if (seen.has(name)) {
      continue;
    }
    if (!(name in schemas)) {
      throw new Error(`The spec has no component schema named ${JSON.stringify(name)}.`);
    }
    seen.add(name);
    collectRefs(schemas[name], pending);
  }
  return [...seen].sort();
}

/**
 * @param {unknown} value
 * @param {string[]} into
 */
function collectRefs(value, into) {
  if (Array.isArray(value)) {
    value.forEach((item) => collectRefs(item, into));
    return;
  }
  if (value === null || typeof value !== 'object') {
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if ((key === '$ref' || key === 'mapping') && typeof child === 'string' && child.startsWith(COMPONENT_PREFIX)) {
      into.push(child.slice(COMPONENT_PREFIX.length));
    } else if (key === 'mapping' && child && typeof child === 'object') {
      Object.values(child).forEach((ref) => typeof ref === 'string' && into.push(ref.slice(COMPONENT_PREFIX.length)));
    } else {
      collectRefs(child, into);
    }
  }
}

/**
 * Builds one JSON Schema document whose `definitions` hold the named component
 * schemas, converted; compile references into it with `schemaRef(name)`.
 * @param {Record<string, unknown>} schemas
 * @param {string[]} names
 */
export function buildSchemaDocument(schemas, names) {
  return {
    $id: SCHEMA_DOCUMENT_ID,
    definitions: Object.fromEntries(names.map((name) => [name, convertSchema(schemas[name])])),
  };
}
