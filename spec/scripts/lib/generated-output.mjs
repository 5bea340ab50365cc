// Compares the generated code in two copies of the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Where every package's generate task writes; turbo.json declares the same folder as its output.
export const GENERATED_DIR = 'src/generated';

/** Returns the names of the packages under packages/ that have a `generate` script. */
export function packagesWithGenerate(root) {
  return readdirSync(resolve(root, 'packages')).filter((name) => {
    const manifestPath = resolve(root, 'packages', name, 'package.json');
    return existsSync(manifestPath) && JSON.parse(readFileSync(manifestPath, 'utf8')).scripts?.generate !== undefined;
  });
}

/**
 * Returns one line per generated file that differs between `actualRoot` and
 * `expectedRoot` for the package `name`: missing, stale, or no longer produced.
 */
export function compareGeneratedOutput(name, actualRoot, expectedRoot) {
  const actualDir = resolve(actualRoot, 'packages', name, GENERATED_DIR);
  const expectedDir = resolve(expectedRoot, 'packages', name, GENERATED_DIR);
  const actual = filesUnder(actualDir);
  const expected = filesUnder(expectedDir);
  const label = (file) => `packages/${name}/${GENERATED_DIR}/${file}`;

  const problems = [];
  for (const file of expected) {
    if (!actual.includes(file)) {
      problems.push(`${label(file)} is missing.`);
    } else if (!readFileSync(join(actualDir, file)).equals(readFileSync(join(expectedDir, file)))) {
      problems.push(`${label(file)} is stale: it differs from what the locked spec generates.`);
    }
  }
  for (const file of actual.filter((file) => !expected.includes(file))) {
    problems.push(`${label(file)} is no longer generated from the locked spec.`);
  }
  return problems;
}

function filesUnder(dir, base = dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}
