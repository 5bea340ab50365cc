// Types of the spec's schemas, generated into the core package by its `generate`
// task. Type-only, so the built mock server does not depend on @devrev-ts/core.
import type { components } from '../../core/src/generated/beta.js';

export type SpecSchemas = components['schemas'];
