/** A query parameter of a GET operation, with its schema converted to JSON Schema. */
export interface SpecQueryParameter {
  name: string;
  required: boolean;

  /** False for DevRev's array parameters, which are comma-separated. */
  explode: boolean;
  schema: Record<string, unknown>;
}

/** The parts of one served operation that the generate script extracts from the spec. */
export interface SpecOperation {
  operationId: string;

  /** The component schema of the JSON body, for POST operations. */
  requestBody?: string;
  queryParameters: SpecQueryParameter[];

  /** The component schema of the response body, by status code. */
  responses: Record<string, string | undefined>;
}
