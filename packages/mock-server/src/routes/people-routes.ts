import { matchesDateFilter } from '../incidents/matches-date-filter.js';
import { DEFAULT_PAGE_SIZE, readPageRequest } from '../list/page-request.js';
import { paginate } from '../list/paginate.js';
import { parseSortBy } from '../list/parse-sort-by.js';
import type { RevUser, Tag } from '../organisation/organisation.js';
import { renderRevOrgSummary } from '../render/render-summaries.js';
import type { SpecSchemas } from '../spec-types.js';
import { defineRoute } from './route.js';

export const tagsList = defineRoute<SpecSchemas['tags-list-request']>('/tags.list', (input, { state }) => {
  const matching = state.organisation.tags.filter((tag) => !input.name?.length || input.name.includes(tag.name));
  const sorter = parseSortBy(input.sort_by, {
    fields: { name: (tag: Tag) => tag.name },
    defaultSortBy: [],
    tieBreaker: (tag) => state.organisation.tags.indexOf(tag),
  });
  const page = paginate(matching, sorter, 'tags', readPageRequest(input));

  return {
    body: {
      tags: page.items.map((tag): SpecSchemas['tag'] => ({ type: 'tag', id: tag.id, display_id: tag.display_id, name: tag.name, description: tag.description })),
      ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
      ...(page.prevCursor ? { prev_cursor: page.prevCursor } : {}),
    },
  };
});

/**
 * Scans customer users in creation order. The request has no `limit` or
 * `mode`, so pages have the default size and only go forward.
 * NOTE: the mock stores no phone numbers, external refs, tags, custom fields
 * or verification, so filters on those match no user.
 */
export const revUsersScan = defineRoute<SpecSchemas['rev-users-scan-request']>('/rev-users.scan', (input, { state, now }) => {
  const { organisation } = state;
  const revOrgIds = input.rev_org?.map((ref) => organisation.revOrgs.find((org) => org.id === ref || org.display_id === ref)?.id ?? ref);
  const unsupportedFilterUsed = [input.phone_numbers, input.external_ref, input.external_refs, input.tags, input.associations].some(
    (values) => values !== undefined && values.length > 0,
  ) || (input.custom_fields !== undefined && Object.keys(input.custom_fields).length > 0) || input.is_verified === true;

  const matching = organisation.revUsers.filter(
    (user) =>
      !unsupportedFilterUsed &&
      (!input.email?.length || input.email.includes(user.email)) &&
      (!revOrgIds?.length || revOrgIds.includes(user.rev_org_id)) &&
      (!input.created_by?.length || input.created_by.includes(organisation.self.id)) &&
      (input.created_date === undefined || matchesDateFilter(user.created_date, { ...input.created_date, type: 'range' }, now)) &&
      (input.modified_date === undefined || matchesDateFilter(user.created_date, { ...input.modified_date, type: 'range' }, now)),
  );

  const sorter = parseSortBy([], { fields: {}, defaultSortBy: [], tieBreaker: (user: RevUser) => user.created_date + user.id });
  const page = paginate(matching, sorter, 'rev-users', readPageRequest({ cursor: input.cursor }, DEFAULT_PAGE_SIZE));

  return {
    body: {
      rev_users: page.items.map((user): SpecSchemas['rev-user'] => {
        const revOrg = organisation.revOrgs.find((org) => org.id === user.rev_org_id);
        return {
          type: 'rev_user',
          id: user.id,
          display_id: user.display_id,
          display_name: user.display_name,
          full_name: user.full_name,
          email: user.email,
          state: 'active',
          is_verified: false,
          created_date: user.created_date,
          created_by: { type: 'dev_user', id: organisation.self.id, display_id: organisation.self.display_id },
          ...(revOrg ? { rev_org: renderRevOrgSummary(revOrg) } : {}),
        };
      }),
      ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
    },
  };
});
