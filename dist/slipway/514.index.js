export const id = 514;
export const ids = [514];
export const modules = {

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
        const run = Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 8413)).then(({ runLoad }) => runLoad(spec, {
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

/***/ 8311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nV: () => (/* binding */ checkPlaceholders),
  B6: () => (/* binding */ formatThreshold),
  dU: () => (/* binding */ isPrometheusMetric),
  Bm: () => (/* binding */ parseMetrics),
  no: () => (/* binding */ renderQuery)
});

// UNUSED EXPORTS: METRIC_PROVIDERS, METRIC_TEMPLATES, PLACEHOLDERS, checkUrlTemplate, promDuration

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/smoke/src/json-path.ts
var json_path = __webpack_require__(6767);
// EXTERNAL MODULE: ./packages/canary/src/generated-load.ts
var generated_load = __webpack_require__(5712);
;// CONCATENATED MODULE: ./packages/canary/src/http-spec.ts

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** `Input 'gates': expected …, got "…"` (a long value cut, a secret never shown). */
function specError(where, expected, got) {
    const shown = typeof got === 'string' ? got : JSON.stringify(got);
    const text = shown === undefined ? 'nothing' : JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
    return new errors/* ConfigError */.xL(`Input '${where}': expected ${expected}, got ${text}`);
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
        headers[name] = text;
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

;// CONCATENATED MODULE: ./packages/canary/src/metric-spec.ts




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
    return new errors/* ConfigError */.xL(`Input '${name}': expected ${expected}, got ${text}`);
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
    if (typeof value !== 'string' || !generated_load/* LOAD_VALUES */.q.includes(value))
        throw bad(where, `a load metric "value" among ${generated_load/* LOAD_VALUES */.q.join(', ')}`, value);
    const name = metricName(entry, `load-${value}`, where, seen);
    return { name, query: value, ...thresholds(entry, where, name), template: undefined, provider: 'load' };
}
/** `{ provider: web, url, json-path, method, headers, body, min, max }` */
function webMetric(entry, index, where, seen) {
    const name = metricName(entry, `metric-${index + 1}`, where, seen);
    const owner = `metric "${name}"`;
    const url = checkUrlTemplate(entry['url'], where, owner);
    const path = entry['json-path'];
    if (typeof path !== 'string' || !(0,json_path/* parseJsonPath */.Hf)(path))
        throw bad(where, `a "json-path" to the number such as "$.data.value" for ${owner}`, path);
    const methodText = entry['method'] ?? 'GET';
    const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
    if (method !== 'GET' && method !== 'POST')
        throw bad(where, `a "method" of GET or POST for ${owner}`, methodText);
    const body = entry['body'];
    if (body !== undefined &&
        (method !== 'POST' || (typeof body !== 'string' && !isMapping(body) && !Array.isArray(body))))
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
        web: { method, headers: parseHeaders(entry['headers'], where, owner), body: bodyText, jsonPath: path.trim() },
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
/* harmony import */ var _metric_spec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8311);

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
function smokeRunner(checks, intervalMs, logger) {
    const deadlineMs = Math.max(1000, Math.floor(intervalMs / 2));
    return async (signal) => {
        const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 8413));
        const report = await runChecks(checks, {
            deadlineMs,
            intervalMs: deadlineMs,
            maxIntervalMs: deadlineMs,
            concurrency: 10,
            insecureTls: false,
            signal,
            secrets: [],
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
