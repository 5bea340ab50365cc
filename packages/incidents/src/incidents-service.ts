import { type DevRevCallOptions, type DevRevClient, unwrap } from '@devrev-ts/core';
import { createPaginator, ListCall } from '@devrev-ts/pagination';

import type { IncidentGroup, IncidentGroupsPage } from './incident-group.js';
import type { CreateIncidentInput, GroupIncidentsInput, ListIncidentsInput, UpdateIncidentInput } from './inputs.js';
import { nameMissingIncident } from './not-found.js';
import { once } from './once.js';
import { type IncidentEnumMaps, OrganisationEnums } from './organisation-enums.js';
import { readGroupsPage } from './read-groups-page.js';
import {
  buildCreateBody,
  buildGroupBody,
  buildListBody,
  buildUpdateBody,
  validateGroupInput,
  validateListFilters,
} from './to-wire/request-bodies.js';
import type { Incident, IncidentsGroupRequest, IncidentsListRequest, IncidentsListResponse } from './types.js';
import { toPage } from './to-page.js';
import { requireText } from './validate.js';
import { type ListOptions, splitListOptions } from './walk-options.js';

export interface IncidentsServiceOptions {
  /** Name-to-id maps that replace the organisation look-ups. */
  enums?: IncidentEnumMaps;
}

/** Per-call options: an abort signal and the core client's per-call settings, such as `timeoutMs`. */
export interface CallOptions extends DevRevCallOptions {
  signal?: AbortSignal;
}

// Services created for the same client share one set of look-ups.
const enumsByClient = new WeakMap<DevRevClient, OrganisationEnums>();

/**
 * The DevRev incidents API in the names people use: severities such as SEV1,
 * stages such as MITIGATED, plain arrays for set operations, and Dates.
 */
export class IncidentsService {
  readonly #client: DevRevClient;
  readonly #enums: OrganisationEnums;

  constructor(client: DevRevClient, options: IncidentsServiceOptions = {}) {
    this.#client = client;
    this.#enums = options.enums === undefined ? sharedEnums(client) : new OrganisationEnums(client, options.enums);
  }

  /** The organisation's severity and stage values the service resolves names against. */
  get organisation(): OrganisationEnums {
    return this.#enums;
  }

  async create(input: CreateIncidentInput, options: CallOptions = {}): Promise<Incident> {
    const body = await buildCreateBody(input, this.#enums);
    const { incident } = await unwrap(this.#client.POST('/incidents.create', { body, ...options }));
    return incident;
  }

  async get(id: string | { id: string }, options: CallOptions = {}): Promise<Incident> {
    const incidentId = typeof id === 'string' ? id : id?.id;
    requireText('id', incidentId);

    const call = this.#client.POST('/incidents.get', { body: { id: incidentId }, ...options });
    const { incident } = await unwrap(call).catch(nameMissingIncident(incidentId));
    return incident;
  }

  async update(input: UpdateIncidentInput, options: CallOptions = {}): Promise<Incident> {
    const body = await buildUpdateBody(input, this.#enums);
    const call = this.#client.POST('/incidents.update', { body, ...options });
    const { incident } = await unwrap(call).catch(nameMissingIncident(body.id));
    return incident;
  }

  async delete(id: string | { id: string }, options: CallOptions = {}): Promise<void> {
    const incidentId = typeof id === 'string' ? id : id?.id;
    requireText('id', incidentId);

    const call = this.#client.POST('/incidents.delete', { body: { id: incidentId }, ...options });
    await unwrap(call).catch(nameMissingIncident(incidentId));
  }

  /**
   * Lists incidents. Await the result for one page (`incidents`,
   * `next_cursor`, `prev_cursor`), or iterate it with `for await` for every
   * incident of every page.
   */
  list(input: ListIncidentsInput = {}, options: ListOptions = {}): ListCall<IncidentsListResponse, Incident> {
    validateListFilters(input);
    const { walk, call } = splitListOptions(options);
    const body = once(() => buildListBody(input, this.#enums));

    const fetchResponse = async (cursor: string | undefined, signal: AbortSignal | undefined) => {
      const request: IncidentsListRequest = { ...(await body()), ...(cursor === undefined ? {} : { cursor }) };
      return unwrap(this.#client.POST('/incidents.list', { body: request, ...call, signal }));
    };
    const paginator = createPaginator<Incident>(
      async ({ cursor, signal }) => toPage(await fetchResponse(cursor, signal), (response) => response.incidents),
      { mode: input.mode, cursor: input.cursor, ...walk },
    );
    return new ListCall(() => fetchResponse(input.cursor, options.signal), paginator);
  }

  /**
   * Groups incidents by a field. Await the result for one page of groups, or
   * iterate it with `for await` for every group; each group's `all()` walks
   * its incidents past `limit_per_group`.
   */
  group(input: GroupIncidentsInput, options: ListOptions = {}): ListCall<IncidentGroupsPage, IncidentGroup> {
    validateGroupInput(input);
    const { walk, call } = splitListOptions(options);
    const body = once(() => buildGroupBody(input, this.#enums));

    const fetchGroups = async (cursor: string | undefined, signal: AbortSignal | undefined): Promise<IncidentGroupsPage> => {
      const request: IncidentsGroupRequest = { ...(await body()), ...(cursor === undefined ? {} : { cursor }) };
      const response = await unwrap(this.#client.POST('/incidents.group', { body: request, ...call, signal }));
      return readGroupsPage(response, input, this.#enums, (listInput, listSignal) =>
        this.list(listInput, { ...call, signal: listSignal, maxPages: 1 }).then((page) => toPage(page, (listed) => listed.incidents)),
      );
    };
    const paginator = createPaginator<IncidentGroup>(
      async ({ cursor, signal }) => toPage(await fetchGroups(cursor, signal), (page) => page.groups),
      { mode: input.mode, cursor: input.cursor, ...walk },
    );
    return new ListCall(() => fetchGroups(input.cursor, options.signal), paginator);
  }
}

/** Creates an incidents service for a beta client. */
export function createIncidentsService(client: DevRevClient, options?: IncidentsServiceOptions): IncidentsService {
  return new IncidentsService(client, options);
}

function sharedEnums(client: DevRevClient): OrganisationEnums {
  let enums = enumsByClient.get(client);
  if (enums === undefined) {
    enums = new OrganisationEnums(client);
    enumsByClient.set(client, enums);
  }
  return enums;
}
