/** Turns an ajv instance path (`/tags/0/tag_id`) into a field name (`tags[0].tag_id`). */
export function describeFieldPath(instancePath: string, child?: string): string {
  const segments = instancePath.split('/').filter((segment) => segment !== '');
  if (child !== undefined) {
    segments.push(child);
  }

  let path = '';
  for (const encoded of segments) {
    const segment = encoded.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) {
      path += `[${segment}]`;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
  }
  return path;
}
