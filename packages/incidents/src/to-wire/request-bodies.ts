import { invalidValueError } from '@devrev-ts/core';

import {
  createDateFields,
  groupableFields,
  listDateFilterFields,
  updateDateFields,
  updateSetFields,
} from '../generated/incident-fields.js';
import type { CreateIncidentInput, GroupIncidentsInput, ListIncidentsInput, UpdateIncidentInput } from '../inputs.js';
import type { OrganisationEnums } from '../organisation-enums.js';
import type {
  IncidentsCreateRequest,
  IncidentsGroupRequest,
  IncidentsListRequest,
  IncidentsUpdateRequest,
} from '../types.js';
import { requireArray, requirePositiveInteger, requireSortBy, requireText } from '../validate.js';
import { toWireDate, toWireDateFilter } from './dates.js';
import { toSeverityId, toStageId } from './enum-ids.js';
import { toWireStage } from './stage.js';

type Fields = Record<string, unknown>;

// Each builder runs its synchronous checks before its first await, so that
// invalid input fails without waiting on an organisation look-up.

/** Builds the wire body of `incidents.create`; the input is copied, never changed. */
export async function buildCreateBody(input: CreateIncidentInput, enums: OrganisationEnums): Promise<IncidentsCreateRequest> {
  requireObject('create input', input);
  requireText('title', input.title);
  const body: Fields = { ...input };
  convertDates(body, createDateFields);

  await convertSeverityAndStage(body, input, enums);
  return body as IncidentsCreateRequest;
}

/** Builds the wire body of `incidents.update`; plain arrays become `{ set }` operations. */
export async function buildUpdateBody(input: UpdateIncidentInput, enums: OrganisationEnums): Promise<IncidentsUpdateRequest> {
  requireObject('update input', input);
  requireText('id', input.id);
  if (input.title !== undefined) {
    requireText('title', input.title);
  }
  const body: Fields = { ...input };
  convertDates(body, updateDateFields);
  for (const field of updateSetFields) {
    if (Array.isArray(body[field])) {
      body[field] = { set: body[field] };
    }
  }

  await convertSeverityAndStage(body, input, enums);
  return body as IncidentsUpdateRequest;
}

/** Builds the filters of `incidents.list`, without `cursor`, which the paginator adds. */
export async function buildListBody(input: ListIncidentsInput, enums: OrganisationEnums): Promise<IncidentsListRequest> {
  const body = validateListFilters(input);
  return (await convertFilters(body, input, enums)) as IncidentsListRequest;
}

/** Builds the wire body of `incidents.group`. */
export async function buildGroupBody(input: GroupIncidentsInput, enums: OrganisationEnums): Promise<IncidentsGroupRequest> {
  const body = validateGroupInput(input);
  return (await convertFilters(body, input, enums)) as IncidentsGroupRequest;
}

/**
 * Runs the synchronous checks of a list request and returns a copy to
 * convert. `mode` and `cursor` are checked by the paginator that `list()`
 * and `group()` create from them, before any request.
 */
export function validateListFilters(input: ListIncidentsInput | GroupIncidentsInput): Fields {
  requireObject('list input', input);
  requirePositiveInteger('limit', input.limit);
  requireSortBy(input.sort_by);
  requireArray('severity', input.severity);
  requireArray('stage', input.stage);

  const body: Fields = { ...input };
  for (const field of listDateFilterFields) {
    if (input[field] !== undefined) {
      body[field] = toWireDateFilter(field, input[field]);
    }
  }
  return body;
}

/** Runs the synchronous checks of a group request and returns a copy to convert. */
export function validateGroupInput(input: GroupIncidentsInput): Fields {
  requireObject('group input', input);
  const groupBy: unknown = input.group_by;
  const isCustomField = typeof groupBy === 'string' && /^custom_fields\.[A-Za-z0-9_]+$/.test(groupBy);
  if (!isCustomField && !(groupableFields as readonly unknown[]).includes(groupBy)) {
    throw invalidValueError('group_by', groupBy, `one of ${groupableFields.join(', ')}, or custom_fields.<name>`);
  }
  requirePositiveInteger('limit_per_group', input.limit_per_group);
  return validateListFilters(input);
}

async function convertFilters(body: Fields, input: ListIncidentsInput, enums: OrganisationEnums): Promise<Fields> {
  if (input.severity !== undefined) {
    body.severity = await Promise.all(input.severity.map((value, index) => toSeverityId(`severity[${index}]`, value, enums)));
  }
  if (input.stage !== undefined) {
    body.stage = await Promise.all(input.stage.map((value, index) => toStageId(`stage[${index}]`, value, enums)));
  }
  return body;
}

async function convertSeverityAndStage(
  body: Fields,
  input: CreateIncidentInput | UpdateIncidentInput,
  enums: OrganisationEnums,
): Promise<void> {
  const [severity, stage] = await Promise.all([
    input.severity === undefined ? undefined : toSeverityId('severity', input.severity, enums),
    input.stage === undefined ? undefined : toWireStage(input.stage, enums),
  ]);
  if (severity !== undefined) {
    body.severity = severity;
  }
  if (stage !== undefined) {
    body.stage = stage;
  }
}

function convertDates(body: Fields, fields: readonly string[]): void {
  for (const field of fields) {
    const value = body[field];
    if (value !== undefined) {
      body[field] = toWireDate(field, value as Date | string);
    }
  }
}

function requireObject(inputName: string, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidValueError(inputName, input, 'an object of request fields');
  }
}
