export const id = 942;
export const ids = [942];
export const modules = {

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadSarif: () => (/* reexport */ uploadSarif)
});

// UNUSED EXPORTS: API_VERSION, DESCRIPTION_LIMIT, DeploymentLifecycle, GitHubApiError, GitHubClient, SARIF_LIMITS, SECONDARY_WAIT_MS, checkSarifLimits, createDeployment, createDeploymentStatus, isRetryableStatus, listDeployments, nextLink, parseErrorBody, readDeploymentSettings, repoParams, retryDelayMs, runContext, shortDescription

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts
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
class HttpTimeoutError extends (/* unused pure expression or super */ null && (TransientError)) {
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

// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/github/src/github-error.ts
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

;// CONCATENATED MODULE: ./packages/github/src/link-header.ts
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

;// CONCATENATED MODULE: ./packages/github/src/rate-limit.ts

/** GitHub's words for a secondary rate limit (its answers are 403 or 429). */
const SECONDARY = /secondary rate limit|abuse detection/i;
/** "Otherwise, wait for at least one minute before retrying" (GitHub's rate-limit guidance). */
const SECONDARY_WAIT_MS = 60_000;
/**
 * How GitHub asks a client to wait: Retry-After first, else a spent rate limit's reset time,
 * else a minute for a secondary rate limit that names neither.
 */
function retryDelayMs(status, headers, now = Date.now(), message = '') {
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
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
            const link = nextLink(typeof headers['link'] === 'string' ? headers['link'] : null);
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
        return retry(async () => {
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
            const proxy = proxyRouteFor(new URL(this.apiUrl));
            // A proxy that refuses the tunnel is the user's to fix: named in one line, not retried.
            const named = proxy && networkError(operation, { name: 'Error', message: causeMessages(error) }, proxy);
            if (named instanceof ProxyRefusedError)
                return new ProxyRefusedError((0,mask/* redact */.E$)(named.message, [token]));
            const via = proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : '';
            const why = String(code ?? cause?.message ?? failed?.message ?? error);
            return new errors/* TransientError */.N_(`${operation}: cannot reach ${this.apiUrl}${via} (${(0,mask/* redact */.E$)(why, [token])})`);
        }
        const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data ?? '');
        const parsed = parseErrorBody(text);
        const refusal = new GitHubApiError(response.status, (0,mask/* redact */.E$)(parsed.message, [token]), operation, parsed.documentationUrl, parsed.details.map((d) => (0,mask/* redact */.E$)(d, [token])));
        const headers = { get: (name) => headerText(response.headers[name]) };
        if (!isRetryableStatus(response.status, headers, parsed.message))
            return refusal;
        const waitMs = retryDelayMs(response.status, headers, Date.now(), parsed.message);
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

;// CONCATENATED MODULE: ./packages/github/src/sarif-limits.ts

/**
 * Code scanning's hard limits on one upload ("SARIF support for code scanning", "SARIF results
 * exceed hard limit"): a file over any of them is rejected, so we refuse it before sending.
 */
const SARIF_LIMITS = {
    /** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB." */
    gzippedBytes: 10 * 1024 * 1024,
    runsPerFile: 20,
    resultsPerRun: 25_000,
};
/** A ConfigError (one line naming the limit) when the log, or its gzipped form, is past one. */
function checkSarifLimits(sarif, gzippedBytes, limits = SARIF_LIMITS) {
    const runs = sarif.runs ?? [];
    const refuse = (what) => new errors/* ConfigError */.xL(`Input 'upload': ${what}; nothing was sent (narrow the scanners or the paths)`);
    if (runs.length > limits.runsPerFile)
        throw refuse(`the SARIF log has ${runs.length} runs, code scanning accepts at most ${limits.runsPerFile} runs per file`);
    runs.forEach((run, i) => {
        const results = run.results?.length ?? 0;
        if (results > limits.resultsPerRun)
            throw refuse(`run ${i + 1} (${run.tool?.driver?.name ?? 'unnamed'}) has ${results} results, code scanning accepts at most ${limits.resultsPerRun} results per run`);
    });
    if (gzippedBytes > limits.gzippedBytes)
        throw refuse(`the gzipped SARIF log is ${mb(gzippedBytes)}, code scanning accepts at most ${mb(limits.gzippedBytes)} per file`);
}
function mb(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
}

;// CONCATENATED MODULE: ./packages/github/src/sarif-upload.ts






/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs with the log gzipped and base64-encoded, after
 * checking code scanning's limits (nothing is sent past one), then GET …/sarifs/{sarif_id} until
 * GitHub says `complete` or `failed`, as GitHub documents. 403 (a fork's read-only token,
 * Advanced Security off, archived) degrades to a warning instead of failing; 5xx and 429 are
 * retried by the client; other refusals fail with GitHub's message; a failed processing fails
 * with GitHub's errors.
 */
async function uploadSarif(sarifText, target, options) {
    const gzipped = (0,external_node_zlib_.gzipSync)(Buffer.from(sarifText, 'utf8'));
    checkSarifLimits(JSON.parse(sarifText), gzipped.length);
    const client = new GitHubClient({
        token: target.token,
        apiUrl: target.apiUrl,
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.attempts ? { attempts: options.attempts } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const repo = repoParams(target.repository);
    let created;
    try {
        created = await client.request('SARIF upload', 'POST /repos/{owner}/{repo}/code-scanning/sarifs', {
            ...repo,
            commit_sha: target.commitSha,
            ref: target.ref,
            sarif: gzipped.toString('base64'),
            tool_name: 'slipway-lint-scan',
        });
    }
    catch (error) {
        return refused(error);
    }
    const id = created.id ?? '';
    const processing = await waitForProcessing(client, repo, id, options);
    return { status: 'uploaded', id, ...(created.url ? { url: created.url } : {}), processing };
}
function refused(error) {
    if (!(error instanceof GitHubApiError))
        throw error;
    const said = `${error.status}${error.githubMessage ? `: ${error.githubMessage}` : ''}`;
    if (error.status === 403)
        return {
            status: 'not-uploaded',
            reason: `GitHub refused the SARIF upload (${said}); the token needs security-events: write (a fork's token is read-only)`,
        };
    if (error.status === 401 || error.status === 404)
        throw new errors/* ConfigError */.xL(`Input 'token': the SARIF upload was refused (${said})`);
    if (error.status === 413)
        throw new errors/* ConfigError */.xL(`Input 'upload': code scanning refused the SARIF log as too large (${said})`);
    throw new Error(`SARIF upload failed: GitHub answered ${said}`, { cause: error });
}
async function waitForProcessing(client, repo, id, options) {
    const { logger, signal } = options;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? sleep_sleep;
    const interval = options.pollIntervalMs ?? 5000;
    const timeout = options.pollTimeoutMs ?? 120_000;
    const deadline = now() + timeout;
    for (;;) {
        let state = {};
        try {
            state = await client.request('SARIF processing status', 'GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', {
                ...repo,
                sarif_id: id,
            });
        }
        catch (error) {
            // Just after the upload GitHub may not know the id yet: that is still pending.
            if (!(error instanceof GitHubApiError))
                throw error;
            if (error.status !== 404) {
                logger.warning(`${error.message}; the SARIF upload ${id} was accepted, its processing is not known`);
                return 'unknown';
            }
        }
        if (state.processing_status === 'complete') {
            logger.info(`Code scanning processed the SARIF upload ${id}`);
            return 'complete';
        }
        if (state.processing_status === 'failed')
            throw new Error(`Code scanning could not process the SARIF upload ${id}: ${(state.errors ?? []).join('; ') || 'GitHub gave no reason'}`);
        if (now() + interval > deadline) {
            logger.warning(`Code scanning has not finished processing the SARIF upload ${id} after ${timeout / 1000}s; its results appear when it has`);
            return 'pending';
        }
        logger.info(`Code scanning is processing the SARIF upload ${id}; checking again in ${interval / 1000}s`);
        await sleep(interval, signal);
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts












/***/ })

};
