export const id = 294;
export const ids = [294];
export const modules = {

/***/ 7591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseGates),
/* harmony export */   Qd: () => (/* binding */ GATE_TYPES),
/* harmony export */   Us: () => (/* binding */ isBlocking),
/* harmony export */   nq: () => (/* binding */ GATE_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5438);
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5502);
/* harmony import */ var _http_spec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8466);
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1686);




/**
 * Where a gate is called: before any traffic moves, at every step (after the weight is set,
 * before its analysis), before the promotion, after the promotion, after an abort.
 */
const GATE_TYPES = ['pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'on-rollback'];
const BLOCKING = ['pre-rollout', 'rollout', 'confirm-promotion'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const KEYS = ['name', 'type', 'url', 'method', 'headers', 'timeout', 'expect', 'on-failure', 'metadata'];
const GATE_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 10 * 60_000;
/** Whether a gate of this type can stop the canary (the others only warn). */
function isBlocking(type) {
    return BLOCKING.includes(type);
}
function expectation(value, where, gate) {
    const expect = (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_0__/* .parseExpect */ .t)(value, (message) => new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input '${where}': gate "${gate}": ${message}`));
    if (expect.maxLatencyMs !== undefined)
        throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `no "expect.max-latency" for gate "${gate}" (its "timeout" bounds it)`, 'max-latency');
    return expect;
}
function timeout(value, where, gate) {
    if (value === undefined || value === null)
        return GATE_TIMEOUT_MS;
    const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .parseDurationMs */ .y)(value) : undefined;
    if (ms === undefined || !Number.isFinite(ms) || ms < 100 || ms > MAX_TIMEOUT_MS)
        throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `a "timeout" from 100ms to 10m such as "10s" for gate "${gate}"`, value);
    return Math.round(ms);
}
function metadata(value, where, gate) {
    if (value === undefined || value === null)
        return {};
    if (!(0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .pi)(value))
        throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `"metadata" as a mapping of keys to text for gate "${gate}"`, value);
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (item !== null && typeof item === 'object')
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `text values in "metadata" of gate "${gate}"`, key);
        out[key] = String(item);
    }
    return out;
}
/**
 * Parses the `gates` input: a YAML list of `{ name, type, url, method, headers, timeout, expect,
 * on-failure, metadata }`. Bad input is one ConfigError naming the input, before any request.
 */
function parseGates(document, where = 'gates') {
    const shape = 'a YAML list of gates such as "- { name: approve, type: confirm-promotion, url: https://… }"';
    if (document === undefined || document === null || document === '')
        return [];
    if (!Array.isArray(document))
        throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, shape, document);
    const seen = new Set();
    return document.map((item, index) => {
        if (!(0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .pi)(item))
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, shape, item);
        for (const key of Object.keys(item))
            if (!KEYS.includes(key))
                throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `gate keys among ${KEYS.join(', ')}`, key);
        const name = item['name'] ?? `gate-${index + 1}`;
        if (typeof name !== 'string' || !NAME.test(name))
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, 'gate names of letters, digits, . _ -', name);
        if (seen.has(name))
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, 'unique gate names', name);
        seen.add(name);
        const type = item['type'];
        if (typeof type !== 'string' || !GATE_TYPES.includes(type))
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `a "type" among ${GATE_TYPES.join(', ')} for gate "${name}"`, type);
        const gateType = type;
        const owner = `gate "${name}"`;
        const url = (0,_metric_spec__WEBPACK_IMPORTED_MODULE_4__/* .checkUrlTemplate */ .kw)(item['url'], where, owner);
        const methodText = item['method'] ?? 'POST';
        const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
        if (typeof method !== 'string' || !METHODS.includes(method))
            throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `a "method" among ${METHODS.join(', ')} for ${owner}`, methodText);
        const failure = item['on-failure'];
        let onFailure;
        if (!isBlocking(gateType)) {
            if (failure !== undefined && failure !== 'warn')
                throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `no "on-failure" for ${owner}: a ${gateType} gate runs after the end and only warns`, failure);
            onFailure = 'warn';
        }
        else {
            const fallback = gateType === 'confirm-promotion' ? 'pause' : 'abort';
            const chosen = failure ?? fallback;
            if (chosen !== 'abort' && chosen !== 'pause')
                throw (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .specError */ .k9)(where, `"on-failure" of abort or pause for ${owner}`, failure);
            onFailure = chosen;
        }
        return {
            name,
            type: gateType,
            url,
            method: method,
            headers: (0,_http_spec__WEBPACK_IMPORTED_MODULE_2__/* .parseHeaders */ .QG)(item['headers'], where, owner),
            timeoutMs: timeout(item['timeout'], where, name),
            expect: expectation(item['expect'], where, name),
            onFailure,
            metadata: metadata(item['metadata'], where, name),
        };
    });
}


/***/ }),

/***/ 5712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadStarter),
/* harmony export */   q: () => (/* binding */ LOAD_VALUES)
/* harmony export */ });
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);

/** What a `provider: load` metric reads: the generated load's figures over one sample's window. */
const LOAD_VALUES = ['error-rate', 'p50', 'p95', 'p99'];
/**
 * Starts the smoke engine's load generator against the canary for one step (loaded lazily), and
 * keeps per-window tallies so each sample judges only the responses of its own interval.
 */
function loadStarter(spec, logger, hooks = {}) {
    return (signal) => {
        const stop = new AbortController();
        const onAbort = () => stop.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        let settled = 0;
        let broken = 0;
        let latencies = [];
        // smoke loads only for a canary that generates its own load.
        const run = __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 7841)).then(({ runLoad }) => runLoad(spec, {
            insecureTls: false,
            signal: stop.signal,
            ...(hooks.now ? { now: hooks.now } : {}),
            ...(hooks.sleep ? { sleep: hooks.sleep } : {}),
            onSettled: (passed, latencyMs) => {
                settled++;
                if (!passed)
                    broken++;
                if (latencyMs !== undefined)
                    latencies.push(latencyMs);
            },
        }));
        logger.info(`  load: ${spec.rps}/s to ${spec.check.method} ${spec.check.url.href} for ${Math.round(spec.durationMs / 1000)}s (at most ${spec.concurrency} in flight)`);
        return {
            finished: run,
            take: () => {
                const window = { settled, values: undefined };
                if (settled > 0) {
                    const sorted = latencies.sort((a, b) => a - b);
                    const p = (q) => (sorted.length ? (0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_0__/* .percentileOfSorted */ .WB)(sorted, q) : Number.NaN);
                    window.values = { 'error-rate': broken / settled, p50: p(50), p95: p(95), p99: p(99) };
                }
                settled = 0;
                broken = 0;
                latencies = [];
                return window;
            },
            stop: async () => {
                stop.abort();
                signal?.removeEventListener('abort', onAbort);
                const report = await run;
                const latency = report.latency ? `, p95 ${report.latency.p95}ms` : '';
                logger.info(`  load: ${report.sent} sent, error rate ${(report.errorRate * 100).toFixed(2)}%${latency}${report.dropped ? `, ${report.dropped} slots dropped (all ${spec.concurrency} busy)` : ''}${report.firstFailure ? `; first failure: ${report.firstFailure}` : ''}`);
                return report;
            },
        };
    };
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

/***/ 1686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   Bm: () => (/* binding */ parseMetrics),
/* harmony export */   JU: () => (/* binding */ METRIC_TEMPLATES),
/* harmony export */   Jn: () => (/* binding */ promDuration),
/* harmony export */   _W: () => (/* binding */ METRIC_PROVIDERS),
/* harmony export */   dU: () => (/* binding */ isPrometheusMetric),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   kw: () => (/* binding */ checkUrlTemplate),
/* harmony export */   nV: () => (/* binding */ checkPlaceholders),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_smoke__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6767);
/* harmony import */ var _generated_load__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5712);
/* harmony import */ var _http_spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8466);




const METRIC_PROVIDERS = ['prometheus', 'web', 'load'];
/** Whether a metric is asked of Prometheus (the default provider). */
function isPrometheusMetric(spec) {
    return (spec.provider ?? 'prometheus') === 'prometheus';
}
const PLACEHOLDERS = ['canary', 'stable', 'namespace', 'interval'];
/**
 * Built-in queries over the conventional `http_requests_total{namespace,service,code}` counter and
 * `http_request_duration_seconds` histogram, as most HTTP instrumentation libraries export them.
 */
const METRIC_TEMPLATES = {
    'success-rate': 'sum(rate(http_requests_total{namespace="{{ namespace }}",service="{{ canary }}",code!~"5.."}[{{ interval }}]))' +
        ' / sum(rate(http_requests_total{namespace="{{ namespace }}",service="{{ canary }}"}[{{ interval }}]))',
    'latency-p95': 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="{{ namespace }}",service="{{ canary }}"}[{{ interval }}])))',
};
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
function bad(name, expected, got) {
    const shown = typeof got === 'string' ? got : JSON.stringify(got);
    const text = shown === undefined ? 'nothing' : JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
    return new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input '${name}': expected ${expected}, got ${text}`);
}
/** Throws the one-line ConfigError when a query has a placeholder this action does not know. */
function checkPlaceholders(query, where = 'metrics') {
    for (const [whole, inner] of query.matchAll(PLACEHOLDER)) {
        if (!PLACEHOLDERS.includes(inner ?? ''))
            throw bad(where, `placeholders among {{ ${PLACEHOLDERS.join(' }}, {{ ')} }}`, whole);
    }
    if (/\{\{|\}\}/.test(query.replace(PLACEHOLDER, '')))
        throw bad(where, 'balanced {{ … }} placeholders', query);
}
/** A URL with placeholders: they must be known ones, and the URL http(s) once filled. */
function checkUrlTemplate(value, where, owner) {
    const expected = `an http(s) "url" for ${owner}, such as "https://gate.example.com/check?ns={{ namespace }}"`;
    if (typeof value !== 'string' || !value.trim())
        throw bad(where, expected, value);
    checkPlaceholders(value, where);
    const sample = renderQuery(value.trim(), { canary: 'canary', stable: 'stable', namespace: 'ns', intervalMs: 1000 });
    let url;
    try {
        url = new URL(sample);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol))
        throw bad(where, expected, value);
    return value.trim();
}
/** A Prometheus duration for `{{ interval }}`: whole seconds, at least 1s. */
function promDuration(ms) {
    return `${Math.max(1, Math.round(ms / 1000))}s`;
}
/** The query with its placeholders filled in. */
function renderQuery(query, ctx) {
    const values = {
        canary: ctx.canary,
        stable: ctx.stable,
        namespace: ctx.namespace,
        interval: promDuration(ctx.intervalMs),
    };
    return query.replace(PLACEHOLDER, (whole, inner) => values[inner] ?? whole);
}
function threshold(value, where, metric, key) {
    if (value === undefined || value === null)
        return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number))
        throw bad(where, `a number for "${key}" of metric "${metric}"`, value);
    return number;
}
/**
 * Parses the `metrics` input: a YAML list of `{ name, query | template, min, max }`. Every
 * metric needs a query (or a built-in template) and at least one threshold.
 */
function parseMetrics(document, where = 'metrics') {
    const shape = 'a YAML list of metrics such as "- { name: success, template: success-rate, min: 0.99 }"';
    if (document === undefined || document === null || document === '')
        return [];
    if (!Array.isArray(document))
        throw bad(where, shape, document);
    const specs = [];
    const seen = new Set();
    for (const [index, item] of document.entries()) {
        if (!item || typeof item !== 'object' || Array.isArray(item))
            throw bad(where, shape, item);
        const entry = item;
        const provider = entry['provider'] ?? 'prometheus';
        if (typeof provider !== 'string' || !METRIC_PROVIDERS.includes(provider))
            throw bad(where, `a "provider" among ${METRIC_PROVIDERS.join(', ')}`, provider);
        const keys = provider === 'web' ? WEB_KEYS : provider === 'load' ? LOAD_KEYS : PROMETHEUS_KEYS;
        for (const key of Object.keys(entry))
            if (!keys.includes(key))
                throw bad(where, `${provider} metric keys among ${keys.join(', ')}`, key);
        if (provider === 'web') {
            specs.push(webMetric(entry, index, where, seen));
            continue;
        }
        if (provider === 'load') {
            specs.push(loadMetric(entry, index, where, seen));
            continue;
        }
        const template = entry['template'];
        if (template !== undefined && (typeof template !== 'string' || !Object.hasOwn(METRIC_TEMPLATES, template)))
            throw bad(where, `a template among ${Object.keys(METRIC_TEMPLATES).join(', ')}`, template);
        const name = metricName(entry, template ?? `metric-${index + 1}`, where, seen);
        const query = entry['query'];
        if (query !== undefined && template !== undefined)
            throw bad(where, `either "query" or "template" for metric "${name}", not both`, name);
        const text = template !== undefined ? METRIC_TEMPLATES[template] : query;
        if (typeof text !== 'string' || !text.trim())
            throw bad(where, `a PromQL "query" or a "template" for metric "${name}"`, query);
        checkPlaceholders(text, where);
        const { min, max } = thresholds(entry, where, name);
        specs.push({ name, query: text.trim(), min, max, template: template });
    }
    return specs;
}
const PROMETHEUS_KEYS = ['name', 'provider', 'query', 'template', 'min', 'max'];
const LOAD_KEYS = ['name', 'provider', 'value', 'min', 'max'];
const WEB_KEYS = ['name', 'provider', 'url', 'method', 'headers', 'body', 'json-path', 'min', 'max'];
function metricName(entry, fallback, where, seen) {
    const name = entry['name'] ?? fallback;
    if (typeof name !== 'string' || !NAME.test(name))
        throw bad(where, 'metric names of letters, digits, . _ -', name);
    if (seen.has(name))
        throw bad(where, 'unique metric names', name);
    seen.add(name);
    return name;
}
function thresholds(entry, where, name) {
    const min = threshold(entry['min'], where, name, 'min');
    const max = threshold(entry['max'], where, name, 'max');
    if (min === undefined && max === undefined)
        throw bad(where, `a "min" or "max" threshold for metric "${name}"`, JSON.stringify(entry));
    if (min !== undefined && max !== undefined && min > max)
        throw bad(where, `"min" not above "max" for metric "${name}"`, `${min} > ${max}`);
    return { min, max };
}
/** `{ provider: load, value: error-rate | p50 | p95 | p99, min, max }`: the generated load's own figures. */
function loadMetric(entry, index, where, seen) {
    const value = entry['value'];
    if (typeof value !== 'string' || !_generated_load__WEBPACK_IMPORTED_MODULE_1__/* .LOAD_VALUES */ .q.includes(value))
        throw bad(where, `a load metric "value" among ${_generated_load__WEBPACK_IMPORTED_MODULE_1__/* .LOAD_VALUES */ .q.join(', ')}`, value);
    const name = metricName(entry, `load-${value}`, where, seen);
    return { name, query: value, ...thresholds(entry, where, name), template: undefined, provider: 'load' };
}
/** `{ provider: web, url, json-path, method, headers, body, min, max }` */
function webMetric(entry, index, where, seen) {
    const name = metricName(entry, `metric-${index + 1}`, where, seen);
    const owner = `metric "${name}"`;
    const url = checkUrlTemplate(entry['url'], where, owner);
    const path = entry['json-path'];
    if (typeof path !== 'string' || !(0,_slipway_smoke__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonPath */ .Hf)(path))
        throw bad(where, `a "json-path" to the number such as "$.data.value" for ${owner}`, path);
    const methodText = entry['method'] ?? 'GET';
    const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
    if (method !== 'GET' && method !== 'POST')
        throw bad(where, `a "method" of GET or POST for ${owner}`, methodText);
    const body = entry['body'];
    if (body !== undefined &&
        (method !== 'POST' || (typeof body !== 'string' && !(0,_http_spec__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .pi)(body) && !Array.isArray(body))))
        throw bad(where, `a "body" (text or YAML) only with method POST for ${owner}`, typeof body);
    const bodyText = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    if (bodyText !== undefined)
        checkPlaceholders(bodyText, where);
    return {
        name,
        query: url,
        ...thresholds(entry, where, name),
        template: undefined,
        provider: 'web',
        web: { method, headers: (0,_http_spec__WEBPACK_IMPORTED_MODULE_3__/* .parseHeaders */ .QG)(entry['headers'], where, owner), body: bodyText, jsonPath: path.trim() },
    };
}
/** "≥ 0.99", "≤ 0.5", "0.1 – 0.5" */
function formatThreshold(spec) {
    if (spec.min !== undefined && spec.max !== undefined)
        return `${spec.min} – ${spec.max}`;
    if (spec.min !== undefined)
        return `≥ ${spec.min}`;
    return `≤ ${spec.max}`;
}


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ smokeRunner),
/* harmony export */   c_: () => (/* binding */ resolveSmokeBaseUrl),
/* harmony export */   gV: () => (/* binding */ smokeAnswer)
/* harmony export */ });
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1686);

/**
 * The `smoke-base-url` input with its placeholders ({{ canary }}, {{ stable }}, {{ namespace }})
 * filled in, e.g. "http://{{ canary }}.{{ namespace }}.svc:8080" → "http://web-canary.prod.svc:8080".
 * An unknown placeholder is the one-line ConfigError.
 */
function resolveSmokeBaseUrl(text, context) {
    (0,_metric_spec__WEBPACK_IMPORTED_MODULE_0__/* .checkPlaceholders */ .nV)(text, 'smoke-base-url');
    return (0,_metric_spec__WEBPACK_IMPORTED_MODULE_0__/* .renderQuery */ .no)(text, context);
}
/** One check's result as a sample: its status, and its first unmet expectation in words. */
function smokeAnswer(result) {
    const first = result.mismatches[0];
    return {
        name: result.name,
        passed: result.passed,
        status: result.status,
        expected: first ? `${first.what} ${first.expected}` : 'a response',
        actual: first ? first.actual : (result.error ?? 'no response'),
    };
}
/**
 * Runs the checks against the canary once per sample (the smoke-test engine, loaded lazily). A
 * failing check is retried within half an interval at most, then judged: the samples repeat it.
 */
function smokeRunner(checks, intervalMs, logger, secrets = []) {
    const deadlineMs = Math.max(1000, Math.floor(intervalMs / 2));
    return async (signal) => {
        // smoke loads only for a canary with smoke checks.
        const { runChecks } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 7841));
        const report = await runChecks(checks, {
            deadlineMs,
            intervalMs: deadlineMs,
            maxIntervalMs: deadlineMs,
            concurrency: 10,
            insecureTls: false,
            signal,
            secrets,
        }, logger);
        return report.checks.map(smokeAnswer);
    };
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
        const blueGreen = request.strategy === 'blue-green' ? await __webpack_require__.e(/* import() */ 830).then(__webpack_require__.bind(__webpack_require__, 6830)) : undefined;
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

/***/ 2324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ DEFAULT_IMAGE_VALUES),
/* harmony export */   D3: () => (/* binding */ mergeValues),
/* harmony export */   cn: () => (/* binding */ imageValues),
/* harmony export */   l2: () => (/* binding */ splitImageRef),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef)
/* harmony export */ });
/* unused harmony export nestValues */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8208);

const DEFAULT_IMAGE_VALUES = {
    repository: 'image.repository',
    tag: 'image.tag',
    digest: 'image.digest',
};
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function splitImageRef(text, where = `Input 'image'`) {
    const bad = (why) => {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected an image reference such as "ghcr.io/acme/web@sha256:…" or "ghcr.io/acme/web:1.2.3" (${why}), got "${text}"`);
    };
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            bad('the digest must be sha256: and 64 hex digits');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad(`invalid tag "${tag}"`);
    }
    if (!REPOSITORY.test(rest))
        bad('invalid repository');
    if (!tag && !digest)
        bad('give a tag or, better, a digest');
    return { repository: rest, tag, digest };
}
/** The reference a registry resolves: by digest when there is one, else by tag. */
function pinnedImageRef(image) {
    return `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
}
/** A dotted-path map of values ("image.tag") as a nested object helm reads from a values file. */
function nestValues(flat) {
    const root = {};
    for (const [path, value] of Object.entries(flat)) {
        const keys = path.split('.');
        let node = root;
        for (const key of keys.slice(0, -1)) {
            // Own keys only: a path through "__proto__" must not reach Object.prototype.
            const next = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .e)(node, key);
            const child = (next && typeof next === 'object' && !Array.isArray(next) ? next : {});
            (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(node, key, child);
            node = child;
        }
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(node, keys[keys.length - 1], value);
    }
    return root;
}
/**
 * The values that put `image` into the chart. A digest-pinned reference also sets the tag
 * when it has one (charts label with it), and clears nothing else.
 */
function imageValues(image, paths) {
    const flat = {};
    if (paths.repository)
        flat[paths.repository] = image.repository;
    if (paths.tag && image.tag)
        flat[paths.tag] = image.tag;
    if (paths.digest)
        flat[paths.digest] = image.digest ?? '';
    return nestValues(flat);
}
/** Deep merge of values maps; later wins, lists are replaced (as helm does). */
function mergeValues(...layers) {
    const out = {};
    for (const layer of layers) {
        for (const [key, value] of Object.entries(layer)) {
            const prev = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .e)(out, key);
            const bothMaps = prev &&
                value &&
                typeof prev === 'object' &&
                typeof value === 'object' &&
                !Array.isArray(prev) &&
                !Array.isArray(value);
            (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(out, key, bothMaps ? mergeValues(prev, value) : value);
        }
    }
    return out;
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

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ readJsonPath),
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   lV: () => (/* binding */ MISSING)
/* harmony export */ });
/**
 * Splits "$.data.items[0].version" (the "$." is optional) into keys. Quoted keys
 * (`["a.b"]`) allow dots in names. Returns undefined for a malformed path.
 */
function parseJsonPath(path) {
    // Strip only the "$": the loop takes one "." per key, so "$..a" (recursive descent) stays malformed.
    let rest = path.trim().replace(/^\$/, '');
    const keys = [];
    while (rest.length > 0) {
        let match = /^\[(\d+)\]/.exec(rest) ?? /^\["([^"]*)"\]/.exec(rest) ?? /^\['([^']*)'\]/.exec(rest);
        if (match) {
            keys.push(/^\[\d/.test(match[0]) ? Number(match[1]) : match[1]);
        }
        else {
            match = /^\.?([^.[\]]+)/.exec(rest);
            if (!match)
                return undefined;
            keys.push(match[1]);
        }
        rest = rest.slice(match[0].length);
    }
    return keys;
}
const MISSING = Symbol('missing');
function readJsonPath(document, keys) {
    let current = document;
    for (const key of keys) {
        if (current === null || typeof current !== 'object')
            return MISSING;
        if (!Object.prototype.hasOwnProperty.call(current, key))
            return MISSING;
        current = current[key];
    }
    return current;
}
/** Deep equality of JSON values; numbers and strings do not coerce into each other. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => jsonEqual(a[k], b[k]));
}


/***/ }),

/***/ 5502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseChecks),
/* harmony export */   t: () => (/* binding */ parseExpect)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5438);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8208);
/* harmony import */ var _json_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6767);
/* harmony import */ var _status_rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);



const CHECK_KEYS = ['name', 'url', 'path', 'method', 'headers', 'body', 'expect', 'repeat', 'timeout'];
const EXPECT_KEYS = ['status', 'body-contains', 'body-matches', 'json', 'header', 'max-latency'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const MAX_REPEAT = 1000;
/** Turns the user's YAML (a list of checks, or `{checks: [...]}`) into validated specs. */
function parseChecks(document, context) {
    const list = isObject(document) && 'checks' in document ? document['checks'] : document;
    if (!Array.isArray(list) || list.length === 0) {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: expected a non-empty YAML list of checks such as "- path: /health"`);
    }
    return list.map((item, index) => parseCheck(item, index, context));
}
function parseCheck(item, index, context) {
    const label = `${context.where}: check ${index + 1}`;
    // "- /health" is a path; "- https://host/health" is a whole URL (non-http schemes are rejected as urls).
    if (typeof item === 'string')
        item = /^[a-z][a-z\d+.-]*:\/\//i.test(item.trim()) ? { url: item } : { path: item };
    if (!isObject(item))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: expected a map with url or path, got ${typeName(item)}`);
    const named = typeof item['name'] === 'string' ? `${label} ("${item['name']}")` : label;
    const fail = (message) => new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${named}: ${message}`);
    rejectUnknown(item, CHECK_KEYS, (key) => fail(`unknown key '${key}', expected one of ${CHECK_KEYS.join(', ')}`));
    const url = resolveUrl(item, context.baseUrl, fail);
    const method = optionalString(item, 'method', fail)?.toUpperCase() ?? 'GET';
    if (!METHODS.includes(method))
        throw fail(`'method' expected one of ${METHODS.join(', ')}, got "${method}"`);
    const headers = stringMap(item['headers'], 'headers', fail);
    let body;
    if (item['body'] !== undefined && item['body'] !== null) {
        body = typeof item['body'] === 'string' ? item['body'] : JSON.stringify(item['body']);
        if (typeof item['body'] !== 'string' && !hasHeader(headers, 'content-type'))
            headers['content-type'] = 'application/json';
    }
    const repeat = item['repeat'] ?? 1;
    if (!Number.isInteger(repeat) || repeat < 1 || repeat > MAX_REPEAT) {
        throw fail(`'repeat' expected an integer from 1 to ${MAX_REPEAT}, got ${JSON.stringify(repeat)}`);
    }
    const requestTimeoutMs = durationOf(item, 'timeout', fail) ?? context.defaultRequestTimeoutMs;
    const name = optionalString(item, 'name', fail) ?? `${method} ${url.pathname}${url.search}`;
    const expect = parseExpect(item['expect'], fail);
    return { name, url, method, headers, body, expect, repeat: repeat, requestTimeoutMs };
}
/** The `expect` map of a check (status, body-contains, body-matches, json, header, max-latency); also the canary gates' format. */
function parseExpect(value, fail) {
    if (value === undefined || value === null)
        value = {};
    if (!isObject(value))
        throw fail(`'expect' expected a map, got ${typeName(value)}`);
    const where = (key) => `'expect.${key}'`;
    rejectUnknown(value, EXPECT_KEYS, (key) => fail(`unknown key 'expect.${key}', expected one of ${EXPECT_KEYS.join(', ')}`));
    const statusValues = value['status'] === undefined ? ['2xx'] : [].concat(value['status']);
    // An empty list would match no status at all: the check could never pass.
    if (statusValues.length === 0)
        throw fail(`${where('status')} expected at least one code or range, got []`);
    const status = statusValues.map((s) => {
        const rule = (0,_status_rule__WEBPACK_IMPORTED_MODULE_1__/* .parseStatusRule */ .cn)(s);
        if (!rule)
            throw fail(`${where('status')} expected a code, a range such as "2xx" or "200-204", or a list of those, got ${JSON.stringify(s)}`);
        return rule;
    });
    const contains = value['body-contains'] === undefined ? [] : [].concat(value['body-contains']);
    if (contains.some((c) => typeof c !== 'string' && typeof c !== 'number'))
        throw fail(`${where('body-contains')} expected text or a list of texts`);
    let bodyMatches;
    if (value['body-matches'] !== undefined) {
        if (typeof value['body-matches'] !== 'string')
            throw fail(`${where('body-matches')} expected a regular expression as text`);
        try {
            bodyMatches = new RegExp(value['body-matches']);
        }
        catch (error) {
            throw fail(`${where('body-matches')} expected a valid regular expression, got "${value['body-matches']}" (${error.message})`);
        }
    }
    const json = {};
    if (value['json'] !== undefined) {
        if (!isObject(value['json']))
            throw fail(`${where('json')} expected a map of JSON path to expected value, such as "$.status: ok"`);
        for (const [path, expected] of Object.entries(value['json'])) {
            if (!(0,_json_path__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonPath */ .Hf)(path))
                throw fail(`${where('json')} expected JSON paths such as "$.data.items[0].id", got "${path}"`);
            json[path] = expected;
        }
    }
    const header = {};
    for (const [k, v] of Object.entries(stringMap(value['header'], 'expect.header', fail)))
        header[k.toLowerCase()] = v;
    return {
        status,
        bodyContains: contains.map(String),
        bodyMatches,
        json,
        header,
        maxLatencyMs: durationOf(value, 'max-latency', fail, 'expect.max-latency'),
    };
}
function resolveUrl(item, baseUrl, fail) {
    const url = optionalString(item, 'url', fail);
    const path = optionalString(item, 'path', fail);
    if (url && path)
        throw fail(`expected either 'url' or 'path', not both`);
    if (url) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw fail(`'url' expected an absolute http or https URL, got "${url}"`);
        }
        if (!['http:', 'https:'].includes(parsed.protocol))
            throw fail(`'url' expected an http or https URL, got "${url}"`);
        return parsed;
    }
    if (!path)
        throw fail(`expected 'url' or 'path'`);
    if (!baseUrl)
        throw fail(`'path' needs the input 'base-url' (or use an absolute 'url')`);
    // Join rather than resolve: base "https://host/app" + "/health" means /app/health.
    const joined = new URL(baseUrl.href);
    // Split at the first "?" only: the query may itself hold "?" (split with a limit drops the rest).
    const at = path.indexOf('?');
    const pathname = at < 0 ? path : path.slice(0, at);
    joined.pathname = `${joined.pathname.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
    if (at >= 0)
        joined.search = path.slice(at + 1);
    return joined;
}
function durationOf(item, key, fail, label = key) {
    const value = item[key];
    if (value === undefined || value === null)
        return undefined;
    const ms = typeof value === 'number'
        ? Math.round(value * 1000)
        : typeof value === 'string'
            ? (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .parseDurationMs */ .y)(value)
            : undefined;
    if (ms === undefined || !(ms > 0) || ms > 3_600_000) {
        throw fail(`'${label}' expected a duration such as "500ms" or "2s" from 1ms to 1h, got ${JSON.stringify(value)}`);
    }
    return ms;
}
function optionalString(item, key, fail) {
    const value = item[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || !value.trim())
        throw fail(`'${key}' expected text, got ${typeName(value)}`);
    return value.trim();
}
function stringMap(value, key, fail) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw fail(`'${key}' expected a map of names to values, got ${typeName(value)}`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'object')
            throw fail(`'${key}.${k}' expected text, got ${typeName(v)}`);
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .setOwn */ .P)(out, k, String(v));
    }
    return out;
}
function rejectUnknown(item, allowed, fail) {
    for (const key of Object.keys(item))
        if (!allowed.includes(key))
            throw fail(key);
}
function hasHeader(headers, name) {
    return Object.keys(headers).some((k) => k.toLowerCase() === name);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function typeName(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'nothing';
    return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ latencyStats),
/* harmony export */   WB: () => (/* binding */ percentileOfSorted),
/* harmony export */   Ym: () => (/* binding */ percentile)
/* harmony export */ });
/** Nearest-rank percentile (p in 0–100) of a list of numbers; undefined for an empty list. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    return percentileOfSorted([...values].sort((a, b) => a - b), p);
}
/** Nearest-rank percentile of a non-empty list already sorted ascending (no copy, no sort). */
function percentileOfSorted(sorted, p) {
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function latencyStats(values) {
    if (values.length === 0)
        return undefined;
    return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W_: () => (/* binding */ statusMatches),
/* harmony export */   cn: () => (/* binding */ parseStatusRule),
/* harmony export */   z9: () => (/* binding */ describeStatusRules)
/* harmony export */ });
/** Parses 200, "200", "2xx", "200-204". Returns undefined for anything else. */
function parseStatusRule(value) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const text = String(value).trim().toLowerCase();
    let match = /^([1-5])xx$/.exec(text);
    if (match)
        return { from: Number(match[1]) * 100, to: Number(match[1]) * 100 + 99, text };
    match = /^(\d{3})(?:\s*-\s*(\d{3}))?$/.exec(text);
    if (!match)
        return undefined;
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (from < 100 || to > 599 || from > to)
        return undefined;
    return { from, to, text };
}
function statusMatches(status, rules) {
    return rules.some((rule) => status >= rule.from && status <= rule.to);
}
function describeStatusRules(rules) {
    return rules.map((r) => r.text).join(' or ');
}


/***/ })

};
