export { slipwayFileSchema, publishedSchema, type SlipwayFile, type EnvironmentSettings } from './slipway-schema';
export * as schema from './schema/json-schema';
export { validateValue, describe as describeSchema, formatPath, type SchemaProblem } from './schema/validate-value';
export { loadConfig, parseConfig, type LoadedConfig } from './load-config';
export { STAGES, RUN_ORDER, type Stage } from './stages';
export { planDelivery, type DeliveryPlan } from './plan-delivery';
export type { PlanRequest } from './plan-request';
export { planReleases, deliverDigest, planRunsHelm } from './plan-releases';
export { verifyBeforeDelivery } from './verify-delivery';
export { deliveryOutputs } from './delivery-outputs';
export { runDelivery, type DeliveryReport, type DeliveryContext, type StageResult } from './run-delivery';
export { deliverySummary } from './delivery-summary';
export { type ServiceSettings, type ClusterSettings } from './slipway-schema';
export {
  planFleet,
  secretName,
  type FleetPlan,
  type FleetStage,
  type FleetWave,
  type DeployJob,
  type FleetBuild,
  type FleetRequest,
} from './fleet/plan-fleet';
export { groupWaves, type WaveGroups, type WaveRule } from './fleet/plan-waves';
export { fleetOutputs, type FleetOutputs } from './fleet/fleet-outputs';
export { fleetSummary } from './fleet/fleet-summary';
export { fleetState, type FleetState, type WaveState, type ClusterState, type ServiceState } from './fleet/fleet-state';
export { fleetSlack, fleetStateSummary, serviceRuns } from './fleet/fleet-report';
export {
  fleetDigests,
  digestsOutput,
  digestsSummary,
  type FleetDigest,
  type FleetDigestsOptions,
  type ManifestLookup,
} from './fleet/fleet-digests';
export { fleetServices, type FleetService } from './fleet/fleet-services';
export { GITHUB_LIMITS, FLEET_STAGE_SLOTS, FLEET_WAVE_SLOTS } from './fleet/github-limits';
