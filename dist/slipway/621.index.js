export const id = 621;
export const ids = [621];
export const modules = {

/***/ 7591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseGates),
/* harmony export */   Qd: () => (/* binding */ GATE_TYPES),
/* harmony export */   Us: () => (/* binding */ isBlocking)
/* harmony export */ });
/* unused harmony export GATE_TIMEOUT_MS */
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
        const run = Promise.all(/* import() */[__webpack_require__.e(841), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 7841)).then(({ runLoad }) => runLoad(spec, {
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
/* harmony export */   Wg: () => (/* binding */ canaryReleaseRequests)
/* harmony export */ });
/* unused harmony exports describeReleaseFailure, canaryReleaseName, canaryRequest, promotionRequest */
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2324);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6479);
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

/***/ 1686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   Bm: () => (/* binding */ parseMetrics),
/* harmony export */   _W: () => (/* binding */ METRIC_PROVIDERS),
/* harmony export */   dU: () => (/* binding */ isPrometheusMetric),
/* harmony export */   kw: () => (/* binding */ checkUrlTemplate),
/* harmony export */   nV: () => (/* binding */ checkPlaceholders),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, METRIC_TEMPLATES, promDuration */
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
/* harmony export */   c_: () => (/* binding */ resolveSmokeBaseUrl)
/* harmony export */ });
/* unused harmony export smokeAnswer */
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
        const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(841), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 7841));
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
