export const id = 359;
export const ids = [359];
export const modules = {

/***/ 6359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ DeploymentLifecycle)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _github_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3039);
/* harmony import */ var _deployments__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3345);
/* harmony import */ var _run_context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2998);




/**
 * One GitHub deployment around one deploy: created for GITHUB_SHA with a status in_progress
 * before anything changes, then success or failure with the environment URL and the run's log
 * URL. The success status carries auto_inactive: true, so GitHub itself marks the environment's
 * earlier successful deployments inactive (no listing and patching of our own).
 *
 * With failOnError false every API failure becomes one warning and the lifecycle goes quiet;
 * with true, start() and finish() throw GitHub's status and message.
 */
class DeploymentLifecycle {
    settings;
    options;
    /** The deployment's id once created. */
    id;
    disabled = false;
    client;
    context;
    constructor(settings, options) {
        this.settings = settings;
        this.options = options;
        this.context = options.context ?? (0,_run_context__WEBPACK_IMPORTED_MODULE_0__/* .runContext */ .p)();
        this.client = new _github_client__WEBPACK_IMPORTED_MODULE_1__/* .GitHubClient */ .j({
            token: settings.token,
            apiUrl: this.context.apiUrl,
            logger: options.logger,
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.sleep ? { sleep: options.sleep } : {}),
        });
    }
    async start(start) {
        const { repository, sha, runUrl } = this.context;
        try {
            if (!repository || !sha)
                throw new Error('GITHUB_REPOSITORY and GITHUB_SHA are not set (not running on a GitHub runner?)');
            const deployment = await (0,_deployments__WEBPACK_IMPORTED_MODULE_2__/* .createDeployment */ .Yy)(this.client, repository, {
                ref: sha,
                environment: this.settings.environment,
                description: start.description,
                payload: start.payload,
                ...(start.transientEnvironment === undefined ? {} : { transientEnvironment: start.transientEnvironment }),
                ...(start.productionEnvironment === undefined ? {} : { productionEnvironment: start.productionEnvironment }),
            });
            this.id = deployment.id;
            await (0,_deployments__WEBPACK_IMPORTED_MODULE_2__/* .createDeploymentStatus */ .gt)(this.client, repository, deployment.id, {
                state: 'in_progress',
                description: start.description,
                logUrl: runUrl,
                environmentUrl: this.settings.environmentUrl,
            });
            this.options.logger.info(`GitHub deployment ${deployment.id} to ${this.settings.environment} created for ${sha.slice(0, 12)}: in_progress`);
        }
        catch (error) {
            this.refused('could not create the deployment', error);
        }
    }
    /** A deployment an earlier run created and left in_progress (a paused canary): finish() ends that one. */
    adopt(id) {
        this.id = id;
    }
    async finish(end) {
        const { repository, runUrl } = this.context;
        if (this.disabled || this.id === undefined || !repository)
            return;
        try {
            await (0,_deployments__WEBPACK_IMPORTED_MODULE_2__/* .createDeploymentStatus */ .gt)(this.client, repository, this.id, {
                state: end.state,
                description: end.description,
                logUrl: runUrl,
                environmentUrl: this.settings.environmentUrl,
                autoInactive: end.state === 'success',
            });
            this.options.logger.info(`GitHub deployment ${this.id} to ${this.settings.environment}: ${end.state}`);
        }
        catch (error) {
            this.refused(`could not set deployment ${this.id} to ${end.state}`, error);
        }
    }
    refused(what, error) {
        this.disabled = true;
        const message = `GitHub Deployments: ${what}: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`;
        if (this.settings.failOnError)
            throw new Error(message, { cause: error });
        this.options.logger.warning(`${message}; the deploy is not affected (deployment-fail-on-error is false)`);
    }
}


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   Vt: () => (/* binding */ repoParams),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   gt: () => (/* binding */ createDeploymentStatus),
/* harmony export */   r3: () => (/* binding */ shortDescription),
/* harmony export */   r7: () => (/* binding */ DESCRIPTION_LIMIT)
/* harmony export */ });
/** GitHub caps a status description at 140 characters. */
const DESCRIPTION_LIMIT = 140;
function shortDescription(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
/** Octokit's path parameters of a repository ("owner/name"). */
function repoParams(repository) {
    const [owner = '', repo = ''] = repository.split('/');
    return { owner, repo };
}
/**
 * POST /repos/{owner}/{repo}/deployments. auto_merge is off (a deploy must not merge the
 * default branch into the ref) and required_contexts empty (the workflow already gates on its
 * checks; GitHub would otherwise refuse while any check is pending).
 */
async function createDeployment(client, repository, deployment) {
    const created = await client.request('Create deployment', 'POST /repos/{owner}/{repo}/deployments', {
        ...repoParams(repository),
        ref: deployment.ref,
        environment: deployment.environment,
        auto_merge: false,
        required_contexts: [],
        ...(deployment.description ? { description: shortDescription(deployment.description) } : {}),
        payload: deployment.payload ?? {},
        ...(deployment.transientEnvironment === undefined
            ? {}
            : { transient_environment: deployment.transientEnvironment }),
        ...(deployment.productionEnvironment === undefined
            ? {}
            : { production_environment: deployment.productionEnvironment }),
    });
    // 202 "Auto-merged…" only happens with auto_merge: true; treat any other shape as a refusal.
    if (!created || typeof created.id !== 'number')
        throw new Error(`Create deployment: GitHub answered without a deployment (${JSON.stringify(created)})`);
    return created;
}
function createDeploymentStatus(client, repository, deploymentId, status) {
    return client.request(`Deployment status ${status.state}`, 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repoParams(repository),
        deployment_id: deploymentId,
        state: status.state,
        ...(status.description ? { description: shortDescription(status.description) } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
    });
}
/** One page of the deployments (newest first); readers that need them all page with `client.pages`. */
function listDeployments(client, repository, filter = {}) {
    return client.request('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
        ...repoParams(repository),
        ...(filter.environment ? { environment: filter.environment } : {}),
        ...(filter.sha ? { sha: filter.sha } : {}),
        per_page: filter.perPage ?? 30,
        ...(filter.page ? { page: filter.page } : {}),
    });
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ API_VERSION),
  j: () => (/* binding */ GitHubClient)
});

;// CONCATENATED MODULE: ./packages/kit/src/github/octokit.ts
/** Octokit's log goes nowhere: every message a user sees comes from our own logger. */
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
/**
 * An Octokit from `@actions/github`'s getOctokit, imported on first use (start-up pays nothing
 * for it). Its requests go through `@actions/http-client`'s proxy agent, which honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) for GITHUB_API_URL as the toolkit reads it
 * when first imported; `apiUrl` must therefore be the runner's GITHUB_API_URL (the only one the
 * actions use). Retries are not Octokit's: the caller wraps requests with its own bounded policy.
 */
async function githubOctokit(token, options) {
    const { getOctokit: create } = await __webpack_require__.e(/* import() */ 13).then(__webpack_require__.bind(__webpack_require__, 13));
    return create(token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'slipway-actions',
        log: quiet,
    });
}

// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
// EXTERNAL MODULE: ./packages/kit/src/http/proxy-route.ts
var proxy_route = __webpack_require__(553);
// EXTERNAL MODULE: ./packages/kit/src/http/network-error.ts
var network_error = __webpack_require__(1768);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/github/src/github-error.ts
var github_error = __webpack_require__(9117);
// EXTERNAL MODULE: ./packages/github/src/link-header.ts
var link_header = __webpack_require__(6635);
// EXTERNAL MODULE: ./packages/github/src/rate-limit.ts
var rate_limit = __webpack_require__(9401);
;// CONCATENATED MODULE: ./packages/github/src/github-client.ts




const API_VERSION = '2022-11-28';
/**
 * Our GitHub REST transport over `@actions/github`'s Octokit (kit's `githubOctokit`, created on
 * the first request). 5xx, 429 and a spent or secondary rate limit are retried with kit's retry
 * (bounded attempts and deadline, full jitter, Retry-After or x-ratelimit-reset honoured as the
 * least wait); 401, 422 and every other refusal throw a GitHubApiError carrying GitHub's status
 * and message at once. No error or log line ever carries the token.
 */
class GitHubClient {
    options;
    apiUrl;
    octokit;
    constructor(options) {
        this.options = options;
        this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    }
    async request(operation, route, parameters = {}) {
        return (await this.send(operation, route, parameters)).data;
    }
    /**
     * Every page of a GET list, following the Link header's rel="next" as Octokit's paginate does,
     * one request after another. A next link that leaves this API's URL is refused (paginate would
     * follow it, and send the token with it).
     */
    async *pages(operation, route, parameters = {}) {
        let next = { route, parameters };
        while (next) {
            const { data, headers } = await this.send(operation, next.route, next.parameters);
            const link = (0,link_header/* nextLink */.I)(typeof headers['link'] === 'string' ? headers['link'] : null);
            if (link && !link.startsWith(`${this.apiUrl}/`))
                throw new Error(`${operation}: GitHub's next page ${link} is not under ${this.apiUrl}`);
            next = link ? { route: `GET ${link}`, parameters: {} } : undefined;
            yield data;
        }
    }
    client() {
        this.octokit ??= githubOctokit(this.options.token, { apiUrl: this.apiUrl });
        return this.octokit;
    }
    async send(operation, route, parameters) {
        const { logger, signal } = this.options;
        const octokit = await this.client();
        return (0,retry/* retry */.L5)(async () => {
            const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000);
            try {
                const response = await octokit.request(route, {
                    ...parameters,
                    headers: { accept: 'application/vnd.github+json', 'x-github-api-version': API_VERSION },
                    request: { signal: signal ? AbortSignal.any([signal, timeout]) : timeout },
                });
                return { data: response.data, headers: response.headers };
            }
            catch (error) {
                throw this.failure(operation, error);
            }
        }, {
            attempts: this.options.attempts ?? 4,
            deadlineMs: this.options.deadlineMs ?? 60_000,
            baseDelayMs: 1000,
            maxDelayMs: 20_000,
            ...(signal ? { signal } : {}),
            ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
            onRetry: ({ attempt, delayMs, error }) => logger.info(`${error.message}; attempt ${attempt} failed, retrying in ${delayMs}ms`),
        });
    }
    /** GitHub's refusal as a GitHubApiError, or a TransientError when another attempt may pass. */
    failure(operation, error) {
        const { signal, token } = this.options;
        if (signal?.aborted)
            return signal.reason;
        const failed = error;
        const response = failed?.response;
        if (!response) {
            // No answer at all (refused, reset, timed out). redact: a client's message may quote a header.
            const cause = failed?.cause?.cause ?? failed?.cause;
            const code = typeof cause?.code === 'string' && cause.code ? cause.code : undefined;
            const proxy = (0,proxy_route/* proxyRouteFor */.V)(new URL(this.apiUrl));
            // A proxy that refuses the tunnel is the user's to fix: named in one line, not retried.
            const named = proxy && (0,network_error/* networkError */.x6)(operation, { name: 'Error', message: causeMessages(error) }, proxy);
            if (named instanceof network_error/* ProxyRefusedError */.Ne)
                return new network_error/* ProxyRefusedError */.Ne((0,mask/* redact */.E$)(named.message, [token]));
            const via = proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : '';
            const why = String(code ?? cause?.message ?? failed?.message ?? error);
            return new errors/* TransientError */.N_(`${operation}: cannot reach ${this.apiUrl}${via} (${(0,mask/* redact */.E$)(why, [token])})`);
        }
        const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data ?? '');
        const parsed = (0,github_error/* parseErrorBody */.k)(text);
        const refusal = new github_error/* GitHubApiError */.O(response.status, (0,mask/* redact */.E$)(parsed.message, [token]), operation, parsed.documentationUrl, parsed.details.map((d) => (0,mask/* redact */.E$)(d, [token])));
        const headers = { get: (name) => headerText(response.headers[name]) };
        if (!(0,rate_limit/* isRetryableStatus */.PS)(response.status, headers, parsed.message))
            return refusal;
        const waitMs = (0,rate_limit/* retryDelayMs */.qO)(response.status, headers, Date.now(), parsed.message);
        return new errors/* TransientError */.N_(refusal.message, waitMs === undefined ? {} : { retryAfterMs: waitMs });
    }
}
function headerText(value) {
    return value === undefined ? null : String(value);
}
/** Every message down an error's cause chain (fetch buries a proxy's refusal three levels deep). */
function causeMessages(error) {
    const messages = [];
    for (let at = error; at && messages.length < 8;) {
        messages.push(String(at.message ?? ''));
        at = at.cause;
    }
    return messages.join('; ');
}


/***/ }),

/***/ 9117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   k: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/** A refusal from the GitHub API, with GitHub's own status and message. */
class GitHubApiError extends Error {
    status;
    githubMessage;
    operation;
    documentationUrl;
    details;
    name = 'GitHubApiError';
    constructor(status, githubMessage, operation, documentationUrl, details = []) {
        super(`${operation}: GitHub answered ${status}${githubMessage ? ` (${githubMessage}${details.length ? `: ${details.join('; ')}` : ''})` : ''}`);
        this.status = status;
        this.githubMessage = githubMessage;
        this.operation = operation;
        this.documentationUrl = documentationUrl;
        this.details = details;
    }
}
/** GitHub's error body: {message, documentation_url, errors?}; anything else is shown as a short text. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const details = (Array.isArray(body.errors) ? body.errors : []).map((e) => typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' ')));
        return {
            message: typeof body.message === 'string' ? body.message : '',
            ...(typeof body.documentation_url === 'string' ? { documentationUrl: body.documentation_url } : {}),
            details: details.filter(Boolean),
        };
    }
    catch {
        return { message: text.slice(0, 200).trim(), details: [] };
    }
}


/***/ }),

/***/ 6635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nextLink)
/* harmony export */ });
/** The rel="next" URL of a Link header (`<https://…&page=2>; rel="next", <…>; rel="last"`). */
function nextLink(header) {
    for (const part of (header ?? '').split(',')) {
        const match = /^\s*<([^>]+)>(.*)$/.exec(part);
        const rel = match && /;\s*rel="?([^";]+)"?/.exec(match[2])?.[1];
        if (rel && rel.trim().split(/\s+/).includes('next'))
            return match[1];
    }
    return undefined;
}


/***/ }),

/***/ 9401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   eG: () => (/* binding */ SECONDARY_WAIT_MS),
/* harmony export */   qO: () => (/* binding */ retryDelayMs)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6658);

/** GitHub's words for a secondary rate limit (its answers are 403 or 429). */
const SECONDARY = /secondary rate limit|abuse detection/i;
/** "Otherwise, wait for at least one minute before retrying" (GitHub's rate-limit guidance). */
const SECONDARY_WAIT_MS = 60_000;
/**
 * How GitHub asks a client to wait: Retry-After first, else a spent rate limit's reset time,
 * else a minute for a secondary rate limit that names neither.
 */
function retryDelayMs(status, headers, now = Date.now(), message = '') {
    const retryAfter = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(headers.get('retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = headers.get('x-ratelimit-reset');
    const spent = headers.get('x-ratelimit-remaining') === '0' || status === 429;
    if (spent && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    if ((status === 403 || status === 429) && SECONDARY.test(message))
        return SECONDARY_WAIT_MS;
    return undefined;
}
/**
 * 5xx and 429 are worth another attempt; so is a 403 that is a rate limit: a spent primary limit
 * (x-ratelimit-remaining: 0), or a secondary one (Retry-After, or GitHub's message says so).
 * Any other 403 is a refusal (no permission) and is not retried.
 */
function isRetryableStatus(status, headers, message = '') {
    if (status >= 500 || status === 429)
        return true;
    if (status !== 403)
        return false;
    return headers.get('x-ratelimit-remaining') === '0' || headers.get('retry-after') !== null || SECONDARY.test(message);
}


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
function runContext(env = process.env) {
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] || undefined;
    const runId = env['GITHUB_RUN_ID'];
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    return {
        apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
        repository,
        sha: env['GITHUB_SHA'] || undefined,
        runUrl: repository && runId
            ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
            : undefined,
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


/***/ })

};
