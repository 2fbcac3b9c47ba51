import type { FleetPlan } from './fleet-plan';

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
}

export function fleetOutputs(plan: FleetPlan): FleetOutputs {
  return {
    plan: JSON.stringify(plan),
    'build-matrix': JSON.stringify({ include: plan.builds }),
    environments: JSON.stringify(plan.stages.map((s) => s.name)),
    jobs: String(plan.jobs),
  };
}
