import { createRandom } from '../random/create-random.js';
import { DEV_ORG_ID } from './dons.js';
import type { CustomStage, EnumValue, Organisation, StageState } from './organisation.js';
import type { IncidentStageOptions, OrganisationOptions } from './organisation-options.js';
import { seedArticles, seedParts, seedTags } from './seed-catalogue.js';
import { seedAccounts, seedDevUsers, seedRevOrgs, seedRevUsers } from './seed-people.js';
import { seedStages } from './seed-stages.js';

/** Severity ids are deliberately unequal to ordinals and positions, as in real organisations. */
const SEVERITIES: EnumValue[] = [
  { id: 106, label: 'Sev0', ordinal: 0 },
  { id: 103, label: 'Sev1', ordinal: 1 },
  { id: 109, label: 'Sev2', ordinal: 2 },
  { id: 101, label: 'Sev3', ordinal: 3 },
];

const REPORTERS: EnumValue[] = [
  { id: 31, label: 'Customer', ordinal: 0 },
  { id: 37, label: 'Internal', ordinal: 1 },
  { id: 33, label: 'Monitoring system', ordinal: 2 },
];

export const TAG_COUNT = 120;
export const REV_USER_COUNT = 150;

/** Builds the organisation for a seed, then applies the caller's severity and stage changes. */
export function createOrganisation(seed: number, now: Date, options: OrganisationOptions = {}): Organisation {
  const random = createRandom(seed ^ 0x5eed);
  const users = seedDevUsers();
  const revOrgs = seedRevOrgs();
  const { incidentStages, customStages, stageDiagrams } = seedStages();

  const severities = [...(options.severities ?? SEVERITIES), ...(options.additionalSeverities ?? [])];
  if (severities.length === 0) {
    throw new TypeError('Invalid organisation: severities is empty; give at least one severity value.');
  }
  assertUnique('severity id', severities.map((value) => value.id));
  assertUnique('severity label', severities.map((value) => value.label));

  const stages = resolveIncidentStages(incidentStages, options);
  if (stages.length === 0) {
    throw new TypeError('Invalid organisation: stages is empty; give at least one incident stage.');
  }
  const otherStages = customStages.filter((stage) => !incidentStages.includes(stage));
  const allStages = [...stages, ...otherStages.filter((stage) => !stages.some((own) => own.id === stage.id))];
  assertUnique('stage id', allStages.map((stage) => stage.id));

  const incidentDiagram = stageDiagrams.find((diagram) => diagram.leaf_type === 'incident');
  if (incidentDiagram) {
    incidentDiagram.stage_ids = stages.map((stage) => stage.id);
  }

  return {
    id: DEV_ORG_ID,
    self: users[0]!,
    users,
    parts: seedParts(users),
    severities,
    reporters: REPORTERS,
    stages,
    customStages: allStages,
    stageDiagrams,
    tags: seedTags(TAG_COUNT),
    revOrgs,
    revUsers: seedRevUsers(random, revOrgs, REV_USER_COUNT, now),
    articles: seedArticles(),
    accounts: seedAccounts(),
  };
}

function resolveIncidentStages(seeded: CustomStage[], options: OrganisationOptions): CustomStage[] {
  const base = options.stages ? options.stages.map((stage, index) => toCustomStage(stage, index, seeded)) : seeded;
  const added = (options.additionalStages ?? []).map((stage, index) => toCustomStage(stage, base.length + index, seeded));
  return [...base, ...added];
}

function toCustomStage(stage: IncidentStageOptions, index: number, seeded: CustomStage[]): CustomStage {
  if (typeof stage.id !== 'string' || stage.id === '' || typeof stage.name !== 'string' || stage.name === '') {
    throw new TypeError(
      `Invalid incident stage ${JSON.stringify(stage)}: each stage needs a non-empty string \`id\` and \`name\`.`,
    );
  }

  const openState = seeded[0]!.state;
  const finalState = seeded[seeded.length - 1]!.state;
  const state: StageState = stage.isFinal ? finalState : openState;
  return { id: stage.id, name: stage.name, ordinal: stage.ordinal ?? (index + 1) * 100, state };
}

function assertUnique(what: string, values: (string | number)[]): void {
  const seen = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) {
      throw new TypeError(`Invalid organisation: the ${what} ${JSON.stringify(value)} appears twice; each must be unique.`);
    }
    seen.add(value);
  }
}
