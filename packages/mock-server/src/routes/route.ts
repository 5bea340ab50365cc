import type { MockState } from '../store/mock-state.js';

export interface RouteContext {
  state: MockState;

  /** The request's time, used for created and modified dates and date presets. */
  now: Date;
}

export interface RouteResult {
  /** Defaults to 200. */
  status?: number;
  body: unknown;
}

/** An endpoint. Its GET and POST forms, and their schemas, come from the spec. */
export interface Route {
  path: string;
  handle(input: Record<string, unknown>, context: RouteContext): RouteResult;
}

/**
 * Defines a route whose handler receives the request as the spec's request
 * type. The request validator has checked the input against that schema
 * before the handler runs, which is what makes the narrowing sound.
 */
export function defineRoute<Input>(path: string, handle: (input: Input, context: RouteContext) => RouteResult): Route {
  return { path, handle: (input, context) => handle(input as Input, context) };
}
