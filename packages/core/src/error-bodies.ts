import type { components } from './generated/beta.js';

type Schemas = components['schemas'];
type ErrorSchemaName = Extract<keyof Schemas, `error-${string}`>;

/**
 * Every `type` value DevRev's error bodies can carry, such as
 * `invalid_enum_value` or `token_expired`, read from the generated
 * per-type error schemas.
 */
export type DevRevErrorType = {
  [K in ErrorSchemaName]: Schemas[K] extends { type: infer T extends string } ? (string extends T ? never : T) : never;
}[ErrorSchemaName];

// The per-type schema, such as `error-bad-request-invalid-enum-value`, with the
// fields that only that type carries (`field_name`, `allowed_values`, ...).
type VariantOf<T extends DevRevErrorType> = {
  [K in ErrorSchemaName]: Schemas[K] extends { type: T } ? Schemas[K] : never;
}[ErrorSchemaName];

// The per-status schema, such as `error-too-many-requests`, found through its
// `<name>-type` union. It carries the fields shared by every type of that
// status (`retry_after`, `reference_id`).
type StatusSchemaOf<T extends DevRevErrorType> = {
  [K in ErrorSchemaName]: K extends `${infer Base}-type`
    ? Base extends ErrorSchemaName
      ? T extends Schemas[K]
        ? Schemas[Base]
        : never
      : never
    : never;
}[ErrorSchemaName];

/** The error body DevRev sends for one `type`, for example `DevRevErrorBodyOf<'invalid_enum_value'>`. */
export type DevRevErrorBodyOf<T extends DevRevErrorType> = Schemas['error-base'] & StatusSchemaOf<T> & VariantOf<T>;

/**
 * An error body as received: DevRev's `{ type, message, detail }` plus the
 * fields of its type. Narrow it with `DevRevError.hasType()`.
 */
export interface DevRevErrorBody {
  type?: string;
  message?: string;
  detail?: string;
  [field: string]: unknown;
}
