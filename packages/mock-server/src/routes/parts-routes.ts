import { readPageRequest } from '../list/page-request.js';
import { paginate } from '../list/paginate.js';
import { parseSortBy } from '../list/parse-sort-by.js';
import { buildPartFilter } from '../parts/filter-parts.js';
import { partSortOptions } from '../parts/part-sort-options.js';
import { renderPart } from '../render/render-part.js';
import type { SpecSchemas } from '../spec-types.js';
import { defineRoute } from './route.js';

export const partsList = defineRoute<SpecSchemas['parts-list-request']>('/parts.list', (input, { state }) => {
  const { index } = state;
  const sorter = parseSortBy(input.sort_by, partSortOptions(index.organisation.parts));
  const pageRequest = readPageRequest(input);
  const matching = index.organisation.parts.filter(buildPartFilter(input, index));
  const page = paginate(matching, sorter, 'parts', pageRequest);

  return {
    body: {
      parts: page.items.map((part) => renderPart(part, index)),
      ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
      ...(page.prevCursor ? { prev_cursor: page.prevCursor } : {}),
    },
  };
});
