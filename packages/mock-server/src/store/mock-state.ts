import { createOrganisation } from '../organisation/create-organisation.js';
import { OrganisationIndex } from '../organisation/organisation-index.js';
import type { OrganisationOptions } from '../organisation/organisation-options.js';
import { createRandom } from '../random/create-random.js';
import { type IncidentRecord, incidentDisplayId } from './incident-record.js';
import { seedIncidents } from './seed-incidents.js';

export interface MockStateOptions {
  seed: number;
  incidentCount: number;

  /** The moment seed dates are relative to. */
  now: Date;
  organisation?: OrganisationOptions;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/** The server's data: a fixed organisation and the incidents, which requests change. */
export class MockState {
  readonly index: OrganisationIndex;
  private readonly options: MockStateOptions;
  private incidents = new Map<string, IncidentRecord>();
  private lastNumber = 0;

  constructor(options: MockStateOptions) {
    this.options = options;
    // Frozen: requests never change the organisation, and tests read it through `server.organisation`.
    this.index = new OrganisationIndex(deepFreeze(createOrganisation(options.seed, options.now, options.organisation)));
    this.reset();
  }

  get organisation() {
    return this.index.organisation;
  }

  /** Restores the seeded incidents, dropping every change made through the API. */
  reset(): void {
    const random = createRandom(this.options.seed);
    const records = seedIncidents(random, this.organisation, this.options.incidentCount, this.options.now);

    this.incidents = new Map(records.map((record) => [record.id, record]));
    this.lastNumber = records.length;
  }

  allIncidents(): IncidentRecord[] {
    return [...this.incidents.values()];
  }

  /** Finds an incident by "don:" id or display id (`INC-12`). */
  findIncident(reference: string): IncidentRecord | undefined {
    const byId = this.incidents.get(reference);
    if (byId) {
      return byId;
    }
    return this.allIncidents().find((record) => incidentDisplayId(record) === reference);
  }

  nextIncidentNumber(): number {
    this.lastNumber += 1;
    return this.lastNumber;
  }

  saveIncident(record: IncidentRecord): void {
    this.incidents.set(record.id, record);
  }

  deleteIncident(id: string): void {
    this.incidents.delete(id);
  }
}
