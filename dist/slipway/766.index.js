export const id = 766;
export const ids = [766];
export const modules = {

/***/ 6766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  canaryStage: () => (/* reexport */ canaryStage),
  canaryStopStage: () => (/* reexport */ canaryStopStage),
  deployFailure: () => (/* reexport */ deployFailure),
  deployStage: () => (/* reexport */ deployStage),
  withGitHubDeployment: () => (/* reexport */ withGitHubDeployment)
});

// UNUSED EXPORTS: BAND_SOURCE, DeliveryHistory, HISTORY_ANNOTATION, HISTORY_LIMIT_BYTES, HISTORY_MAX_RECORDS, HISTORY_OF_LABEL, RESULTS, bandsOf, boundedHistory, checkEnvironment, computeMeasures, deploymentEnd, deploymentPayload, digestOf, environmentsOverview, failedDescription, failureRateBand, finishKeptDeployment, fleetDeliveries, fleetFields, frequencyBand, historyName, leadTimeBand, mean, median, metricsByEnvironment, metricsReportSummary, metricsSummary, parseRecord, parseSince, percentile, readClusterRecords, readGitHubRecords, recordCanary, recordDelivery, recordOfDeployment, recordRelease, recordedDeploy, recordsIn, restoreBand, runOf, runnerCommit, servicesIn, spanText, startDescription, weekStart, weeklyChart

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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
    const retryAfter = (0,retry/* parseRetryAfter */.mu)(headers.get('retry-after'), now);
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
    /** A deployment an earlier run created and left in_progress (a paused canary): finish() ends that one. */
    adopt(id) {
        this.id = id;
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
        const message = `GitHub Deployments: ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`;
        if (this.settings.failOnError)
            throw new Error(message, { cause: error });
        this.options.logger.warning(`${message}; the deploy is not affected (deployment-fail-on-error is false)`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    const runUrl = runContext(env).runUrl ?? null;
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
    const lifecycle = new DeploymentLifecycle(settings, options);
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
    const lifecycle = new DeploymentLifecycle(settings, options);
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

// EXTERNAL MODULE: ./packages/canary/src/canary-session.ts + 18 modules
var canary_session = __webpack_require__(9090);
// EXTERNAL MODULE: ./packages/canary/src/run-canary.ts
var run_canary = __webpack_require__(5528);
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
    const outcome = await (0,run_canary/* abortCanary */.Fi)((0,canary_session/* canaryRun */.m)(config, ctx, logger), STOPPED_MID_STEP, { onlyOwner: owner });
    if (outcome)
        logger.warning('The job stopped mid-step: all traffic is back on stable; the canary is recorded aborted');
    return outcome;
}

// EXTERNAL MODULE: ./packages/canary/src/canary-state.ts
var canary_state = __webpack_require__(9184);
// EXTERNAL MODULE: ./packages/canary/src/canary-outputs.ts
var canary_outputs = __webpack_require__(1655);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
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
    run = await (0,run_canary/* checkStart */.Nq)(run);
    if (!github)
        return { outcome: await (0,run_canary/* runCanary */.i7)(keeping(run, options.opened)), deploymentId: options.opened?.id };
    const { release, namespace, chart } = config.deploy;
    const start = { kind: 'canary', release, namespace, strategy: 'canary', chart, image: config.image };
    const kept = (id) => id === undefined
        ? undefined
        : {
            id,
            environment: github.environment,
            ...(github.environmentUrl ? { environmentUrl: github.environmentUrl } : {}),
        };
    const { result, deploymentId, refused } = await withGitHubDeployment(github, start, options, (id) => (0,run_canary/* runCanary */.i7)(keeping(run, kept(id))), endOf);
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
        const outcome = await (0,run_canary/* runCanary */.i7)(watched);
        const { id, refused } = await finishKept(outcome.state, endOf(outcome), options.github, options);
        return { outcome, deploymentId: id, ...(refused ? { refused } : {}) };
    }
    catch (error) {
        // Only a canary this run finished (aborted on the way out) ends its deployment; a refused action leaves it.
        if (last && !(0,canary_state/* isActive */.$m)(last)) {
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
    const aborted = (0,canary_outputs/* abortedLine */.s)(outcome);
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

// EXTERNAL MODULE: ./packages/helm/src/deploy/deploy-release.ts + 6 modules
var deploy_release = __webpack_require__(7369);
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

;// CONCATENATED MODULE: ./packages/records/src/deploy-stage.ts


/**
 * The deploy stage, for helm-deploy and the root action alike: the release run (deploy,
 * blue-green or rollback, as the request says) on an open session, then its record in the
 * release's delivery history for delivery-metrics.
 */
async function deployStage(request, session, options) {
    const startedAt = Date.now();
    const report = await (0,deploy_release/* runRelease */.T_)(request, session);
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























/***/ })

};
