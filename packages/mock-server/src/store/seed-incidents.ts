import { coreDon } from '../organisation/dons.js';
import type { Organisation } from '../organisation/organisation.js';
import type { Random } from '../random/create-random.js';
import type { IncidentRecord } from './incident-record.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How far back seeded incidents were opened. */
const SEED_SPAN_DAYS = 180;

const SYMPTOMS = [
  'Elevated error rate',
  'Latency spike',
  'Timeouts',
  'Degraded throughput',
  'Failed deployments',
  'Intermittent 502 responses',
  'Queue backlog',
  'Certificate warnings',
];

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-south-1'];

/** Severity weights in ordinal order: severe incidents are rarer. */
const SEVERITY_WEIGHTS = [0.06, 0.2, 0.4, 0.34];

/**
 * Seeds `count` incidents opened over the months before `now`, oldest first,
 * so that `INC-1` is the oldest. Older incidents are more often resolved, and
 * each stage reached has its date set.
 */
export function seedIncidents(random: Random, organisation: Organisation, count: number, now: Date): IncidentRecord[] {
  const ages = Array.from({ length: count }, () => random.integer(1, SEED_SPAN_DAYS * 24) * HOUR_MS + random.integer(0, 3599) * 1000);
  ages.sort((a, b) => b - a);

  return ages.map((ageMs, index) => seedIncident(random, organisation, index + 1, new Date(now.getTime() - ageMs), now));
}

function seedIncident(random: Random, organisation: Organisation, number: number, created: Date, now: Date): IncidentRecord {
  const parts = random.sample(organisation.parts, random.integer(1, 2));
  const owners = random.sample(organisation.users, random.integer(1, 2));
  const stageIndex = pickStageIndex(random, organisation.stages.length, (now.getTime() - created.getTime()) / DAY_MS);
  const stage = organisation.stages[stageIndex]!;

  const record: IncidentRecord = {
    id: coreDon('incident', number),
    number,
    title: `${random.pick(SYMPTOMS)} in ${parts[0]!.name}`,
    body: `Alert fired at ${created.toISOString()}. Investigating impact on ${parts.map((part) => part.name).join(', ')}.`,
    severity: pickSeverity(random, organisation).id,
    stage: { id: stage.id },
    owned_by: owners.map((user) => user.id),
    applies_to_parts: parts.map((part) => part.id),
    created_by: random.pick(organisation.users).id,
    modified_by: random.pick(organisation.users).id,
    created_date: created.toISOString(),
    modified_date: created.toISOString(),
    custom_fields: { tnt__region: random.pick(REGIONS), tnt__paged_on_call: random.next() < 0.5 },
    tags: random.sample(organisation.tags, random.integer(0, 2)).map((tag) => ({ id: tag.id })),
    artifacts: [],
    pia: [],
    playbooks: random.next() < 0.4 ? [random.pick(organisation.articles.slice(0, 4)).id] : [],
    related_docs: [],
    reported_by: random.pick(organisation.reporters).id,
    impacted_customers: random.next() < 0.3 ? random.sample(organisation.accounts, random.integer(1, 3)).map((account) => account.id) : [],
  };

  setStageDates(random, record, stageIndex, organisation.stages.length, created, now);
  if (stage.state.is_final && random.next() < 0.5) {
    record.pia = [random.pick(organisation.articles.slice(4, 7)).id];
  }
  return record;
}

/** Picks a stage index that tends towards the final stage as the incident ages. */
function pickStageIndex(random: Random, stageCount: number, ageDays: number): number {
  const progress = Math.min(1, ageDays / 14);
  const roll = random.next() * 0.6 + progress * 0.6;
  return Math.min(stageCount - 1, Math.floor(roll * stageCount));
}

function pickSeverity(random: Random, organisation: Organisation) {
  const byOrdinal = [...organisation.severities].sort((a, b) => a.ordinal - b.ordinal);
  let roll = random.next();

  for (const [index, weight] of SEVERITY_WEIGHTS.entries()) {
    roll -= weight;
    if (roll < 0 && byOrdinal[index]) {
      return byOrdinal[index];
    }
  }
  return byOrdinal[byOrdinal.length - 1]!;
}

/** Sets the acknowledged, identified, mitigated and close dates of every stage reached. */
function setStageDates(random: Random, record: IncidentRecord, stageIndex: number, stageCount: number, created: Date, now: Date): void {
  const fields = ['acknowledged_date', 'identified_date', 'mitigated_date', 'actual_close_date'] as const;
  let moment = created.getTime();

  for (let index = 0; index <= stageIndex && index < fields.length; index += 1) {
    moment = Math.min(now.getTime(), moment + random.integer(5, 240) * 60_000);
    const field = index === stageCount - 1 ? 'actual_close_date' : fields[index]!;
    record[field] = new Date(moment).toISOString();
  }

  record.modified_date = new Date(moment).toISOString();
  if (stageIndex < stageCount - 1) {
    record.target_close_date = new Date(created.getTime() + 7 * DAY_MS).toISOString();
  }
}
