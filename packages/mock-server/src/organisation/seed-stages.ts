import { coreDon } from './dons.js';
import type { CustomStage, StageDiagram, StageState } from './organisation.js';

const STATES = {
  open: { id: coreDon('custom_state', 7301), name: 'Open', is_final: false },
  inProgress: { id: coreDon('custom_state', 7302), name: 'In progress', is_final: false },
  closed: { id: coreDon('custom_state', 7303), name: 'Closed', is_final: true },
} satisfies Record<string, StageState>;

type StateName = keyof typeof STATES;

/**
 * Stage names per leaf type, in diagram order. A name that appears under two
 * leaf types is one shared stage, as in DevRev, so stage names stay unique.
 * The incident stages come first and their ids are deliberately not sequential.
 */
const DIAGRAMS: { leafType: string; name: string; custom: boolean; stages: [string, StateName][] }[] = [
  {
    leafType: 'incident',
    name: 'Incident',
    custom: false,
    stages: [
      ['Acknowledged', 'open'],
      ['Identified', 'inProgress'],
      ['Mitigated', 'inProgress'],
      ['Resolved', 'closed'],
    ],
  },
  {
    leafType: 'ticket',
    name: 'Support ticket',
    custom: false,
    stages: [
      ['Queued', 'open'],
      ['Work in progress', 'inProgress'],
      ['Awaiting product assist', 'inProgress'],
      ['Awaiting development', 'inProgress'],
      ['Awaiting customer response', 'inProgress'],
      ['Resolved', 'closed'],
      ['Canceled', 'closed'],
    ],
  },
  {
    leafType: 'issue',
    name: 'Engineering issue',
    custom: false,
    stages: [
      ['Triage', 'open'],
      ['Backlog', 'open'],
      ['Prioritized', 'open'],
      ['In development', 'inProgress'],
      ['In review', 'inProgress'],
      ['In testing', 'inProgress'],
      ['In deployment', 'inProgress'],
      ['Completed', 'closed'],
      ["Won't fix", 'closed'],
      ['Duplicate', 'closed'],
    ],
  },
  {
    leafType: 'opportunity',
    name: 'Sales opportunity',
    custom: false,
    stages: [
      ['Qualification', 'open'],
      ['Validation', 'inProgress'],
      ['Negotiation', 'inProgress'],
      ['Contract', 'inProgress'],
      ['Closed won', 'closed'],
      ['Closed lost', 'closed'],
    ],
  },
  {
    leafType: 'task',
    name: 'Task',
    custom: false,
    stages: [
      ['To do', 'open'],
      ['Doing', 'inProgress'],
      ['Done', 'closed'],
    ],
  },
  {
    leafType: 'change_request',
    name: 'Change request',
    custom: true,
    stages: [
      ['Draft', 'open'],
      ['Submitted', 'inProgress'],
      ['Approved', 'inProgress'],
      ['Rejected', 'closed'],
      ['Implemented', 'closed'],
    ],
  },
  {
    leafType: 'postmortem',
    name: 'Postmortem',
    custom: true,
    stages: [
      ['Drafting', 'open'],
      ['In review', 'inProgress'],
      ['Published', 'closed'],
    ],
  },
];

/** Ids of the incident stages; neither sequential nor in diagram order. */
const INCIDENT_STAGE_NUMBERS = [4817, 4203, 4952, 4388];

export interface SeededStages {
  incidentStages: CustomStage[];
  customStages: CustomStage[];
  stageDiagrams: StageDiagram[];
}

/** Builds every custom stage and the stage diagram of each leaf type. */
export function seedStages(): SeededStages {
  const stagesByName = new Map<string, CustomStage>();
  const stageDiagrams: StageDiagram[] = [];

  DIAGRAMS.forEach((diagram, diagramIndex) => {
    const stageIds = diagram.stages.map(([name, state], position) => {
      const existing = stagesByName.get(name);
      if (existing) {
        return existing.id;
      }

      const number = INCIDENT_STAGE_NUMBERS[stagesByName.size] ?? 5100 + stagesByName.size * 7;
      const stage: CustomStage = { id: coreDon('custom_stage', number), name, ordinal: (position + 1) * 100, state: STATES[state] };
      stagesByName.set(name, stage);
      return stage.id;
    });

    stageDiagrams.push({
      id: coreDon('stage_diagram', 880 + diagramIndex * 3),
      name: diagram.name,
      leaf_type: diagram.leafType,
      is_custom_leaf_type: diagram.custom,
      stage_ids: stageIds,
    });
  });

  const customStages = [...stagesByName.values()];
  return { incidentStages: customStages.slice(0, 4), customStages, stageDiagrams };
}
