// Finds the schemas the packages use, so the change report can leave out the
// rest of DevRev's API.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { schemaClosure } from './describe-schema.mjs';

// Hand-written code names a schema as an indexed type, e.g. Schemas['incident']
// or components['schemas']['date-filter'].
const INDEXED_NAME = /\[\s*'([a-z][a-z0-9-]*)'\s*\]/g;

/**
 * Returns `{ named, referenced }`: the schemas that hand-written sources in
 * packages/*\/src name, and every other schema those refer to. Generated code
 * under src/generated is skipped, because it names every schema.
 */
export function findUsedSchemas(root, schemas) {
  const named = new Set();
  for (const file of handWrittenSources(resolve(root, 'packages'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(INDEXED_NAME)) {
      if (schemas[match[1]] !== undefined) {
        named.add(match[1]);
      }
    }
  }
  const referenced = schemaClosure(schemas, [...named]);
  named.forEach((name) => referenced.delete(name));
  return { named, referenced };
}

function handWrittenSources(packagesDir) {
  const files = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      collectTypeScript(join(packagesDir, entry.name, 'src'), files);
    }
  }
  return files;
}

function collectTypeScript(dir, files) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') {
      collectTypeScript(path, files);
    } else if (entry.isFile() && entry.name.endsWith('.ts')) {
      files.push(path);
    }
  }
}
