/**
 * The seeded DevRev organisation that a mock server serves. Field names follow
 * the wire form (snake_case) where the value is sent as is.
 */

/** A value of a DevRev enum field such as `severity`; `ordinal` 0 sorts first. */
export interface EnumValue {
  id: number;
  label: string;
  ordinal: number;
}

/** The state a stage belongs to; a final state means the work item is closed. */
export interface StageState {
  id: string;
  name: string;
  is_final: boolean;
}

/** A custom stage, such as the incident stage `Mitigated`. */
export interface CustomStage {
  id: string;
  name: string;
  ordinal: number;
  state: StageState;
}

/** A stage diagram: the stages of one leaf type (for example `incident`), in order. */
export interface StageDiagram {
  id: string;
  name: string;
  leaf_type: string;
  is_custom_leaf_type: boolean;
  stage_ids: string[];
}

export interface DevUser {
  id: string;
  display_id: string;
  display_name: string;
  full_name: string;
  email: string;
}

/** A part of the product hierarchy: a product contains capabilities, a capability features. */
export interface Part {
  id: string;
  display_id: string;
  type: 'product' | 'capability' | 'feature';
  name: string;
  parent_id?: string;
  owned_by: string[];
}

export interface Tag {
  id: string;
  display_id: string;
  name: string;
  description: string;
}

export interface RevOrg {
  id: string;
  display_id: string;
  display_name: string;
}

export interface RevUser {
  id: string;
  display_id: string;
  display_name: string;
  full_name: string;
  email: string;
  rev_org_id: string;
  created_date: string;
}

export interface Article {
  id: string;
  display_id: string;
  title: string;
}

export interface Account {
  id: string;
  display_id: string;
  display_name: string;
}

export interface Organisation {
  /** The dev org id, a DevRev "don:" id. */
  id: string;

  /** The user the server's token belongs to, served by `dev-users.self`. */
  self: DevUser;
  users: DevUser[];
  parts: Part[];

  /** Values of the incident `severity` enum, served by `schemas.stock.get`. */
  severities: EnumValue[];

  /** Values of the incident `reported_by` enum. */
  reporters: EnumValue[];

  /** The incident stages, in diagram order; a subset of `customStages`. */
  stages: CustomStage[];

  /** Every custom stage of every leaf type, served by `stages.custom.list`. */
  customStages: CustomStage[];
  stageDiagrams: StageDiagram[];
  tags: Tag[];
  revOrgs: RevOrg[];
  revUsers: RevUser[];

  /** Articles that incidents may name as PIAs, playbooks or related docs. */
  articles: Article[];

  /** Customer accounts that incidents may name as impacted. */
  accounts: Account[];
}
