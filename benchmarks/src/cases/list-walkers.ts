import { createDevRevClient } from '@devrev-ts/core';
import { createIncidentsService } from '@devrev-ts/incidents';
import { client as officialClient } from '@devrev/typescript-sdk';

import { benchToken } from '../competitors.js';

/** Work a walk awaits after each page, such as writing the page to a database; undefined for none. */
export type PageWork = (() => Promise<void>) | undefined;

/** Walks every incident of the list once and resolves to the number of incidents seen. */
export type WalkList = (pageSize: number, afterPage: PageWork) => Promise<number>;

export type Walker = 'ours' | 'handFetch' | 'handOfficial';

export const walkerLabels: Record<Walker, string> = {
  ours: 'devrev-ts `for await`',
  handFetch: 'hand-written cursor loop, raw fetch',
  handOfficial: 'hand-written cursor loop, @devrev/typescript-sdk',
};

interface ListBody {
  incidents: { title: string }[];
  next_cursor?: string;
}

/** Creates a walk over `incidents.list` through our iterator and through the hand-written loops it replaces. */
export function createListWalkers(baseUrl: string): Record<Walker, WalkList> {
  const incidents = createIncidentsService(createDevRevClient({ baseUrl, token: benchToken }));
  const official = officialClient.setupBeta({ endpoint: baseUrl, token: benchToken });

  return {
    // The work runs once per page, after the page's last item, as in the hand loops.
    ours: async (pageSize, afterPage) => {
      let seen = 0;
      for await (const incident of incidents.list({ limit: pageSize })) {
        seen += incident.title === '' ? 0 : 1;
        if (afterPage !== undefined && seen % pageSize === 0) {
          await afterPage();
        }
      }
      return seen;
    },

    handFetch: async (pageSize, afterPage) => {
      let seen = 0;
      let cursor: string | undefined;
      do {
        const response = await fetch(`${baseUrl}/incidents.list`, {
          method: 'POST',
          headers: { authorization: `Bearer ${benchToken}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(cursor === undefined ? { limit: pageSize } : { limit: pageSize, cursor }),
        });
        if (!response.ok) {
          throw new Error(`POST /incidents.list failed with status ${response.status}.`);
        }
        const page = (await response.json()) as ListBody;
        for (const incident of page.incidents) {
          seen += incident.title === '' ? 0 : 1;
        }
        if (afterPage !== undefined) {
          await afterPage();
        }
        cursor = page.next_cursor;
      } while (cursor !== undefined && cursor !== '');
      return seen;
    },

    handOfficial: async (pageSize, afterPage) => {
      let seen = 0;
      let cursor: string | undefined;
      do {
        const { data: page } = await official.incidentsListPost(cursor === undefined ? { limit: pageSize } : { limit: pageSize, cursor });
        for (const incident of page.incidents) {
          seen += incident.title === '' ? 0 : 1;
        }
        if (afterPage !== undefined) {
          await afterPage();
        }
        cursor = page.next_cursor;
      } while (cursor !== undefined && cursor !== '');
      return seen;
    },
  };
}
