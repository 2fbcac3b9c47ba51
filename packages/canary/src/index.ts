export { parseSteps, formatSteps, type CanaryStep } from './steps';
export {
  parseMetrics,
  renderQuery,
  checkPlaceholders,
  formatThreshold,
  promDuration,
  METRIC_TEMPLATES,
  METRIC_PROVIDERS,
  PLACEHOLDERS,
  isPrometheusMetric,
  checkUrlTemplate,
  type MetricSpec,
  type MetricProvider,
  type WebMetricRequest,
  type QueryContext,
} from './metric-spec';
export {
  analyseStep,
  judgeValue,
  SMOKE_PREFIX,
  type SmokeAnswer,
  type Sample,
  type StepVerdict,
  type QueryAnswer,
  type AnalyseOptions,
} from './analyse-step';
export { PrometheusClient, QueryRejectedError, valueOf, type PrometheusOptions } from './prometheus-client';
export {
  startCanary,
  transition,
  resultOf,
  isActive,
  CanaryStateError,
  type CanaryState,
  type KeptDeployment,
  type CanaryEvent,
  type CanaryPhase,
  type StartRequest,
  type CapacityRecord,
} from './canary-state';
export { CanaryStateStore, CanaryBusyError, describeCanary } from './state-store';
export {
  runCanary,
  abortCanary,
  checkStart,
  type CanaryRun,
  type StartChecked,
  type CanaryOutcome,
  type CanaryReleases,
  type CanaryAction,
} from './run-canary';
export { canarySummary, metricChart } from './canary-summary';
export { loadFigures, type LoadFigures } from './load-figures';
export { loadOutput, stepLoads, type StepLoad } from './load-output';
export { canaryOutputs, abortedLine } from './canary-outputs';
export { HelmCanaryReleases, canaryReleaseName, canaryReleaseRequests } from './helm-releases';
export { verifyBeforeCanary } from './verify-canary';
export { resolveSmokeBaseUrl, smokeAnswer, smokeRunner } from './smoke-checks';
export {
  loadStarter,
  LOAD_VALUES,
  type LoadStarter,
  type LoadValue,
  type LoadWindow,
  type RunningLoad,
} from './generated-load';
export { parseCanaryLoad } from './load-spec';
export { canaryRun, type CanaryConfig, type SessionHooks } from './canary-session';
export { restoreStableAfterStop, STOPPED_MID_STEP } from './restore-stable';
export {
  TRAFFIC_PROVIDERS,
  TrafficSetupError,
  type TrafficProvider,
  type TrafficProviderName,
  type TrafficTarget,
} from './traffic/traffic-provider';
export { createTrafficProvider } from './traffic/create-provider';
export { GatewayApiTraffic, abMatches } from './traffic/gateway-api';
export {
  canaryShare,
  cookieMatch,
  headerMatch,
  withCanary,
  withoutCanary,
  type CanaryRouting,
  type HeaderMatch,
  type MirrorShare,
  type RouteRule,
} from './traffic/http-route-rules';
export { NginxTraffic } from './traffic/nginx-ingress';
export { ReplicaRatioTraffic, replicaSplit } from './traffic/replica-ratio';
export { CANARY_OF_LABEL } from './objects';
export { runOwner } from './run-owner';
export {
  parseGates,
  isBlocking,
  GATE_TYPES,
  GATE_TIMEOUT_MS,
  type GateSpec,
  type GateType,
  type GateFailure,
} from './gate-spec';
export { callGate, runGates, gatePayload, type GatePayload } from './gate-runner';
export { parseHeaders, headerSecrets, canaryHeaderSecrets } from './http-spec';
export { WebMetricClient, numberAt, type WebMetricOptions } from './web-metric-client';
export { capacityAt, type CapacityAt, type HpaBounds } from './capacity-plan';
export { WeightCapacity, type CanaryCapacity } from './weight-capacity';
