import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { DevUser, Part } from '../organisation/organisation.js';
import type { SpecSchemas } from '../spec-types.js';
import { renderUserSummary } from './render-summaries.js';

/** Expands a stored part into the spec's `part` shape, whose `type` is `product`, `capability` or `feature`. */
export function renderPart(part: Part, index: OrganisationIndex): SpecSchemas['part'] {
  const owners = part.owned_by.map((id) => index.user(id)).filter((user): user is DevUser => user !== undefined);
  return {
    type: part.type,
    id: part.id,
    display_id: part.display_id,
    name: part.name,
    owned_by: owners.map(renderUserSummary),
  };
}
