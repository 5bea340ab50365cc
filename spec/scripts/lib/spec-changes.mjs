// Compares two versions of a spec and reports what matters to users of the
// packages: operations added or removed, and fields added, removed or
// retyped in the schemas the packages use.
import { fieldsOf, operationsOf } from './describe-schema.mjs';

/**
 * Returns `{ operations: { added, removed }, named: [...], referenced: [...] }`.
 * `usedSchemas` is `{ named, referenced }` from findUsedSchemas. Each schema
 * entry is `{ name, status, added, removed, retyped }`, where `status` is
 * `added`, `removed` or `changed`. Unchanged schemas are left out.
 */
export function diffSpecs(before, after, usedSchemas) {
  const operationsBefore = new Set(operationsOf(before));
  const operationsAfter = new Set(operationsOf(after));

  return {
    operations: {
      added: [...operationsAfter].filter((operation) => !operationsBefore.has(operation)),
      removed: [...operationsBefore].filter((operation) => !operationsAfter.has(operation)),
    },
    named: diffSchemas(usedSchemas.named, before, after),
    referenced: diffSchemas(usedSchemas.referenced, before, after),
  };
}

function diffSchemas(names, before, after) {
  return [...names]
    .sort()
    .map((name) => diffSchema(name, before.components?.schemas ?? {}, after.components?.schemas ?? {}))
    .filter((change) => change !== undefined);
}

function diffSchema(name, schemasBefore, schemasAfter) {
  const existedBefore = schemasBefore[name] !== undefined;
  const existsAfter = schemasAfter[name] !== undefined;
  if (!existedBefore && !existsAfter) {
    return undefined;
  }

  const fieldsBefore = existedBefore ? fieldsOf(schemasBefore, name) : new Map();
  const fieldsAfter = existsAfter ? fieldsOf(schemasAfter, name) : new Map();

  const added = [...fieldsAfter.keys()].filter((field) => !fieldsBefore.has(field)).sort();
  const removed = [...fieldsBefore.keys()].filter((field) => !fieldsAfter.has(field)).sort();
  const retyped = [...fieldsAfter.keys()]
    .filter((field) => fieldsBefore.has(field))
    .sort()
    .map((field) => ({ field, before: fieldsBefore.get(field), after: fieldsAfter.get(field) }))
    .filter(({ before, after }) => before.type !== after.type || before.required !== after.required);

  let status = 'changed';
  if (!existedBefore) {
    status = 'added';
  } else if (!existsAfter) {
    status = 'removed';
  }
  if (status === 'changed' && added.length + removed.length + retyped.length === 0) {
    return undefined;
  }
  return { name, status, added, removed, retyped };
}

/** Formats a diff as the lines `spec:update` prints. */
export function formatChanges(changes) {
  const lines = [];
  const { added, removed } = changes.operations;

  lines.push(`Operations: ${added.length} added, ${removed.length} removed`);
  added.forEach((operation) => lines.push(`  + ${operation}`));
  removed.forEach((operation) => lines.push(`  - ${operation}`));

  lines.push(`Schemas the packages name: ${changes.named.length} changed`);
  changes.named.forEach((schema) => lines.push(`  ${formatSchemaChange(schema)}`));

  lines.push(`Schemas those refer to: ${changes.referenced.length} changed`);
  changes.referenced.forEach((schema) => lines.push(`  ${formatSchemaChange(schema)}`));
  return lines.join('\n');
}

function formatSchemaChange({ name, status, added, removed, retyped }) {
  if (status === 'removed') {
    return `${name}: removed`;
  }
  const parts = [
    ...added.map((field) => `+${field}`),
    ...removed.map((field) => `-${field}`),
    ...retyped.map(({ field, before, after }) => `~${field} (${describeField(before)} -> ${describeField(after)})`),
  ];
  const prefix = status === 'added' ? `${name} (new)` : name;
  return `${prefix}: ${parts.join(', ')}`;
}

function describeField({ type, required }) {
  return required ? type : `${type}, optional`;
}
