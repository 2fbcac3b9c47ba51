export const id = 540;
export const ids = [540];
export const modules = {

/***/ 1938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ SMOKE_PREFIX),
/* harmony export */   hy: () => (/* binding */ judgeValue),
/* harmony export */   wf: () => (/* binding */ analyseStep)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3439);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4520);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7817);
/* harmony import */ var _load_figures__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5612);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1686);



/** Smoke samples are recorded under this prefix, beside the metrics. */
const SMOKE_PREFIX = 'smoke:';
/** Whether one value is inside the metric's thresholds. */
function judgeValue(spec, value) {
    if (value === undefined || Number.isNaN(value))
        return 'inconclusive';
    if (spec.min !== undefined && value < spec.min)
        return 'fail';
    if (spec.max !== undefined && value > spec.max)
        return 'fail';
    return 'pass';
}
/**
 * Analyses one step: `count` samples of every metric, one every `intervalMs` (the first after
 * one interval), then holds until `holdMs` has passed since the start. A metric with more
 * failing samples than `failureLimit` fails the step at once; one with more samples without
 * data than `failureLimit` makes it inconclusive at once. Inconclusive never passes.
 */
async function analyseStep(options) {
    const load = options.load?.(options.signal);
    let stopped;
    const stop = () => (stopped ??= load?.stop());
    try {
        const verdict = await analyse(options, load?.take);
        const report = await stop();
        return report ? { ...verdict, load: (0,_load_figures__WEBPACK_IMPORTED_MODULE_0__/* .loadFigures */ .Q)(report) } : verdict;
    }
    finally {
        await stop();
    }
}
/** A load metric's answer from one window of the generated load. */
function loadAnswer(spec, window) {
    if (!window)
        return { value: undefined, note: "no 'load' input to generate load" };
    const value = window.values?.[spec.query];
    if (value === undefined || Number.isNaN(value))
        return { value: undefined, note: 'no load responses in this interval' };
    return { value };
}
async function analyse(options, takeLoad) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y;
    const started = now();
    const samples = [];
    const failures = new Map();
    const missing = new Map();
    const rounds = options.metrics.length || options.smoke || takeLoad ? options.count : 0;
    for (let index = 1; index <= rounds; index++) {
        await sleep(Math.max(0, started + index * options.intervalMs - now()), options.signal);
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
        const window = takeLoad?.();
        const [answers, smoke] = await Promise.all([
            Promise.all(options.metrics.map(async (spec) => {
                if (spec.provider === 'load')
                    return loadAnswer(spec, window);
                try {
                    return await options.query((0,_metric_spec__WEBPACK_IMPORTED_MODULE_3__/* .renderQuery */ .no)(spec.query, options.context), options.signal, spec);
                }
                catch (error) {
                    (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
                    return { value: undefined, note: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) };
                }
            })),
            runSmoke(options),
        ]);
        let decided;
        for (const [i, spec] of options.metrics.entries()) {
            const answer = answers[i];
            const verdict = judgeValue(spec, answer.value);
            const sample = { metric: spec.name, index, at: now(), value: answer.value, verdict };
            if (answer.value === undefined)
                sample.note = answer.note;
            samples.push(sample);
            options.onSample?.(sample);
            const tally = verdict === 'fail' ? failures : verdict === 'inconclusive' ? missing : undefined;
            if (!tally)
                continue;
            const n = (tally.get(spec.name) ?? 0) + 1;
            tally.set(spec.name, n);
            if (n > options.failureLimit && decided?.verdict !== 'fail') {
                const reason = verdict === 'fail'
                    ? `${spec.name} = ${answer.value} outside ${(0,_metric_spec__WEBPACK_IMPORTED_MODULE_3__/* .formatThreshold */ .B6)(spec)} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`
                    : `${spec.name}: no data (${sample.note ?? 'no value'}) in ${n} sample${n > 1 ? 's' : ''}, limit ${options.failureLimit}`;
                decided = {
                    verdict,
                    samples,
                    decidedBy: { metric: spec.name, value: answer.value, threshold: (0,_metric_spec__WEBPACK_IMPORTED_MODULE_3__/* .formatThreshold */ .B6)(spec), reason },
                };
            }
        }
        for (const answer of smoke) {
            const metric = `${SMOKE_PREFIX}${answer.name}`;
            const verdict = answer.passed ? 'pass' : 'fail';
            const sample = { metric, index, at: now(), value: answer.status, verdict, kind: 'smoke' };
            if (!answer.passed)
                Object.assign(sample, { expected: answer.expected, actual: answer.actual });
            samples.push(sample);
            options.onSample?.(sample);
            if (answer.passed)
                continue;
            const n = (failures.get(metric) ?? 0) + 1;
            failures.set(metric, n);
            if (n > options.failureLimit && decided?.verdict !== 'fail') {
                const reason = `smoke check "${answer.name}": expected ${answer.expected}, got ${answer.actual} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`;
                decided = {
                    verdict: 'fail',
                    samples,
                    decidedBy: { metric, value: answer.status, threshold: answer.expected, reason, actual: answer.actual },
                };
            }
        }
        if (decided)
            return decided;
    }
    const left = started + options.holdMs - now();
    if (left > 0)
        await sleep(left, options.signal);
    (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
    return { verdict: 'pass', samples };
}
/** One round of smoke checks; a runner that throws is one failed check, not a crash. */
async function runSmoke(options) {
    if (!options.smoke)
        return [];
    try {
        return await options.smoke(options.signal);
    }
    catch (error) {
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
        return [
            { name: 'checks', passed: false, status: undefined, expected: 'the checks to run', actual: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) },
        ];
    }
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ canaryOutputs),
/* harmony export */   s: () => (/* binding */ abortedLine)
/* harmony export */ });
/* harmony import */ var _load_output__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3232);

/** The canary action's outputs, in the shapes the next step takes (weight is 0 unless paused mid-way). */
function canaryOutputs({ result, state }) {
    const failed = state.failedCheck;
    return {
        result,
        'failed-check': failed?.metric ?? '',
        'observed-value': failed?.actual ?? failed?.value ?? '',
        threshold: failed?.threshold ?? '',
        step: state.step + 1,
        weight: state.phase === 'paused' ? state.weight : 0,
        state: `${state.namespace}/${state.release}-canary-state`,
        load: (0,_load_output__WEBPACK_IMPORTED_MODULE_0__/* .loadOutput */ .g)(state),
    };
}
/** The one line an aborted canary fails with (the action, the delivery's stage, its GitHub deployment); else undefined. */
function abortedLine({ result, state }) {
    return result === 'aborted' ? `Canary of ${state.release} aborted: ${state.abortReason ?? 'aborted'}` : undefined;
}


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ canaryRun)
/* harmony export */ });
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1826);
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2589);
/* harmony import */ var _analyse_step__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1938);
/* harmony import */ var _generated_load__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5712);
/* harmony import */ var _gate_runner__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(882);
/* harmony import */ var _helm_releases__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(487);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1686);
/* harmony import */ var _prometheus_client__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4317);
/* harmony import */ var _web_metric_client__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7137);
/* harmony import */ var _weight_capacity__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(673);
/* harmony import */ var _smoke_checks__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7801);
/* harmony import */ var _state_store__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8075);
/* harmony import */ var _traffic_create_provider__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7566);












/**
 * Wires a CanaryRun from the config and an open helm/kube session. Cluster writes go through a
 * client without the cancel signal, so traffic can be put back on stable after a cancel.
 */
function canaryRun(config, ctx, logger, hooks = {}) {
    const objects = new _slipway_kube__WEBPACK_IMPORTED_MODULE_0__/* .ObjectClient */ .FI(new _slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .KubeClient */ .B(ctx.kube.access));
    const releases = new _helm_releases__WEBPACK_IMPORTED_MODULE_2__/* .HelmCanaryReleases */ .LG(config.deploy, config.canaryValues, ctx);
    const store = new _state_store__WEBPACK_IMPORTED_MODULE_3__/* .CanaryStateStore */ .tn(objects, config.deploy.namespace, config.deploy.release, hooks.now);
    const prometheus = config.prometheus
        ? new _prometheus_client__WEBPACK_IMPORTED_MODULE_4__/* .PrometheusClient */ .Sx({
            ...config.prometheus,
            logger,
            requestTimeoutMs: Math.min(10_000, config.intervalMs),
            sleep: hooks.sleep,
        })
        : undefined;
    const web = new _web_metric_client__WEBPACK_IMPORTED_MODULE_5__/* .WebMetricClient */ .W({
        logger,
        requestTimeoutMs: Math.min(10_000, config.intervalMs),
        sleep: hooks.sleep,
    });
    const queryContext = {
        canary: config.target.canaryService,
        stable: config.target.stableService,
        namespace: config.deploy.namespace,
        intervalMs: config.intervalMs,
    };
    const query = async (text, signal, spec) => {
        if (spec && !(0,_metric_spec__WEBPACK_IMPORTED_MODULE_6__/* .isPrometheusMetric */ .dU)(spec))
            return web.query(spec, text, queryContext, signal);
        if (!prometheus)
            return { value: undefined, note: 'no prometheus-url' };
        return prometheus.query(text, signal);
    };
    return {
        action: config.action,
        owner: config.owner,
        start: config.image
            ? {
                release: config.deploy.release,
                namespace: config.deploy.namespace,
                image: config.image,
                provider: config.provider,
                target: config.target,
                steps: config.steps,
                owner: config.owner,
            }
            : undefined,
        onInconclusive: config.onInconclusive,
        store,
        traffic: (state) => (0,_traffic_create_provider__WEBPACK_IMPORTED_MODULE_7__/* .createTrafficProvider */ .J)(state.provider ?? config.provider, objects, state.target ?? config.target),
        releases,
        // The canary as its own Deployment behind weighted routing: its replicas follow the weight.
        capacity: (provider, target) => provider === 'gateway-api' || provider === 'nginx'
            ? new _weight_capacity__WEBPACK_IMPORTED_MODULE_8__/* .WeightCapacity */ .X(objects, target ?? config.target, {
                scaleDownStable: config.scaleDownStable ?? false,
                logger,
                stableUnavailable: () => releases.stableUnavailable(),
            })
            : undefined,
        gates: config.gates?.length
            ? (type, state, signal) => (0,_gate_runner__WEBPACK_IMPORTED_MODULE_9__/* .runGates */ .AQ)(config.gates ?? [], type, state, queryContext, logger, { signal })
            : undefined,
        preflight: async () => {
            // A query Prometheus rejects is the user's to fix, before anything changes; no data is fine.
            if (!prometheus)
                return;
            for (const spec of config.metrics.filter(_metric_spec__WEBPACK_IMPORTED_MODULE_6__/* .isPrometheusMetric */ .dU))
                await prometheus.query((0,_metric_spec__WEBPACK_IMPORTED_MODULE_6__/* .renderQuery */ .no)(spec.query, queryContext), ctx.signal).catch(rethrowRejected);
        },
        analyse: (state) => (0,_analyse_step__WEBPACK_IMPORTED_MODULE_10__/* .analyseStep */ .wf)({
            metrics: config.metrics,
            count: config.count,
            intervalMs: config.intervalMs,
            failureLimit: config.failureLimit,
            holdMs: state.steps[state.step].pauseMs,
            context: queryContext,
            query,
            smoke: config.smokeChecks?.length
                ? (0,_smoke_checks__WEBPACK_IMPORTED_MODULE_11__/* .smokeRunner */ .KI)(config.smokeChecks, config.intervalMs, logger, config.smokeSecrets)
                : undefined,
            load: config.load ? (0,_generated_load__WEBPACK_IMPORTED_MODULE_12__/* .loadStarter */ .c)(config.load, logger) : undefined,
            signal: ctx.signal,
            now: hooks.now,
            sleep: hooks.sleep,
            onSample: (sample) => {
                const shown = sample.kind === 'smoke'
                    ? sample.verdict === 'pass'
                        ? `status ${sample.value}`
                        : `expected ${sample.expected}, got ${sample.actual}`
                    : sample.value === undefined
                        ? `no data (${sample.note})`
                        : String(sample.value);
                logger.info(`  ${sample.metric} #${sample.index}: ${shown} → ${sample.verdict}`);
                hooks.onSample?.(sample);
            },
        }),
        logger,
        now: hooks.now,
        signal: ctx.signal,
        onSaved: hooks.onSaved,
    };
}
function rethrowRejected(error) {
    if (error instanceof Error && error.name === 'QueryRejectedError')
        throw error;
}


/***/ }),

/***/ 9184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isActive),
/* harmony export */   Bg: () => (/* binding */ resultOf),
/* harmony export */   M9: () => (/* binding */ CanaryStateError),
/* harmony export */   kY: () => (/* binding */ transition),
/* harmony export */   r6: () => (/* binding */ startCanary)
/* harmony export */ });
/* unused harmony export ACTIVE_PHASES */
/** Thrown for an action that makes no sense in the canary's phase (resume a promoted canary…). */
class CanaryStateError extends Error {
    name = 'CanaryStateError';
}
const ACTIVE_PHASES = ['progressing', 'paused', 'promoting'];
const MAX_SAMPLES_PER_STEP = 60;
function isActive(state) {
    return ACTIVE_PHASES.includes(state.phase);
}
/** A new canary at its first step. */
function startCanary(request, now) {
    if (request.steps.length === 0)
        throw new CanaryStateError('a canary needs at least one step');
    const first = request.steps[0];
    return {
        version: 1,
        ...request,
        steps: request.steps.map((s) => ({ ...s })),
        phase: 'progressing',
        step: 0,
        weight: first.weight,
        startedAt: now,
        updatedAt: now,
        timeline: [{ at: now, step: 0, weight: first.weight, decision: 'start', detail: `canary ${request.image}` }],
        analyses: [],
    };
}
function entered(state, step, now, decision, detail) {
    if (step >= state.steps.length)
        return promoting(state, now, decision, detail);
    const weight = state.steps[step].weight;
    return {
        ...state,
        phase: 'progressing',
        step,
        weight,
        resumeStep: undefined,
        pausedReason: undefined,
        pausedGate: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step, weight, decision, detail }],
    };
}
function promoting(state, now, decision, detail) {
    return {
        ...state,
        phase: 'promoting',
        resumeStep: undefined,
        pausedReason: undefined,
        pausedGate: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step: state.step, weight: state.weight, decision, detail }],
    };
}
function paused(state, resumeStep, reason, now) {
    return {
        ...state,
        phase: 'paused',
        resumeStep,
        pausedReason: reason,
        updatedAt: now,
        timeline: [
            ...state.timeline,
            { at: now, step: state.step, weight: state.weight, decision: 'pause', detail: reason },
        ],
    };
}
function aborted(state, reason, now, failedCheck) {
    return {
        ...state,
        phase: 'aborted',
        weight: 0,
        abortReason: reason,
        failedCheck,
        resumeStep: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step: state.step, weight: 0, decision: 'abort', detail: reason }],
    };
}
function record(state, result) {
    const samples = result.samples
        .slice(-MAX_SAMPLES_PER_STEP)
        .map(({ metric, index, value, verdict, kind, expected, actual }) => ({
        metric,
        index,
        value,
        verdict,
        ...(kind ? { kind } : {}),
        ...(expected !== undefined ? { expected, actual } : {}),
    }));
    return {
        ...state,
        analyses: [
            ...state.analyses,
            {
                step: state.step,
                weight: state.weight,
                verdict: result.verdict,
                samples,
                ...(state.capacity?.current ? { replicas: { ...state.capacity.current } } : {}),
                ...(result.load ? { load: result.load } : {}),
            },
        ],
    };
}
function refuse(state, action) {
    const where = `the canary of ${state.release} in ${state.namespace} is ${state.phase}`;
    const hint = state.phase === 'progressing'
        ? ` (a run is moving it; wait for it, or use action: abort)`
        : isActive(state)
            ? ''
            : '; start a new canary with action: start';
    throw new CanaryStateError(`Cannot ${action}: ${where}${hint}`);
}
/** The one pure transition function: the state after `event` at time `now`. */
function transition(state, event, now) {
    switch (event.type) {
        case 'analysed': {
            if (state.phase !== 'progressing')
                refuse(state, 'record an analysis');
            const next = record(state, event.result);
            const step = state.steps[state.step];
            const { verdict, decidedBy } = event.result;
            if (verdict === 'fail') {
                const check = decidedBy ?? { metric: 'analysis', value: undefined, threshold: '', reason: 'failed' };
                return aborted(next, `${check.reason}`, now, check);
            }
            if (verdict === 'inconclusive') {
                const reason = `inconclusive: ${decidedBy?.reason ?? 'no data'}`;
                return event.onInconclusive === 'abort'
                    ? aborted(next, reason, now, decidedBy)
                    : paused(next, state.step, reason, now);
            }
            const last = state.step === state.steps.length - 1;
            if (step.manual)
                return paused(next, state.step + 1, `manual pause after step ${state.step + 1}`, now);
            if (last)
                return promoting(next, now, 'promote', `all ${state.steps.length} steps passed`);
            return entered(next, state.step + 1, now, 'next', `step ${state.step + 1} passed`);
        }
        case 'gated': {
            if (state.phase !== 'progressing' && state.phase !== 'promoting')
                refuse(state, 'record a gate');
            const { failure } = event;
            const reason = `gate "${failure.name}" (${failure.type}) failed: expected ${failure.expected}, got ${failure.actual}`;
            if (failure.onFailure !== 'pause') {
                const check = {
                    metric: `gate:${failure.name}`,
                    value: failure.status,
                    threshold: failure.expected,
                    reason,
                    actual: failure.actual,
                };
                return aborted(state, reason, now, check);
            }
            // A resume goes back to where the gate stood: the same step, or the promotion.
            const resumeStep = state.phase === 'promoting' ? state.steps.length : state.step;
            return { ...paused({ ...state, phase: 'progressing' }, resumeStep, reason, now), pausedGate: failure.name };
        }
        case 'resume':
            if (state.phase !== 'paused')
                refuse(state, 'resume');
            return entered({ ...state, owner: event.owner }, state.resumeStep ?? state.step, now, 'resume', `resumed from ${state.pausedReason ?? 'pause'}`);
        case 'promote':
            if (state.phase !== 'paused')
                refuse(state, 'promote');
            return promoting({ ...state, owner: event.owner }, now, 'promote', 'promoted by hand');
        case 'abort':
            if (!isActive(state))
                refuse(state, 'abort');
            return aborted(state, event.reason, now);
        case 'promoted':
            if (state.phase !== 'promoting')
                refuse(state, 'finish a promotion');
            return {
                ...state,
                phase: 'promoted',
                weight: 0,
                updatedAt: now,
                timeline: [
                    ...state.timeline,
                    { at: now, step: state.step, weight: 0, decision: 'promoted', detail: `stable runs ${state.image}` },
                ],
            };
    }
}
/** The result output of a run that leaves the canary in this state. */
function resultOf(state) {
    if (state.phase === 'promoted')
        return 'promoted';
    if (state.phase === 'aborted')
        return 'aborted';
    if (state.phase === 'paused')
        return 'paused';
    return 'progressing';
}


/***/ }),

/***/ 5390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ capacityAt)
/* harmony export */ });
/**
 * The canary's and stable's replicas when `weight` percent of traffic is on the canary, for a
 * stable side of `stableReplicas` (what the HPA observes, when one scales stable). The canary
 * gets ceil(stable × weight / 100), at least 1, clamped to the HPA's min and max. With
 * `scaleDownStable` (never with an HPA: its replicas are the HPA's to set) stable keeps
 * ceil(stable × (100 − weight) / 100), at least 1 while weight < 100 (never more than it had).
 */
function capacityAt(options) {
    const { weight, hpa } = options;
    const stable = Math.max(0, Math.floor(hpa?.currentReplicas ?? options.stableReplicas));
    let canary = Math.max(1, Math.ceil((stable * weight) / 100));
    if (hpa)
        canary = Math.min(Math.max(canary, hpa.minReplicas, 1), Math.max(hpa.maxReplicas, 1));
    if (!options.scaleDownStable || hpa)
        return { canary, stable };
    const kept = Math.ceil((stable * (100 - weight)) / 100);
    return { canary, stable: weight >= 100 ? 0 : Math.min(stable, Math.max(1, kept)) };
}


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ runGates),
/* harmony export */   Ie: () => (/* binding */ callGate),
/* harmony export */   OO: () => (/* binding */ gatePayload)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4520);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8924);
/* harmony import */ var _gate_spec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7591);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1686);




function gatePayload(spec, state) {
    return {
        name: state.release,
        namespace: state.namespace,
        phase: state.phase,
        type: spec.type,
        gate: spec.name,
        step: state.step + 1,
        weight: state.weight,
        image: state.image,
        metadata: spec.metadata,
    };
}
/**
 * Calls one gate through kit's HTTP layer (proxies honoured), once, within its timeout. A
 * timeout, a network error or an answer that does not meet `expect` is a failure.
 */
async function callGate(spec, state, context, options = {}) {
    const request = options.request ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj;
    const url = (0,_metric_spec__WEBPACK_IMPORTED_MODULE_1__/* .renderQuery */ .no)(spec.url, context);
    const withBody = spec.method !== 'GET';
    const failure = (status, expected, actual) => ({
        name: spec.name,
        type: spec.type,
        onFailure: spec.onFailure,
        status,
        expected,
        actual,
    });
    let res;
    try {
        res = await request(url, {
            method: spec.method,
            headers: {
                accept: 'application/json',
                ...(withBody ? { 'content-type': 'application/json' } : {}),
                ...spec.headers,
            },
            ...(withBody ? { body: JSON.stringify(gatePayload(spec, state)) } : {}),
            timeoutMs: spec.timeoutMs,
            signal: options.signal,
            what: `gate "${spec.name}" (${spec.method} ${new URL(url).origin})`,
        });
    }
    catch (error) {
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        const actual = timedOut ? `no answer within ${spec.timeoutMs}ms` : (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
        return failure(undefined, 'an answer', actual);
    }
    // The smoke checks' judge: the first unmet expectation decides.
    const [wrong] = (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_4__/* .evaluateResponse */ .L)({ status: res.status, headers: res.headers, body: res.text() }, spec.expect);
    return wrong ? failure(res.status, `${wrong.what} ${wrong.expected}`, wrong.actual) : undefined;
}
/**
 * The gates of one type, in their order: the first failure stops the others of a blocking
 * type; a post-rollout or on-rollback failure is a warning and the others still run.
 */
async function runGates(gates, type, state, context, logger, options = {}) {
    const call = options.call ?? callGate;
    for (const spec of gates) {
        if (spec.type !== type)
            continue;
        const failed = await call(spec, state, context, { signal: options.signal, request: options.request });
        if (!failed) {
            logger.info(`Gate "${spec.name}" (${type}) passed`);
            continue;
        }
        const line = `Gate "${spec.name}" (${type}) failed: expected ${failed.expected}, got ${failed.actual}`;
        if (!(0,_gate_spec__WEBPACK_IMPORTED_MODULE_5__/* .isBlocking */ .Us)(type)) {
            logger.warning(line);
            continue;
        }
        logger.warning(`${line}; the canary ${failed.onFailure === 'pause' ? 'pauses' : 'aborts'}`);
        return failed;
    }
    return undefined;
}


/***/ }),

/***/ 487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ HelmCanaryReleases),
/* harmony export */   Wg: () => (/* binding */ canaryReleaseRequests),
/* harmony export */   nH: () => (/* binding */ canaryReleaseName)
/* harmony export */ });
/* unused harmony exports describeReleaseFailure, canaryRequest, promotionRequest */
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2324);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2982);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6964);
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7650);


/**
 * One line for a failed deploy of the canary or the promotion: why, what the watch saw (the reason
 * may name the pods already, helm's own error with the watch's reading), and what became of the
 * release (rolled back, uninstalled).
 */
function describeReleaseFailure(what, failure) {
    const { reason, rollback } = failure;
    const details = failure.details.filter((line) => !reason.includes(line)).slice(0, 3);
    return `${what} failed: ${reason}${details.length ? ` (${details.join('; ')})` : ''}${rollback ? `; ${rollback}` : ''}`;
}
/** The canary release's name beside a stable release. */
function canaryReleaseName(release) {
    return `${release}-canary`;
}
/** The canary release: the stable request with the canary values over its own, and the new image. */
function canaryRequest(base, canaryValues, image) {
    return {
        ...base,
        mode: 'deploy',
        release: canaryReleaseName(base.release),
        set: (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_0__/* .mergeValues */ .D3)(base.set, canaryValues),
        image: (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_0__/* .splitImageRef */ .l2)(image),
        createNamespace: false,
    };
}
/** The stable release upgraded to the promoted image. */
function promotionRequest(base, image) {
    return { ...base, mode: 'deploy', image: (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_0__/* .splitImageRef */ .l2)(image), checkImage: false };
}
/** Both releases a canary of `image` deploys, for what must be checked before either exists. */
function canaryReleaseRequests(config, image) {
    return [canaryRequest(config.deploy, config.canaryValues, image), promotionRequest(config.deploy, image)];
}
/**
 * The canary and the promotion through helm-deploy's code (`runRelease`: preflight, stuck-release
 * recovery, rollout watching, rollback on failure). `base` is the stable release's deploy request.
 */
class HelmCanaryReleases {
    base;
    canaryValues;
    ctx;
    constructor(base, canaryValues, ctx) {
        this.base = base;
        this.canaryValues = canaryValues;
        this.ctx = ctx;
    }
    async deploy(request, what) {
        const report = await (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_1__/* .runRelease */ .T_)(request, this.ctx);
        if (report.failure)
            throw new Error(describeReleaseFailure(what, report.failure));
    }
    async deployCanary(image) {
        await this.deploy(canaryRequest(this.base, this.canaryValues, image), `The canary release ${canaryReleaseName(this.base.release)}`);
    }
    async promoteStable(image) {
        await this.deploy(promotionRequest(this.base, image), `The upgrade of ${this.base.release} to ${image}`);
    }
    /**
     * Why the canary is not fully available, judged after a change (a deploy, or the replicas a
     * weight needs): pods still starting are waited for, up to the release's timeout; a canary whose
     * new pods all look terminal (CrashLoopBackOff, ImagePullBackOff, …) fails at once.
     */
    async canaryUnavailable() {
        return this.unavailable(canaryReleaseName(this.base.release));
    }
    /** The same judge on the stable release (after its replicas were given back). */
    async stableUnavailable() {
        return this.unavailable(this.base.release);
    }
    async unavailable(release) {
        const watcher = new _slipway_kube__WEBPACK_IMPORTED_MODULE_2__/* .RolloutWatcher */ .A({
            client: this.ctx.kube,
            namespace: this.base.namespace,
            release,
            logger: this.ctx.logger,
            intervalMs: this.ctx.watchIntervalMs,
            failFastMs: 0,
        });
        const verdict = await watcher.judge({ timeoutMs: this.base.timeoutMs, signal: this.ctx.signal });
        if (!watcher.last.length)
            return `release ${release} has no workloads`;
        return verdict.state === 'healthy' ? undefined : verdict.reason;
    }
    /** Runs without the job's cancel signal: removing the canary must finish even when cancelled. */
    async removeCanary() {
        const helm = new _slipway_helm__WEBPACK_IMPORTED_MODULE_3__/* .HelmCli */ .jL(this.ctx.helm.ready(), this.ctx.logger);
        const name = canaryReleaseName(this.base.release);
        if ((await helm.history(name)).length === 0)
            return;
        await helm.uninstall(name, { wait: true, timeoutMs: this.base.timeoutMs });
    }
}


/***/ }),

/***/ 5612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadFigures)
/* harmony export */ });
/** The figures of one load run, rounded as they are shown (0.1/s, 0.01 %, 0.1 ms). */
function loadFigures(report) {
    const round = (value, places) => Number(value.toFixed(places));
    const { latency } = report;
    return {
        sent: report.sent,
        rps: round(report.achievedRps, 1),
        errorRate: round(report.errorRate, 4),
        ...(latency
            ? { latency: { p50: round(latency.p50, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1) } }
            : {}),
    };
}


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


/***/ }),

/***/ 3946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ CANARY_OF_LABEL),
/* harmony export */   eV: () => (/* binding */ scaleDeployment),
/* harmony export */   f8: () => (/* binding */ deploymentRef)
/* harmony export */ });
/** Label put on every object the canary creates or records. */
const CANARY_OF_LABEL = 'slipway.dev/canary-of';
function deploymentRef(namespace, name) {
    return { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name };
}
/** Sets a Deployment's spec.replicas; true when it changed (already at `replicas`: no write). */
async function scaleDeployment(objects, ref, replicas) {
    let changed = false;
    await objects.update(ref, (d) => {
        if (d.spec?.replicas === replicas)
            return undefined;
        changed = true;
        d.spec = { ...d.spec, replicas };
        return d;
    });
    return changed;
}


/***/ }),

/***/ 4317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ QueryRejectedError),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   Sx: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1768);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6658);
/* harmony import */ var _request_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3676);


/** A bad query: Prometheus answered 400 bad_data. The user can fix it. */
class QueryRejectedError extends _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    name = 'QueryRejectedError';
}
/** Instant queries against the Prometheus HTTP API (/api/v1/query), through kit's HTTP layer (proxy-aware). */
class PrometheusClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** One number: a scalar, or a vector of exactly one series. No series or NaN = no data. */
    async query(promql, signal) {
        const body = await (0,_request_retry__WEBPACK_IMPORTED_MODULE_1__/* .retryRequest */ .q)(() => this.request(promql, signal), 'Prometheus query', this.options, signal);
        return valueOf(body);
    }
    endpoint(promql) {
        const url = new URL(this.options.url.href);
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
        url.search = new URLSearchParams({ query: promql }).toString();
        return url;
    }
    async request(promql, signal) {
        const headers = { accept: 'application/json' };
        if (this.options.token)
            headers['authorization'] = `Bearer ${this.options.token}`;
        const where = `Prometheus at ${this.options.url.origin}`;
        const res = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .httpRequest */ .aj)(this.endpoint(promql), {
            headers,
            signal,
            timeoutMs: this.options.requestTimeoutMs ?? 10_000,
            what: where,
        }).catch((error) => {
            // The summary's words for a refused connection; kit's own line when a proxy is involved.
            const code = error.cause?.code;
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ &&
                code &&
                !(error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .HttpTimeoutError */ .Iu) &&
                !/the proxy /.test(error.message))
                throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${where} is unreachable: ${code}`, { cause: error });
            throw error;
        });
        const status = res.status;
        const text = res.text();
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
        if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .isTransientStatus */ .Dm)(status))
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${where} answered ${status}${via}`, {
                retryAfterMs: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(res.header('retry-after')),
            });
        if (status === 400 || status === 422)
            throw new QueryRejectedError(`${where} rejected the query: ${parsed?.error ?? text.slice(0, 200)}`);
        if (status === 401 || status === 403)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where} refused the request (${status})${via}: check 'prometheus-token'`);
        if (status !== 200 || !parsed || parsed.status !== 'success')
            throw new Error(`${where} answered ${status}${via} without a result: ${text.slice(0, 200)}`);
        return parsed;
    }
}
/** The number in an instant-query answer, or why there is none. */
function valueOf(body) {
    const data = body.data ?? {};
    let raw;
    if (data.resultType === 'scalar')
        raw = data.result?.[1];
    else if (data.resultType === 'vector') {
        const result = (data.result ?? []);
        if (result.length === 0)
            return { value: undefined, note: 'no series' };
        if (result.length > 1)
            return { value: undefined, note: `${result.length} series; the query must aggregate to one (use sum or avg)` };
        raw = result[0]?.value?.[1];
    }
    else
        return { value: undefined, note: `a ${data.resultType ?? 'missing'} result; expected a vector or scalar` };
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value))
        return { value: undefined, note: `value ${String(raw)}` };
    return { value };
}


/***/ }),

/***/ 3676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ retryRequest)
});

// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
;// CONCATENATED MODULE: ./packages/kit/src/http/retry-policy.ts
/**
 * The one retry policy of the HTTP layer, for kit's `retry`: 3 attempts, full jitter from
 * 500 ms, at most 5 s apart. Transient means network failures, timeouts and 5xx/429/408
 * (`isTransientStatus`), never a refusing proxy or 401/403.
 */
const HTTP_RETRY = {
    attempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 5000,
};

;// CONCATENATED MODULE: ./packages/canary/src/request-retry.ts

/** `request` under kit's HTTP retry policy, each failed attempt logged under debug as `what`. */
function retryRequest(request, what, options, signal) {
    return (0,retry/* retry */.L5)(request, {
        ...HTTP_RETRY,
        ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
        ...(options.baseDelayMs === undefined ? {} : { baseDelayMs: options.baseDelayMs }),
        signal,
        sleep: options.sleep,
        onRetry: ({ attempt, delayMs, error }) => options.logger?.debug(`${what} attempt ${attempt} failed (${String(error)}); again in ${delayMs}ms`),
    });
}


/***/ }),

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ STOPPED_MID_STEP),
/* harmony export */   u: () => (/* binding */ restoreStableAfterStop)
/* harmony export */ });
/* harmony import */ var _canary_session__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _run_canary__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5528);


/** Why a canary the post step found mid-step was aborted (its state and the delivery history say so). */
const STOPPED_MID_STEP = 'cancelled mid-step (post step)';
/**
 * The post step's safety net, for the canary action and the root action alike: when main stopped
 * while this job's canary was mid-step (cancelled, timed out, killed), every request goes back to
 * stable, the canary release is removed and its state recorded aborted. A canary another run
 * owns, or one already at a decision, is left alone (undefined). The caller records the outcome.
 */
async function restoreStableAfterStop(config, ctx, logger, owner) {
    const outcome = await (0,_run_canary__WEBPACK_IMPORTED_MODULE_0__/* .abortCanary */ .Fi)((0,_canary_session__WEBPACK_IMPORTED_MODULE_1__/* .canaryRun */ .m)(config, ctx, logger), STOPPED_MID_STEP, { onlyOwner: owner });
    if (outcome)
        logger.warning('The job stopped mid-step: all traffic is back on stable; the canary is recorded aborted');
    return outcome;
}


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ abortCanary),
/* harmony export */   Nq: () => (/* binding */ checkStart),
/* harmony export */   i7: () => (/* binding */ runCanary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _canary_state__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9184);


/**
 * Every refusal of a start, before anything changes (no state, canary release, route edit or
 * GitHub deployment): the queries, the stable side's replicas and HPA, another active canary, the
 * routing the provider needs (reads and dry runs only). The run with its checks, which runCanary
 * does not repeat; any other run as it is.
 */
async function checkStart(run) {
    if (run.action !== 'start' || run.checked)
        return run;
    if (!run.start)
        throw new Error('action start needs a start request');
    await run.preflight?.();
    const capacity = await run.capacity?.(run.start.provider, run.start.target)?.measure();
    await run.store.refuseActive();
    const providerData = await run.traffic((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .startCanary */ .r6)(run.start, (run.now ?? Date.now)())).prepare();
    return { ...run, checked: { providerData, ...(capacity ? { capacity } : {}) } };
}
/** Start, resume, promote or abort a canary, and drive it until it pauses or finishes. */
async function runCanary(run) {
    const now = run.now ?? Date.now;
    const ctx = new Driver(run, now);
    if (run.action === 'start') {
        if (!run.start)
            throw new Error('action start needs a start request');
        const { providerData, capacity } = (await checkStart(run)).checked;
        const state = {
            ...(0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .startCanary */ .r6)(run.start, now()),
            provider_data: providerData,
            ...(capacity ? { capacity } : {}),
        };
        await run.store.claim(state);
        run.onSaved?.(state);
        return ctx.begin(state);
    }
    const existing = await run.store.load();
    if (!existing)
        throw new Error(`No canary of release ${run.store.release} in ${run.store.namespace} to ${run.action} (no ConfigMap ${run.store.name})`);
    const event = run.action === 'abort'
        ? { type: 'abort', reason: `aborted by hand (${run.owner})` }
        : { type: run.action, owner: run.owner };
    const next = (0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(existing, event, now());
    if (next.phase === 'aborted')
        return ctx.finishAbort(next);
    if (run.action === 'resume')
        await run.preflight?.();
    return ctx.drive(await ctx.save(next));
}
/** Puts every request back on stable, removes the canary, records it aborted (post step, cancel). */
async function abortCanary(run, reason, options = {}) {
    const now = run.now ?? Date.now;
    const state = await run.store.load();
    if (!state || !['progressing', 'paused', 'promoting'].includes(state.phase))
        return undefined;
    if (options.onlyOwner && state.owner !== options.onlyOwner)
        return undefined;
    const driver = new Driver({ ...run, analyse: async () => ({ verdict: 'inconclusive', samples: [] }) }, now);
    return driver.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason }, now()));
}
/** A step failed by the judge of rollout health, so it aborts by the usual rules of a failed step. */
function unavailable(reason) {
    return {
        verdict: 'fail',
        samples: [],
        decidedBy: { metric: 'availability', value: undefined, threshold: 'every canary replica available', reason },
    };
}
class Driver {
    run;
    now;
    constructor(run, now) {
        this.run = run;
        this.now = now;
    }
    get logger() {
        return this.run.logger;
    }
    /** The capacity of a canary that recorded one at its start (with its record), else undefined. */
    capacity(state) {
        const scaler = state.capacity ? this.run.capacity?.(state.provider, state.target) : undefined;
        return scaler && state.capacity ? { scaler, record: state.capacity } : undefined;
    }
    /**
     * Stable back to its replicas at the start, and available (scale-down-stable): before traffic
     * returns to it. Undefined when it is (or there was nothing to give back), else why not.
     */
    async restoreStable(state) {
        const capacity = this.capacity(state);
        if (!capacity)
            return undefined;
        const why = await capacity.scaler.restoreStable(capacity.record);
        return why && `stable is not back to ${capacity.record.stableReplicas} available replicas: ${why}`;
    }
    /** The canary at zero replicas, once no traffic reaches it (it is removed next). */
    async drainCanary(state) {
        try {
            await this.capacity(state)?.scaler.drainCanary();
        }
        catch (error) {
            this.logger.warning(`Could not scale the canary to zero: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async save(state) {
        await this.run.store.save(state);
        this.run.onSaved?.(state);
        return state;
    }
    /** A new canary (checked by checkStart): its release healthy before any traffic moves. */
    async begin(state) {
        try {
            await this.logger.group(`Canary release ${this.run.store.release}-canary with ${state.image}`, () => this.run.releases.deployCanary(state.image));
        }
        catch (error) {
            if (this.run.signal?.aborted)
                return this.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason: 'cancelled before traffic moved' }, this.now()));
            const reason = `canary not started: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
            await this.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason }, this.now()));
            throw error;
        }
        return this.drive(state);
    }
    /** The gates of a blocking type: undefined when they passed, else the state they lead to. */
    async gate(type, state) {
        const failure = await this.run.gates?.(type, state, this.run.signal);
        return failure ? (0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'gated', failure }, this.now()) : undefined;
    }
    /** A paused or aborted state after a gate: saved (or aborted), and the run's outcome. */
    async stopped(state) {
        if (state.phase === 'aborted')
            return this.finishAbort(state);
        state = await this.save(state);
        this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
        return { state, result: 'paused' };
    }
    async drive(state) {
        const traffic = this.run.traffic(state);
        const data = state.provider_data ?? {};
        try {
            // Before any traffic moves (again on a resume, when they paused the canary).
            if (this.run.gates && state.phase === 'progressing' && !state.preRolloutPassed && state.analyses.length === 0) {
                const stop = await this.gate('pre-rollout', state);
                if (stop)
                    return await this.stopped(stop);
                state = await this.save({ ...state, preRolloutPassed: true });
            }
            while (state.phase === 'progressing') {
                const step = state.steps[state.step];
                // The canary's replicas follow the weight: scaled before traffic moves, judged available below.
                const capacity = this.capacity(state);
                if (capacity) {
                    const current = await capacity.scaler.scaleCanary(state.weight, capacity.record);
                    const { current: _previous, ...record } = capacity.record;
                    state = { ...state, capacity: current ? { ...record, current } : record };
                }
                // Never more traffic to a canary the judge does not call fully available.
                const before = await this.run.releases.canaryUnavailable?.();
                let verdict;
                if (before)
                    verdict = unavailable(`the canary is not fully available before step ${state.step + 1}: ${before}`);
                else {
                    await traffic.setWeight(state.weight, data);
                    const current = state.capacity?.current;
                    if (capacity && current)
                        await capacity.scaler.scaleStable(current, capacity.record);
                    const replicas = current ? ` (replicas: canary ${current.canary}, stable ${current.stable})` : '';
                    this.logger.info(`Step ${state.step + 1} of ${state.steps.length}: ${state.weight}% of traffic on the canary${replicas}${step?.manual ? ' (manual pause after)' : ''}`);
                    // Each step's gates: after the weight is set, before its analysis (as Flagger's rollout hooks).
                    const stop = await this.gate('rollout', state);
                    if (stop)
                        return await this.stopped(stop);
                    verdict = await this.run.analyse(state);
                    const during = verdict.verdict === 'fail' ? undefined : await this.run.releases.canaryUnavailable?.();
                    if (during)
                        verdict = unavailable(`the canary lost availability during step ${state.step + 1}: ${during}`);
                }
                state = (0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'analysed', result: verdict, onInconclusive: this.run.onInconclusive }, this.now());
                if (state.phase === 'aborted')
                    return await this.finishAbort(state);
                state = await this.save(state);
            }
        }
        catch (error) {
            if (!this.run.signal?.aborted)
                throw error;
            this.logger.warning('Cancelled mid-step: putting all traffic back on stable');
            return this.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason: 'cancelled mid-step' }, this.now()));
        }
        if (state.phase === 'paused') {
            this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
            return { state, result: 'paused' };
        }
        if (state.phase === 'promoting')
            return this.promote(state);
        throw new Error(`The canary of ${state.release} is ${state.phase}: nothing to drive`);
    }
    async promote(state) {
        const traffic = this.run.traffic(state);
        try {
            const stop = await this.gate('confirm-promotion', state);
            if (stop)
                return await this.stopped(stop);
        }
        catch (error) {
            if (!this.run.signal?.aborted)
                throw error;
            return this.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason: 'cancelled before promotion' }, this.now()));
        }
        try {
            // Stable at full strength again before the canary's traffic goes back to it.
            const why = await this.restoreStable(state);
            if (why)
                throw new Error(why);
            await this.logger.group(`Promoting: ${state.release} upgraded to ${state.image}`, () => this.run.releases.promoteStable(state.image));
        }
        catch (error) {
            // Said once, in the run's closing error line ("Canary of … aborted: promotion failed: …").
            const reason = `promotion failed: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
            this.logger.info(reason);
            return this.finishAbort((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'abort', reason }, this.now()));
        }
        await traffic.restore(state.provider_data ?? {});
        await this.drainCanary(state);
        await this.removeCanary();
        state = await this.save((0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(state, { type: 'promoted' }, this.now()));
        this.logger.info(`Promoted: ${state.release} runs ${state.image}; all traffic on stable; canary removed`);
        await this.notify('post-rollout', state);
        return { state, result: 'promoted' };
    }
    /**
     * Stable's replicas back first when it was scaled down (and judged available, unless the run is
     * cancelled), then traffic back to stable (nothing else is as urgent), the canary at zero, the
     * record, the release.
     */
    async finishAbort(state) {
        const traffic = this.run.traffic(state);
        const why = await this.restoreStable(state).catch((error) => (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        if (why)
            this.logger.warning(`Traffic returns to stable anyway: ${why}`);
        await traffic.restore(state.provider_data ?? {});
        const trafficRestoredAt = this.now();
        this.logger.warning(`Aborted: ${state.abortReason}. All traffic is back on stable`);
        await this.drainCanary(state);
        state = await this.save(state);
        await this.removeCanary();
        await this.notify('on-rollback', state);
        return { state, result: 'aborted', trafficRestoredAt };
    }
    /** Gates after the end: their failures are warnings (runGates logs them); never the cancel signal. */
    async notify(type, state) {
        try {
            await this.run.gates?.(type, state);
        }
        catch (error) {
            this.logger.warning(`The ${type} gates could not run: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async removeCanary() {
        try {
            await this.logger.group(`Removing the canary release ${this.run.store.release}-canary`, () => this.run.releases.removeCanary());
        }
        catch (error) {
            this.logger.warning(`Could not remove the canary release: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
    }
}


/***/ }),

/***/ 8075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wi: () => (/* binding */ describeCanary),
/* harmony export */   ss: () => (/* binding */ CanaryBusyError),
/* harmony export */   tn: () => (/* binding */ CanaryStateStore)
/* harmony export */ });
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1826);
/* harmony import */ var _canary_state__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9184);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3946);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5438);




/** Another canary of the release holds the lock, or the state changed under this run. */
class CanaryBusyError extends Error {
    name = 'CanaryBusyError';
}
const KEY = 'state.json';
/** "progressing at step 2 of 4 (25%), image web:2, started 3m ago by run 17" */
function describeCanary(state, now) {
    const where = `${state.phase} at step ${state.step + 1} of ${state.steps.length} (${state.weight}%)`;
    return `${where}, image ${state.image}, started ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(Math.max(0, now - state.startedAt))} ago by ${state.owner}`;
}
/**
 * The canary's state as JSON in ConfigMap `<release>-canary-state`, beside the release. Every
 * write carries the resourceVersion this run last saw, so the API server itself refuses a
 * second canary of the release, or a second run acting on the same one: the object is the lock.
 */
class CanaryStateStore {
    objects;
    namespace;
    release;
    now;
    resourceVersion;
    constructor(objects, namespace, release, now = Date.now) {
        this.objects = objects;
        this.namespace = namespace;
        this.release = release;
        this.now = now;
    }
    get name() {
        return `${this.release}-canary-state`;
    }
    get ref() {
        return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: this.name };
    }
    /** The stored state (and remembers its version for the next save); undefined when none. */
    async load() {
        const cm = await this.objects.get(this.ref);
        if (!cm)
            return undefined;
        this.resourceVersion = cm.metadata.resourceVersion;
        const text = cm.data?.[KEY];
        if (!text)
            return undefined;
        return JSON.parse(text);
    }
    body(state) {
        return {
            metadata: {
                name: this.name,
                namespace: this.namespace,
                labels: { [_objects__WEBPACK_IMPORTED_MODULE_1__/* .CANARY_OF_LABEL */ .O1]: this.release, 'slipway.dev/canary-phase': state.phase },
                ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}),
            },
            data: { [KEY]: JSON.stringify(state) },
        };
    }
    busy(existing) {
        const what = existing ? `: ${describeCanary(existing, this.now())}` : '';
        return new CanaryBusyError(`Another canary of release ${this.release} in ${this.namespace} is already running${what}. ` +
            `Finish it first (action: resume, promote or abort); state in ConfigMap ${this.name}`);
    }
    /** Refuses (a read only) while another canary of the release is active: the first check of a start. */
    async refuseActive() {
        const existing = await this.load();
        if (existing && (0,_canary_state__WEBPACK_IMPORTED_MODULE_2__/* .isActive */ .$m)(existing))
            throw this.busy(existing);
    }
    /** Takes the lock for a new canary: refused while another canary of the release is active. */
    async claim(state) {
        await this.refuseActive();
        try {
            const saved = this.resourceVersion === undefined
                ? await this.objects.create(this.ref, this.body(state))
                : await this.objects.replace(this.ref, this.body(state));
            this.resourceVersion = saved.metadata.resourceVersion;
        }
        catch (error) {
            if (!(0,_slipway_kube__WEBPACK_IMPORTED_MODULE_3__/* .isConflict */ .dh)(error))
                throw error;
            throw this.busy(await this.load().catch(() => undefined));
        }
    }
    /** Saves the next state; refused when someone else changed it since this run last saw it. */
    async save(state) {
        if (this.resourceVersion === undefined)
            throw new Error('save before load or claim');
        try {
            const saved = await this.objects.replace(this.ref, this.body(state));
            this.resourceVersion = saved.metadata.resourceVersion;
        }
        catch (error) {
            if (!(0,_slipway_kube__WEBPACK_IMPORTED_MODULE_3__/* .isConflict */ .dh)(error))
                throw error;
            const current = await this.load().catch(() => undefined);
            throw new CanaryBusyError(`The canary of ${this.release} was changed by another run${current ? ` (now ${describeCanary(current, this.now())})` : ''}; this run stops here`);
        }
    }
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ClusterTraffic)
/* harmony export */ });
/* harmony import */ var _traffic_provider__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1999);

/** What every traffic provider works with: the cluster's objects and where traffic goes. */
class ClusterTraffic {
    objects;
    target;
    constructor(objects, target) {
        this.objects = objects;
        this.target = target;
    }
    /**
     * The object traffic is split with (named by `input`), which must exist before the canary
     * starts; `missing` says where it was looked for (default: in its namespace).
     */
    async existing(ref, input, missing = `not found in ${ref.namespace}`) {
        const object = await this.objects.get(ref);
        if (!object)
            throw new _traffic_provider__WEBPACK_IMPORTED_MODULE_0__/* .TrafficSetupError */ .D(`Input '${input}': expected an existing ${ref.kind}, got "${ref.name}" (${missing})`);
        return object;
    }
    /** The routing object `where` has no `backend` to the stable Service. */
    noStableBackend(where, backend) {
        return new _traffic_provider__WEBPACK_IMPORTED_MODULE_0__/* .TrafficSetupError */ .D(`Input 'stable-service': ${where} has no ${backend} "${this.target.stableService}"`);
    }
}


/***/ }),

/***/ 7566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ createTrafficProvider)
/* harmony export */ });
/* harmony import */ var _gateway_api__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2119);
/* harmony import */ var _nginx_ingress__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3070);
/* harmony import */ var _replica_ratio__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5118);



function createTrafficProvider(name, objects, target) {
    if (name === 'gateway-api')
        return new _gateway_api__WEBPACK_IMPORTED_MODULE_0__/* .GatewayApiTraffic */ .Q5(objects, target);
    if (name === 'nginx')
        return new _nginx_ingress__WEBPACK_IMPORTED_MODULE_1__/* .NginxTraffic */ .i(objects, target);
    return new _replica_ratio__WEBPACK_IMPORTED_MODULE_2__/* .ReplicaRatioTraffic */ .p(objects, target);
}


/***/ }),

/***/ 2119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ GatewayApiTraffic),
/* harmony export */   Xi: () => (/* binding */ abMatches)
/* harmony export */ });
/* unused harmony exports MIRROR_FEATURE, HEADER_ALWAYS */
/* harmony import */ var _http_route_rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44);
/* harmony import */ var _cluster_traffic__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4649);
/* harmony import */ var _traffic_provider__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1999);



const GROUP = 'gateway.networking.k8s.io';
/** Gateway API's feature name for the RequestMirror filter on HTTPRoutes. */
const MIRROR_FEATURE = 'HTTPRouteRequestMirror';
/** The value a header without one must carry to reach the canary (as ingress-nginx's canary-by-header). */
const HEADER_ALWAYS = 'always';
/** The A/B matches of a target: its header (and value, default "always") or its cookie. */
function abMatches(target) {
    const matches = [];
    if (target.header)
        matches.push((0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .headerMatch */ .zF)(target.header.name, target.header.value ?? HEADER_ALWAYS));
    if (target.cookie)
        matches.push((0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .cookieMatch */ .kT)(target.cookie.name, target.cookie.value));
    return matches;
}
/**
 * Gateway API: the weights of the stable and canary Services among an HTTPRoute's backendRefs;
 * with `canary-header` / `canary-cookie`, a rule before each weighted rule sending the matching
 * requests to the canary only; with `canary-mirror`, a RequestMirror filter copying a share of the
 * weighted rule's requests to the canary (its responses are discarded by the gateway).
 */
class GatewayApiTraffic extends _cluster_traffic__WEBPACK_IMPORTED_MODULE_1__/* .ClusterTraffic */ .g {
    name = 'gateway-api';
    get ref() {
        const { namespace, routeName: name } = this.target;
        return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name };
    }
    get services() {
        return { stable: this.target.stableService, canary: this.target.canaryService };
    }
    routing(weight) {
        return { ...this.services, weight, matches: abMatches(this.target), mirror: this.target.mirror };
    }
    get where() {
        return `HTTPRoute ${this.target.namespace}/${this.target.routeName}`;
    }
    async prepare() {
        const route = await this.existing(this.ref, 'route', `${this.where} not found`);
        const rules = route.spec?.rules ?? [];
        const stable = rules
            .flatMap((rule) => rule.backendRefs ?? [])
            .filter((ref) => (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .isService */ .kd)(ref) && ref.name === this.target.stableService);
        if (stable.length === 0)
            throw this.noStableBackend(this.where, 'backendRef to Service');
        const routing = this.routing(0);
        if (routing.mirror)
            await this.checkMirrorSupport(route);
        if (routing.matches.length || routing.mirror)
            await this.checkRouting(route, routing);
        return { stableWeight: stable[0]?.weight ?? null };
    }
    /**
     * A gateway whose class says what it supports (status.supportedFeatures) and leaves RequestMirror
     * out does not mirror: Traefik, for one, answers the whole weighted rule with errors. A class that
     * says nothing, or that these credentials may not read (GatewayClasses are cluster-scoped), is
     * given the benefit of the doubt.
     */
    async checkMirrorSupport(route) {
        for (const parent of route.spec?.parentRefs ?? []) {
            if ((parent.group ?? GROUP) !== GROUP || (parent.kind ?? 'Gateway') !== 'Gateway')
                continue;
            const namespace = parent.namespace ?? this.target.namespace;
            const gateway = await this.objects
                .get({ apiVersion: `${GROUP}/v1`, kind: 'Gateway', namespace, name: parent.name })
                .catch(() => undefined);
            const className = gateway?.spec?.gatewayClassName;
            if (!className)
                continue;
            const gatewayClass = await this.objects
                .get({ apiVersion: `${GROUP}/v1`, kind: 'GatewayClass', namespace: '', name: className })
                .catch(() => undefined);
            const features = (gatewayClass?.status?.supportedFeatures ?? []).map((f) => (typeof f === 'string' ? f : f.name));
            if (features.length === 0 || features.includes(MIRROR_FEATURE))
                continue;
            throw new _traffic_provider__WEBPACK_IMPORTED_MODULE_2__/* .TrafficSetupError */ .D(`Input 'canary-mirror': Gateway ${namespace}/${parent.name}'s class "${className}" (${gatewayClass?.spec?.controllerName ?? 'unknown controller'}) does not list ${MIRROR_FEATURE} in its status.supportedFeatures: it would not mirror requests`);
        }
    }
    /** The canary's routing as the API server would store it (dry run): within its limits, nothing pruned. */
    async checkRouting(route, routing) {
        const input = routing.matches.length ? (this.target.header ? 'canary-header' : 'canary-cookie') : 'canary-mirror';
        const rules = (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .withCanary */ .zj)((0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .withoutCanary */ .vQ)(route.spec?.rules ?? [], routing), routing);
        const over = (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .overLimits */ .NN)(rules);
        if (over)
            throw new _traffic_provider__WEBPACK_IMPORTED_MODULE_2__/* .TrafficSetupError */ .D(`Input '${input}': ${this.where} would have ${over} with the canary's rules`);
        const stored = await this.objects.replace(this.ref, { ...route, spec: { ...route.spec, rules } }, { dryRun: true });
        if (!routing.mirror)
            return;
        const mirrors = (stored.spec?.rules ?? [])
            .flatMap((r) => r.filters ?? [])
            .filter((f) => f.type === 'RequestMirror');
        if (mirrors.some((f) => f.requestMirror?.percent === undefined && f.requestMirror?.fraction === undefined))
            throw new _traffic_provider__WEBPACK_IMPORTED_MODULE_2__/* .TrafficSetupError */ .D(`Input 'canary-mirror': the cluster's HTTPRoute CRD dropped requestMirror.percent/fraction (they are in Gateway API's standard channel from v1.3.0); without them every request would be mirrored`);
    }
    async setWeight(weight) {
        const routing = this.routing(weight);
        await this.objects.update(this.ref, (route) => {
            route.spec = { ...route.spec, rules: (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .withCanary */ .zj)(route.spec?.rules ?? [], routing) };
            return route;
        });
    }
    async currentWeight() {
        const route = await this.objects.get(this.ref);
        return (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .canaryShare */ .EP)(route?.spec?.rules ?? [], this.services);
    }
    async restore(data) {
        const route = await this.objects.get(this.ref);
        if (!route)
            return;
        const original = data['stableWeight'];
        const stableWeight = typeof original === 'number' ? original : null;
        await this.objects.update(this.ref, (current) => {
            const rules = current.spec?.rules ?? [];
            const restored = (0,_http_route_rules__WEBPACK_IMPORTED_MODULE_0__/* .withoutCanary */ .vQ)(rules, this.services, stableWeight);
            if (JSON.stringify(restored) === JSON.stringify(rules))
                return undefined;
            current.spec = { ...current.spec, rules: restored };
            return current;
        });
    }
}


/***/ }),

/***/ 44:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ canaryShare),
/* harmony export */   NN: () => (/* binding */ overLimits),
/* harmony export */   kT: () => (/* binding */ cookieMatch),
/* harmony export */   kd: () => (/* binding */ isService),
/* harmony export */   vQ: () => (/* binding */ withoutCanary),
/* harmony export */   zF: () => (/* binding */ headerMatch),
/* harmony export */   zj: () => (/* binding */ withCanary)
/* harmony export */ });
/* unused harmony export ROUTE_LIMITS */
/**
 * Pure edits of a Gateway API v1 HTTPRoute's `spec.rules` for a canary: given the rules, the new
 * rules. `withCanary` adds the weighted canary backendRef, the header/cookie (A/B) rules and the
 * RequestMirror filter; `withoutCanary` takes all of them out again, whatever step they were at.
 */
/** The limits the HTTPRoute CRD enforces (v1): rules per route, matches per rule and per route. */
const ROUTE_LIMITS = { rules: 16, matchesPerRule: 64, matchesPerRoute: 128 };
/** The default match of a rule without `matches` (what the API server fills in). */
const DEFAULT_MATCH = { path: { type: 'PathPrefix', value: '/' } };
const isService = (ref) => (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service';
const refersTo = (ref, service) => isService(ref) && ref.name === service;
/** An exact header match. */
function headerMatch(name, value) {
    return { type: 'Exact', name, value };
}
/** Escapes what is special in RE2, PCRE and POSIX extended regular expressions. */
const escapeRegex = (text) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
/**
 * HTTPRoute has no cookie match: a cookie is matched on the `Cookie` header with a regular
 * expression (`name=value` as one of its `;`-separated pairs). RegularExpression header matches
 * are implementation-specific support; the expression uses only what RE2, PCRE and POSIX share.
 */
function cookieMatch(name, value) {
    return {
        type: 'RegularExpression',
        name: 'Cookie',
        value: `(^|.*; ?)${escapeRegex(name)}=${escapeRegex(value)}(;.*|$)`,
    };
}
/** The canary's backendRef made from the stable one (same port, namespace, filters). */
function canaryRef(stable, canary, weight) {
    const { weight: _weight, name: _name, ...rest } = stable;
    return weight === undefined ? { ...rest, name: canary } : { ...rest, name: canary, weight };
}
/** A BackendObjectReference for the mirror: no weight, no filters. */
function mirrorRef(stable, canary) {
    const ref = { name: canary };
    for (const key of ['group', 'kind', 'namespace', 'port'])
        if (stable[key] !== undefined)
            ref[key] = stable[key];
    return ref;
}
/** The rule sending requests that match `matches` to the canary only (placed before `rule`). */
function abRule(rule, stable, routing) {
    const { backendRefs: _refs, name, matches, ...rest } = structuredClone(rule);
    const expanded = (matches?.length ? matches : [DEFAULT_MATCH]).flatMap((match) => routing.matches.map((extra) => ({
        ...structuredClone(match),
        headers: [...(match.headers ?? []).filter((h) => h.name.toLowerCase() !== extra.name.toLowerCase()), extra],
    })));
    const ab = { ...rest, matches: expanded, backendRefs: [canaryRef(stable, routing.canary)] };
    if (name)
        ab.name = `${name.slice(0, 246)}-canary`;
    return ab;
}
/**
 * The rules with the canary routed: in every rule to the stable Service, the canary's backendRef
 * at `weight` (stable at 100 − weight) and, when asked, a RequestMirror filter to the canary;
 * before each such rule, when `matches` are given, a rule to the canary only for those requests.
 * Idempotent: any canary routing already present is replaced.
 */
function withCanary(rules, routing) {
    const out = [];
    for (const original of withoutCanary(rules, routing)) {
        const rule = structuredClone(original);
        const refs = rule.backendRefs ?? [];
        const stable = refs.find((ref) => refersTo(ref, routing.stable));
        if (!stable) {
            out.push(rule);
            continue;
        }
        if (routing.matches.length)
            out.push(abRule(original, stable, routing));
        stable.weight = 100 - routing.weight;
        rule.backendRefs = [...refs, canaryRef(stable, routing.canary, routing.weight)];
        if (routing.mirror)
            rule.filters = [
                ...(rule.filters ?? []),
                { type: 'RequestMirror', requestMirror: { backendRef: mirrorRef(stable, routing.canary), ...routing.mirror } },
            ];
        out.push(rule);
    }
    return out;
}
const isCanaryMirror = (filter, canary) => filter.type === 'RequestMirror' && !!filter.requestMirror && refersTo(filter.requestMirror.backendRef, canary);
/**
 * The rules without any canary routing: the rules to the canary alone (the A/B rules) dropped,
 * the canary's backendRefs and RequestMirror filters removed. Weights of other backends are kept;
 * `stableWeight` (when given) puts the stable weight back as it was (null: no weight field).
 */
function withoutCanary(rules, services, stableWeight) {
    const out = [];
    for (const original of rules) {
        const refs = original.backendRefs ?? [];
        if (refs.length > 0 && refs.every((ref) => refersTo(ref, services.canary)))
            continue;
        const rule = structuredClone(original);
        if (original.backendRefs)
            rule.backendRefs = refs.filter((ref) => !refersTo(ref, services.canary));
        if (original.filters) {
            const kept = original.filters.filter((f) => !isCanaryMirror(f, services.canary));
            if (kept.length === original.filters.length)
                rule.filters = structuredClone(original.filters);
            else if (kept.length === 0)
                delete rule.filters;
            else
                rule.filters = structuredClone(kept);
        }
        if (stableWeight !== undefined)
            for (const ref of rule.backendRefs ?? []) {
                if (!refersTo(ref, services.stable))
                    continue;
                if (stableWeight === null)
                    delete ref.weight;
                else
                    ref.weight = stableWeight;
            }
        out.push(rule);
    }
    return out;
}
/** The canary's share of the weighted rules (the A/B rules not counted), 0 without a canary backendRef. */
function canaryShare(rules, services) {
    for (const rule of rules) {
        const refs = rule.backendRefs ?? [];
        const stable = refs.find((ref) => refersTo(ref, services.stable));
        const canary = refs.find((ref) => refersTo(ref, services.canary));
        if (!stable || !canary)
            continue;
        const c = canary.weight ?? 1;
        const s = stable.weight ?? 1;
        return c + s === 0 ? 0 : Math.round((100 * c) / (c + s));
    }
    return 0;
}
/** What the rules break of the CRD's limits, or undefined when they fit. */
function overLimits(rules) {
    const counts = rules.map((r) => r.matches?.length || 1);
    if (rules.length > ROUTE_LIMITS.rules)
        return `${rules.length} rules (at most ${ROUTE_LIMITS.rules})`;
    const most = Math.max(0, ...counts);
    if (most > ROUTE_LIMITS.matchesPerRule)
        return `${most} matches in one rule (at most ${ROUTE_LIMITS.matchesPerRule})`;
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > ROUTE_LIMITS.matchesPerRoute)
        return `${total} matches in all (at most ${ROUTE_LIMITS.matchesPerRoute})`;
    return undefined;
}


/***/ }),

/***/ 3070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ NginxTraffic)
/* harmony export */ });
/* unused harmony export canarySpec */
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1826);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3946);
/* harmony import */ var _cluster_traffic__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
/* harmony import */ var _traffic_provider__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1999);




const PREFIX = 'nginx.ingress.kubernetes.io/';
/** Replaces the stable Service by the canary's in every backend of an Ingress spec. */
function canarySpec(spec, stable, canary) {
    const copy = structuredClone(spec);
    const visit = (node) => {
        if (Array.isArray(node))
            return node.forEach(visit);
        if (!node || typeof node !== 'object')
            return;
        const record = node;
        const service = record['service'];
        if (service && typeof service === 'object' && service.name === stable)
            service.name = canary;
        for (const value of Object.values(record))
            visit(value);
    };
    visit(copy);
    delete copy['tls'];
    return copy;
}
/**
 * ingress-nginx: a second Ingress `<stable-ingress>-canary` for the same hosts and paths, marked
 * `nginx.ingress.kubernetes.io/canary: "true"` with `canary-weight` (and optionally
 * `canary-by-header`). Restoring stable deletes it; the stable Ingress is never changed.
 */
class NginxTraffic extends _cluster_traffic__WEBPACK_IMPORTED_MODULE_0__/* .ClusterTraffic */ .g {
    name = 'nginx';
    ref(name) {
        return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name };
    }
    get canaryIngress() {
        return `${this.target.routeName}-canary`.slice(0, 253);
    }
    async prepare() {
        const stable = await this.existing(this.ref(this.target.routeName), 'route');
        if (!JSON.stringify(stable.spec ?? {}).includes(`"name":"${this.target.stableService}"`))
            throw this.noStableBackend(`Ingress ${this.target.namespace}/${this.target.routeName}`, 'backend Service');
        return {};
    }
    annotations(weight) {
        const a = { [`${PREFIX}canary`]: 'true', [`${PREFIX}canary-weight`]: String(weight) };
        if (this.target.header) {
            a[`${PREFIX}canary-by-header`] = this.target.header.name;
            if (this.target.header.value)
                a[`${PREFIX}canary-by-header-value`] = this.target.header.value;
        }
        return a;
    }
    async setWeight(weight) {
        const ref = this.ref(this.canaryIngress);
        const existing = await this.objects.get(ref);
        if (existing) {
            await this.objects.update(ref, (current) => {
                current.metadata.annotations = { ...current.metadata.annotations, ...this.annotations(weight) };
                return current;
            });
            return;
        }
        const stable = await this.objects.get(this.ref(this.target.routeName));
        if (!stable)
            throw new _traffic_provider__WEBPACK_IMPORTED_MODULE_1__/* .TrafficSetupError */ .D(`Ingress ${this.target.namespace}/${this.target.routeName} disappeared`);
        await this.objects.create(ref, {
            metadata: {
                labels: { [_objects__WEBPACK_IMPORTED_MODULE_2__/* .CANARY_OF_LABEL */ .O1]: this.target.release },
                annotations: { ...stable.metadata.annotations, ...this.annotations(weight) },
            },
            spec: canarySpec(stable.spec ?? {}, this.target.stableService, this.target.canaryService),
        });
    }
    async currentWeight() {
        const canary = await this.objects.get(this.ref(this.canaryIngress));
        if (!canary || canary.metadata.annotations?.[`${PREFIX}canary`] !== 'true')
            return 0;
        return Number(canary.metadata.annotations?.[`${PREFIX}canary-weight`] ?? 0);
    }
    async restore() {
        try {
            await this.objects.delete(this.ref(this.canaryIngress));
        }
        catch (error) {
            if (!(0,_slipway_kube__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(error))
                throw error;
        }
    }
}


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ replicaSplit),
/* harmony export */   p: () => (/* binding */ ReplicaRatioTraffic)
/* harmony export */ });
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3946);
/* harmony import */ var _cluster_traffic__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);


/**
 * The canary's and stable's replica counts, for `total` replicas in all, so that the canary's
 * share of pods is as near `weight` as whole pods allow. Stable keeps one pod below 100%.
 */
function replicaSplit(total, weight) {
    if (weight <= 0)
        return { canary: 0, stable: total };
    if (weight >= 100)
        return { canary: total, stable: 0 };
    const canary = Math.min(Math.max(1, Math.round((total * weight) / 100)), Math.max(1, total - 1));
    return { canary, stable: Math.max(1, total - canary) };
}
/**
 * For clusters with neither Gateway API nor ingress-nginx: both Deployments sit behind the same
 * Service selector, and the weight is approximated by their replica ratio.
 */
class ReplicaRatioTraffic extends _cluster_traffic__WEBPACK_IMPORTED_MODULE_0__/* .ClusterTraffic */ .g {
    name = 'replicas';
    ref(name) {
        return (0,_objects__WEBPACK_IMPORTED_MODULE_1__/* .deploymentRef */ .f8)(this.target.namespace, name);
    }
    async scaleTo(name, replicas) {
        await (0,_objects__WEBPACK_IMPORTED_MODULE_1__/* .scaleDeployment */ .eV)(this.objects, this.ref(name), replicas);
    }
    async prepare() {
        const stable = await this.existing(this.ref(this.target.stableDeployment), 'stable-deployment');
        const replicas = stable.spec?.replicas ?? 1;
        return { stableReplicas: replicas, total: Math.max(2, replicas) };
    }
    async setWeight(weight, data) {
        const { canary, stable } = replicaSplit(Number(data['total'] ?? 2), weight);
        // Grow the canary before shrinking stable, so capacity never dips.
        await this.scaleTo(this.target.canaryDeployment, canary);
        await this.scaleTo(this.target.stableDeployment, stable);
    }
    async currentWeight() {
        const canary = (await this.objects.get(this.ref(this.target.canaryDeployment)))?.spec?.replicas ?? 0;
        const stable = (await this.objects.get(this.ref(this.target.stableDeployment)))?.spec?.replicas ?? 0;
        return canary + stable === 0 ? 0 : Math.round((100 * canary) / (canary + stable));
    }
    async restore(data) {
        const replicas = Number(data['stableReplicas'] ?? 1);
        if (await this.objects.get(this.ref(this.target.stableDeployment)))
            await this.scaleTo(this.target.stableDeployment, replicas);
        if (await this.objects.get(this.ref(this.target.canaryDeployment)))
            await this.scaleTo(this.target.canaryDeployment, 0);
    }
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ WebMetricClient),
/* harmony export */   t: () => (/* binding */ numberAt)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1768);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6658);
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6767);
/* harmony import */ var _request_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3676);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1686);




/**
 * The generic web provider: one HTTP JSON endpoint per metric (a team's own query endpoint or a
 * small proxy before Datadog, CloudWatch, New Relic…) and a JSON path to the number, through
 * kit's HTTP layer (proxy-aware). No number at the path is no data; an endpoint that cannot be
 * reached after the retries throws (the analysis counts it as no data): neither ever passes.
 */
class WebMetricClient {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    async query(spec, url, context, signal) {
        if (!spec.web)
            throw new Error(`metric ${spec.name} is not a web metric`);
        const { web } = spec;
        const where = `the web metric ${spec.name} at ${new URL(url).origin}`;
        const text = await (0,_request_retry__WEBPACK_IMPORTED_MODULE_0__/* .retryRequest */ .q)(() => this.request(where, url, spec, context, signal), `Reading ${where}:`, this.options, signal);
        let document;
        try {
            document = JSON.parse(text);
        }
        catch {
            return { value: undefined, note: 'the answer is not JSON' };
        }
        return numberAt(document, web.jsonPath);
    }
    async request(where, url, spec, context, signal) {
        const web = spec.web;
        const body = web.body === undefined ? undefined : (0,_metric_spec__WEBPACK_IMPORTED_MODULE_1__/* .renderQuery */ .no)(web.body, context);
        const res = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .httpRequest */ .aj)(url, {
            method: web.method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...web.headers,
            },
            body,
            signal,
            timeoutMs: this.options.requestTimeoutMs ?? 10_000,
            what: where,
        });
        const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
        if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .isTransientStatus */ .Dm)(res.status))
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${where} answered ${res.status}${via}`, {
                retryAfterMs: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_5__/* .parseRetryAfter */ .mu)(res.header('retry-after')),
            });
        if (res.status === 401 || res.status === 403)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${where} refused the request (${res.status})${via}: check its headers`);
        if (res.status < 200 || res.status > 299)
            throw new Error(`${where} answered ${res.status}${via}`);
        return res.text();
    }
}
/** The number at a JSON path (a number, or text that is one), or why there is none. */
function numberAt(document, path) {
    const found = (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_6__/* .readJsonPath */ .Ad)(document, (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonPath */ .Hf)(path) ?? []);
    if (typeof found === 'symbol' || found === undefined)
        return { value: undefined, note: `no ${path} in the answer` };
    if (found === null)
        return { value: undefined, note: `${path} is null` };
    const value = typeof found === 'string' && found.trim() !== '' ? Number(found) : found;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        const shown = JSON.stringify(found) ?? String(found);
        return {
            value: undefined,
            note: `${path} is ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}, not a number`,
        };
    }
    return { value };
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ WeightCapacity)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2589);
/* harmony import */ var _capacity_plan__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5390);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3946);




/**
 * Capacity that follows the weight, for providers whose canary is its own Deployment behind
 * weighted routing (gateway-api, nginx), through the same ObjectClient as the traffic objects.
 * An HPA (autoscaling/v2) on stable is respected: its observed replicas are stable's, the canary
 * is held within its min and max, and stable's replicas are never written.
 */
class WeightCapacity {
    objects;
    target;
    options;
    told = new Set();
    constructor(objects, target, options) {
        this.objects = objects;
        this.target = target;
        this.options = options;
    }
    ref(name) {
        return (0,_objects__WEBPACK_IMPORTED_MODULE_0__/* .deploymentRef */ .f8)(this.target.namespace, name);
    }
    once(line) {
        if (this.told.has(line))
            return;
        this.told.add(line);
        this.options.logger.info(line);
    }
    /** The HPAs of the namespace by the Deployment they scale; none visible when listing them is forbidden. */
    async hpas() {
        const { namespace } = this.target;
        let items;
        try {
            items = await this.objects.list({
                apiVersion: 'autoscaling/v2',
                kind: 'HorizontalPodAutoscaler',
                namespace,
            });
        }
        catch (error) {
            if (!(error instanceof _slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W) || ![403, 404].includes(error.status))
                throw error;
            this.once(`Cannot list HorizontalPodAutoscalers in ${namespace} (${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}): assuming none`);
            return new Map();
        }
        const found = new Map();
        for (const hpa of items) {
            const ref = hpa.spec?.scaleTargetRef;
            if (ref?.kind !== 'Deployment' || !ref.name || !(ref.apiVersion ?? 'apps/v1').startsWith('apps/'))
                continue;
            found.set(ref.name, {
                name: hpa.metadata.name ?? '',
                minReplicas: hpa.spec?.minReplicas ?? 1,
                maxReplicas: hpa.spec?.maxReplicas ?? Number.MAX_SAFE_INTEGER,
                currentReplicas: hpa.status?.currentReplicas,
            });
        }
        return found;
    }
    async scaleTo(name, replicas) {
        if (await (0,_objects__WEBPACK_IMPORTED_MODULE_0__/* .scaleDeployment */ .eV)(this.objects, this.ref(name), replicas))
            this.options.logger.info(`Deployment ${this.target.namespace}/${name} scaled to ${replicas}`);
    }
    async measure() {
        const { stableDeployment: name, namespace } = this.target;
        const { scaleDownStable } = this.options;
        const stable = await this.objects.get(this.ref(name));
        if (!stable) {
            if (scaleDownStable)
                throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input 'stable-deployment': expected the stable Deployment for scale-down-stable, got "${name}" (not found in ${namespace})`);
            this.options.logger.info(`No Deployment ${namespace}/${name} (input 'stable-deployment'): the canary keeps the replicas of canary-values`);
            return undefined;
        }
        const hpa = (await this.hpas()).get(name);
        if (hpa && scaleDownStable)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input 'scale-down-stable': Deployment ${namespace}/${name} is scaled by HorizontalPodAutoscaler ${hpa.name}, whose replicas the canary never writes; set scale-down-stable: false (the canary still follows the weight, within the HPA's min ${hpa.minReplicas} and max ${hpa.maxReplicas})`);
        return { stableReplicas: stable.spec?.replicas ?? 1, scaleDownStable, ...(hpa ? { hpa: hpa.name } : {}) };
    }
    async scaleCanary(weight, record) {
        const { stableDeployment, canaryDeployment, namespace } = this.target;
        const live = await this.objects.get(this.ref(canaryDeployment));
        if (!live) {
            this.once(`No Deployment ${namespace}/${canaryDeployment} (input 'canary-deployment'): the canary keeps the replicas it was deployed with`);
            return undefined;
        }
        const hpas = await this.hpas();
        const hpa = record.hpa ? hpas.get(stableDeployment) : undefined;
        const at = (0,_capacity_plan__WEBPACK_IMPORTED_MODULE_3__/* .capacityAt */ .u)({
            stableReplicas: record.stableReplicas,
            weight,
            hpa,
            scaleDownStable: record.scaleDownStable,
        });
        const own = hpas.get(canaryDeployment);
        if (!own) {
            await this.scaleTo(canaryDeployment, at.canary);
            return at;
        }
        this.once(`Deployment ${canaryDeployment} is scaled by HorizontalPodAutoscaler ${own.name}: its replicas are the HPA's`);
        return { ...at, canary: live.spec?.replicas ?? at.canary };
    }
    async scaleStable(at, record) {
        if (record.scaleDownStable && !record.hpa)
            await this.scaleTo(this.target.stableDeployment, at.stable);
    }
    async restoreStable(record) {
        if (!record.scaleDownStable || record.hpa)
            return undefined;
        await this.scaleTo(this.target.stableDeployment, record.stableReplicas);
        return this.options.stableUnavailable();
    }
    async drainCanary() {
        const { canaryDeployment } = this.target;
        if (!(await this.objects.get(this.ref(canaryDeployment))))
            return;
        if ((await this.hpas()).has(canaryDeployment))
            return;
        await this.scaleTo(canaryDeployment, 0);
    }
}


/***/ }),

/***/ 2982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T_: () => (/* binding */ runRelease),
  oN: () => (/* binding */ upgradeRequest)
});

// UNUSED EXPORTS: isConcurrentOperation

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/rollout-watcher.ts + 2 modules
var rollout_watcher = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts + 1 modules
var helm_cli = __webpack_require__(6964);
// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
// EXTERNAL MODULE: ./packages/helm/src/manifest-documents.ts
var manifest_documents = __webpack_require__(3126);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/manifest-diff.ts

/** Objects of a rendered manifest keyed Kind/namespace/name, each as its YAML text. */
async function manifestObjects(manifest, namespace) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = new Map();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!obj.kind || !obj.metadata?.name)
            continue;
        objects.set(`${obj.kind}/${obj.metadata.namespace ?? namespace}/${obj.metadata.name}`, stringify(obj));
    }
    return objects;
}
/** A line diff (`-`/`+`/` `) of two small texts, by longest common subsequence, context trimmed to 3 lines. */
function lineDiff(before, after, context = 3) {
    const a = before.split('\n');
    const b = after.split('\n');
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            lines.push(`  ${a[i]}`);
            i++;
            j++;
        }
        else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j]))
            lines.push(`+ ${b[j++]}`);
        else
            lines.push(`- ${a[i++]}`);
    }
    const keep = lines.map((line, n) => lines.slice(Math.max(0, n - context), n + context + 1).some((l) => !l.startsWith('  ')));
    const out = [];
    lines.forEach((line, n) => {
        if (keep[n])
            out.push(line);
        else if (keep[n - 1])
            out.push('  …');
    });
    return out.join('\n');
}
async function planChanges(live, next, namespace) {
    const before = await manifestObjects(live, namespace);
    const after = await manifestObjects(next, namespace);
    const added = [...after.keys()].filter((k) => !before.has(k));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const changed = [];
    let unchanged = 0;
    for (const [key, text] of after) {
        const old = before.get(key);
        if (old === undefined)
            continue;
        if (old === text)
            unchanged++;
        else
            changed.push({ object: key, diff: lineDiff(old, text) });
    }
    return { added, removed, changed, unchanged };
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/after-failure.ts

function decideAfterFailure(facts) {
    const { before, after, ours } = facts;
    if (facts.concurrent)
        return facts.rollbackOnFailure ? { action: 'concurrent', holder: after?.at(-1) } : { action: 'disabled' };
    if (after && after.at(-1)?.revision === before.at(-1)?.revision && ours === undefined)
        return { action: 'nothing-created' };
    if (!facts.rollbackOnFailure)
        return { action: 'disabled' };
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    const current = after ? (0,release_history/* lastGoodRevision */.Z)(after.filter((r) => r.revision !== ours)) : undefined;
    if (current && current.revision > (previous?.revision ?? 0))
        return { action: 'other-run', revision: current.revision };
    if (!previous)
        return { action: 'uninstall' };
    return { action: 'rollback', to: previous.revision };
}

// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/quantity.ts
const SUFFIX = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** A Kubernetes quantity ("500m", "1.5Gi", "2", "1e3") as a number of base units; undefined when unreadable. */
function parseQuantity(text) {
    if (typeof text === 'number')
        return text;
    if (!text)
        return undefined;
    const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (SUFFIX[match[2] ?? ''] ?? 1);
}
/** A quantity for a line: cpu in cores or millicores, memory in Mi/Gi, counts as they are. */
function formatQuantity(resource, value) {
    if (/cpu/.test(resource))
        return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(3)}`;
    if (/memory|storage/.test(resource)) {
        if (value >= 2 ** 30)
            return `${+(value / 2 ** 30).toFixed(2)}Gi`;
        return `${+(value / 2 ** 20).toFixed(1)}Mi`;
    }
    return String(+value.toFixed(3));
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity.ts


const RESOURCES = ['cpu', 'memory'];
/** A Deployment's maxSurge in pods (default 25%, rounded up, as the controller does). */
function surgePods(workload, replicas) {
    const strategy = workload.spec?.strategy;
    if (strategy?.type === 'Recreate')
        return 0;
    const surge = strategy?.rollingUpdate?.maxSurge ?? '25%';
    if (typeof surge === 'number')
        return surge;
    const percent = /^(\d+)%$/.exec(surge);
    return percent ? Math.ceil((replicas * Number(percent[1])) / 100) : Number(surge) || 0;
}
function containerResources(container, ranges) {
    const out = {};
    const limitDefaults = ranges
        .flatMap((r) => r.spec?.limits ?? [])
        .filter((l) => (l.type ?? 'Container') === 'Container');
    for (const resource of RESOURCES) {
        const limit = parseQuantity(container.resources?.limits?.[resource]) ??
            limitDefaults.map((l) => parseQuantity(l.default?.[resource])).find((v) => v !== undefined);
        const request = parseQuantity(container.resources?.requests?.[resource]) ??
            limitDefaults.map((l) => parseQuantity(l.defaultRequest?.[resource])).find((v) => v !== undefined) ??
            // With a limit and no request, Kubernetes requests the limit.
            limit;
        if (request !== undefined)
            out[`requests.${resource}`] = request;
        if (limit !== undefined)
            out[`limits.${resource}`] = limit;
    }
    return out;
}
/**
 * The release's demand: for each Deployment and StatefulSet of the rendered manifest, its pods
 * beyond what runs now (`live`: replicas of the same workload today; 0 for a new one or an idle colour).
 */
async function podDemand(manifest, live, ranges) {
    const demands = [];
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!['Deployment', 'StatefulSet'].includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        const key = `${obj.kind}/${obj.metadata.name}`;
        const replicas = obj.spec?.replicas ?? 1;
        const now = live.get(key) ?? 0;
        const surge = obj.kind === 'Deployment' && now > 0 ? surgePods(obj, replicas) : 0;
        const extraPods = Math.max(0, replicas - now) + surge;
        const containers = (obj.spec?.template?.spec?.containers ?? []).map((c) => ({
            name: c.name ?? '?',
            resources: containerResources(c, ranges),
        }));
        const perPod = {};
        for (const c of containers)
            for (const [k, v] of Object.entries(c.resources))
                perPod[k] = (perPod[k] ?? 0) + v;
        const why = now === 0
            ? `${replicas} new ${plural(replicas, 'pod')}`
            : `${surge} surge ${plural(surge, 'pod')}${replicas > now ? ` and ${replicas - now} more ${plural(replicas - now, 'replica')}` : ''}`;
        demands.push({ workload: key, extraPods, why, perPod, containers });
    }
    return demands;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
/** What the quota counts for one pod: requests.cpu also as "cpu", and the pod itself. */
function quotaKey(resource) {
    if (resource === 'cpu' || resource === 'memory')
        return `requests.${resource}`;
    if (resource === 'count/pods')
        return 'pods';
    return resource;
}
/**
 * Every reason the namespace would refuse the release's new pods: a ResourceQuota without room
 * for them (naming the shortfall), a quota that needs requests the pods lack, a LimitRange
 * maximum or minimum a container breaks. Empty when they fit.
 */
function capacityProblems(demands, quotas, ranges) {
    const problems = [];
    for (const range of ranges)
        for (const limit of range.spec?.limits ?? []) {
            if ((limit.type ?? 'Container') !== 'Container')
                continue;
            for (const d of demands)
                for (const c of d.containers)
                    for (const resource of RESOURCES) {
                        const max = parseQuantity(limit.max?.[resource]);
                        const min = parseQuantity(limit.min?.[resource]);
                        const lim = c.resources[`limits.${resource}`];
                        const req = c.resources[`requests.${resource}`];
                        if (max !== undefined && lim !== undefined && lim > max)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} limits.${resource} ${formatQuantity(resource, lim)} is over the maximum ${formatQuantity(resource, max)}`);
                        if (min !== undefined && req !== undefined && req < min)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} requests.${resource} ${formatQuantity(resource, req)} is under the minimum ${formatQuantity(resource, min)}`);
                    }
        }
    for (const quota of quotas) {
        const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
        const used = quota.status?.used ?? {};
        for (const [resource, hardText] of Object.entries(hard)) {
            const key = quotaKey(resource);
            if (key !== 'pods' && !/^(requests|limits)\.(cpu|memory)$/.test(key))
                continue;
            const limit = parseQuantity(hardText) ?? 0;
            const left = limit - (parseQuantity(used[resource]) ?? 0);
            let needed = 0;
            const parts = [];
            for (const d of demands) {
                if (!d.extraPods)
                    continue;
                const perPod = key === 'pods' ? 1 : d.perPod[key];
                if (perPod === undefined) {
                    problems.push(`ResourceQuota ${quota.metadata?.name} limits ${resource}, and ${d.workload}'s pods set no ${key}: the API server would refuse them`);
                    continue;
                }
                needed += perPod * d.extraPods;
                parts.push(`${d.workload}: ${d.why}`);
            }
            if (needed > left + 1e-9)
                problems.push(`ResourceQuota ${quota.metadata?.name}: ${resource} needs ${formatQuantity(resource, needed)} for ${parts.join(', ')}, but only ${formatQuantity(resource, Math.max(0, left))} of ${formatQuantity(resource, limit)} is left (short by ${formatQuantity(resource, needed - Math.max(0, left))})`);
        }
    }
    return [...new Set(problems)];
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity-check.ts



async function listIn(kube, namespace, resource) {
    try {
        return ((await kube.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`)).items ?? []);
    }
    catch (error) {
        // Not allowed to read them: the API server still decides at admission, and the judge names it.
        if (error instanceof kube_client/* KubeApiError */.W && [403, 404].includes(error.status))
            return [];
        throw error;
    }
}
/**
 * Before anything changes: the namespace's ResourceQuotas and LimitRanges admit the release's new
 * pods (requests and limits × replicas, plus a rolling update's surge, or a whole second colour).
 * Renders the chart (`render`) only when the namespace has either; throws one line naming the shortfall.
 */
async function checkCapacity(request, ctx, render) {
    const [quotas, ranges] = await Promise.all([
        listIn(ctx.kube, request.namespace, 'resourcequotas'),
        listIn(ctx.kube, request.namespace, 'limitranges'),
    ]);
    if (!quotas.length && !ranges.length)
        return;
    const watcher = new rollout_watcher/* RolloutWatcher */.A({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
    });
    const [manifest, live] = await Promise.all([render(), watcher.snapshot()]);
    const demands = await podDemand(manifest, new Map(live.map((w) => [`${w.kind}/${w.name}`, w.desired])), ranges);
    const problems = capacityProblems(demands, quotas, ranges);
    const names = [...quotas, ...ranges].map((o) => o.metadata?.name).join(', ');
    if (problems.length)
        throw new errors/* ConfigError */.xL(`Pre-flight capacity: namespace ${request.namespace} cannot admit the new pods of ${request.release}: ${problems.join('; ')}`);
    ctx.logger.info(`Capacity: the new pods of ${request.release} fit ${names}`);
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/colour-workloads.ts


/**
 * Workload kinds that cannot run as two colours side by side, and why. A second StatefulSet
 * claims volumes of its own, so switching colours would switch the data served; a second
 * DaemonSet puts another pod on every node (and fights over host ports). Argo Rollouts and
 * Flagger's blue-green take Deployments only, for the same reasons.
 */
const WITHOUT_COLOURS = {
    StatefulSet: 'a second colour would claim volumes of its own, so the switch would change the data served',
    DaemonSet: 'both colours would run a pod on every node',
};
/** Why the rendered release cannot be delivered blue-green, or undefined when it can. */
async function workloadsWithoutColours(manifest) {
    const found = new Map();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!obj.kind || !Object.hasOwn(WITHOUT_COLOURS, obj.kind))
            continue;
        found.set(obj.kind, [...(found.get(obj.kind) ?? []), `${obj.kind}/${obj.metadata?.name ?? '?'}`]);
    }
    if (!found.size)
        return undefined;
    return [...found].map(([kind, names]) => `${names.join(', ')} (${WITHOUT_COLOURS[kind]})`).join(' and ');
}
/** Refuses, before the colour release is touched, a chart whose workloads cannot have two colours. */
async function refuseWorkloadsWithoutColours(release, manifest) {
    const why = await workloadsWithoutColours(manifest);
    if (why)
        throw new errors/* ConfigError */.xL(`Input 'strategy': blue-green cannot deliver release ${release}: it renders ${why}; use strategy rolling`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/release-content.ts
var release_content = __webpack_require__(5273);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/rollback-target.ts


/**
 * mode: rollback's target. Named: that revision. Else the newest good revision whose content
 * (chart, images, values) differs from what is live: after an automatic rollback the revision
 * before the live one runs the very same release, and going "back" to it would change nothing.
 */
async function chooseRollbackTarget(helm, release, history, named) {
    const current = history.at(-1);
    if (!current)
        throw new Error(`Release ${release} has no revisions: nothing to roll back`);
    const live = await (0,release_content/* readContent */.c_)(helm, release, current);
    if (named !== undefined) {
        const target = history.find((r) => r.revision === named);
        if (!target) {
            const have = history.map((r) => `${r.revision} (${r.status})`).join(', ');
            throw new errors/* ConfigError */.xL(`Input 'revision': release ${release} has no revision ${named} (have: ${have})`);
        }
        return { target, live, content: await (0,release_content/* readContent */.c_)(helm, release, target) };
    }
    for (const candidate of (0,release_content/* rollbackCandidates */.DY)(history, current.revision)) {
        const content = await (0,release_content/* readContent */.c_)(helm, release, candidate);
        if (!(0,release_content/* sameContent */.Cm)(content, live))
            return { target: candidate, live, content };
    }
    const restored = (0,release_content/* restoredRevision */.s0)(current);
    throw new errors/* ConfigError */.xL(`Release ${release} is live at revision ${current.revision}${restored ? ` (restored from revision ${restored})` : ''} with ${(0,release_content/* describeContent */.Xb)(live)}: there is no earlier good release with other content to roll back to`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/preflight.ts + 2 modules
var preflight = __webpack_require__(6614);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/deploy-release.ts
















/** One entry for the three modes: deploy (upgrade --install), rollback, plan. */
async function runRelease(request, ctx) {
    const now = ctx.now ?? Date.now;
    const started = now();
    const report = {
        mode: request.mode,
        release: request.release,
        namespace: request.namespace,
        chart: request.chart,
        image: request.image ? imageText(request.image) : undefined,
        status: 'failed',
        revision: undefined,
        previousRevision: undefined,
        failedRevision: undefined,
        rolledBack: false,
        recovery: undefined,
        workloads: [],
        durationMs: 0,
        failure: undefined,
        manifestPath: undefined,
        blueGreen: undefined,
        plan: undefined,
    };
    try {
        const checked = await (0,preflight/* preflight */.Mz)(request, ctx);
        report.recovery = checked.recovery;
        // The blue-green code (and smoke under it) loads only for strategy blue-green.
        const blueGreen = request.strategy === 'blue-green' ? await __webpack_require__.e(/* import() */ 113).then(__webpack_require__.bind(__webpack_require__, 113)) : undefined;
        if (request.mode === 'plan')
            await plan(blueGreen ? { ...request, release: await blueGreen.idleRelease(request, ctx) } : request, ctx, report);
        else if (request.mode === 'rollback')
            await (blueGreen ? blueGreen.blueGreenRollback(request, ctx, report) : rollbackMode(request, ctx, report));
        else
            await (blueGreen
                ? blueGreen.blueGreenDeploy(request, ctx, report, deploy)
                : deploy(request, ctx, report, checked.history));
    }
    finally {
        report.durationMs = now() - started;
    }
    return report;
}
function imageText(image) {
    return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
function watcher(request, ctx) {
    return new rollout_watcher/* RolloutWatcher */.A({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
        intervalMs: ctx.watchIntervalMs,
        failFastMs: request.failFastMs,
        now: ctx.now,
    });
}
/** The upgrade `request` asks for: its values files, then one of the `set` and image overrides (written in `ctx.workDir`). */
async function upgradeRequest(request, ctx) {
    // yaml (about 50 ms to load bundled, measured) only when values are written for helm.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const overrides = (0,image_values/* mergeValues */.D3)(request.set, request.image ? (0,image_values/* imageValues */.cn)(request.image, request.imageValues) : {});
    const valuesFiles = [...request.valuesFiles];
    if (Object.keys(overrides).length) {
        const file = (0,external_node_path_.join)(ctx.workDir, 'overrides.values.yaml');
        (0,external_node_fs_.writeFileSync)(file, stringify(overrides), { mode: 0o600 });
        valuesFiles.push(file);
    }
    return {
        release: request.release,
        chart: (0,preflight/* requireChart */._q)(request),
        chartVersion: request.chartVersion,
        valuesFiles,
        timeoutMs: request.timeoutMs,
        historyMax: request.historyMax,
        wait: true,
    };
}
/** Saves the release's manifest (`manifest` when helm printed it already, else `helm get manifest`). */
async function writeManifest(helm, request, ctx, manifest) {
    try {
        const path = (0,external_node_path_.join)(ctx.workDir, `${request.release}.manifest.yaml`);
        await (0,promises_.writeFile)(path, manifest ?? (await helm.manifest(request.release)), { mode: 0o600 });
        return path;
    }
    catch (error) {
        ctx.logger.warning(`Could not save the release manifest: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** `known`: the release's history when pre-flight has just read it. */
async function deploy(request, ctx, report, known) {
    const { helm, logger } = ctx;
    const now = ctx.now ?? Date.now;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    const upgrade = await upgradeRequest(request, ctx);
    const before = known ?? (await releases.history(request.release));
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    report.previousRevision = previous?.revision;
    // One render serves both pre-flight reads; blue-green always needs it, capacity only under a quota.
    let rendered;
    const render = () => (rendered ??= helm.renderUpgrade(upgrade));
    const colourCheck = request.strategy === 'blue-green'
        ? render().then((manifest) => refuseWorkloadsWithoutColours(request.release, manifest))
        : undefined;
    await Promise.all([colourCheck, checkCapacity(request, ctx, render)]);
    const watch = watcher(request, ctx);
    const started = now();
    // helm's --wait is a first gate only: the judge fails the rollout as soon as it can tell, and
    // then stops helm's wait (helm marks the revision failed) instead of waiting out the timeout.
    const stopHelm = new AbortController();
    let judged;
    const outcome = await logger.group(`helm upgrade --install ${request.release} (helm v${helm.target.major})`, () => watch
        .watchWhile(helm.upgrade(upgrade, stopHelm.signal), (verdict) => {
        judged = verdict.reason;
        logger.warning(`Not healthy, stopping helm's wait: ${verdict.reason}`);
        stopHelm.abort();
    })
        .then((release) => release, (error) => ({ error })));
    let ours;
    if (!('error' in outcome)) {
        ours = outcome.revision;
        const verdict = await logger.group(`Judging the rollout of ${request.release} revision ${ours}`, () => watch
            .judge({ timeoutMs: Math.max(1000, request.timeoutMs - (now() - started)), signal: ctx.signal })
            .catch((error) => ({ state: 'failed', reason: `cancelled: ${(0,errors/* errorMessage */.gJ)(error)}` })));
        report.workloads = watch.last;
        logger.info(`Rollout watch: ${watch.load()}`);
        if (verdict.state === 'healthy') {
            report.status = 'deployed';
            report.revision = outcome.revision;
            report.manifestPath = await writeManifest(helm, request, ctx, outcome.manifest);
            logDeployed(logger, request.release, outcome);
            return;
        }
        judged = verdict.reason;
    }
    report.workloads = watch.last;
    if ('error' in outcome)
        logger.info(`Rollout watch: ${watch.load()}`);
    const error = 'error' in outcome ? outcome.error : undefined;
    const after = await releases.history(request.release).catch(() => undefined);
    const latest = after?.at(-1);
    const decision = decideAfterFailure({
        before,
        after,
        ours,
        concurrent: error !== undefined && judged === undefined && isConcurrentOperation(error),
        rollbackOnFailure: request.rollbackOnFailure,
    });
    report.failedRevision =
        decision.action !== 'nothing-created' && latest && latest.revision !== previous?.revision
            ? latest.revision
            : undefined;
    const outage = watch.outage();
    if (decision.action === 'nothing-created' && !ctx.signal?.aborted) {
        // helm refused before writing anything: its reason, alone.
        report.revision = before.at(-1)?.revision;
        const refused = judged ? `not healthy: ${judged}` : (0,errors/* errorMessage */.gJ)(error);
        report.failure = { reason: refused, details: [], rollback: undefined };
        logger.info(`helm created nothing for ${request.release}: ${refused}`);
        return;
    }
    const details = await watch.explain();
    const pods = watch.verdict.state === 'pending' && watch.failedReads === 0 ? watch.verdict.reason : undefined;
    // An outage of the API during the watch is said either way: it may be why the rollout failed.
    const reason = judged
        ? `not healthy: ${judged}${outage ? ` (${outage})` : ''}`
        : `${(0,errors/* errorMessage */.gJ)(error)}${pods ? ` (${pods})` : ''}${outage ? ` (${outage})` : ''}`;
    report.failure = { reason, details, rollback: undefined };
    logger.info(`Upgrade of ${request.release} failed: ${reason}`);
    for (const line of details)
        logger.info(`  ${line}`);
    if (ctx.signal?.aborted) {
        report.failure.rollback = await recoverAfterCancel(request, ctx);
        return;
    }
    if (decision.action === 'disabled') {
        report.revision = latest?.revision;
        report.failure.rollback = 'not rolled back (rollback-on-failure: false)';
        return;
    }
    // helm refused to start because another run holds the release (two workflows, no concurrency
    // group): this run applied nothing, and a rollback would undo that run's deploy in flight.
    if (decision.action === 'concurrent') {
        const holder = decision.holder;
        const held = holder ? ` (revision ${holder.revision}, ${holder.status})` : '';
        const doing = !holder || holder.status.startsWith('pending-') ? 'is deploying' : 'deployed';
        report.failedRevision = undefined;
        report.revision = (0,release_history/* lastGoodRevision */.Z)(after ?? [])?.revision;
        report.failure.rollback = `not rolled back: another run ${doing} ${request.release} at the same time${held}, and this run changed nothing`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    // Another run deployed the release while this one was upgrading: rolling back to the revision
    // seen at the start, or uninstalling a "first" install, would silently undo that run's good
    // deploy. Leave it serving and say so.
    if (decision.action === 'other-run') {
        report.revision = decision.revision;
        report.failure.rollback = `not rolled back: revision ${decision.revision} was deployed meanwhile by another run and serves`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    if (decision.action === 'uninstall') {
        const removed = await logger
            .group(`Removing the failed first install of ${request.release}`, () => helm.uninstall(request.release, { wait: true, timeoutMs: request.timeoutMs }))
            .then(() => undefined, (failed) => failed);
        if (removed !== undefined) {
            report.failure.rollback = `removing the failed first install failed: ${(0,errors/* errorMessage */.gJ)(removed)}`;
            return;
        }
        report.rolledBack = true;
        report.status = 'rolled-back';
        report.failure.rollback = 'uninstalled the failed first install';
        return;
    }
    if (decision.action !== 'rollback')
        return;
    const target = decision.to;
    const back = watcher(request, ctx);
    const restored = await logger.group(`Rolling ${request.release} back to revision ${target}`, () => rollbackJudged(helm, back, request, target, ctx.signal));
    report.workloads = back.last;
    if (restored !== undefined) {
        // Keep why the upgrade failed; say what became of the rollback and where the release is now.
        const backOutage = back.outage();
        report.revision = (await releases.history(request.release).catch(() => [])).at(-1)?.revision;
        report.failure.rollback = `rollback to revision ${target} failed: ${restored}${backOutage ? ` (${backOutage})` : ''}`;
        logger.info(`Rolling ${request.release} back to revision ${target} failed: ${restored}`);
        return;
    }
    report.rolledBack = true;
    report.status = 'rolled-back';
    const [history, manifestPath] = await Promise.all([
        releases.history(request.release),
        writeManifest(helm, request, ctx),
    ]);
    report.revision = history[history.length - 1]?.revision;
    report.failure.rollback = `rolled back to revision ${target} (now revision ${report.revision}), healthy`;
    report.manifestPath = manifestPath;
    logger.info(`Rolled back ${request.release}: revision ${target} serves again as revision ${report.revision}`);
}
/** `helm rollback --wait`, then the judge; undefined when healthy, else why not. */
async function rollbackJudged(helm, watch, request, revision, signal) {
    const started = Date.now();
    const failed = await watch
        .watchWhile(helm.rollback(request.release, revision, { wait: true, timeoutMs: request.timeoutMs }))
        .then(() => undefined, (error) => (0,errors/* errorMessage */.gJ)(error));
    if (failed !== undefined)
        return failed;
    const verdict = await watch.judge({
        timeoutMs: Math.max(1000, request.timeoutMs - (Date.now() - started)),
        signal,
    });
    return verdict.state === 'healthy' ? undefined : `not healthy: ${verdict.reason}`;
}
/**
 * helm's refusals to start an upgrade, before it writes or applies anything: the release is
 * pending another operation, or the revision it would create was just created by another run.
 */
function isConcurrentOperation(error) {
    return /another operation \(install\/upgrade\/rollback\) is in progress|release: already exists/.test((0,errors/* errorMessage */.gJ)(error));
}
/** helm's own report of the upgrade, in a line, then the chart's notes (what helm's table output shows). */
function logDeployed(logger, release, record) {
    logger.info(`Deployed ${release} revision ${record.revision} (${record.status}: ${record.description})`);
    const notes = record.notes.trim();
    if (notes)
        for (const line of ['NOTES:', ...notes.split('\n')])
            logger.info(line);
}
/**
 * A cancelled helm leaves the release pending, or, when it had time to handle the signal, marks
 * its revision failed while the workloads keep the new spec. Either way put the last good
 * revision back, without the cancelled signal; never over a revision another run deployed.
 */
async function recoverAfterCancel(request, ctx) {
    const helm = new helm_cli/* HelmCli */.jL(ctx.helm.ready(), ctx.logger);
    try {
        // The history through this signal-free helm: the session's API client carries the cancelled signal.
        const recovery = await (0,recover_release/* recoverStuckRelease */.c)(helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger: ctx.logger,
        });
        if (recovery.action !== 'none')
            return `cancelled; ${recovery.action}`;
        const { state } = recovery;
        const good = state.kind === 'ready' ? state.lastDeployed : undefined;
        if (state.kind === 'ready' && good && state.current.status === 'failed' && state.current.revision > good.revision) {
            ctx.logger.warning(`Release ${request.release} revision ${state.current.revision} failed when cancelled: rolling back to revision ${good.revision}`);
            await helm.rollback(request.release, good.revision, { wait: true, timeoutMs: request.timeoutMs });
            return `cancelled; rolled back from revision ${state.current.revision} to ${good.revision}`;
        }
        return 'cancelled; release not left pending';
    }
    catch (error) {
        return `cancelled; recovery failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
}
async function rollbackMode(request, ctx, report) {
    const { helm, logger } = ctx;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    // helm's own history: it carries the chart and "Rollback to N" that content needs.
    const history = await helm.history(request.release);
    const current = history[history.length - 1];
    if (!current)
        throw new Error(`Release ${request.release} has no revisions in ${request.namespace}: nothing to roll back`);
    report.previousRevision = current.revision;
    const { target, live, content } = await chooseRollbackTarget(helm, request.release, history, request.revision);
    report.content = { from: live, to: content };
    logger.info(`Live: revision ${current.revision}, ${(0,release_content/* describeContent */.Xb)(live)}; rolling back to revision ${target.revision}, ${(0,release_content/* describeContent */.Xb)(content)}`);
    report.restoredRevision = target.revision;
    const watch = watcher(request, ctx);
    const outcome = await logger.group(`Rolling ${request.release} back from revision ${current.revision} to ${target.revision}`, () => rollbackJudged(helm, watch, request, target.revision, ctx.signal));
    report.workloads = watch.last;
    // The manifest is saved while the history is read; a failed rollback does not use it.
    const manifestPath = outcome === undefined ? writeManifest(helm, request, ctx) : Promise.resolve(undefined);
    const after = await releases.history(request.release).catch(() => []);
    report.revision = after[after.length - 1]?.revision;
    if (outcome !== undefined) {
        const details = await watch.explain();
        report.failure = {
            reason: outcome,
            details,
            rollback: `rollback to revision ${target.revision} failed`,
        };
        return;
    }
    report.status = 'rolled-back';
    report.rolledBack = true;
    report.failure = undefined;
    report.manifestPath = await manifestPath;
    logger.info(`Rolled back ${request.release} from revision ${current.revision} to ${target.revision} (now revision ${report.revision})`);
}
async function plan(request, ctx, report) {
    const { helm } = ctx;
    const history = await (0,preflight/* releasesOf */.w0)(ctx).history(request.release);
    const current = history[history.length - 1];
    report.previousRevision = current?.revision;
    report.revision = current?.revision;
    const live = current ? await helm.manifest(request.release) : '';
    const next = await helm.renderUpgrade(await upgradeRequest(request, ctx));
    report.plan = await planChanges(live, next, request.namespace);
    report.status = 'planned';
    const { added, removed, changed, unchanged } = report.plan;
    ctx.logger.info(`Plan for ${request.release}: ${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
}


/***/ }),

/***/ 6614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ preflight),
  w0: () => (/* binding */ releasesOf),
  _q: () => (/* binding */ requireChart)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/map-concurrent.ts
var map_concurrent = __webpack_require__(9462);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/cluster-checks.ts


/** GET /version: the API server answers, and with which version. */
async function checkReachable(client) {
    const version = await client.get('/version');
    return version.gitVersion ?? 'unknown';
}
/**
 * Whether the namespace exists, changing nothing. A user who may not read Namespace objects (a
 * namespaced deployer) is trusted that it exists: the permission check says the rest.
 */
async function lookupNamespace(client, namespace, logger) {
    try {
        return (await client.find(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) ? 'present' : 'absent';
    }
    catch (error) {
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 403) {
            logger.info(`Cannot read namespace ${namespace} (forbidden to this user): assuming it exists`);
            return 'assumed';
        }
        throw error;
    }
}
/** The namespace exists, or is created when allowed; `found` is a lookup already made. */
async function ensureNamespace(client, namespace, options) {
    const found = options.found ?? (await lookupNamespace(client, namespace, options.logger));
    if (found !== 'absent')
        return found;
    if (!options.create)
        throw new errors/* ConfigError */.xL(`Namespace "${namespace}" does not exist; create it or set 'create-namespace: true'`);
    try {
        await client.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    catch (error) {
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 409)
            return 'present';
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 403)
            throw new errors/* ConfigError */.xL(`Namespace "${namespace}" does not exist and this user may not create namespaces: ${error.message}`);
        throw error;
    }
    options.logger.info(`Created namespace ${namespace}`);
    return 'created';
}
/** What a helm release with rollout watching needs in its namespace. */
const DEPLOY_PERMISSIONS = [
    ...['get', 'list', 'create', 'update', 'delete'].map((verb) => ({
        verb,
        resource: 'secrets',
        why: 'helm keeps release history in Secrets',
    })),
    ...['get', 'list', 'create', 'patch'].map((verb) => ({
        verb,
        resource: 'deployments',
        group: 'apps',
        why: 'to deploy the workloads',
    })),
    { verb: 'list', resource: 'statefulsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'daemonsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'pods', why: 'to explain a failed rollout' },
    { verb: 'list', resource: 'events', why: 'to explain a failed rollout' },
];
/** Whether RBAC rules grant a permission on every object of its kind (a rule naming objects does not). */
function rulesGrant(rules, p) {
    const has = (list, value) => !!list && (list.includes('*') || list.includes(value));
    return rules.some((r) => !r.resourceNames?.length &&
        has(r.verbs, p.verb) &&
        has(r.apiGroups, p.group ?? '') &&
        has(r.resources, p.resource));
}
/**
 * Whether this user may do each thing; fails naming the first permission missing. One
 * SelfSubjectRulesReview answers for most users at once; what its rules do not grant (they may be
 * incomplete: the Node authorizer and webhooks cannot list theirs) is asked one by one with
 * SelfSubjectAccessReviews. Both reviews are allowed to every authenticated user.
 */
async function checkPermissions(client, namespace, permissions = DEPLOY_PERMISSIONS) {
    const rules = await client
        .create('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: { namespace },
    })
        .then((review) => review.status?.resourceRules ?? [], (error) => {
        // Refused or not served: the access reviews below decide alone.
        if (error instanceof kube_client/* KubeApiError */.W)
            return [];
        throw error;
    });
    const unsure = permissions.filter((p) => !rulesGrant(rules, p));
    const answers = await (0,map_concurrent/* mapConcurrent */._)(unsure, unsure.length, async (p) => {
        const review = await client.create('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: { namespace, verb: p.verb, resource: p.resource, group: p.group ?? '' } },
        });
        return { p, allowed: review.status?.allowed === true };
    });
    const missing = answers.filter((a) => !a.allowed).map((a) => a.p);
    if (!missing.length)
        return;
    const first = missing[0];
    const what = (p) => `${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}`;
    throw new errors/* ConfigError */.xL(`The kubeconfig's user may not ${what(first)} in namespace "${namespace}" (${first.why})${missing.length > 1 ? `; also missing: ${missing.slice(1).map(what).join(', ')}` : ''}`);
}

// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
// EXTERNAL MODULE: ./packages/image/src/registry-errors.ts
var registry_errors = __webpack_require__(9044);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/image-exists.ts



/** registry host and repository path of a reference (Docker Hub for a bare name). */
function registryOf(repository) {
    const first = repository.split('/')[0];
    if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { host: first, path: repository.slice(first.length + 1) };
    }
    return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}
/**
 * HEADs the image's manifest in its registry through the one OCI registry client (its anonymous
 * token flow when the registry asks, plain HTTP for a loopback registry as docker does, the
 * runner's proxy). A 404 fails: deploying it could never become ready. A registry that wants
 * credentials we do not have is reported as unverified, not as missing.
 */
async function checkImageExists(image, options) {
    const { host, path } = registryOf(image.repository);
    const reference = image.digest ?? image.tag ?? 'latest';
    const shown = (0,image_values/* pinnedImageRef */.n1)(image);
    const client = new registry_client/* RegistryClient */.b(host, { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 });
    let found;
    try {
        found = await client.headManifest(path, reference);
    }
    catch (error) {
        const status = (0,registry_errors/* statusOf */.c2)(error);
        if (status === 401 || status === 403)
            options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${status})`);
        else
            options.logger.warning(`Cannot verify that ${shown} exists: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return 'unverified';
    }
    if (!found)
        throw new errors/* ConfigError */.xL(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
    options.logger.info(`Image ${shown} exists in ${host}`);
    return 'found';
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/preflight.ts




function releasesOf(ctx) {
    return ctx.releases ?? ctx.helm;
}
/**
 * Before anything changes: the API server answers, the namespace is there (or created), the
 * user may do what a release needs, the image exists, and the release is not stuck. The reads
 * are independent and run at once (with helm's resolution, when the session left it running);
 * their failures are reported in that order, helm's first, and nothing is created or recovered
 * unless every one of them passed.
 */
async function preflight(request, ctx) {
    const { kube, logger } = ctx;
    return logger.group('Pre-flight checks', async () => {
        const readOnly = request.mode === 'plan';
        // Blue-green recovers the colour release it is about to deploy, once it knows which.
        const readHistory = !readOnly && request.strategy !== 'blue-green';
        const [helm, reachable, permitted, image, namespace, history] = await Promise.allSettled([
            ctx.helm.ready(),
            checkReachable(kube),
            checkPermissions(kube, request.namespace),
            request.image && request.checkImage && request.mode === 'deploy'
                ? checkImageExists(request.image, { logger, signal: ctx.signal })
                : undefined,
            lookupNamespace(kube, request.namespace, logger),
            readHistory ? releasesOf(ctx).history(request.release) : undefined,
        ]);
        if (helm.status === 'rejected')
            throw helm.reason;
        if (reachable.status === 'rejected') {
            const error = reachable.reason;
            if (error instanceof errors/* TransientError */.N_)
                throw new errors/* TransientError */.N_(`Pre-flight: ${error.message}. Is the cluster up and the kubeconfig's server right?`);
            throw error;
        }
        logger.info(`Kubernetes API ${kube.access.server} answers (${reachable.value})`);
        const found = settledValue(permitted, image, namespace, history);
        logger.info(`The kubeconfig's user may manage releases in ${request.namespace}`);
        const ns = await ensureNamespace(kube, request.namespace, {
            create: request.createNamespace && !readOnly,
            logger,
            found: found.namespace,
        });
        logger.info(`Namespace ${request.namespace}: ${ns}`);
        if (!readHistory)
            return { recovery: undefined, history: undefined };
        const recovery = await (0,recover_release/* recoverStuckRelease */.c)(ctx.helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger,
            history: found.history,
        });
        if (recovery.action === 'none') {
            logger.info(`Release ${request.release}: ${describeState(recovery)}`);
            return { recovery, history: found.history };
        }
        return { recovery, history: await releasesOf(ctx).history(request.release) };
    });
}
/** The first failure in pre-flight order, else the values. */
function settledValue(permitted, image, namespace, history) {
    for (const result of [permitted, image, namespace, history])
        if (result.status === 'rejected')
            throw result.reason;
    return {
        namespace: namespace.value,
        history: history.value,
    };
}
function describeState(recovery) {
    const state = recovery.state;
    if (state.kind === 'absent')
        return 'not installed yet';
    if (state.kind === 'ready')
        return `at revision ${state.current.revision} (${state.current.status})`;
    return state.kind;
}
function requireChart(request) {
    if (!request.chart)
        throw new errors/* ConfigError */.xL(`Input 'chart': expected a chart path, repository/name or oci:// reference`);
    return request.chart;
}


/***/ }),

/***/ 5273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   DY: () => (/* binding */ rollbackCandidates),
/* harmony export */   Xb: () => (/* binding */ describeContent),
/* harmony export */   Ym: () => (/* binding */ podImages),
/* harmony export */   c_: () => (/* binding */ readContent),
/* harmony export */   s0: () => (/* binding */ restoredRevision)
/* harmony export */ });
/* unused harmony export imagesInManifest */
/* harmony import */ var _manifest_documents__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);

const ROLES = [
    ['initContainers', 'init container'],
    ['containers', 'container'],
    ['ephemeralContainers', 'ephemeral container'],
];
/**
 * Every image of every pod-bearing object (a Pod, anything with a pod template, a CronJob's job
 * template): init, ordinary and ephemeral containers, in manifest order.
 */
async function podImages(manifest) {
    const found = [];
    for (const obj of await (0,_manifest_documents__WEBPACK_IMPORTED_MODULE_0__/* .manifestDocuments */ .E)(manifest)) {
        const specs = [obj.spec, obj.spec?.template?.spec, obj.spec?.jobTemplate?.spec?.template?.spec];
        const owner = `${obj.kind ?? 'object'}/${obj.metadata?.name ?? ''}`;
        for (const spec of specs)
            for (const [field, role] of ROLES)
                for (const c of spec?.[field] ?? [])
                    if (c.image)
                        found.push({ image: c.image, usedBy: `${role} "${c.name ?? ''}" of ${owner}` });
    }
    return found;
}
/** Every container image of a rendered manifest, sorted, once each. */
async function imagesInManifest(manifest) {
    return [...new Set((await podImages(manifest)).map((p) => p.image))].sort();
}
async function readContent(helm, release, revision) {
    const [manifest, values] = await Promise.all([
        helm.manifest(release, revision.revision),
        helm.values(release, revision.revision),
    ]);
    return { chart: revision.chart, images: await imagesInManifest(manifest), values };
}
function sameContent(a, b) {
    return a.chart === b.chart && a.values === b.values && a.images.join(',') === b.images.join(',');
}
/** "Rollback to 2": the revision a rollback revision restored. */
function restoredRevision(revision) {
    const match = /^Rollback to (\d+)/.exec(revision.description);
    return match ? Number(match[1]) : undefined;
}
/**
 * The revisions a rollback may go back to, newest first: deployed once, and not rolled back away
 * from (a revision followed by "Rollback to …" was judged bad, even when helm called it deployed).
 */
function rollbackCandidates(history, live) {
    const rolledAwayFrom = new Set(history.flatMap((r, i) => (restoredRevision(r) !== undefined && i > 0 ? [history[i - 1]?.revision] : [])));
    return history
        .filter((r) => r.revision < live && ['deployed', 'superseded'].includes(r.status))
        .filter((r) => !rolledAwayFrom.has(r.revision))
        .reverse();
}
/** "web-6.9.1, image shop:6.9.1": what a revision runs, for a line. */
function describeContent(content) {
    const images = content.images.length ? content.images.join(', ') : 'no images';
    return `chart ${content.chart || 'unknown'}, ${content.images.length > 1 ? 'images' : 'image'} ${images}`;
}


/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ manifestDocuments)
/* harmony export */ });
/** The objects of a rendered manifest (`helm template`, `helm get manifest`), empty documents skipped. */
async function manifestDocuments(manifest) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (obj && typeof obj === 'object')
            objects.push(obj);
    }
    return objects;
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ recoverStuckRelease)
/* harmony export */ });
/* harmony import */ var _release_history__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8010);

/**
 * A release left pending-install/upgrade/rollback by a killed run blocks every later operation
 * ("another operation is in progress"). Roll it back to its last deployed revision, or remove
 * a first install that never succeeded; say in the log what was done.
 */
async function recoverStuckRelease(helm, release, options) {
    const history = options.history ?? (await (options.releases ?? helm).history(release));
    const state = (0,_release_history__WEBPACK_IMPORTED_MODULE_0__/* .classifyRelease */ .s$)(history);
    const { logger } = options;
    if (state.kind === 'stuck') {
        const { current, lastDeployed } = state;
        logger.warning(`Release ${release} is stuck at revision ${current.revision} (${current.status}), probably left by a killed run: rolling back to revision ${lastDeployed.revision}`);
        await helm.rollback(release, lastDeployed.revision, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: rolled back from revision ${current.revision} to ${lastDeployed.revision}`);
        return { action: 'rolled-back', from: current.revision, fromStatus: current.status, to: lastDeployed.revision };
    }
    if (state.kind === 'never-deployed') {
        const { current } = state;
        logger.warning(`Release ${release} was never deployed successfully (revision ${current.revision} is ${current.status}): uninstalling it before installing again`);
        await helm.uninstall(release, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: uninstalled the ${current.status} first install`);
        return { action: 'uninstalled', revision: current.revision, status: current.status };
    }
    return { action: 'none', state };
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Maps items through `fn` with at most `limit` calls in flight, keeping the input order in
 * the result. A rejection stops new work from starting and is rethrown.
 */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    async function worker() {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ ObjectClient),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* unused harmony exports resourceOf, objectPath */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8208);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2589);


const IRREGULAR_PLURALS = {
    ingress: 'ingresses',
    ingressclass: 'ingressclasses',
    networkpolicy: 'networkpolicies',
    endpoints: 'endpoints',
    gatewayclass: 'gatewayclasses',
};
/** Kinds read here that live outside namespaces. */
const CLUSTER_SCOPED = new Set(['gatewayclass', 'ingressclass', 'namespace', 'node']);
/** The lower-case plural resource name of a kind: ConfigMap → configmaps, Ingress → ingresses. */
function resourceOf(kind) {
    const lower = kind.toLowerCase();
    return ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .e)(IRREGULAR_PLURALS, lower) ??
        // A consonant before the y: policies; a vowel: gateways.
        (lower.endsWith('s') ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`));
}
/** The API path of the collection (no name) or of one object. */
function objectPath(ref, subresource) {
    const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const scope = CLUSTER_SCOPED.has(ref.kind.toLowerCase()) ? '' : `/namespaces/${encodeURIComponent(ref.namespace)}`;
    const collection = `${base}${scope}/${resourceOf(ref.kind)}`;
    if (ref.name === undefined)
        return collection;
    return `${collection}/${encodeURIComponent(ref.name)}${subresource ? `/${subresource}` : ''}`;
}
/** True for the 409 the API server answers on a stale resourceVersion or an existing name. */
function isConflict(error) {
    return error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 409;
}
function isNotFound(error) {
    return error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 404;
}
/**
 * Generic get / create / replace / delete of any namespaced object. `replace` sends the object's
 * metadata.resourceVersion, so the API server refuses it (409) when someone changed the object
 * since it was read: an optimistic lock.
 */
class ObjectClient {
    client;
    constructor(client) {
        this.client = client;
    }
    /** undefined when the object does not exist. */
    async get(ref) {
        return this.client.find(objectPath(ref));
    }
    /** Every object of a kind in a namespace. */
    async list(ref) {
        return (await this.client.request({ path: objectPath(ref) })).items ?? [];
    }
    /** Creates the object; a 409 (already exists) is raised as a KubeApiError. */
    async create(ref, object) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        body.metadata = { ...object.metadata, name: ref.name, namespace: ref.namespace };
        return this.client.create(objectPath({ ...ref, name: undefined }), body);
    }
    /**
     * Replaces the object (PUT); guarded by metadata.resourceVersion when it is set. With `dryRun`
     * the API server validates, defaults and prunes it and answers what it would store, storing nothing.
     */
    async replace(ref, object, opts = {}) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        const path = opts.dryRun ? `${objectPath(ref)}?dryRun=All` : objectPath(ref);
        return this.client.request({ method: 'PUT', path, body });
    }
    /** Deletes the object (background propagation); false when it was already gone. */
    async delete(ref) {
        try {
            await this.client.request({ method: 'DELETE', path: `${objectPath(ref)}?propagationPolicy=Background` });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    /**
     * Read, change, replace; on a conflict read again and retry (up to `attempts`). `change`
     * returns the new object, or undefined to leave it as it is. Throws when the object is absent.
     */
    async update(ref, change, attempts = 5) {
        for (let attempt = 1;; attempt++) {
            const current = await this.get(ref);
            if (!current)
                throw new _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W(`${ref.kind} ${ref.namespace}/${ref.name} not found`, 404, 'NotFound');
            const next = change(structuredClone(current));
            if (!next)
                return current;
            try {
                return await this.replace(ref, next);
            }
            catch (error) {
                if (!isConflict(error) || attempt >= attempts)
                    throw error;
            }
        }
    }
}


/***/ }),

/***/ 7650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ RolloutWatcher)
});

// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var sleep = __webpack_require__(3439);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/pod-problem.ts
/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
function podProblem(pod) {
    const status = pod.status ?? {};
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True')
        return undefined;
    for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
        for (const [state, detail] of Object.entries(container.state ?? {})) {
            if (state === 'running' || !detail)
                continue;
            if (state === 'terminated' && detail.exitCode === 0)
                continue;
            const why = [detail.reason, detail.message].filter(Boolean).join(': ');
            if (why)
                return `container ${container.name ?? '?'} ${state}: ${why}${container.restartCount ? ` (restarts: ${container.restartCount})` : ''}`;
        }
        if (container.ready === false && container.state?.['running'])
            return `container ${container.name ?? '?'} running but not ready (readiness probe failing)`;
    }
    const unscheduled = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unscheduled)
        return `not scheduled: ${unscheduled.message ?? unscheduled.reason ?? ''}`;
    if (status.reason || status.message)
        return [status.phase, status.reason, status.message].filter(Boolean).join(': ');
    return `${status.phase ?? 'Unknown'}${ready?.reason ? `: ${ready.reason}` : ''}${ready?.message ? ` (${ready.message})` : ''}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/new-pods.ts


/** Waiting reasons after which a container will not come up by itself (the image, the config, the process). */
const TERMINAL_REASONS = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
/** Whether a not-ready pod is in a state that will not mend by waiting. */
function isTerminal(pod) {
    if (pod.status?.phase === 'Failed')
        return true;
    return (pod.status?.containerStatuses ?? [])
        .concat(pod.status?.initContainerStatuses ?? [])
        .some((c) => TERMINAL_REASONS.has(c.state?.['waiting']?.reason ?? ''));
}
function selectorOf(object, extra = {}) {
    return Object.entries({ ...(object.spec?.selector?.matchLabels ?? {}), ...extra })
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
async function listed(client, path) {
    try {
        return (await client.get(path)).items ?? [];
    }
    catch (error) {
        // A user who may not list these (RBAC) still gets the verdict from the counts.
        if (error instanceof kube_client/* KubeApiError */.W && (error.status === 403 || error.status === 404))
            return [];
        throw error;
    }
}
/**
 * The pods of a workload's latest revision, and why those not ready are not: a Deployment's new
 * ReplicaSet (and its FailedCreate), a StatefulSet's update revision, a DaemonSet's generation.
 */
async function newPodsOf(client, status, object) {
    if (status.kind === 'Job' || !object.spec?.selector?.matchLabels)
        return { count: 0, problems: [] };
    const ns = `/api/v1/namespaces/${encodeURIComponent(status.namespace)}`;
    let extra = {};
    let createFailure = status.replicaFailure;
    if (status.kind === 'Deployment') {
        const revision = object.metadata?.annotations?.['deployment.kubernetes.io/revision'];
        const sets = await listed(client, `/apis/apps/v1/namespaces/${encodeURIComponent(status.namespace)}/replicasets?labelSelector=${encodeURIComponent(selectorOf(object))}`);
        const current = sets.find((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision);
        const hash = current?.metadata?.labels?.['pod-template-hash'];
        if (!current || !hash)
            return { count: 0, problems: [], createFailure };
        extra = { 'pod-template-hash': hash };
        const failed = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
        if (failed)
            createFailure = [failed.reason, failed.message].filter(Boolean).join(': ');
    }
    else if (status.kind === 'StatefulSet' && object.status?.updateRevision) {
        extra = { 'controller-revision-hash': object.status.updateRevision };
    }
    else if (status.kind === 'DaemonSet' && object.metadata?.generation !== undefined) {
        extra = { 'pod-template-generation': String(object.metadata.generation) };
    }
    const pods = await listed(client, `${ns}/pods?labelSelector=${encodeURIComponent(selectorOf(object, extra))}`);
    const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
    const problems = live.flatMap((pod) => {
        const why = podProblem(pod);
        return why ? [{ pod: pod.metadata?.name ?? '?', why, terminal: isTerminal(pod) }] : [];
    });
    return { count: live.length, problems, ...(createFailure ? { createFailure } : {}) };
}
/**
 * A FailedCreate that mends by itself: in a namespace created moments ago the ServiceAccount
 * controller has not made `default` yet, and the ReplicaSet controller retries until it has.
 */
function createFailureMends(failure) {
    return /error looking up service account [^:]*\/default: serviceaccount "default" not found/.test(failure);
}
/** Every new pod failing in a way waiting will not mend, or no pod can be created at all. */
function allNewPodsFailing(found) {
    if (found.createFailure && !createFailureMends(found.createFailure) && found.problems.every((p) => p.terminal))
        return true;
    return found.count > 0 && found.problems.length === found.count && found.problems.every((p) => p.terminal);
}

// EXTERNAL MODULE: ./packages/kube/src/workload-status.ts
var workload_status = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/kube/src/rollout-watcher.ts




/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = workload_status/* WORKLOAD_KINDS */.i6.filter((kind) => kind !== 'Job');
/**
 * Watches every Deployment, StatefulSet and DaemonSet of a helm release through the
 * Kubernetes API, logging updated / ready / available per workload at a steady pace, and
 * explains a rollout that failed: the failing pods' reasons and the workloads' recent events.
 */
class RolloutWatcher {
    options;
    intervalMs;
    sleep;
    /** The last statuses read, for the summary. */
    last = [];
    /** Consecutive reads that failed (the API server went away mid-watch). */
    failedReads = 0;
    /** Every read, over the whole watch, that could not reach the API server, and the last such error. */
    unreachableReads = 0;
    lastUnreachable = '';
    /** Reads that answered, or failed, only after `stallMs`; the longest took `longestStallMs`. */
    stalledReads = 0;
    longestStallMs = 0;
    stallMs;
    now;
    /** The judge's word after the last read. */
    verdict = { state: 'pending', reason: 'not read yet' };
    /** GET requests sent to the API server (for the bench's requests per second). */
    requests = 0;
    firstRead;
    failFastMs;
    objects = new Map();
    /** Since when each workload's every new pod has looked terminal. */
    failingSince = new Map();
    said = new Set();
    /** Each workload's generation at the first read: while helm applies, only what it changed can fail fast. */
    baseline;
    /** Set once the operation is done (judge): then every workload's state is the release's. */
    judging = false;
    constructor(options) {
        this.options = options;
        this.intervalMs = options.intervalMs ?? 5000;
        this.sleep = options.sleep ?? ((ms, signal) => (0,sleep/* sleep */.y)(ms, signal));
        this.stallMs = options.stallMs ?? 5000;
        this.now = options.now ?? Date.now;
        this.failFastMs = options.failFastMs ?? 30_000;
    }
    /** The release's workloads and their rollout counts, read now. */
    async snapshot() {
        const { client, namespace, release } = this.options;
        const objects = new Map();
        const lists = await Promise.all(WATCHED_KINDS.map(async (kind) => {
            this.requests++;
            const listed = await client.request({
                path: (0,workload_status/* workloadPath */.jC)(kind, namespace),
                timeoutMs: this.options.readTimeoutMs ?? 20_000,
            });
            return (listed.items ?? [])
                .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
                .map((item) => {
                const status = (0,workload_status/* workloadStatus */.gk)(kind, { ...item, metadata: { namespace, ...item.metadata } });
                objects.set(`${kind}/${status.name}`, item);
                return status;
            });
        }));
        this.objects = objects;
        return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
    }
    /**
     * The judge, after the operation that changed the release: reads until every workload is
     * healthy, one failed, every new pod of one has looked terminal for `failFastMs`, or
     * `timeoutMs` ran out.
     */
    async judge(options) {
        this.judging = true;
        const deadline = this.now() + options.timeoutMs;
        const signal = options.signal ?? new AbortController().signal;
        for (;;) {
            await this.tick();
            const verdict = this.verdict;
            if (verdict.state !== 'pending')
                return verdict;
            if (this.now() >= deadline)
                return { state: 'failed', reason: `not healthy within ${seconds(options.timeoutMs)}: ${verdict.reason}` };
            await this.sleep(Math.min(this.intervalMs, Math.max(0, deadline - this.now())), signal);
            if (signal.aborted)
                throw signal.reason;
        }
    }
    /** The verdict on what was just read; reads the new pods of workloads not yet healthy, and names why. */
    async assess(statuses, at) {
        const pending = [];
        for (const s of statuses) {
            const key = `${s.kind}/${s.name}`;
            if (s.done)
                continue;
            const object = this.objects.get(key) ?? {};
            const generation = object.metadata?.generation ?? 0;
            // Pods of a spec helm has not replaced yet (a release left broken before) are not this rollout's.
            const changed = this.judging || this.baseline?.get(key) !== generation;
            this.requests += s.kind === 'Deployment' ? 2 : s.kind === 'Job' ? 0 : 1;
            const found = await newPodsOf(this.options.client, s, object);
            const why = describeWaiting(s, found);
            this.sayOnce(found);
            if (s.failure)
                return { state: 'failed', reason: why };
            const timer = `${key}@${generation}`;
            if (changed && allNewPodsFailing(found)) {
                const since = this.failingSince.get(timer) ?? at;
                this.failingSince.set(timer, since);
                if (at - since >= this.failFastMs)
                    return {
                        state: 'failed',
                        reason: `${why} (every new pod failing for ${seconds(at - since)})`,
                        fastMs: at - since,
                    };
            }
            else
                this.failingSince.delete(timer);
            pending.push(why);
        }
        return pending.length ? { state: 'pending', reason: pending.join('; ') } : { state: 'healthy' };
    }
    /** Names each pod problem once while the watch runs (the progress lines say the counts). */
    sayOnce(found) {
        const lines = found.problems.map((p) => `pod ${p.pod}: ${p.why}`);
        if (found.createFailure)
            lines.unshift(`cannot create pods: ${found.createFailure}`);
        for (const line of lines) {
            if (this.said.has(line))
                continue;
            this.said.add(line);
            this.options.logger.warning(line);
        }
    }
    /**
     * Logs progress every interval until `operation` settles; returns the operation's outcome.
     * The pause between reads is cancelled the moment the operation settles: a pending timer
     * would keep the process alive for up to one interval after helm is done. When the judge
     * fails the rollout meanwhile, `onFailed` is called once (the caller stops helm's wait).
     */
    async watchWhile(operation, onFailed) {
        const settled = new AbortController();
        const done = operation.then(() => settled.abort(), () => settled.abort());
        let told = false;
        while (!settled.signal.aborted) {
            await this.tick();
            if (settled.signal.aborted)
                break;
            if (onFailed && !told && this.verdict.state === 'failed') {
                told = true;
                onFailed(this.verdict);
            }
            await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
        }
        await this.tick();
        return operation;
    }
    /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
    async tick() {
        const started = this.now();
        this.firstRead ??= started;
        try {
            this.last = await this.snapshot();
            this.failedReads = 0;
            if (!this.last.length)
                this.options.logger.info(`No workloads of release ${this.options.release} yet`);
            for (const status of this.last)
                this.options.logger.info((0,workload_status/* formatStatus */.me)(status));
            this.baseline ??= new Map(this.last.map((w) => [
                `${w.kind}/${w.name}`,
                this.objects.get(`${w.kind}/${w.name}`)?.metadata?.generation ?? 0,
            ]));
            this.verdict = await this.assess(this.last, started);
        }
        catch (error) {
            this.verdict = { state: 'pending', reason: `cannot read the rollout: ${(0,errors/* errorMessage */.gJ)(error)}` };
            this.failedReads++;
            if (error instanceof errors/* TransientError */.N_) {
                this.unreachableReads++;
                this.lastUnreachable = (0,errors/* errorMessage */.gJ)(error);
            }
            this.options.logger.warning(`Cannot read the rollout (${this.failedReads}): ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        finally {
            const took = this.now() - started;
            if (took > this.stallMs) {
                this.stalledReads++;
                this.longestStallMs = Math.max(this.longestStallMs, took);
                this.options.logger.warning(`The Kubernetes API took ${seconds(took)} to answer a rollout read`);
            }
        }
    }
    /** "12 API reads in 30.0 s (0.4/s)": what the watch cost the API server. */
    load() {
        const ms = this.firstRead === undefined ? 0 : this.now() - this.firstRead;
        const rate = ms > 0 ? (this.requests * 1000) / ms : 0;
        return `${this.requests} API reads in ${seconds(ms)} (${rate.toFixed(1)}/s)`;
    }
    /**
     * Said when the API server could not be reached, or kept a read waiting (its etcd gone, say),
     * at some point of the watch, even if it came back.
     */
    outage() {
        const said = [];
        if (this.unreachableReads)
            said.push(`the Kubernetes API was unreachable during the watch (${reads(this.unreachableReads)} failed; last: ${this.lastUnreachable})`);
        if (this.stalledReads)
            said.push(`the Kubernetes API stalled during the watch (${reads(this.stalledReads)} waited over ${seconds(this.stallMs)}, the longest ${seconds(this.longestStallMs)}): the API server or its etcd was not answering`);
        return said.length ? said.join('; ') : undefined;
    }
    /** Why the given workloads are not healthy: pod reasons and recent events, one line each. */
    async explain(workloads = this.last.filter((s) => !s.done)) {
        const lines = [];
        for (const workload of workloads) {
            try {
                lines.push(...(await this.explainOne(workload)));
            }
            catch (error) {
                lines.push(`${workload.kind}/${workload.name}: could not read why (${(0,errors/* errorMessage */.gJ)(error)})`);
            }
        }
        return lines;
    }
    async explainOne(workload) {
        const { client } = this.options;
        const ns = encodeURIComponent(workload.namespace);
        const object = await client.get((0,workload_status/* workloadPath */.jC)(workload.kind, workload.namespace, workload.name));
        const lines = [];
        const status = this.last.find((s) => s.kind === workload.kind && s.name === workload.name);
        if (status?.failure)
            lines.push(`${workload.kind}/${workload.name}: ${status.failure}`);
        if (status?.replicaFailure)
            lines.push(`${workload.kind}/${workload.name}: ${status.replicaFailure}`);
        const labels = object.spec?.selector?.matchLabels ?? {};
        const selector = Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const pods = selector
            ? ((await client.get(`/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`)).items ?? [])
            : [];
        const failing = pods.map((pod) => [pod.metadata?.name ?? '?', podProblem(pod)]).filter(([, why]) => why);
        for (const [name, why] of failing.slice(0, 5))
            lines.push(`pod ${name}: ${why}`);
        if (failing.length > 5)
            lines.push(`… and ${failing.length - 5} more pods not ready`);
        const events = ((await client.get(`/api/v1/namespaces/${ns}/events`)).items ?? [])
            .filter((e) => {
            const name = e.involvedObject?.name ?? '';
            return name === workload.name || name.startsWith(`${workload.name}-`);
        })
            .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
        // Warnings say why; a few of the latest normal events give the sequence around them.
        const warnings = events.filter((e) => e.type === 'Warning').slice(-6);
        const normal = events.filter((e) => e.type !== 'Warning').slice(-3);
        for (const e of [...warnings, ...normal])
            lines.push(`event ${e.type ?? ''} ${e.reason ?? ''} on ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}: ${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`.replace(/\s+/g, ' '));
        return lines.map((l) => l.trim());
    }
}
/** "Deployment/web: 0 of 1 updated replicas are available; pod web-1: container app waiting: CrashLoopBackOff". */
function describeWaiting(s, found) {
    const said = [`${s.kind}/${s.name}: ${s.failure ?? s.waiting ?? 'not healthy'}`];
    if (found.createFailure)
        said.push(`cannot create pods: ${found.createFailure}`);
    const problems = [...found.problems].sort((a, b) => Number(b.terminal) - Number(a.terminal));
    for (const p of problems.slice(0, 2))
        said.push(`pod ${p.pod}: ${p.why}`);
    if (problems.length > 2)
        said.push(`${problems.length - 2} more pods not ready`);
    return said.join('; ');
}
function reads(n) {
    return n === 1 ? '1 read' : `${n} reads`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function eventTime(e) {
    return e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
}


/***/ }),

/***/ 2937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ workloadStatus),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   jC: () => (/* binding */ workloadPath),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
/* unused harmony export workloadsInManifest */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const num = (value) => (typeof value === 'number' ? value : 0);
function workloadPath(kind, namespace, name) {
    const group = kind === 'Job' ? 'batch/v1' : 'apps/v1';
    const plural = `${kind.toLowerCase()}s`;
    return `/apis/${group}/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
function conditionsOf(status) {
    return status['conditions'] ?? [];
}
/** The one judge: is this workload healthy, still rolling out (and why), or failed? */
function workloadStatus(kind, object) {
    const status = object.status ?? {};
    const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
    const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
    const counts = (desired, updated, ready, available) => ({
        ...ref,
        desired,
        updated,
        ready,
        available,
    });
    const verdict = (base, waiting, failure) => ({
        ...base,
        done: waiting === undefined && !failure,
        failure,
        ...(waiting !== undefined ? { waiting } : {}),
    });
    const notObserved = 'waiting for the controller to observe the new spec';
    if (kind === 'Job') {
        const conditions = conditionsOf(status);
        const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
        const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
        const desired = object.spec?.completions ?? 1;
        const succeeded = num(status['succeeded']);
        const base = counts(desired, succeeded, succeeded, succeeded);
        if (failed)
            return verdict(base, 'failed', `Job failed: ${[failed.reason, failed.message].filter(Boolean).join(': ')}`);
        return verdict(base, complete ? undefined : `${succeeded} of ${desired} completions`);
    }
    if (kind === 'DaemonSet') {
        const desired = num(status['desiredNumberScheduled']);
        const updated = num(status['updatedNumberScheduled']);
        const available = num(status['numberAvailable']);
        const base = counts(desired, updated, num(status['numberReady']), available);
        if (!observed)
            return verdict(base, notObserved);
        if (updated < desired)
            return verdict(base, `${updated} of ${desired} updated pods are scheduled`);
        if (available < desired)
            return verdict(base, `${available} of ${updated} updated pods are available`);
        return verdict(base, undefined);
    }
    const desired = object.spec?.replicas ?? 1;
    const updated = num(status['updatedReplicas']);
    const ready = num(status['readyReplicas']);
    const available = num(status['availableReplicas']);
    const base = counts(desired, updated, ready, status['availableReplicas'] === undefined && kind === 'StatefulSet' ? ready : available);
    if (kind === 'StatefulSet') {
        if (!observed)
            return verdict(base, notObserved);
        if (ready < desired)
            return verdict(base, `${ready} of ${desired} pods are ready`);
        if (base.available < desired)
            return verdict(base, `${base.available} of ${desired} pods are available`);
        const strategy = object.spec?.updateStrategy;
        // OnDelete: the controller updates a pod only when it is deleted; the rollout is the user's.
        if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
            return verdict(base, undefined);
        const partition = strategy?.rollingUpdate?.partition ?? 0;
        if (partition > 0) {
            const wanted = Math.max(0, desired - partition);
            return verdict(base, updated < wanted ? `${updated} of ${wanted} pods above partition ${partition} are updated` : undefined);
        }
        if (status['updateRevision'] !== status['currentRevision'] && status['updateRevision'] !== undefined)
            return verdict(base, `${updated} of ${desired} pods are at revision ${String(status['updateRevision'])}`);
        return verdict(base, undefined);
    }
    const conditions = conditionsOf(status);
    const stalled = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
    const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    const withFailure = {
        ...base,
        ...(replicaFailure
            ? { replicaFailure: [replicaFailure.reason, replicaFailure.message].filter(Boolean).join(': ') }
            : {}),
    };
    const failure = stalled ? (stalled.message ?? 'ProgressDeadlineExceeded') : undefined;
    const total = num(status['replicas']);
    if (!observed)
        return verdict(withFailure, notObserved, failure);
    if (updated < desired)
        return verdict(withFailure, `${updated} of ${desired} new replicas have been updated`, failure);
    if (total > updated)
        return verdict(withFailure, `${total - updated} old replicas are pending termination`, failure);
    if (available < desired)
        return verdict(withFailure, `${available} of ${desired} updated replicas are available`, failure);
    return verdict(withFailure, undefined, failure);
}
function formatStatus(s) {
    const counts = s.kind === 'Job'
        ? `${s.updated}/${s.desired} completed`
        : `${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available`;
    return `${s.kind}/${s.name}: ${counts}${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}
/** The workloads (and Jobs) in a rendered manifest (helm get manifest, helm get hooks). */
async function workloadsInManifest(manifest, defaultNamespace) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const refs = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj || !WORKLOAD_KINDS.includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        refs.push({
            kind: obj.kind,
            name: obj.metadata.name,
            namespace: obj.metadata.namespace ?? defaultNamespace,
        });
    }
    return refs;
}


/***/ }),

/***/ 8924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ evaluateResponse)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8208);
/* harmony import */ var _json_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6767);
/* harmony import */ var _status_rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);



const SHOWN = 200;
function shown(value) {
    const text = value === _json_path__WEBPACK_IMPORTED_MODULE_0__/* .MISSING */ .lV ? '(missing)' : (JSON.stringify(value) ?? String(value));
    return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}
/** Every assertion of a check against one response (latency is judged by the caller). */
function evaluateResponse(response, expect) {
    const mismatches = [];
    if (!(0,_status_rule__WEBPACK_IMPORTED_MODULE_1__/* .statusMatches */ .W_)(response.status, expect.status)) {
        mismatches.push({ what: 'status', expected: (0,_status_rule__WEBPACK_IMPORTED_MODULE_1__/* .describeStatusRules */ .z9)(expect.status), actual: String(response.status) });
    }
    for (const text of expect.bodyContains) {
        if (!response.body.includes(text))
            mismatches.push({ what: 'body-contains', expected: shown(text), actual: 'not found in body' });
    }
    if (expect.bodyMatches && !expect.bodyMatches.test(response.body)) {
        mismatches.push({ what: 'body-matches', expected: `/${expect.bodyMatches.source}/`, actual: 'no match in body' });
    }
    const paths = Object.keys(expect.json);
    if (paths.length > 0) {
        let document = _json_path__WEBPACK_IMPORTED_MODULE_0__/* .MISSING */ .lV;
        try {
            document = JSON.parse(response.body);
        }
        catch {
            // Not JSON: say so once, and still judge the headers below.
            mismatches.push({ what: 'json', expected: 'a JSON body', actual: 'body is not JSON' });
        }
        for (const path of document === _json_path__WEBPACK_IMPORTED_MODULE_0__/* .MISSING */ .lV ? [] : paths) {
            const actual = (0,_json_path__WEBPACK_IMPORTED_MODULE_0__/* .readJsonPath */ .Ad)(document, (0,_json_path__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPath */ .Hf)(path) ?? []);
            if (actual === _json_path__WEBPACK_IMPORTED_MODULE_0__/* .MISSING */ .lV || !(0,_json_path__WEBPACK_IMPORTED_MODULE_0__/* .jsonEqual */ .Zm)(actual, expect.json[path])) {
                mismatches.push({ what: `json ${path}`, expected: shown(expect.json[path]), actual: shown(actual) });
            }
        }
    }
    for (const [name, expected] of Object.entries(expect.header)) {
        const raw = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ownValue */ .e)(response.headers, name);
        const actual = Array.isArray(raw) ? raw.join(', ') : raw;
        if (actual !== expected)
            mismatches.push({
                what: `header ${name}`,
                expected: shown(expected),
                actual: actual === undefined ? '(missing)' : shown(actual),
            });
    }
    return mismatches;
}


/***/ })

};
