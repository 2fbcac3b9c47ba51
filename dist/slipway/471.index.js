export const id = 471;
export const ids = [471,375];
export const modules = {

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
