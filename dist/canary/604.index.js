export const id = 604;
export const ids = [604];
export const modules = {

/***/ 3604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: MANIFEST_ACCEPT

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kit/src/http/network-error.ts
var network_error = __webpack_require__(1768);
// EXTERNAL MODULE: ./packages/kit/src/http/http-request.ts
var http_request = __webpack_require__(7493);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
;// CONCATENATED MODULE: ./packages/image/src/registry-challenge.ts
function parseChallenge(header) {
    const scheme = (/^\s*([A-Za-z]+)/.exec(header)?.[1] ?? '').toLowerCase();
    const params = Object.fromEntries([...header.matchAll(/([A-Za-z_]+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
    return { scheme, params };
}
/**
 * Where to ask for a Bearer token (the distribution spec's token flow): the realm with the
 * service and scope; a challenge without a scope gets pull access to `repository`.
 */
function tokenUrl(challenge, repository) {
    const realm = challenge.params['realm'];
    if (challenge.scheme !== 'bearer' || !realm)
        return undefined;
    const url = new URL(realm);
    if (challenge.params['service'])
        url.searchParams.set('service', challenge.params['service']);
    url.searchParams.set('scope', challenge.params['scope'] ?? `repository:${repository}:pull`);
    return url;
}

// EXTERNAL MODULE: ./packages/image/src/registry-errors.ts
var registry_errors = __webpack_require__(9044);
;// CONCATENATED MODULE: ./packages/image/src/registry-client.ts




const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const MAX_BODY = 4 * 1024 * 1024;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;
/**
 * Docker's rule for speaking plain HTTP to a registry that fails TLS: its host is, or resolves
 * to, a loopback address (docker's default insecure range 127.0.0.0/8). Resolved here, even when
 * the request itself goes through a proxy, as docker resolves it.
 */
async function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '');
    if (LOOPBACK.test(host))
        return true;
    const addresses = await (0,promises_.lookup)(host, { all: true }).catch(() => []);
    return addresses.length > 0 && addresses.every((a) => LOOPBACK.test(a.address));
}
/**
 * The part of the OCI distribution API the action needs: manifest HEAD/GET with the registry's
 * Docker-Content-Digest, behind anonymous, Basic or Bearer-token auth (the WWW-Authenticate
 * challenge decides). Errors name the registry and the status, transient (5xx, 429, resets,
 * timeouts) or not (401/403). Requests go through kit's HTTP layer, so the runner's proxy
 * variables are honoured. build-push and helm-deploy's image check both use it.
 */
class RegistryClient {
    registry;
    options;
    authorization;
    scheme;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
        this.scheme = options.plainHttp ? 'http' : 'https';
        if (options.credentials) {
            (0,mask/* maskSecret */.$l)(options.credentials.password);
            (0,mask/* maskSecret */.$l)(Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64'));
        }
    }
    /** The manifest a tag or digest points at, or undefined when there is none (404). */
    async headManifest(repository, reference) {
        const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT }, 'Manifest lookup');
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw (0,registry_errors/* statusError */.$C)(this.registry, res.status, `Manifest lookup of ${repository}:${reference}`, retryAfter(res));
        return manifestInfo(res, reference);
    }
    /** The manifest document and its digest; undefined when there is none. */
    async getManifest(repository, reference) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT }, 'Manifest fetch');
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw (0,registry_errors/* statusError */.$C)(this.registry, res.status, `Manifest fetch of ${repository}:${reference}`, retryAfter(res));
        return { info: manifestInfo(res, reference), document: JSON.parse(res.body.toString('utf8')) };
    }
    /**
     * Bytes an image takes in the registry: config plus layers, summed over every platform of an
     * index (each blob counted once), plus the manifests themselves.
     */
    async imageSize(repository, reference) {
        const top = await this.getManifest(repository, reference);
        if (!top)
            return undefined;
        const seen = new Set();
        let total = top.info.size;
        const add = (d) => {
            if (d?.digest && typeof d.size === 'number' && !seen.has(d.digest)) {
                seen.add(d.digest);
                total += d.size;
            }
        };
        const doc = top.document;
        const images = doc.manifests
            ? await Promise.all(doc.manifests.map((m) => this.getManifest(repository, m.digest)))
            : [top];
        for (const image of images) {
            if (!image)
                continue;
            if (image !== top)
                total += image.info.size;
            const d = image.document;
            add(d.config);
            for (const layer of d.layers ?? [])
                add(layer);
        }
        return total;
    }
    async send(method, path, headers, what) {
        let res = await this.request(method, path, headers, what);
        if (res.status === 401 && !this.authorization) {
            const challenge = String(res.headers['www-authenticate'] ?? '');
            this.authorization = await this.authorize(challenge, repositoryOf(path), what);
            if (this.authorization)
                res = await this.request(method, path, headers, what);
        }
        return res;
    }
    async authorize(header, repository, what) {
        const creds = this.options.credentials;
        const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
        const url = tokenUrl(parseChallenge(header), repository);
        if (!url)
            return basic;
        const res = await this.fetchUrl('GET', url, basic ? { authorization: basic } : {}, `Token request (${what})`);
        if (res.status !== 200)
            throw (0,registry_errors/* statusError */.$C)(this.registry, res.status, `Token request for ${what.toLowerCase()}`);
        const body = JSON.parse(res.body.toString('utf8'));
        const token = body.token ?? body.access_token;
        if (!token)
            return basic;
        (0,mask/* maskSecret */.$l)(token);
        return `Bearer ${token}`;
    }
    async request(method, path, headers, what) {
        const headersWithAuth = this.authorization ? { ...headers, authorization: this.authorization } : headers;
        try {
            return await this.fetchUrl(method, new URL(`${this.scheme}://${this.registry}${path}`), headersWithAuth, what);
        }
        catch (error) {
            // A plain-HTTP registry on loopback answers a TLS hello with garbage: speak HTTP to it, as docker does.
            const code = error.cause?.code ?? '';
            const refused = error instanceof network_error/* ProxyRefusedError */.Ne;
            if (this.scheme === 'https' &&
                !refused &&
                /EPROTO|ERR_SSL|ECONNRESET/.test(code) &&
                (await isLoopback(this.registry))) {
                this.scheme = 'http';
                return this.fetchUrl(method, new URL(`http://${this.registry}${path}`), headersWithAuth, what);
            }
            throw error;
        }
    }
    async fetchUrl(method, url, headers, what) {
        const res = await (0,http_request/* httpRequest */.aj)(url, {
            method,
            headers: { 'user-agent': 'slipway', ...headers },
            timeoutMs: this.options.timeoutMs ?? 30_000,
            signal: this.options.signal,
            ca: this.options.ca,
            maxBodyBytes: MAX_BODY,
            what: `${what} at ${this.registry}`,
        });
        return { status: res.status, headers: res.headers, body: res.body };
    }
}
/** `/v2/<repository>/manifests/<reference>` → the repository. */
function repositoryOf(path) {
    return /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(path)?.[1] ?? '';
}
function manifestInfo(res, reference) {
    const header = res.headers['docker-content-digest'];
    const digest = typeof header === 'string' && header ? header : reference.startsWith('sha256:') ? reference : '';
    return {
        digest,
        mediaType: String(res.headers['content-type'] ?? ''),
        size: Number(res.headers['content-length'] ?? res.body.length) || res.body.length,
    };
}
function retryAfter(res) {
    const header = res.headers['retry-after'];
    return (0,retry/* parseRetryAfter */.mu)(Array.isArray(header) ? header[0] : header);
}


/***/ }),

/***/ 9044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ statusError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   hN: () => (/* binding */ classifyPushFailure)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1768);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);


/**
 * A registry answer as an error naming the registry and the status; transient or not by the
 * status. The status rides along (`status`) for callers that word a 401 their own way.
 */
function statusError(registry, status, what, retryAfterMs) {
    const text = `${what} at ${registry} failed: HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
    const error = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .isTransientStatus */ .Dm)(status)
        ? new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_(text, { retryAfterMs })
        : status === 401 || status === 403
            ? new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${text}: check the credentials for ${registry} (username/password or docker-config)`)
            : new Error(text);
    return Object.assign(error, { status });
}
/** The HTTP status a registry error carries, when a registry answered. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
const STATUS_TEXT = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    408: 'Request Timeout',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
};
/**
 * Reads the stderr of `docker push`, `docker buildx build --push` or `buildah push` and says
 * whether the failure is worth another attempt: 5xx, 429, connection resets/refusals and timeouts
 * are; authentication and authorisation (401/403, "denied", "unauthorized") never are.
 */
function classifyPushFailure(output) {
    const lines = output
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const reason = (lines.filter((l) => /error|denied|unauthorized|status|refused|reset|timeout|fail/i.test(l)).pop() ??
        lines.pop() ??
        'no output').slice(0, 300);
    const text = output.toLowerCase();
    const statusMatch = /(?:status(?: code)?:?|http status:?|response status code|unexpected status from [a-z]+ request to \S+:?)\s*(\d{3})/i.exec(output) ??
        /\bHTTP (\d{3})\b/.exec(output) ??
        /\b(\d{3}) (?:service unavailable|bad gateway|internal server error|gateway timeout|too many requests|unauthorized|forbidden)/i.exec(output);
    let status = statusMatch ? Number(statusMatch[1]) : undefined;
    if (status === undefined && /\bunauthorized\b|authentication required|no basic auth credentials/.test(text))
        status = 401;
    if (status === undefined && /\bdenied\b|forbidden/.test(text))
        status = 403;
    if (status === undefined && /toomanyrequests|too many requests/.test(text))
        status = 429;
    if (status === 401 || status === 403)
        return { transient: false, status, reason };
    if (status !== undefined)
        return { transient: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .isTransientStatus */ .Dm)(status), status, reason };
    const network = /connection reset|connection refused|broken pipe|i\/o timeout|tls handshake timeout|timeout exceeded|deadline exceeded|unexpected eof|\beof\b|no such host|server misbehaving|network is unreachable/.test(text);
    return { transient: network, reason };
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ httpRequest)
/* harmony export */ });
/* unused harmony exports HTTP_TIMEOUT_MS, HTTP_MAX_BODY_BYTES */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6086);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7817);
/* harmony import */ var _network_error__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1768);
/* harmony import */ var _proxy_route__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(553);






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
    const proxy = (0,_proxy_route__WEBPACK_IMPORTED_MODULE_3__/* .proxyRouteFor */ .V)(target);
    const agent = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('slipway').getAgent(target.href);
    // The tunnel agent opens TLS with its own options, not the request's: the CA goes there too.
    if (options.ca && proxy)
        agent.options = { ...agent.options, ca: options.ca };
    const mod = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
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
            res.on('error', (error) => reject((0,_network_error__WEBPACK_IMPORTED_MODULE_4__/* .networkError */ .x6)(what, error, proxy)));
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
        req.on('timeout', () => req.destroy(new _network_error__WEBPACK_IMPORTED_MODULE_4__/* .HttpTimeoutError */ .Iu(`${what}: no answer within ${timeoutMs}ms${proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : ''}`)));
        req.on('error', (error) => {
            if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_ || error.name === 'AbortError')
                return reject(error);
            reject((0,_network_error__WEBPACK_IMPORTED_MODULE_4__/* .networkError */ .x6)(what, error, proxy));
        });
        req.end(options.body);
    });
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


/***/ })

};
