// Short, comparable descriptions of OpenAPI 3.0 schemas, used to tell when a
// field was retyped between two versions of a spec.

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function refName(schema) {
  return schema?.$ref?.split('/').pop();
}

/**
 * Describes a schema in one line, such as `integer(int64)[]`, `date-filter`,
 * `'a' | 'b'` or `{ id: string(id); name?: string }`. Two schemas that accept
 * the same values may still differ here (for example by format), and then
 * count as retyped.
 */
export function describeSchema(schema) {
  const described = describeWithoutNull(schema ?? {});
  return schema?.nullable === true ? `${described} | null` : described;
}

function describeWithoutNull(schema) {
  const name = refName(schema);
  if (name !== undefined) {
    return name;
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => JSON.stringify(value).replaceAll('"', "'")).join(' | ');
  }
  for (const [keyword, separator] of [['allOf', ' & '], ['oneOf', ' | '], ['anyOf', ' | ']]) {
    if (Array.isArray(schema[keyword])) {
      return schema[keyword].map((part) => describeSchema(part)).join(separator);
    }
  }
  if (schema.type === 'array') {
    const items = describeSchema(schema.items);
    return /[ |&]/.test(items) ? `(${items})[]` : `${items}[]`;
  }
  if (schema.properties !== undefined) {
    const required = new Set(schema.required ?? []);
    const fields = Object.keys(schema.properties)
      .sort()
      .map((key) => `${key}${required.has(key) ? '' : '?'}: ${describeSchema(schema.properties[key])}`);
    return `{ ${fields.join('; ')} }`;
  }
  const type = schema.type ?? 'any';
  return schema.format === undefined ? type : `${type}(${schema.format})`;
}

/** Returns the schema's fields with their descriptions, following `$ref` and `allOf` the way openapi-typescript merges them. */
export function fieldsOf(schemas, name) {
  const fields = new Map();
  collectFields(schemas, schemas[name], fields, new Set([name]));
  return fields;
}

function collectFields(schemas, schema, fields, seen) {
  const name = refName(schema);
  if (name !== undefined) {
    if (!seen.has(name)) {
      seen.add(name);
      collectFields(schemas, schemas[name], fields, seen);
    }
    return;
  }

  for (const part of schema?.allOf ?? []) {
    collectFields(schemas, part, fields, seen);
  }
  const required = new Set(schema?.required ?? []);
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    fields.set(key, { type: describeSchema(property), required: required.has(key) });
  }
}

/** Returns every operation as `METHOD /path`, sorted. */
export function operationsOf(spec) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (pathItem[method] !== undefined) {
        operations.push(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  return operations.sort();
}

/** Returns the names of the schemas that `roots` refer to, directly or through other schemas, roots included. */
export function schemaClosure(schemas, roots) {
  const found = new Set();
  const pending = roots.filter((name) => schemas[name] !== undefined);
  while (pending.length > 0) {
    const name = pending.pop();
    if (found.has(name)) {
      continue;
    }
    found.add(name);
    for (const referenced of referencesIn(schemas[name])) {
      if (schemas[referenced] !== undefined && !found.has(referenced)) {
        pending.push(referenced);
      }
    }
  }
  return found;
}

function referencesIn(node, names = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((child) => referencesIn(child, names));
  } else if (node !== null && typeof node === 'object') {
    const name = refName(node);
    if (name !== undefined) {
      names.add(name);
    }
    Object.values(node).forEach((child) => referencesIn(child, names));
  }
  return names;
}
