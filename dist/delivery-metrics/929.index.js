export const id = 929;
export const ids = [929];
export const modules = {

/***/ 2324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ mergeValues),
/* harmony export */   cn: () => (/* binding */ imageValues),
/* harmony export */   l2: () => (/* binding */ splitImageRef),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef)
/* harmony export */ });
/* unused harmony exports DEFAULT_IMAGE_VALUES, nestValues */
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

/***/ 2488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ preflight),
  w0: () => (/* binding */ releasesOf),
  _q: () => (/* binding */ requireChart)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/cluster-checks.ts
var cluster_checks = __webpack_require__(2963);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
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

;// CONCATENATED MODULE: ./packages/image/src/registry-errors.ts


/**
 * A registry answer as an error naming the registry and the status; transient or not by the
 * status. The status rides along (`status`) for callers that word a 401 their own way.
 */
function statusError(registry, status, what, retryAfterMs) {
    const text = `${what} at ${registry} failed: HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
    const error = (0,network_error/* isTransientStatus */.Dm)(status)
        ? new errors/* TransientError */.N_(text, { retryAfterMs })
        : status === 401 || status === 403
            ? new errors/* ConfigError */.xL(`${text}: check the credentials for ${registry} (username/password or docker-config)`)
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
        return { transient: isTransientStatus(status), status, reason };
    const network = /connection reset|connection refused|broken pipe|i\/o timeout|tls handshake timeout|timeout exceeded|deadline exceeded|unexpected eof|\beof\b|no such host|server misbehaving|network is unreachable/.test(text);
    return { transient: network, reason };
}

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
            throw statusError(this.registry, res.status, `Manifest lookup of ${repository}:${reference}`, retryAfter(res));
        return manifestInfo(res, reference);
    }
    /** The manifest document and its digest; undefined when there is none. */
    async getManifest(repository, reference) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT }, 'Manifest fetch');
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw statusError(this.registry, res.status, `Manifest fetch of ${repository}:${reference}`, retryAfter(res));
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
            throw statusError(this.registry, res.status, `Token request for ${what.toLowerCase()}`);
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
    const client = new RegistryClient(host, { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 });
    let found;
    try {
        found = await client.headManifest(path, reference);
    }
    catch (error) {
        const status = statusOf(error);
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
            (0,cluster_checks/* checkReachable */.sQ)(kube),
            (0,cluster_checks/* checkPermissions */.RS)(kube, request.namespace),
            request.image && request.checkImage && request.mode === 'deploy'
                ? checkImageExists(request.image, { logger, signal: ctx.signal })
                : undefined,
            (0,cluster_checks/* lookupNamespace */.gA)(kube, request.namespace, logger),
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
        const ns = await (0,cluster_checks/* ensureNamespace */.Gv)(kube, request.namespace, {
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

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ lastGoodRevision),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   s$: () => (/* binding */ classifyRelease)
/* harmony export */ });
/* unused harmony export isPending */
const PENDING = new Set(['pending-install', 'pending-upgrade', 'pending-rollback']);
const GOOD = new Set(['deployed', 'superseded']);
function parseHistory(json) {
    const raw = JSON.parse(json || '[]');
    if (!Array.isArray(raw))
        throw new Error('helm history -o json did not print a list');
    return raw
        .map((entry) => ({
        revision: Number(entry['revision']),
        status: String(entry['status'] ?? ''),
        chart: String(entry['chart'] ?? ''),
        appVersion: String(entry['app_version'] ?? ''),
        description: String(entry['description'] ?? ''),
        updated: String(entry['updated'] ?? ''),
    }))
        .sort((a, b) => a.revision - b.revision);
}
function isPending(status) {
    return PENDING.has(status);
}
/**
 * The last good revision before `before` (default: the newest): a revision that was deployed,
 * preferring the one helm still marks deployed.
 */
function lastGoodRevision(history, before = Number.POSITIVE_INFINITY) {
    const earlier = history.filter((r) => r.revision < before);
    const deployed = earlier.filter((r) => r.status === 'deployed');
    if (deployed.length)
        return deployed[deployed.length - 1];
    const good = earlier.filter((r) => GOOD.has(r.status));
    return good[good.length - 1];
}
function classifyRelease(history) {
    const current = history[history.length - 1];
    if (!current || current.status === 'uninstalled')
        return { kind: 'absent' };
    const everGood = history.some((r) => GOOD.has(r.status));
    if (isPending(current.status) || current.status === 'uninstalling') {
        const lastDeployed = lastGoodRevision(history, current.revision);
        return lastDeployed ? { kind: 'stuck', current, lastDeployed } : { kind: 'never-deployed', current };
    }
    if (current.status === 'failed' && !everGood)
        return { kind: 'never-deployed', current };
    return { kind: 'ready', current, lastDeployed: lastGoodRevision(history) };
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

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BAND_SOURCE: () => (/* reexport */ BAND_SOURCE),
  DeliveryHistory: () => (/* reexport */ DeliveryHistory),
  HISTORY_ANNOTATION: () => (/* reexport */ HISTORY_ANNOTATION),
  HISTORY_LIMIT_BYTES: () => (/* reexport */ HISTORY_LIMIT_BYTES),
  HISTORY_MAX_RECORDS: () => (/* reexport */ HISTORY_MAX_RECORDS),
  HISTORY_OF_LABEL: () => (/* reexport */ HISTORY_OF_LABEL),
  RESULTS: () => (/* reexport */ RESULTS),
  bandsOf: () => (/* reexport */ bandsOf),
  boundedHistory: () => (/* reexport */ boundedHistory),
  canaryStage: () => (/* reexport */ canaryStage),
  canaryStopStage: () => (/* reexport */ canaryStopStage),
  checkEnvironment: () => (/* reexport */ checkEnvironment),
  computeMeasures: () => (/* reexport */ computeMeasures),
  deployFailure: () => (/* reexport */ deployFailure),
  deployStage: () => (/* reexport */ deployStage),
  deploymentEnd: () => (/* reexport */ deploymentEnd),
  deploymentPayload: () => (/* reexport */ deploymentPayload),
  digestOf: () => (/* reexport */ digestOf),
  environmentsOverview: () => (/* reexport */ environmentsOverview),
  failedDescription: () => (/* reexport */ failedDescription),
  failureRateBand: () => (/* reexport */ failureRateBand),
  finishKeptDeployment: () => (/* reexport */ finishKeptDeployment),
  fleetDeliveries: () => (/* reexport */ fleetDeliveries),
  fleetFields: () => (/* reexport */ fleetFields),
  frequencyBand: () => (/* reexport */ frequencyBand),
  historyName: () => (/* reexport */ historyName),
  leadTimeBand: () => (/* reexport */ leadTimeBand),
  mean: () => (/* reexport */ mean),
  median: () => (/* reexport */ median),
  metricsByEnvironment: () => (/* reexport */ metricsByEnvironment),
  metricsReportSummary: () => (/* reexport */ metricsReportSummary),
  metricsSummary: () => (/* reexport */ metricsSummary),
  parseRecord: () => (/* reexport */ parseRecord),
  parseSince: () => (/* reexport */ since/* parseSince */.m),
  percentile: () => (/* reexport */ percentile),
  readClusterRecords: () => (/* reexport */ readClusterRecords),
  readGitHubRecords: () => (/* reexport */ readGitHubRecords),
  recordCanary: () => (/* reexport */ recordCanary),
  recordDelivery: () => (/* reexport */ recordDelivery),
  recordOfDeployment: () => (/* reexport */ recordOfDeployment),
  recordRelease: () => (/* reexport */ recordRelease),
  recordedDeploy: () => (/* reexport */ recordedDeploy),
  recordsIn: () => (/* reexport */ recordsIn),
  restoreBand: () => (/* reexport */ restoreBand),
  runOf: () => (/* reexport */ runOf),
  runnerCommit: () => (/* reexport */ runnerCommit),
  servicesIn: () => (/* reexport */ servicesIn),
  spanText: () => (/* reexport */ spanText),
  startDescription: () => (/* reexport */ startDescription),
  weekStart: () => (/* reexport */ weekStart),
  weeklyChart: () => (/* reexport */ weeklyChart),
  withGitHubDeployment: () => (/* reexport */ withGitHubDeployment)
});

;// CONCATENATED MODULE: ./packages/records/src/record.ts
const RESULTS = ['success', 'failure', 'rolled-back', 'aborted'];
const KINDS = ['deploy', 'rollback', 'canary'];
const DIGEST = /@(sha256:[0-9a-f]{64})$/;
function digestOf(image) {
    return (image && DIGEST.exec(image)?.[1]) || null;
}
const str = (v) => (typeof v === 'string' && v ? v : null);
const record_int = (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const time = (v) => {
    const s = str(v);
    return s && Number.isFinite(Date.parse(s)) ? s : null;
};
/** A record read back from storage; undefined for anything that is not one (kept out of the measures). */
function parseRecord(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const v = value;
    const kind = KINDS.find((k) => k === v['kind']);
    const environment = str(v['environment']);
    const startedAt = time(v['startedAt']);
    if (!kind || !environment || !startedAt)
        return undefined;
    const result = RESULTS.find((r) => r === v['result']) ?? null;
    const restored = v['restored'];
    return {
        kind,
        environment,
        release: str(v['release']) ?? '',
        revision: record_int(v['revision']),
        image: str(v['image']),
        imageDigest: str(v['imageDigest']) ?? digestOf(str(v['image'])),
        commit: str(v['commit']),
        commitTime: time(v['commitTime']),
        startedAt,
        finishedAt: result ? time(v['finishedAt']) : null,
        result: time(v['finishedAt']) ? result : null,
        ...(restored && typeof restored === 'object'
            ? { restored: { revision: record_int(restored['revision']), image: str(restored['image']) } }
            : {}),
        ...(str(v['runUrl']) ? { runUrl: str(v['runUrl']) } : {}),
        ...fleetFields(v),
    };
}
/** service, cluster and run when the record has them (older records have none of them). */
function fleetFields(v) {
    const service = str(v['service']);
    const cluster = str(v['cluster']);
    const run = str(v['run']);
    return { ...(service ? { service } : {}), ...(cluster ? { cluster } : {}), ...(run ? { run } : {}) };
}

// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
;// CONCATENATED MODULE: ./packages/records/src/history-store.ts


/**
 * Where the cluster keeps a release's delivery records: one ConfigMap per release,
 * `<release>-slipway-deliveries`, beside it, with the records as a JSON list (oldest first) in
 * one annotation.
 *
 * Not on helm's release Secrets: helm writes a new Secret for every revision (a rollback too)
 * and deletes the old ones beyond --history-max, so a history kept there would be scattered and
 * pruned. Helm never touches an object it did not render, so this ConfigMap survives every
 * upgrade, rollback and pruning (it carries no ownerReference for the same reason: its owner
 * would be a Secret helm deletes). Kubernetes caps all of an object's annotations together at
 * 256 KiB: the list is cut from the oldest end to stay under HISTORY_LIMIT_BYTES.
 */
const HISTORY_ANNOTATION = 'slipway.dev/delivery-history';
const HISTORY_OF_LABEL = 'slipway.dev/delivery-history-of';
const HISTORY_LIMIT_BYTES = 200 * 1024;
const HISTORY_MAX_RECORDS = 400;
function historyName(release) {
    return `${release}-slipway-deliveries`;
}
/** The newest records that fit both bounds, oldest first, as the annotation's text. */
function boundedHistory(records, limitBytes = HISTORY_LIMIT_BYTES, maxRecords = HISTORY_MAX_RECORDS) {
    const kept = records.slice(-maxRecords).map((r) => JSON.stringify(r));
    let bytes = kept.reduce((n, line) => n + Buffer.byteLength(line) + 1, 1);
    while (kept.length > 1 && bytes > limitBytes)
        bytes -= Buffer.byteLength(kept.shift()) + 1;
    return `[${kept.join(',')}]`;
}
/** The records in one history object's annotation; malformed entries are skipped. */
function recordsIn(object) {
    const text = object?.metadata.annotations?.[HISTORY_ANNOTATION];
    if (!text)
        return [];
    let list;
    try {
        list = JSON.parse(text);
    }
    catch {
        return [];
    }
    return Array.isArray(list) ? list.map(parseRecord).filter((r) => r !== undefined) : [];
}
class DeliveryHistory {
    objects;
    namespace;
    release;
    constructor(objects, namespace, release) {
        this.objects = objects;
        this.namespace = namespace;
        this.release = release;
    }
    get ref() {
        return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: historyName(this.release) };
    }
    async read() {
        return recordsIn(await this.objects.get(this.ref));
    }
    /** Adds a record; concurrent writers are serialised by resourceVersion (a 409 reads again). */
    async append(record) {
        const withRecord = (object) => ({
            ...object,
            metadata: {
                ...object.metadata,
                annotations: {
                    ...object.metadata.annotations,
                    [HISTORY_ANNOTATION]: boundedHistory([...recordsIn(object), record]),
                },
            },
        });
        if (!(await this.objects.get(this.ref))) {
            try {
                await this.objects.create(this.ref, withRecord({
                    metadata: {
                        labels: { [HISTORY_OF_LABEL]: this.release, 'app.kubernetes.io/managed-by': 'slipway' },
                    },
                }));
                return;
            }
            catch (error) {
                if (!(0,object_client/* isConflict */.dh)(error))
                    throw error;
            }
        }
        await this.objects.update(this.ref, withRecord);
    }
}

;// CONCATENATED MODULE: ./packages/records/src/cluster-records.ts

/** Every record of the namespace's release histories (one release, or all of them), oldest first. */
async function readClusterRecords(client, namespace, release) {
    const selector = encodeURIComponent(release ? `${HISTORY_OF_LABEL}=${release}` : HISTORY_OF_LABEL);
    const list = await client.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps?labelSelector=${selector}`);
    return (list.items ?? []).flatMap(recordsIn).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(2998);
;// CONCATENATED MODULE: ./packages/records/src/commit-info.ts


/** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (1 when unset) as "1234/1"; null outside a run. */
function runOf(env = process.env) {
    const id = env['GITHUB_RUN_ID'];
    if (!id || !/^\d+$/.test(id))
        return null;
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    return { id, attempt: attempt && /^\d+$/.test(attempt) ? attempt : '1' };
}
/**
 * The commit a run deploys and when it was made, from the runner: GITHUB_SHA, and the commit
 * time from the event payload (push: head_commit; workflow_run: workflow_run.head_commit) when
 * that commit is the one deployed. Other events carry no commit time: lead time then skips the
 * record rather than guess.
 */
async function runnerCommit(env = process.env) {
    const commit = env['GITHUB_SHA'] || null;
    const runUrl = (0,run_context/* runContext */.p)(env).runUrl ?? null;
    const ran = runOf(env);
    const run = ran ? `${ran.id}/${ran.attempt}` : null;
    const path = env['GITHUB_EVENT_PATH'];
    if (!commit || !path)
        return { commit, commitTime: null, runUrl, run };
    try {
        const event = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        const head = event.head_commit ?? event.workflow_run?.head_commit;
        const time = head?.id === commit ? head.timestamp : undefined;
        const commitTime = time && Number.isFinite(Date.parse(time)) ? new Date(time).toISOString() : null;
        return { commit, commitTime, runUrl, run };
    }
    catch {
        return { commit, commitTime: null, runUrl, run };
    }
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/records/src/environments.ts

/**
 * An environment that has no record at all, where others have some, is a typo or a wrong source:
 * a ConfigError naming the ones there are. With no records anywhere it is just an empty history.
 */
function checkEnvironment(known, environment, where) {
    const names = [...new Set(known)].sort();
    if (names.length && !names.includes(environment))
        throw new errors/* ConfigError */.xL(`Input 'environment': expected an environment with records in ${where} (${names.join(', ')}), got "${environment}"`);
}

// EXTERNAL MODULE: ./packages/github/src/github-error.ts
var github_error = __webpack_require__(9117);
// EXTERNAL MODULE: ./packages/github/src/deployments.ts
var src_deployments = __webpack_require__(3345);
;// CONCATENATED MODULE: ./packages/records/src/github-records.ts




const FINAL = new Set(['success', 'failure', 'error']);
const github_records_KINDS = ['deploy', 'rollback', 'canary'];
/**
 * A record from a GitHub deployment and its statuses (newest first, as GitHub lists them). The
 * deployment's payload says what Slipway knew at the start (kind, image, commit_time); the newest
 * final status (success, failure, error; `inactive` only means superseded) says how it ended.
 * No final status: the record stays unfinished.
 */
function recordOfDeployment(deployment, statuses) {
    const payload = payloadOf(deployment.payload);
    const kind = github_records_KINDS.find((k) => k === payload['kind']) ?? 'deploy';
    const final = statuses.find((s) => FINAL.has(s.state));
    const text = final?.description ?? '';
    let result = null;
    if (final?.state === 'success')
        result = 'success';
    else if (final)
        result = kind === 'canary' ? 'aborted' : /^Rolled back\b/.test(text) ? 'rolled-back' : 'failure';
    const image = typeof payload['image'] === 'string' ? payload['image'] : null;
    const revisionInText = /\brevision (\d+)\b/.exec(text)?.[1];
    const restored = kind === 'rollback' || result === 'rolled-back';
    const revision = typeof payload['revision'] === 'number'
        ? payload['revision']
        : revisionInText && !restored
            ? Number(revisionInText)
            : null;
    const restoredRevision = typeof payload['restored_revision'] === 'number'
        ? payload['restored_revision']
        : revisionInText
            ? Number(revisionInText)
            : null;
    const commitTime = typeof payload['commit_time'] === 'string' ? payload['commit_time'] : null;
    return {
        kind,
        environment: deployment.environment,
        release: typeof payload['release'] === 'string' ? payload['release'] : '',
        revision,
        image,
        imageDigest: digestOf(image),
        commit: deployment.sha,
        commitTime: commitTime && Number.isFinite(Date.parse(commitTime)) ? commitTime : null,
        startedAt: deployment.created_at,
        finishedAt: final?.created_at ?? null,
        result: final ? result : null,
        ...(restored ? { restored: { revision: restoredRevision, image: null } } : {}),
        ...(final?.log_url ? { runUrl: final.log_url } : {}),
        ...fleetFields({ service: payload['service'], cluster: payload['cluster'], run: runText(payload) }),
    };
}
/** run_id and run_attempt as the record's "1234/1"; none without run_id (payloads before them). */
function runText(payload) {
    const id = payload['run_id'];
    if (typeof id !== 'string' && typeof id !== 'number')
        return undefined;
    const attempt = payload['run_attempt'];
    return `${id}/${typeof attempt === 'string' || typeof attempt === 'number' ? attempt : 1}`;
}
function payloadOf(payload) {
    if (typeof payload === 'string') {
        try {
            return payloadOf(JSON.parse(payload));
        }
        catch {
            return {};
        }
    }
    return payload && typeof payload === 'object' ? payload : {};
}
/** GitHub's refusal of a read, turned into what the user can fix. */
function readRefused(error, repository) {
    if (!(error instanceof github_error/* GitHubApiError */.O) || (error.status !== 403 && error.status !== 404))
        return error;
    return new errors/* ConfigError */.xL(`Input 'github-token': the token cannot read the deployments of ${repository} (GitHub answered ${error.status}` +
        `${error.githubMessage ? `: ${error.githubMessage}` : ''}); give the job \`permissions: deployments: read\`` +
        ` (a fine-grained token needs "Deployments: read" on the repository)`);
}
/**
 * The environment's records since `sinceMs`, oldest first, paging through the deployments list
 * (Link rel="next", 100 a page) until a page reaches past the window. An environment with no
 * deployment at all is a ConfigError naming the environments that have some; a repository with
 * none anywhere is an empty history.
 */
async function readGitHubRecords(options) {
    const { client, repository, environment, sinceMs, logger } = options;
    const perPage = options.pageSize ?? 100;
    const repo = (0,src_deployments/* repoParams */.Vt)(repository);
    const deployments = [];
    let pages = 0;
    try {
        for await (const page of client.pages('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
            ...repo,
            environment,
            per_page: perPage,
        })) {
            pages++;
            if (pages === 1 && page.length === 0)
                await unknownEnvironment(client, repo, environment, repository);
            deployments.push(...page.filter((d) => Date.parse(d.created_at) >= sinceMs));
            const oldest = page.at(-1);
            if (!oldest || Date.parse(oldest.created_at) < sinceMs)
                break;
        }
        // One request after another, as GitHub asks of a client (concurrent requests are what its
        // secondary rate limits punish).
        const records = [];
        for (const deployment of deployments) {
            const statuses = [];
            for await (const page of client.pages('List deployment statuses', 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: deployment.id, per_page: perPage }))
                statuses.push(...page);
            records.push(recordOfDeployment(deployment, statuses));
        }
        logger.info(`Read ${records.length} deployment(s) of ${repository} in ${environment} since ${new Date(sinceMs).toISOString()} (${pages} page(s))`);
        return records.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    }
    catch (error) {
        throw readRefused(error, repository);
    }
}
/** Only asked when the environment has no deployment at all: the newest 100 name the ones there are. */
async function unknownEnvironment(client, repo, environment, repository) {
    const any = await client.request('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        per_page: 100,
    });
    checkEnvironment(any.map((d) => d.environment), environment, `the GitHub Deployments of ${repository}`);
}

;// CONCATENATED MODULE: ./packages/records/src/fleet-deliveries.ts
const ms = (iso) => Date.parse(iso);
/** Worse first: a delivery is as bad as its worst cluster. */
const WORST = ['failure', 'aborted', 'rolled-back', 'success'];
/**
 * The records as deliveries, oldest first. A fleet run writes one record per cluster; the records
 * of one run (and attempt), environment, service and kind, each of another cluster, are one
 * delivery: from the first cluster's start to the last one's end, its commit time the earliest,
 * its result the worst (a failed or rolled-back cluster fails the stage's delivery). It is
 * unfinished while a cluster is, unless another already failed. A record without a run or a
 * cluster (before they were recorded, helm-deploy's own, a run outside Actions) is a delivery of
 * its own, as before; so is a cluster's second record in one run (a redeploy).
 *
 * A record without a service (before services were recorded, helm-deploy's own) belongs to the
 * service the newest record of its release names, else to the service named as its release.
 */
function fleetDeliveries(records) {
    const sorted = [...records].sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
    const serviceOfRelease = new Map();
    for (const r of sorted)
        if (r.service)
            serviceOfRelease.set(r.release, r.service);
    const groups = [];
    const open = new Map();
    for (const r of sorted) {
        const record = { ...r, service: r.service ?? serviceOfRelease.get(r.release) ?? r.release };
        if (!r.run || !r.cluster) {
            groups.push([record]);
            continue;
        }
        const key = JSON.stringify([r.run, r.environment, record.service, r.kind]);
        const group = open.get(key);
        // A cluster delivered twice in one run (a redeploy): the second is the next delivery.
        if (group && !group.some((m) => m.cluster === r.cluster))
            group.push(record);
        else {
            const next = [record];
            open.set(key, next);
            groups.push(next);
        }
    }
    return groups.map(combine).sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
}
function combine(members) {
    const first = members[0];
    const service = first.service;
    if (members.length === 1)
        return { ...first, service, records: 1 };
    const finished = members.filter((r) => r.result !== null && r.finishedAt !== null);
    const result = WORST.find((worst) => finished.some((r) => r.result === worst)) ?? null;
    const done = finished.length === members.length || (result !== null && result !== 'success');
    const commitTimes = members.flatMap((r) => (r.commitTime ? [r.commitTime] : []));
    const last = [...finished].sort((a, b) => ms(a.finishedAt) - ms(b.finishedAt)).at(-1);
    const restored = members.find((r) => r.restored)?.restored;
    return {
        ...first,
        service,
        cluster: null,
        revision: last?.revision ?? first.revision,
        commitTime: commitTimes.sort((a, b) => ms(a) - ms(b))[0] ?? null,
        finishedAt: done && last ? last.finishedAt : null,
        result: done ? result : null,
        ...(restored ? { restored } : {}),
        records: members.length,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
;// CONCATENATED MODULE: ./packages/records/src/dora-bands.ts
const HOUR = 3600;
const DAY = 24 * HOUR;
/**
 * The performance clusters of the 2023 Accelerate State of DevOps Report (DORA, dora.dev):
 *
 * | band   | deployment frequency              | lead time            | change failure rate | time to restore      |
 * | elite  | on demand (several a day)         | less than one day    | 5%                  | less than one hour   |
 * | high   | between once a day and once a week| one day to one week  | 10%                 | less than one day    |
 * | medium | between once a week and once a month | one week to one month | 15%            | one day to one week  |
 * | low    | between once a week and once a month | one week to one month | 64%            | one month to six months |
 *
 * The report's ranges leave gaps and overlaps (low and medium share a frequency; nothing
 * covers one week to one month of restore time); here each band starts where the one above
 * ends: elite ≥ 1 deploy a day, high ≥ 1 a week, medium ≥ 1 a month (30 days), else low;
 * lead time elite < 1 day, high ≤ 7 days, medium ≤ 30 days; change failure rate elite ≤ 5%,
 * high ≤ 10%, medium ≤ 15%; time to restore elite < 1 hour, high < 1 day, medium ≤ 7 days.
 */
const BAND_SOURCE = '2023 Accelerate State of DevOps Report (DORA) performance clusters';
function frequencyBand(perDay) {
    if (perDay >= 1)
        return 'elite';
    if (perDay >= 1 / 7)
        return 'high';
    if (perDay >= 1 / 30)
        return 'medium';
    return 'low';
}
function leadTimeBand(seconds) {
    if (seconds < DAY)
        return 'elite';
    if (seconds <= 7 * DAY)
        return 'high';
    if (seconds <= 30 * DAY)
        return 'medium';
    return 'low';
}
function failureRateBand(rate) {
    if (rate <= 0.05)
        return 'elite';
    if (rate <= 0.1)
        return 'high';
    if (rate <= 0.15)
        return 'medium';
    return 'low';
}
function restoreBand(seconds) {
    if (seconds < HOUR)
        return 'elite';
    if (seconds < DAY)
        return 'high';
    if (seconds <= 7 * DAY)
        return 'medium';
    return 'low';
}
/** The band of each measure that has a value (none for a measure without samples). */
function bandsOf(m) {
    return {
        deploymentFrequency: m.changes ? frequencyBand(m.deploymentFrequency.perDay) : null,
        leadTime: m.leadTime.medianSeconds === null ? null : leadTimeBand(m.leadTime.medianSeconds),
        changeFailureRate: m.changeFailureRate === null ? null : failureRateBand(m.changeFailureRate),
        timeToRestore: m.timeToRestore.medianSeconds === null ? null : restoreBand(m.timeToRestore.medianSeconds),
    };
}

;// CONCATENATED MODULE: ./packages/records/src/statistics.ts
/** The middle value; the mean of the two middle ones for an even count. */
function median(values) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
function percentile(values, p) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
function mean(values) {
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

;// CONCATENATED MODULE: ./packages/records/src/measures.ts


const DAY_MS = 86_400_000;
const measures_ms = (iso) => Date.parse(iso);
const seconds = (value) => (value === null ? null : value / 1000);
/**
 * The definitions, in the order the summary shows them, over deliveries (fleetDeliveries: a
 * fleet run's records of one service and stage, one per cluster, are one delivery):
 * - a change is a finished deploy or canary decision; a rollback is not a change;
 * - deployment frequency: successful changes ÷ the window's days (and × 7 a week);
 * - lead time: commit time → the end of each successful change that knows its commit time
 *   (for a fleet delivery, the end of its last cluster) (median, nearest-rank p90);
 * - a change failed when its own result is failure, rolled-back or aborted, or when the next
 *   finished delivery of the same service in the environment is a rollback; change failure
 *   rate = failed ÷ changes;
 * - time to restore, per failed change: from its start (or, when it succeeded and was rolled back
 *   later, from its end, when it went live) to the end of whatever made the service healthy
 *   again: its own automatic rollback or abort, else the service's next successful delivery
 *   (deploy, rollback or canary); a failure not restored inside the window is counted apart;
 * - deploy and rollback durations: start → end of finished deploys and rollbacks, any result.
 * The environment's figures pool its services' (each service's changes, failures and samples).
 */
function streamFacts(stream, window) {
    const inWindow = stream.filter((r) => measures_ms(r.startedAt) >= window.sinceMs && measures_ms(r.startedAt) <= window.untilMs);
    const finished = inWindow.filter((r) => r.result !== null && r.finishedAt !== null);
    const isChange = (r) => r.kind === 'deploy' || r.kind === 'canary';
    const changes = finished.filter(isChange);
    const successes = changes.filter((r) => r.result === 'success');
    const failedAt = finished.flatMap((r, i) => isChange(r) && (r.result !== 'success' || finished[i + 1]?.kind === 'rollback') ? [i] : []);
    const leadTimes = successes.flatMap((r) => r.commitTime && measures_ms(r.finishedAt) >= measures_ms(r.commitTime)
        ? [measures_ms(r.finishedAt) - measures_ms(r.commitTime)]
        : []);
    const restores = [];
    let unrestored = 0;
    for (const i of failedAt) {
        const failed = finished[i];
        const start = failed.result === 'success' ? measures_ms(failed.finishedAt) : measures_ms(failed.startedAt);
        const healthy = failed.result === 'rolled-back' || failed.result === 'aborted'
            ? failed
            : finished.slice(i + 1).find((r) => r.result === 'success');
        if (healthy)
            restores.push(measures_ms(healthy.finishedAt) - start);
        else
            unrestored++;
    }
    const durations = (kind) => finished.filter((r) => r.kind === kind).map((r) => measures_ms(r.finishedAt) - measures_ms(r.startedAt));
    return {
        inWindow,
        finished,
        changes,
        successes,
        failed: failedAt.map((i) => finished[i]),
        leadTimes,
        restores,
        unrestored,
        deployDurations: durations('deploy'),
        rollbackDurations: durations('rollback'),
    };
}
/** The measures of one environment (every service, or one) over one window. */
function computeMeasures(all, environment, window, service) {
    const deliveries = fleetDeliveries(all).filter((d) => d.environment === environment && (service === undefined || d.service === service));
    const streams = new Map();
    for (const d of deliveries)
        streams.set(d.service, [...(streams.get(d.service) ?? []), d]);
    const facts = [...streams.values()].map((stream) => streamFacts(stream, window));
    const pool = (pick) => facts.flatMap(pick);
    const inWindow = pool((f) => f.inWindow);
    const finished = pool((f) => f.finished);
    const changes = pool((f) => f.changes);
    const successes = pool((f) => f.successes);
    const failed = pool((f) => f.failed);
    const leadTimes = pool((f) => f.leadTimes);
    const restores = pool((f) => f.restores);
    const deployDurations = pool((f) => f.deployDurations);
    const rollbackDurations = pool((f) => f.rollbackDurations);
    const days = (window.untilMs - window.sinceMs) / DAY_MS;
    const perDay = days > 0 ? successes.length / days : 0;
    return {
        environment,
        service: service ?? null,
        since: new Date(window.sinceMs).toISOString(),
        until: new Date(window.untilMs).toISOString(),
        days,
        records: inWindow.length,
        clusterRecords: inWindow.reduce((n, d) => n + d.records, 0),
        unfinished: inWindow.length - finished.length,
        changes: changes.length,
        deployments: successes.length,
        failedChanges: failed.length,
        rollbacks: finished.filter((r) => r.kind === 'rollback').length,
        deploymentFrequency: { perDay, perWeek: perDay * 7 },
        leadTime: {
            samples: leadTimes.length,
            medianSeconds: seconds(median(leadTimes)),
            p90Seconds: seconds(percentile(leadTimes, 90)),
        },
        changeFailureRate: changes.length ? failed.length / changes.length : null,
        timeToRestore: {
            samples: restores.length,
            medianSeconds: seconds(median(restores)),
            unrestored: facts.reduce((n, f) => n + f.unrestored, 0),
        },
        deployDuration: { samples: deployDurations.length, meanSeconds: seconds(mean(deployDurations)) },
        rollbackDuration: { samples: rollbackDurations.length, meanSeconds: seconds(mean(rollbackDurations)) },
        weeks: weekCounts(window, successes, failed),
    };
}
/** The services with deliveries in the environment, in name order. */
function servicesIn(all, environment) {
    return [...new Set(fleetDeliveries(all).flatMap((d) => (d.environment === environment ? [d.service] : [])))].sort();
}
/** Monday 00:00 UTC of the week holding `time`. */
function weekStart(time) {
    const day = new Date(time);
    const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
    return midnight - ((day.getUTCDay() + 6) % 7) * DAY_MS;
}
function weekCounts(window, successes, failures) {
    const weeks = [];
    for (let start = weekStart(window.sinceMs); start <= window.untilMs; start += 7 * DAY_MS) {
        const inWeek = (r) => weekStart(measures_ms(r.startedAt)) === start;
        weeks.push({
            week: new Date(start).toISOString().slice(0, 10),
            deployments: successes.filter(inWeek).length,
            failures: failures.filter(inWeek).length,
        });
    }
    return weeks;
}

// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
;// CONCATENATED MODULE: ./packages/records/src/metrics-summary.ts


/** 45s, 12m 30s, 3h 20m, 2d 4h: the two largest units. */
function spanText(seconds) {
    if (seconds < 3600)
        return (0,duration/* formatDuration */.a)(seconds * 1000);
    const minutes = Math.round(seconds / 60);
    if (minutes < 24 * 60)
        return `${Math.floor(minutes / 60)}h${minutes % 60 ? ` ${minutes % 60}m` : ''}`;
    const hours = Math.round(seconds / 3600);
    return `${Math.floor(hours / 24)}d${hours % 24 ? ` ${hours % 24}h` : ''}`;
}
const rate = (n) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
const percent = (r) => `${(r * 100).toFixed(1)}%`;
const band = (b) => b ?? '—';
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** Deploys (bars) and failed changes (line) per week, as a Mermaid xychart the job summary draws. */
function weeklyChart(m) {
    const labels = m.weeks.map((w) => `"${w.week.slice(5)}"`).join(', ');
    const top = Math.max(1, ...m.weeks.map((w) => Math.max(w.deployments, w.failures)));
    return [
        'xychart-beta',
        `  title "${m.environment}: deployments (bars) and failed changes (line) per week"`,
        `  x-axis "week starting (UTC)" [${labels}]`,
        `  y-axis "count" 0 --> ${top}`,
        `  bar [${m.weeks.map((w) => w.deployments).join(', ')}]`,
        `  line [${m.weeks.map((w) => w.failures).join(', ')}]`,
    ].join('\n');
}
const OVERVIEW_HEADER = [
    'Deployments',
    'Deployment frequency',
    'Lead time (median)',
    'Change failure rate',
    'Time to restore (median)',
];
/** One row of an overview: an environment's or a service's headline figures, with their bands. */
function overviewRow(m) {
    const bands = bandsOf(m);
    const withBand = (text, b) => (b ? `${text} (${b})` : text);
    const fleet = m.clusterRecords > m.records ? ` (${m.clusterRecords} cluster records)` : '';
    return [
        `${m.deployments} of ${count(m.changes, 'change')}${fleet}`,
        m.changes ? withBand(`${rate(m.deploymentFrequency.perDay)} a day`, bands.deploymentFrequency) : '—',
        m.leadTime.medianSeconds === null ? '—' : withBand(spanText(m.leadTime.medianSeconds), bands.leadTime),
        m.changeFailureRate === null
            ? '—'
            : withBand(`${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`, bands.changeFailureRate),
        m.timeToRestore.medianSeconds === null
            ? m.timeToRestore.unrestored
                ? `${m.timeToRestore.unrestored} not restored`
                : '—'
            : withBand(spanText(m.timeToRestore.medianSeconds), bands.timeToRestore),
    ];
}
/** Every environment's headline figures side by side, before each one's own section. */
function environmentsOverview(all, summary = new runner_summary/* SummaryBuilder */.CF()) {
    return summary.heading('Delivery metrics by environment').table(['Environment', ...OVERVIEW_HEADER], all.map((m) => [m.environment, ...overviewRow(m)]));
}
/**
 * One environment's section: its measures and bands, a table by service (a fleet delivery counts
 * once per service and stage, whatever its clusters), and the weekly chart.
 */
function metricsSummary(m, source, services = [], summary = new runner_summary/* SummaryBuilder */.CF()) {
    summary.heading(`Delivery metrics: ${m.environment}`);
    const window = `${m.since.slice(0, 16).replace('T', ' ')} → ${m.until.slice(0, 16).replace('T', ' ')} UTC (${rate(m.days)} days), from ${source}`;
    if (!m.records) {
        return summary.paragraph(`**No deployments** recorded in ${m.environment} in this window: nothing to measure. ${window}.`);
    }
    const bands = bandsOf(m);
    const lead = m.leadTime;
    const ttr = m.timeToRestore;
    summary.paragraph(window).table(['Measure', 'Value', 'DORA band'], [
        [
            'Deployment frequency',
            `${rate(m.deploymentFrequency.perDay)} a day (${rate(m.deploymentFrequency.perWeek)} a week): ${m.deployments} successful of ${m.changes} changes`,
            band(bands.deploymentFrequency),
        ],
        [
            'Lead time for changes',
            lead.medianSeconds === null
                ? 'no successful change with a commit time'
                : `median ${spanText(lead.medianSeconds)}, p90 ${spanText(lead.p90Seconds)} (${count(lead.samples, 'change')})`,
            band(bands.leadTime),
        ],
        [
            'Change failure rate',
            m.changeFailureRate === null
                ? 'no changes'
                : `${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`,
            band(bands.changeFailureRate),
        ],
        [
            'Time to restore',
            ttr.medianSeconds === null
                ? `no restored failure${ttr.unrestored ? ` (${ttr.unrestored} not restored)` : ''}`
                : `median ${spanText(ttr.medianSeconds)} (${ttr.samples} restored${ttr.unrestored ? `, ${ttr.unrestored} not restored` : ''})`,
            band(bands.timeToRestore),
        ],
        [
            'Mean deploy duration',
            m.deployDuration.meanSeconds === null
                ? '—'
                : `${spanText(m.deployDuration.meanSeconds)} (${count(m.deployDuration.samples, 'deploy')})`,
            '',
        ],
        [
            'Mean rollback duration',
            m.rollbackDuration.meanSeconds === null
                ? '—'
                : `${spanText(m.rollbackDuration.meanSeconds)} (${count(m.rollbackDuration.samples, 'rollback')})`,
            '',
        ],
    ]);
    if (services.length)
        summary.heading(`${m.environment} by service`, 3).table(['Service', ...OVERVIEW_HEADER], services.map((one) => [one.service ?? '', ...overviewRow(one)]));
    if (m.unfinished)
        summary.paragraph(`${m.unfinished} record(s) without a final status (a run that died or is still going) are left out.`);
    summary.code(weeklyChart(m), 'mermaid');
    return summary.paragraph(`Bands: the ${BAND_SOURCE}, each band starting where the one above ends (frequency elite ≥ 1 a day, high ≥ 1 a week, medium ≥ 1 a month; lead time elite < 1 day, high ≤ 1 week, medium ≤ 30 days; failure rate elite ≤ 5%, high ≤ 10%, medium ≤ 15%; restore elite < 1 hour, high < 1 day, medium ≤ 1 week).`);
}

;// CONCATENATED MODULE: ./packages/records/src/metrics-report.ts




const banded = (m) => ({ ...m, bands: bandsOf(m) });
/** The measures of each environment asked for, in that order, and of each of its services. */
function metricsByEnvironment(records, environments, window) {
    return environments.map((environment) => ({
        ...banded(computeMeasures(records, environment, window)),
        services: servicesIn(records, environment).flatMap((service) => {
            const m = computeMeasures(records, environment, window, service);
            // A service with no delivery in the window (only before it) gets no row.
            return m.records ? [banded(m)] : [];
        }),
    }));
}
/** The job summary: an overview when there are several environments, then each one's section. */
function metricsReportSummary(all, source) {
    const summary = new runner_summary/* SummaryBuilder */.CF();
    if (all.length > 1)
        environmentsOverview(all, summary);
    for (const m of all)
        metricsSummary(m, source, m.services, summary);
    return summary;
}

// EXTERNAL MODULE: ./packages/records/src/since.ts
var since = __webpack_require__(640);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 1 modules
var kube_client = __webpack_require__(9874);
;// CONCATENATED MODULE: ./packages/records/src/record-delivery.ts



/**
 * Appends a record to the release's history in the cluster. Bookkeeping never fails a deploy: a
 * refusal (no RBAC for ConfigMaps, API down) is one warning.
 */
async function recordDelivery(target, build, logger) {
    const where = `ConfigMap ${target.namespace}/${historyName(target.release)}`;
    try {
        // A client of its own, without the run's cancellation signal: a cancelled deploy is still
        // worth its record.
        const client = new kube_client/* KubeClient */.B(target.kube.access);
        const history = new DeliveryHistory(new object_client/* ObjectClient */.FI(client), target.namespace, target.release);
        const record = await build(await history.read());
        await history.append(record);
        logger.info(`Delivery record: ${record.kind} ${record.result ?? 'unfinished'}, revision ${record.revision ?? '?'}, in ${where}`);
        return record;
    }
    catch (error) {
        logger.warning(`Could not write the delivery record to ${where}: ${(0,errors/* errorMessage */.gJ)(error)}; the deploy is not affected`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/records/src/record-release.ts



/**
 * Adds a deploy or rollback (helm-deploy's, or the root action's deploy stage) to the release's delivery history in the cluster (plan
 * records nothing), for delivery-metrics to read with or without a GitHub token. The environment
 * is the GitHub environment when one is given, else the namespace.
 */
async function recordRelease(request, report, ctx, options) {
    if (request.mode === 'plan')
        return;
    const { commit, commitTime, runUrl, run } = await runnerCommit();
    const rollback = request.mode === 'rollback';
    // A deploy that failed and was rolled back reports status rolled-back with its failure.
    const result = rollback
        ? report.failure
            ? 'failure'
            : 'success'
        : report.status === 'rolled-back'
            ? 'rolled-back'
            : report.failure || report.status !== 'deployed'
                ? 'failure'
                : 'success';
    const restoredRevision = rollback
        ? (report.restoredRevision ?? null)
        : report.rolledBack
            ? (report.previousRevision ?? null)
            : undefined;
    await recordDelivery({ kube: ctx.kube, namespace: request.namespace, release: request.release }, (history) => {
        const restoredImage = restoredRevision === undefined
            ? undefined
            : ([...history].reverse().find((r) => r.revision === restoredRevision && r.image)?.image ?? null);
        return {
            kind: rollback ? 'rollback' : 'deploy',
            environment: options.environment ?? request.namespace,
            release: request.release,
            revision: report.revision ?? null,
            // A rollback deploys nothing new: its image is the one it brought back.
            image: (rollback ? restoredImage : report.image) ?? null,
            imageDigest: digestOf(rollback ? restoredImage : report.image),
            commit: rollback ? null : commit,
            commitTime: rollback ? null : commitTime,
            startedAt: new Date(options.startedAt).toISOString(),
            finishedAt: new Date(options.startedAt + report.durationMs).toISOString(),
            result,
            ...(restoredRevision === undefined
                ? {}
                : { restored: { revision: restoredRevision, image: restoredImage ?? null } }),
            runUrl,
            ...fleetFields({ service: options.service, cluster: options.cluster, run }),
        };
    }, options.logger);
}

;// CONCATENATED MODULE: ./packages/records/src/record-canary.ts



/**
 * Adds a canary decision (promoted → success, aborted) to the release's delivery history in the
 * cluster, for delivery-metrics; a pause decides nothing and records nothing.
 */
async function recordCanary(outcome, ctx, logger, where = {}) {
    if (outcome.result === 'paused')
        return;
    const { state } = outcome;
    const { commit, commitTime, runUrl, run } = await runnerCommit();
    await recordDelivery({ kube: ctx.kube, namespace: state.namespace, release: state.release }, () => ({
        kind: 'canary',
        environment: state.namespace,
        release: state.release,
        revision: null,
        image: state.image,
        imageDigest: digestOf(state.image),
        commit,
        commitTime,
        startedAt: new Date(state.startedAt).toISOString(),
        finishedAt: new Date(outcome.trafficRestoredAt ?? state.updatedAt).toISOString(),
        result: outcome.result === 'promoted' ? 'success' : 'aborted',
        runUrl,
        ...fleetFields({ service: where.service, cluster: where.cluster, run }),
    }), logger);
}

;// CONCATENATED MODULE: ./packages/records/src/deployment-payload.ts

/**
 * The payload of a GitHub deployment, as `recordOfDeployment` reads it back for delivery-metrics:
 * the one writer, for helm-deploy and the root action alike. A rollback's commit is not what it
 * deploys, so only a deploy or a canary carries the commit time (the lead time's start).
 * service, cluster and the run (run_id, run_attempt) are there when known: delivery-metrics counts
 * a fleet run's deployments of one service and stage, one per cluster, as one delivery.
 */
async function deploymentPayload(start, env = process.env) {
    const { kind, release, namespace, strategy } = start;
    const run = runOf(env);
    const fleet = {
        ...(start.service ? { service: start.service } : {}),
        ...(start.cluster ? { cluster: start.cluster } : {}),
        ...(run ? { run_id: run.id, run_attempt: run.attempt } : {}),
    };
    if (kind === 'rollback')
        return { release, namespace, kind, revision: start.revision ?? null, strategy, ...fleet };
    const { commitTime } = await runnerCommit(env);
    return {
        release,
        namespace,
        chart: start.chart ?? null,
        image: start.image ?? null,
        strategy,
        kind,
        commit_time: commitTime,
        ...(start.stages ? { stages: [...start.stages] } : {}),
        ...fleet,
    };
}

// EXTERNAL MODULE: ./packages/github/src/deployment-lifecycle.ts
var deployment_lifecycle = __webpack_require__(6359);
;// CONCATENATED MODULE: ./packages/records/src/github-deployment.ts



/**
 * The description a deployment starts with, for helm-deploy, the canary and the root action
 * alike: "web r/web:2 (rolling)", "web r/web:2 (canary)", "Rollback of web to revision 3 (rolling)".
 */
function startDescription(start) {
    if (start.kind === 'rollback') {
        const to = start.revision ? `revision ${start.revision}` : 'the last good revision';
        return `Rollback of ${start.release} to ${to} (${start.strategy})`;
    }
    return `${start.release}${start.image ? ` ${start.image}` : ''} (${start.strategy})`;
}
/** The failure status when the work throws: "Deploy of web failed: <error>" (Rollback of, Canary of). */
function failedDescription(start, error) {
    const what = start.kind === 'rollback' ? 'Rollback' : start.kind === 'canary' ? 'Canary' : 'Deploy';
    return `${what} of ${start.release} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
}
/**
 * The GitHub deployment around one run of helm-deploy, the canary or the root action: created
 * and in_progress (description and payload from `start`, through startDescription and
 * deploymentPayload) before the work changes anything, then the status `end` gives (none leaves
 * it in_progress: a paused canary), or failure when the work throws; a success marks the
 * environment's earlier deployments inactive. A Deployments API failure is a warning unless
 * deployment-fail-on-error: then a refused start throws before the work, and a refused success
 * status comes back as `refused`. It never hides the work's own error.
 */
async function withGitHubDeployment(settings, start, options, work, end) {
    const lifecycle = new deployment_lifecycle/* DeploymentLifecycle */.i(settings, options);
    await lifecycle.start({
        description: startDescription(start),
        payload: await deploymentPayload(start),
        transientEnvironment: false,
    });
    if (lifecycle.id !== undefined)
        options.onCreated?.(lifecycle.id);
    let result;
    try {
        result = await work(lifecycle.id);
    }
    catch (error) {
        await finishAs(lifecycle, { state: 'failure', description: failedDescription(start, error) }, options);
        throw error;
    }
    const refused = await finishAs(lifecycle, end(result), options);
    return { result, deploymentId: lifecycle.id, ...(refused ? { refused: refused.error } : {}) };
}
/**
 * Finishes deployment `id`, which an earlier run created and left in_progress (a paused canary
 * that this run promoted or aborted); nothing is created. The same rules as withGitHubDeployment:
 * the refusal of a success status under deployment-fail-on-error is returned, not thrown.
 */
async function finishKeptDeployment(settings, id, end, options) {
    const lifecycle = new deployment_lifecycle/* DeploymentLifecycle */.i(settings, options);
    lifecycle.adopt(id);
    return finishAs(lifecycle, end, options);
}
/** A refused success is returned under deployment-fail-on-error; a refused failure only warns (the work's own error says more). */
async function finishAs(lifecycle, end, options) {
    if (!end)
        return undefined;
    try {
        await lifecycle.finish(end);
        return undefined;
    }
    catch (error) {
        if (end.state === 'success')
            return { error };
        options.logger.warning((0,errors/* errorMessage */.gJ)(error));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/records/src/deploy-deployment.ts

/**
 * The GitHub deployment around one helm-deploy run (mode: deploy and rollback; plan changes
 * nothing), through withGitHubDeployment like the canary and the root action. A rollback is a
 * deployment of the environment too, recorded against the run's commit (the revision helm
 * restores maps to no commit we know) with `kind: rollback` and the target revision in its payload.
 * `where` (a fleet's service and cluster) goes into the payload, so that delivery-metrics counts a
 * stage rollback's clusters as one restore of the service, as it counts the fleet's deliveries.
 */
async function recordedDeploy(settings, request, options, work) {
    if (!settings || request.mode === 'plan') {
        if (settings)
            options.logger.info(`GitHub Deployments: not recorded for mode ${request.mode}`);
        return { result: await work(), deploymentId: undefined };
    }
    return withGitHubDeployment(settings, deployStart(request, options.where), options, work, deploymentEnd);
}
/** The payload's `kind` is what delivery-metrics (packages/records) reads the deployment as. */
function deployStart(request, where = {}) {
    const { image } = request;
    return {
        kind: request.mode === 'rollback' ? 'rollback' : 'deploy',
        release: request.release,
        namespace: request.namespace,
        strategy: request.strategy,
        chart: request.chart,
        image: image
            ? `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`
            : undefined,
        revision: request.revision,
        service: where.service,
        cluster: where.cluster,
    };
}
/** success with the revision (and colour) now live; failure with the reason and what was rolled back. */
function deploymentEnd(report) {
    if (report.mode === 'rollback')
        return rollbackEnd(report);
    const bg = report.blueGreen;
    const where = bg ? `${bg.to}, revision ${report.revision ?? '?'}` : `revision ${report.revision ?? '?'}`;
    if (report.status === 'deployed' && !report.failure)
        return {
            state: 'success',
            description: `Deployed ${report.release} ${where}${bg?.from && bg.switched ? ` (switched from ${bg.from})` : ''}`,
        };
    const reason = report.failure?.reason ?? report.status;
    if (report.rolledBack) {
        const from = report.failedRevision ?? 'the new revision';
        const to = report.previousRevision === undefined ? 'nothing (first install removed)' : `revision ${report.previousRevision}`;
        return { state: 'failure', description: `Rolled back ${report.release} from ${from} to ${to}: ${reason}` };
    }
    if (bg && !bg.switched)
        return {
            state: 'failure',
            description: `${bg.to} failed; traffic stays on ${bg.from ?? 'no colour'}: ${reason}`,
        };
    return { state: 'failure', description: `Deploy of ${report.release} failed: ${reason}` };
}
/** mode: rollback: success says from → to; failure says why, and where the release stays. */
function rollbackEnd(report) {
    const bg = report.blueGreen;
    if (report.status === 'rolled-back' && !report.failure) {
        if (bg)
            return {
                state: 'success',
                description: `Switched ${report.release} back from ${bg.from ?? '?'} to ${bg.to} (revision ${report.revision ?? '?'})`,
            };
        return {
            state: 'success',
            description: `Rolled back ${report.release} from revision ${report.previousRevision ?? '?'} to ${report.restoredRevision ?? '?'} (now revision ${report.revision ?? '?'})`,
        };
    }
    return {
        state: 'failure',
        description: `Rollback of ${report.release} failed: ${report.failure?.reason ?? report.status}`,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var src_sleep = __webpack_require__(3439);
// EXTERNAL MODULE: ./packages/kit/src/runner/cancellation.ts
var cancellation = __webpack_require__(4520);
;// CONCATENATED MODULE: ./packages/canary/src/load-figures.ts
/** The figures of one load run, rounded as they are shown (0.1/s, 0.01 %, 0.1 ms). */
function loadFigures(report) {
    const round = (value, places) => Number(value.toFixed(places));
    const { latency } = report;
    return {
        sent: report.sent,
        rps: round(report.achievedRps, 1),
        errorRate: round(report.errorRate, 4),
        ...(latency
            ? { latency: { p50: round(latency.p50, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1) } }
            : {}),
    };
}

;// CONCATENATED MODULE: ./packages/canary/src/metric-spec.ts




const METRIC_PROVIDERS = (/* unused pure expression or super */ null && (['prometheus', 'web', 'load']));
/** Whether a metric is asked of Prometheus (the default provider). */
function isPrometheusMetric(spec) {
    return (spec.provider ?? 'prometheus') === 'prometheus';
}
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['canary', 'stable', 'namespace', 'interval']));
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
    return new ConfigError(`Input '${name}': expected ${expected}, got ${text}`);
}
/** Throws the one-line ConfigError when a query has a placeholder this action does not know. */
function metric_spec_checkPlaceholders(query, where = 'metrics') {
    for (const [whole, inner] of query.matchAll(PLACEHOLDER)) {
        if (!PLACEHOLDERS.includes(inner ?? ''))
            throw bad(where, `placeholders among {{ ${PLACEHOLDERS.join(' }}, {{ ')} }}`, whole);
    }
    if (/\{\{|\}\}/.test(query.replace(PLACEHOLDER, '')))
        throw bad(where, 'balanced {{ … }} placeholders', query);
}
/** A URL with placeholders: they must be known ones, and the URL http(s) once filled. */
function metric_spec_checkUrlTemplate(value, where, owner) {
    const expected = `an http(s) "url" for ${owner}, such as "https://gate.example.com/check?ns={{ namespace }}"`;
    if (typeof value !== 'string' || !value.trim())
        throw bad(where, expected, value);
    metric_spec_checkPlaceholders(value, where);
    const sample = metric_spec_renderQuery(value.trim(), { canary: 'canary', stable: 'stable', namespace: 'ns', intervalMs: 1000 });
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
function metric_spec_renderQuery(query, ctx) {
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
        metric_spec_checkPlaceholders(text, where);
        const { min, max } = thresholds(entry, where, name);
        specs.push({ name, query: text.trim(), min, max, template: template });
    }
    return specs;
}
const PROMETHEUS_KEYS = (/* unused pure expression or super */ null && (['name', 'provider', 'query', 'template', 'min', 'max']));
const LOAD_KEYS = (/* unused pure expression or super */ null && (['name', 'provider', 'value', 'min', 'max']));
const WEB_KEYS = (/* unused pure expression or super */ null && (['name', 'provider', 'url', 'method', 'headers', 'body', 'json-path', 'min', 'max']));
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
    if (typeof value !== 'string' || !LOAD_VALUES.includes(value))
        throw bad(where, `a load metric "value" among ${LOAD_VALUES.join(', ')}`, value);
    const name = metricName(entry, `load-${value}`, where, seen);
    return { name, query: value, ...thresholds(entry, where, name), template: undefined, provider: 'load' };
}
/** `{ provider: web, url, json-path, method, headers, body, min, max }` */
function webMetric(entry, index, where, seen) {
    const name = metricName(entry, `metric-${index + 1}`, where, seen);
    const owner = `metric "${name}"`;
    const url = metric_spec_checkUrlTemplate(entry['url'], where, owner);
    const path = entry['json-path'];
    if (typeof path !== 'string' || !parseJsonPath(path))
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
        metric_spec_checkPlaceholders(bodyText, where);
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

;// CONCATENATED MODULE: ./packages/canary/src/analyse-step.ts



/** Smoke samples are recorded under this prefix, beside the metrics. */
const SMOKE_PREFIX = 'smoke:';
/** Whether one value is inside the metric's thresholds. */
function judgeValue(spec, value) {
    if (value === undefined || Number.isNaN(value))
        return 'inconclusive';
    if (spec.min !== undefined && value < spec.min)
        return 'fail';
    if (spec.max !== undefined && value > spec.max)
        return 'fail';
    return 'pass';
}
/**
 * Analyses one step: `count` samples of every metric, one every `intervalMs` (the first after
 * one interval), then holds until `holdMs` has passed since the start. A metric with more
 * failing samples than `failureLimit` fails the step at once; one with more samples without
 * data than `failureLimit` makes it inconclusive at once. Inconclusive never passes.
 */
async function analyseStep(options) {
    const load = options.load?.(options.signal);
    let stopped;
    const stop = () => (stopped ??= load?.stop());
    try {
        const verdict = await analyse(options, load?.take);
        const report = await stop();
        return report ? { ...verdict, load: loadFigures(report) } : verdict;
    }
    finally {
        await stop();
    }
}
/** A load metric's answer from one window of the generated load. */
function loadAnswer(spec, window) {
    if (!window)
        return { value: undefined, note: "no 'load' input to generate load" };
    const value = window.values?.[spec.query];
    if (value === undefined || Number.isNaN(value))
        return { value: undefined, note: 'no load responses in this interval' };
    return { value };
}
async function analyse(options, takeLoad) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? src_sleep/* sleep */.y;
    const started = now();
    const samples = [];
    const failures = new Map();
    const missing = new Map();
    const rounds = options.metrics.length || options.smoke || takeLoad ? options.count : 0;
    for (let index = 1; index <= rounds; index++) {
        await sleep(Math.max(0, started + index * options.intervalMs - now()), options.signal);
        (0,cancellation/* throwIfAborted */.Te)(options.signal);
        const window = takeLoad?.();
        const [answers, smoke] = await Promise.all([
            Promise.all(options.metrics.map(async (spec) => {
                if (spec.provider === 'load')
                    return loadAnswer(spec, window);
                try {
                    return await options.query(metric_spec_renderQuery(spec.query, options.context), options.signal, spec);
                }
                catch (error) {
                    (0,cancellation/* throwIfAborted */.Te)(options.signal);
                    return { value: undefined, note: (0,errors/* errorMessage */.gJ)(error) };
                }
            })),
            runSmoke(options),
        ]);
        let decided;
        for (const [i, spec] of options.metrics.entries()) {
            const answer = answers[i];
            const verdict = judgeValue(spec, answer.value);
            const sample = { metric: spec.name, index, at: now(), value: answer.value, verdict };
            if (answer.value === undefined)
                sample.note = answer.note;
            samples.push(sample);
            options.onSample?.(sample);
            const tally = verdict === 'fail' ? failures : verdict === 'inconclusive' ? missing : undefined;
            if (!tally)
                continue;
            const n = (tally.get(spec.name) ?? 0) + 1;
            tally.set(spec.name, n);
            if (n > options.failureLimit && decided?.verdict !== 'fail') {
                const reason = verdict === 'fail'
                    ? `${spec.name} = ${answer.value} outside ${formatThreshold(spec)} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`
                    : `${spec.name}: no data (${sample.note ?? 'no value'}) in ${n} sample${n > 1 ? 's' : ''}, limit ${options.failureLimit}`;
                decided = {
                    verdict,
                    samples,
                    decidedBy: { metric: spec.name, value: answer.value, threshold: formatThreshold(spec), reason },
                };
            }
        }
        for (const answer of smoke) {
            const metric = `${SMOKE_PREFIX}${answer.name}`;
            const verdict = answer.passed ? 'pass' : 'fail';
            const sample = { metric, index, at: now(), value: answer.status, verdict, kind: 'smoke' };
            if (!answer.passed)
                Object.assign(sample, { expected: answer.expected, actual: answer.actual });
            samples.push(sample);
            options.onSample?.(sample);
            if (answer.passed)
                continue;
            const n = (failures.get(metric) ?? 0) + 1;
            failures.set(metric, n);
            if (n > options.failureLimit && decided?.verdict !== 'fail') {
                const reason = `smoke check "${answer.name}": expected ${answer.expected}, got ${answer.actual} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`;
                decided = {
                    verdict: 'fail',
                    samples,
                    decidedBy: { metric, value: answer.status, threshold: answer.expected, reason, actual: answer.actual },
                };
            }
        }
        if (decided)
            return decided;
    }
    const left = started + options.holdMs - now();
    if (left > 0)
        await sleep(left, options.signal);
    (0,cancellation/* throwIfAborted */.Te)(options.signal);
    return { verdict: 'pass', samples };
}
/** One round of smoke checks; a runner that throws is one failed check, not a crash. */
async function runSmoke(options) {
    if (!options.smoke)
        return [];
    try {
        return await options.smoke(options.signal);
    }
    catch (error) {
        (0,cancellation/* throwIfAborted */.Te)(options.signal);
        return [
            { name: 'checks', passed: false, status: undefined, expected: 'the checks to run', actual: (0,errors/* errorMessage */.gJ)(error) },
        ];
    }
}

// EXTERNAL MODULE: ./packages/smoke/src/percentiles.ts
var percentiles = __webpack_require__(3249);
;// CONCATENATED MODULE: ./packages/canary/src/generated-load.ts

/** What a `provider: load` metric reads: the generated load's figures over one sample's window. */
const generated_load_LOAD_VALUES = (/* unused pure expression or super */ null && (['error-rate', 'p50', 'p95', 'p99']));
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
        const run = __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 2235)).then(({ runLoad }) => runLoad(spec, {
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
                    const p = (q) => (sorted.length ? (0,percentiles/* percentileOfSorted */.WB)(sorted, q) : Number.NaN);
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

// EXTERNAL MODULE: ./packages/kit/src/http/http-request.ts
var http_request = __webpack_require__(7493);
// EXTERNAL MODULE: ./packages/smoke/src/evaluate-response.ts
var evaluate_response = __webpack_require__(8924);
;// CONCATENATED MODULE: ./packages/canary/src/gate-spec.ts




/**
 * Where a gate is called: before any traffic moves, at every step (after the weight is set,
 * before its analysis), before the promotion, after the promotion, after an abort.
 */
const GATE_TYPES = (/* unused pure expression or super */ null && (['pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'on-rollback']));
const BLOCKING = ['pre-rollout', 'rollout', 'confirm-promotion'];
const METHODS = (/* unused pure expression or super */ null && (['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
const gate_spec_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const KEYS = (/* unused pure expression or super */ null && (['name', 'type', 'url', 'method', 'headers', 'timeout', 'expect', 'on-failure', 'metadata']));
const GATE_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** Whether a gate of this type can stop the canary (the others only warn). */
function isBlocking(type) {
    return BLOCKING.includes(type);
}
function expectation(value, where, gate) {
    const expect = parseExpect(value, (message) => new ConfigError(`Input '${where}': gate "${gate}": ${message}`));
    if (expect.maxLatencyMs !== undefined)
        throw specError(where, `no "expect.max-latency" for gate "${gate}" (its "timeout" bounds it)`, 'max-latency');
    return expect;
}
function timeout(value, where, gate) {
    if (value === undefined || value === null)
        return GATE_TIMEOUT_MS;
    const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? parseDurationMs(value) : undefined;
    if (ms === undefined || !Number.isFinite(ms) || ms < 100 || ms > MAX_TIMEOUT_MS)
        throw specError(where, `a "timeout" from 100ms to 10m such as "10s" for gate "${gate}"`, value);
    return Math.round(ms);
}
function metadata(value, where, gate) {
    if (value === undefined || value === null)
        return {};
    if (!isMapping(value))
        throw specError(where, `"metadata" as a mapping of keys to text for gate "${gate}"`, value);
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (item !== null && typeof item === 'object')
            throw specError(where, `text values in "metadata" of gate "${gate}"`, key);
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
        throw specError(where, shape, document);
    const seen = new Set();
    return document.map((item, index) => {
        if (!isMapping(item))
            throw specError(where, shape, item);
        for (const key of Object.keys(item))
            if (!KEYS.includes(key))
                throw specError(where, `gate keys among ${KEYS.join(', ')}`, key);
        const name = item['name'] ?? `gate-${index + 1}`;
        if (typeof name !== 'string' || !gate_spec_NAME.test(name))
            throw specError(where, 'gate names of letters, digits, . _ -', name);
        if (seen.has(name))
            throw specError(where, 'unique gate names', name);
        seen.add(name);
        const type = item['type'];
        if (typeof type !== 'string' || !GATE_TYPES.includes(type))
            throw specError(where, `a "type" among ${GATE_TYPES.join(', ')} for gate "${name}"`, type);
        const gateType = type;
        const owner = `gate "${name}"`;
        const url = checkUrlTemplate(item['url'], where, owner);
        const methodText = item['method'] ?? 'POST';
        const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
        if (typeof method !== 'string' || !METHODS.includes(method))
            throw specError(where, `a "method" among ${METHODS.join(', ')} for ${owner}`, methodText);
        const failure = item['on-failure'];
        let onFailure;
        if (!isBlocking(gateType)) {
            if (failure !== undefined && failure !== 'warn')
                throw specError(where, `no "on-failure" for ${owner}: a ${gateType} gate runs after the end and only warns`, failure);
            onFailure = 'warn';
        }
        else {
            const fallback = gateType === 'confirm-promotion' ? 'pause' : 'abort';
            const chosen = failure ?? fallback;
            if (chosen !== 'abort' && chosen !== 'pause')
                throw specError(where, `"on-failure" of abort or pause for ${owner}`, failure);
            onFailure = chosen;
        }
        return {
            name,
            type: gateType,
            url,
            method: method,
            headers: parseHeaders(item['headers'], where, owner),
            timeoutMs: timeout(item['timeout'], where, name),
            expect: expectation(item['expect'], where, name),
            onFailure,
            metadata: metadata(item['metadata'], where, name),
        };
    });
}

;// CONCATENATED MODULE: ./packages/canary/src/gate-runner.ts




function gatePayload(spec, state) {
    return {
        name: state.release,
        namespace: state.namespace,
        phase: state.phase,
        type: spec.type,
        gate: spec.name,
        step: state.step + 1,
        weight: state.weight,
        image: state.image,
        metadata: spec.metadata,
    };
}
/**
 * Calls one gate through kit's HTTP layer (proxies honoured), once, within its timeout. A
 * timeout, a network error or an answer that does not meet `expect` is a failure.
 */
async function callGate(spec, state, context, options = {}) {
    const request = options.request ?? http_request/* httpRequest */.aj;
    const url = metric_spec_renderQuery(spec.url, context);
    const withBody = spec.method !== 'GET';
    const failure = (status, expected, actual) => ({
        name: spec.name,
        type: spec.type,
        onFailure: spec.onFailure,
        status,
        expected,
        actual,
    });
    let res;
    try {
        res = await request(url, {
            method: spec.method,
            headers: {
                accept: 'application/json',
                ...(withBody ? { 'content-type': 'application/json' } : {}),
                ...spec.headers,
            },
            ...(withBody ? { body: JSON.stringify(gatePayload(spec, state)) } : {}),
            timeoutMs: spec.timeoutMs,
            signal: options.signal,
            what: `gate "${spec.name}" (${spec.method} ${new URL(url).origin})`,
        });
    }
    catch (error) {
        (0,cancellation/* throwIfAborted */.Te)(options.signal);
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        const actual = timedOut ? `no answer within ${spec.timeoutMs}ms` : (0,errors/* errorMessage */.gJ)(error);
        return failure(undefined, 'an answer', actual);
    }
    // The smoke checks' judge: the first unmet expectation decides.
    const [wrong] = (0,evaluate_response/* evaluateResponse */.L)({ status: res.status, headers: res.headers, body: res.text() }, spec.expect);
    return wrong ? failure(res.status, `${wrong.what} ${wrong.expected}`, wrong.actual) : undefined;
}
/**
 * The gates of one type, in their order: the first failure stops the others of a blocking
 * type; a post-rollout or on-rollback failure is a warning and the others still run.
 */
async function runGates(gates, type, state, context, logger, options = {}) {
    const call = options.call ?? callGate;
    for (const spec of gates) {
        if (spec.type !== type)
            continue;
        const failed = await call(spec, state, context, { signal: options.signal, request: options.request });
        if (!failed) {
            logger.info(`Gate "${spec.name}" (${type}) passed`);
            continue;
        }
        const line = `Gate "${spec.name}" (${type}) failed: expected ${failed.expected}, got ${failed.actual}`;
        if (!isBlocking(type)) {
            logger.warning(line);
            continue;
        }
        logger.warning(`${line}; the canary ${failed.onFailure === 'pause' ? 'pauses' : 'aborts'}`);
        return failed;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kube/src/rollout-watcher.ts
var rollout_watcher = __webpack_require__(2615);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
;// CONCATENATED MODULE: ./packages/helm/src/helm-flags.ts
function upgradeFlags(major, behaviour) {
    const v4 = major >= 4;
    const flags = [];
    if (behaviour.helmRollbackOnFailure)
        flags.push(v4 ? '--rollback-on-failure' : '--atomic');
    if (behaviour.wait)
        flags.push(v4 ? '--wait=watcher' : '--wait');
    if (behaviour.force)
        flags.push(v4 ? '--force-replace' : '--force');
    return flags;
}
/** `helm rollback` waits the same way `upgrade` does. */
function waitFlags(major, wait) {
    if (!wait)
        return [];
    return [major >= 4 ? '--wait=watcher' : '--wait'];
}
/** helm takes Go durations; we always pass whole seconds. */
function timeoutFlag(timeoutMs) {
    return ['--timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`];
}
/** Render without touching the cluster's objects: v4 wants the mode spelled out. */
function dryRunFlags(major) {
    return [major >= 4 ? '--dry-run=client' : '--dry-run'];
}

// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
;// CONCATENATED MODULE: ./packages/helm/src/helm-cli.ts



function parseReleaseJson(stdout) {
    const release = JSON.parse(stdout);
    return {
        revision: Number(release.version ?? 0),
        status: release.info?.status ?? 'unknown',
        description: release.info?.description ?? '',
        notes: release.info?.notes ?? '',
        manifest: release.manifest ?? '',
    };
}
class HelmCommandError extends Error {
    stderr;
    name = 'HelmCommandError';
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
/**
 * helm's error, in one line: the last `Error:` line with the lines after it (a hook failure lists
 * its causes below: "pre-upgrade hooks failed: 1 error occurred: * job web-pre-upgrade failed").
 */
function errorLines(stderr) {
    const lines = stderr.split('\n').filter((l) => l.trim());
    const at = lines.findLastIndex((l) => l.startsWith('Error: '));
    if (at < 0)
        return lines.at(-1);
    return lines
        .slice(at)
        .map((l) => l.trim())
        .join(' ');
}
/**
 * helm's release operations, argv built in one place, with the v3/v4 flags from helm-flags.
 * The target may still be resolving (`helm version`, or an install): every command waits for it,
 * so a session can check the cluster meanwhile; `target` is for code that ran a command or `ready()`.
 */
class HelmCli {
    logger;
    signal;
    resolved;
    resolving;
    constructor(target, logger, signal) {
        this.logger = logger;
        this.signal = signal;
        this.resolving = Promise.resolve(target).then((t) => (this.resolved = t));
        // Whoever awaits ready() (pre-flight, or the first command) reports a failure; never unhandled.
        this.resolving.catch(() => undefined);
    }
    /** The resolved helm (path, major, …); rejects as its resolution did. */
    ready() {
        return this.resolving;
    }
    get target() {
        if (!this.resolved)
            throw new Error('HelmCli.target read before helm was resolved (await ready() first)');
        return this.resolved;
    }
    common() {
        const args = ['--namespace', this.target.namespace];
        if (this.target.kubeconfig)
            args.push('--kubeconfig', this.target.kubeconfig);
        if (this.target.context)
            args.push('--kube-context', this.target.context);
        return args;
    }
    /**
     * The argv of an upgrade, exposed so tests and the log can show exactly what runs. The release
     * and chart come last, after "--": helm never reads either as an option, whatever its text.
     */
    upgradeArgs(request, extra = []) {
        const args = ['upgrade', '--install', ...this.common()];
        if (request.chartVersion)
            args.push('--version', request.chartVersion);
        for (const file of request.valuesFiles)
            args.push('--values', file);
        args.push(...timeoutFlag(request.timeoutMs));
        if (request.historyMax !== undefined)
            args.push('--history-max', String(request.historyMax));
        if (request.createNamespace)
            args.push('--create-namespace');
        args.push(...upgradeFlags(this.target.major, {
            wait: request.wait,
            force: request.force ?? false,
            helmRollbackOnFailure: request.helmRollbackOnFailure ?? false,
        }));
        return [...args, ...extra, '--', request.release, request.chart];
    }
    /** `stream: 'stderr'` logs helm's stderr as it comes and keeps its stdout (JSON) for the caller. */
    async run(args, options = {}) {
        await this.ready();
        this.logger.debug(`helm ${args.join(' ')}`);
        const signals = [this.signal, options.signal].filter((s) => !!s);
        try {
            return await (0,exec/* exec */.m)(this.target.path, args, {
                env: this.target.env,
                signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                timeoutMs: options.timeoutMs,
                logger: options.stream ? this.logger : undefined,
                logStdout: options.stream !== 'stderr',
            });
        }
        catch (error) {
            if (error instanceof exec/* ExecError */.c) {
                const stderr = error.result.stderr.trim();
                const reason = errorLines(stderr) ?? error.message;
                throw new HelmCommandError(`helm ${args[0]} failed: ${reason.replace(/^Error: /, '')}`, stderr);
            }
            throw error;
        }
    }
    /**
     * Upgrades (or installs) and returns the release helm made, read from its `--output json`:
     * the revision and the manifest come with it, no `helm history` or `get manifest` after.
     * `stop` ends helm's wait (SIGTERM: helm marks the revision failed) when the judge has seen enough.
     */
    async upgrade(request, stop) {
        await this.ready();
        const { stdout } = await this.run(this.upgradeArgs(request, ['--output', 'json']), {
            stream: 'stderr',
            signal: stop,
        });
        return parseReleaseJson(stdout);
    }
    /** The rendered manifest of an upgrade, changing nothing. */
    async renderUpgrade(request) {
        await this.ready();
        const args = this.upgradeArgs({ ...request, wait: false, helmRollbackOnFailure: false, createNamespace: false }, [
            ...dryRunFlags(this.target.major),
            '--output',
            'json',
        ]);
        return parseReleaseJson((await this.run(args)).stdout).manifest;
    }
    /**
     * The chart rendered with the upgrade's values by `helm template`: no cluster read or written
     * (`lookup` finds nothing; capabilities are helm's defaults).
     */
    async template(request) {
        await this.ready();
        const args = ['template', ...this.common()];
        if (request.chartVersion)
            args.push('--version', request.chartVersion);
        for (const file of request.valuesFiles)
            args.push('--values', file);
        return (await this.run([...args, '--', request.release, request.chart])).stdout;
    }
    /** Every revision, oldest first; empty when the release does not exist. */
    async history(release) {
        await this.ready();
        try {
            const { stdout } = await this.run([
                'history',
                '--max',
                '256',
                '--output',
                'json',
                ...this.common(),
                '--',
                release,
            ]);
            return (0,release_history/* parseHistory */.i6)(stdout);
        }
        catch (error) {
            if (error instanceof HelmCommandError && /release: not found/.test(error.stderr))
                return [];
            throw error;
        }
    }
    async rollback(release, revision, options) {
        await this.ready();
        await this.run([
            'rollback',
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
            '--',
            release,
            String(revision),
        ], { stream: true });
    }
    async uninstall(release, options) {
        await this.ready();
        await this.run([
            'uninstall',
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
            '--',
            release,
        ], { stream: true });
    }
    async status(release) {
        await this.ready();
        const { stdout } = await this.run(['status', '--output', 'json', ...this.common(), '--', release]);
        const parsed = JSON.parse(stdout);
        return { status: parsed.info?.status ?? 'unknown', revision: Number(parsed.version ?? 0) };
    }
    /** The values a revision was deployed with (user-supplied), as JSON text. */
    async values(release, revision) {
        await this.ready();
        const args = ['get', 'values', release, '--revision', String(revision), '--output', 'json', ...this.common()];
        return (await this.run(args)).stdout.trim();
    }
    async manifest(release, revision) {
        await this.ready();
        const args = ['get', 'manifest', ...this.common()];
        if (revision !== undefined)
            args.push('--revision', String(revision));
        return (await this.run([...args, '--', release])).stdout;
    }
}

// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
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

// EXTERNAL MODULE: ./packages/kube/src/quantity.ts
var quantity = __webpack_require__(5890);
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
        const limit = (0,quantity/* parseQuantity */.L)(container.resources?.limits?.[resource]) ??
            limitDefaults.map((l) => (0,quantity/* parseQuantity */.L)(l.default?.[resource])).find((v) => v !== undefined);
        const request = (0,quantity/* parseQuantity */.L)(container.resources?.requests?.[resource]) ??
            limitDefaults.map((l) => (0,quantity/* parseQuantity */.L)(l.defaultRequest?.[resource])).find((v) => v !== undefined) ??
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
                        const max = (0,quantity/* parseQuantity */.L)(limit.max?.[resource]);
                        const min = (0,quantity/* parseQuantity */.L)(limit.min?.[resource]);
                        const lim = c.resources[`limits.${resource}`];
                        const req = c.resources[`requests.${resource}`];
                        if (max !== undefined && lim !== undefined && lim > max)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} limits.${resource} ${(0,quantity/* formatQuantity */.V)(resource, lim)} is over the maximum ${(0,quantity/* formatQuantity */.V)(resource, max)}`);
                        if (min !== undefined && req !== undefined && req < min)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} requests.${resource} ${(0,quantity/* formatQuantity */.V)(resource, req)} is under the minimum ${(0,quantity/* formatQuantity */.V)(resource, min)}`);
                    }
        }
    for (const quota of quotas) {
        const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
        const used = quota.status?.used ?? {};
        for (const [resource, hardText] of Object.entries(hard)) {
            const key = quotaKey(resource);
            if (key !== 'pods' && !/^(requests|limits)\.(cpu|memory)$/.test(key))
                continue;
            const limit = (0,quantity/* parseQuantity */.L)(hardText) ?? 0;
            const left = limit - ((0,quantity/* parseQuantity */.L)(used[resource]) ?? 0);
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
                problems.push(`ResourceQuota ${quota.metadata?.name}: ${resource} needs ${(0,quantity/* formatQuantity */.V)(resource, needed)} for ${parts.join(', ')}, but only ${(0,quantity/* formatQuantity */.V)(resource, Math.max(0, left))} of ${(0,quantity/* formatQuantity */.V)(resource, limit)} is left (short by ${(0,quantity/* formatQuantity */.V)(resource, needed - Math.max(0, left))})`);
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

;// CONCATENATED MODULE: ./packages/helm/src/deploy/release-content.ts

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
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
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
    const live = await readContent(helm, release, current);
    if (named !== undefined) {
        const target = history.find((r) => r.revision === named);
        if (!target) {
            const have = history.map((r) => `${r.revision} (${r.status})`).join(', ');
            throw new errors/* ConfigError */.xL(`Input 'revision': release ${release} has no revision ${named} (have: ${have})`);
        }
        return { target, live, content: await readContent(helm, release, target) };
    }
    for (const candidate of rollbackCandidates(history, current.revision)) {
        const content = await readContent(helm, release, candidate);
        if (!sameContent(content, live))
            return { target: candidate, live, content };
    }
    const restored = restoredRevision(current);
    throw new errors/* ConfigError */.xL(`Release ${release} is live at revision ${current.revision}${restored ? ` (restored from revision ${restored})` : ''} with ${describeContent(live)}: there is no earlier good release with other content to roll back to`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/preflight.ts + 4 modules
var preflight = __webpack_require__(2488);
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
        const blueGreen = request.strategy === 'blue-green' ? await __webpack_require__.e(/* import() */ 113).then(__webpack_require__.bind(__webpack_require__, 113)) : undefined;
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
    const helm = new HelmCli(ctx.helm.ready(), ctx.logger);
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
    logger.info(`Live: revision ${current.revision}, ${describeContent(live)}; rolling back to revision ${target.revision}, ${describeContent(content)}`);
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

;// CONCATENATED MODULE: ./packages/canary/src/helm-releases.ts


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
        set: (0,image_values/* mergeValues */.D3)(base.set, canaryValues),
        image: (0,image_values/* splitImageRef */.l2)(image),
        createNamespace: false,
    };
}
/** The stable release upgraded to the promoted image. */
function promotionRequest(base, image) {
    return { ...base, mode: 'deploy', image: (0,image_values/* splitImageRef */.l2)(image), checkImage: false };
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
        const report = await runRelease(request, this.ctx);
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
        const watcher = new rollout_watcher/* RolloutWatcher */.A({
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
        const helm = new HelmCli(this.ctx.helm.ready(), this.ctx.logger);
        const name = canaryReleaseName(this.base.release);
        if ((await helm.history(name)).length === 0)
            return;
        await helm.uninstall(name, { wait: true, timeoutMs: this.base.timeoutMs });
    }
}

// EXTERNAL MODULE: ./packages/kit/src/http/network-error.ts
var network_error = __webpack_require__(1768);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
;// CONCATENATED MODULE: ./packages/kit/src/http/retry-policy.ts
/**
 * The one retry policy of the HTTP layer, for kit's `retry`: 3 attempts, full jitter from
 * 500 ms, at most 5 s apart. Transient means network failures, timeouts and 5xx/429/408
 * (`isTransientStatus`), never a refusing proxy or 401/403.
 */
const HTTP_RETRY = {
    attempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 5000,
};

;// CONCATENATED MODULE: ./packages/canary/src/request-retry.ts

/** `request` under kit's HTTP retry policy, each failed attempt logged under debug as `what`. */
function retryRequest(request, what, options, signal) {
    return (0,retry/* retry */.L5)(request, {
        ...HTTP_RETRY,
        ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
        ...(options.baseDelayMs === undefined ? {} : { baseDelayMs: options.baseDelayMs }),
        signal,
        sleep: options.sleep,
        onRetry: ({ attempt, delayMs, error }) => options.logger?.debug(`${what} attempt ${attempt} failed (${String(error)}); again in ${delayMs}ms`),
    });
}

;// CONCATENATED MODULE: ./packages/canary/src/prometheus-client.ts


/** A bad query: Prometheus answered 400 bad_data. The user can fix it. */
class QueryRejectedError extends errors/* ConfigError */.xL {
    name = 'QueryRejectedError';
}
/** Instant queries against the Prometheus HTTP API (/api/v1/query), through kit's HTTP layer (proxy-aware). */
class PrometheusClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** One number: a scalar, or a vector of exactly one series. No series or NaN = no data. */
    async query(promql, signal) {
        const body = await retryRequest(() => this.request(promql, signal), 'Prometheus query', this.options, signal);
        return prometheus_client_valueOf(body);
    }
    endpoint(promql) {
        const url = new URL(this.options.url.href);
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
        url.search = new URLSearchParams({ query: promql }).toString();
        return url;
    }
    async request(promql, signal) {
        const headers = { accept: 'application/json' };
        if (this.options.token)
            headers['authorization'] = `Bearer ${this.options.token}`;
        const where = `Prometheus at ${this.options.url.origin}`;
        const res = await (0,http_request/* httpRequest */.aj)(this.endpoint(promql), {
            headers,
            signal,
            timeoutMs: this.options.requestTimeoutMs ?? 10_000,
            what: where,
        }).catch((error) => {
            // The summary's words for a refused connection; kit's own line when a proxy is involved.
            const code = error.cause?.code;
            if (error instanceof errors/* TransientError */.N_ &&
                code &&
                !(error instanceof network_error/* HttpTimeoutError */.Iu) &&
                !/the proxy /.test(error.message))
                throw new errors/* TransientError */.N_(`${where} is unreachable: ${code}`, { cause: error });
            throw error;
        });
        const status = res.status;
        const text = res.text();
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
        if ((0,network_error/* isTransientStatus */.Dm)(status))
            throw new errors/* TransientError */.N_(`${where} answered ${status}${via}`, {
                retryAfterMs: (0,retry/* parseRetryAfter */.mu)(res.header('retry-after')),
            });
        if (status === 400 || status === 422)
            throw new QueryRejectedError(`${where} rejected the query: ${parsed?.error ?? text.slice(0, 200)}`);
        if (status === 401 || status === 403)
            throw new errors/* ConfigError */.xL(`${where} refused the request (${status})${via}: check 'prometheus-token'`);
        if (status !== 200 || !parsed || parsed.status !== 'success')
            throw new Error(`${where} answered ${status}${via} without a result: ${text.slice(0, 200)}`);
        return parsed;
    }
}
/** The number in an instant-query answer, or why there is none. */
function prometheus_client_valueOf(body) {
    const data = body.data ?? {};
    let raw;
    if (data.resultType === 'scalar')
        raw = data.result?.[1];
    else if (data.resultType === 'vector') {
        const result = (data.result ?? []);
        if (result.length === 0)
            return { value: undefined, note: 'no series' };
        if (result.length > 1)
            return { value: undefined, note: `${result.length} series; the query must aggregate to one (use sum or avg)` };
        raw = result[0]?.value?.[1];
    }
    else
        return { value: undefined, note: `a ${data.resultType ?? 'missing'} result; expected a vector or scalar` };
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value))
        return { value: undefined, note: `value ${String(raw)}` };
    return { value };
}

// EXTERNAL MODULE: ./packages/smoke/src/json-path.ts
var json_path = __webpack_require__(6767);
;// CONCATENATED MODULE: ./packages/canary/src/web-metric-client.ts




/**
 * The generic web provider: one HTTP JSON endpoint per metric (a team's own query endpoint or a
 * small proxy before Datadog, CloudWatch, New Relic…) and a JSON path to the number, through
 * kit's HTTP layer (proxy-aware). No number at the path is no data; an endpoint that cannot be
 * reached after the retries throws (the analysis counts it as no data): neither ever passes.
 */
class WebMetricClient {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    async query(spec, url, context, signal) {
        if (!spec.web)
            throw new Error(`metric ${spec.name} is not a web metric`);
        const { web } = spec;
        const where = `the web metric ${spec.name} at ${new URL(url).origin}`;
        const text = await retryRequest(() => this.request(where, url, spec, context, signal), `Reading ${where}:`, this.options, signal);
        let document;
        try {
            document = JSON.parse(text);
        }
        catch {
            return { value: undefined, note: 'the answer is not JSON' };
        }
        return numberAt(document, web.jsonPath);
    }
    async request(where, url, spec, context, signal) {
        const web = spec.web;
        const body = web.body === undefined ? undefined : metric_spec_renderQuery(web.body, context);
        const res = await (0,http_request/* httpRequest */.aj)(url, {
            method: web.method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...web.headers,
            },
            body,
            signal,
            timeoutMs: this.options.requestTimeoutMs ?? 10_000,
            what: where,
        });
        const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
        if ((0,network_error/* isTransientStatus */.Dm)(res.status))
            throw new errors/* TransientError */.N_(`${where} answered ${res.status}${via}`, {
                retryAfterMs: (0,retry/* parseRetryAfter */.mu)(res.header('retry-after')),
            });
        if (res.status === 401 || res.status === 403)
            throw new errors/* ConfigError */.xL(`${where} refused the request (${res.status})${via}: check its headers`);
        if (res.status < 200 || res.status > 299)
            throw new Error(`${where} answered ${res.status}${via}`);
        return res.text();
    }
}
/** The number at a JSON path (a number, or text that is one), or why there is none. */
function numberAt(document, path) {
    const found = (0,json_path/* readJsonPath */.Ad)(document, (0,json_path/* parseJsonPath */.Hf)(path) ?? []);
    if (typeof found === 'symbol' || found === undefined)
        return { value: undefined, note: `no ${path} in the answer` };
    if (found === null)
        return { value: undefined, note: `${path} is null` };
    const value = typeof found === 'string' && found.trim() !== '' ? Number(found) : found;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        const shown = JSON.stringify(found) ?? String(found);
        return {
            value: undefined,
            note: `${path} is ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}, not a number`,
        };
    }
    return { value };
}

;// CONCATENATED MODULE: ./packages/canary/src/capacity-plan.ts
/**
 * The canary's and stable's replicas when `weight` percent of traffic is on the canary, for a
 * stable side of `stableReplicas` (what the HPA observes, when one scales stable). The canary
 * gets ceil(stable × weight / 100), at least 1, clamped to the HPA's min and max. With
 * `scaleDownStable` (never with an HPA: its replicas are the HPA's to set) stable keeps
 * ceil(stable × (100 − weight) / 100), at least 1 while weight < 100 (never more than it had).
 */
function capacityAt(options) {
    const { weight, hpa } = options;
    const stable = Math.max(0, Math.floor(hpa?.currentReplicas ?? options.stableReplicas));
    let canary = Math.max(1, Math.ceil((stable * weight) / 100));
    if (hpa)
        canary = Math.min(Math.max(canary, hpa.minReplicas, 1), Math.max(hpa.maxReplicas, 1));
    if (!options.scaleDownStable || hpa)
        return { canary, stable };
    const kept = Math.ceil((stable * (100 - weight)) / 100);
    return { canary, stable: weight >= 100 ? 0 : Math.min(stable, Math.max(1, kept)) };
}

;// CONCATENATED MODULE: ./packages/canary/src/objects.ts
/** Label put on every object the canary creates or records. */
const CANARY_OF_LABEL = 'slipway.dev/canary-of';
function deploymentRef(namespace, name) {
    return { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name };
}
/** Sets a Deployment's spec.replicas; true when it changed (already at `replicas`: no write). */
async function scaleDeployment(objects, ref, replicas) {
    let changed = false;
    await objects.update(ref, (d) => {
        if (d.spec?.replicas === replicas)
            return undefined;
        changed = true;
        d.spec = { ...d.spec, replicas };
        return d;
    });
    return changed;
}

;// CONCATENATED MODULE: ./packages/canary/src/weight-capacity.ts




/**
 * Capacity that follows the weight, for providers whose canary is its own Deployment behind
 * weighted routing (gateway-api, nginx), through the same ObjectClient as the traffic objects.
 * An HPA (autoscaling/v2) on stable is respected: its observed replicas are stable's, the canary
 * is held within its min and max, and stable's replicas are never written.
 */
class WeightCapacity {
    objects;
    target;
    options;
    told = new Set();
    constructor(objects, target, options) {
        this.objects = objects;
        this.target = target;
        this.options = options;
    }
    ref(name) {
        return deploymentRef(this.target.namespace, name);
    }
    once(line) {
        if (this.told.has(line))
            return;
        this.told.add(line);
        this.options.logger.info(line);
    }
    /** The HPAs of the namespace by the Deployment they scale; none visible when listing them is forbidden. */
    async hpas() {
        const { namespace } = this.target;
        let items;
        try {
            items = await this.objects.list({
                apiVersion: 'autoscaling/v2',
                kind: 'HorizontalPodAutoscaler',
                namespace,
            });
        }
        catch (error) {
            if (!(error instanceof kube_client/* KubeApiError */.W) || ![403, 404].includes(error.status))
                throw error;
            this.once(`Cannot list HorizontalPodAutoscalers in ${namespace} (${(0,errors/* errorMessage */.gJ)(error)}): assuming none`);
            return new Map();
        }
        const found = new Map();
        for (const hpa of items) {
            const ref = hpa.spec?.scaleTargetRef;
            if (ref?.kind !== 'Deployment' || !ref.name || !(ref.apiVersion ?? 'apps/v1').startsWith('apps/'))
                continue;
            found.set(ref.name, {
                name: hpa.metadata.name ?? '',
                minReplicas: hpa.spec?.minReplicas ?? 1,
                maxReplicas: hpa.spec?.maxReplicas ?? Number.MAX_SAFE_INTEGER,
                currentReplicas: hpa.status?.currentReplicas,
            });
        }
        return found;
    }
    async scaleTo(name, replicas) {
        if (await scaleDeployment(this.objects, this.ref(name), replicas))
            this.options.logger.info(`Deployment ${this.target.namespace}/${name} scaled to ${replicas}`);
    }
    async measure() {
        const { stableDeployment: name, namespace } = this.target;
        const { scaleDownStable } = this.options;
        const stable = await this.objects.get(this.ref(name));
        if (!stable) {
            if (scaleDownStable)
                throw new errors/* ConfigError */.xL(`Input 'stable-deployment': expected the stable Deployment for scale-down-stable, got "${name}" (not found in ${namespace})`);
            this.options.logger.info(`No Deployment ${namespace}/${name} (input 'stable-deployment'): the canary keeps the replicas of canary-values`);
            return undefined;
        }
        const hpa = (await this.hpas()).get(name);
        if (hpa && scaleDownStable)
            throw new errors/* ConfigError */.xL(`Input 'scale-down-stable': Deployment ${namespace}/${name} is scaled by HorizontalPodAutoscaler ${hpa.name}, whose replicas the canary never writes; set scale-down-stable: false (the canary still follows the weight, within the HPA's min ${hpa.minReplicas} and max ${hpa.maxReplicas})`);
        return { stableReplicas: stable.spec?.replicas ?? 1, scaleDownStable, ...(hpa ? { hpa: hpa.name } : {}) };
    }
    async scaleCanary(weight, record) {
        const { stableDeployment, canaryDeployment, namespace } = this.target;
        const live = await this.objects.get(this.ref(canaryDeployment));
        if (!live) {
            this.once(`No Deployment ${namespace}/${canaryDeployment} (input 'canary-deployment'): the canary keeps the replicas it was deployed with`);
            return undefined;
        }
        const hpas = await this.hpas();
        const hpa = record.hpa ? hpas.get(stableDeployment) : undefined;
        const at = capacityAt({
            stableReplicas: record.stableReplicas,
            weight,
            hpa,
            scaleDownStable: record.scaleDownStable,
        });
        const own = hpas.get(canaryDeployment);
        if (!own) {
            await this.scaleTo(canaryDeployment, at.canary);
            return at;
        }
        this.once(`Deployment ${canaryDeployment} is scaled by HorizontalPodAutoscaler ${own.name}: its replicas are the HPA's`);
        return { ...at, canary: live.spec?.replicas ?? at.canary };
    }
    async scaleStable(at, record) {
        if (record.scaleDownStable && !record.hpa)
            await this.scaleTo(this.target.stableDeployment, at.stable);
    }
    async restoreStable(record) {
        if (!record.scaleDownStable || record.hpa)
            return undefined;
        await this.scaleTo(this.target.stableDeployment, record.stableReplicas);
        return this.options.stableUnavailable();
    }
    async drainCanary() {
        const { canaryDeployment } = this.target;
        if (!(await this.objects.get(this.ref(canaryDeployment))))
            return;
        if ((await this.hpas()).has(canaryDeployment))
            return;
        await this.scaleTo(canaryDeployment, 0);
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/smoke-checks.ts

/**
 * The `smoke-base-url` input with its placeholders ({{ canary }}, {{ stable }}, {{ namespace }})
 * filled in, e.g. "http://{{ canary }}.{{ namespace }}.svc:8080" → "http://web-canary.prod.svc:8080".
 * An unknown placeholder is the one-line ConfigError.
 */
function resolveSmokeBaseUrl(text, context) {
    checkPlaceholders(text, 'smoke-base-url');
    return renderQuery(text, context);
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
        const { runChecks } = await __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 2235));
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

;// CONCATENATED MODULE: ./packages/canary/src/canary-state.ts
/** Thrown for an action that makes no sense in the canary's phase (resume a promoted canary…). */
class CanaryStateError extends Error {
    name = 'CanaryStateError';
}
const ACTIVE_PHASES = ['progressing', 'paused', 'promoting'];
const MAX_SAMPLES_PER_STEP = 60;
function isActive(state) {
    return ACTIVE_PHASES.includes(state.phase);
}
/** A new canary at its first step. */
function startCanary(request, now) {
    if (request.steps.length === 0)
        throw new CanaryStateError('a canary needs at least one step');
    const first = request.steps[0];
    return {
        version: 1,
        ...request,
        steps: request.steps.map((s) => ({ ...s })),
        phase: 'progressing',
        step: 0,
        weight: first.weight,
        startedAt: now,
        updatedAt: now,
        timeline: [{ at: now, step: 0, weight: first.weight, decision: 'start', detail: `canary ${request.image}` }],
        analyses: [],
    };
}
function entered(state, step, now, decision, detail) {
    if (step >= state.steps.length)
        return promoting(state, now, decision, detail);
    const weight = state.steps[step].weight;
    return {
        ...state,
        phase: 'progressing',
        step,
        weight,
        resumeStep: undefined,
        pausedReason: undefined,
        pausedGate: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step, weight, decision, detail }],
    };
}
function promoting(state, now, decision, detail) {
    return {
        ...state,
        phase: 'promoting',
        resumeStep: undefined,
        pausedReason: undefined,
        pausedGate: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step: state.step, weight: state.weight, decision, detail }],
    };
}
function paused(state, resumeStep, reason, now) {
    return {
        ...state,
        phase: 'paused',
        resumeStep,
        pausedReason: reason,
        updatedAt: now,
        timeline: [
            ...state.timeline,
            { at: now, step: state.step, weight: state.weight, decision: 'pause', detail: reason },
        ],
    };
}
function aborted(state, reason, now, failedCheck) {
    return {
        ...state,
        phase: 'aborted',
        weight: 0,
        abortReason: reason,
        failedCheck,
        resumeStep: undefined,
        updatedAt: now,
        timeline: [...state.timeline, { at: now, step: state.step, weight: 0, decision: 'abort', detail: reason }],
    };
}
function record(state, result) {
    const samples = result.samples
        .slice(-MAX_SAMPLES_PER_STEP)
        .map(({ metric, index, value, verdict, kind, expected, actual }) => ({
        metric,
        index,
        value,
        verdict,
        ...(kind ? { kind } : {}),
        ...(expected !== undefined ? { expected, actual } : {}),
    }));
    return {
        ...state,
        analyses: [
            ...state.analyses,
            {
                step: state.step,
                weight: state.weight,
                verdict: result.verdict,
                samples,
                ...(state.capacity?.current ? { replicas: { ...state.capacity.current } } : {}),
                ...(result.load ? { load: result.load } : {}),
            },
        ],
    };
}
function refuse(state, action) {
    const where = `the canary of ${state.release} in ${state.namespace} is ${state.phase}`;
    const hint = state.phase === 'progressing'
        ? ` (a run is moving it; wait for it, or use action: abort)`
        : isActive(state)
            ? ''
            : '; start a new canary with action: start';
    throw new CanaryStateError(`Cannot ${action}: ${where}${hint}`);
}
/** The one pure transition function: the state after `event` at time `now`. */
function transition(state, event, now) {
    switch (event.type) {
        case 'analysed': {
            if (state.phase !== 'progressing')
                refuse(state, 'record an analysis');
            const next = record(state, event.result);
            const step = state.steps[state.step];
            const { verdict, decidedBy } = event.result;
            if (verdict === 'fail') {
                const check = decidedBy ?? { metric: 'analysis', value: undefined, threshold: '', reason: 'failed' };
                return aborted(next, `${check.reason}`, now, check);
            }
            if (verdict === 'inconclusive') {
                const reason = `inconclusive: ${decidedBy?.reason ?? 'no data'}`;
                return event.onInconclusive === 'abort'
                    ? aborted(next, reason, now, decidedBy)
                    : paused(next, state.step, reason, now);
            }
            const last = state.step === state.steps.length - 1;
            if (step.manual)
                return paused(next, state.step + 1, `manual pause after step ${state.step + 1}`, now);
            if (last)
                return promoting(next, now, 'promote', `all ${state.steps.length} steps passed`);
            return entered(next, state.step + 1, now, 'next', `step ${state.step + 1} passed`);
        }
        case 'gated': {
            if (state.phase !== 'progressing' && state.phase !== 'promoting')
                refuse(state, 'record a gate');
            const { failure } = event;
            const reason = `gate "${failure.name}" (${failure.type}) failed: expected ${failure.expected}, got ${failure.actual}`;
            if (failure.onFailure !== 'pause') {
                const check = {
                    metric: `gate:${failure.name}`,
                    value: failure.status,
                    threshold: failure.expected,
                    reason,
                    actual: failure.actual,
                };
                return aborted(state, reason, now, check);
            }
            // A resume goes back to where the gate stood: the same step, or the promotion.
            const resumeStep = state.phase === 'promoting' ? state.steps.length : state.step;
            return { ...paused({ ...state, phase: 'progressing' }, resumeStep, reason, now), pausedGate: failure.name };
        }
        case 'resume':
            if (state.phase !== 'paused')
                refuse(state, 'resume');
            return entered({ ...state, owner: event.owner }, state.resumeStep ?? state.step, now, 'resume', `resumed from ${state.pausedReason ?? 'pause'}`);
        case 'promote':
            if (state.phase !== 'paused')
                refuse(state, 'promote');
            return promoting({ ...state, owner: event.owner }, now, 'promote', 'promoted by hand');
        case 'abort':
            if (!isActive(state))
                refuse(state, 'abort');
            return aborted(state, event.reason, now);
        case 'promoted':
            if (state.phase !== 'promoting')
                refuse(state, 'finish a promotion');
            return {
                ...state,
                phase: 'promoted',
                weight: 0,
                updatedAt: now,
                timeline: [
                    ...state.timeline,
                    { at: now, step: state.step, weight: 0, decision: 'promoted', detail: `stable runs ${state.image}` },
                ],
            };
    }
}
/** The result output of a run that leaves the canary in this state. */
function resultOf(state) {
    if (state.phase === 'promoted')
        return 'promoted';
    if (state.phase === 'aborted')
        return 'aborted';
    if (state.phase === 'paused')
        return 'paused';
    return 'progressing';
}

;// CONCATENATED MODULE: ./packages/canary/src/state-store.ts




/** Another canary of the release holds the lock, or the state changed under this run. */
class CanaryBusyError extends Error {
    name = 'CanaryBusyError';
}
const KEY = 'state.json';
/** "progressing at step 2 of 4 (25%), image web:2, started 3m ago by run 17" */
function describeCanary(state, now) {
    const where = `${state.phase} at step ${state.step + 1} of ${state.steps.length} (${state.weight}%)`;
    return `${where}, image ${state.image}, started ${(0,duration/* formatDuration */.a)(Math.max(0, now - state.startedAt))} ago by ${state.owner}`;
}
/**
 * The canary's state as JSON in ConfigMap `<release>-canary-state`, beside the release. Every
 * write carries the resourceVersion this run last saw, so the API server itself refuses a
 * second canary of the release, or a second run acting on the same one: the object is the lock.
 */
class CanaryStateStore {
    objects;
    namespace;
    release;
    now;
    resourceVersion;
    constructor(objects, namespace, release, now = Date.now) {
        this.objects = objects;
        this.namespace = namespace;
        this.release = release;
        this.now = now;
    }
    get name() {
        return `${this.release}-canary-state`;
    }
    get ref() {
        return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: this.name };
    }
    /** The stored state (and remembers its version for the next save); undefined when none. */
    async load() {
        const cm = await this.objects.get(this.ref);
        if (!cm)
            return undefined;
        this.resourceVersion = cm.metadata.resourceVersion;
        const text = cm.data?.[KEY];
        if (!text)
            return undefined;
        return JSON.parse(text);
    }
    body(state) {
        return {
            metadata: {
                name: this.name,
                namespace: this.namespace,
                labels: { [CANARY_OF_LABEL]: this.release, 'slipway.dev/canary-phase': state.phase },
                ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}),
            },
            data: { [KEY]: JSON.stringify(state) },
        };
    }
    busy(existing) {
        const what = existing ? `: ${describeCanary(existing, this.now())}` : '';
        return new CanaryBusyError(`Another canary of release ${this.release} in ${this.namespace} is already running${what}. ` +
            `Finish it first (action: resume, promote or abort); state in ConfigMap ${this.name}`);
    }
    /** Refuses (a read only) while another canary of the release is active: the first check of a start. */
    async refuseActive() {
        const existing = await this.load();
        if (existing && isActive(existing))
            throw this.busy(existing);
    }
    /** Takes the lock for a new canary: refused while another canary of the release is active. */
    async claim(state) {
        await this.refuseActive();
        try {
            const saved = this.resourceVersion === undefined
                ? await this.objects.create(this.ref, this.body(state))
                : await this.objects.replace(this.ref, this.body(state));
            this.resourceVersion = saved.metadata.resourceVersion;
        }
        catch (error) {
            if (!(0,object_client/* isConflict */.dh)(error))
                throw error;
            throw this.busy(await this.load().catch(() => undefined));
        }
    }
    /** Saves the next state; refused when someone else changed it since this run last saw it. */
    async save(state) {
        if (this.resourceVersion === undefined)
            throw new Error('save before load or claim');
        try {
            const saved = await this.objects.replace(this.ref, this.body(state));
            this.resourceVersion = saved.metadata.resourceVersion;
        }
        catch (error) {
            if (!(0,object_client/* isConflict */.dh)(error))
                throw error;
            const current = await this.load().catch(() => undefined);
            throw new CanaryBusyError(`The canary of ${this.release} was changed by another run${current ? ` (now ${describeCanary(current, this.now())})` : ''}; this run stops here`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/http-route-rules.ts
/**
 * Pure edits of a Gateway API v1 HTTPRoute's `spec.rules` for a canary: given the rules, the new
 * rules. `withCanary` adds the weighted canary backendRef, the header/cookie (A/B) rules and the
 * RequestMirror filter; `withoutCanary` takes all of them out again, whatever step they were at.
 */
/** The limits the HTTPRoute CRD enforces (v1): rules per route, matches per rule and per route. */
const ROUTE_LIMITS = { rules: 16, matchesPerRule: 64, matchesPerRoute: 128 };
/** The default match of a rule without `matches` (what the API server fills in). */
const DEFAULT_MATCH = { path: { type: 'PathPrefix', value: '/' } };
const isService = (ref) => (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service';
const refersTo = (ref, service) => isService(ref) && ref.name === service;
/** An exact header match. */
function headerMatch(name, value) {
    return { type: 'Exact', name, value };
}
/** Escapes what is special in RE2, PCRE and POSIX extended regular expressions. */
const escapeRegex = (text) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
/**
 * HTTPRoute has no cookie match: a cookie is matched on the `Cookie` header with a regular
 * expression (`name=value` as one of its `;`-separated pairs). RegularExpression header matches
 * are implementation-specific support; the expression uses only what RE2, PCRE and POSIX share.
 */
function cookieMatch(name, value) {
    return {
        type: 'RegularExpression',
        name: 'Cookie',
        value: `(^|.*; ?)${escapeRegex(name)}=${escapeRegex(value)}(;.*|$)`,
    };
}
/** The canary's backendRef made from the stable one (same port, namespace, filters). */
function canaryRef(stable, canary, weight) {
    const { weight: _weight, name: _name, ...rest } = stable;
    return weight === undefined ? { ...rest, name: canary } : { ...rest, name: canary, weight };
}
/** A BackendObjectReference for the mirror: no weight, no filters. */
function mirrorRef(stable, canary) {
    const ref = { name: canary };
    for (const key of ['group', 'kind', 'namespace', 'port'])
        if (stable[key] !== undefined)
            ref[key] = stable[key];
    return ref;
}
/** The rule sending requests that match `matches` to the canary only (placed before `rule`). */
function abRule(rule, stable, routing) {
    const { backendRefs: _refs, name, matches, ...rest } = structuredClone(rule);
    const expanded = (matches?.length ? matches : [DEFAULT_MATCH]).flatMap((match) => routing.matches.map((extra) => ({
        ...structuredClone(match),
        headers: [...(match.headers ?? []).filter((h) => h.name.toLowerCase() !== extra.name.toLowerCase()), extra],
    })));
    const ab = { ...rest, matches: expanded, backendRefs: [canaryRef(stable, routing.canary)] };
    if (name)
        ab.name = `${name.slice(0, 246)}-canary`;
    return ab;
}
/**
 * The rules with the canary routed: in every rule to the stable Service, the canary's backendRef
 * at `weight` (stable at 100 − weight) and, when asked, a RequestMirror filter to the canary;
 * before each such rule, when `matches` are given, a rule to the canary only for those requests.
 * Idempotent: any canary routing already present is replaced.
 */
function withCanary(rules, routing) {
    const out = [];
    for (const original of withoutCanary(rules, routing)) {
        const rule = structuredClone(original);
        const refs = rule.backendRefs ?? [];
        const stable = refs.find((ref) => refersTo(ref, routing.stable));
        if (!stable) {
            out.push(rule);
            continue;
        }
        if (routing.matches.length)
            out.push(abRule(original, stable, routing));
        stable.weight = 100 - routing.weight;
        rule.backendRefs = [...refs, canaryRef(stable, routing.canary, routing.weight)];
        if (routing.mirror)
            rule.filters = [
                ...(rule.filters ?? []),
                { type: 'RequestMirror', requestMirror: { backendRef: mirrorRef(stable, routing.canary), ...routing.mirror } },
            ];
        out.push(rule);
    }
    return out;
}
const isCanaryMirror = (filter, canary) => filter.type === 'RequestMirror' && !!filter.requestMirror && refersTo(filter.requestMirror.backendRef, canary);
/**
 * The rules without any canary routing: the rules to the canary alone (the A/B rules) dropped,
 * the canary's backendRefs and RequestMirror filters removed. Weights of other backends are kept;
 * `stableWeight` (when given) puts the stable weight back as it was (null: no weight field).
 */
function withoutCanary(rules, services, stableWeight) {
    const out = [];
    for (const original of rules) {
        const refs = original.backendRefs ?? [];
        if (refs.length > 0 && refs.every((ref) => refersTo(ref, services.canary)))
            continue;
        const rule = structuredClone(original);
        if (original.backendRefs)
            rule.backendRefs = refs.filter((ref) => !refersTo(ref, services.canary));
        if (original.filters) {
            const kept = original.filters.filter((f) => !isCanaryMirror(f, services.canary));
            if (kept.length === original.filters.length)
                rule.filters = structuredClone(original.filters);
            else if (kept.length === 0)
                delete rule.filters;
            else
                rule.filters = structuredClone(kept);
        }
        if (stableWeight !== undefined)
            for (const ref of rule.backendRefs ?? []) {
                if (!refersTo(ref, services.stable))
                    continue;
                if (stableWeight === null)
                    delete ref.weight;
                else
                    ref.weight = stableWeight;
            }
        out.push(rule);
    }
    return out;
}
/** The canary's share of the weighted rules (the A/B rules not counted), 0 without a canary backendRef. */
function canaryShare(rules, services) {
    for (const rule of rules) {
        const refs = rule.backendRefs ?? [];
        const stable = refs.find((ref) => refersTo(ref, services.stable));
        const canary = refs.find((ref) => refersTo(ref, services.canary));
        if (!stable || !canary)
            continue;
        const c = canary.weight ?? 1;
        const s = stable.weight ?? 1;
        return c + s === 0 ? 0 : Math.round((100 * c) / (c + s));
    }
    return 0;
}
/** What the rules break of the CRD's limits, or undefined when they fit. */
function overLimits(rules) {
    const counts = rules.map((r) => r.matches?.length || 1);
    if (rules.length > ROUTE_LIMITS.rules)
        return `${rules.length} rules (at most ${ROUTE_LIMITS.rules})`;
    const most = Math.max(0, ...counts);
    if (most > ROUTE_LIMITS.matchesPerRule)
        return `${most} matches in one rule (at most ${ROUTE_LIMITS.matchesPerRule})`;
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > ROUTE_LIMITS.matchesPerRoute)
        return `${total} matches in all (at most ${ROUTE_LIMITS.matchesPerRoute})`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/traffic-provider.ts

const TRAFFIC_PROVIDERS = (/* unused pure expression or super */ null && (['gateway-api', 'nginx', 'replicas']));
/** The routing object is missing or not what the provider needs: the user can fix it. */
class TrafficSetupError extends errors/* ConfigError */.xL {
    name = 'TrafficSetupError';
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/cluster-traffic.ts

/** What every traffic provider works with: the cluster's objects and where traffic goes. */
class ClusterTraffic {
    objects;
    target;
    constructor(objects, target) {
        this.objects = objects;
        this.target = target;
    }
    /**
     * The object traffic is split with (named by `input`), which must exist before the canary
     * starts; `missing` says where it was looked for (default: in its namespace).
     */
    async existing(ref, input, missing = `not found in ${ref.namespace}`) {
        const object = await this.objects.get(ref);
        if (!object)
            throw new TrafficSetupError(`Input '${input}': expected an existing ${ref.kind}, got "${ref.name}" (${missing})`);
        return object;
    }
    /** The routing object `where` has no `backend` to the stable Service. */
    noStableBackend(where, backend) {
        return new TrafficSetupError(`Input 'stable-service': ${where} has no ${backend} "${this.target.stableService}"`);
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/gateway-api.ts



const GROUP = 'gateway.networking.k8s.io';
/** Gateway API's feature name for the RequestMirror filter on HTTPRoutes. */
const MIRROR_FEATURE = 'HTTPRouteRequestMirror';
/** The value a header without one must carry to reach the canary (as ingress-nginx's canary-by-header). */
const HEADER_ALWAYS = 'always';
/** The A/B matches of a target: its header (and value, default "always") or its cookie. */
function abMatches(target) {
    const matches = [];
    if (target.header)
        matches.push(headerMatch(target.header.name, target.header.value ?? HEADER_ALWAYS));
    if (target.cookie)
        matches.push(cookieMatch(target.cookie.name, target.cookie.value));
    return matches;
}
/**
 * Gateway API: the weights of the stable and canary Services among an HTTPRoute's backendRefs;
 * with `canary-header` / `canary-cookie`, a rule before each weighted rule sending the matching
 * requests to the canary only; with `canary-mirror`, a RequestMirror filter copying a share of the
 * weighted rule's requests to the canary (its responses are discarded by the gateway).
 */
class GatewayApiTraffic extends ClusterTraffic {
    name = 'gateway-api';
    get ref() {
        const { namespace, routeName: name } = this.target;
        return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name };
    }
    get services() {
        return { stable: this.target.stableService, canary: this.target.canaryService };
    }
    routing(weight) {
        return { ...this.services, weight, matches: abMatches(this.target), mirror: this.target.mirror };
    }
    get where() {
        return `HTTPRoute ${this.target.namespace}/${this.target.routeName}`;
    }
    async prepare() {
        const route = await this.existing(this.ref, 'route', `${this.where} not found`);
        const rules = route.spec?.rules ?? [];
        const stable = rules
            .flatMap((rule) => rule.backendRefs ?? [])
            .filter((ref) => isService(ref) && ref.name === this.target.stableService);
        if (stable.length === 0)
            throw this.noStableBackend(this.where, 'backendRef to Service');
        const routing = this.routing(0);
        if (routing.mirror)
            await this.checkMirrorSupport(route);
        if (routing.matches.length || routing.mirror)
            await this.checkRouting(route, routing);
        return { stableWeight: stable[0]?.weight ?? null };
    }
    /**
     * A gateway whose class says what it supports (status.supportedFeatures) and leaves RequestMirror
     * out does not mirror: Traefik, for one, answers the whole weighted rule with errors. A class that
     * says nothing, or that these credentials may not read (GatewayClasses are cluster-scoped), is
     * given the benefit of the doubt.
     */
    async checkMirrorSupport(route) {
        for (const parent of route.spec?.parentRefs ?? []) {
            if ((parent.group ?? GROUP) !== GROUP || (parent.kind ?? 'Gateway') !== 'Gateway')
                continue;
            const namespace = parent.namespace ?? this.target.namespace;
            const gateway = await this.objects
                .get({ apiVersion: `${GROUP}/v1`, kind: 'Gateway', namespace, name: parent.name })
                .catch(() => undefined);
            const className = gateway?.spec?.gatewayClassName;
            if (!className)
                continue;
            const gatewayClass = await this.objects
                .get({ apiVersion: `${GROUP}/v1`, kind: 'GatewayClass', namespace: '', name: className })
                .catch(() => undefined);
            const features = (gatewayClass?.status?.supportedFeatures ?? []).map((f) => (typeof f === 'string' ? f : f.name));
            if (features.length === 0 || features.includes(MIRROR_FEATURE))
                continue;
            throw new TrafficSetupError(`Input 'canary-mirror': Gateway ${namespace}/${parent.name}'s class "${className}" (${gatewayClass?.spec?.controllerName ?? 'unknown controller'}) does not list ${MIRROR_FEATURE} in its status.supportedFeatures: it would not mirror requests`);
        }
    }
    /** The canary's routing as the API server would store it (dry run): within its limits, nothing pruned. */
    async checkRouting(route, routing) {
        const input = routing.matches.length ? (this.target.header ? 'canary-header' : 'canary-cookie') : 'canary-mirror';
        const rules = withCanary(withoutCanary(route.spec?.rules ?? [], routing), routing);
        const over = overLimits(rules);
        if (over)
            throw new TrafficSetupError(`Input '${input}': ${this.where} would have ${over} with the canary's rules`);
        const stored = await this.objects.replace(this.ref, { ...route, spec: { ...route.spec, rules } }, { dryRun: true });
        if (!routing.mirror)
            return;
        const mirrors = (stored.spec?.rules ?? [])
            .flatMap((r) => r.filters ?? [])
            .filter((f) => f.type === 'RequestMirror');
        if (mirrors.some((f) => f.requestMirror?.percent === undefined && f.requestMirror?.fraction === undefined))
            throw new TrafficSetupError(`Input 'canary-mirror': the cluster's HTTPRoute CRD dropped requestMirror.percent/fraction (they are in Gateway API's standard channel from v1.3.0); without them every request would be mirrored`);
    }
    async setWeight(weight) {
        const routing = this.routing(weight);
        await this.objects.update(this.ref, (route) => {
            route.spec = { ...route.spec, rules: withCanary(route.spec?.rules ?? [], routing) };
            return route;
        });
    }
    async currentWeight() {
        const route = await this.objects.get(this.ref);
        return canaryShare(route?.spec?.rules ?? [], this.services);
    }
    async restore(data) {
        const route = await this.objects.get(this.ref);
        if (!route)
            return;
        const original = data['stableWeight'];
        const stableWeight = typeof original === 'number' ? original : null;
        await this.objects.update(this.ref, (current) => {
            const rules = current.spec?.rules ?? [];
            const restored = withoutCanary(rules, this.services, stableWeight);
            if (JSON.stringify(restored) === JSON.stringify(rules))
                return undefined;
            current.spec = { ...current.spec, rules: restored };
            return current;
        });
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/nginx-ingress.ts




const PREFIX = 'nginx.ingress.kubernetes.io/';
/** Replaces the stable Service by the canary's in every backend of an Ingress spec. */
function canarySpec(spec, stable, canary) {
    const copy = structuredClone(spec);
    const visit = (node) => {
        if (Array.isArray(node))
            return node.forEach(visit);
        if (!node || typeof node !== 'object')
            return;
        const record = node;
        const service = record['service'];
        if (service && typeof service === 'object' && service.name === stable)
            service.name = canary;
        for (const value of Object.values(record))
            visit(value);
    };
    visit(copy);
    delete copy['tls'];
    return copy;
}
/**
 * ingress-nginx: a second Ingress `<stable-ingress>-canary` for the same hosts and paths, marked
 * `nginx.ingress.kubernetes.io/canary: "true"` with `canary-weight` (and optionally
 * `canary-by-header`). Restoring stable deletes it; the stable Ingress is never changed.
 */
class NginxTraffic extends ClusterTraffic {
    name = 'nginx';
    ref(name) {
        return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name };
    }
    get canaryIngress() {
        return `${this.target.routeName}-canary`.slice(0, 253);
    }
    async prepare() {
        const stable = await this.existing(this.ref(this.target.routeName), 'route');
        if (!JSON.stringify(stable.spec ?? {}).includes(`"name":"${this.target.stableService}"`))
            throw this.noStableBackend(`Ingress ${this.target.namespace}/${this.target.routeName}`, 'backend Service');
        return {};
    }
    annotations(weight) {
        const a = { [`${PREFIX}canary`]: 'true', [`${PREFIX}canary-weight`]: String(weight) };
        if (this.target.header) {
            a[`${PREFIX}canary-by-header`] = this.target.header.name;
            if (this.target.header.value)
                a[`${PREFIX}canary-by-header-value`] = this.target.header.value;
        }
        return a;
    }
    async setWeight(weight) {
        const ref = this.ref(this.canaryIngress);
        const existing = await this.objects.get(ref);
        if (existing) {
            await this.objects.update(ref, (current) => {
                current.metadata.annotations = { ...current.metadata.annotations, ...this.annotations(weight) };
                return current;
            });
            return;
        }
        const stable = await this.objects.get(this.ref(this.target.routeName));
        if (!stable)
            throw new TrafficSetupError(`Ingress ${this.target.namespace}/${this.target.routeName} disappeared`);
        await this.objects.create(ref, {
            metadata: {
                labels: { [CANARY_OF_LABEL]: this.target.release },
                annotations: { ...stable.metadata.annotations, ...this.annotations(weight) },
            },
            spec: canarySpec(stable.spec ?? {}, this.target.stableService, this.target.canaryService),
        });
    }
    async currentWeight() {
        const canary = await this.objects.get(this.ref(this.canaryIngress));
        if (!canary || canary.metadata.annotations?.[`${PREFIX}canary`] !== 'true')
            return 0;
        return Number(canary.metadata.annotations?.[`${PREFIX}canary-weight`] ?? 0);
    }
    async restore() {
        try {
            await this.objects.delete(this.ref(this.canaryIngress));
        }
        catch (error) {
            if (!(0,object_client/* isNotFound */.c4)(error))
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/replica-ratio.ts


/**
 * The canary's and stable's replica counts, for `total` replicas in all, so that the canary's
 * share of pods is as near `weight` as whole pods allow. Stable keeps one pod below 100%.
 */
function replicaSplit(total, weight) {
    if (weight <= 0)
        return { canary: 0, stable: total };
    if (weight >= 100)
        return { canary: total, stable: 0 };
    const canary = Math.min(Math.max(1, Math.round((total * weight) / 100)), Math.max(1, total - 1));
    return { canary, stable: Math.max(1, total - canary) };
}
/**
 * For clusters with neither Gateway API nor ingress-nginx: both Deployments sit behind the same
 * Service selector, and the weight is approximated by their replica ratio.
 */
class ReplicaRatioTraffic extends ClusterTraffic {
    name = 'replicas';
    ref(name) {
        return deploymentRef(this.target.namespace, name);
    }
    async scaleTo(name, replicas) {
        await scaleDeployment(this.objects, this.ref(name), replicas);
    }
    async prepare() {
        const stable = await this.existing(this.ref(this.target.stableDeployment), 'stable-deployment');
        const replicas = stable.spec?.replicas ?? 1;
        return { stableReplicas: replicas, total: Math.max(2, replicas) };
    }
    async setWeight(weight, data) {
        const { canary, stable } = replicaSplit(Number(data['total'] ?? 2), weight);
        // Grow the canary before shrinking stable, so capacity never dips.
        await this.scaleTo(this.target.canaryDeployment, canary);
        await this.scaleTo(this.target.stableDeployment, stable);
    }
    async currentWeight() {
        const canary = (await this.objects.get(this.ref(this.target.canaryDeployment)))?.spec?.replicas ?? 0;
        const stable = (await this.objects.get(this.ref(this.target.stableDeployment)))?.spec?.replicas ?? 0;
        return canary + stable === 0 ? 0 : Math.round((100 * canary) / (canary + stable));
    }
    async restore(data) {
        const replicas = Number(data['stableReplicas'] ?? 1);
        if (await this.objects.get(this.ref(this.target.stableDeployment)))
            await this.scaleTo(this.target.stableDeployment, replicas);
        if (await this.objects.get(this.ref(this.target.canaryDeployment)))
            await this.scaleTo(this.target.canaryDeployment, 0);
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/traffic/create-provider.ts



function createTrafficProvider(name, objects, target) {
    if (name === 'gateway-api')
        return new GatewayApiTraffic(objects, target);
    if (name === 'nginx')
        return new NginxTraffic(objects, target);
    return new ReplicaRatioTraffic(objects, target);
}

;// CONCATENATED MODULE: ./packages/canary/src/canary-session.ts












/**
 * Wires a CanaryRun from the config and an open helm/kube session. Cluster writes go through a
 * client without the cancel signal, so traffic can be put back on stable after a cancel.
 */
function canaryRun(config, ctx, logger, hooks = {}) {
    const objects = new object_client/* ObjectClient */.FI(new kube_client/* KubeClient */.B(ctx.kube.access));
    const releases = new HelmCanaryReleases(config.deploy, config.canaryValues, ctx);
    const store = new CanaryStateStore(objects, config.deploy.namespace, config.deploy.release, hooks.now);
    const prometheus = config.prometheus
        ? new PrometheusClient({
            ...config.prometheus,
            logger,
            requestTimeoutMs: Math.min(10_000, config.intervalMs),
            sleep: hooks.sleep,
        })
        : undefined;
    const web = new WebMetricClient({
        logger,
        requestTimeoutMs: Math.min(10_000, config.intervalMs),
        sleep: hooks.sleep,
    });
    const queryContext = {
        canary: config.target.canaryService,
        stable: config.target.stableService,
        namespace: config.deploy.namespace,
        intervalMs: config.intervalMs,
    };
    const query = async (text, signal, spec) => {
        if (spec && !isPrometheusMetric(spec))
            return web.query(spec, text, queryContext, signal);
        if (!prometheus)
            return { value: undefined, note: 'no prometheus-url' };
        return prometheus.query(text, signal);
    };
    return {
        action: config.action,
        owner: config.owner,
        start: config.image
            ? {
                release: config.deploy.release,
                namespace: config.deploy.namespace,
                image: config.image,
                provider: config.provider,
                target: config.target,
                steps: config.steps,
                owner: config.owner,
            }
            : undefined,
        onInconclusive: config.onInconclusive,
        store,
        traffic: (state) => createTrafficProvider(state.provider ?? config.provider, objects, state.target ?? config.target),
        releases,
        // The canary as its own Deployment behind weighted routing: its replicas follow the weight.
        capacity: (provider, target) => provider === 'gateway-api' || provider === 'nginx'
            ? new WeightCapacity(objects, target ?? config.target, {
                scaleDownStable: config.scaleDownStable ?? false,
                logger,
                stableUnavailable: () => releases.stableUnavailable(),
            })
            : undefined,
        gates: config.gates?.length
            ? (type, state, signal) => runGates(config.gates ?? [], type, state, queryContext, logger, { signal })
            : undefined,
        preflight: async () => {
            // A query Prometheus rejects is the user's to fix, before anything changes; no data is fine.
            if (!prometheus)
                return;
            for (const spec of config.metrics.filter(isPrometheusMetric))
                await prometheus.query(metric_spec_renderQuery(spec.query, queryContext), ctx.signal).catch(rethrowRejected);
        },
        analyse: (state) => analyseStep({
            metrics: config.metrics,
            count: config.count,
            intervalMs: config.intervalMs,
            failureLimit: config.failureLimit,
            holdMs: state.steps[state.step].pauseMs,
            context: queryContext,
            query,
            smoke: config.smokeChecks?.length
                ? smokeRunner(config.smokeChecks, config.intervalMs, logger, config.smokeSecrets)
                : undefined,
            load: config.load ? loadStarter(config.load, logger) : undefined,
            signal: ctx.signal,
            now: hooks.now,
            sleep: hooks.sleep,
            onSample: (sample) => {
                const shown = sample.kind === 'smoke'
                    ? sample.verdict === 'pass'
                        ? `status ${sample.value}`
                        : `expected ${sample.expected}, got ${sample.actual}`
                    : sample.value === undefined
                        ? `no data (${sample.note})`
                        : String(sample.value);
                logger.info(`  ${sample.metric} #${sample.index}: ${shown} → ${sample.verdict}`);
                hooks.onSample?.(sample);
            },
        }),
        logger,
        now: hooks.now,
        signal: ctx.signal,
        onSaved: hooks.onSaved,
    };
}
function rethrowRejected(error) {
    if (error instanceof Error && error.name === 'QueryRejectedError')
        throw error;
}

;// CONCATENATED MODULE: ./packages/canary/src/run-canary.ts


/**
 * Every refusal of a start, before anything changes (no state, canary release, route edit or
 * GitHub deployment): the queries, the stable side's replicas and HPA, another active canary, the
 * routing the provider needs (reads and dry runs only). The run with its checks, which runCanary
 * does not repeat; any other run as it is.
 */
async function checkStart(run) {
    if (run.action !== 'start' || run.checked)
        return run;
    if (!run.start)
        throw new Error('action start needs a start request');
    await run.preflight?.();
    const capacity = await run.capacity?.(run.start.provider, run.start.target)?.measure();
    await run.store.refuseActive();
    const providerData = await run.traffic(startCanary(run.start, (run.now ?? Date.now)())).prepare();
    return { ...run, checked: { providerData, ...(capacity ? { capacity } : {}) } };
}
/** Start, resume, promote or abort a canary, and drive it until it pauses or finishes. */
async function runCanary(run) {
    const now = run.now ?? Date.now;
    const ctx = new Driver(run, now);
    if (run.action === 'start') {
        if (!run.start)
            throw new Error('action start needs a start request');
        const { providerData, capacity } = (await checkStart(run)).checked;
        const state = {
            ...startCanary(run.start, now()),
            provider_data: providerData,
            ...(capacity ? { capacity } : {}),
        };
        await run.store.claim(state);
        run.onSaved?.(state);
        return ctx.begin(state);
    }
    const existing = await run.store.load();
    if (!existing)
        throw new Error(`No canary of release ${run.store.release} in ${run.store.namespace} to ${run.action} (no ConfigMap ${run.store.name})`);
    const event = run.action === 'abort'
        ? { type: 'abort', reason: `aborted by hand (${run.owner})` }
        : { type: run.action, owner: run.owner };
    const next = transition(existing, event, now());
    if (next.phase === 'aborted')
        return ctx.finishAbort(next);
    if (run.action === 'resume')
        await run.preflight?.();
    return ctx.drive(await ctx.save(next));
}
/** Puts every request back on stable, removes the canary, records it aborted (post step, cancel). */
async function abortCanary(run, reason, options = {}) {
    const now = run.now ?? Date.now;
    const state = await run.store.load();
    if (!state || !['progressing', 'paused', 'promoting'].includes(state.phase))
        return undefined;
    if (options.onlyOwner && state.owner !== options.onlyOwner)
        return undefined;
    const driver = new Driver({ ...run, analyse: async () => ({ verdict: 'inconclusive', samples: [] }) }, now);
    return driver.finishAbort(transition(state, { type: 'abort', reason }, now()));
}
/** A step failed by the judge of rollout health, so it aborts by the usual rules of a failed step. */
function unavailable(reason) {
    return {
        verdict: 'fail',
        samples: [],
        decidedBy: { metric: 'availability', value: undefined, threshold: 'every canary replica available', reason },
    };
}
class Driver {
    run;
    now;
    constructor(run, now) {
        this.run = run;
        this.now = now;
    }
    get logger() {
        return this.run.logger;
    }
    /** The capacity of a canary that recorded one at its start (with its record), else undefined. */
    capacity(state) {
        const scaler = state.capacity ? this.run.capacity?.(state.provider, state.target) : undefined;
        return scaler && state.capacity ? { scaler, record: state.capacity } : undefined;
    }
    /**
     * Stable back to its replicas at the start, and available (scale-down-stable): before traffic
     * returns to it. Undefined when it is (or there was nothing to give back), else why not.
     */
    async restoreStable(state) {
        const capacity = this.capacity(state);
        if (!capacity)
            return undefined;
        const why = await capacity.scaler.restoreStable(capacity.record);
        return why && `stable is not back to ${capacity.record.stableReplicas} available replicas: ${why}`;
    }
    /** The canary at zero replicas, once no traffic reaches it (it is removed next). */
    async drainCanary(state) {
        try {
            await this.capacity(state)?.scaler.drainCanary();
        }
        catch (error) {
            this.logger.warning(`Could not scale the canary to zero: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async save(state) {
        await this.run.store.save(state);
        this.run.onSaved?.(state);
        return state;
    }
    /** A new canary (checked by checkStart): its release healthy before any traffic moves. */
    async begin(state) {
        try {
            await this.logger.group(`Canary release ${this.run.store.release}-canary with ${state.image}`, () => this.run.releases.deployCanary(state.image));
        }
        catch (error) {
            if (this.run.signal?.aborted)
                return this.finishAbort(transition(state, { type: 'abort', reason: 'cancelled before traffic moved' }, this.now()));
            const reason = `canary not started: ${(0,errors/* errorMessage */.gJ)(error)}`;
            await this.finishAbort(transition(state, { type: 'abort', reason }, this.now()));
            throw error;
        }
        return this.drive(state);
    }
    /** The gates of a blocking type: undefined when they passed, else the state they lead to. */
    async gate(type, state) {
        const failure = await this.run.gates?.(type, state, this.run.signal);
        return failure ? transition(state, { type: 'gated', failure }, this.now()) : undefined;
    }
    /** A paused or aborted state after a gate: saved (or aborted), and the run's outcome. */
    async stopped(state) {
        if (state.phase === 'aborted')
            return this.finishAbort(state);
        state = await this.save(state);
        this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
        return { state, result: 'paused' };
    }
    async drive(state) {
        const traffic = this.run.traffic(state);
        const data = state.provider_data ?? {};
        try {
            // Before any traffic moves (again on a resume, when they paused the canary).
            if (this.run.gates && state.phase === 'progressing' && !state.preRolloutPassed && state.analyses.length === 0) {
                const stop = await this.gate('pre-rollout', state);
                if (stop)
                    return await this.stopped(stop);
                state = await this.save({ ...state, preRolloutPassed: true });
            }
            while (state.phase === 'progressing') {
                const step = state.steps[state.step];
                // The canary's replicas follow the weight: scaled before traffic moves, judged available below.
                const capacity = this.capacity(state);
                if (capacity) {
                    const current = await capacity.scaler.scaleCanary(state.weight, capacity.record);
                    const { current: _previous, ...record } = capacity.record;
                    state = { ...state, capacity: current ? { ...record, current } : record };
                }
                // Never more traffic to a canary the judge does not call fully available.
                const before = await this.run.releases.canaryUnavailable?.();
                let verdict;
                if (before)
                    verdict = unavailable(`the canary is not fully available before step ${state.step + 1}: ${before}`);
                else {
                    await traffic.setWeight(state.weight, data);
                    const current = state.capacity?.current;
                    if (capacity && current)
                        await capacity.scaler.scaleStable(current, capacity.record);
                    const replicas = current ? ` (replicas: canary ${current.canary}, stable ${current.stable})` : '';
                    this.logger.info(`Step ${state.step + 1} of ${state.steps.length}: ${state.weight}% of traffic on the canary${replicas}${step?.manual ? ' (manual pause after)' : ''}`);
                    // Each step's gates: after the weight is set, before its analysis (as Flagger's rollout hooks).
                    const stop = await this.gate('rollout', state);
                    if (stop)
                        return await this.stopped(stop);
                    verdict = await this.run.analyse(state);
                    const during = verdict.verdict === 'fail' ? undefined : await this.run.releases.canaryUnavailable?.();
                    if (during)
                        verdict = unavailable(`the canary lost availability during step ${state.step + 1}: ${during}`);
                }
                state = transition(state, { type: 'analysed', result: verdict, onInconclusive: this.run.onInconclusive }, this.now());
                if (state.phase === 'aborted')
                    return await this.finishAbort(state);
                state = await this.save(state);
            }
        }
        catch (error) {
            if (!this.run.signal?.aborted)
                throw error;
            this.logger.warning('Cancelled mid-step: putting all traffic back on stable');
            return this.finishAbort(transition(state, { type: 'abort', reason: 'cancelled mid-step' }, this.now()));
        }
        if (state.phase === 'paused') {
            this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
            return { state, result: 'paused' };
        }
        if (state.phase === 'promoting')
            return this.promote(state);
        throw new Error(`The canary of ${state.release} is ${state.phase}: nothing to drive`);
    }
    async promote(state) {
        const traffic = this.run.traffic(state);
        try {
            const stop = await this.gate('confirm-promotion', state);
            if (stop)
                return await this.stopped(stop);
        }
        catch (error) {
            if (!this.run.signal?.aborted)
                throw error;
            return this.finishAbort(transition(state, { type: 'abort', reason: 'cancelled before promotion' }, this.now()));
        }
        try {
            // Stable at full strength again before the canary's traffic goes back to it.
            const why = await this.restoreStable(state);
            if (why)
                throw new Error(why);
            await this.logger.group(`Promoting: ${state.release} upgraded to ${state.image}`, () => this.run.releases.promoteStable(state.image));
        }
        catch (error) {
            // Said once, in the run's closing error line ("Canary of … aborted: promotion failed: …").
            const reason = `promotion failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
            this.logger.info(reason);
            return this.finishAbort(transition(state, { type: 'abort', reason }, this.now()));
        }
        await traffic.restore(state.provider_data ?? {});
        await this.drainCanary(state);
        await this.removeCanary();
        state = await this.save(transition(state, { type: 'promoted' }, this.now()));
        this.logger.info(`Promoted: ${state.release} runs ${state.image}; all traffic on stable; canary removed`);
        await this.notify('post-rollout', state);
        return { state, result: 'promoted' };
    }
    /**
     * Stable's replicas back first when it was scaled down (and judged available, unless the run is
     * cancelled), then traffic back to stable (nothing else is as urgent), the canary at zero, the
     * record, the release.
     */
    async finishAbort(state) {
        const traffic = this.run.traffic(state);
        const why = await this.restoreStable(state).catch((error) => (0,errors/* errorMessage */.gJ)(error));
        if (why)
            this.logger.warning(`Traffic returns to stable anyway: ${why}`);
        await traffic.restore(state.provider_data ?? {});
        const trafficRestoredAt = this.now();
        this.logger.warning(`Aborted: ${state.abortReason}. All traffic is back on stable`);
        await this.drainCanary(state);
        state = await this.save(state);
        await this.removeCanary();
        await this.notify('on-rollback', state);
        return { state, result: 'aborted', trafficRestoredAt };
    }
    /** Gates after the end: their failures are warnings (runGates logs them); never the cancel signal. */
    async notify(type, state) {
        try {
            await this.run.gates?.(type, state);
        }
        catch (error) {
            this.logger.warning(`The ${type} gates could not run: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async removeCanary() {
        try {
            await this.logger.group(`Removing the canary release ${this.run.store.release}-canary`, () => this.run.releases.removeCanary());
        }
        catch (error) {
            this.logger.warning(`Could not remove the canary release: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/canary/src/restore-stable.ts


/** Why a canary the post step found mid-step was aborted (its state and the delivery history say so). */
const STOPPED_MID_STEP = 'cancelled mid-step (post step)';
/**
 * The post step's safety net, for the canary action and the root action alike: when main stopped
 * while this job's canary was mid-step (cancelled, timed out, killed), every request goes back to
 * stable, the canary release is removed and its state recorded aborted. A canary another run
 * owns, or one already at a decision, is left alone (undefined). The caller records the outcome.
 */
async function restoreStableAfterStop(config, ctx, logger, owner) {
    const outcome = await abortCanary(canaryRun(config, ctx, logger), STOPPED_MID_STEP, { onlyOwner: owner });
    if (outcome)
        logger.warning('The job stopped mid-step: all traffic is back on stable; the canary is recorded aborted');
    return outcome;
}

;// CONCATENATED MODULE: ./packages/canary/src/canary-outputs.ts

/** The canary action's outputs, in the shapes the next step takes (weight is 0 unless paused mid-way). */
function canaryOutputs({ result, state }) {
    const failed = state.failedCheck;
    return {
        result,
        'failed-check': failed?.metric ?? '',
        'observed-value': failed?.actual ?? failed?.value ?? '',
        threshold: failed?.threshold ?? '',
        step: state.step + 1,
        weight: state.phase === 'paused' ? state.weight : 0,
        state: `${state.namespace}/${state.release}-canary-state`,
        load: loadOutput(state),
    };
}
/** The one line an aborted canary fails with (the action, the delivery's stage, its GitHub deployment); else undefined. */
function abortedLine({ result, state }) {
    return result === 'aborted' ? `Canary of ${state.release} aborted: ${state.abortReason ?? 'aborted'}` : undefined;
}

;// CONCATENATED MODULE: ./packages/records/src/canary-stage.ts



/**
 * The canary stage, for the canary action and the root action alike: the canary run to its
 * decision, its GitHub deployment, and its record in the release's delivery history.
 *
 * A start opens the deployment (payload kind canary) and keeps its id and environment in the
 * canary's state. The run that promotes or aborts it, this one or a later resume, promote or
 * abort, finishes that same deployment (success or failure); a pause leaves it in_progress.
 */
async function canaryStage(config, run, session, options) {
    const staged = await recordedCanaryRun(config, run, options);
    await recordCanary(staged.outcome, session, options.logger, options.where);
    return staged;
}
/** The canary run to its decision, as a GitHub deployment (canaryStage without the delivery history). */
async function recordedCanaryRun(config, run, options) {
    const staged = config.action === 'start' ? await started(config, run, options) : await later(config, run, options);
    const kept = staged.outcome.state.deployment;
    if (staged.outcome.result === 'paused' && kept)
        options.logger.info(`GitHub deployment ${kept.id} (${kept.environment}) stays in_progress until a run resumes, promotes or aborts the canary`);
    return staged;
}
/**
 * The canary stage's post step, for the canary action and the root action alike: when main
 * stopped while this job's canary was mid-step, traffic goes back on stable (restoreStableAfterStop),
 * the abort goes into the delivery history, and the deployment the state keeps goes to failure.
 * undefined when there was nothing to put back.
 */
async function canaryStopStage(config, session, options) {
    const outcome = await restoreStableAfterStop(config, session, options.logger, options.owner);
    if (!outcome)
        return undefined;
    await recordCanary(outcome, session, options.logger, options.where);
    await finishKept(outcome.state, endOf(outcome), options.github, options);
    return outcome;
}
async function started(config, run, options) {
    const { github } = options;
    // Every refusal of the start comes before its GitHub deployment, as before any other change.
    run = await checkStart(run);
    if (!github)
        return { outcome: await runCanary(keeping(run, options.opened)), deploymentId: options.opened?.id };
    const { release, namespace, chart } = config.deploy;
    const start = { kind: 'canary', release, namespace, strategy: 'canary', chart, image: config.image };
    const kept = (id) => id === undefined
        ? undefined
        : {
            id,
            environment: github.environment,
            ...(github.environmentUrl ? { environmentUrl: github.environmentUrl } : {}),
        };
    const { result, deploymentId, refused } = await withGitHubDeployment(github, start, options, (id) => runCanary(keeping(run, kept(id))), endOf);
    return { outcome: result, deploymentId, ...(refused ? { refused } : {}) };
}
/** resume, promote or abort: no new deployment; the one the state keeps is finished at the decision. */
async function later(config, run, options) {
    let last;
    const watched = {
        ...run,
        onSaved: (state) => {
            last = state;
            run.onSaved?.(state);
        },
    };
    try {
        const outcome = await runCanary(watched);
        const { id, refused } = await finishKept(outcome.state, endOf(outcome), options.github, options);
        return { outcome, deploymentId: id, ...(refused ? { refused } : {}) };
    }
    catch (error) {
        // Only a canary this run finished (aborted on the way out) ends its deployment; a refused action leaves it.
        if (last && !isActive(last)) {
            const end = {
                state: 'failure',
                description: failedDescription({ kind: 'canary', release: config.deploy.release }, error),
            };
            await finishKept(last, end, options.github, options);
        }
        throw error;
    }
}
function keeping(run, deployment) {
    return deployment && run.start ? { ...run, start: { ...run.start, deployment } } : run;
}
function endOf(outcome) {
    const { result, state } = outcome;
    if (result === 'promoted')
        return {
            state: 'success',
            description: `Promoted ${state.release} ${state.image} through ${state.steps.length} steps`,
        };
    const aborted = abortedLine(outcome);
    return aborted ? { state: 'failure', description: aborted } : undefined;
}
/** The state's deployment finished with `end` (in the environment it was opened in): its id, if any, and a refused success. */
async function finishKept(state, end, github, options) {
    const kept = state.deployment;
    if (!kept) {
        if (github)
            options.logger.info(`GitHub Deployments: the canary of ${state.release} keeps no deployment to finish`);
        return { id: undefined };
    }
    if (!end)
        return { id: kept.id };
    if (!github) {
        options.logger.warning(`GitHub deployment ${kept.id} (${kept.environment}) stays in_progress: this run has no github-token to set it to ${end.state}`);
        return { id: kept.id };
    }
    if (github.environment !== kept.environment)
        options.logger.info(`GitHub deployment ${kept.id} belongs to environment ${kept.environment} (the canary's start); finished there, not in ${github.environment}`);
    const settings = {
        ...github,
        environment: kept.environment,
        environmentUrl: github.environmentUrl ?? kept.environmentUrl,
    };
    const refused = await finishKeptDeployment(settings, kept.id, end, options);
    return { id: kept.id, ...(refused ? { refused: refused.error } : {}) };
}

;// CONCATENATED MODULE: ./packages/records/src/deploy-stage.ts


/**
 * The deploy stage, for helm-deploy and the root action alike: the release run (deploy,
 * blue-green or rollback, as the request says) on an open session, then its record in the
 * release's delivery history for delivery-metrics.
 */
async function deployStage(request, session, options) {
    const startedAt = Date.now();
    const report = await runRelease(request, session);
    await recordRelease(request, report, session, { startedAt, ...options });
    return report;
}
/** "Deploy of web failed: <reason>; <what was rolled back>", or undefined when the release did not fail. */
function deployFailure(request, report) {
    if (!report.failure)
        return undefined;
    const rollback = report.failure.rollback ? `; ${report.failure.rollback}` : '';
    return `${request.mode === 'rollback' ? 'Rollback' : 'Deploy'} of ${report.release} failed: ${report.failure.reason}${rollback}`;
}

;// CONCATENATED MODULE: ./packages/records/src/index.ts























/***/ }),

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
