export const id = 777;
export const ids = [777];
export const modules = {

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

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ abortCanary),
/* harmony export */   i: () => (/* binding */ runCanary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _canary_state__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9184);


/** Start, resume, promote or abort a canary, and drive it until it pauses or finishes. */
async function runCanary(run) {
    const now = run.now ?? Date.now;
    const ctx = new Driver(run, now);
    if (run.action === 'start') {
        if (!run.start)
            throw new Error('action start needs a start request');
        await run.preflight?.();
        // Read (and refused) before anything changes: the stable side's replicas and its HPA.
        const capacity = await run.capacity?.(run.start.provider, run.start.target)?.measure();
        const state = { ...(0,_canary_state__WEBPACK_IMPORTED_MODULE_0__/* .startCanary */ .r6)(run.start, now()), ...(capacity ? { capacity } : {}) };
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
    /** A new canary: its release healthy before any traffic moves. */
    async begin(state) {
        const traffic = this.run.traffic(state);
        try {
            await this.logger.group(`Canary release ${this.run.store.release}-canary with ${state.image}`, () => this.run.releases.deployCanary(state.image));
            const data = await traffic.prepare();
            state = await this.save({ ...state, provider_data: data });
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

/***/ 1768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   Iu: () => (/* binding */ HttpTimeoutError),
/* harmony export */   Ne: () => (/* binding */ ProxyRefusedError),
/* harmony export */   x6: () => (/* binding */ networkError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

/** Network error codes worth another attempt: the peer may be restarting or overloaded. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
/** Whether an HTTP status may pass on a later attempt: 5xx, 429 and 408. Never 401/403. */
function isTransientStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
/** A proxy that answered a CONNECT with anything but 200 (its ACL, a filter, auth): the user's to fix. */
class ProxyRefusedError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    name = 'ProxyRefusedError';
}
/** No answer within the request's timeout (named as the platform's own timeouts are). */
class HttpTimeoutError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ {
    name = 'TimeoutError';
}
/** A refused CONNECT as the tunnel agent (http-client's requests) and undici (Octokit's fetch) word it. */
const TUNNEL_REFUSED = /tunneling socket could not be established, statusCode=(\d+)|Proxy response \((\d+)\) !== 200 when HTTP Tunneling/;
const TUNNEL_UNREACHABLE = /tunneling socket could not be established, cause=(.*)/;
/**
 * A failed request as one line naming what was asked and, when one was used, the proxy and the
 * variable that chose it. Transient (TransientError) when another attempt may pass.
 */
function networkError(what, error, proxy) {
    const via = proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : '';
    const refused = TUNNEL_REFUSED.exec(error.message);
    if (proxy && refused)
        return new ProxyRefusedError(`${what}: the proxy ${proxy.shown} (${proxy.variable}) refused the connection: HTTP ${refused[1] ?? refused[2]}; check the proxy's rules or NO_PROXY`, { cause: error });
    const unreachable = TUNNEL_UNREACHABLE.exec(error.message);
    if (proxy && unreachable)
        return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${what}: the proxy ${proxy.shown} (${proxy.variable}) is unreachable: ${unreachable[1]}`, {
            cause: error,
        });
    const code = error.code ?? '';
    const detail = `${code || error.message}${code && error.message && !error.message.includes(code) ? ` (${error.message})` : ''}`;
    const text = `${what} failed${via}: ${detail}`;
    return TRANSIENT_CODES.has(code) || /timed? ?out/i.test(error.message)
        ? new _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(text, { cause: error })
        : new Error(text, { cause: error });
}


/***/ }),

/***/ 553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ proxyRouteFor)
/* harmony export */ });
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);

/**
 * The proxy `@actions/http-client` uses for `target`, or undefined for a direct connection:
 * `https_proxy || HTTPS_PROXY` for https, `http_proxy || HTTP_PROXY` for http; `no_proxy ||
 * NO_PROXY` entries (`*`, a host, a `.domain` suffix, `host:port`) and loopback hosts bypass it.
 */
function proxyRouteFor(target, env = process.env) {
    const url = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(target);
    if (!url?.hostname)
        return undefined;
    const lower = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    const variable = env[lower] ? lower : lower.toUpperCase();
    return { url, variable, shown: `${url.protocol}//${url.host}` };
}


/***/ }),

/***/ 6658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _runner_cancellation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4520);
/* harmony import */ var _sleep__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3439);



/** Full jitter: a uniform delay between 0 and the exponential ceiling (AWS architecture blog). */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(random() * ceiling);
}
/** Retry-After is seconds or an HTTP date; returns milliseconds from `now`, or undefined. */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function retryAfterOf(error) {
    return error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ ? error.retryAfterMs : undefined;
}
/**
 * Calls `fn` until it succeeds, fails with something not transient, runs out of attempts, or
 * the next attempt would start after the deadline. The last error is thrown as it was. A
 * server's Retry-After is honoured as the least wait before the next attempt.
 */
async function retry(fn, options = {}) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? _sleep__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y;
    const random = options.random ?? Math.random;
    const isTransient = options.isTransient ?? ((e) => e instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_);
    const maxAttempts = options.attempts ?? Number.POSITIVE_INFINITY;
    const base = options.baseDelayMs ?? 1000;
    const max = options.maxDelayMs ?? 30_000;
    const deadline = options.deadlineMs === undefined ? Number.POSITIVE_INFINITY : now() + options.deadlineMs;
    for (let attempt = 1;; attempt++) {
        (0,_runner_cancellation__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAborted */ .Te)(options.signal);
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (!isTransient(error) || attempt >= maxAttempts)
                throw error;
            const delayMs = Math.max(backoffDelay(attempt, base, max, random), retryAfterOf(error) ?? 0);
            if (now() + delayMs >= deadline)
                throw error;
            options.onRetry?.({ attempt, delayMs, error });
            await sleep(delayMs, options.signal);
        }
    }
}


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _runner_cancellation__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4520);

/** Node fires a timer over 2^31-1 ms at once; no wait of ours is that long, so cap it. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Waits `ms`, or rejects with the abort reason as soon as the signal aborts. */
function sleep(ms, signal) {
    ms = Math.min(Math.max(0, ms), MAX_TIMER_MS);
    if (signal?.aborted)
        return Promise.reject((0,_runner_cancellation__WEBPACK_IMPORTED_MODULE_0__/* .abortReason */ .Js)(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject((0,_runner_cancellation__WEBPACK_IMPORTED_MODULE_0__/* .abortReason */ .Js)(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
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
/** The lower-case plural resource name of a kind: ConfigMap → configmaps, Ingress → ingresses. */
function resourceOf(kind) {
    const lower = kind.toLowerCase();
    return ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .e)(IRREGULAR_PLURALS, lower) ??
        (lower.endsWith('s') ? `${lower}es` : lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`));
}
/** The API path of the collection (no name) or of one object. */
function objectPath(ref, subresource) {
    const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const collection = `${base}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref.kind)}`;
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


/***/ })

};
