import { createDevRevClient, unwrap, type BetaPaths } from '@devrev-ts/core';
import { createIncidentsService } from '@devrev-ts/incidents';
import { client as officialClient } from '@devrev/typescript-sdk';
import createOpenApiClient from 'openapi-fetch';

import { benchToken, type Competitor } from '../competitors.js';

/** Fetches one incident by id and resolves to its title, the same work through each client. */
export type GetIncident = (id: string) => Promise<string>;

/** Creates the `incidents.get` call of every competitor, each pointed at `baseUrl`. */
export function createIncidentGetters(baseUrl: string): Record<Competitor, GetIncident> {
  const client = createDevRevClient({ baseUrl, token: benchToken });
  const incidents = createIncidentsService(client);

  const openApiClient = createOpenApiClient<BetaPaths>({ baseUrl, headers: { authorization: `Bearer ${benchToken}` } });

  const official = officialClient.setupBeta({ endpoint: baseUrl, token: benchToken });

  return {
    ours: async (id) => (await incidents.get(id)).title,

    // Without the incidents service, to tell its cost from the transport's.
    oursCore: async (id) => (await unwrap(client.POST('/incidents.get', { body: { id } }))).incident.title,

    fetch: async (id) => {
      const response = await fetch(`${baseUrl}/incidents.get`, {
        method: 'POST',
        headers: { authorization: `Bearer ${benchToken}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ id }),
      });
      if (!response.ok) {
        throw new Error(`POST /incidents.get failed with status ${response.status}.`);
      }
      const body = (await response.json()) as { incident: { title: string } };
      return body.incident.title;
    },

    openapiFetch: async (id) => {
      const { data, error, response } = await openApiClient.POST('/incidents.get', { body: { id } });
      if (data === undefined) {
        throw new Error(`POST /incidents.get failed with status ${response.status}: ${JSON.stringify(error)}`);
      }
      return data.incident.title;
    },

    // axios, which the official SDK uses, rejects for a non-2xx status itself.
    official: async (id) => (await official.incidentsGetPost({ id })).data.incident.title,
  };
}
