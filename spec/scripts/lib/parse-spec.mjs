import { parse } from 'yaml';

/** Parses an OpenAPI 3 document (YAML or JSON) and checks the fields the spec scripts rely on. */
export function parseSpec(content, label) {
  let spec;
  try {
    spec = parse(content.toString('utf8'));
  } catch (error) {
    throw new Error(`${label} is not valid YAML or JSON: ${error.message}`);
  }

  const openapi = spec?.openapi;
  if (typeof openapi !== 'string' || !openapi.startsWith('3.')) {
    throw new Error(`${label} is not an OpenAPI 3 document: its "openapi" field is ${JSON.stringify(openapi)}, expected "3.x".`);
  }
  if (typeof spec.info?.version !== 'string' || spec.info.version === '') {
    throw new Error(`${label} has no info.version; the lock records it, so the spec must carry one.`);
  }
  if (typeof spec.paths !== 'object' || spec.paths === null) {
    throw new Error(`${label} has no paths.`);
  }
  return spec;
}
