export const id = 929;
export const ids = [929,514,58];
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
        const run = Promise.all(/* import() */[__webpack_require__.e(309), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 9309)).then(({ runLoad }) => runLoad(spec, {
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
        const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(309), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 9309));
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

/***/ 7929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverySummary: () => (/* reexport */ deliverySummary),
  digestsOutput: () => (/* reexport */ digestsOutput),
  digestsSummary: () => (/* reexport */ digestsSummary),
  fleetDigests: () => (/* reexport */ fleetDigests),
  fleetOutputs: () => (/* reexport */ fleetOutputs),
  fleetSlack: () => (/* reexport */ fleetSlack),
  fleetState: () => (/* reexport */ fleetState),
  fleetStateSummary: () => (/* reexport */ fleetStateSummary),
  fleetSummary: () => (/* reexport */ fleetSummary),
  loadConfig: () => (/* reexport */ loadConfig),
  planDelivery: () => (/* reexport */ planDelivery),
  planFleet: () => (/* reexport */ planFleet),
  runDelivery: () => (/* reexport */ runDelivery),
  verifyPlanImage: () => (/* reexport */ verifyPlanImage)
});

// UNUSED EXPORTS: FLEET_STAGE_SLOTS, FLEET_WAVE_SLOTS, GITHUB_LIMITS, RUN_ORDER, STAGES, describeSchema, fleetServices, formatPath, groupWaves, parseConfig, publishedSchema, schema, secretName, serviceRuns, slipwayFileSchema, validateValue

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/own-value.ts
var own_value = __webpack_require__(8208);
;// CONCATENATED MODULE: ./packages/delivery/src/schema/validate-value.ts

const MAX_SHOWN = 60;
/**
 * Checks a parsed YAML value against the subset of JSON Schema that json-schema.ts builds, and
 * says what is wrong in words. Small on purpose: it runs at the action's start, where loading a
 * general validator would cost more than the whole action's start-up.
 */
function validateValue(schema, value, path = []) {
    if (schema.anyOf)
        return validateAnyOf(schema.anyOf, value, path, schema);
    if (!schema.type)
        return [];
    if (!typeMatches(schema.type, value))
        return [{ path, expected: describe(schema), got: shown(value) }];
    switch (schema.type) {
        case 'string':
            return validateString(schema, value, path);
        case 'integer':
        case 'number': {
            const n = value;
            const outside = (schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum);
            return outside ? [{ path, expected: describe(schema), got: shown(value) }] : [];
        }
        case 'array':
            return validateArray(schema, value, path);
        case 'object':
            return validateObject(schema, value, path);
        default:
            return [];
    }
}
function validateString(schema, text, path) {
    const bad = (schema.enum && !schema.enum.includes(text)) ||
        (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) ||
        (schema.minLength !== undefined && [...text].length < schema.minLength) ||
        (schema.maxLength !== undefined && [...text].length > schema.maxLength);
    return bad ? [{ path, expected: describe(schema), got: shown(text) }] : [];
}
function validateArray(schema, list, path) {
    if (schema.minItems !== undefined && list.length < schema.minItems)
        return [{ path, expected: describe(schema), got: list.length ? `${list.length} items` : 'an empty list' }];
    const items = schema.items;
    return items ? list.flatMap((item, index) => validateValue(items, item, [...path, index])) : [];
}
function validateObject(schema, map, path) {
    const problems = [];
    const known = schema.properties ?? {};
    for (const key of schema.required ?? [])
        if ((0,own_value/* ownValue */.e)(map, key) === undefined || (0,own_value/* ownValue */.e)(map, key) === null)
            problems.push({ path: [...path, key], expected: `${describe((0,own_value/* ownValue */.e)(known, key) ?? {})} (required)` });
    const keys = Object.keys(map);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties)
        problems.push({ path, expected: describe(schema), got: 'an empty map' });
    for (const key of keys) {
        const value = map[key];
        // Own keys only: a key named "constructor" is no property the schema knows.
        const own = (0,own_value/* ownValue */.e)(known, key);
        if (own) {
            if (value !== undefined && value !== null)
                problems.push(...validateValue(own, value, [...path, key]));
            continue;
        }
        if (schema.additionalProperties === false) {
            const names = Object.keys(known);
            problems.push({ path: [...path, key], expected: `no key "${key}" here (known keys: ${names.join(', ')})` });
            continue;
        }
        if (schema.propertyNames) {
            const [bad] = validateValue(schema.propertyNames, key, [...path, key]);
            if (bad) {
                problems.push({ ...bad, expected: `a key that is ${bad.expected}` });
                continue;
            }
        }
        if (typeof schema.additionalProperties === 'object')
            problems.push(...validateValue(schema.additionalProperties, value, [...path, key]));
    }
    return problems;
}
function validateAnyOf(options, value, path, whole) {
    const tried = options.map((option) => validateValue(option, value, path));
    if (tried.some((problems) => problems.length === 0))
        return [];
    // When the value has the type of one option, that option's own complaint says most.
    const sameType = options.findIndex((o) => o.type && typeMatches(o.type, value));
    if (sameType >= 0)
        return tried[sameType];
    return [{ path, expected: describe(whole), got: shown(value) }];
}
function typeMatches(type, value) {
    switch (type) {
        case 'integer':
            return Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'array':
            return Array.isArray(value);
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        default:
            return typeof value === type;
    }
}
/** The schema in words, for "expected …". */
function describe(schema) {
    if (schema.anyOf)
        return schema.anyOf.map(describe).join(', or ');
    const example = schema.examples?.[0];
    const like = example === undefined ? '' : ` such as ${JSON.stringify(example)}`;
    switch (schema.type) {
        case 'string':
            if (schema.enum)
                return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
            if (schema.pattern !== undefined)
                return `a text${like || ` matching /${schema.pattern}/`}`;
            if (schema.maxLength !== undefined)
                return `a text of ${schema.minLength ?? 0} to ${schema.maxLength} characters${like}`;
            return `a text${schema.minLength ? ' (not empty)' : ''}${like}`;
        case 'integer':
        case 'number': {
            const what = schema.type === 'integer' ? 'an integer' : 'a number';
            if (schema.minimum !== undefined && schema.maximum !== undefined)
                return `${what} from ${schema.minimum} to ${schema.maximum}`;
            if (schema.minimum !== undefined)
                return `${what} of at least ${schema.minimum}`;
            if (schema.maximum !== undefined)
                return `${what} of at most ${schema.maximum}`;
            return what;
        }
        case 'boolean':
            return 'true or false';
        case 'array':
            return schema.minItems ? `a list of at least ${schema.minItems} item${schema.minItems > 1 ? 's' : ''}` : 'a list';
        case 'object':
            if (schema.minProperties)
                return `a map with at least ${schema.minProperties} key${schema.minProperties > 1 ? 's' : ''}${like}`;
            return `a map${like}`;
        default:
            return 'a value';
    }
}
/** A found value as a message shows it: scalars quoted and bounded, structures by kind. */
function shown(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    const text = JSON.stringify(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
/** `environments.production.canary.steps`, `smoke.checks[2].path`; odd keys quoted. */
function formatPath(path) {
    if (!path.length)
        return '(top level)';
    return path
        .map((part, i) => typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_][\w-]*$/.test(part)
            ? `${i ? '.' : ''}${part}`
            : `[${JSON.stringify(part)}]`)
        .join('');
}

;// CONCATENATED MODULE: ./packages/delivery/src/schema/json-schema.ts
const make = (json) => ({ json: stripUndefined(json) });
function stripUndefined(json) {
    return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined));
}
const string = (o = {}) => make({ type: 'string', ...o });
const oneOf = (values, o = {}) => make({ type: 'string', enum: values, ...o });
const integer = (o = {}) => make({ type: 'integer', ...o });
const number = (o = {}) => make({ type: 'number', ...o });
const json_schema_boolean = (o = {}) => make({ type: 'boolean', ...o });
const array = (items, o = {}) => make({ type: 'array', items: items.json, ...o });
/** Any YAML value (a values map, a check's body): checked further by the code that reads it. */
const anything = (o = {}) => make({ ...o });
/** A map of free keys to values of one schema. */
const record = (values, o = {}) => make({
    type: 'object',
    additionalProperties: values.json,
    propertyNames: o.keys?.json,
    minProperties: o.minProperties,
    description: o.description,
    examples: o.examples,
});
/** A map with known keys only; `required` names the keys that must be there. */
function object(properties, o = {}) {
    return make({
        type: 'object',
        description: o.description,
        examples: o.examples,
        properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.json])),
        required: o.required?.length ? [...o.required] : undefined,
        additionalProperties: false,
    });
}
/** A value matching any of the schemas (tried in order for the error message). */
const either = (options, o = {}) => make({ anyOf: options.map((s) => s.json), ...o });

// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-inputs.ts
// Apart from verify-deploy.ts, so that reading the inputs does not load the verifier and the registry client (start-up).



/** An attestation type cosign knows by name, or a predicate type URI. */
const ATTESTATION_TYPE = new RegExp(`^(${verify_policy/* ATTESTATION_TYPES */.ZX.join('|')}|https?://\\S+)$`);
const ATTESTATION_EXPECTED = `attestation types such as "slsaprovenance1" (${verify_policy/* ATTESTATION_TYPES */.ZX.join(', ')}) or a predicate type URI`;
/** The checks every reader of a policy applies (the actions' inputs, slipway.yml's verify block). */
function policyProblem(policy) {
    const bad = policy.attestations.find((type) => !ATTESTATION_TYPE.test(type));
    if (bad !== undefined)
        return { field: 'attestations', expected: ATTESTATION_EXPECTED, got: (0,input_error/* shownValue */.J)(bad) };
    const key = policy.publicKey.trim();
    if (cosign_args/* KMS_KEY */.cC.test(key))
        return undefined;
    if (/PRIVATE KEY/.test(key))
        return { field: 'key', expected: 'the public key (cosign.pub)', got: 'a private key (value not shown)' };
    try {
        (0,verify_policy/* keyLabel */.w8)(key);
        return undefined;
    }
    catch {
        return {
            field: 'key',
            expected: 'a PEM public key ("-----BEGIN PUBLIC KEY-----" …) or a KMS URI such as "awskms://…"',
            got: (0,input_error/* shownValue */.J)(key.split('\n')[0] ?? ''),
        };
    }
}
/** The verify-key and verify-attestations inputs (helm-deploy, canary): a policy, or none. */
function readVerifyInputs(reader) {
    const publicKey = reader.string('verify-key');
    const attestations = reader.list('verify-attestations', { item: ATTESTATION_TYPE, expected: ATTESTATION_EXPECTED });
    if (!publicKey) {
        if (attestations.length)
            throw inputError('verify-attestations', 'no value unless verify-key is set (the key they must be signed by)', attestations.join(','));
        return undefined;
    }
    const policy = { publicKey, attestations };
    const problem = policyProblem(policy);
    if (problem) {
        const name = problem.field === 'key' ? 'verify-key' : 'verify-attestations';
        throw new ConfigError(`Input '${name}': expected ${problem.expected}, got ${problem.got}`);
    }
    return policy;
}

;// CONCATENATED MODULE: ./packages/delivery/src/slipway-schema.ts


/**
 * The one definition of slipway.yml: the published slipway.schema.json is rendered from it
 * (`npm run schema`, checked fresh by a test) and the types below are inferred from it.
 */
const duration = (description, example) => string({ description, pattern: '^\\d+(\\.\\d+)?(ms|s|m|h)?(\\d+(\\.\\d+)?(ms|s|m|h))*$', examples: [example] });
const httpUrl = (description, example) => string({ description, pattern: '^https?://\\S+$', examples: [example] });
const objectName = (description) => string({ description, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 253, examples: ['web'] });
const valuesMap = (description) => record(anything(), { description, examples: [{ replicaCount: 3 }] });
const valuesFiles = array(string({ minLength: 1 }), {
    description: 'Values files applied in order, relative to the folder of slipway.yml.',
});
const smokeCheck = either([
    string({ description: 'A path ("/health") or a whole URL.', minLength: 1 }),
    object({
        name: string({ description: 'Shown in logs and the summary.' }),
        url: httpUrl('A whole URL (instead of path).', 'https://web.example.com/health'),
        path: string({ description: 'A path under base-url.', examples: ['/health'] }),
        method: oneOf(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
        headers: record(string()),
        body: anything({ description: 'Text, or a map/list sent as JSON.' }),
        expect: object({
            status: anything({ description: 'A code, a range such as "2xx" or "200-204", or a list of those.' }),
            'body-contains': anything({ description: 'Text or a list of texts.' }),
            'body-matches': string({ description: 'A regular expression.' }),
            json: record(anything(), { description: 'JSON paths and the values they must hold.' }),
            header: record(string(), { description: 'Header names and the values (or /regex/) they must hold.' }),
            'max-latency': duration('Slowest acceptable answer.', '500ms'),
        }),
        repeat: integer({ minimum: 1, maximum: 1000 }),
        timeout: duration('Per-request timeout.', '10s'),
    }, { description: "One check, as smoke-test's checks input takes it." }),
], { description: 'A check: a path, a URL or a map.' });
const smoke = object({
    'base-url': httpUrl("Base URL of the checks' paths. Default: the environment's url.", 'https://staging.example.com'),
    checks: array(smokeCheck, { minItems: 1, description: "The checks, as smoke-test's checks input takes them." }),
    timeout: duration('Deadline for all checks, retries included.', '2m'),
    interval: duration('First wait between retries of a failing check.', '2s'),
    'request-timeout': duration('Default timeout of one request.', '10s'),
}, { description: 'Smoke checks run after the deploy (and after a promoted canary).' });
const metric = object({
    name: string({ pattern: '^[A-Za-z0-9._-]+$' }),
    query: string({ description: 'PromQL with {{ canary }}, {{ stable }}, {{ namespace }}, {{ interval }}.' }),
    template: oneOf(['success-rate', 'latency-p95']),
    min: number(),
    max: number(),
}, { description: 'A Prometheus query and its thresholds.' });
const canary = object({
    provider: oneOf(['gateway-api', 'nginx', 'replicas'], { description: 'How traffic is split.' }),
    steps: string({
        description: 'Weights and pauses: "<weight>:<pause>" items, strictly increasing.',
        pattern: '\\S',
        examples: ['10:1m, 25:1m, 50:1m, 100'],
    }),
    interval: duration('Time between samples.', '30s'),
    count: integer({ minimum: 1, maximum: 100, description: 'Samples per step.' }),
    'failure-limit': integer({ minimum: 0, maximum: 100, description: 'Failing samples tolerated per step.' }),
    'on-inconclusive': oneOf(['pause', 'abort'], { description: 'When Prometheus has no answer.' }),
    'prometheus-url': httpUrl('Prometheus base URL (needed with metrics).', 'http://prometheus.monitoring:9090'),
    metrics: array(metric),
    'canary-values': valuesMap('Values for the canary release over the stable ones.'),
    route: objectName('The HTTPRoute or Ingress that splits traffic. Default: the release name.'),
    'stable-service': objectName('Default: the release name.'),
    'canary-service': objectName('Default: "<release>-canary".'),
    'stable-deployment': objectName('Default: the release name.'),
    'canary-deployment': objectName('Default: "<release>-canary".'),
    'scale-down-stable': json_schema_boolean({
        description: 'gateway-api, nginx: stable scales down as the canary takes traffic, and back up before traffic returns (not with an HPA on stable).',
    }),
    header: string({ description: 'A header that always reaches the canary.', examples: ['X-Canary: always'] }),
    'smoke-base-url': httpUrl("When set, the environment's smoke checks also run against the canary at every sample.", 'http://{{ canary }}.{{ namespace }}.svc:8080'),
}, { description: 'Progressive delivery: the new image as a canary beside the stable release, promoted by itself.' });
const notify = object({
    channel: string({
        description: 'A channel ID or #name (with the slack-token input).',
        pattern: '^(#[a-z0-9][a-z0-9._-]{0,79}|[CDG][A-Z0-9]{2,})$',
        examples: ['#deploys'],
    }),
    'mention-on-failure': array(string({ pattern: '^([UWS][A-Z0-9]{2,}|here|channel)$', examples: ['U0123ABCD'] })),
    'fail-on-error': json_schema_boolean({ description: 'Fail the delivery when Slack refuses the message.' }),
    timeout: duration('Budget for sending, retries included.', '30s'),
}, { description: 'The Slack message at the end (slack-webhook-url or slack-token input).' });
const verify = object({
    key: string({
        description: 'The cosign public key: PEM text, a KMS URI, or a key file relative to the folder of slipway.yml.',
        minLength: 1,
        examples: ['./cosign.pub', 'awskms:///alias/deploy'],
    }),
    attestations: array(string({ pattern: ATTESTATION_TYPE.source, examples: ['slsaprovenance1'] }), {
        description: 'Attestation types that must be present and signed by the key, as cosign --type names them, or predicate type URIs.',
    }),
}, {
    description: "Verification policy: before anything changes, the image's digest must be signed by the key (and carry these attestations); that digest is what is delivered. An environment's block overrides the top-level one key by key.",
});
const clusterName = string({
    description: 'A cluster name, unique in its environment.',
    pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    maxLength: 63,
    examples: ['eu-1'],
});
const cluster = object({
    name: clusterName,
    region: string({ description: 'A region label, shown in the plan.', pattern: '^\\S+$', examples: ['eu-west-1'] }),
    'kubeconfig-secret': string({
        description: 'Name of the secret holding the kubeconfig. Default: "KUBECONFIG_<NAME>" (upper case, - as _).',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        maxLength: 255,
        examples: ['KUBECONFIG_EU_1'],
    }),
    context: string({ description: "Kubeconfig context. Default: the environment's, or the current-context." }),
    namespace: string({
        description: "Namespace of the releases in this cluster. Default: the environment's.",
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 63,
        examples: ['shop-eu'],
    }),
    url: httpUrl("This cluster's URL for smoke checks. Default: the environment's url.", 'https://eu-1.example.com'),
}, { required: ['name'], description: 'One cluster of an environment.' });
const environment = object({
    'github-environment': string({
        description: 'The GitHub environment the deploy jobs run in (protection rules, secrets). Default: the name.',
        minLength: 1,
        maxLength: 255,
        examples: ['production'],
    }),
    clusters: array(cluster, {
        minItems: 1,
        description: 'The clusters the environment spans. Default: one cluster named after the environment.',
    }),
    waves: array(array(clusterName, { minItems: 1 }), {
        minItems: 1,
        description: 'Clusters in waves, in order; each declared cluster exactly once.',
        examples: [[['eu-canary'], ['eu-1', 'eu-2']]],
    }),
    'max-parallel': integer({ minimum: 1, description: 'Waves of at most this many clusters (instead of waves).' }),
    'wave-percent': integer({
        minimum: 1,
        maximum: 100,
        description: 'Waves of this share of the clusters, rounded up (instead of waves).',
    }),
    soak: duration('Time to wait after the last wave before the next stage.', '30m'),
    'on-failure': oneOf(['halt', 'rollback-stage'], {
        description: 'When a wave fails: halt (its clusters roll back, earlier waves keep the new version; the default) or rollback-stage (earlier waves roll back too).',
    }),
    namespace: string({
        description: 'Namespace of the release.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 63,
        examples: ['staging'],
    }),
    context: string({ description: 'Kubeconfig context. Default: its current-context.' }),
    url: httpUrl("The environment's URL: smoke base-url and the link in Slack.", 'https://staging.example.com'),
    'values-files': valuesFiles,
    set: valuesMap('Values over the shared ones.'),
    timeout: duration('Rollout timeout.', '5m'),
    'check-image': json_schema_boolean(),
    'create-namespace': json_schema_boolean({ description: 'Create the namespace when it does not exist.' }),
    smoke,
    canary,
    notify,
    verify,
}, { required: ['namespace'], description: 'One environment: where and how it is delivered.' });
const serviceValues = object({ 'values-files': valuesFiles, set: valuesMap("Values over the service's and the environment's.") }, { description: "The service's values in one environment." });
const service = object({
    name: string({
        description: 'The service name, unique; also its release name by default.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['api'],
    }),
    release: string({
        description: 'Helm release name. Default: the name.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['api'],
    }),
    chart: string({
        description: 'Chart. Default: the top-level chart.',
        pattern: '^[^-]',
        examples: ['./charts/api'],
    }),
    'chart-version': string({ pattern: '^[^-]' }),
    context: string({
        description: 'Build context, relative to the folder of slipway.yml. Default: that folder.',
        minLength: 1,
        examples: ['./api'],
    }),
    dockerfile: string({
        description: 'Dockerfile, relative to the folder of slipway.yml. Default: <context>/Dockerfile.',
        minLength: 1,
    }),
    image: string({
        description: 'An image given from outside: the service is not built.',
        pattern: '^[^\\s-]\\S*$',
        examples: ['ghcr.io/acme/edge:1.4'],
    }),
    'values-files': valuesFiles,
    set: valuesMap('Values over the top-level ones, for every environment.'),
    environments: record(serviceValues, { description: 'Values per environment (names from environments).' }),
}, { required: ['name'], description: 'One service of the fleet.' });
const slipwayFileSchema = object({
    release: string({
        description: 'Helm release name.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['web'],
    }),
    chart: string({
        description: 'Chart: a path relative to slipway.yml, repo/name or oci://.',
        // Never "-…": helm would read it as an option.
        pattern: '^[^-]',
        examples: ['./chart'],
    }),
    'chart-version': string({ pattern: '^[^-]' }),
    'values-files': valuesFiles,
    set: valuesMap('Values over the values files, for every environment.'),
    'image-values': object({ repository: string(), tag: string(), digest: string() }, { description: 'Where the image parts go in the chart values ("" leaves one out).' }),
    timeout: duration('Rollout timeout.', '5m'),
    'check-image': json_schema_boolean({ description: 'Check the image exists in its registry first.' }),
    helm: object({
        // helm 3 or 4: the majors whose flags the suite knows.
        version: string({ pattern: '^[34](\\.\\d+){0,2}$', examples: ['3'] }),
        'download-url': httpUrl('Where helm archives are downloaded from.', 'https://get.helm.sh'),
    }),
    smoke,
    notify,
    verify,
    services: array(service, {
        minItems: 1,
        description: 'The services delivered together. Default: one service from release and chart.',
    }),
    environments: record(environment, {
        minProperties: 1,
        keys: string({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: 255, examples: ['production'] }),
        description: 'The environments by name, in delivery order (the environment input picks one).',
        examples: [{ staging: { namespace: 'staging' } }],
    }),
}, {
    // release and chart are required without services: checked by fleet-checks.ts.
    required: ['environments'],
    description: 'Slipway: how services are delivered (release and chart are required without services).',
});
/** slipway.schema.json as published. */
function publishedSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'slipway.yml',
        ...slipwayFileSchema.json,
    };
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-checks.ts



/** The keys that group an environment's clusters in waves; at most one of them. */
const WAVE_KEYS = ['waves', 'max-parallel', 'wave-percent'];
const quoted = (text) => JSON.stringify(text);
/**
 * release and chart: required at the top without services (a single-service file), where the
 * schema cannot say "required unless". Checked on any map, valid or not, so that the message
 * comes first as the schema's own required keys did.
 */
function requiredWithoutServices(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const map = value;
    if ((0,own_value/* ownValue */.e)(map, 'services') !== undefined && (0,own_value/* ownValue */.e)(map, 'services') !== null)
        return [];
    const known = slipwayFileSchema.json.properties ?? {};
    return ['release', 'chart']
        .filter((key) => (0,own_value/* ownValue */.e)(map, key) === undefined || (0,own_value/* ownValue */.e)(map, key) === null)
        .map((key) => ({ path: [key], expected: `${describe((0,own_value/* ownValue */.e)(known, key) ?? {})} (required)` }));
}
/** What the schema cannot check: names that must match, be unique, or exclude each other. */
function fleetProblems(file) {
    const problems = [];
    const envNames = Object.keys(file.environments);
    if (file.services) {
        if (file.release !== undefined)
            problems.push({
                path: ['release'],
                expected: 'no top-level release with services (each service has its own, its name by default)',
            });
        const names = new Set();
        const releases = new Set();
        file.services.forEach((service, index) => {
            const at = (...rest) => ['services', index, ...rest];
            const release = service.release ?? service.name;
            if (names.has(service.name))
                problems.push({ path: at('name'), expected: 'a name no other service has', got: quoted(service.name) });
            else if (releases.has(release))
                problems.push({
                    path: at(service.release ? 'release' : 'name'),
                    expected: 'a release no other service has',
                    got: quoted(release),
                });
            names.add(service.name);
            releases.add(release);
            if (!service.chart && !file.chart)
                problems.push({ path: at('chart'), expected: "a chart (the service's own or a top-level chart) (required)" });
            if (service.image && (service.context || service.dockerfile))
                problems.push({
                    path: at(service.context ? 'context' : 'dockerfile'),
                    expected: 'no build settings beside image (an image given from outside is not built)',
                });
            for (const env of Object.keys(service.environments ?? {}))
                if (!(0,own_value/* ownValue */.e)(file.environments, env))
                    problems.push({
                        path: at('environments', env),
                        expected: `one of the environments (${envNames.join(', ')})`,
                        got: quoted(env),
                    });
        });
    }
    for (const name of envNames)
        problems.push(...clusterProblems((0,own_value/* ownValue */.e)(file.environments, name), ['environments', name]));
    return problems;
}
function clusterProblems(env, path) {
    const problems = [];
    const set = WAVE_KEYS.filter((key) => env[key] !== undefined);
    for (const key of set.slice(1))
        problems.push({
            path: [...path, key],
            expected: `only one of ${WAVE_KEYS.join(', ')} (${set[0]} is set too)`,
        });
    const declared = new Set();
    (env.clusters ?? []).forEach((cluster, index) => {
        if (declared.has(cluster.name))
            problems.push({
                path: [...path, 'clusters', index, 'name'],
                expected: 'a name no other cluster of the environment has',
                got: quoted(cluster.name),
            });
        declared.add(cluster.name);
    });
    if (!env.waves)
        return problems;
    const declaredText = env.clusters ? [...declared].join(', ') : 'none declared';
    const placed = new Set();
    env.waves.forEach((wave, w) => wave.forEach((name, i) => {
        const at = [...path, 'waves', w, i];
        if (!declared.has(name))
            problems.push({
                path: at,
                expected: `a cluster of ${formatPath([...path, 'clusters'])} (${declaredText})`,
                got: shown(name),
            });
        else if (placed.has(name))
            problems.push({ path: at, expected: 'a cluster in no other wave', got: shown(name) });
        placed.add(name);
    }));
    const missing = [...declared].filter((name) => !placed.has(name));
    if (missing.length)
        problems.push({ path: [...path, 'waves'], expected: `every cluster in one wave (missing: ${missing.join(', ')})` });
    return problems;
}

;// CONCATENATED MODULE: ./packages/delivery/src/load-config.ts






const MAX_LISTED = 3;
/** Reads, parses and validates slipway.yml against the published schema; throws one ConfigError. */
async function loadConfig(path, shownAs = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* ConfigError */.xL(`Input 'config': expected a readable slipway.yml, got "${shownAs}" (${code})`);
    }
    return parseConfig(text, shownAs, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)));
}
/** The same from text (tests, editors' previews). */
async function parseConfig(text, name, dir) {
    const { parseDocument, LineCounter, isNode } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    const syntax = doc.errors[0];
    if (syntax) {
        const { line, col } = lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigError */.xL(`${name}:${line}:${col}: expected valid YAML, ${syntax.message.split('\n')[0]}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${name}: expected valid YAML, ${error instanceof Error ? error.message : String(error)}`);
    }
    const where = (path) => {
        // The deepest node that exists: a missing key is reported where its map is.
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            if (isNode(node) && node.range) {
                const { line, col } = lines.linePos(node.range[0]);
                return `${name}:${line}:${col}`;
            }
        }
        return name;
    };
    const at = (path) => `${where(path)}: ${formatPath(path)}`;
    const problem = (path, expected, got) => new errors/* ConfigError */.xL(`${at(path)}: expected ${expected}${got === undefined ? '' : `, got ${got}`}`);
    const problems = [...requiredWithoutServices(value), ...validateValue(slipwayFileSchema.json, value ?? null)];
    // Names that must match each other are checked once every value has its type.
    if (!problems.length)
        problems.push(...fleetProblems(value));
    if (problems.length)
        throw summarise(problems, problem);
    return { file: value, name, dir, at, problem };
}
function summarise(problems, make) {
    const [first, ...rest] = problems.map((p) => make(p.path, p.expected, p.got).message);
    if (!rest.length)
        return new errors/* ConfigError */.xL(first);
    const more = rest.length > MAX_LISTED ? `; and ${rest.length - MAX_LISTED} more` : '';
    return new errors/* ConfigError */.xL(`${first} (also: ${rest.slice(0, MAX_LISTED).join('; ')}${more})`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var src_duration = __webpack_require__(5438);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
// EXTERNAL MODULE: ./packages/helm/src/helm-version.ts
var helm_version = __webpack_require__(8233);
// EXTERNAL MODULE: ./packages/smoke/src/parse-checks.ts
var parse_checks = __webpack_require__(5502);
// EXTERNAL MODULE: ./packages/canary/src/metric-spec.ts + 1 modules
var metric_spec = __webpack_require__(8311);
// EXTERNAL MODULE: ./packages/canary/src/smoke-checks.ts
var smoke_checks = __webpack_require__(7801);
;// CONCATENATED MODULE: ./packages/canary/src/steps.ts

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
        throw (0,input_error/* inputError */.X)(name, EXPECTED, text);
    const steps = [];
    for (const item of items) {
        const match = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(item);
        if (!match)
            throw (0,input_error/* inputError */.X)(name, EXPECTED, item);
        const weight = Number(match[1]);
        if (weight < 1 || weight > 100)
            throw (0,input_error/* inputError */.X)(name, `weights from 1 to 100 in ${EXPECTED}`, item);
        const previous = steps[steps.length - 1];
        if (previous && weight <= previous.weight)
            throw (0,input_error/* inputError */.X)(name, `weights strictly increasing (${weight} after ${previous.weight})`, text);
        const pause = match[2];
        let pauseMs = 0;
        const manual = pause?.toLowerCase() === 'manual';
        if (pause !== undefined && !manual) {
            const ms = (0,src_duration/* parseDurationMs */.y)(pause);
            if (ms === undefined || ms > MAX_PAUSE_MS)
                throw (0,input_error/* inputError */.X)(name, `a pause that is a duration up to 6h (such as "2m") or "manual"`, item);
            pauseMs = ms;
        }
        steps.push({ weight, pauseMs, manual });
    }
    return steps;
}
/** "10:2m, 25:manual, 100" — the steps as the user writes them. */
function formatSteps(steps) {
    return steps
        .map((s) => s.manual ? `${s.weight}:manual` : s.pauseMs ? `${s.weight}:${formatDuration(s.pauseMs)}` : `${s.weight}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./packages/delivery/src/plan-canary.ts


/** An environment's canary section as the canary action's config: the stable release, steps, analysis. */
function planCanary(config, env, envPath, deploy, image, request, duration, smokeChecks) {
    const settings = env.canary;
    const path = (key) => [...envPath, 'canary', key];
    const release = deploy.release;
    if (release.length > 46)
        throw config.problem(['release'], 'at most 46 characters with a canary (it adds "-canary")', JSON.stringify(release));
    const canaryName = `${release}-canary`;
    const target = {
        release,
        namespace: deploy.namespace,
        routeName: settings.route ?? release,
        stableService: settings['stable-service'] ?? release,
        canaryService: settings['canary-service'] ?? canaryName,
        stableDeployment: settings['stable-deployment'] ?? release,
        canaryDeployment: settings['canary-deployment'] ?? canaryName,
        header: settings.header ? parseHeader(settings.header, config, path('header')) : undefined,
    };
    const provider = settings.provider ?? 'gateway-api';
    const scaleDownStable = settings['scale-down-stable'] ?? false;
    if (scaleDownStable && provider === 'replicas')
        throw config.problem(path('scale-down-stable'), 'false with provider replicas (it splits traffic by pods itself)', 'true');
    const intervalMs = duration(path('interval'), settings.interval, 30_000);
    const metrics = reworded(config.at(path('metrics')), () => (0,metric_spec/* parseMetrics */.Bm)(settings.metrics));
    const prometheusUrl = settings['prometheus-url'];
    if (metrics.some(metric_spec/* isPrometheusMetric */.dU) && !prometheusUrl)
        throw config.problem(path('prometheus-url'), 'the Prometheus base URL when metrics are set');
    const smokeBase = settings['smoke-base-url'];
    let smokeChecksAtSteps;
    if (smokeBase) {
        const text = reworded(config.at(path('smoke-base-url')), () => (0,smoke_checks/* resolveSmokeBaseUrl */.c_)(smokeBase, {
            canary: target.canaryService,
            stable: target.stableService,
            namespace: target.namespace,
            intervalMs,
        }));
        if (!URL.canParse(text))
            throw config.problem(path('smoke-base-url'), 'an http(s) URL', JSON.stringify(smokeBase));
        smokeChecksAtSteps = smokeChecks(new URL(text), intervalMs);
    }
    return {
        action: 'start',
        deploy: { ...deploy, image: undefined },
        image: image.trim(),
        canaryValues: settings['canary-values'] ?? { replicaCount: 1 },
        steps: reworded(config.at(path('steps')), () => parseSteps(settings.steps ?? '10:1m, 25:1m, 50:1m, 100')),
        provider,
        target,
        prometheus: prometheusUrl ? { url: new URL(prometheusUrl), token: request.prometheusToken } : undefined,
        metrics,
        smokeChecks: smokeChecksAtSteps,
        count: settings.count ?? 3,
        intervalMs,
        failureLimit: settings['failure-limit'] ?? 0,
        onInconclusive: settings['on-inconclusive'] ?? 'pause',
        scaleDownStable,
        owner: request.owner,
    };
}
function parseHeader(text, config, path) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?::\s*(.*))?$/.exec(text.trim());
    if (!match)
        throw config.problem(path, 'a header name such as "X-Canary" or "X-Canary: always"', JSON.stringify(text));
    return { name: match[1], value: match[2]?.trim() || undefined };
}
/** The packages' parsers name an action input ("Input 'steps': …"): here the place is in the file. */
function reworded(at, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL && /^Input '[^']+'/.test(error.message))
            throw new errors/* ConfigError */.xL(error.message.replace(/^Input '[^']+'/, at));
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/delivery/src/plan-verify.ts



/**
 * The verify block of slipway.yml (the environment's over the top-level one, key by key) as a
 * policy: a key file is read beside slipway.yml; every problem names the file, line and column.
 */
function planVerify(config, top, env, envPath) {
    if (!top && !env)
        return undefined;
    const settings = { ...top, ...env };
    const pathOf = (key) => [
        ...(env?.[key] !== undefined ? envPath : []),
        'verify',
        key,
    ];
    if (!settings.key)
        throw config.problem([...(env ? envPath : []), 'verify', 'key'], 'the key images must be signed by (PEM text, a KMS URI or a file such as "./cosign.pub")');
    let publicKey = settings.key.trim();
    if (!cosign_args/* KMS_KEY */.cC.test(publicKey) && !publicKey.startsWith('-----BEGIN')) {
        const file = (0,external_node_path_.isAbsolute)(publicKey) ? publicKey : (0,external_node_path_.resolve)(config.dir, publicKey);
        try {
            publicKey = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
        }
        catch (error) {
            const code = error.code ?? 'unreadable';
            throw config.problem(pathOf('key'), `a readable key file, PEM text or a KMS URI`, `"${settings.key}" (${code})`);
        }
    }
    const policy = { publicKey, attestations: settings.attestations ?? [] };
    const problem = policyProblem(policy);
    if (problem)
        throw config.problem(pathOf(problem.field), problem.expected, problem.got);
    return policy;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-services.ts

/**
 * The services of slipway.yml: its `services`, or one service made of the top-level release and
 * chart (a single-service file, as before services existed). Valid files only (load-config checked
 * that release and chart are there without services, and each service has a chart).
 */
function fleetServices(file) {
    if (!file.services)
        return [
            {
                name: file.release,
                release: file.release,
                chart: file.chart,
                chartVersion: file['chart-version'],
                image: undefined,
                context: '.',
                dockerfile: undefined,
                settings: undefined,
                path: [],
            },
        ];
    return file.services.map((service, index) => ({
        name: service.name,
        release: service.release ?? service.name,
        chart: (service.chart ?? file.chart),
        chartVersion: service.chart ? service['chart-version'] : (service['chart-version'] ?? file['chart-version']),
        image: service.image,
        context: service.context ?? '.',
        dockerfile: service.dockerfile,
        settings: service,
        path: ['services', index],
    }));
}
/**
 * The values a service adds: its own (over the top-level ones) and those it has in one
 * environment (over the environment's). Layered: file, service, environment, service in environment.
 */
function fleet_services_serviceValues(service, environment) {
    const own = service.settings;
    const perEnv = own?.environments ? (0,own_value/* ownValue */.e)(own.environments, environment) : undefined;
    return {
        own: { valuesFiles: own?.['values-files'] ?? [], set: own?.set ?? {} },
        inEnvironment: { valuesFiles: perEnv?.['values-files'] ?? [], set: perEnv?.set ?? {} },
    };
}

;// CONCATENATED MODULE: ./packages/delivery/src/stages.ts
/** The stages of a delivery, in the order they are named in the stages input. */
const STAGES = (/* unused pure expression or super */ null && (['deploy', 'smoke', 'canary', 'notify']));
/** The order they run in: a canary does the deploy itself, then the smoke checks see the promoted release. */
const RUN_ORDER = ['deploy', 'canary', 'smoke', 'notify'];

;// CONCATENATED MODULE: ./packages/delivery/src/plan-delivery.ts









const HOUR = 3_600_000;
/** Picks the environment out of slipway.yml and turns it, with the inputs, into a delivery plan. */
function planDelivery(config, request) {
    const { file } = config;
    const env = (0,own_value/* ownValue */.e)(file.environments, request.environment);
    if (!env)
        throw (0,input_error/* inputError */.X)('environment', `one of the environments ${config.name} names (${Object.keys(file.environments).join(', ')})`, request.environment);
    const envPath = ['environments', request.environment];
    const service = chooseService(config, request.service);
    const values = fleet_services_serviceValues(service, request.environment);
    const cluster = chooseCluster(config, env, request);
    const namespace = cluster?.namespace ?? env.namespace;
    const environmentUrl = cluster?.url ?? env.url;
    const context = cluster?.context ?? env.context;
    const duration = (path, text, fallback) => {
        if (text === undefined)
            return fallback;
        const ms = (0,src_duration/* parseDurationMs */.y)(text);
        if (ms === undefined || ms < 1 || ms > 6 * HOUR)
            throw config.problem(path, 'a duration such as "90s", "2m" or "500ms", at most 6h', JSON.stringify(text));
        return ms;
    };
    const smokeSettings = { ...file.smoke, ...env.smoke };
    const notifySettings = file.notify || env.notify ? { ...file.notify, ...env.notify } : undefined;
    const stages = chooseStages(request, env, smokeSettings, notifySettings);
    const image = stages.includes('deploy') || stages.includes('canary') ? request.image : undefined;
    if ((stages.includes('deploy') || stages.includes('canary')) && !image)
        throw (0,input_error/* inputError */.X)('image', 'the image to deliver, such as "ghcr.io/acme/web@sha256:…" (deploy and canary need it)');
    const timeoutMs = duration(env.timeout ? [...envPath, 'timeout'] : ['timeout'], env.timeout ?? file.timeout, 300_000);
    const deploy = {
        mode: 'deploy',
        release: service.release,
        namespace,
        chart: chartPath(service.chart, config.dir),
        chartVersion: service.chartVersion,
        valuesFiles: [
            ...(file['values-files'] ?? []),
            ...values.own.valuesFiles,
            ...(env['values-files'] ?? []),
            ...values.inEnvironment.valuesFiles,
        ].map((f) => ((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(config.dir, f))),
        set: (0,image_values/* mergeValues */.D3)(file.set ?? {}, values.own.set, env.set ?? {}, values.inEnvironment.set),
        image: image ? (0,image_values/* splitImageRef */.l2)(image) : undefined,
        imageValues: { ...image_values/* DEFAULT_IMAGE_VALUES */.$Y, ...file['image-values'] },
        timeoutMs,
        historyMax: 10,
        rollbackOnFailure: true,
        createNamespace: env['create-namespace'] ?? false,
        checkImage: env['check-image'] ?? file['check-image'] ?? true,
        strategy: 'rolling',
        blueGreen: undefined,
        revision: undefined,
    };
    const smokeChecks = (baseUrl, baseHint, requestTimeoutMs) => {
        const path = [...(env.smoke?.checks ? envPath : []), 'smoke', 'checks'];
        try {
            return (0,parse_checks/* parseChecks */.B)(smokeSettings.checks, {
                where: config.at(path),
                baseUrl,
                defaultRequestTimeoutMs: requestTimeoutMs,
            });
        }
        catch (error) {
            // The engine names smoke-test's input; here the base URL comes from the file.
            if (error instanceof errors/* ConfigError */.xL)
                throw new errors/* ConfigError */.xL(error.message.replace(`the input 'base-url'`, baseHint));
            throw error;
        }
    };
    const smokePath = (key) => [
        ...(env.smoke?.[key] ? envPath : []),
        'smoke',
        key,
    ];
    const requestTimeoutMs = duration(smokePath('request-timeout'), smokeSettings['request-timeout'], 10_000);
    const baseText = smokeSettings['base-url'] ?? environmentUrl;
    const smoke = stages.includes('smoke')
        ? {
            checks: smokeChecks(baseText ? new URL(baseText) : undefined, `smoke.base-url or the environment's url`, requestTimeoutMs),
            options: {
                deadlineMs: duration(smokePath('timeout'), smokeSettings.timeout, 120_000),
                intervalMs: duration(smokePath('interval'), smokeSettings.interval, 2000),
                maxIntervalMs: 15_000,
                concurrency: 10,
                insecureTls: false,
                secrets: [],
            },
        }
        : undefined;
    const canary = stages.includes('canary')
        ? planCanary(config, env, envPath, deploy, image, request, duration, (baseUrl, interval) => smokeChecks(baseUrl, 'canary.smoke-base-url', Math.min(10_000, interval)))
        : undefined;
    const notify = stages.includes('notify')
        ? {
            channel: notifySettings?.channel,
            mentions: notifySettings?.['mention-on-failure'] ?? [],
            failOnError: notifySettings?.['fail-on-error'] ?? false,
            deadlineMs: duration(env.notify?.timeout ? [...envPath, 'notify', 'timeout'] : ['notify', 'timeout'], notifySettings?.timeout, 30_000),
        }
        : undefined;
    if (notify && request.slack === 'token' && !notify.channel)
        throw config.problem([...envPath, 'notify', 'channel'], 'a channel such as "#deploys" with the slack-token input');
    const version = file.helm?.version;
    const verify = planVerify(config, file.verify, env.verify, envPath);
    return {
        environment: request.environment,
        namespace,
        context,
        environmentUrl,
        image: image?.trim(),
        stages,
        deploy,
        smoke,
        canary,
        notify,
        helmVersion: version ? (0,helm_version/* parseVersionSpec */.ZD)(version) : undefined,
        helmDownloadUrl: file.helm?.['download-url'] ?? 'https://get.helm.sh',
        verify: image ? verify : undefined,
    };
}
/** The cluster named (one of the environment's clusters), or none: the environment as a whole. */
function chooseCluster(config, env, request) {
    if (request.cluster === undefined)
        return undefined;
    const clusters = env.clusters ?? [{ name: request.environment }];
    const found = clusters.find((c) => c.name === request.cluster);
    if (!found)
        throw (0,input_error/* inputError */.X)('cluster', `one of the clusters of ${request.environment} in ${config.name} (${clusters.map((c) => c.name).join(', ')})`, request.cluster);
    return found;
}
/** The one service delivered: named, or the only one the file has. */
function chooseService(config, name) {
    const services = fleetServices(config.file);
    if (name === undefined) {
        if (services.length === 1)
            return services[0];
        throw config.problem(['services'], 'one service for a one-step delivery (mode: plan and the fleet workflow deliver several)', `${services.length} services`);
    }
    const found = services.find((s) => s.name === name);
    if (!found)
        throw (0,input_error/* inputError */.X)('service', `one of the services ${config.name} names (${services.map((s) => s.name).join(', ')})`, name);
    return found;
}
/** The stages asked for, less those the environment does not configure (an error when asked by name). */
function chooseStages(request, env, smoke, notify) {
    const configured = {
        deploy: undefined,
        smoke: smoke.checks ? undefined : 'no smoke checks',
        canary: env.canary ? undefined : 'no canary',
        notify: request.slack ? undefined : 'no slack-webhook-url or slack-token input',
    };
    if (notify && !request.slack && (request.stages === undefined || request.stages.includes('notify')))
        throw (0,input_error/* inputError */.X)('slack-webhook-url', `a Slack incoming webhook URL (or slack-token) because the configuration has notify settings; leave notify out of stages to skip it`);
    const asked = request.stages ?? RUN_ORDER;
    if (request.stages) {
        const missing = request.stages.find((stage) => (0,own_value/* ownValue */.e)(configured, stage));
        if (missing)
            throw (0,input_error/* inputError */.X)('stages', `stages that environment "${request.environment}" configures (${missing}: ${configured[missing]})`, request.stages.join(', '));
    }
    const chosen = RUN_ORDER.filter((stage) => asked.includes(stage) && !configured[stage]);
    // A canary deploys the new image itself (and promotes it into the release): no plain upgrade first.
    return chosen.includes('canary') ? chosen.filter((stage) => stage !== 'deploy') : chosen;
}
/** A local chart path resolves beside slipway.yml; repo/name and oci:// stay as they are. */
function chartPath(chart, dir) {
    if (chart.includes('://') || (0,external_node_path_.isAbsolute)(chart))
        return chart;
    const local = (0,external_node_path_.resolve)(dir, chart);
    return chart.startsWith('.') || (0,external_node_fs_.existsSync)(local) ? local : chart;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/delivery/src/verify-plan-image.ts

/**
 * The plan's image checked against slipway.yml's verify block, and the plan changed to deliver
 * exactly the verified digest (deploy and canary). A refusal throws one ConfigError line.
 */
async function verifyPlanImage(plan, deps) {
    if (!plan.verify)
        return undefined;
    const { verifyDeployImage } = await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 993));
    const { splitImageRef } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(910), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 5841));
    const verified = await verifyDeployImage(plan.image, plan.verify, {
        what: `the stages ${plan.stages.join(', ')}`,
        logger: deps.logger,
        env: deps.env,
        tempDir: deps.tempDir ?? (0,external_node_os_.tmpdir)(),
        ...(deps.signal ? { signal: deps.signal } : {}),
    });
    if (!verified)
        return undefined;
    plan.image = verified.digestRef;
    plan.deploy.image = splitImageRef(verified.digestRef);
    if (plan.canary)
        plan.canary.image = verified.digestRef;
    return verified;
}

;// CONCATENATED MODULE: ./packages/delivery/src/run-delivery.ts


/**
 * Runs the plan's stages in order, in this process, with the same package calls the single
 * actions make. A failed stage skips the ones after it, except notify, which says how it went.
 */
async function runDelivery(plan, ctx) {
    const report = { environment: plan.environment, result: 'succeeded', stages: [] };
    let session;
    const open = () => (session ??= ctx.openSession());
    const stop = (stage, outcome, detail, failure) => {
        report.stages.push({ stage, outcome, detail });
        if (outcome === 'failed') {
            report.result = 'failed';
            report.failure ??= failure ?? new Error(detail);
        }
        else if (outcome === 'paused' && report.result === 'succeeded')
            report.result = 'paused';
    };
    // The verification policy goes first: a refused image throws before a message, a deployment or a release.
    const verified = ctx.verified ?? (await verifyPlanImage(plan, ctx));
    if (verified)
        report.verified = verified;
    const started = await postStarted(plan, ctx);
    const deployment = await startDeployment(plan, ctx);
    if (deployment?.id !== undefined)
        report.deploymentId = deployment.id;
    for (const stage of plan.stages) {
        if (stage === 'notify')
            continue;
        if (report.result !== 'succeeded' || ctx.signal?.aborted) {
            stop(stage, 'skipped', report.result === 'paused' ? 'the canary is paused' : 'an earlier stage did not succeed');
            continue;
        }
        try {
            await ctx.logger.group(`Slipway: ${stage}`, () => runStage(stage, plan, ctx, report, open, stop));
        }
        catch (error) {
            stop(stage, 'failed', (0,errors/* errorMessage */.gJ)(error), error);
        }
    }
    if (ctx.signal?.aborted) {
        report.result = 'failed';
        report.failure ??= ctx.signal.reason ?? new errors/* CancelledError */.cc('cancelled');
    }
    if (deployment)
        await finishDeployment(deployment, report, ctx.logger);
    if (plan.stages.includes('notify'))
        await notifyStage(plan, ctx, report, stop, started);
    return report;
}
/** A GitHub deployment in the environment, in_progress before the release changes (deploy or canary). */
async function startDeployment(plan, ctx) {
    if (!ctx.github || !plan.stages.some((stage) => stage === 'deploy' || stage === 'canary'))
        return undefined;
    const { DeploymentLifecycle } = await __webpack_require__.e(/* import() */ 217).then(__webpack_require__.bind(__webpack_require__, 5217));
    const lifecycle = new DeploymentLifecycle({ ...ctx.github, environment: plan.environment, environmentUrl: plan.environmentUrl }, { logger: ctx.logger, signal: ctx.signal });
    const via = plan.stages.includes('canary') ? 'canary' : 'rolling';
    const { deploymentPayload } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 707));
    await lifecycle.start({
        description: `${plan.deploy.release} ${plan.image ?? ''} (${via})`,
        // The same payload helm-deploy writes, so delivery-metrics reads this delivery's kind and lead time.
        payload: await deploymentPayload({
            kind: via === 'canary' ? 'canary' : 'deploy',
            release: plan.deploy.release,
            namespace: plan.namespace,
            strategy: via,
            chart: plan.deploy.chart,
            image: plan.image,
            stages: plan.stages,
        }),
        transientEnvironment: false,
    });
    return lifecycle;
}
/** success when every stage before notify succeeded; failure with the first failure's words. */
async function finishDeployment(lifecycle, report, logger) {
    const failed = report.stages.find((s) => s.outcome === 'failed' || s.outcome === 'paused');
    const end = failed
        ? { state: 'failure', description: failed.detail }
        : { state: 'success', description: `Delivered ${report.stages.map((s) => s.stage).join(', ')}` };
    await lifecycle.finish(end).catch((error) => {
        logger.warning((0,errors/* errorMessage */.gJ)(error));
    });
}
async function runStage(stage, plan, ctx, report, open, stop) {
    if (stage === 'deploy') {
        const { runRelease } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(910), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 5841));
        const { recordRelease } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 707));
        const session = await open();
        const startedAt = Date.now();
        const deployed = await runRelease(plan.deploy, session);
        report.deploy = deployed;
        // The same delivery history helm-deploy keeps, so delivery-metrics counts this deploy too.
        await recordRelease(plan.deploy, deployed, session, {
            startedAt,
            environment: plan.environment,
            logger: ctx.logger,
        });
        if (deployed.failure) {
            const rollback = deployed.failure.rollback ? `; ${deployed.failure.rollback}` : '';
            return stop(stage, 'failed', `Deploy of ${deployed.release} failed: ${deployed.failure.reason}${rollback}`);
        }
        return stop(stage, 'succeeded', `revision ${deployed.revision ?? '?'} ${deployed.status}`);
    }
    if (stage === 'canary') {
        const config = plan.canary;
        const { canaryRun, runCanary } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(910), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 7613));
        const { recordCanary } = await Promise.all(/* import() */[__webpack_require__.e(589), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 707));
        const session = await open();
        const outcome = await runCanary(canaryRun(config, session, ctx.logger, { onSaved: ctx.onCanarySaved }));
        report.canary = outcome;
        await recordCanary(outcome, session, ctx.logger);
        if (outcome.result === 'aborted')
            return stop(stage, 'failed', `Canary of ${config.deploy.release} aborted: ${outcome.state.abortReason ?? 'aborted'}`);
        if (outcome.result === 'paused')
            return stop(stage, 'paused', `paused at step ${outcome.state.step + 1} (${outcome.state.weight}%) until a resume`);
        return stop(stage, 'succeeded', `promoted ${config.image} through ${outcome.state.steps.length} steps`);
    }
    const smoke = plan.smoke;
    const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(309), __webpack_require__.e(620)]).then(__webpack_require__.bind(__webpack_require__, 9309));
    const checked = await runChecks(smoke.checks, { ...smoke.options, signal: ctx.signal }, ctx.logger);
    report.smoke = checked;
    if (checked.passed)
        return stop(stage, 'succeeded', `${checked.total} checks passed`);
    const names = checked.checks.filter((c) => !c.passed).map((c) => c.name);
    stop(stage, 'failed', `${checked.failed} of ${checked.total} smoke checks failed: ${names.slice(0, 5).join(', ')}`);
}
/** The message of how the delivery went; Slack down fails the delivery only with fail-on-error. */
async function notifyStage(plan, ctx, report, stop, started) {
    const notify = plan.notify;
    if (!ctx.slack)
        return stop('notify', 'skipped', 'no Slack secret');
    const status = statusOf(report, ctx.signal);
    report.notifyStatus = status;
    const failed = report.stages.find((s) => s.outcome === 'failed');
    const stages = report.stages.map((s) => `${s.stage} ${s.outcome}`).join(', ');
    // With a bot token the "started" message is updated in place: one message per delivery.
    const sent = await sendSlack(plan, ctx, status, stages, failed?.detail, started);
    report.notify = sent;
    if (sent.ok)
        return stop('notify', 'succeeded', `Slack message ${sent.action} (${status})`);
    const detail = `Slack notification not sent: ${sent.error} (${sent.detail})`;
    if (notify.failOnError)
        return stop('notify', 'failed', detail);
    ctx.logger.warning(`${detail}; the delivery is judged without it (fail-on-error is false)`);
    stop('notify', 'skipped', detail);
}
/** "Deploy started" before anything changes, when the message can be updated later (bot token). */
async function postStarted(plan, ctx) {
    if (ctx.slack?.kind !== 'web-api' || !plan.stages.includes('notify'))
        return undefined;
    const sent = await sendSlack(plan, ctx, 'started', plan.stages.join(', '), undefined, undefined);
    if (!sent.ok)
        ctx.logger.warning(`Slack: the "started" message was not sent (${sent.error}); the end will post anew`);
    return sent.ok ? { channel: sent.channel, ts: sent.ts } : undefined;
}
async function sendSlack(plan, ctx, status, stages, text, update) {
    const notify = plan.notify;
    const slack = ctx.slack;
    const { composeMessage, readGithubContext, sendNotification } = await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 9049));
    const fields = { Release: `${plan.deploy.release} in ${plan.namespace}` };
    if (plan.image)
        fields['Image'] = plan.image;
    fields['Stages'] = stages;
    const now = ctx.now ?? Date.now;
    const { message } = await composeMessage({
        facts: {
            status,
            github: readGithubContext(ctx.env),
            environment: plan.environment,
            environmentUrl: plan.environmentUrl,
            durationMs: status === 'started' ? undefined : Math.max(0, now() - ctx.startedAt),
            fields,
            text,
            mentions: notify.mentions,
        },
        env: ctx.env,
    });
    const target = slack.kind === 'webhook'
        ? slack
        : { ...slack, channel: update?.channel ?? notify.channel, updateTs: update?.ts };
    return sendNotification(message, target, { deadlineMs: notify.deadlineMs, logger: ctx.logger });
}
function statusOf(report, signal) {
    if (signal?.aborted)
        return 'cancelled';
    if (report.canary?.result === 'aborted')
        return 'canary-aborted';
    if (report.deploy?.rolledBack)
        return 'rolled-back';
    if (report.result === 'failed')
        return 'failed';
    if (report.canary?.result === 'promoted')
        return 'canary-promoted';
    return 'succeeded';
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
// EXTERNAL MODULE: ./packages/helm/src/deploy/deploy-summary.ts
var deploy_summary = __webpack_require__(2040);
// EXTERNAL MODULE: ./packages/smoke/src/smoke-summary.ts
var smoke_summary = __webpack_require__(4653);
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
        `Image \`${state.image}\` in namespace \`${state.namespace}\` through ${state.provider}, ${(0,src_duration/* formatDuration */.a)(Math.max(0, now - state.startedAt))} since the start.`,
    ];
    if (state.phase === 'aborted')
        lines.push(`**Why:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.abortReason ?? 'aborted')}`);
    if (state.failedCheck?.actual !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)}: expected ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}, got ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.actual)}`);
    else if (state.failedCheck?.value !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)} = ${state.failedCheck.value}, threshold ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}`);
    if (state.phase === 'paused')
        lines.push(`**Paused:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.pausedReason ?? '')}. Run again with \`action: resume\`, \`promote\` or \`abort\`.`);
    summary.paragraph(lines.join('<br>'));
    summary.table(['Time', 'Step', 'Weight', 'Pause', 'Decision', 'Detail'], state.timeline.map((entry) => {
        const step = state.steps[entry.step];
        return [
            `+${(0,src_duration/* formatDuration */.a)(Math.max(0, entry.at - state.startedAt))}`,
            entry.step >= 0 ? `${entry.step + 1}/${state.steps.length}` : '–',
            `${entry.weight}%`,
            step ? (step.manual ? 'manual' : step.pauseMs ? (0,src_duration/* formatDuration */.a)(step.pauseMs) : '–') : '–',
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
    for (const spec of metrics) {
        const chart = metricChart(state, spec);
        if (chart)
            summary
                .heading(`${(0,runner_summary/* escapeMarkdown */.FV)(spec.name)} against ${(0,runner_summary/* escapeMarkdown */.FV)((0,metric_spec/* formatThreshold */.B6)(spec))}`, 3)
                .code(chart, 'mermaid');
    }
    return summary;
}

;// CONCATENATED MODULE: ./packages/notify/src/notify-summary.ts

const TRANSPORT = { webhook: 'incoming webhook', 'web-api': 'Web API' };
const METHOD = {
    posted: 'chat.postMessage',
    replied: 'chat.postMessage (thread reply)',
    updated: 'chat.update',
};
/** What was sent where, never how (no webhook URL, no token): the table of one notification. */
function notifySummary(result, status, fallbackText) {
    const heading = result.ok ? `Slack: ✅ message ${result.action}` : `Slack: ⚠️ message not sent (${result.error})`;
    const via = result.transport === 'webhook' ? TRANSPORT.webhook : `${TRANSPORT['web-api']} ${METHOD[result.action]}`;
    const rows = [
        ['Message', status ? `built-in "${status}"` : 'custom payload'],
        ['Sent through', via],
        ['Channel', result.channel || (result.transport === 'webhook' ? "the webhook's channel" : '–')],
    ];
    if (result.ts)
        rows.push(['Message ts', result.ts]);
    if (result.action === 'replied' || result.action === 'updated')
        rows.push(['Thread ts', result.threadTs || '–']);
    rows.push(['Attempts', String(result.attempts)]);
    if (!result.ok)
        rows.push(['Error', `${result.error}: ${result.detail}`]);
    const summary = new runner_summary/* SummaryBuilder */.CF().heading(heading).table(['What', 'Value'], rows);
    if (fallbackText)
        summary.paragraph('Notification text:').code(fallbackText);
    return summary;
}

// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts + 4 modules
var verify_deploy = __webpack_require__(9743);
;// CONCATENATED MODULE: ./packages/delivery/src/delivery-summary.ts






const MARK = { succeeded: '✅', failed: '❌', paused: '⏸️', skipped: '⏭️' };
const HEADLINE = { succeeded: '✅ delivered', failed: '❌ failed', paused: '⏸️ paused' };
/** One job summary for the whole delivery: a table of stages, then each stage's own summary. */
function deliverySummary(plan, report) {
    const summary = new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway: ${plan.deploy.release} to ${plan.environment} ${HEADLINE[report.result]}`)
        .table(['Stage', 'Result', 'Detail'], report.stages.map((s) => [s.stage, `${MARK[s.outcome]} ${s.outcome}`, s.detail]));
    if (plan.image)
        summary.paragraph(`Image: \`${plan.image.replace(/`/g, '')}\` in namespace \`${plan.namespace}\``);
    (0,verify_deploy/* verifiedSummary */.x)(summary, report.verified);
    // Each stage's summary is rendered as the single action writes it; the whole stays under 1 MiB.
    if (report.deploy)
        summary.paragraph((0,deploy_summary/* deploySummary */.e)(report.deploy).render());
    if (report.canary)
        summary.paragraph(canarySummary(report.canary.state, plan.canary?.metrics ?? []).render());
    if (report.smoke)
        summary.paragraph((0,smoke_summary/* smokeSummary */.W)(report.smoke).render());
    if (report.notify)
        summary.paragraph(notifySummary(report.notify, report.notifyStatus, undefined).render());
    return summary;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/github-limits.ts
/**
 * GitHub's limits that a fleet plan must stay within (../shared/FIELD.md, "GitHub platform
 * facts", re-checked against docs.github.com "Defining outputs for jobs" and "Running variations
 * of jobs in a workflow"):
 * - a matrix generates at most 256 jobs per workflow run;
 * - "Outputs can be a maximum of 1 MB per job. The total of all outputs in a workflow run can be
 *   a maximum of 50 MB. Size is approximated based on UTF-16 encoding." (github/docs #54832,
 *   2025; FIELD.md still has the older "1 MB each"): the plan job's outputs together stay under
 *   1 MB counted as UTF-16, 2 bytes per code unit, and 1 MB read as 1,000,000 bytes (the safe side).
 */
const GITHUB_LIMITS = {
    matrixJobs: 256,
    jobOutputBytes: 1_000_000,
    runOutputBytes: 50_000_000,
};
/**
 * The stages a fleet workflow can run: a workflow cannot make jobs at run time, so each stage is
 * a fixed slot of jobs in the workflow file, and a plan with more stages than slots is refused.
 */
const FLEET_STAGE_SLOTS = 6;
/** The waves a stage slot of the fleet workflow runs (fleet-stage.yml's wave jobs), in order. */
const FLEET_WAVE_SLOTS = 8;
/** The size GitHub counts for an output: UTF-16 code units, two bytes each. */
function outputBytes(text) {
    return text.length * 2;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-outputs.ts

function stageSlot(stage) {
    return {
        name: stage.name,
        githubEnvironment: stage.githubEnvironment,
        soakSeconds: Math.ceil(stage.soakMs / 1000),
        onFailure: stage.onFailure,
        waveCount: stage.waves.length,
        waves: stage.waves.map((wave) => wave.matrix),
    };
}
function fleetOutputs(plan) {
    const outputs = {
        plan: JSON.stringify(plan),
        'build-matrix': JSON.stringify({ include: plan.builds }),
        environments: JSON.stringify(plan.stages.map((s) => s.name)),
        jobs: String(plan.jobs),
    };
    for (let slot = 1; slot <= FLEET_STAGE_SLOTS; slot++) {
        const stage = plan.stages[slot - 1];
        outputs[`stage-${slot}`] = stage ? JSON.stringify(stageSlot(stage)) : '';
    }
    return outputs;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/plan-waves.ts
/**
 * The waves of an environment: the explicit `waves`, or chunks of `max-parallel` clusters, or
 * chunks of `wave-percent` of them (ceil(n × p / 100), at least one), in declaration order.
 * Without any of them, every cluster is in one wave: all at once, as a plain matrix runs.
 * Valid settings only (load-config checked that waves name each declared cluster once).
 */
function groupWaves(clusters, settings) {
    if (settings.waves)
        return { rule: 'waves', waves: settings.waves.map((wave) => [...wave]) };
    if (settings['max-parallel'] !== undefined)
        return { rule: 'max-parallel', waves: chunks(clusters, settings['max-parallel']) };
    if (settings['wave-percent'] !== undefined) {
        const size = Math.max(1, Math.ceil((clusters.length * settings['wave-percent']) / 100));
        return { rule: 'wave-percent', waves: chunks(clusters, size) };
    }
    return { rule: 'one wave', waves: clusters.length ? [[...clusters]] : [] };
}
function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/plan-fleet.ts






/**
 * slipway.yml as the jobs a fleet workflow runs: stages in the file's order, each in waves, each
 * wave one matrix of services × clusters. Refused (ConfigError naming the limit and the place in
 * slipway.yml) when a matrix would pass GitHub's 256 jobs, the outputs its 1 MB per job, or the
 * stages the workflow's slots.
 */
function planFleet(config, request = {}) {
    const { file } = config;
    const envNames = subset('environments', Object.keys(file.environments), request.environments, config.name);
    const all = fleetServices(file);
    const chosen = subset('services', all.map((s) => s.name), request.services, config.name);
    const services = all.filter((s) => chosen.includes(s.name));
    if (envNames.length > FLEET_STAGE_SLOTS)
        throw config.problem(['environments'], `at most ${FLEET_STAGE_SLOTS} stages in one run (the fleet workflow's stage slots); deliver fewer with the environments input`, `${envNames.length} (${envNames.join(', ')})`);
    const base = request.base ?? '.';
    const builds = services
        .filter((s) => !s.image)
        .map((s) => ({
        service: s.name,
        context: external_node_path_.posix.join(base, s.context),
        dockerfile: external_node_path_.posix.join(base, s.dockerfile ?? external_node_path_.posix.join(s.context, 'Dockerfile')),
    }));
    if (builds.length > GITHUB_LIMITS.matrixJobs)
        throw config.problem(['services'], `at most ${GITHUB_LIMITS.matrixJobs} services to build (GitHub's limit of jobs per matrix)`, `${builds.length}`);
    const stages = envNames.map((name) => planStage(config, name, (0,own_value/* ownValue */.e)(file.environments, name), services, request.clusters));
    if (request.clusters?.length) {
        const known = stages.flatMap((stage) => clusterNames(stage.name, (0,own_value/* ownValue */.e)(file.environments, stage.name)));
        const unknown = request.clusters.find((name) => !known.includes(name));
        if (unknown !== undefined)
            throw (0,input_error/* inputError */.X)('clusters', `clusters of ${envNames.join(', ')} in ${config.name} (${known.join(', ')})`, unknown);
    }
    const plan = {
        stages,
        services: services.map((s) => ({ name: s.name, release: s.release, image: s.image ?? '' })),
        builds,
        jobs: stages.reduce((n, s) => n + s.waves.reduce((m, w) => m + w.matrix.include.length, 0), 0),
    };
    checkOutputSize(config, plan);
    return plan;
}
function planStage(config, name, env, services, only) {
    const envPath = ['environments', name];
    const clusters = stageClusters(name, env);
    const byName = new Map(clusters.map((c) => [c.name, c]));
    const grouped = groupWaves(clusters.map((c) => c.name), env);
    const groups = only?.length
        ? {
            ...grouped,
            waves: grouped.waves.map((wave) => wave.filter((c) => only.includes(c))).filter((wave) => wave.length),
        }
        : grouped;
    if (groups.waves.length > FLEET_WAVE_SLOTS)
        throw config.problem(wavePath(envPath, groups.rule, FLEET_WAVE_SLOTS, env), `at most ${FLEET_WAVE_SLOTS} waves in a stage (the fleet workflow's wave slots); group the clusters in fewer, larger waves`, `${groups.waves.length} waves (${groups.rule})`);
    const smoke = Boolean(env.smoke?.checks ?? config.file.smoke?.checks);
    const soakMs = env.soak === undefined ? 0 : (0,src_duration/* parseDurationMs */.y)(env.soak);
    if (soakMs === undefined)
        throw config.problem([...envPath, 'soak'], 'a duration such as "30m" or "1h"', JSON.stringify(env.soak));
    const waves = groups.waves.map((names, index) => {
        const include = services.flatMap((service) => names.map((clusterName) => {
            const cluster = byName.get(clusterName);
            return {
                service: service.name,
                release: service.release,
                image: service.image ?? '',
                stage: name,
                cluster: cluster.name,
                region: cluster.region ?? '',
                kubeconfigSecret: cluster['kubeconfig-secret'] ?? secretName(cluster.name),
                kubeContext: cluster.context ?? env.context ?? '',
                namespace: cluster.namespace ?? env.namespace,
                stages: smoke ? 'deploy,smoke' : 'deploy',
                url: cluster.url ?? env.url ?? '',
                wave: index + 1,
            };
        }));
        if (include.length > GITHUB_LIMITS.matrixJobs)
            throw config.problem(wavePath(envPath, groups.rule, index, env), `at most ${GITHUB_LIMITS.matrixJobs} deploy jobs in a wave (GitHub's limit of jobs per matrix); group the clusters in smaller waves (waves, max-parallel or wave-percent) or deliver fewer services per run`, `${include.length} in wave ${index + 1} (${count(services.length, 'service')} × ${count(names.length, 'cluster')})`);
        return { wave: index + 1, clusters: names, matrix: { include } };
    });
    return {
        name,
        githubEnvironment: env['github-environment'] ?? name,
        namespace: env.namespace,
        url: env.url ?? '',
        soak: env.soak ?? '',
        soakMs,
        onFailure: env['on-failure'] ?? 'halt',
        waveRule: groups.rule,
        waves,
    };
}
/** The environment's clusters; without any, one named after the environment. */
function stageClusters(name, env) {
    return env.clusters ?? [{ name, 'kubeconfig-secret': secretName(name) }];
}
const clusterNames = (name, env) => stageClusters(name, env).map((c) => c.name);
/** Where a too-large wave comes from: the wave itself, the key that sized it, or the clusters. */
function wavePath(envPath, rule, index, env) {
    if (rule === 'waves')
        return [...envPath, 'waves', index];
    if (rule !== 'one wave')
        return [...envPath, rule];
    return env.clusters ? [...envPath, 'clusters'] : envPath;
}
function checkOutputSize(config, plan) {
    const bytes = Object.values(fleetOutputs(plan)).reduce((n, text) => n + outputBytes(text), 0);
    if (bytes <= GITHUB_LIMITS.jobOutputBytes)
        return;
    const largest = [...plan.stages].sort((a, b) => jobsOf(b) - jobsOf(a))[0];
    throw config.problem(largest ? ['environments', largest.name] : ['environments'], `a plan within GitHub's ${GITHUB_LIMITS.jobOutputBytes / 1_000_000} MB of outputs per job (counted as UTF-16); deliver fewer stages or services per run (the environments and services inputs)`, `${(bytes / 1_000_000).toFixed(2)} MB for ${plan.jobs} deploy jobs`);
}
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
const jobsOf = (stage) => stage.waves.reduce((n, w) => n + w.matrix.include.length, 0);
/** `KUBECONFIG_EU_1` for "eu-1": a secret name GitHub accepts (letters, digits, _). */
function secretName(name) {
    return `KUBECONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** The names asked for, in the file's order; an unknown name is an error naming the input. */
function subset(input, names, asked, file) {
    if (!asked?.length)
        return names;
    const unknown = asked.find((name) => !names.includes(name));
    if (unknown !== undefined)
        throw (0,input_error/* inputError */.X)(input, `${input} that ${file} names (${names.join(', ')})`, unknown);
    return names.filter((name) => asked.includes(name));
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-summary.ts

/** Clusters named per wave in the table; a wave of a thousand says how many more. */
const CLUSTERS_SHOWN = 8;
/** The plan step's job summary: one row per wave, what happens after each stage. */
function fleetSummary(plan) {
    const builds = plan.builds.map((b) => b.service);
    const given = plan.services.filter((s) => s.image).map((s) => `${s.name} (${s.image})`);
    const rows = plan.stages.flatMap((stage) => stage.waves.map((wave, index) => [
        index === 0 ? stage.name : '',
        String(wave.wave),
        clusterList(wave.clusters),
        String(wave.matrix.include.length),
        index === stage.waves.length - 1 ? afterStage(stage) : '',
    ]));
    return new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway plan: ${plan.jobs} deploy jobs, ${plan.services.length} services, ${plan.stages.length} stages`)
        .paragraph([`Built: ${builds.length ? builds.join(', ') : 'none'}`, given.length ? `given: ${given.join(', ')}` : '']
        .filter(Boolean)
        .join('; ')
        .replace(/[<>|`]/g, ''))
        .table(['Stage', 'Wave', 'Clusters', 'Deploy jobs', 'After the stage (soak / on-failure)'], rows);
}
function clusterList(names) {
    const shown = names.slice(0, CLUSTERS_SHOWN).join(', ');
    return names.length > CLUSTERS_SHOWN ? `${shown} … (${names.length} in all)` : shown;
}
function afterStage(stage) {
    return `${stage.soak ? `soak ${stage.soak}` : 'no soak'} / ${stage.onFailure}`;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-state.ts
const OUTCOMES = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'cancelled',
    skipped: 'not started',
};
/**
 * The fleet after a run, from the plan and what its jobs reported: `stage-<n>` (the stage slot's
 * result) and `stage-<n>-waves` (its wave slots' results, comma separated). A stage that succeeded
 * ran every wave; in a failed one, the failed wave was rolled back by its own jobs, the waves
 * after it never started, and the earlier ones keep the new build, or under rollback-stage are
 * back on their previous revision. Without the waves' results a failed stage is "unknown".
 */
function fleetState(plan, digests, results) {
    const waves = plan.stages.flatMap((stage, index) => {
        const stageResult = results[`stage-${index + 1}`] ?? '';
        const reported = (results[`stage-${index + 1}-waves`] ?? '').split(',');
        const outcomes = stage.waves.map((_, w) => {
            if (stageResult === 'success')
                return 'succeeded';
            if (stageResult === 'skipped' || stageResult === '')
                return 'not started';
            return OUTCOMES[reported[w] ?? ''] ?? (reported.some(Boolean) ? 'not started' : 'unknown');
        });
        const failedAt = outcomes.findIndex((o) => o === 'failed' || o === 'cancelled');
        return stage.waves.map((wave, w) => {
            const outcome = outcomes[w];
            const rolledBack = outcome === 'failed' || outcome === 'cancelled' || (stage.onFailure === 'rollback-stage' && w < failedAt);
            const runs = (service, image) => {
                if (outcome === 'unknown')
                    return { service, runs: 'unknown' };
                if (rolledBack)
                    return { service, runs: 'previous' };
                if (outcome !== 'succeeded')
                    return { service, runs: 'unchanged' };
                return { service, runs: 'new', image: image || (digests[service] ?? '') };
            };
            return {
                stage: stage.name,
                wave: wave.wave,
                outcome,
                rolledBack,
                clusters: wave.clusters.map((cluster) => {
                    const jobs = wave.matrix.include.filter((job) => job.cluster === cluster);
                    return {
                        stage: stage.name,
                        wave: wave.wave,
                        cluster,
                        region: jobs[0]?.region ?? '',
                        services: jobs.map((job) => runs(job.service, job.image)),
                    };
                }),
            };
        });
    });
    const values = Object.values(results);
    const allRan = plan.stages.every((_, index) => results[`stage-${index + 1}`] === 'success');
    const status = values.includes('cancelled')
        ? 'cancelled'
        : values.includes('failure') || !allRan
            ? 'failed'
            : 'succeeded';
    return { status, waves };
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-report.ts

/** What one service is in a cluster after the run, in a word or its image. */
function serviceRuns(state) {
    if (state.runs === 'new')
        return state.image || 'the build of this run (no digest reported)';
    if (state.runs === 'previous')
        return 'previous revision (rolled back)';
    return state.runs === 'unchanged' ? 'unchanged (not delivered)' : 'unknown (see the run)';
}
function waveText(wave) {
    const rolledBack = wave.rolledBack && wave.outcome === 'succeeded' ? ', then rolled back (rollback-stage)' : '';
    const own = wave.rolledBack && wave.outcome !== 'succeeded' ? ', rolled back' : '';
    return `wave ${wave.wave} ${wave.outcome}${own}${rolledBack}`;
}
/** No comma: slack-notify's fields input is a list (comma or newline separated). */
const clusterLabel = (c) => [c.cluster, `${c.stage} wave ${c.wave}`, c.region].filter(Boolean).join(' · ');
/**
 * Clusters named one field each in the message: Slack shows 50 blocks of 10 fields (the header,
 * text and links take some), and slack-notify takes 1000 fields; the summary names them all.
 */
const SLACK_CLUSTERS_SHOWN = 400;
/**
 * The Slack message's parts for slack-notify: one field per cluster (`<cluster> · <stage> wave n=
 * api: repo@sha256:… · web: …`, its fields input), and the waves' outcomes per stage (its text).
 */
function fleetSlack(state) {
    const clusters = state.waves.flatMap((w) => w.clusters);
    const lines = clusters
        .slice(0, SLACK_CLUSTERS_SHOWN)
        .map((c) => `${clusterLabel(c)}=${c.services.map((s) => `${s.service}: ${serviceRuns(s)}`).join(' · ')}`);
    const left = clusters.length - SLACK_CLUSTERS_SHOWN;
    if (left > 0)
        lines.push(`more clusters=${left} more in the report job's summary`);
    const fields = lines.join('\n');
    const stages = [...new Set(state.waves.map((w) => w.stage))];
    const text = stages
        .map((stage) => `${stage}: ${state.waves
        .filter((w) => w.stage === stage)
        .map(waveText)
        .join(', ')}`)
        .join('\n');
    return { fields, text };
}
/** The report job's summary: the fleet's state, one row per cluster and service. */
function fleetStateSummary(state) {
    const rows = state.waves.flatMap((wave) => wave.clusters.flatMap((c) => c.services.map((s) => [c.stage, String(c.wave), waveText(wave), c.cluster, c.region, s.service, serviceRuns(s)])));
    return new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway fleet: ${state.status}`)
        .table(['Stage', 'Wave', 'Outcome', 'Cluster', 'Region', 'Service', 'Runs'], rows);
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-digests.ts

/**
 * The services the plan builds, each resolved once from the tag its build pushed to the digest
 * the registry serves for it. A matrix build job cannot hand each leg's digest on (one set of job
 * outputs for all legs), so the registry is the hand-off: the tag is one only this run pushes,
 * resolved after every build leg finished and before any wave, so its digest is the manifest the
 * build pushed (the same sha256 build-push outputs), and every cluster then gets those bytes
 * even if a tag moves later. A service with no manifest under the tag fails the step.
 */
async function fleetDigests(plan, options) {
    const { parseImageRef, digestRef, taggedRef, RegistryClient } = await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 993));
    const client = options.client ??
        ((registry) => new RegistryClient(registry, {
            ...(options.credentials ? { credentials: options.credentials } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
        }));
    const digests = [];
    for (const { service } of plan.builds) {
        const image = parseImageRef(`${options.registry}/${service}`, "Input 'registry'", { allowTag: false });
        const tagged = taggedRef(image, options.tag);
        const found = await client(image.registry).headManifest(image.repository, options.tag);
        if (!found)
            throw new Error(`${tagged}: no manifest in the registry (the build job pushed none under this tag); no wave deploys`);
        const pinned = digestRef(image, found.digest);
        options.logger.info(`${service}: ${tagged} is ${pinned}`);
        digests.push({ service, tagged, pinned });
    }
    return digests;
}
/** The digests step's output: service → <registry>/<service>@sha256:…, as the waves index it. */
function digestsOutput(digests) {
    return JSON.stringify(Object.fromEntries(digests.map((d) => [d.service, d.pinned])));
}
function digestsSummary(digests) {
    return new runner_summary/* SummaryBuilder */.CF().heading(`Slipway digests: ${digests.length} services built`).table(['Service', 'Pushed as', 'Every wave deploys'], digests.map((d) => [d.service, d.tagged, d.pinned]));
}

;// CONCATENATED MODULE: ./packages/delivery/src/index.ts





















/***/ }),

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ deploySummary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4471);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5438);

const ICON = {
    deployed: '✅ deployed',
    'rolled-back': '↩️ rolled back',
    failed: '❌ failed',
    planned: '📝 plan (nothing changed)',
};
function fromTo(from, to) {
    return from === to ? `${to || 'none'} (unchanged)` : `${from || 'none'} → ${to || 'none'}`;
}
/** Release, chart, image, revision from → to, each workload's ready counts, duration, and why it failed. */
function deploySummary(report) {
    const summary = new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF();
    const verb = report.mode === 'rollback' ? 'Rollback' : report.mode === 'plan' ? 'Plan' : 'Deploy';
    summary.heading(`${verb} ${report.release}: ${ICON[report.status]}`);
    const revisions = report.mode === 'plan'
        ? `${report.previousRevision ?? 'none'} (live)`
        : `${report.previousRevision ?? 'none'} → ${report.failedRevision ? `${report.failedRevision} (failed) → ` : ''}${report.revision ?? 'none'}`;
    const rows = [
        ['Release', `${report.release} in ${report.namespace}`],
        [
            'Chart',
            report.content
                ? fromTo(report.content.from.chart, report.content.to.chart)
                : (report.chart ?? '(from the release)'),
        ],
        [
            'Image',
            report.content
                ? fromTo(report.content.from.images.join(', '), report.content.to.images.join(', '))
                : (report.image ?? '(chart default)'),
        ],
        ['Revision', revisions],
        ['Duration', (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)],
    ];
    if (report.blueGreen) {
        const bg = report.blueGreen;
        const traffic = bg.switched
            ? `${bg.kind ?? 'Service'} ${bg.service}: ${bg.from ?? 'none'} → ${bg.to}`
            : `${bg.kind ?? 'Service'} ${bg.service}: still ${bg.from ?? 'none'} (${bg.to} not switched to)`;
        rows.push(['Blue-green', traffic]);
        if (bg.smoke)
            rows.push(['Smoke checks', `${bg.smoke.total - bg.smoke.failed}/${bg.smoke.total} passed against ${bg.to}`]);
        if (bg.previous)
            rows.push(['Previous colour', bg.previous]);
    }
    if (report.recovery && report.recovery.action !== 'none') {
        const r = report.recovery;
        rows.push([
            'Recovered',
            r.action === 'rolled-back'
                ? `stuck revision ${r.from} (${r.fromStatus}) rolled back to ${r.to}`
                : `${r.status} first install (revision ${r.revision}) uninstalled`,
        ]);
    }
    summary.table(['', ''], rows.map(([k, v]) => [{ raw: `**${k}**` }, v]));
    if (report.workloads.length) {
        summary.table(['Workload', 'Updated', 'Ready', 'Available', ''], report.workloads.map((w) => [
            `${w.kind}/${w.name}`,
            `${w.updated}/${w.desired}`,
            `${w.ready}/${w.desired}`,
            `${w.available}/${w.desired}`,
            w.done ? '✅' : '⏳',
        ]));
    }
    if (report.failure) {
        summary.paragraph(`**Why it failed:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.failure.reason)}`);
        if (report.failure.details.length)
            summary.code(report.failure.details.join('\n'));
        if (report.failure.rollback)
            summary.paragraph(`**Rollback:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.failure.rollback)}`);
    }
    if (report.plan) {
        const { added, removed, changed, unchanged } = report.plan;
        summary.paragraph(`${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
        if (added.length)
            summary.paragraph(`**Added:** ${added.map((o) => `\`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o)}\``).join(', ')}`);
        if (removed.length)
            summary.paragraph(`**Removed:** ${removed.map((o) => `\`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o)}\``).join(', ')}`);
        for (const change of changed)
            summary.details(`Changed: ${change.object}`, `\n\`\`\`diff\n${change.diff}\n\`\`\`\n`);
    }
    return summary;
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ parseHelmVersion),
/* harmony export */   ZD: () => (/* binding */ parseVersionSpec),
/* harmony export */   aX: () => (/* binding */ formatHelmVersion),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8196);

/** helm's input language: narrower than a semver range, so that a spec names one major. */
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;
/** A `go install` build reports major.minor only; semver has no such version. */
const NO_PATCH = /^v?(\d+)\.(\d+)$/;
function parseHelmVersion(text) {
    const version = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseSemver */ .kf)(text);
    if (version) {
        const { major, minor, patch, prerelease } = version;
        return { major, minor, patch, ...(prerelease ? { prerelease } : {}) };
    }
    const short = NO_PATCH.exec(text.trim());
    if (!short)
        return undefined;
    return { major: Number(short[1]), minor: Number(short[2]), patch: undefined };
}
/** The majors a spec may name: no helm 0, 1 or 2 release works with these flags, and none past 4 exists. */
const SUPPORTED_MAJORS = [3, 4];
function parseVersionSpec(text) {
    const match = SPEC.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch] = match;
    if (!SUPPORTED_MAJORS.includes(Number(major)))
        return undefined;
    if (minor === 'x' && patch !== undefined && patch !== 'x')
        return undefined;
    const num = (s) => (s === undefined || s === 'x' ? undefined : Number(s));
    return { major: Number(major), minor: num(minor), patch: num(patch), text: text.trim() };
}
/**
 * True when `version` is inside `spec` (semver's rule, pre-releases included: v3.15.0-rc.1 is
 * inside "3.15", not inside "3.15.0"). An unknown patch satisfies only specs that name none.
 */
function satisfies(version, spec) {
    if (version.patch === undefined && spec.patch !== undefined)
        return false;
    const full = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .semverVersion */ .fC)({
        ...version,
        patch: version.patch ?? 0,
        prerelease: version.prerelease ?? '',
        raw: '',
        build: '',
    });
    return (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .satisfiesRange */ .jY)(full, spec.text);
}
/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
function exactVersion(spec) {
    if (spec.minor === undefined || spec.patch === undefined)
        return undefined;
    return `${spec.major}.${spec.minor}.${spec.patch}`;
}
function formatHelmVersion(version) {
    const pre = version.prerelease ? `-${version.prerelease}` : '';
    return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}${pre}`;
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

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ verifiedSummary),
  a: () => (/* binding */ verifyDeployImage)
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
// EXTERNAL MODULE: ./packages/kit/src/version.ts
var src_version = __webpack_require__(8196);
;// CONCATENATED MODULE: ./packages/image/src/signing/tool-pins.ts
/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 */
const COSIGN_PIN = {
    version: '3.1.3',
    minimum: '3.0.4',
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

;// CONCATENATED MODULE: ./packages/image/src/signing/find-cosign.ts


const TOOLS = {
    cosign: { pin: COSIGN_PIN, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: SYFT_PIN, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new errors/* ConfigError */.xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = (0,src_version/* versionInText */.nM)(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new errors/* ConfigError */.xL(`${name}: '${name} version' printed no version; ${install}`);
    if ((0,src_version/* compareVersions */.Zy)(version, pin.minimum) < 0)
        throw new errors/* ConfigError */.xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
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

// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-image.ts










/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps) {
    const exec = deps.exec ?? src_exec/* exec */.m;
    const image = (0,image_ref/* parseImageRef */.Q)(text, `Input 'image'`);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps));
    const ref = (0,image_ref/* digestRef */.yb)(image, digest);
    const cosign = await findCosign(exec, deps.env);
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
            throw new errors/* ConfigError */.xL((0,verify_policy/* refusalLine */.tw)(given, digest, policy, checks));
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
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps) {
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
        throw new errors/* ConfigError */.xL(`Input 'image': ${image.name}:${tag} does not exist in ${image.registry}`);
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

;// CONCATENATED MODULE: ./packages/image/src/signing/verify-deploy.ts

/**
 * The one check before a deploy, a canary or a delivery changes anything: with a policy, the
 * image (name:tag or name@digest) is resolved to a digest once and that digest verified; the
 * caller deploys `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
async function verifyDeployImage(image, policy, deps) {
    if (!policy)
        return undefined;
    if (!image) {
        deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
        return undefined;
    }
    return deps.logger.group('Verify the image', () => verifyImage(image, policy, deps));
}
/** What was verified, added to a summary (helm-deploy's, canary's, the delivery's). */
function verifiedSummary(summary, verified) {
    if (!verified)
        return summary;
    summary.heading('Image verified', 3);
    summary.table(['', ''], [
        ['Image', { raw: `\`${verified.given.replace(/`/g, '')}\`` }],
        ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
        ['Policy', verified.policy],
        ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
        ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ]);
    return summary;
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
/** One line: the image (and the digest its tag points at), the policy, and what was missing. */
function refusalLine(shown, digest, policy, results) {
    const at = shown.endsWith(digest) ? '' : ` (now ${digest})`;
    return `Image ${shown}${at} refused by the verification policy (${describePolicy(policy)}): ${missingText(results)}`;
}


/***/ }),

/***/ 8196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   fC: () => (/* binding */ semverVersion),
/* harmony export */   jY: () => (/* binding */ satisfiesRange),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   nM: () => (/* binding */ versionInText)
/* harmony export */ });
/* unused harmony export isVersionRange */
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2124);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2030);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8888);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__);





/** Strict semver.org syntax; a leading "v", "V" or "=" and surrounding spaces are accepted. */
function parseSemver(raw) {
    const parsed = strictSemver(raw);
    if (!parsed)
        return undefined;
    return {
        raw,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.join('.'),
        build: parsed.build.join('.'),
    };
}
/** One prefix at most: semver's own parse would take "=v1.2.3" and, after ours, "vv1.2.3". */
function strictSemver(text) {
    const bare = text.trim().replace(/^[vV=]/, '');
    return /^\d/.test(bare) ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2___default()(bare) : null;
}
/** major.minor.patch with the pre-release, without build metadata (which a tag cannot hold). */
function semverVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
/**
 * The first `x.y` or `x.y.z` in a tool's version output, as `x.y.z` ("zizmor 1.32" → "1.32.0",
 * "v1.7.12" → "1.7.12"). A suffix is dropped: tools print build suffixes there ("-dirty",
 * "-3-gabc123") that are not pre-releases.
 */
function versionInText(text) {
    const found = /\d+\.\d+(?:\.\d+)?/.exec(text)?.[0];
    return found ? semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(found)?.version : undefined;
}
/** A full semver, or a short one completed with zeros ("8.18" → 8.18.0); a "v" prefix is accepted. */
function toSemver(text) {
    const version = strictSemver(text) ?? semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(text, { includePrerelease: true });
    if (!version)
        throw new Error(`Not a version: "${text}"`);
    return version;
}
/**
 * Semver order: negative, zero or positive. A pre-release orders before its release; build
 * metadata is ignored; missing parts are zeros ("8.18" equals "8.18.0"). Throws on a non-version.
 */
function compareVersions(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default()(toSemver(a), toSemver(b));
}
/** True when a valid semver range ("3", "3.x", "3.14", "3.14.x", "^3.14.2", "3.14.2") is given. */
function isVersionRange(range) {
    return validRange(range.trim()) !== null;
}
/**
 * Whether `version` is inside `range`, as npm's `semver.satisfies` decides with pre-releases
 * included: `3.15.0-rc.1` is inside "3.15", never inside "3.15.0".
 */
function satisfiesRange(version, range) {
    return semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3___default()(toSemver(version), range.trim(), { includePrerelease: true });
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

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ smokeSummary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4471);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5438);

function latencyCell(check) {
    const l = check.latency;
    if (!l)
        return '–';
    if (check.samplesMs.length > 1)
        return `p50 ${Math.round(l.p50)}ms · p95 ${Math.round(l.p95)}ms · max ${Math.round(l.max)}ms`;
    return `${Math.round(l.max)}ms`;
}
function detailCell(check) {
    if (check.passed)
        return '';
    const lines = check.error ? [`**${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.error)}**`] : [];
    for (const m of check.mismatches) {
        lines.push(`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.what)}: expected <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.expected)}</code>, got <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.actual)}</code>`);
    }
    if (check.bodySnippet)
        lines.push(`body: <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.bodySnippet.replace(/\s+/g, ' ').trim())}</code>`);
    return lines.join('<br>');
}
/** One row per check: result, attempts, status, latency and, for a failure, expected vs actual. */
function smokeSummary(report) {
    const verdict = report.passed ? '✅ all passed' : `❌ ${report.failed} of ${report.total} failed`;
    const p95 = report.p95Ms === undefined ? '' : `, p95 ${report.p95Ms}ms`;
    return new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF()
        .heading(`Smoke test: ${verdict}`)
        .paragraph(`${report.total} checks in ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)}${p95}.`)
        .table(['Check', 'Result', 'Attempts', 'Status', 'Latency', 'Details'], report.checks.map((c) => [
        `${c.name} (${c.method} ${c.url})`,
        c.passed ? '✅ pass' : '❌ fail',
        String(c.attempts),
        c.status === undefined ? '–' : String(c.status),
        latencyCell(c),
        { raw: detailCell(c) },
    ]));
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
