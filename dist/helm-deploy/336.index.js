export const id = 336;
export const ids = [336];
export const modules = {

/***/ 4236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ credentialsFor),
/* harmony export */   _D: () => (/* binding */ writeDockerConfig),
/* harmony export */   nS: () => (/* binding */ removeDockerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(755);



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
            config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(login.password);
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'config.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
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
    if (!dir || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    return true;
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ taggedRef),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   yb: () => (/* binding */ digestRef)
/* harmony export */ });
/* unused harmony export DOCKER_HUB */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _tag_name__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3273);


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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
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
        if (!_tag_name__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PATTERN */ .A0.test(tag))
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

/***/ 7769:
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
// EXTERNAL MODULE: ./packages/kit/node_modules/@actions/http-client/lib/index.js
var lib = __webpack_require__(6086);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/http/proxy-route.ts
var proxy_route = __webpack_require__(553);
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
    const proxy = (0,proxy_route/* proxyRouteFor */.V)(target);
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
            res.on('error', (error) => reject((0,network_error/* networkError */.x6)(what, error, proxy)));
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
        req.on('timeout', () => req.destroy(new network_error/* HttpTimeoutError */.Iu(`${what}: no answer within ${timeoutMs}ms${proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : ''}`)));
        req.on('error', (error) => {
            if (error instanceof errors/* TransientError */.N_ || error.name === 'AbortError')
                return reject(error);
            reject((0,network_error/* networkError */.x6)(what, error, proxy));
        });
        req.end(options.body);
    });
}

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
        const res = await httpRequest(url, {
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

/***/ 7432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findSyft),
/* harmony export */   L: () => (/* binding */ findCosign)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8196);
/* harmony import */ var _tool_pins__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5168);


const TOOLS = {
    cosign: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .COSIGN_PIN */ .s, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .SYFT_PIN */ .H, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .versionInText */ .nM)(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name} version' printed no version; ${install}`);
    if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(version, pin.minimum) < 0)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
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


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ verifyImage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7817);
/* harmony import */ var _docker_config__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4236);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2032);
/* harmony import */ var _registry_client__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7769);
/* harmony import */ var _cosign_args__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5362);
/* harmony import */ var _find_cosign__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7432);
/* harmony import */ var _verify_policy__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71);










const INPUT_IMAGE = { where: `Input 'image'` };
/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps, source = INPUT_IMAGE) {
    const exec = deps.exec ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m;
    const image = (0,_image_ref__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(text, source.where);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps, source.where));
    const ref = (0,_image_ref__WEBPACK_IMPORTED_MODULE_4__/* .digestRef */ .yb)(image, digest);
    const cosign = await (0,_find_cosign__WEBPACK_IMPORTED_MODULE_5__/* .findCosign */ .L)(exec, deps.env);
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(deps.tempDir, 'slipway-verify-'));
    try {
        let key = policy.publicKey.trim();
        if (!_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .KMS_KEY */ .cC.test(key)) {
            key = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cosign.pub');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
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
            return { check: name, finding: (0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .classifyCosignFailure */ .Em)(result.stderr), detail };
        };
        deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${(0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .describePolicy */ .wy)(policy)}`);
        const checks = [await check('signature', (0,_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .cosignVerifyArgs */ .GN)(key, ref))];
        for (const type of policy.attestations)
            checks.push(await check(type, (0,_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .cosignVerifyAttestationArgs */ .GX)(key, ref, type)));
        if (checks.some((c) => c.finding !== 'verified'))
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL((0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .refusalLine */ .tw)(given, digest, policy, checks, source.usedBy));
        for (const c of checks)
            deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
        return {
            given,
            digestRef: ref,
            digest,
            ...(image.tag && !image.digest ? { tag: image.tag } : {}),
            policy: (0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .describePolicy */ .wy)(policy),
            checks,
            cosignVersion: cosign.version,
            ...(source.usedBy ? { usedBy: source.usedBy } : {}),
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps, where) {
    const tag = image.tag ?? 'latest';
    const client = deps.client?.(image) ??
        new _registry_client__WEBPACK_IMPORTED_MODULE_9__/* .RegistryClient */ .b(image.registry, {
            credentials: (0,_docker_config__WEBPACK_IMPORTED_MODULE_10__/* .credentialsFor */ .Og)(deps.env['DOCKER_CONFIG'] || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker'), image.registry),
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
    let found;
    try {
        found = await client.headManifest(image.repository, tag);
    }
    catch (error) {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(`Could not resolve ${image.name}:${tag} to a digest to verify: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!found)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL(`${where}: ${image.name}:${tag} does not exist in ${image.registry}`);
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


/***/ }),

/***/ 3273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   Bs: () => (/* binding */ checkTag),
/* harmony export */   iP: () => (/* binding */ sanitizeTag)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a tag of 1 to 128 letters, digits, "_", "." or "-" not starting with "." or "-", got "${tag}"`);
    }
    return tag;
}


/***/ }),

/***/ 2783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ExecError),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8574);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);



class ExecError extends Error {
    result;
    name = 'ExecError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
const KILL_GRACE_MS = 5000;
/**
 * Runs a program with an argv array: never a shell, so nothing a user wrote is interpreted.
 * Streams output to the logger, captures it, enforces a timeout, and kills the child (SIGTERM,
 * then SIGKILL) when the signal aborts.
 */
async function exec(file, args, options = {}) {
    // Loaded on first use: actions that fail on their inputs never pay for it.
    const { signal, timeoutMs, logger } = options;
    const limit = options.maxCaptureBytes ?? 16 * 1024 * 1024;
    const command = [file, ...args].join(' ');
    if (signal?.aborted)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc(`Not started, cancelled: ${file}`);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = capture(limit, logger && options.logStdout !== false ? (l) => logger.info(l) : undefined);
        const err = capture(limit, logger ? (l) => logger.info(l) : undefined);
        child.stdout.on('data', out.push);
        child.stderr.on('data', err.push);
        let stopReason;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
        };
        const onAbort = () => stop(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc(`Cancelled: ${command}`));
        signal?.addEventListener('abort', onAbort, { once: true });
        const timer = timeoutMs
            ? setTimeout(() => stop(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(`Timed out after ${timeoutMs}ms: ${command}`)), timeoutMs)
            : undefined;
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        child.on('error', (error) => {
            cleanup();
            const what = error.code === 'ENOENT' ? `Program not found: ${file}` : `Could not run ${file}: ${error.message}`;
            reject(new ExecError(what, { exitCode: -1, stdout: '', stderr: '' }));
        });
        child.on('close', (code, killedBy) => {
            cleanup();
            out.flush();
            err.flush();
            const result = { exitCode: code ?? -1, stdout: out.text(), stderr: err.text() };
            if (stopReason)
                return reject(stopReason);
            if (result.exitCode !== 0 && !options.ignoreExitCode) {
                const why = killedBy ? `was killed by ${killedBy}` : `exited with code ${result.exitCode}`;
                const tail = lastLine(result.stderr) || lastLine(result.stdout);
                return reject(new ExecError(`${file} ${why}${tail ? `: ${tail}` : ''}`, result));
            }
            resolve(result);
        });
        function cleanup() {
            if (timer)
                clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    });
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    return (lines[lines.length - 1] ?? '').slice(0, 500);
}
/** Keeps up to `limit` bytes and hands complete lines to `onLine` as they arrive. */
function capture(limit, onLine) {
    const chunks = [];
    let size = 0;
    let partial = '';
    // A multi-byte character may be split across chunks; the decoder holds its first bytes.
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    return {
        push(chunk) {
            if (size < limit) {
                chunks.push(chunk.subarray(0, limit - size));
                size += Math.min(chunk.length, limit - size);
            }
            if (!onLine)
                return;
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                onLine(line.replace(/\r$/, ''));
        },
        flush() {
            if (onLine)
                partial += decoder.end();
            if (onLine && partial)
                onLine(partial);
            partial = '';
        },
        text: () => Buffer.concat(chunks).toString('utf8'),
    };
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

/***/ 1847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ findBinary),
/* harmony export */   t: () => (/* binding */ withCacheRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * tool-cache reads the cache's root from RUNNER_TOOL_CACHE at every call; a caller that names
 * another root (lint-scan's `tool-cache` input, a test) has it set for the call. Installs that run
 * at the same time must share one root.
 */
async function withCacheRoot(root, body) {
    const before = process.env['RUNNER_TOOL_CACHE'];
    process.env['RUNNER_TOOL_CACHE'] = root;
    try {
        return await body();
    }
    finally {
        if (before === undefined)
            delete process.env['RUNNER_TOOL_CACHE'];
        else
            process.env['RUNNER_TOOL_CACHE'] = before;
    }
}
/** The first file or link named `name` in `dir`, shallowest first (helm sits in linux-amd64/). */
async function findBinary(dir, name) {
    let level = [dir];
    while (level.length) {
        const next = [];
        for (const folder of level) {
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true })) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, entry.name);
                if (entry.name === name && !entry.isDirectory())
                    return path;
                if (entry.isDirectory())
                    next.push(path);
            }
        }
        level = next;
    }
    return undefined;
}


/***/ }),

/***/ 9524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   x: () => (/* binding */ checksumFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Finds the SHA-256 of `file` in a published checksums file: either "<sha>  <name>" lines
 * (sha256sum format, `*` binary marker allowed) or a file holding the bare digest.
 */
function checksumFor(text, file) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    for (const line of lines) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line);
        if (match && (match[2] === file || match[2]?.endsWith(`/${file}`)))
            return match[1]?.toLowerCase();
    }
    if (lines.length === 1 && /^[0-9a-fA-F]{64}$/.test(lines[0] ?? ''))
        return lines[0]?.toLowerCase();
    return undefined;
}
/** The SHA-256 hex digest of a file, streamed (a helm binary is ~50 MB). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 1244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ findCachedTool)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_root__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1847);
/* harmony import */ var _tool_manifest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1600);



/**
 * tool-cache's `find` in the standard layout, then kit's check of the files against what was
 * recorded at install. A copy that fails it is refused with a warning (and undefined returned).
 */
async function findCachedTool(options) {
    if (!options.cacheRoot)
        return undefined;
    const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
    const dir = await (0,_cache_root__WEBPACK_IMPORTED_MODULE_1__/* .withCacheRoot */ .t)(options.cacheRoot, () => tc.find(options.tool, options.versionSpec, options.arch ?? process.arch));
    if (!dir)
        return undefined;
    const version = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dir));
    const problem = await (0,_tool_manifest__WEBPACK_IMPORTED_MODULE_2__/* .manifestProblem */ .Vx)(dir, options.pinnedSha256);
    const path = problem ? undefined : await (0,_cache_root__WEBPACK_IMPORTED_MODULE_1__/* .findBinary */ .j)(dir, options.binary);
    if (!path) {
        const why = problem ?? `it holds no '${options.binary}'`;
        options.logger.warning(`${options.tool} ${version} in the tool cache (${dir}) is refused: ${why}`);
        return undefined;
    }
    return { dir, path, version };
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ installTool)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kit/src/tools/cache-root.ts
var cache_root = __webpack_require__(1847);
// EXTERNAL MODULE: ./packages/kit/src/tools/checksums.ts
var checksums = __webpack_require__(9524);
;// CONCATENATED MODULE: ./packages/kit/src/tools/download-policy.ts
/**
 * The one retry and timeout policy of every tool download (helm, each scanner, their checksums
 * files). The retries are tool-cache's own `downloadTool` (its RetryHelper cannot be turned off,
 * so kit does not add a second loop): 3 attempts, 10–20 s apart, on 5xx, 408, 429 and network
 * errors, never on another 4xx. Kit adds the deadline, which tool-cache lacks (its HTTP client
 * sets no socket timeout): a download still running after it fails as a TransientError.
 */
const TOOL_DOWNLOAD_POLICY = {
    attempts: 3,
    retryDelaySeconds: [10, 20],
    deadlineMs: 10 * 60_000,
};

;// CONCATENATED MODULE: ./packages/kit/src/tools/download-tool.ts





/**
 * Downloads `url` to `dest` with tool-cache's `downloadTool` (proxy-aware through
 * @actions/http-client, redirects followed, its retries) under the policy's deadline. A 4xx is a
 * ConfigError (the URL is wrong), a 5xx, 408, 429 or network failure left after the retries a
 * TransientError. On the deadline or a cancellation the attempt is abandoned (tool-cache cannot
 * abort it; its socket ends with the process).
 */
async function downloadToolFile(url, dest, options = {}) {
    const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
    const deadlineMs = options.deadlineMs ?? TOOL_DOWNLOAD_POLICY.deadlineMs;
    let timer;
    let onAbort;
    const stop = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new errors/* TransientError */.N_(`Download of ${url} did not finish within ${deadlineMs / 1000} s`)), deadlineMs);
        timer.unref();
        onAbort = () => reject(new errors/* CancelledError */.cc(`Download of ${url} cancelled`));
        if (options.signal?.aborted)
            onAbort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([tc.downloadTool(url, dest), stop]);
    }
    catch (error) {
        if (error instanceof errors/* TransientError */.N_ || error instanceof errors/* CancelledError */.cc)
            throw error;
        const status = error instanceof tc.HTTPError ? error.httpStatusCode : undefined;
        if (status !== undefined) {
            const message = `Download of ${url} answered HTTP ${status}`;
            if (status >= 500 || status === 408 || status === 429)
                throw new errors/* TransientError */.N_(`${message} (${TOOL_DOWNLOAD_POLICY.attempts} attempts)`, { cause: error });
            throw new errors/* ConfigError */.xL(message, { cause: error });
        }
        throw new errors/* TransientError */.N_(`Download of ${url} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            options.signal?.removeEventListener('abort', onAbort);
    }
}
/** A small text file (a checksums list, an index page) through the same download, from a temporary folder. */
async function downloadToolText(url, options = {}) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, 'slipway-download-'));
    try {
        return await (0,promises_.readFile)(await downloadToolFile(url, (0,external_node_path_.join)(dir, 'file'), options), 'utf8');
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./packages/kit/src/tools/find-tool.ts
var find_tool = __webpack_require__(1244);
// EXTERNAL MODULE: ./packages/kit/src/tools/tool-manifest.ts
var tool_manifest = __webpack_require__(1600);
;// CONCATENATED MODULE: ./packages/kit/src/tools/install-tool.ts









/**
 * One installer for every tool: the verified copy in the tool cache when there is one; else the
 * download (tool-cache's `downloadTool`), refused unless its SHA-256 is the pinned or published
 * one, extracted, recorded (see tool-manifest.ts) and cached with `cacheDir`.
 */
async function installTool(release) {
    const arch = release.arch ?? process.arch;
    const label = release.label ?? release.tool;
    const pinned = typeof release.sha256 === 'string' ? release.sha256 : undefined;
    const cached = await (0,find_tool/* findCachedTool */.m)({ ...release, versionSpec: release.version, arch, pinnedSha256: pinned });
    if (cached) {
        release.logger.info(`${label} ${cached.version} from the tool cache (${cached.dir}), files verified`);
        return { ...cached, source: 'cache' };
    }
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, `slipway-${release.tool}-`));
    try {
        const url = typeof release.url === 'string' ? release.url : await release.url();
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || release.tool);
        let expected = pinned;
        if (typeof release.sha256 !== 'string') {
            expected = (0,checksums/* checksumFor */.x)(await downloadToolText(release.sha256.checksumsUrl, release), name);
            if (!expected)
                throw new errors/* ConfigError */.xL(`${label}: the published checksums name no SHA-256 for ${name}`);
        }
        release.logger.info(`${label}: downloading ${release.version} from ${url}`);
        const file = await downloadToolFile(url, (0,external_node_path_.join)(work, name), release);
        const actual = await (0,checksums/* sha256File */.Q)(file);
        if (actual !== expected) {
            const source = pinned ? 'pinned' : 'published';
            throw new errors/* ConfigError */.xL(`${label}: refusing ${name}: SHA-256 ${actual} does not match the ${source} ${expected}`);
        }
        release.logger.info(`${label}: verified SHA-256 ${actual} of ${name}`);
        const dir = await (0,cache_root/* withCacheRoot */.t)(release.cacheRoot, async () => {
            const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
            if (release.inPlace)
                return buildInPlace(release, arch, file, actual);
            const unpacked = (0,external_node_path_.join)(work, 'unpacked');
            await (0,promises_.mkdir)(unpacked);
            if (release.unpack === 'tar')
                await tc.extractTar(file, unpacked, 'x');
            else if (release.unpack === 'zip')
                await tc.extractZip(file, unpacked);
            else
                await release.unpack(file, unpacked);
            await (0,tool_manifest/* recordManifest */.Xx)(unpacked, actual);
            return tc.cacheDir(unpacked, release.tool, release.version, arch);
        });
        const path = await (0,cache_root/* findBinary */.j)(dir, release.binary);
        if (!path)
            throw new errors/* ConfigError */.xL(`${label}: ${name} holds no '${release.binary}'`);
        return { dir, path, version: release.version, source: 'download' };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The layout cacheDir writes (`<root>/<tool>/<version>/<arch>` then `<arch>.complete`), filled in place. */
async function buildInPlace(release, arch, file, sha256) {
    const dir = (0,external_node_path_.join)(release.cacheRoot, release.tool, release.version, arch);
    await (0,promises_.rm)(`${dir}.complete`, { force: true });
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    try {
        if (typeof release.unpack !== 'function')
            throw new Error(`${release.tool}: an in-place install needs an unpack function`);
        await release.unpack(file, dir);
        await (0,tool_manifest/* recordManifest */.Xx)(dir, sha256);
        await (0,promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}


/***/ }),

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ manifestProblem),
/* harmony export */   Xx: () => (/* binding */ recordManifest)
/* harmony export */ });
/* unused harmony export MANIFEST_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checksums__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9524);



/**
 * What kit records beside a tool it caches, so that a later job can tell the files are still the
 * ones it verified: the SHA-256 of the download they came from and of every file (a symbolic link
 * by its target). tool-cache's `.complete` marker only says the copy finished.
 */
const MANIFEST_FILE = '.slipway-sha256.json';
async function listFiles(root) {
    const entries = [];
    const walk = async (dir) => {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).sort()) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
            if (rel === MANIFEST_FILE)
                continue;
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
            if (stat.isSymbolicLink())
                entries.push([rel, `link:${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path)}`]);
            else if (stat.isDirectory())
                await walk(path);
            else if (stat.isFile())
                entries.push([rel, await (0,_checksums__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(path)]);
        }
    };
    await walk(root);
    return entries;
}
/** Writes the manifest of `dir`'s files, before the directory is cached. */
async function recordManifest(dir, downloadSha256) {
    const manifest = { download: downloadSha256, files: Object.fromEntries(await listFiles(dir)) };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
/**
 * Why the cached `dir` cannot be trusted, or undefined when every recorded file is unchanged (and,
 * when the download's digest is pinned, it came from that download). Files added since (a
 * Python cache) are not judged: only what was verified at install is run.
 */
async function manifestProblem(dir, pinnedDownload) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return `it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`;
    }
    if (pinnedDownload && manifest.download !== pinnedDownload)
        return `it came from a download with SHA-256 ${manifest.download}, pinned ${pinnedDownload}`;
    for (const [file, recorded] of Object.entries(manifest.files ?? {})) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
        let actual;
        try {
            actual = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isSymbolicLink() ? `link:${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path)}` : await (0,_checksums__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(path);
        }
        catch {
            return `${file} is missing`;
        }
        if (actual !== recorded)
            return `${file} has changed (SHA-256 ${actual}, recorded ${recorded} at install)`;
    }
    return undefined;
}


/***/ })

};
