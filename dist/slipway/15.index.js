export const id = 15;
export const ids = [15,620];
export const modules = {

/***/ 9167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ bypassesProxy)
/* harmony export */ });
/* unused harmony export parseNoProxy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

const unbracket = (host) => host.replace(/^\[(.*)\]$/, '$1');
const family = (address) => ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) === 6 ? 'ipv6' : 'ipv4');
/** NO_PROXY's entries as `dialect` reads them (empty entries dropped). */
function parseNoProxy(value, dialect) {
    const entries = [];
    for (const raw of value.split(dialect === 'curl' ? /[,\s]+/ : ',')) {
        let entry = raw.trim().toLowerCase();
        if (dialect === 'curl')
            entry = entry.replace(/^\./, '');
        if (!entry)
            continue;
        if (entry === '*') {
            entries.push({ kind: 'any' });
            continue;
        }
        const cidr = /^(.+)\/(\d+)$/.exec(entry);
        const network = cidr ? unbracket(cidr[1]) : '';
        if (cidr && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(network)) {
            entries.push({ kind: 'range', network, bits: Number(cidr[2]) });
            continue;
        }
        const withPort = dialect === 'go' ? /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry) : null;
        const host = unbracket(withPort?.[1] ?? entry);
        const port = withPort?.[2];
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host))
            entries.push({ kind: 'address', address: host, port });
        else if (dialect === 'curl')
            entries.push({ kind: 'name', domain: host, subdomainsOnly: false, port });
        else
            entries.push({
                kind: 'name',
                domain: host.replace(/^\*?\./, ''),
                subdomainsOnly: host.startsWith('.') || host.startsWith('*.'),
                port,
            });
    }
    return entries;
}
/** Whether a request to `hostname:port` skips the proxy under `noProxy`, read as `dialect` reads it. */
function bypassesProxy(hostname, port, noProxy, dialect) {
    const host = unbracket(hostname.toLowerCase());
    const ip = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0;
    if (dialect === 'go' && (host === 'localhost' || (ip && inBlock(host, (b) => loopback(b)))))
        return true;
    return parseNoProxy(noProxy, dialect).some((entry) => {
        switch (entry.kind) {
            case 'any':
                return true;
            case 'range':
                return (ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.network) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addSubnet(entry.network, entry.bits, family(host))));
            case 'address':
                return ((entry.port === undefined || entry.port === port) &&
                    ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.address) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addAddress(entry.address, family(host))));
            case 'name':
                return ((entry.port === undefined || entry.port === port) &&
                    (host.endsWith(`.${entry.domain}`) || (!entry.subdomainsOnly && host === entry.domain)));
        }
    });
}
function loopback(block) {
    block.addSubnet('127.0.0.0', 8, 'ipv4');
    block.addAddress('::1', 'ipv6');
}
function inBlock(host, fill) {
    const block = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
    fill(block);
    return block.check(host, family(host));
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


/***/ })

};
