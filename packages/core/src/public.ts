// Entry point of `@devrev-ts/core/public`. Importing it, even as
// `import type {} from '@devrev-ts/core/public'`, registers DevRev's public
// API surface, so that `createDevRevClient({ apiVersion: 'public' })` returns
// a typed client. These types stay out of the main entry point because every
// program that imports it would otherwise parse them too.
import type { paths } from './generated/public.js';

export type { components as PublicComponents, operations as PublicOperations, paths as PublicPaths } from './generated/public.js';

declare module './index.js' {
  interface DevRevSurfaces {
    public: paths;
  }
}
