import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

/** DevRev's own string formats; the spec gives them no pattern, so any string passes. */
const DEVREV_STRING_FORMATS = ['id', 'text', 'sort-by', 'tag-filter'];

// ajv-formats is CommonJS: its module object is the plugin, and `default` is the
// plugin too. Node's ESM loader hands over the module object, so take `default`.
const addFormats = ajvFormats.default;

/**
 * Creates an ajv instance that supports the formats DevRev's spec uses
 * (`date-time`, `int32`, `int64`, and DevRev's own) and contains the given
 * schema document.
 */
export function createAjv(schemaDocument: object): Ajv {
  const ajv = new Ajv({ strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);

  for (const format of DEVREV_STRING_FORMATS) {
    ajv.addFormat(format, true);
  }
  ajv.addSchema(schemaDocument);
  return ajv;
}
