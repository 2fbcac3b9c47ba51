export const id = 303;
export const ids = [303];
export const modules = {

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverNotification: () => (/* reexport */ deliverNotification),
  notifySummary: () => (/* reexport */ notifySummary)
});

// UNUSED EXPORTS: HEADLINES, SLACK_LIMITS, STATUSES, STATUS_WORDS, SlackError, SlackTransientError, builtinMessage, callWebApi, checkPayloadShape, composeMessage, customMessage, escapeMrkdwn, fetchPost, fillPlaceholders, firstLine, fitToLimits, isFailureStatus, judgeNotification, mentionText, mentionsFor, mrkdwnLink, normalizeStatus, notSentLine, placeholderValues, postToWebhook, readGithubContext, sendNotification, sentLine, truncateText

// EXTERNAL MODULE: ./packages/kit/src/runner/cancellation.ts
var cancellation = __webpack_require__(4520);
;// CONCATENATED MODULE: ./packages/kit/src/sleep.ts

/** Node fires a timer over 2^31-1 ms at once; no wait of ours is that long, so cap it. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Waits `ms`, or rejects with the abort reason as soon as the signal aborts. */
function sleep_sleep(ms, signal) {
    ms = Math.min(Math.max(0, ms), MAX_TIMER_MS);
    if (signal?.aborted)
        return Promise.reject((0,cancellation/* abortReason */.Js)(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject((0,cancellation/* abortReason */.Js)(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/kit/src/retry.ts



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
    return error instanceof errors/* TransientError */.N_ ? error.retryAfterMs : undefined;
}
/**
 * Calls `fn` until it succeeds, fails with something not transient, runs out of attempts, or
 * the next attempt would start after the deadline. The last error is thrown as it was. A
 * server's Retry-After is honoured as the least wait before the next attempt.
 */
async function retry(fn, options = {}) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? sleep_sleep;
    const random = options.random ?? Math.random;
    const isTransient = options.isTransient ?? ((e) => e instanceof errors/* TransientError */.N_);
    const maxAttempts = options.attempts ?? Number.POSITIVE_INFINITY;
    const base = options.baseDelayMs ?? 1000;
    const max = options.maxDelayMs ?? 30_000;
    const deadline = options.deadlineMs === undefined ? Number.POSITIVE_INFINITY : now() + options.deadlineMs;
    for (let attempt = 1;; attempt++) {
        (0,cancellation/* throwIfAborted */.Te)(options.signal);
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

// EXTERNAL MODULE: ./packages/kit/node_modules/@actions/http-client/lib/index.js
var lib = __webpack_require__(6086);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/kit/src/http/network-error.ts

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
class ProxyRefusedError extends errors/* ConfigError */.xL {
    name = 'ProxyRefusedError';
}
/** No answer within the request's timeout (named as the platform's own timeouts are). */
class HttpTimeoutError extends errors/* TransientError */.N_ {
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
        return new errors/* TransientError */.N_(`${what}: the proxy ${proxy.shown} (${proxy.variable}) is unreachable: ${unreachable[1]}`, {
            cause: error,
        });
    const code = error.code ?? '';
    const detail = `${code || error.message}${code && error.message && !error.message.includes(code) ? ` (${error.message})` : ''}`;
    const text = `${what} failed${via}: ${detail}`;
    return TRANSIENT_CODES.has(code) || /timed? ?out/i.test(error.message)
        ? new errors/* TransientError */.N_(text, { cause: error })
        : new Error(text, { cause: error });
}

// EXTERNAL MODULE: ./packages/kit/node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(1586);
;// CONCATENATED MODULE: ./packages/kit/src/http/proxy-route.ts

/**
 * The proxy `@actions/http-client` uses for `target`, or undefined for a direct connection:
 * `https_proxy || HTTPS_PROXY` for https, `http_proxy || HTTP_PROXY` for http; `no_proxy ||
 * NO_PROXY` entries (`*`, a host, a `.domain` suffix, `host:port`) and loopback hosts bypass it.
 */
function proxyRouteFor(target, env = process.env) {
    const url = (0,proxy/* getProxyUrl */.s)(target);
    if (!url?.hostname)
        return undefined;
    const lower = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    const variable = env[lower] ? lower : lower.toUpperCase();
    return { url, variable, shown: `${url.protocol}//${url.host}` };
}

;// CONCATENATED MODULE: ./packages/kit/src/http/http-request.ts






/** The one timeout of the outbound HTTP layer: a request with no answer by then fails (transient). */
const HTTP_TIMEOUT_MS = 30_000;
/** Bodies past this are cut: no answer we read is larger, and a broken peer must not flood us. */
const HTTP_MAX_BODY_BYTES = 4 * 1024 * 1024;
/**
 * One request through `@actions/http-client`'s agent for the URL, so the proxy variables are
 * honoured exactly as the toolkit honours them (a CONNECT tunnel for http and https targets).
 * Redirects are not followed (a secret URL must not wander). The client loads on the first
 * request, never at start-up. Throws on network failure, timeout or a refusing proxy.
 */
async function httpRequest(url, options = {}) {
    const target = typeof url === 'string' ? new URL(url) : url;
    const what = options.what ?? `${options.method ?? 'GET'} ${target.origin}`;
    const proxy = proxyRouteFor(target);
    const agent = new lib/* HttpClient */.Qq('slipway').getAgent(target.href);
    // The tunnel agent opens TLS with its own options, not the request's: the CA goes there too.
    if (options.ca && proxy)
        agent.options = { ...agent.options, ca: options.ca };
    const mod = target.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const timeoutMs = options.timeoutMs ?? HTTP_TIMEOUT_MS;
    const maxBody = options.maxBodyBytes ?? HTTP_MAX_BODY_BYTES;
    const headers = { 'user-agent': 'slipway', ...options.headers };
    if (options.body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(options.body));
    return new Promise((resolve, reject) => {
        const req = mod.request(target, {
            method: options.method ?? 'GET',
            headers,
            agent: agent,
            timeout: timeoutMs,
            signal: options.signal,
            ...(options.ca ? { ca: options.ca } : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                if (size < maxBody)
                    chunks.push(chunk.subarray(0, maxBody - size));
                size += chunk.length;
            });
            res.on('error', (error) => reject(networkError(what, error, proxy)));
            res.on('end', () => {
                const body = Buffer.concat(chunks);
                const header = (name) => {
                    const value = res.headers[name.toLowerCase()];
                    return Array.isArray(value) ? value[0] : value;
                };
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body,
                    header,
                    text: () => body.toString('utf8'),
                    ...(proxy ? { proxy: proxy.shown } : {}),
                });
            });
        });
        req.on('timeout', () => req.destroy(new HttpTimeoutError(`${what}: no answer within ${timeoutMs}ms${proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : ''}`)));
        req.on('error', (error) => {
            if (error instanceof errors/* TransientError */.N_ || error.name === 'AbortError')
                return reject(error);
            reject(networkError(what, error, proxy));
        });
        req.end(options.body);
    });
}

;// CONCATENATED MODULE: ./packages/notify/src/http-post.ts

/** Replies are short JSON or text; a larger one is cut (a broken proxy must not flood us). */
const MAX_REPLY_BYTES = 64 * 1024;
/**
 * kit's HTTP layer: the runner's proxy variables are honoured. Redirects are not followed (a
 * secret URL must not wander). The error names only the origin, never the secret path.
 */
const fetchPost = async (url, init) => {
    const target = new URL(url);
    const response = await httpRequest(target, {
        method: 'POST',
        headers: init.headers,
        body: init.body,
        timeoutMs: init.timeoutMs,
        signal: init.signal,
        maxBodyBytes: MAX_REPLY_BYTES,
        what: `POST to Slack (${target.origin})`,
    });
    return { status: response.status, body: response.text(), header: (name) => response.header(name) ?? null };
};

;// CONCATENATED MODULE: ./packages/notify/src/slack-error.ts

/** Slack refused the message for good (invalid_auth, channel_not_found, invalid_blocks, …). */
class SlackError extends Error {
    code;
    name = 'SlackError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Worth another attempt: 429, 5xx, network failures, Slack's internal_error. */
class SlackTransientError extends errors/* TransientError */.N_ {
    code;
    name = 'SlackTransientError';
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}
/** Web API error codes that say "try again later" rather than "fix your request". */
const TRANSIENT_API_ERRORS = new Set([
    'internal_error',
    'service_unavailable',
    'request_timeout',
    'ratelimited',
    'rate_limited',
]);
/** Slack's error codes are snake_case words; anything else in a body is not echoed. */
function errorCode(body, fallback) {
    const word = body.trim();
    return /^[a-z][a-z0-9_]{0,79}$/.test(word) ? word : fallback;
}
/** kit's HTTP errors name the proxy a request went through; the words keep it. */
const PROXY_NAMED = /the proxy \S+ \([A-Za-z_]+\)/;
/**
 * A failed request as words, without the URL (which may hold the webhook's secret). A proxy
 * that refuses us is not worth another attempt: the user must fix its rules or NO_PROXY.
 */
function networkFailure(error) {
    if (error instanceof ProxyRefusedError)
        return new SlackError('proxy_refused', error.message);
    const proxy = error instanceof Error ? PROXY_NAMED.exec(error.message)?.[0] : undefined;
    const via = proxy ? ` (through ${proxy})` : '';
    const cause = error?.cause;
    const name = error?.name;
    if (name === 'TimeoutError')
        return new SlackTransientError('timeout', `no response in time${via}`, { cause: error });
    const code = typeof cause?.code === 'string' ? cause.code : 'network_error';
    const words = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ENOTFOUND: 'host not found',
        UND_ERR_SOCKET: 'connection closed',
    };
    const why = words[code] ?? (typeof cause?.message === 'string' && cause.message ? cause.message : code);
    return new SlackTransientError(code.toLowerCase(), `request failed: ${why}${via}`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/notify/src/slack-transports.ts


async function send(url, headers, body, options) {
    try {
        return await options.post(url, {
            headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'slipway-slack-notify', ...headers },
            body: JSON.stringify(body),
            timeoutMs: options.timeoutMs,
            signal: options.signal,
        });
    }
    catch (error) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        throw networkFailure(error);
    }
}
function throwIfTransientStatus(reply) {
    if (reply.status === 429) {
        throw new SlackTransientError('rate_limited', 'rate limited (HTTP 429)', {
            retryAfterMs: parseRetryAfter(reply.header('retry-after')),
        });
    }
    if (reply.status >= 500) {
        const code = errorCode(reply.body, `http_${reply.status}`);
        throw new SlackTransientError(code, `HTTP ${reply.status}`, {
            retryAfterMs: parseRetryAfter(reply.header('retry-after')),
        });
    }
}
/**
 * An incoming webhook: 200 with the text "ok", or a status with a short error word in the body
 * (invalid_payload, no_text, invalid_token, channel_not_found, …).
 */
async function postToWebhook(url, message, options) {
    const reply = await send(url, {}, message, options);
    throwIfTransientStatus(reply);
    if (reply.status >= 200 && reply.status < 300)
        return;
    const code = errorCode(reply.body, `http_${reply.status}`);
    throw new SlackError(code, `incoming webhook answered HTTP ${reply.status}`);
}
/**
 * A Web API method: HTTP 200 with `{ ok, error }` JSON; the token as a Bearer header. Returns
 * the message's channel id and ts.
 */
async function callWebApi(apiUrl, method, token, args, options) {
    const reply = await send(`${apiUrl.replace(/\/+$/, '')}/${method}`, { authorization: `Bearer ${token}` }, args, options);
    throwIfTransientStatus(reply);
    let answer;
    try {
        answer = JSON.parse(reply.body);
    }
    catch {
        if (reply.status !== 200)
            throw new SlackError(`http_${reply.status}`, `${method} answered HTTP ${reply.status}`);
        throw new SlackTransientError('invalid_response', `${method} answered with something other than JSON`);
    }
    if (answer.ok === true && typeof answer.ts === 'string') {
        return { channel: typeof answer.channel === 'string' ? answer.channel : String(args['channel']), ts: answer.ts };
    }
    const code = errorCode(typeof answer.error === 'string' ? answer.error : '', `http_${reply.status}`);
    if (TRANSIENT_API_ERRORS.has(code))
        throw new SlackTransientError(code, `${method} failed`);
    throw new SlackError(code, `${method} failed`);
}

;// CONCATENATED MODULE: ./packages/notify/src/send-notification.ts




function actionOf(target) {
    if (target.kind === 'web-api' && target.updateTs)
        return 'updated';
    if (target.kind === 'web-api' && target.threadTs)
        return 'replied';
    return 'posted';
}
/**
 * Sends one message, retrying 429 (after Retry-After), 5xx and network failures with full-jitter
 * backoff inside the deadline. Never throws for Slack's answers: the result says ok or which
 * error; only a cancellation is thrown.
 */
async function sendNotification(message, target, options) {
    const now = options.now ?? Date.now;
    const post = options.post ?? fetchPost;
    const sleep = options.sleep ?? sleep_sleep;
    const started = now();
    const action = actionOf(target);
    const waitsMs = [];
    let attempts = 0;
    const base = {
        ok: false,
        transport: target.kind,
        action,
        channel: target.kind === 'web-api' ? target.channel : '',
        ts: '',
        threadTs: '',
        error: '',
        detail: '',
        attempts: 0,
        waitsMs,
    };
    const attempt = async () => {
        attempts++;
        const left = options.deadlineMs - (now() - started);
        const request = {
            post,
            signal: options.signal,
            timeoutMs: Math.max(1000, Math.min(options.requestTimeoutMs ?? 10_000, left)),
        };
        if (target.kind === 'webhook') {
            await postToWebhook(target.url, message, request);
            return { channel: '', ts: '' };
        }
        if (target.updateTs) {
            return callWebApi(target.apiUrl, 'chat.update', target.token, { ...message, channel: target.channel, ts: target.updateTs }, request);
        }
        const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
        return callWebApi(target.apiUrl, 'chat.postMessage', target.token, { ...message, channel: target.channel, ...thread }, request);
    };
    try {
        const sent = await retry(attempt, {
            attempts: options.attempts ?? 5,
            deadlineMs: options.deadlineMs,
            baseDelayMs: options.baseDelayMs ?? 1000,
            maxDelayMs: options.maxDelayMs ?? 8000,
            signal: options.signal,
            now,
            random: options.random,
            sleep,
            onRetry: ({ attempt: n, delayMs, error }) => {
                waitsMs.push(delayMs);
                const code = error instanceof SlackTransientError ? error.code : 'error';
                options.logger.info(`Slack: attempt ${n} failed (${code}: ${(0,errors/* errorMessage */.gJ)(error)}); retrying in ${delayMs}ms`);
            },
        });
        const threadTs = target.kind === 'web-api' ? (target.threadTs ?? target.updateTs ?? sent.ts) : '';
        return { ...base, ok: true, channel: sent.channel || base.channel, ts: sent.ts, threadTs, attempts };
    }
    catch (error) {
        if (options.signal?.aborted || error instanceof errors/* CancelledError */.cc)
            throw error;
        const code = error instanceof SlackError || error instanceof SlackTransientError ? error.code : 'internal';
        return { ...base, error: code, detail: (0,errors/* errorMessage */.gJ)(error), attempts };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/deliver-notification.ts

/** Why a message that was not sent only warns, said for what it does not fail. */
const WARNED_BECAUSE = {
    step: 'the step succeeds because fail-on-error is false',
    delivery: 'the delivery is judged without it (fail-on-error is false)',
};
/** "Slack: message posted in C0DEPLOYS (ts 1700000000.000100)". */
function sentLine(result) {
    const channel = result.channel ? ` in ${result.channel}` : '';
    const ts = result.ts ? ` (ts ${result.ts})` : '';
    return `Slack: message ${result.action}${channel}${ts}`;
}
/** "Slack notification not sent: http_503 (…, after 3 attempts)". */
function notSentLine(result) {
    const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
    return `Slack notification not sent: ${result.error} (${result.detail}, after ${attempts})`;
}
/** The one judgement of a notification: a message not sent fails only with fail-on-error. */
function judgeNotification(result, failOnError, scope) {
    if (result.ok) {
        const line = sentLine(result);
        return { outcome: 'sent', detail: line, line };
    }
    const detail = notSentLine(result);
    if (failOnError)
        return { outcome: 'failed', detail, line: detail };
    return { outcome: 'warned', detail, line: `${detail}; ${WARNED_BECAUSE[scope]}` };
}
/** The notify stage slack-notify and the root action share: send, then judge; the caller carries the verdict out. */
async function deliverNotification(message, target, { failOnError, scope, ...send }) {
    const result = await sendNotification(message, target, send);
    return { result, verdict: judgeNotification(result, failOnError, scope) };
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
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

;// CONCATENATED MODULE: ./packages/notify/src/index.ts
















/***/ })

};
