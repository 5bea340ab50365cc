import { checkInteger, describeValue, DevRevValidationError, invalidValueError } from '@devrev-ts/core';

import type { Checkpoint, PaginateOptions, PaginationMode } from './types.js';

/** Validated options with their defaults filled in. */
export interface WalkSettings {
  pageSize: number | undefined;
  maxItems: number;
  maxPages: number;
  mode: PaginationMode;
  startCursor: string | undefined;
  /** Items of the first page that an earlier walk already yielded. */
  skip: number;
  /** True when resuming from a checkpoint of a list that had ended. */
  startDone: boolean;
  signal: AbortSignal | undefined;
  prefetch: number;
  /** Name of the list in error messages. */
  label: string | undefined;
}

const DEFAULT_PREFETCH = 1;

/**
 * Validates pagination options and fills in defaults. Throws a
 * DevRevValidationError naming the option, the value and what is accepted,
 * so that invalid input fails before any request.
 */
export function resolveOptions(options: PaginateOptions | undefined): WalkSettings {
  const callerOptions = requireOptionsObject(options) ?? {};

  const pageSize = callerOptions.pageSize === undefined ? undefined : checkInteger('pageSize', callerOptions.pageSize, 1);
  const maxItems = callerOptions.maxItems === undefined ? Infinity : requireLimit('maxItems', callerOptions.maxItems);
  const maxPages = callerOptions.maxPages === undefined ? Infinity : requireLimit('maxPages', callerOptions.maxPages);
  const prefetch = callerOptions.prefetch === undefined ? DEFAULT_PREFETCH : checkInteger('prefetch', callerOptions.prefetch, 0);
  const mode = requireMode(callerOptions.mode);
  const signal = requireSignal(callerOptions.signal);

  if (callerOptions.cursor !== undefined && callerOptions.resumeFrom !== undefined) {
    throw new DevRevValidationError(
      'Invalid pagination options: cursor and resumeFrom were both set. Pass resumeFrom to resume from a checkpoint, or cursor to start at a cursor.',
    );
  }
  const start = callerOptions.resumeFrom === undefined ? startAt(callerOptions.cursor) : requireCheckpoint(callerOptions.resumeFrom);

  return {
    pageSize,
    maxItems,
    maxPages,
    mode,
    startCursor: start.cursor,
    skip: start.skip,
    startDone: start.done,
    signal,
    prefetch,
    label: requireLabel(callerOptions.label),
  };
}

/** Returns the options when they are an object or undefined, or throws. */
export function requireOptionsObject<TOptions>(options: TOptions | undefined): TOptions | undefined {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidValueError('pagination options', options, 'an object or undefined');
  }
  return options;
}

function requireLimit(name: string, value: unknown): number {
  if (value === Infinity) {
    return value;
  }
  return checkInteger(name, value, 0, ', or leave it unset for no limit');
}

function requireMode(value: unknown): PaginationMode {
  if (value === undefined || value === 'after' || value === 'before') {
    return value ?? 'after';
  }
  throw invalidValueError('mode', value, "'after' or 'before'");
}

function requireSignal(value: unknown): AbortSignal | undefined {
  if (value === undefined || value instanceof AbortSignal) {
    return value;
  }
  throw invalidValueError('signal', value, 'an AbortSignal, such as controller.signal');
}

function requireLabel(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw invalidValueError('label', value, "a string such as '/incidents.list'");
}

function startAt(cursor: unknown): Checkpoint {
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    throw invalidValueError('cursor', cursor, 'a non-empty string from a list response, or leave it unset to start at the beginning');
  }
  return { cursor, skip: 0, done: false };
}

function requireCheckpoint(value: unknown): Checkpoint {
  const invalid = (problem: string) =>
    new DevRevValidationError(`Invalid resumeFrom: ${problem}. Pass a value saved from paginator.checkpoint.`);

  if (typeof value !== 'object' || value === null) {
    throw invalid(`expected an object, got ${describeValue(value)}`);
  }
  const cursor = 'cursor' in value ? value.cursor : undefined;
  const skip = 'skip' in value ? value.skip : undefined;
  const done = 'done' in value ? value.done : undefined;

  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    throw invalid(`cursor ${describeValue(cursor)} is not a non-empty string`);
  }
  if (typeof skip !== 'number' || !Number.isInteger(skip) || skip < 0) {
    throw invalid(`skip ${describeValue(skip)} is not a non-negative integer`);
  }
  if (typeof done !== 'boolean') {
    throw invalid(`done ${describeValue(done)} is not a boolean`);
  }
  return { cursor, skip, done };
}
