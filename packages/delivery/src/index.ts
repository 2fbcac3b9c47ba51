export { slipwayFileSchema, publishedSchema, type SlipwayFile, type EnvironmentSettings } from './slipway-schema';
export * as schema from './schema/json-schema';
export { validateValue, describe as describeSchema, formatPath, type SchemaProblem } from './schema/validate-value';
export { loadConfig, parseConfig, type LoadedConfig } from './load-config';
export { STAGES, RUN_ORDER, type Stage } from './stages';
export { planDelivery, type DeliveryPlan } from './plan-delivery';
export type { PlanRequest } from './plan-request';
export { runDelivery, type DeliveryReport, type DeliveryContext, type StageResult } from './run-delivery';
export { deliverySummary } from './delivery-summary';
