export {
  parseRecord,
  digestOf,
  fleetFields,
  RESULTS,
  type DeliveryRecord,
  type DeliveryKind,
  type DeliveryResult,
} from './record';
export {
  DeliveryHistory,
  boundedHistory,
  recordsIn,
  historyName,
  HISTORY_ANNOTATION,
  HISTORY_OF_LABEL,
  HISTORY_LIMIT_BYTES,
  HISTORY_MAX_RECORDS,
  type HistoryObjects,
} from './history-store';
export { readClusterRecords } from './cluster-records';
export { runnerCommit, runOf, type RunnerCommit } from './commit-info';
export { readGitHubRecords, recordOfDeployment, type GitHubRecordsOptions } from './github-records';
export { fleetDeliveries, type Delivery } from './fleet-deliveries';
export { metricsByEnvironment, metricsReportSummary, type EnvironmentMetrics } from './metrics-report';
export {
  computeMeasures,
  servicesIn,
  weekStart,
  type DeliveryMeasures,
  type MetricsWindow,
  type WeekCount,
} from './measures';
export { median, percentile, mean } from './statistics';
export {
  bandsOf,
  frequencyBand,
  leadTimeBand,
  failureRateBand,
  restoreBand,
  BAND_SOURCE,
  type Band,
} from './dora-bands';
export { metricsSummary, environmentsOverview, weeklyChart, spanText } from './metrics-summary';
export { parseSince } from './since';
export { recordDelivery, type RecordTarget } from './record-delivery';
export { checkEnvironment } from './environments';
export { recordRelease, type FleetWhere } from './record-release';
export { recordCanary } from './record-canary';
export { deploymentPayload, type DeploymentStart } from './deployment-payload';
export {
  withGitHubDeployment,
  finishKeptDeployment,
  startDescription,
  failedDescription,
  type RecordedOptions,
  type RecordedRun,
} from './github-deployment';
export { recordedDeploy, deploymentEnd } from './deploy-deployment';
export { canaryStage, canaryStopStage, type CanaryStageOptions, type CanaryStageResult } from './canary-stage';
export { deployStage, deployFailure } from './deploy-stage';
