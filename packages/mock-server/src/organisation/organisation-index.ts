import type { Account, Article, CustomStage, DevUser, EnumValue, Organisation, Part, Tag } from './organisation.js';

function indexByIdAndDisplayId<T extends { id: string; display_id?: string }>(items: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    index.set(item.id, item);
    if (item.display_id) {
      index.set(item.display_id, item);
    }
  }
  return index;
}

/**
 * Look-ups into an organisation. References accept a "don:" id or a display
 * id (`DEVU-101`, `PROD-13`), as DevRev's API does.
 */
export class OrganisationIndex {
  readonly organisation: Organisation;
  private readonly users: Map<string, DevUser>;
  private readonly parts: Map<string, Part>;
  private readonly tags: Map<string, Tag>;
  private readonly articles: Map<string, Article>;
  private readonly accounts: Map<string, Account>;
  private readonly stages: Map<string, CustomStage>;

  constructor(organisation: Organisation) {
    this.organisation = organisation;
    this.users = indexByIdAndDisplayId(organisation.users);
    this.parts = indexByIdAndDisplayId(organisation.parts);
    this.tags = indexByIdAndDisplayId(organisation.tags);
    this.articles = indexByIdAndDisplayId(organisation.articles);
    this.accounts = indexByIdAndDisplayId(organisation.accounts);
    this.stages = indexByIdAndDisplayId(organisation.stages);
  }

  user(reference: string): DevUser | undefined {
    return this.users.get(reference);
  }

  part(reference: string): Part | undefined {
    return this.parts.get(reference);
  }

  tag(reference: string): Tag | undefined {
    return this.tags.get(reference);
  }

  article(reference: string): Article | undefined {
    return this.articles.get(reference);
  }

  account(reference: string): Account | undefined {
    return this.accounts.get(reference);
  }

  /** Finds an incident stage (not a stage of another leaf type) by id. */
  incidentStage(id: string): CustomStage | undefined {
    return this.stages.get(id);
  }

  severity(id: number): EnumValue | undefined {
    return this.organisation.severities.find((value) => value.id === id);
  }

  reporter(id: number): EnumValue | undefined {
    return this.organisation.reporters.find((value) => value.id === id);
  }

  /** Returns the ids of a part and every part below it in the hierarchy. */
  partWithDescendants(id: string): string[] {
    const result = [id];
    for (let index = 0; index < result.length; index += 1) {
      for (const part of this.organisation.parts) {
        if (part.parent_id === result[index]) {
          result.push(part.id);
        }
      }
    }
    return result;
  }
}
