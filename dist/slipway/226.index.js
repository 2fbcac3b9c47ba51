export const id = 226;
export const ids = [226];
export const modules = {

/***/ 7677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ metricChart),
/* harmony export */   d: () => (/* binding */ canarySummary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4471);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5438);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1686);
/* harmony import */ var _load_output__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3232);



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
        `  title ${chartLabel(`${spec.name} (${(0,_metric_spec__WEBPACK_IMPORTED_MODULE_0__/* .formatThreshold */ .B6)(spec)})`)}`,
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
            return `${bad} ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(spec.name)}: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(shown)} (${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_metric_spec__WEBPACK_IMPORTED_MODULE_0__/* .formatThreshold */ .B6)(spec))})`;
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
    return `${failed ? '❌' : '✅'} ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(name)}: ${passed}/${samples.length} passed${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(detail)}`;
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
    const summary = new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .SummaryBuilder */ .CF().heading(`Canary of ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.release)}: ${outcome}`);
    const lines = [
        `Image \`${state.image}\` in namespace \`${state.namespace}\` through ${state.provider}, ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(Math.max(0, now - state.startedAt))} since the start.`,
    ];
    if (state.phase === 'aborted')
        lines.push(`**Why:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.abortReason ?? 'aborted')}`);
    if (state.failedCheck?.actual !== undefined)
        lines.push(`**Failed check:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.failedCheck.metric)}: expected ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.failedCheck.threshold)}, got ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.failedCheck.actual)}`);
    else if (state.failedCheck?.value !== undefined)
        lines.push(`**Failed check:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.failedCheck.metric)} = ${state.failedCheck.value}, threshold ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.failedCheck.threshold)}`);
    if (state.phase === 'paused')
        lines.push(`**Paused:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.pausedReason ?? '')}. Run again with \`action: resume\`, \`promote\` or \`abort\`.`);
    if (state.phase === 'paused' && state.deployment)
        lines.push(`**GitHub deployment:** ${state.deployment.id} in ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.deployment.environment)} stays in_progress; the run that promotes or aborts the canary finishes it.`);
    summary.paragraph(lines.join('<br>'));
    summary.table(['Time', 'Step', 'Weight', 'Pause', 'Decision', 'Detail'], state.timeline.map((entry) => {
        const step = state.steps[entry.step];
        return [
            `+${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(Math.max(0, entry.at - state.startedAt))}`,
            entry.step >= 0 ? `${entry.step + 1}/${state.steps.length}` : '–',
            `${entry.weight}%`,
            step ? (step.manual ? 'manual' : step.pauseMs ? (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(step.pauseMs) : '–') : '–',
            `${ICON[entry.decision] ?? ''} ${entry.decision}`,
            (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.detail),
        ];
    }));
    // Capacity that followed the weight: the replicas of each side at every step.
    const scaled = state.analyses.some((a) => a.replicas);
    const hpa = state.capacity?.hpa ? ` (HPA ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(state.capacity.hpa)})` : '';
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
    const loads = (0,_load_output__WEBPACK_IMPORTED_MODULE_3__/* .stepLoads */ .e)(state);
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
                .heading(`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(spec.name)} against ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_metric_spec__WEBPACK_IMPORTED_MODULE_0__/* .formatThreshold */ .B6)(spec))}`, 3)
                .code(chart, 'mermaid');
    }
    return summary;
}


/***/ }),

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseCanaryLoad)
/* harmony export */ });
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8535);
/* harmony import */ var _http_spec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1686);



/**
 * The canary's `load`: a smoke check's request and expect, with `rps`, `concurrency` and
 * `duration` (default the step's analysis, count × interval); the url's placeholders are filled
 * as the metrics'. Errors name the input (`Input 'load': …`); undefined when no load is given.
 */
function parseCanaryLoad(document, context, where = 'load') {
    if (document === undefined || document === null || document === '')
        return undefined;
    if (!(0,_http_spec__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(document))
        throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_0__/* .specError */ .k9)(where, 'a map such as "{ url: http://{{ canary }}.{{ namespace }}.svc/, rps: 20 }"', document);
    const url = (0,_metric_spec__WEBPACK_IMPORTED_MODULE_1__/* .checkUrlTemplate */ .kw)(document['url'], where, 'the load');
    const { target, intervalMs, count } = context;
    return (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_2__/* .parseLoad */ .E)({
        ...document,
        url: (0,_metric_spec__WEBPACK_IMPORTED_MODULE_1__/* .renderQuery */ .no)(url, {
            canary: target.canaryService,
            stable: target.stableService,
            namespace: target.namespace,
            intervalMs,
        }),
    }, {
        where: `Input '${where}'`,
        baseUrl: undefined,
        defaultRequestTimeoutMs: Math.min(10_000, intervalMs),
        defaultDurationMs: count * intervalMs,
    });
}


/***/ }),

/***/ 1037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseSteps),
/* harmony export */   r: () => (/* binding */ formatSteps)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5059);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5438);

const EXPECTED = `"<weight>:<pause>" items such as "10:2m, 25:manual, 50:5m, 100" (weights 1-100, strictly increasing)`;
const MAX_PAUSE_MS = 6 * 3_600_000;
/**
 * Parses `steps: "10:2m, 25:2m, 50:5m, 100"`. Items are separated by commas or new lines; the
 * pause is a duration or `manual`. A bad item raises the one-line ConfigError of input `name`.
 */
function parseSteps(text, name = 'steps') {
    const items = text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
    if (items.length === 0)
        throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, EXPECTED, text);
    const steps = [];
    for (const item of items) {
        const match = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(item);
        if (!match)
            throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, EXPECTED, item);
        const weight = Number(match[1]);
        if (weight < 1 || weight > 100)
            throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, `weights from 1 to 100 in ${EXPECTED}`, item);
        const previous = steps[steps.length - 1];
        if (previous && weight <= previous.weight)
            throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, `weights strictly increasing (${weight} after ${previous.weight})`, text);
        const pause = match[2];
        let pauseMs = 0;
        const manual = pause?.toLowerCase() === 'manual';
        if (pause !== undefined && !manual) {
            const ms = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .parseDurationMs */ .y)(pause);
            if (ms === undefined || ms > MAX_PAUSE_MS)
                throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, `a pause that is a duration up to 6h (such as "2m") or "manual"`, item);
            pauseMs = ms;
        }
        steps.push({ weight, pauseMs, manual });
    }
    return steps;
}
/** "10:2m, 25:manual, 100" — the steps as the user writes them. */
function formatSteps(steps) {
    return steps
        .map((s) => s.manual ? `${s.weight}:manual` : s.pauseMs ? `${s.weight}:${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.pauseMs)}` : `${s.weight}`)
        .join(', ');
}


/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ verifyBeforeChange)
});

// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts + 2 modules
var verify_deploy = __webpack_require__(8521);
// EXTERNAL MODULE: ./packages/helm/src/resolve-helm.ts + 1 modules
var resolve_helm = __webpack_require__(3896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts + 1 modules
var verify_image = __webpack_require__(4732);
// EXTERNAL MODULE: ./packages/image/src/image-ref.ts + 1 modules
var image_ref = __webpack_require__(3524);
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


/***/ }),

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yb: () => (/* binding */ digestRef),
  Q: () => (/* binding */ parseImageRef),
  MK: () => (/* binding */ taggedRef)
});

// UNUSED EXPORTS: DIGEST_PATTERN, DOCKER_HUB

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/image/src/tag-name.ts

/** The distribution spec's tag grammar: 1 to 128 of [A-Za-z0-9_.-], not starting with "." or "-". */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/**
 * Makes a computed value a valid tag the way teams know from docker/metadata-action: every run of
 * characters outside [A-Za-z0-9_.-] becomes "-", and leading "." / "-" are dropped, 128 characters kept.
 */
function sanitizeTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** Throws a ConfigError naming the rule when a value cannot be a tag even after sanitising. */
function checkTag(tag, where) {
    if (!TAG_PATTERN.test(tag)) {
        throw new ConfigError(`${where}: expected a tag of 1 to 128 letters, digits, "_", "." or "-" not starting with "." or "-", got "${tag}"`);
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/image/src/image-ref.ts


const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$/;
const IPV6 = /^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const DOCKER_HUB = 'docker.io';
function isDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost';
}
/**
 * Parses an image name with optional tag and digest. The repository is lowercased (registries
 * reject upper case), everything else is validated against the distribution reference grammar.
 * Throws a ConfigError starting with `where`.
 */
function parseImageRef(text, where, opts = {}) {
    const allowTag = opts.allowTag ?? true;
    const bad = (why) => {
        throw new errors/* ConfigError */.xL(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
    };
    let rest = text.trim();
    if (!rest)
        bad('empty');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!allowTag)
            bad('no digest here');
        if (!DIGEST_PATTERN.test(digest))
            bad('digest must be sha256: and 64 hex digits');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!allowTag)
            bad('no tag here: tags come from the tag rules');
        if (!TAG_PATTERN.test(tag))
            bad(`invalid tag "${tag}"`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0])) {
        registry = parts.shift().toLowerCase();
        if (!DOMAIN.test(registry) && !IPV6.test(registry))
            bad(`invalid registry "${registry}"`);
    }
    const path = parts.map((p) => p.toLowerCase());
    for (const component of path)
        if (!COMPONENT.test(component))
            bad(`invalid path component "${component}"`);
    if (registry === DOCKER_HUB && path.length === 1)
        path.unshift('library');
    const repository = path.join('/');
    const name = (registry === DOCKER_HUB && !rest.toLowerCase().startsWith(DOCKER_HUB) ? rest : `${registry}/${path.join('/')}`).toLowerCase();
    if (name.length > 255)
        bad('longer than 255 characters');
    return { registry, repository, name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** `name:tag`. */
function taggedRef(image, tag) {
    return `${image.name}:${tag}`;
}
/** `name@sha256:…`: the digest-pinned reference helm-deploy takes. */
function digestRef(image, digest) {
    return `${image.name}@${digest}`;
}


/***/ }),

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ cosignVerifyArgs),
/* harmony export */   GX: () => (/* binding */ cosignVerifyAttestationArgs),
/* harmony export */   cC: () => (/* binding */ KMS_KEY)
/* harmony export */ });
/* unused harmony exports cosignSignArgs, cosignAttestArgs */
/**
 * cosign's argv, built in one place. Every command runs offline with a key: nothing is uploaded to
 * a transparency log (--tlog-upload=false), no signing config is fetched from Sigstore's TUF
 * repository (--use-signing-config=false), and verification skips the transparency log and the
 * certificate checks (--insecure-ignore-tlog=true) that keyless signing needs. Signatures and
 * attestations are stored the way every cosign release and policy controller reads them: as
 * manifests under the digest's own sha256-<hex>.sig / .att tags in the image's repository
 * (--new-bundle-format=false; the registries we run have no referrers API to hold the new bundles).
 * The key is a file path or a KMS URI; its password comes in COSIGN_PASSWORD, never on argv.
 */
const OFFLINE_SIGNING = (/* unused pure expression or super */ null && (['--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format=false']));
const OFFLINE_VERIFY = ['--insecure-ignore-tlog=true', '--new-bundle-format=false'];
/** `cosign sign` of one digest-pinned reference. */
function cosignSignArgs(key, digestRef) {
    requireDigest(digestRef);
    return ['sign', '--yes', '--key', key, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign attest` of a predicate file (type: slsaprovenance1, spdxjson, cyclonedx, or a URI). */
function cosignAttestArgs(key, digestRef, type, predicateFile) {
    requireDigest(digestRef);
    return ['attest', '--yes', '--key', key, '--type', type, '--predicate', predicateFile, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign verify` against a public key (a PEM file or a KMS URI); JSON on stdout. */
function cosignVerifyArgs(publicKey, digestRef) {
    requireDigest(digestRef);
    return ['verify', '--key', publicKey, ...OFFLINE_VERIFY, '--output', 'json', digestRef];
}
/** `cosign verify-attestation` of one predicate type against a public key. */
function cosignVerifyAttestationArgs(publicKey, digestRef, type) {
    requireDigest(digestRef);
    return ['verify-attestation', '--key', publicKey, '--type', type, ...OFFLINE_VERIFY, digestRef];
}
/** Never sign or verify a tag: what it points at can change between the check and the pull. */
function requireDigest(ref) {
    if (!/@sha256:[a-f0-9]{64}$/.test(ref))
        throw new Error(`cosign is only run on a digest reference, got ${ref}`);
}
/** KMS URIs cosign resolves itself (passed through as --key). */
const KMS_KEY = /^(awskms|gcpkms|azurekms|hashivault|k8s):\/\/\S+$/;


/***/ }),

/***/ 7432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ findCosign)
/* harmony export */ });
/* unused harmony export findSyft */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8196);
/* harmony import */ var _tool_pins__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5168);


const TOOLS = {
    cosign: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .COSIGN_PIN */ .s, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .SYFT_PIN */ .H, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .versionInText */ .nM)(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name} version' printed no version; ${install}`);
    if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(version, pin.minimum) < 0)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
    return { file: name, version };
}
/** cosign from PATH, v3.0.4 or later (earlier v3 releases needed a trusted root to verify offline). */
function findCosign(exec, env) {
    return findPinned('cosign', exec, env);
}
/** syft from PATH, for the SBOM build-push attests. */
function findSyft(exec, env) {
    return findPinned('syft', exec, env);
}


/***/ }),

/***/ 5168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SYFT_PIN),
/* harmony export */   s: () => (/* binding */ COSIGN_PIN)
/* harmony export */ });
/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 * With no cosign on PATH they download this release's binary (install-cosign.ts), held to the
 * SHA-256 below, as cosign_checksums.txt of the v3.1.3 release publishes it.
 */
const COSIGN_PIN = {
    version: '3.1.3',
    minimum: '3.0.4',
    /** Where `v<version>/cosign-<os>-<arch>` and `v<version>/cosign_checksums.txt` are published. */
    releasesUrl: 'https://github.com/sigstore/cosign/releases/download',
    /** SHA-256 of the pinned release's Linux binaries, by Go arch name. */
    sha256: {
        'linux-amd64': '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71',
        'linux-arm64': 'c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a',
    },
    goModule: 'github.com/sigstore/cosign/v3/cmd/cosign',
    /** What cosign's own release build stamps, so that `cosign version` tells the truth. */
    versionVariable: 'sigs.k8s.io/release-utils/version.gitVersion',
};
/**
 * syft, which writes the SBOM that build-push attests (attest-sbom), built the same way into
 * ~/.cache/slipway/scanners/syft-<version>/bin.
 */
const SYFT_PIN = {
    version: '1.57.2',
    minimum: '1.0.0',
    goModule: 'github.com/anchore/syft/cmd/syft',
    versionVariable: 'main.version',
};


/***/ }),

/***/ 8521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ verifiedSummary),
  a: () => (/* binding */ verifyDeployImage)
});

// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kit/src/runner/add-path.ts
var add_path = __webpack_require__(3954);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/tools/go-platform.ts
var go_platform = __webpack_require__(2010);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var src_exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/tools/install-tool.ts + 2 modules
var install_tool = __webpack_require__(275);
// EXTERNAL MODULE: ./packages/image/src/signing/find-cosign.ts
var find_cosign = __webpack_require__(7432);
// EXTERNAL MODULE: ./packages/image/src/signing/tool-pins.ts
var tool_pins = __webpack_require__(5168);
;// CONCATENATED MODULE: ./packages/image/src/signing/install-cosign.ts





/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    return `cosign-${(0,go_platform/* goPlatform */.G)(platform, arch)}`;
}
/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
async function resolveCosign(options) {
    const exec = options.exec ?? src_exec/* exec */.m;
    const wanted = options.version?.replace(/^v/, '');
    const onPath = await (0,find_cosign/* findCosign */.L)(exec, options.env).catch((error) => {
        if (error instanceof errors/* ConfigError */.xL)
            return undefined;
        throw error;
    });
    if (onPath && (!wanted || onPath.version === wanted)) {
        options.logger.info(`Using cosign ${onPath.version} from PATH`);
        return onPath;
    }
    const version = wanted ?? tool_pins/* COSIGN_PIN */.s.version;
    const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
    options.logger.info(`${seen}; using cosign v${version} from its release`);
    const base = `${(options.downloadUrl ?? tool_pins/* COSIGN_PIN */.s.releasesUrl).replace(/\/+$/, '')}/v${version}`;
    const asset = cosignAssetName(options.platform, options.arch);
    const pinned = version === tool_pins/* COSIGN_PIN */.s.version ? tool_pins/* COSIGN_PIN */.s.sha256[asset.replace(/^cosign-/, '')] : undefined;
    const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
    const installed = await (0,install_tool/* installTool */.G)({
        tool: 'cosign',
        version,
        binary,
        url: `${base}/${asset}`,
        sha256: pinned ?? { checksumsUrl: `${base}/cosign_checksums.txt` },
        // The release asset is the bare binary.
        unpack: async (file, dir) => {
            await (0,promises_.copyFile)(file, (0,external_node_path_.join)(dir, binary));
            await (0,promises_.chmod)((0,external_node_path_.join)(dir, binary), 0o755);
        },
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'cosign',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onInstalled?.((0,external_node_path_.dirname)(installed.path));
    return { file: installed.path, version };
}

;// CONCATENATED MODULE: ./packages/image/src/signing/runner-cosign.ts


/**
 * resolveCosign for a step on a runner (build-push, helm-deploy, canary, the root action): the
 * tool cache RUNNER_TOOL_CACHE names, and a downloaded or cached cosign put on PATH for this step
 * (where signing and verifying look for it) and the steps after it.
 */
function runnerCosign(inputs, logger, signal) {
    return resolveCosign({
        ...inputs,
        cacheDir: (0,runner_dirs/* runnerDirs */.x)().toolCache,
        onInstalled: add_path/* addPath */.f,
        env: process.env,
        logger,
        ...(signal ? { signal } : {}),
    });
}

// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts + 1 modules
var verify_image = __webpack_require__(4732);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-deploy.ts


/**
 * The one check before a deploy, a canary or a delivery changes anything (helm-deploy, the
 * canary and the root action alike): with a policy, cosign is made ready, the image (name:tag
 * or name@digest) is resolved to a digest once and that digest verified; the caller deploys
 * `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
async function verifyDeployImage(image, policy, deps) {
    if (!policy)
        return undefined;
    if (deps.cosign && (image || deps.chartImagesNext))
        await runnerCosign(deps.cosign, deps.logger, deps.signal);
    if (!image) {
        deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
        return undefined;
    }
    return deps.logger.group('Verify the image', () => (0,verify_image/* verifyImage */.Z)(image, policy, deps));
}
const code = (text) => ({ raw: `\`${text.replace(/`/g, '')}\`` });
/**
 * What was verified, added to a summary (helm-deploy's, canary's, the delivery's): the input's
 * image, then every other image the rendered chart runs (`others`).
 */
function verifiedSummary(summary, verified, others = []) {
    if (verified)
        inputImageSummary(summary, verified);
    chartImagesSummary(summary, others);
    return summary;
}
function inputImageSummary(summary, verified) {
    summary.heading('Image verified', 3);
    summary.table(['', ''], [
        ['Image', code(verified.given)],
        ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
        ['Policy', verified.policy],
        ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
        ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ]);
}
/**
 * The chart's other images, one row each. A digest-pinned image is what was verified and what
 * runs; a tag was resolved through the registry once, and its digest then verified, but the
 * cluster still pulls by the tag (the summary says so: pin by digest to close that gap).
 */
function chartImagesSummary(summary, others) {
    if (!others.length)
        return;
    summary.heading('Chart images verified', 3);
    summary.table(['Image', 'Run by', 'Verified digest', 'Pinned by'], others.map((v) => [
        code(v.given),
        v.usedBy ?? '',
        code(v.digest),
        v.tag ? `tag ${v.tag}, resolved through the registry to this digest; the cluster pulls by the tag` : 'digest',
    ]));
    const first = others[0];
    const checks = first.checks.map((c) => (c.check === 'signature' ? 'signature' : `attestation ${c.check}`));
    summary.paragraph(`Each one ✅ verified against ${first.policy}: ${checks.join(', ')}.`);
}


/***/ }),

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var src_exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/image/src/docker-config.ts



/** Docker Hub's credentials live under this key in a docker config. */
const HUB_KEY = 'https://index.docker.io/v1/';
const keyOf = (registry) => (registry === 'docker.io' ? HUB_KEY : registry);
/**
 * Writes a docker config of our own (0600, in a 0700 directory under `parentDir`) holding the
 * logins, on top of an existing config when given. Docker and buildx read it through
 * DOCKER_CONFIG=<dir>, buildah through REGISTRY_AUTH_FILE=<dir>/config.json. Every secret and
 * its base64 form is masked first.
 */
function writeDockerConfig(parentDir, logins, base) {
    let config = {};
    if (base) {
        try {
            config = JSON.parse(readFileSync(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new ConfigError(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        maskSecret(login.password);
        maskSecret(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = join(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = (0,external_node_path_.join)(configDir, 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const entry = config.auths?.[keyOf(registry)];
    if (!entry)
        return undefined;
    if (entry.auth) {
        const text = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1) };
    }
    return entry.username && entry.password ? { username: entry.username, password: entry.password } : undefined;
}
/** Removes a config directory written by writeDockerConfig; safe to call twice. */
function removeDockerConfig(dir) {
    if (!dir || !existsSync(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
}

// EXTERNAL MODULE: ./packages/image/src/image-ref.ts + 1 modules
var image_ref = __webpack_require__(3524);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
// EXTERNAL MODULE: ./packages/image/src/signing/find-cosign.ts
var find_cosign = __webpack_require__(7432);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-image.ts










const INPUT_IMAGE = { where: `Input 'image'` };
/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps, source = INPUT_IMAGE) {
    const exec = deps.exec ?? src_exec/* exec */.m;
    const image = (0,image_ref/* parseImageRef */.Q)(text, source.where);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps, source.where));
    const ref = (0,image_ref/* digestRef */.yb)(image, digest);
    const cosign = await (0,find_cosign/* findCosign */.L)(exec, deps.env);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(deps.tempDir, 'slipway-verify-'));
    try {
        let key = policy.publicKey.trim();
        if (!cosign_args/* KMS_KEY */.cC.test(key)) {
            key = (0,external_node_path_.join)(dir, 'cosign.pub');
            (0,external_node_fs_.writeFileSync)(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
        }
        const check = async (name, args) => {
            const result = await exec(cosign.file, args, {
                env: deps.env,
                ignoreExitCode: true,
                timeoutMs: 120_000,
                ...(deps.signal ? { signal: deps.signal } : {}),
            });
            if (result.exitCode === 0)
                return { check: name, finding: 'verified' };
            const detail = lastErrorLine(result.stderr);
            deps.logger.debug(`cosign ${args[0]} ${name}: ${result.stderr.trim()}`);
            return { check: name, finding: (0,verify_policy/* classifyCosignFailure */.Em)(result.stderr), detail };
        };
        deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${(0,verify_policy/* describePolicy */.wy)(policy)}`);
        const checks = [await check('signature', (0,cosign_args/* cosignVerifyArgs */.GN)(key, ref))];
        for (const type of policy.attestations)
            checks.push(await check(type, (0,cosign_args/* cosignVerifyAttestationArgs */.GX)(key, ref, type)));
        if (checks.some((c) => c.finding !== 'verified'))
            throw new errors/* ConfigError */.xL((0,verify_policy/* refusalLine */.tw)(given, digest, policy, checks, source.usedBy));
        for (const c of checks)
            deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
        return {
            given,
            digestRef: ref,
            digest,
            ...(image.tag && !image.digest ? { tag: image.tag } : {}),
            policy: (0,verify_policy/* describePolicy */.wy)(policy),
            checks,
            cosignVersion: cosign.version,
            ...(source.usedBy ? { usedBy: source.usedBy } : {}),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps, where) {
    const tag = image.tag ?? 'latest';
    const client = deps.client?.(image) ??
        new registry_client/* RegistryClient */.b(image.registry, {
            credentials: credentialsFor(deps.env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), image.registry),
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
    let found;
    try {
        found = await client.headManifest(image.repository, tag);
    }
    catch (error) {
        throw new errors/* TransientError */.N_(`Could not resolve ${image.name}:${tag} to a digest to verify: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!found)
        throw new errors/* ConfigError */.xL(`${where}: ${image.name}:${tag} does not exist in ${image.registry}`);
    return found.digest;
}
function lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.filter((l) => /^error:/i.test(l)).pop() ?? lines.pop() ?? '';
    return error.replace(/^error:\s*/i, '').slice(0, 200);
}


/***/ }),

/***/ 71:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ classifyCosignFailure),
/* harmony export */   ZX: () => (/* binding */ ATTESTATION_TYPES),
/* harmony export */   tw: () => (/* binding */ refusalLine),
/* harmony export */   w8: () => (/* binding */ keyLabel),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* unused harmony export missingText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cosign_args__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5362);


/** The attestation types cosign knows by a short name; anything else must be a predicate type URI. */
const ATTESTATION_TYPES = [
    'slsaprovenance1',
    'slsaprovenance02',
    'slsaprovenance',
    'spdxjson',
    'spdx',
    'cyclonedx',
    'vuln',
    'openvex',
    'custom',
];
/** The policy in a few words: the key's SHA-256 fingerprint (or its KMS URI) and the attestations. */
function describePolicy(policy) {
    const attested = policy.attestations.length ? `, attestations ${policy.attestations.join(', ')}` : '';
    return `key ${keyLabel(policy.publicKey)}${attested}`;
}
/** SHA256:<first 16 hex of the SubjectPublicKeyInfo's digest>, or the KMS URI. */
function keyLabel(publicKey) {
    const text = publicKey.trim();
    if (_cosign_args__WEBPACK_IMPORTED_MODULE_1__/* .KMS_KEY */ .cC.test(text))
        return text;
    const der = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(text).export({ type: 'spki', format: 'der' });
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex').slice(0, 16)}`;
}
/**
 * Reads cosign's failure text: no signature (or attestation) at all; some, but none by this key;
 * anything else (a registry or network failure) is an error, never taken for a verdict.
 */
function classifyCosignFailure(stderr) {
    const text = stderr.toLowerCase();
    // With nothing stored under the digest, verify-attestation says "no matching attestations: " and no reason.
    if (/no signatures found|no attestations found|none of the attestations matched the predicate type|no matching (signatures|attestations):\s*$/m.test(text))
        return 'absent';
    if (/no matching (signatures|attestations)|invalid signature|verification error|failed to verify signature/.test(text))
        return 'other-key';
    return 'error';
}
/** What the refusal says was missing: one finding after another, in check order. */
function missingText(results) {
    return results
        .filter((r) => r.finding !== 'verified')
        .map((r) => {
        const what = r.check === 'signature' ? 'signature' : `${r.check} attestation`;
        if (r.finding === 'absent')
            return `no ${what}`;
        if (r.finding === 'other-key')
            return `${what} not by this key`;
        return `${what} not checked (${r.detail ?? 'cosign failed'})`;
    })
        .join('; ');
}
/**
 * One line: the image (and the digest its tag points at), where the chart runs it when that is
 * not the input, the policy, and what was missing.
 */
function refusalLine(shown, digest, policy, results, usedBy) {
    const at = shown.endsWith(digest) ? '' : ` (now ${digest})`;
    const by = usedBy ? `, ${usedBy},` : '';
    return `Image ${shown}${at}${by} refused by the verification policy (${describePolicy(policy)}): ${missingText(results)}`;
}


/***/ }),

/***/ 8535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseLoad)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5438);
/* harmony import */ var _parse_checks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5502);


const MAX_RPS = 100_000;
const MAX_CONCURRENCY = 10_000;
/**
 * A load spec: one smoke check's keys (url or path, method, headers, body, expect, timeout)
 * beside `rps`, `concurrency` (default 50) and `duration` (default `defaultDurationMs`).
 */
function parseLoad(document, context) {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: expected a map such as "{ path: /health, rps: 50, duration: 1m }"`);
    const { rps, concurrency, duration, ...request } = document;
    if ('repeat' in request)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: 'repeat' has no meaning under load (use rps)`);
    const check = (0,_parse_checks__WEBPACK_IMPORTED_MODULE_1__/* .parseChecks */ .B)([request], context)[0];
    const count = (key, value, fallback, max) => {
        const n = value ?? fallback;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: '${key}' expected an integer from 1 to ${max}, got ${JSON.stringify(n)}`);
        return n;
    };
    const durationMs = duration === undefined ? context.defaultDurationMs : parseDuration(duration);
    if (durationMs === undefined || !(durationMs >= 1000) || durationMs > 3_600_000)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: 'duration' expected a duration such as "30s" or "2m" from 1s to 1h, got ${JSON.stringify(duration)}`);
    return {
        check,
        rps: count('rps', rps, undefined, MAX_RPS),
        concurrency: count('concurrency', concurrency, 50, MAX_CONCURRENCY),
        durationMs,
    };
}
function parseDuration(value) {
    if (typeof value === 'number')
        return Math.round(value * 1000);
    return typeof value === 'string' ? (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .parseDurationMs */ .y)(value) : undefined;
}


/***/ })

};
