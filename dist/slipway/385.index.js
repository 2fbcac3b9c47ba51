export const id = 385;
export const ids = [385,147];
export const modules = {

/***/ 9385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abortedLine: () => (/* reexport */ canary_outputs/* abortedLine */.s),
  canaryHeaderSecrets: () => (/* reexport */ http_spec/* canaryHeaderSecrets */.zB),
  canaryRun: () => (/* reexport */ canary_session/* canaryRun */.m),
  checkStart: () => (/* reexport */ run_canary/* checkStart */.Nq),
  isActive: () => (/* reexport */ canary_state/* isActive */.$m),
  loadOutput: () => (/* reexport */ load_output/* loadOutput */.g),
  runOwner: () => (/* reexport */ runOwner)
});

// UNUSED EXPORTS: CANARY_OF_LABEL, CanaryBusyError, CanaryStateError, CanaryStateStore, GATE_TIMEOUT_MS, GATE_TYPES, GatewayApiTraffic, HelmCanaryReleases, LOAD_VALUES, METRIC_PROVIDERS, METRIC_TEMPLATES, NginxTraffic, PLACEHOLDERS, PrometheusClient, QueryRejectedError, ReplicaRatioTraffic, SMOKE_PREFIX, STOPPED_MID_STEP, TRAFFIC_PROVIDERS, TrafficSetupError, WebMetricClient, WeightCapacity, abMatches, abortCanary, analyseStep, callGate, canaryOutputs, canaryReleaseName, canaryReleaseRequests, canaryShare, canarySummary, capacityAt, checkPlaceholders, checkUrlTemplate, cookieMatch, createTrafficProvider, describeCanary, formatSteps, formatThreshold, gatePayload, headerMatch, headerSecrets, isBlocking, isPrometheusMetric, judgeValue, loadFigures, loadStarter, metricChart, numberAt, parseCanaryLoad, parseGates, parseHeaders, parseMetrics, parseSteps, promDuration, renderQuery, replicaSplit, resolveSmokeBaseUrl, restoreStableAfterStop, resultOf, runCanary, runGates, smokeAnswer, smokeRunner, startCanary, stepLoads, transition, valueOf, withCanary, withoutCanary

// EXTERNAL MODULE: ./packages/canary/src/canary-state.ts
var canary_state = __webpack_require__(9184);
// EXTERNAL MODULE: ./packages/canary/src/run-canary.ts
var run_canary = __webpack_require__(5528);
// EXTERNAL MODULE: ./packages/canary/src/load-output.ts
var load_output = __webpack_require__(3232);
// EXTERNAL MODULE: ./packages/canary/src/canary-outputs.ts
var canary_outputs = __webpack_require__(1655);
// EXTERNAL MODULE: ./packages/canary/src/canary-session.ts + 18 modules
var canary_session = __webpack_require__(9090);
;// CONCATENATED MODULE: ./packages/canary/src/run-owner.ts
/** Who acts on a canary, recorded as its owner: the workflow run and job, or a random id off a runner. */
function runOwner(env = process.env) {
    return env['GITHUB_RUN_ID']
        ? `run ${env['GITHUB_RUN_ID']}.${env['GITHUB_RUN_ATTEMPT'] ?? '1'} (${env['GITHUB_JOB'] ?? 'job'})`
        : `run ${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

// EXTERNAL MODULE: ./packages/canary/src/http-spec.ts
var http_spec = __webpack_require__(8466);
;// CONCATENATED MODULE: ./packages/canary/src/index.ts

































/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ stepLoads),
/* harmony export */   g: () => (/* binding */ loadOutput)
/* harmony export */ });
function stepLoads(state) {
    return state.analyses.flatMap((a) => (a.load ? [{ step: a.step + 1, weight: a.weight, figures: a.load }] : []));
}
/**
 * The `load` output: a JSON list, one entry per step that drove load, or "" without generated
 * load. Latencies are ms and null when no response came.
 */
function loadOutput(state) {
    const rows = stepLoads(state);
    if (!rows.length)
        return '';
    return JSON.stringify(rows.map(({ step, weight, figures }) => ({
        step,
        weight,
        sent: figures.sent,
        rps: figures.rps,
        'error-rate': figures.errorRate,
        p50: figures.latency?.p50 ?? null,
        p95: figures.latency?.p95 ?? null,
        p99: figures.latency?.p99 ?? null,
    })));
}


/***/ })

};
