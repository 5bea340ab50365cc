import type { Ajv, ValidateFunction } from 'ajv';

import { operations, schemaDocument } from '../generated/spec-subset.js';
import { badRequest, invalidField } from '../http/api-error.js';
import { createAjv } from './create-ajv.js';
import { nestDottedNames, parseQuery } from './parse-query.js';
import type { SpecOperation } from './spec-operation.js';
import { toApiError } from './to-api-error.js';

type JsonObject = Record<string, unknown>;

/**
 * Checks requests against the request schemas taken from the spec. Each
 * method throws an ApiError (400) for an invalid request, and returns the
 * request's fields as one object, the same for the GET and the POST form.
 */
export class RequestValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = createAjv(schemaDocument);
  }

  /** Returns the spec's description of `METHOD /path`, if the spec has that operation. */
  operation(method: string, path: string): SpecOperation | undefined {
    return operations[`${method} ${path}`];
  }

  /**
   * Validates a JSON body. Beyond the schema, a field the schema does not
   * define is rejected with `invalid_field`, so that a misspelt field is not silently
   * ignored.
   */
  validateBody(operation: SpecOperation, body: unknown): JsonObject {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest(`The request body must be a JSON object; received ${Array.isArray(body) ? 'an array' : JSON.stringify(body)}.`);
    }

    const name = operation.requestBody;
    if (!name) {
      return body as JsonObject;
    }

    const definition = schemaDocument.definitions[name] as { properties?: JsonObject } | undefined;
    const known = Object.keys(definition?.properties ?? {});
    for (const field of Object.keys(body)) {
      if (!known.includes(field)) {
        throw invalidField(field, `Unknown field '${field}'; this endpoint accepts: ${known.join(', ') || 'no fields'}.`);
      }
    }

    const validate = this.compile(name, () => ({ $ref: `${schemaDocument.$id}#/definitions/${name}` }));
    if (!validate(body)) {
      throw toApiError(validate.errors![0]!, body);
    }
    return body as JsonObject;
  }

  /** Validates the query of a GET form and returns it with dotted names nested. */
  validateQuery(operation: SpecOperation, searchParams: URLSearchParams): JsonObject {
    const flat = parseQuery(searchParams, operation.queryParameters);
    const validate = this.compile(`query:${operation.operationId}`, () => ({
      type: 'object',
      properties: Object.fromEntries(operation.queryParameters.map((parameter) => [parameter.name, pointIntoDocument(parameter.schema)])),
      required: operation.queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    }));

    if (!validate(flat)) {
      throw toApiError(validate.errors![0]!, flat);
    }
    return nestDottedNames(flat);
  }

  private compile(key: string, build: () => object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(build());
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** Rewrites a parameter schema's local references to point into the spec's schema document. */
function pointIntoDocument(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(pointIntoDocument);
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${schemaDocument.$id}${value}` : pointIntoDocument(value),
    ]),
  );
}

let shared: RequestValidator | undefined;

/** Returns one validator per process, so compiled schemas are shared by every server. */
export function sharedRequestValidator(): RequestValidator {
  shared ??= new RequestValidator();
  return shared;
}
