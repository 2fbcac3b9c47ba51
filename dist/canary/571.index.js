export const id = 571;
export const ids = [571];
export const modules = {

/***/ 8571:
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
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts
var verify_deploy = __webpack_require__(4878);
// EXTERNAL MODULE: ./packages/helm/src/resolve-helm.ts + 1 modules
var resolve_helm = __webpack_require__(3896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts
var verify_image = __webpack_require__(7224);
// EXTERNAL MODULE: ./packages/image/src/image-ref.ts
var image_ref = __webpack_require__(2032);
// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts + 1 modules
var helm_cli = __webpack_require__(6964);
// EXTERNAL MODULE: ./packages/helm/src/deploy/deploy-release.ts + 7 modules
var deploy_release = __webpack_require__(2982);
// EXTERNAL MODULE: ./packages/helm/src/deploy/release-content.ts
var release_content = __webpack_require__(5273);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/verify-release-images.ts








/**
 * Every other image the release would run, verified against the policy before anything changes:
 * the chart rendered offline (`helm template`) with the release's values and image, every
 * container, init and ephemeral container image of every pod-bearing object collected, each
 * checked once. A tag is resolved through the registry to the digest that is verified. A refusal
 * throws one ConfigError line naming the image, where the chart runs it, the policy and what was
 * missing. `requests`: every release the step would make (a canary makes two). Rollbacks deploy
 * no new values: nothing to render.
 */
async function verifyReleaseImages(requests, options) {
    const { policy, logger } = options;
    const env = options.env ?? process.env;
    // RUNNER_TEMP holds the values overrides and cosign's key file (removed); RUNNER_TOOL_CACHE helm.
    const dirs = (0,runner_dirs/* runnerDirs */.x)(env);
    const resolved = { ...options, env, tempDir: dirs.temp, toolCacheDir: dirs.toolCache };
    const rendered = requests.filter(rendersChart);
    if (!policy || !rendered.length)
        return [];
    const images = await logger.group('Render the chart to list its images', () => renderedImages(rendered, resolved));
    const others = images.filter((p) => !sameDigest(p.image, options.verified));
    if (!others.length) {
        logger.info('The chart runs no image other than the one verified');
        return [];
    }
    return logger.group(`Verify the chart's other images (${others.length})`, async () => {
        const verified = [];
        for (const { image, usedBy } of others) {
            const deps = { logger, env, tempDir: dirs.temp, ...signalOf(options) };
            verified.push(await (0,verify_image/* verifyImage */.Z)(image, policy, deps, { where: `Chart image (${usedBy})`, usedBy }));
        }
        return verified;
    });
}
/** A release that deploys new values renders its chart; a rollback deploys none, nothing to render. */
function rendersChart(request) {
    return request.mode !== 'rollback' && Boolean(request.chart);
}
/** Each image once, with the first object that runs it (and how many more do). */
async function renderedImages(requests, options) {
    const helm = await (0,resolve_helm/* resolveHelm */.Fr)({
        spec: options.helmVersion,
        ...(options.helmVersionSource ? { specSource: options.helmVersionSource } : {}),
        ...(options.helmChoice ? { choice: options.helmChoice } : {}),
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        ...(options.onHelmInstalled ? { onInstalled: options.onHelmInstalled } : {}),
        logger: options.logger,
        ...signalOf(options),
    });
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir, 'slipway-render-'));
    try {
        const byImage = new Map();
        for (const request of requests) {
            const cli = new helm_cli/* HelmCli */.jL({ path: helm.path, major: helm.version.major, namespace: request.namespace, env: options.env }, options.logger, options.signal);
            let manifest;
            try {
                manifest = await cli.template(await (0,deploy_release/* upgradeRequest */.oN)(request, { workDir }));
            }
            catch (error) {
                throw new errors/* ConfigError */.xL(`The chart ${request.chart ?? ''} could not be rendered to list the images the verification policy must check: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            for (const found of await (0,release_content/* podImages */.Ym)(manifest)) {
                const seen = byImage.get(found.image);
                if (seen)
                    seen.more++;
                else
                    byImage.set(found.image, { ...found, more: 0 });
            }
        }
        return [...byImage.values()].map(({ image, usedBy, more }) => ({
            image,
            usedBy: more ? `${usedBy} and ${more} more` : usedBy,
        }));
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
/** The chart's reference names the input's verified digest (with or without its tag). */
function sameDigest(image, verified) {
    if (!verified)
        return false;
    try {
        const a = (0,image_ref/* parseImageRef */.Q)(image, 'Chart image');
        const b = (0,image_ref/* parseImageRef */.Q)(verified.digestRef, 'Verified image');
        return a.name === b.name && a.digest === b.digest;
    }
    catch {
        return false;
    }
}
function signalOf(options) {
    return options.signal ? { signal: options.signal } : {};
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/verify-before-change.ts




/**
 * The one stage before helm-deploy, the canary or a delivery changes anything: the step's image
 * verified (cosign made ready first), helm chosen by read-only probes, then every other image the
 * releases' charts would run, rendered offline and verified against the same policy. A refused
 * image throws one ConfigError line and leaves no helm process, deployment, release or state.
 */
async function verifyBeforeChange(options) {
    const { verify: policy, helmVersion, helmVersionSource, logger, signal } = options;
    const env = options.env ?? process.env;
    const { temp: tempDir, toolCache } = (0,runner_dirs/* runnerDirs */.x)(env);
    const verified = await (0,verify_deploy/* verifyDeployImage */.a)(options.image, policy, {
        what: options.what,
        cosign: options.cosign,
        // Without a new image the chart may still run others (helm-deploy with values only): cosign is needed even so.
        chartImagesNext: Boolean(policy && !options.image && options.releases().some(rendersChart)),
        logger,
        env,
        tempDir,
        signal,
    });
    if (verified)
        options.onVerified(verified.digestRef);
    // Which helm runs is settled here, once: the charts render with it and the caller's session uses it.
    const helmChoice = options.runsHelm === false
        ? undefined
        : await (0,resolve_helm/* chooseHelm */.wX)({ spec: helmVersion, specSource: helmVersionSource, cacheDir: toolCache, logger, signal });
    const chartImages = policy
        ? await verifyReleaseImages(options.releases(), {
            policy,
            verified,
            helmVersion,
            helmVersionSource,
            helmChoice,
            helmDownloadUrl: options.helmDownloadUrl,
            onHelmInstalled: options.onHelmInstalled,
            env,
            logger,
            signal,
        })
        : [];
    return { verified, chartImages, helmChoice };
}

;// CONCATENATED MODULE: ./packages/canary/src/verify-canary.ts


/**
 * verifyBeforeChange for a canary run, before a helm process, a canary release, a traffic change
 * or state: a start's image verified (config.image becomes its digest, which the canary then runs),
 * helm chosen, every other image the canary and the promoted release would run verified.
 */
function verifyBeforeCanary(config, options) {
    const start = config.action === 'start';
    return verifyBeforeChange({
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


































/***/ }),

/***/ 3896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wX: () => (/* binding */ chooseHelm),
  Fr: () => (/* binding */ resolveHelm)
});

// UNUSED EXPORTS: findOnPath, helmVersionOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/tools/find-tool.ts
var find_tool = __webpack_require__(1244);
// EXTERNAL MODULE: ./packages/helm/src/helm-version.ts
var helm_version = __webpack_require__(8233);
// EXTERNAL MODULE: ./packages/kit/src/tools/go-platform.ts
var go_platform = __webpack_require__(2010);
// EXTERNAL MODULE: ./packages/kit/src/tools/install-tool.ts + 2 modules
var install_tool = __webpack_require__(275);
;// CONCATENATED MODULE: ./packages/helm/src/install-helm.ts

function helmArchiveName(version, platform = process.platform, arch = process.arch) {
    return `helm-v${version}-${(0,go_platform/* goPlatform */.G)(platform, arch)}.tar.gz`;
}
/**
 * helm's release archive through kit's one installer: the verified copy in the tool cache, or the
 * archive downloaded, held to its published .sha256sum, extracted and cached as
 * azure/setup-helm lays it out (helm/<version>/<arch>/<os>-<arch>/helm).
 */
async function installHelm(options) {
    const archive = helmArchiveName(options.version, options.platform, options.arch);
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${archive}`;
    return (0,install_tool/* installTool */.G)({
        tool: 'helm',
        version: options.version,
        binary: options.platform === 'win32' ? 'helm.exe' : 'helm',
        url,
        sha256: { checksumsUrl: `${url}.sha256sum` },
        unpack: 'tar',
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'helm',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/helm/src/resolve-helm.ts





/** The first executable `helm` on PATH, without a shell. */
async function findOnPath(name, env = process.env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            if (!(0,external_node_fs_.statSync)(candidate).isFile())
                continue;
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function helmVersionOf(path, signal) {
    const result = await (0,exec/* exec */.m)(path, ['version', '--template', '{{.Version}}'], { signal, timeoutMs: 30_000 });
    const version = (0,helm_version/* parseHelmVersion */.En)(result.stdout.trim());
    if (!version)
        throw new Error(`${path} printed no version we can read: ${JSON.stringify(result.stdout.slice(0, 80))}`);
    return version;
}
/**
 * Which helm a run will use, decided by read-only probes (PATH, `helm version`, the tool cache).
 * Refuses a spec that cannot be met, so a caller can decide before anything is created or
 * recorded (a GitHub deployment, say).
 */
async function chooseHelm(options) {
    const { spec } = options;
    const setIn = options.specSource ?? "Input 'helm-version'";
    const onPath = await findOnPath('helm', options.env);
    let found;
    if (onPath) {
        found = await helmVersionOf(onPath, options.signal);
        if (!spec || (0,helm_version/* satisfies */.ib)(found, spec))
            return { use: 'path', path: onPath, version: found };
    }
    const seen = onPath && found ? `helm on PATH is ${(0,helm_version/* formatHelmVersion */.aX)(found)}` : 'no helm on PATH';
    if (!spec)
        throw new errors/* ConfigError */.xL(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
    const exact = (0,helm_version/* exactVersion */.y)(spec);
    if (exact)
        return { use: 'install', exact, seen, spec };
    // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
    const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
    const cached = options.cacheDir
        ? await (0,find_tool/* findCachedTool */.m)({
            tool: 'helm',
            versionSpec: range,
            binary: 'helm',
            cacheRoot: options.cacheDir,
            logger: options.logger,
        })
        : undefined;
    if (!cached) {
        throw new errors/* ConfigError */.xL(`${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`);
    }
    return {
        use: 'cached',
        path: cached.path,
        dir: cached.dir,
        seen: `${seen}; using helm v${cached.version} from the tool cache (${cached.dir}), files verified`,
        spec,
    };
}
/** Each choice's helm, resolved once in a run: the chart's render for the verification policy and the session share it. */
const resolvedChoices = new WeakMap();
/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 * `choice` is chooseHelm's answer when the caller asked first: it is resolved once (one install,
 * one version probe), and a second resolveHelm with the same choice gets the same helm.
 */
function resolveHelm(options) {
    const { choice } = options;
    if (!choice)
        return chooseHelm(options).then((chosen) => resolveChoice(chosen, options));
    let resolved = resolvedChoices.get(choice);
    if (!resolved) {
        resolved = resolveChoice(choice, options);
        resolvedChoices.set(choice, resolved);
    }
    return resolved;
}
async function resolveChoice(choice, options) {
    const { logger } = options;
    if (choice.use === 'path') {
        logger.info(`Using helm ${(0,helm_version/* formatHelmVersion */.aX)(choice.version)} from PATH (${choice.path})`);
        return { path: choice.path, version: choice.version, source: 'path' };
    }
    const { spec } = choice;
    let path;
    if (choice.use === 'cached') {
        logger.info(choice.seen);
        path = choice.path;
    }
    else {
        logger.info(`${choice.seen}; installing helm v${choice.exact}`);
        const installed = await installHelm({
            version: choice.exact,
            baseUrl: options.downloadBaseUrl,
            cacheDir: options.cacheDir,
            logger,
            signal: options.signal,
        });
        path = installed.path;
    }
    const version = await helmVersionOf(path, options.signal);
    if (!(0,helm_version/* satisfies */.ib)(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
        const wanted = choice.use === 'install' ? `v${choice.exact}` : `"${spec.text}"`;
        throw new errors/* ConfigError */.xL(`The downloaded helm reports ${(0,helm_version/* formatHelmVersion */.aX)(version)}, not ${wanted}: refusing to use it (check 'helm-download-url')`);
    }
    options.onInstalled?.((0,external_node_path_.dirname)(path));
    return { path, version, source: 'installed' };
}


/***/ })

};
