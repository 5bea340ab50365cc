import type { Account, Article, CustomStage, DevUser, EnumValue, Part, RevOrg, Tag } from '../organisation/organisation.js';
import type { SpecSchemas } from '../spec-types.js';

export function renderUserSummary(user: DevUser): SpecSchemas['user-summary'] {
  return {
    type: 'dev_user',
    id: user.id,
    display_id: user.display_id,
    display_name: user.display_name,
    full_name: user.full_name,
    email: user.email,
    state: 'active',
  };
}

export function renderPartSummary(part: Part, owners: DevUser[]): SpecSchemas['part-summary'] {
  return {
    type: part.type,
    id: part.id,
    display_id: part.display_id,
    name: part.name,
    owned_by: owners.map(renderUserSummary),
  };
}

export function renderTagSummary(tag: Tag): SpecSchemas['tag-summary'] {
  return { type: 'tag', id: tag.id, display_id: tag.display_id, name: tag.name };
}

export function renderArticleSummary(article: Article): SpecSchemas['article-summary'] {
  return { type: 'article', id: article.id, display_id: article.display_id, title: article.title };
}

export function renderAccountSummary(account: Account): SpecSchemas['account-summary'] {
  return { type: 'account', id: account.id, display_id: account.display_id, display_name: account.display_name };
}

export function renderRevOrgSummary(revOrg: RevOrg): SpecSchemas['org-summary'] {
  return { type: 'rev_org', id: revOrg.id, display_id: revOrg.display_id, display_name: revOrg.display_name };
}

export function renderEnumValue(value: EnumValue): SpecSchemas['enum-value'] {
  return { id: value.id, label: value.label, ordinal: value.ordinal };
}

export function renderStageSummary(stage: CustomStage): SpecSchemas['custom-stage-summary'] {
  return { id: stage.id, name: stage.name };
}

export function renderStateSummary(stage: CustomStage): SpecSchemas['custom-state-summary'] {
  return { id: stage.state.id, name: stage.state.name, is_final: stage.state.is_final };
}
