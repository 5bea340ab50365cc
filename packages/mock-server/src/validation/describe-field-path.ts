/** Turns an ajv instance path (`/tags/0/tag_id`) into a field name (`tags[0].tag_id`). */
export function describeFieldPath(instancePath: string, child?: string): string {
  const segments = instancePath.split('/').filter((segment) => segment !== '');
  if (child !== undefined) {
    segments.push(child);
  }

  return segments
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`), '');
}
