export const id = 841;
export const ids = [841,222];
export const modules = {

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


/***/ }),

/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProbeAgents: () => (/* reexport */ ProbeAgents),
  describeNetworkError: () => (/* reexport */ describeNetworkError),
  evaluateResponse: () => (/* reexport */ evaluate_response/* evaluateResponse */.L),
  failedChecksLine: () => (/* reexport */ failedChecksLine),
  jsonEqual: () => (/* reexport */ json_path/* jsonEqual */.Zm),
  latencyStats: () => (/* reexport */ percentiles/* latencyStats */.Ir),
  parseChecks: () => (/* reexport */ parse_checks/* parseChecks */.B),
  parseExpect: () => (/* reexport */ parse_checks/* parseExpect */.t),
  parseJsonPath: () => (/* reexport */ json_path/* parseJsonPath */.Hf),
  parseLoad: () => (/* reexport */ parse_load/* parseLoad */.E),
  parseStatusRule: () => (/* reexport */ status_rule/* parseStatusRule */.cn),
  percentile: () => (/* reexport */ percentiles/* percentile */.Ym),
  percentileOfSorted: () => (/* reexport */ percentiles/* percentileOfSorted */.WB),
  probe: () => (/* reexport */ probe),
  readJsonPath: () => (/* reexport */ json_path/* readJsonPath */.Ad),
  runCheck: () => (/* reexport */ runCheck),
  runChecks: () => (/* reexport */ runChecks),
  runLoad: () => (/* reexport */ runLoad),
  smokeSummary: () => (/* reexport */ smoke_summary/* smokeSummary */.W),
  statusMatches: () => (/* reexport */ status_rule/* statusMatches */.W_)
});

;// CONCATENATED MODULE: ./packages/smoke/src/check-result.ts
/** "2 of 5 smoke checks failed: a, b" (five names at most), the line smoke-test and the root action fail with; undefined when all passed. */
function failedChecksLine(report) {
    if (report.passed)
        return undefined;
    const names = report.checks.filter((c) => !c.passed).map((c) => c.name);
    return `${report.failed} of ${report.total} smoke checks failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`;
}

// EXTERNAL MODULE: ./packages/smoke/src/parse-checks.ts
var parse_checks = __webpack_require__(5502);
// EXTERNAL MODULE: ./packages/smoke/src/status-rule.ts
var status_rule = __webpack_require__(4106);
// EXTERNAL MODULE: ./packages/smoke/src/json-path.ts
var json_path = __webpack_require__(6767);
// EXTERNAL MODULE: ./packages/smoke/src/evaluate-response.ts
var evaluate_response = __webpack_require__(8924);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./packages/kit/src/http/no-proxy.ts
var no_proxy = __webpack_require__(9167);
;// CONCATENATED MODULE: ./packages/kit/src/http/curl-proxy.ts

/**
 * The proxy curl would use for `target`, for latency probes that keep their own sockets:
 * `http_proxy` / `HTTP_PROXY` for http (curl reads only the lower case; a runner's documented
 * upper case is read too), `https_proxy` / `HTTPS_PROXY` for https, then `all_proxy` /
 * `ALL_PROXY`. Unlike @actions/http-client, loopback is not exempt. `no_proxy` / `NO_PROXY`
 * bypasses as curl's does: `*`; a name matching the host or a domain containing it (a leading
 * dot ignored); an IP address or CIDR range (`10.0.0.0/8`, `::1`) matching an IP host.
 */
function curlProxyFor(target, env = process.env) {
    const scheme = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    const variable = [scheme, scheme.toUpperCase(), 'all_proxy', 'ALL_PROXY'].find((name) => env[name]);
    if (!variable)
        return undefined;
    if ((0,no_proxy/* bypassesProxy */.Z)(target.hostname, target.port, env['no_proxy'] ?? env['NO_PROXY'] ?? '', 'curl'))
        return undefined;
    const value = env[variable];
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    return { url, variable, shown: `${url.protocol}//${url.host}` };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./packages/smoke/src/proxy-tunnel.ts



/** How long the CONNECT exchange of a fresh tunnel took; read once by the request that gets it. */
const tunnelSetupMs = new WeakMap();
/** `Proxy-Authorization` for a proxy URL with credentials, as curl sends it. */
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}
/**
 * A keep-alive https agent whose connections are CONNECT tunnels through `route` (as curl
 * tunnels https), with TLS to the target inside. A refused CONNECT fails the request with one
 * line naming the proxy and its variable.
 */
function tunnelAgent(route, options) {
    const proxy = route.url;
    const named = `the proxy ${route.shown} (${route.variable})`;
    class TunnelAgent extends external_node_https_.Agent {
        createConnection(options, done) {
            const target = options;
            const callback = (error, socket) => done?.(error, socket);
            const host = target.host ?? 'localhost';
            const authority = `${host.includes(':') ? `[${host}]` : host}:${target.port ?? 443}`;
            const started = performance.now();
            const send = proxy.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
            const connect = send({
                host: proxy.hostname.replace(/^\[|\]$/g, ''),
                port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
                method: 'CONNECT',
                path: authority,
                headers: { host: authority, ...proxyAuthorization(proxy) },
                agent: false,
            });
            connect.once('connect', (res, socket) => {
                if (res.statusCode !== 200) {
                    socket.destroy();
                    return callback(new Error(`${named} refused the tunnel to ${authority}: HTTP ${res.statusCode} ${res.statusMessage ?? ''}`.trim()));
                }
                const setupMs = performance.now() - started;
                const secure = external_node_tls_.connect({ ...options, socket, servername: target.servername ?? host });
                tunnelSetupMs.set(secure, setupMs);
                callback(null, secure);
            });
            connect.once('error', (error) => callback(new Error(`${named} is unreachable: ${error.code ?? error.message}`)));
            connect.end();
            return undefined;
        }
    }
    return new TunnelAgent(options);
}

;// CONCATENATED MODULE: ./packages/smoke/src/http-probe.ts




/** Bodies are read up to this size; a smoke check never needs more and a bad target can't flood us. */
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Keep-alive agents shared by all checks of a run; `close` lets the process exit. The HTTP
 * and TLS modules load on the first check that needs them: importing them costs more than
 * the rest of the action's start-up, which matters when inputs are bad. The proxy variables
 * are honoured as curl honours them (kit's curlProxyFor): http through the proxy as
 * absolute-URI requests on keep-alive connections to it, https through CONNECT tunnels.
 */
class ProbeAgents {
    maxSockets;
    insecureTls;
    env;
    clients = new Map();
    /** Origin → its client: the proxy variables are read once per origin, not once per request. */
    byOrigin = new Map();
    constructor(maxSockets, insecureTls, env = process.env) {
        this.maxSockets = maxSockets;
        this.insecureTls = insecureTls;
        this.env = env;
    }
    client(url) {
        const origin = `${url.protocol}//${url.host}`;
        const known = this.byOrigin.get(origin);
        if (known)
            return known;
        const route = curlProxyFor(url, this.env);
        const key = `${url.protocol} ${route?.url.href ?? 'direct'}`;
        let client = this.clients.get(key);
        if (!client) {
            client = this.create(url.protocol, route);
            this.clients.set(key, client);
        }
        this.byOrigin.set(origin, client);
        return client;
    }
    create(protocol, route) {
        const options = { keepAlive: true, maxSockets: this.maxSockets };
        if (protocol === 'https:') {
            const tls = { ...options, rejectUnauthorized: !this.insecureTls };
            if (!route)
                return { request: external_node_https_.request, agent: new external_node_https_.Agent(tls) };
            return { request: external_node_https_.request, agent: tunnelAgent(route, tls), proxy: route };
        }
        const viaTls = route?.url.protocol === 'https:';
        const m = viaTls ? external_node_https_ : external_node_http_;
        if (!route)
            return { request: m.request, agent: new m.Agent(options) };
        // One connection per request to a forward proxy: tinyproxy, for one, resets a reused one.
        return { request: m.request, agent: new m.Agent({ ...options, keepAlive: false }), forward: route, proxy: route };
    }
    close() {
        for (const { agent } of this.clients.values())
            agent.destroy();
    }
}
/**
 * One HTTP request, timed from start to the last body byte. Through a proxy the time includes
 * the hop through it (as curl's time_total does), but not the CONNECT exchange that opens a new
 * https tunnel: the TLS handshake with the target inside it counts, as it does on a direct
 * connection. Never throws: failures are data.
 */
async function probe(request, agents) {
    const { request: send, agent, forward, proxy } = agents.client(request.url);
    const started = performance.now();
    let tunnelMs = 0;
    const elapsed = () => Math.round((performance.now() - started - tunnelMs) * 10) / 10;
    const via = proxy ? { proxy: `${proxy.shown} (${proxy.variable})` } : {};
    return new Promise((resolve) => {
        let settled = false;
        const done = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            resolve(result);
        };
        const headers = { 'user-agent': 'slipway-smoke-test', ...request.headers };
        if (request.body !== undefined)
            headers['content-length'] = String(Buffer.byteLength(request.body));
        const target = forward
            ? {
                host: forward.url.hostname.replace(/^\[|\]$/g, ''),
                port: forward.url.port || (forward.url.protocol === 'https:' ? 443 : 80),
                path: request.url.href,
                headers: { host: request.url.host, ...proxyAuthorization(forward.url), ...headers },
            }
            : { ...urlOptions(request.url), headers };
        const req = send({ ...target, method: request.method, agent }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                if (size >= MAX_BODY_BYTES)
                    return;
                chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
                size += chunk.length;
            });
            res.on('end', () => done({
                ok: true,
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
                latencyMs: elapsed(),
                ...via,
            }));
            res.on('error', (error) => done({ ok: false, error: describeNetworkError(error), latencyMs: elapsed(), timedOut: false }));
        });
        const timer = setTimeout(() => {
            req.destroy();
            done({
                ok: false,
                error: `no response within ${Math.round(request.timeoutMs)}ms`,
                latencyMs: elapsed(),
                timedOut: true,
            });
        }, request.timeoutMs);
        const onAbort = () => {
            req.destroy();
            done({ ok: false, error: 'cancelled', latencyMs: elapsed(), timedOut: false });
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('socket', (socket) => {
            const setup = tunnelSetupMs.get(socket);
            if (setup === undefined)
                return;
            tunnelSetupMs.delete(socket);
            tunnelMs = setup;
        });
        req.on('error', (error) => done({ ok: false, error: describeNetworkError(error), latencyMs: elapsed(), timedOut: false }));
        req.end(request.body);
    });
}
/** A URL as request options (host, port, path), for the direct case. */
function urlOptions(url) {
    return {
        protocol: url.protocol,
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        path: `${url.pathname}${url.search}`,
    };
}
/** Turns Node's network errors into words an on-call engineer can act on. */
function describeNetworkError(error) {
    switch (error.code) {
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ENOTFOUND':
            return 'host not found';
        case 'ECONNRESET':
            return 'connection reset';
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'SELF_SIGNED_CERT_IN_CHAIN':
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
        case 'CERT_HAS_EXPIRED':
        case 'ERR_TLS_CERT_ALTNAME_INVALID':
            return `TLS certificate rejected (${error.code}); set insecure-tls: true only for a test endpoint you trust`;
        default:
            return error.code ? `${error.code}: ${error.message}` : error.message;
    }
}

// EXTERNAL MODULE: ./packages/smoke/src/percentiles.ts
var percentiles = __webpack_require__(3249);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
;// CONCATENATED MODULE: ./packages/smoke/src/run-check.ts




const SNIPPET_CHARS = 500;
/** The run's clock: the caller's `now`, else `performance.now`. */
const clockOf = (options) => options.now ?? (() => performance.now());
class AttemptFailed extends errors/* TransientError */.N_ {
    attempt;
    constructor(attempt) {
        super('check failed', { retryAfterMs: attempt.retryAfterMs });
        this.attempt = attempt;
    }
}
/** Samples a check `repeat` times; the attempt fails on the first bad response. */
async function attemptOnce(spec, agents, deadlineAt, now, signal) {
    const samplesMs = [];
    const attempt = {
        passed: false,
        status: undefined,
        samplesMs,
        mismatches: [],
        error: undefined,
        body: undefined,
        retryAfterMs: undefined,
        cutByDeadline: false,
    };
    for (let i = 0; i < spec.repeat; i++) {
        const remainingMs = Math.round(deadlineAt - now());
        const timeoutMs = Math.max(1, Math.min(spec.requestTimeoutMs, remainingMs));
        const response = await probe({ url: spec.url, method: spec.method, headers: spec.headers, body: spec.body, timeoutMs, signal }, agents);
        if (!response.ok) {
            attempt.error = response.error;
            attempt.cutByDeadline = response.timedOut && timeoutMs < spec.requestTimeoutMs;
            return attempt;
        }
        samplesMs.push(response.latencyMs);
        attempt.status = response.status;
        attempt.body = response.body;
        const retryAfter = response.headers['retry-after'];
        attempt.retryAfterMs = (0,retry/* parseRetryAfter */.mu)(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
        attempt.mismatches = (0,evaluate_response/* evaluateResponse */.L)(response, spec.expect);
        // A proxy's own refusal (403, 407, 502) looks like the target's answer: say who was in between.
        for (const m of attempt.mismatches)
            if (m.what === 'status' && response.proxy)
                m.actual = `${m.actual} (through the proxy ${response.proxy})`;
        if (attempt.mismatches.length > 0)
            return attempt;
    }
    const budget = spec.expect.maxLatencyMs;
    const stats = (0,percentiles/* latencyStats */.Ir)(samplesMs);
    if (budget !== undefined && stats) {
        const measured = spec.repeat > 1 ? stats.p95 : stats.max;
        const what = spec.repeat > 1 ? `p95 latency of ${spec.repeat} samples` : 'latency';
        if (measured > budget) {
            attempt.mismatches.push({ what, expected: `≤ ${budget}ms`, actual: `${Math.round(measured)}ms` });
            return attempt;
        }
    }
    attempt.passed = true;
    return attempt;
}
/**
 * Runs one check until it passes or the run's deadline leaves no room for another attempt.
 * Every failure is retried (a target may still be starting); Retry-After is honoured.
 */
async function runCheck(spec, options, context) {
    const now = clockOf(options);
    const started = now();
    let attempts = 0;
    let previous;
    let last;
    try {
        last = await (0,retry/* retry */.L5)(async () => {
            attempts++;
            const attempt = await attemptOnce(spec, context.agents, context.deadlineAt, now, options.signal);
            if (attempt.passed)
                return attempt;
            if (!attempt.cutByDeadline)
                previous = attempt;
            throw new AttemptFailed(attempt);
        }, {
            deadlineMs: Math.max(0, context.deadlineAt - now()),
            now,
            ...(options.sleep ? { sleep: options.sleep } : {}),
            baseDelayMs: options.intervalMs,
            maxDelayMs: options.maxIntervalMs,
            signal: options.signal,
            onRetry: ({ attempt, delayMs, error }) => context.logger.info(`${spec.name}: attempt ${attempt} failed (${describeAttempt(error.attempt)}); retrying in ${delayMs}ms`),
        });
    }
    catch (thrown) {
        // Cancelled between attempts: report what the last attempt saw, or that none ran.
        const failure = options.signal?.aborted && !(thrown instanceof AttemptFailed)
            ? new AttemptFailed(previous ?? cancelledAttempt())
            : thrown;
        if (!(failure instanceof AttemptFailed))
            throw failure;
        // An attempt cut short by the deadline says less than the one before it.
        last = failure.attempt.cutByDeadline && previous ? previous : failure.attempt;
    }
    const url = context.redact(spec.url.href);
    const snippet = last.body === undefined || last.passed ? undefined : context.redact(last.body.slice(0, SNIPPET_CHARS));
    return {
        name: context.redact(spec.name),
        method: spec.method,
        url,
        passed: last.passed,
        attempts,
        status: last.status,
        latency: (0,percentiles/* latencyStats */.Ir)(last.samplesMs),
        samplesMs: last.samplesMs,
        mismatches: last.mismatches.map((m) => ({
            what: m.what,
            expected: context.redact(m.expected),
            actual: context.redact(m.actual),
        })),
        error: last.error,
        bodySnippet: snippet,
        durationMs: Math.round(now() - started),
    };
}
function cancelledAttempt() {
    return {
        passed: false,
        status: undefined,
        samplesMs: [],
        mismatches: [],
        error: 'cancelled before a response',
        body: undefined,
        retryAfterMs: undefined,
        cutByDeadline: false,
    };
}
function describeAttempt(attempt) {
    if (attempt.error)
        return attempt.error;
    return attempt.mismatches.map((m) => `${m.what}: expected ${m.expected}, got ${m.actual}`).join('; ');
}

// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kit/src/map-concurrent.ts
var map_concurrent = __webpack_require__(9462);
;// CONCATENATED MODULE: ./packages/smoke/src/run-checks.ts




/** Runs every check concurrently (up to `concurrency`) under one overall deadline. */
async function runChecks(specs, options, logger) {
    const startedAt = new Date().toISOString();
    const now = clockOf(options);
    const started = now();
    const deadlineAt = started + options.deadlineMs;
    const agents = new ProbeAgents(options.concurrency, options.insecureTls);
    const redactText = (text) => (0,mask/* redact */.E$)(text, options.secrets);
    try {
        const checks = await (0,map_concurrent/* mapConcurrent */._)(specs, options.concurrency, async (spec) => {
            const result = await runCheck(spec, options, { agents, deadlineAt, logger, redact: redactText });
            const tries = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
            if (result.passed)
                logger.info(`✓ ${result.name} (${result.status}, ${Math.round(result.latency?.max ?? 0)}ms, ${tries})`);
            else
                logger.info(`✗ ${result.name}: ${describeAttempt(result)} after ${tries}`);
            return result;
        });
        const failed = checks.filter((c) => !c.passed).length;
        const p95 = (0,percentiles/* percentile */.Ym)(checks.flatMap((c) => c.samplesMs), 95);
        return {
            passed: failed === 0,
            cancelled: options.signal?.aborted ?? false,
            total: checks.length,
            failed,
            p95Ms: p95 === undefined ? undefined : Math.round(p95),
            startedAt,
            durationMs: Math.round(now() - started),
            checks,
        };
    }
    finally {
        agents.close();
    }
}

// EXTERNAL MODULE: ./packages/smoke/src/smoke-summary.ts
var smoke_summary = __webpack_require__(4653);
// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var src_sleep = __webpack_require__(3439);
;// CONCATENATED MODULE: ./packages/smoke/src/run-load.ts




/** The schedule never sleeps less than this: a timer cannot wait less, and each wake-up starts every slot due. */
const MIN_WAIT_MS = 1;
/**
 * Drives load: slot i is due at start + i / rps; each wake-up starts every slot due (up to the
 * concurrency cap, the rest dropped), then sleeps until the next. Bookkeeping per request is a
 * counter and one latency number; percentiles are computed once at the end.
 */
async function runLoad(spec, options) {
    const now = options.now ?? (() => performance.now());
    const sleep = options.sleep ?? src_sleep/* sleep */.y;
    const agents = options.send ? undefined : new ProbeAgents(spec.concurrency, options.insecureTls);
    const send = options.send ?? ((request) => probe(request, agents));
    const { check } = spec;
    const judgeLatency = check.expect.maxLatencyMs;
    const total = Math.max(1, Math.floor((spec.rps * spec.durationMs) / 1000));
    const periodMs = 1000 / spec.rps;
    const latencies = [];
    const statuses = {};
    const report = { sent: 0, passed: 0, failed: 0, errors: 0, dropped: 0 };
    let firstFailure;
    let inFlight = 0;
    /** Slots due while every one of `concurrency` was busy: each starts when one frees. */
    let backlog = 0;
    let endAt = Infinity;
    let drained;
    const request = {
        url: check.url,
        method: check.method,
        headers: check.headers,
        body: check.body,
        timeoutMs: check.requestTimeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
    };
    const start = () => {
        inFlight++;
        report.sent++;
        void send(request).then(settle, (error) => settle({ ok: false, error: String(error), latencyMs: 0, timedOut: false }));
    };
    const settle = (response) => {
        inFlight--;
        if (!response.ok) {
            report.errors++;
            statuses['error'] = (statuses['error'] ?? 0) + 1;
            firstFailure ??= response.error;
            options.onSettled?.(false, undefined);
        }
        else {
            latencies.push(response.latencyMs);
            const code = String(response.status);
            statuses[code] = (statuses[code] ?? 0) + 1;
            const mismatches = (0,evaluate_response/* evaluateResponse */.L)(response, check.expect);
            if (judgeLatency !== undefined && response.latencyMs > judgeLatency)
                mismatches.push({
                    what: 'latency',
                    expected: `≤ ${judgeLatency}ms`,
                    actual: `${Math.round(response.latencyMs)}ms`,
                });
            options.onSettled?.(mismatches.length === 0, response.latencyMs);
            if (mismatches.length === 0)
                report.passed++;
            else {
                report.failed++;
                const m = mismatches[0];
                firstFailure ??= `${m.what}: expected ${m.expected}, got ${m.actual}`;
            }
        }
        if (backlog > 0 && !options.signal?.aborted && now() < endAt) {
            backlog--;
            start();
        }
        if (inFlight === 0)
            drained?.();
    };
    const started = now();
    endAt = started + spec.durationMs;
    let slot = 0;
    while (slot < total && !options.signal?.aborted) {
        const due = Math.min(total, Math.floor((now() - started) / periodMs) + 1);
        for (; slot < due; slot++) {
            if (inFlight >= spec.concurrency)
                backlog++;
            else
                start();
        }
        if (slot >= total)
            break;
        const wait = Math.max(MIN_WAIT_MS, started + slot * periodMs - now());
        try {
            await sleep(wait, options.signal);
        }
        catch {
            break; // cancelled: what was sent is still counted below
        }
    }
    if (inFlight > 0)
        await new Promise((resolve) => (drained = resolve));
    report.dropped = backlog + (total - slot);
    agents?.close();
    const durationMs = Math.max(now() - started, spec.durationMs);
    latencies.sort((a, b) => a - b);
    const broken = report.failed + report.errors;
    return {
        ...report,
        errorRate: report.sent === 0 ? 0 : broken / report.sent,
        latency: latencies.length === 0
            ? undefined
            : {
                p50: (0,percentiles/* percentileOfSorted */.WB)(latencies, 50),
                p95: (0,percentiles/* percentileOfSorted */.WB)(latencies, 95),
                p99: (0,percentiles/* percentileOfSorted */.WB)(latencies, 99),
                max: latencies[latencies.length - 1],
            },
        statuses,
        firstFailure,
        durationMs: Math.round(durationMs),
        achievedRps: (report.sent / durationMs) * 1000,
    };
}

// EXTERNAL MODULE: ./packages/smoke/src/parse-load.ts
var parse_load = __webpack_require__(8535);
;// CONCATENATED MODULE: ./packages/smoke/src/index.ts














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
