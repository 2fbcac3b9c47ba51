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

/***/ 1999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TrafficSetupError),
/* harmony export */   t: () => (/* binding */ TRAFFIC_PROVIDERS)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

const TRAFFIC_PROVIDERS = ['gateway-api', 'nginx', 'replicas'];
/** The routing object is missing or not what the provider needs: the user can fix it. */
class TrafficSetupError extends _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    name = 'TrafficSetupError';
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
