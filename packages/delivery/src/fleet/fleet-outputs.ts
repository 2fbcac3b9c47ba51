import type { FleetPlan, FleetStage } from './fleet-plan';
import { FLEET_STAGE_SLOTS } from './github-limits';

/** The plan step's outputs, each a JSON text a workflow reads with fromJSON. */
export interface FleetOutputs {
  /** The whole plan: stages, their waves, each wave's `matrix`. */
  plan: string;
  /** `{"include":[{service, context, dockerfile}]}` for the services that are built (none: an empty include). */
  'build-matrix': string;
  /** The stages in order: `["dev","staging","production"]`. */
  environments: string;
  /** The number of deploy jobs. */
  jobs: string;
  /**
   * One per stage slot of fleet.yml (`stage-1` … `stage-6`): the stage as its slot runs it, or ""
   * for a slot the plan leaves empty (its job is skipped by `if:`).
   */
  [slot: `stage-${number}`]: string;
}

/**
 * What one stage slot of fleet.yml takes: its name (the concurrency group), GitHub environment,
 * soak, and each wave's matrix exactly as `strategy.matrix` takes it
 * (`fromJSON(inputs.stage).waves[0]`), and how many waves there are.
 */
export interface StageSlot {
  name: string;
  githubEnvironment: string;
  soakSeconds: number;
  onFailure: FleetStage['onFailure'];
  /** How many of the stage's wave slots run (the slots' `if:` compares it: act reads no `null`). */
  waveCount: number;
  waves: Array<FleetStage['waves'][number]['matrix']>;
  /** Each wave's strategy.max-parallel, in order (fleet-wave.yml's max-parallel input). */
  maxParallel: number[];
}

export function stageSlot(stage: FleetStage): StageSlot {
  return {
    name: stage.name,
    githubEnvironment: stage.githubEnvironment,
    soakSeconds: Math.ceil(stage.soakMs / 1000),
    onFailure: stage.onFailure,
    waveCount: stage.waves.length,
    waves: stage.waves.map((wave) => wave.matrix),
    maxParallel: stage.waves.map((wave) => wave.maxParallel),
  };
}

export function fleetOutputs(plan: FleetPlan): FleetOutputs {
  const outputs: FleetOutputs = {
    plan: JSON.stringify(plan),
    'build-matrix': JSON.stringify({ include: plan.builds }),
    environments: JSON.stringify(plan.stages.map((s) => s.name)),
    jobs: String(plan.jobs),
  };
  for (let slot = 1; slot <= FLEET_STAGE_SLOTS; slot++) {
    const stage = plan.stages[slot - 1];
    outputs[`stage-${slot}`] = stage ? JSON.stringify(stageSlot(stage)) : '';
  }
  return outputs;
}
