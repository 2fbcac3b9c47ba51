export const id = 385;
export const ids = [385,766];
export const modules = {

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ abortedLine)
/* harmony export */ });
/* unused harmony export canaryOutputs */

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
        load: loadOutput(state),
    };
}
/** The one line an aborted canary fails with (the action, the delivery's stage, its GitHub deployment); else undefined. */
function abortedLine({ result, state }) {
    return result === 'aborted' ? `Canary of ${state.release} aborted: ${state.abortReason ?? 'aborted'}` : undefined;
}


/***/ }),

/***/ 9184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isActive),
/* harmony export */   kY: () => (/* binding */ transition),
/* harmony export */   r6: () => (/* binding */ startCanary)
/* harmony export */ });
/* unused harmony exports CanaryStateError, ACTIVE_PHASES, resultOf */
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

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   k9: () => (/* binding */ specError),
/* harmony export */   n3: () => (/* binding */ headerSecrets),
/* harmony export */   pi: () => (/* binding */ isMapping),
/* harmony export */   zB: () => (/* binding */ canaryHeaderSecrets)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8208);

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** `Input 'gates': expected …, got "…"` (a long value cut, a secret never shown). */
function specError(where, expected, got) {
    const shown = typeof got === 'string' ? got : JSON.stringify(got);
    const text = shown === undefined ? 'nothing' : JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
    return new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input '${where}': expected ${expected}, got ${text}`);
}
/** Whether a YAML value is a plain mapping. */
function isMapping(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}
/**
 * A `headers` mapping of name to value. Values are often secrets (`${{ secrets.TOKEN }}`), so an
 * error names the header, never its value; the action masks every value.
 */
function parseHeaders(value, where, owner) {
    if (value === undefined || value === null)
        return {};
    if (!isMapping(value))
        throw specError(where, `a mapping of header names to values for ${owner}`, typeof value);
    const headers = {};
    for (const [name, raw] of Object.entries(value)) {
        if (!HEADER_NAME.test(name))
            throw specError(where, `header names of letters, digits and - for ${owner}`, name);
        if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean')
            throw specError(where, `a text value for header "${name}" of ${owner}`, typeof raw);
        const text = String(raw);
        if (/[\r\n\0]/.test(text))
            throw specError(where, `a one-line value for header "${name}" of ${owner}`, '(hidden)');
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(headers, name, text); // a header named __proto__ stays a header
    }
    return headers;
}
/** Every header value of every spec, for the action to mask (the Authorization forms included). */
function headerSecrets(specs) {
    const values = [];
    for (const spec of specs)
        for (const value of Object.values(spec.headers ?? {})) {
            values.push(value);
            const bearer = /^(?:Bearer|Basic|Token)\s+(.+)$/i.exec(value)?.[1];
            if (bearer)
                values.push(bearer);
        }
    return values;
}
/** Every header value a canary sends (gates, web metrics, the generated load), for the action to mask. */
function canaryHeaderSecrets(config) {
    return headerSecrets([
        ...config.metrics.map((m) => ({ headers: m.web?.headers })),
        ...(config.gates ?? []),
        ...(config.load ? [{ headers: config.load.check.headers }] : []),
    ]);
}


/***/ }),

/***/ 9385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abortedLine: () => (/* reexport */ canary_outputs/* abortedLine */.s),
  canaryHeaderSecrets: () => (/* reexport */ http_spec/* canaryHeaderSecrets */.zB),
  isActive: () => (/* reexport */ canary_state/* isActive */.$m),
  loadOutput: () => (/* reexport */ load_output/* loadOutput */.g),
  runOwner: () => (/* reexport */ runOwner)
});

// UNUSED EXPORTS: CANARY_OF_LABEL, CanaryBusyError, CanaryStateError, CanaryStateStore, GATE_TIMEOUT_MS, GATE_TYPES, GatewayApiTraffic, HelmCanaryReleases, LOAD_VALUES, METRIC_PROVIDERS, METRIC_TEMPLATES, NginxTraffic, PLACEHOLDERS, PrometheusClient, QueryRejectedError, ReplicaRatioTraffic, SMOKE_PREFIX, STOPPED_MID_STEP, TRAFFIC_PROVIDERS, TrafficSetupError, WebMetricClient, WeightCapacity, abMatches, abortCanary, analyseStep, callGate, canaryOutputs, canaryReleaseName, canaryReleaseRequests, canaryRun, canaryShare, canarySummary, capacityAt, checkPlaceholders, checkStart, checkUrlTemplate, cookieMatch, createTrafficProvider, describeCanary, formatSteps, formatThreshold, gatePayload, headerMatch, headerSecrets, isBlocking, isPrometheusMetric, judgeValue, loadFigures, loadStarter, metricChart, numberAt, parseCanaryLoad, parseGates, parseHeaders, parseMetrics, parseSteps, promDuration, renderQuery, replicaSplit, resolveSmokeBaseUrl, restoreStableAfterStop, resultOf, runCanary, runGates, smokeAnswer, smokeRunner, startCanary, stepLoads, transition, valueOf, withCanary, withoutCanary

// EXTERNAL MODULE: ./packages/canary/src/canary-state.ts
var canary_state = __webpack_require__(9184);
// EXTERNAL MODULE: ./packages/canary/src/load-output.ts
var load_output = __webpack_require__(3232);
// EXTERNAL MODULE: ./packages/canary/src/canary-outputs.ts
var canary_outputs = __webpack_require__(1655);
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
