// Reads a spec from a local path or an http(s) URL.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export function isUrl(source) {
  return /^https?:\/\//i.test(source);
}

/**
 * Returns the spec's bytes. A relative path is resolved against `baseDir`.
 * A URL is fetched with the global fetch and must return a 2xx status.
 */
export async function readSpecSource(source, baseDir) {
  if (isUrl(source)) {
    let response;
    try {
      response = await fetch(source);
    } catch (error) {
      throw new Error(`fetching the spec from ${source} failed: ${error.cause?.message ?? error.message}.`);
    }
    if (!response.ok) {
      throw new Error(`fetching the spec from ${source} failed with HTTP ${response.status}; expected 2xx.`);
    }
    return Buffer.from(await response.arrayBuffer());
  }

  const path = resolve(baseDir, source);
  if (!existsSync(path)) {
    throw new Error(`the spec file ${path} was not found.`);
  }
  return readFileSync(path);
}

/**
 * Returns how the lock records a source: a URL as given, a path relative to
 * the repository root, so the lock works on every clone with the same layout.
 */
export function lockSourceFor(source, baseDir, root) {
  if (isUrl(source)) {
    return source;
  }
  return relative(root, resolve(baseDir, source));
}
