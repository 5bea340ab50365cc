import type { ApiVersion } from './client-options.js';
import type { paths as BetaPaths } from './generated/beta.js';

/**
 * Generated path maps by API surface name. Only `beta` is built in, so that a
 * program that never names the public surface does not parse its types.
 * Importing `@devrev-ts/core/public` adds `public` by declaration merging.
 */
export interface DevRevSurfaces {
  beta: BetaPaths;
}

/** The generated path map of surface V, or `never` while that surface's types are not imported. */
export type PathsFor<V extends ApiVersion> = V extends keyof DevRevSurfaces ? DevRevSurfaces[V] : never;

/**
 * `unknown` for a surface whose types are loaded. For any other surface, an
 * object type with one required property named for the import to add, so
 * that tsc rejects `createDevRevClient({ apiVersion: 'public' })` and shows
 * that import in the error.
 */
export type RequireSurfaceImport<V extends ApiVersion> = V extends keyof DevRevSurfaces
  ? unknown
  : { [Hint in `Import '@devrev-ts/core/${V}' to use apiVersion '${V}'`]: never };
