export const id = 237;
export const ids = [237,618];
export const modules = {

/***/ 2237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CANARY_OF_LABEL: () => (/* reexport */ objects/* CANARY_OF_LABEL */.O1),
  CanaryBusyError: () => (/* reexport */ state_store/* CanaryBusyError */.ss),
  CanaryStateError: () => (/* reexport */ canary_state/* CanaryStateError */.M9),
  CanaryStateStore: () => (/* reexport */ state_store/* CanaryStateStore */.tn),
  GATE_TIMEOUT_MS: () => (/* reexport */ gate_spec/* GATE_TIMEOUT_MS */.nq),
  GATE_TYPES: () => (/* reexport */ gate_spec/* GATE_TYPES */.Qd),
  GatewayApiTraffic: () => (/* reexport */ gateway_api/* GatewayApiTraffic */.Q5),
  HelmCanaryReleases: () => (/* reexport */ helm_releases/* HelmCanaryReleases */.LG),
  LOAD_VALUES: () => (/* reexport */ generated_load/* LOAD_VALUES */.q),
  METRIC_PROVIDERS: () => (/* reexport */ metric_spec/* METRIC_PROVIDERS */._W),
  METRIC_TEMPLATES: () => (/* reexport */ metric_spec/* METRIC_TEMPLATES */.JU),
  NginxTraffic: () => (/* reexport */ nginx_ingress/* NginxTraffic */.i),
  PLACEHOLDERS: () => (/* reexport */ metric_spec/* PLACEHOLDERS */.je),
  PrometheusClient: () => (/* reexport */ prometheus_client/* PrometheusClient */.Sx),
  QueryRejectedError: () => (/* reexport */ prometheus_client/* QueryRejectedError */.PL),
  ReplicaRatioTraffic: () => (/* reexport */ replica_ratio/* ReplicaRatioTraffic */.p),
  SMOKE_PREFIX: () => (/* reexport */ analyse_step/* SMOKE_PREFIX */.$0),
  STOPPED_MID_STEP: () => (/* reexport */ restore_stable/* STOPPED_MID_STEP */.i),
  TRAFFIC_PROVIDERS: () => (/* reexport */ traffic_provider/* TRAFFIC_PROVIDERS */.t),
  TrafficSetupError: () => (/* reexport */ traffic_provider/* TrafficSetupError */.D),
  WebMetricClient: () => (/* reexport */ web_metric_client/* WebMetricClient */.W),
  WeightCapacity: () => (/* reexport */ weight_capacity/* WeightCapacity */.X),
  abMatches: () => (/* reexport */ gateway_api/* abMatches */.Xi),
  abortCanary: () => (/* reexport */ run_canary/* abortCanary */.Fi),
  abortedLine: () => (/* reexport */ canary_outputs/* abortedLine */.s),
  analyseStep: () => (/* reexport */ analyse_step/* analyseStep */.wf),
  callGate: () => (/* reexport */ gate_runner/* callGate */.Ie),
  canaryHeaderSecrets: () => (/* reexport */ http_spec/* canaryHeaderSecrets */.zB),
  canaryOutputs: () => (/* reexport */ canary_outputs/* canaryOutputs */.J),
  canaryReleaseName: () => (/* reexport */ helm_releases/* canaryReleaseName */.nH),
  canaryReleaseRequests: () => (/* reexport */ helm_releases/* canaryReleaseRequests */.Wg),
  canaryRun: () => (/* reexport */ canary_session/* canaryRun */.m),
  canaryShare: () => (/* reexport */ http_route_rules/* canaryShare */.EP),
  canarySummary: () => (/* reexport */ canary_summary/* canarySummary */.d),
  capacityAt: () => (/* reexport */ capacity_plan/* capacityAt */.u),
  checkPlaceholders: () => (/* reexport */ metric_spec/* checkPlaceholders */.nV),
  checkStart: () => (/* reexport */ run_canary/* checkStart */.Nq),
  checkUrlTemplate: () => (/* reexport */ metric_spec/* checkUrlTemplate */.kw),
  cookieMatch: () => (/* reexport */ http_route_rules/* cookieMatch */.kT),
  createTrafficProvider: () => (/* reexport */ create_provider/* createTrafficProvider */.J),
  describeCanary: () => (/* reexport */ state_store/* describeCanary */.Wi),
  formatSteps: () => (/* reexport */ steps/* formatSteps */.r),
  formatThreshold: () => (/* reexport */ metric_spec/* formatThreshold */.B6),
  gatePayload: () => (/* reexport */ gate_runner/* gatePayload */.OO),
  headerMatch: () => (/* reexport */ http_route_rules/* headerMatch */.zF),
  headerSecrets: () => (/* reexport */ http_spec/* headerSecrets */.n3),
  isActive: () => (/* reexport */ canary_state/* isActive */.$m),
  isBlocking: () => (/* reexport */ gate_spec/* isBlocking */.Us),
  isPrometheusMetric: () => (/* reexport */ metric_spec/* isPrometheusMetric */.dU),
  judgeValue: () => (/* reexport */ analyse_step/* judgeValue */.hy),
  loadFigures: () => (/* reexport */ load_figures/* loadFigures */.Q),
  loadOutput: () => (/* reexport */ load_output/* loadOutput */.g),
  loadStarter: () => (/* reexport */ generated_load/* loadStarter */.c),
  metricChart: () => (/* reexport */ canary_summary/* metricChart */.V),
  numberAt: () => (/* reexport */ web_metric_client/* numberAt */.t),
  parseCanaryLoad: () => (/* reexport */ load_spec/* parseCanaryLoad */.c),
  parseGates: () => (/* reexport */ gate_spec/* parseGates */.MJ),
  parseHeaders: () => (/* reexport */ http_spec/* parseHeaders */.QG),
  parseMetrics: () => (/* reexport */ metric_spec/* parseMetrics */.Bm),
  parseSteps: () => (/* reexport */ steps/* parseSteps */.$),
  promDuration: () => (/* reexport */ metric_spec/* promDuration */.Jn),
  renderQuery: () => (/* reexport */ metric_spec/* renderQuery */.no),
  replicaSplit: () => (/* reexport */ replica_ratio/* replicaSplit */.V),
  resolveSmokeBaseUrl: () => (/* reexport */ smoke_checks/* resolveSmokeBaseUrl */.c_),
  restoreStableAfterStop: () => (/* reexport */ restore_stable/* restoreStableAfterStop */.u),
  resultOf: () => (/* reexport */ canary_state/* resultOf */.Bg),
  runCanary: () => (/* reexport */ run_canary/* runCanary */.i7),
  runGates: () => (/* reexport */ gate_runner/* runGates */.AQ),
  runOwner: () => (/* reexport */ runOwner),
  smokeAnswer: () => (/* reexport */ smoke_checks/* smokeAnswer */.gV),
  smokeRunner: () => (/* reexport */ smoke_checks/* smokeRunner */.KI),
  startCanary: () => (/* reexport */ canary_state/* startCanary */.r6),
  stepLoads: () => (/* reexport */ load_output/* stepLoads */.e),
  transition: () => (/* reexport */ canary_state/* transition */.kY),
  valueOf: () => (/* reexport */ prometheus_client/* valueOf */.RP),
  verifyBeforeCanary: () => (/* reexport */ verifyBeforeCanary),
  withCanary: () => (/* reexport */ http_route_rules/* withCanary */.zj),
  withoutCanary: () => (/* reexport */ http_route_rules/* withoutCanary */.vQ)
});

// EXTERNAL MODULE: ./packages/canary/src/steps.ts
var steps = __webpack_require__(1037);
// EXTERNAL MODULE: ./packages/canary/src/metric-spec.ts
var metric_spec = __webpack_require__(1686);
// EXTERNAL MODULE: ./packages/canary/src/analyse-step.ts
var analyse_step = __webpack_require__(1938);
// EXTERNAL MODULE: ./packages/canary/src/prometheus-client.ts
var prometheus_client = __webpack_require__(4317);
// EXTERNAL MODULE: ./packages/canary/src/canary-state.ts
var canary_state = __webpack_require__(9184);
// EXTERNAL MODULE: ./packages/canary/src/state-store.ts
var state_store = __webpack_require__(8075);
// EXTERNAL MODULE: ./packages/canary/src/run-canary.ts
var run_canary = __webpack_require__(5528);
// EXTERNAL MODULE: ./packages/canary/src/canary-summary.ts
var canary_summary = __webpack_require__(7677);
// EXTERNAL MODULE: ./packages/canary/src/load-figures.ts
var load_figures = __webpack_require__(5612);
// EXTERNAL MODULE: ./packages/canary/src/load-output.ts
var load_output = __webpack_require__(3232);
// EXTERNAL MODULE: ./packages/canary/src/canary-outputs.ts
var canary_outputs = __webpack_require__(1655);
// EXTERNAL MODULE: ./packages/canary/src/helm-releases.ts
var helm_releases = __webpack_require__(487);
// EXTERNAL MODULE: ./packages/helm/src/deploy/verify-before-change.ts + 1 modules
var verify_before_change = __webpack_require__(3723);
;// CONCATENATED MODULE: ./packages/canary/src/verify-canary.ts


/**
 * verifyBeforeChange for a canary run, before a helm process, a canary release, a traffic change
 * or state: a start's image verified (config.image becomes its digest, which the canary then runs),
 * helm chosen, every other image the canary and the promoted release would run verified.
 */
function verifyBeforeCanary(config, options) {
    const start = config.action === 'start';
    return (0,verify_before_change/* verifyBeforeChange */.T)({
        ...options,
        image: start ? config.image : undefined,
        what: `action ${config.action}`,
        onVerified: (digestRef) => (config.image = digestRef),
        releases: () => (start && config.image ? (0,helm_releases/* canaryReleaseRequests */.Wg)(config, config.image) : []),
    });
}

// EXTERNAL MODULE: ./packages/canary/src/smoke-checks.ts
var smoke_checks = __webpack_require__(7801);
// EXTERNAL MODULE: ./packages/canary/src/generated-load.ts
var generated_load = __webpack_require__(5712);
// EXTERNAL MODULE: ./packages/canary/src/load-spec.ts
var load_spec = __webpack_require__(206);
// EXTERNAL MODULE: ./packages/canary/src/canary-session.ts
var canary_session = __webpack_require__(8609);
// EXTERNAL MODULE: ./packages/canary/src/restore-stable.ts
var restore_stable = __webpack_require__(4142);
// EXTERNAL MODULE: ./packages/canary/src/traffic/traffic-provider.ts
var traffic_provider = __webpack_require__(1999);
// EXTERNAL MODULE: ./packages/canary/src/traffic/create-provider.ts
var create_provider = __webpack_require__(7566);
// EXTERNAL MODULE: ./packages/canary/src/traffic/gateway-api.ts
var gateway_api = __webpack_require__(2119);
// EXTERNAL MODULE: ./packages/canary/src/traffic/http-route-rules.ts
var http_route_rules = __webpack_require__(44);
// EXTERNAL MODULE: ./packages/canary/src/traffic/nginx-ingress.ts
var nginx_ingress = __webpack_require__(3070);
// EXTERNAL MODULE: ./packages/canary/src/traffic/replica-ratio.ts
var replica_ratio = __webpack_require__(5118);
// EXTERNAL MODULE: ./packages/canary/src/objects.ts
var objects = __webpack_require__(3946);
;// CONCATENATED MODULE: ./packages/canary/src/run-owner.ts
/** Who acts on a canary, recorded as its owner: the workflow run and job, or a random id off a runner. */
function runOwner(env = process.env) {
    return env['GITHUB_RUN_ID']
        ? `run ${env['GITHUB_RUN_ID']}.${env['GITHUB_RUN_ATTEMPT'] ?? '1'} (${env['GITHUB_JOB'] ?? 'job'})`
        : `run ${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

// EXTERNAL MODULE: ./packages/canary/src/gate-spec.ts
var gate_spec = __webpack_require__(7591);
// EXTERNAL MODULE: ./packages/canary/src/gate-runner.ts
var gate_runner = __webpack_require__(882);
// EXTERNAL MODULE: ./packages/canary/src/http-spec.ts
var http_spec = __webpack_require__(8466);
// EXTERNAL MODULE: ./packages/canary/src/web-metric-client.ts
var web_metric_client = __webpack_require__(7137);
// EXTERNAL MODULE: ./packages/canary/src/capacity-plan.ts
var capacity_plan = __webpack_require__(5390);
// EXTERNAL MODULE: ./packages/canary/src/weight-capacity.ts
var weight_capacity = __webpack_require__(673);
;// CONCATENATED MODULE: ./packages/canary/src/index.ts


































/***/ })

};
