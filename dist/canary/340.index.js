export const id = 340;
export const ids = [340];
export const modules = {

/***/ 1959:
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
  canarySummary: () => (/* reexport */ canarySummary),
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
  metricChart: () => (/* reexport */ metricChart),
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
  runOwner: () => (/* reexport */ run_owner/* runOwner */.z),
  smokeAnswer: () => (/* reexport */ smoke_checks/* smokeAnswer */.gV),
  smokeRunner: () => (/* reexport */ smoke_checks/* smokeRunner */.KI),
  startCanary: () => (/* reexport */ canary_state/* startCanary */.r6),
  stepLoads: () => (/* reexport */ load_output/* stepLoads */.e),
  transition: () => (/* reexport */ canary_state/* transition */.kY),
  valueOf: () => (/* reexport */ prometheus_client/* valueOf */.RP),
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
// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
// EXTERNAL MODULE: ./packages/canary/src/load-output.ts
var load_output = __webpack_require__(3232);
;// CONCATENATED MODULE: ./packages/canary/src/canary-summary.ts



const ICON = {
    start: '🚀',
    next: '➡️',
    resume: '▶️',
    pause: '⏸️',
    promote: '⏫',
    promoted: '✅',
    abort: '🛑',
};
function chartLabel(text) {
    return `"${text.replace(/["\\]/g, '')}"`;
}
/** A mermaid xychart of one metric, sample by sample across the steps, against its thresholds. */
function metricChart(state, spec) {
    const points = state.analyses.flatMap((a) => a.samples
        .filter((s) => s.metric === spec.name && s.value !== undefined)
        .map((s) => ({ label: `${a.weight}% #${s.index}`, value: s.value })));
    if (points.length === 0)
        return undefined;
    const values = points.map((p) => p.value);
    const bounds = [...values, ...[spec.min, spec.max].filter((v) => v !== undefined)];
    const lo = Math.min(...bounds);
    const hi = Math.max(...bounds);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    const lines = [
        'xychart-beta',
        `  title ${chartLabel(`${spec.name} (${(0,metric_spec/* formatThreshold */.B6)(spec)})`)}`,
        `  x-axis [${points.map((p) => chartLabel(p.label)).join(', ')}]`,
        `  y-axis ${chartLabel(spec.name)} ${+(lo - pad).toPrecision(4)} --> ${+(hi + pad).toPrecision(4)}`,
        `  line [${values.map((v) => +v.toPrecision(6)).join(', ')}]`,
    ];
    for (const limit of [spec.min, spec.max])
        if (limit !== undefined)
            lines.push(`  line [${points.map(() => limit).join(', ')}]`);
    return lines.join('\n');
}
function metricCell(state, step, metrics) {
    const analysis = [...state.analyses].reverse().find((a) => a.step === step);
    if (!analysis)
        return '';
    const smokeNames = [...new Set(analysis.samples.filter((s) => s.kind === 'smoke').map((s) => s.metric))];
    return [
        ...metrics.map((spec) => {
            const samples = analysis.samples.filter((s) => s.metric === spec.name);
            if (samples.length === 0)
                return '';
            const shown = samples
                .map((s) => (s.value === undefined ? 'no data' : String(+s.value.toPrecision(4))))
                .join(', ');
            const bad = samples.some((s) => s.verdict === 'fail')
                ? '❌'
                : samples.some((s) => s.verdict === 'inconclusive')
                    ? '❔'
                    : '✅';
            return `${bad} ${(0,runner_summary/* escapeMarkdown */.FV)(spec.name)}: ${(0,runner_summary/* escapeMarkdown */.FV)(shown)} (${(0,runner_summary/* escapeMarkdown */.FV)((0,metric_spec/* formatThreshold */.B6)(spec))})`;
        }),
        ...smokeNames.map((name) => smokeCell(name, analysis.samples)),
    ]
        .filter(Boolean)
        .join('<br>');
}
/** A smoke check's samples in a step: ✅ 3/3 passed, or ❌ with the last failure's expected vs actual. */
function smokeCell(name, all) {
    const samples = all.filter((s) => s.metric === name);
    const passed = samples.filter((s) => s.verdict === 'pass').length;
    const failed = [...samples].reverse().find((s) => s.verdict === 'fail');
    const detail = failed ? `; expected ${failed.expected ?? '?'}, got ${failed.actual ?? '?'}` : '';
    return `${failed ? '❌' : '✅'} ${(0,runner_summary/* escapeMarkdown */.FV)(name)}: ${passed}/${samples.length} passed${(0,runner_summary/* escapeMarkdown */.FV)(detail)}`;
}
/** The job summary: the outcome, a timeline of steps and decisions, and a chart per metric. */
function canarySummary(state, metrics, now = Date.now()) {
    const outcome = state.phase === 'promoted'
        ? '✅ promoted'
        : state.phase === 'aborted'
            ? '🛑 aborted'
            : state.phase === 'paused'
                ? '⏸️ paused'
                : state.phase;
    const summary = new runner_summary/* SummaryBuilder */.CF().heading(`Canary of ${(0,runner_summary/* escapeMarkdown */.FV)(state.release)}: ${outcome}`);
    const lines = [
        `Image \`${state.image}\` in namespace \`${state.namespace}\` through ${state.provider}, ${(0,duration/* formatDuration */.a)(Math.max(0, now - state.startedAt))} since the start.`,
    ];
    if (state.phase === 'aborted')
        lines.push(`**Why:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.abortReason ?? 'aborted')}`);
    if (state.failedCheck?.actual !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)}: expected ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}, got ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.actual)}`);
    else if (state.failedCheck?.value !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)} = ${state.failedCheck.value}, threshold ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}`);
    if (state.phase === 'paused')
        lines.push(`**Paused:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.pausedReason ?? '')}. Run again with \`action: resume\`, \`promote\` or \`abort\`.`);
    if (state.phase === 'paused' && state.deployment)
        lines.push(`**GitHub deployment:** ${state.deployment.id} in ${(0,runner_summary/* escapeMarkdown */.FV)(state.deployment.environment)} stays in_progress; the run that promotes or aborts the canary finishes it.`);
    summary.paragraph(lines.join('<br>'));
    summary.table(['Time', 'Step', 'Weight', 'Pause', 'Decision', 'Detail'], state.timeline.map((entry) => {
        const step = state.steps[entry.step];
        return [
            `+${(0,duration/* formatDuration */.a)(Math.max(0, entry.at - state.startedAt))}`,
            entry.step >= 0 ? `${entry.step + 1}/${state.steps.length}` : '–',
            `${entry.weight}%`,
            step ? (step.manual ? 'manual' : step.pauseMs ? (0,duration/* formatDuration */.a)(step.pauseMs) : '–') : '–',
            `${ICON[entry.decision] ?? ''} ${entry.decision}`,
            (0,runner_summary/* escapeMarkdown */.FV)(entry.detail),
        ];
    }));
    // Capacity that followed the weight: the replicas of each side at every step.
    const scaled = state.analyses.some((a) => a.replicas);
    const hpa = state.capacity?.hpa ? ` (HPA ${(0,runner_summary/* escapeMarkdown */.FV)(state.capacity.hpa)})` : '';
    const stepRows = state.analyses.map((a) => [
        `${a.step + 1}`,
        `${a.weight}%`,
        ...(scaled ? [a.replicas ? `canary ${a.replicas.canary} · stable ${a.replicas.stable}${hpa}` : '–'] : []),
        a.verdict === 'pass' ? '✅ pass' : a.verdict === 'fail' ? '❌ fail' : '❔ inconclusive',
        { raw: metricCell({ ...state, analyses: [a] }, a.step, metrics) },
    ]);
    if (stepRows.length)
        summary
            .heading('Analysis per step', 3)
            .table(['Step', 'Weight', ...(scaled ? ['Replicas'] : []), 'Verdict', 'Samples'], stepRows);
    const loads = (0,load_output/* stepLoads */.e)(state);
    if (loads.length)
        summary.heading('Generated load per step', 3).table(['Step', 'Weight', 'Sent', 'Achieved', 'Error rate', 'p50', 'p95', 'p99'], loads.map(({ step, weight, figures }) => {
            const ms = (value) => (value === undefined ? '–' : `${value} ms`);
            return [
                `${step}`,
                `${weight}%`,
                `${figures.sent}`,
                `${figures.rps}/s`,
                `${+(figures.errorRate * 100).toFixed(2)}%`,
                ms(figures.latency?.p50),
                ms(figures.latency?.p95),
                ms(figures.latency?.p99),
            ];
        }));
    for (const spec of metrics) {
        const chart = metricChart(state, spec);
        if (chart)
            summary
                .heading(`${(0,runner_summary/* escapeMarkdown */.FV)(spec.name)} against ${(0,runner_summary/* escapeMarkdown */.FV)((0,metric_spec/* formatThreshold */.B6)(spec))}`, 3)
                .code(chart, 'mermaid');
    }
    return summary;
}

// EXTERNAL MODULE: ./packages/canary/src/load-figures.ts
var load_figures = __webpack_require__(5612);
// EXTERNAL MODULE: ./packages/canary/src/canary-outputs.ts
var canary_outputs = __webpack_require__(1655);
// EXTERNAL MODULE: ./packages/canary/src/helm-releases.ts
var helm_releases = __webpack_require__(487);
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
// EXTERNAL MODULE: ./packages/canary/src/run-owner.ts
var run_owner = __webpack_require__(7677);
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
