export const id = 2;
export const ids = [2];
export const modules = {

/***/ 6002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeploymentLifecycle: () => (/* reexport */ DeploymentLifecycle),
  pO: () => (/* reexport */ runContext)
});

// UNUSED EXPORTS: API_VERSION, DESCRIPTION_LIMIT, GitHubApiError, GitHubClient, SECONDARY_WAIT_MS, createDeployment, createDeploymentStatus, isRetryableStatus, listDeploymentStatuses, listDeployments, nextLink, parseErrorBody, retryDelayMs, shortDescription

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 20 modules
var src = __webpack_require__(3592);
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
    const retryAfter = (0,src/* parseRetryAfter */.mu)(headers.get('retry-after'), now);
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
const USER_AGENT = 'slipway-actions';
/**
 * A minimal GitHub REST client over the runtime's fetch (loaded by Node on first use, so the
 * action's start-up pays nothing for it). 5xx, 429 and a spent rate limit are retried with
 * kit's retry (full jitter, Retry-After or x-ratelimit-reset honoured as the least wait);
 * any other refusal throws a GitHubApiError carrying GitHub's status and message.
 */
class GitHubClient {
    options;
    apiUrl;
    constructor(options) {
        this.options = options;
        this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    }
    async request(operation, method, path, body) {
        return (await this.send(operation, method, path, body)).body;
    }
    /**
     * One page of a GET list and the path of the next (from the Link header's rel="next"). A next
     * link that leaves this API's URL is not followed: the token goes nowhere else.
     */
    async page(operation, path) {
        const { body, headers } = await this.send(operation, 'GET', path);
        const next = nextLink(headers.get('link'));
        if (next && !next.startsWith(`${this.apiUrl}/`))
            throw new Error(`${operation}: GitHub's next page ${next} is not under ${this.apiUrl}`);
        return { body, next: next?.slice(this.apiUrl.length) };
    }
    async send(operation, method, path, body) {
        const { logger, signal } = this.options;
        const url = `${this.apiUrl}${path}`;
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': API_VERSION,
            'user-agent': USER_AGENT,
        };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        return (0,src/* retry */.L5)(async () => {
            let response;
            const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000);
            try {
                response = await fetch(url, {
                    method,
                    headers,
                    body: body === undefined ? undefined : JSON.stringify(body),
                    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
                });
            }
            catch (error) {
                if (signal?.aborted)
                    throw signal.reason;
                const cause = error.cause;
                throw new src/* TransientError */.N_(
                // redact: an HTTP client's message may quote a header, the token included.
                `${operation}: cannot reach ${this.apiUrl} (${(0,src/* redact */.E$)(cause?.code ?? cause?.message ?? error.message, [this.options.token])})`);
            }
            const text = await response.text();
            if (response.ok)
                return { body: (text ? JSON.parse(text) : undefined), headers: response.headers };
            const parsed = parseErrorBody(text);
            const refusal = new GitHubApiError(response.status, parsed.message, operation, parsed.documentationUrl, parsed.details);
            if (!isRetryableStatus(response.status, response.headers, parsed.message))
                throw refusal;
            const waitMs = retryDelayMs(response.status, response.headers, Date.now(), parsed.message);
            throw new src/* TransientError */.N_(refusal.message, waitMs === undefined ? {} : { retryAfterMs: waitMs });
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
}

;// CONCATENATED MODULE: ./packages/github/src/run-context.ts
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

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts
/** GitHub caps a status description at 140 characters. */
const DESCRIPTION_LIMIT = 140;
function shortDescription(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
function repoPath(repository) {
    const [owner, name] = repository.split('/');
    return `/repos/${encodeURIComponent(owner ?? '')}/${encodeURIComponent(name ?? '')}`;
}
/**
 * POST /repos/{owner}/{repo}/deployments. auto_merge is off (a deploy must not merge the
 * default branch into the ref) and required_contexts empty (the workflow already gates on its
 * checks; GitHub would otherwise refuse while any check is pending).
 */
async function createDeployment(client, repository, deployment) {
    const created = await client.request('Create deployment', 'POST', `${repoPath(repository)}/deployments`, {
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
    return client.request(`Deployment status ${status.state}`, 'POST', `${repoPath(repository)}/deployments/${deploymentId}/statuses`, {
        state: status.state,
        ...(status.description ? { description: shortDescription(status.description) } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
    });
}
function listDeployments(client, repository, filter = {}) {
    const query = new URLSearchParams();
    if (filter.environment)
        query.set('environment', filter.environment);
    if (filter.sha)
        query.set('sha', filter.sha);
    query.set('per_page', String(filter.perPage ?? 30));
    if (filter.page)
        query.set('page', String(filter.page));
    return client.request('List deployments', 'GET', `${repoPath(repository)}/deployments?${query}`);
}
function listDeploymentStatuses(client, repository, deploymentId) {
    return client.request('List deployment statuses', 'GET', `${repoPath(repository)}/deployments/${deploymentId}/statuses?per_page=100`);
}

;// CONCATENATED MODULE: ./packages/github/src/deployment-lifecycle.ts




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
        this.context = options.context ?? runContext();
        this.client = new GitHubClient({
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
            const deployment = await createDeployment(this.client, repository, {
                ref: sha,
                environment: this.settings.environment,
                description: start.description,
                payload: start.payload,
                ...(start.transientEnvironment === undefined ? {} : { transientEnvironment: start.transientEnvironment }),
                ...(start.productionEnvironment === undefined ? {} : { productionEnvironment: start.productionEnvironment }),
            });
            this.id = deployment.id;
            await createDeploymentStatus(this.client, repository, deployment.id, {
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
    async finish(end) {
        const { repository, runUrl } = this.context;
        if (this.disabled || this.id === undefined || !repository)
            return;
        try {
            await createDeploymentStatus(this.client, repository, this.id, {
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
        const message = `GitHub Deployments: ${what}: ${(0,src/* errorMessage */.gJ)(error)}`;
        if (this.settings.failOnError)
            throw new Error(message, { cause: error });
        this.options.logger.warning(`${message}; the deploy is not affected (deployment-fail-on-error is false)`);
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts









/***/ })

};
