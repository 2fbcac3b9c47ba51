export const id = 499;
export const ids = [499];
export const modules = {

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_VERSION: () => (/* reexport */ github_client/* API_VERSION */.m),
  DESCRIPTION_LIMIT: () => (/* reexport */ deployments/* DESCRIPTION_LIMIT */.r7),
  DeploymentLifecycle: () => (/* reexport */ deployment_lifecycle/* DeploymentLifecycle */.i),
  GitHubApiError: () => (/* reexport */ github_error/* GitHubApiError */.O),
  GitHubClient: () => (/* reexport */ github_client/* GitHubClient */.j),
  SARIF_LIMITS: () => (/* reexport */ SARIF_LIMITS),
  SECONDARY_WAIT_MS: () => (/* reexport */ rate_limit/* SECONDARY_WAIT_MS */.eG),
  checkSarifLimits: () => (/* reexport */ checkSarifLimits),
  createDeployment: () => (/* reexport */ deployments/* createDeployment */.Yy),
  createDeploymentStatus: () => (/* reexport */ deployments/* createDeploymentStatus */.gt),
  isRetryableStatus: () => (/* reexport */ rate_limit/* isRetryableStatus */.PS),
  listDeployments: () => (/* reexport */ deployments/* listDeployments */.Jn),
  nextLink: () => (/* reexport */ link_header/* nextLink */.I),
  parseErrorBody: () => (/* reexport */ github_error/* parseErrorBody */.k),
  readDeploymentSettings: () => (/* reexport */ readDeploymentSettings),
  repoParams: () => (/* reexport */ deployments/* repoParams */.Vt),
  retryDelayMs: () => (/* reexport */ rate_limit/* retryDelayMs */.qO),
  runContext: () => (/* reexport */ run_context/* runContext */.p),
  shortDescription: () => (/* reexport */ deployments/* shortDescription */.r3),
  uploadSarif: () => (/* reexport */ uploadSarif)
});

// EXTERNAL MODULE: ./packages/github/src/github-client.ts + 1 modules
var github_client = __webpack_require__(3039);
// EXTERNAL MODULE: ./packages/github/src/github-error.ts
var github_error = __webpack_require__(9117);
// EXTERNAL MODULE: ./packages/github/src/rate-limit.ts
var rate_limit = __webpack_require__(9401);
// EXTERNAL MODULE: ./packages/github/src/link-header.ts
var link_header = __webpack_require__(6635);
// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(2998);
// EXTERNAL MODULE: ./packages/github/src/deployments.ts
var deployments = __webpack_require__(3345);
// EXTERNAL MODULE: ./packages/github/src/deployment-lifecycle.ts
var deployment_lifecycle = __webpack_require__(6359);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
;// CONCATENATED MODULE: ./packages/github/src/deployment-inputs.ts

/**
 * The GitHub deployment inputs of every action that records one (helm-deploy, canary):
 * github-token, environment, environment-url, deployment-fail-on-error — all or nothing.
 * The token is masked, and so is its Authorization header form.
 */
function readDeploymentSettings(reader) {
    const token = reader.secret('github-token', { token: true });
    (0,mask/* maskSecret */.$l)(token);
    if (token)
        (0,mask/* maskSecret */.$l)(`Bearer ${token}`);
    const environment = reader.string('environment');
    if (environment !== undefined && (environment.length > 255 || [...environment].some((c) => c.charCodeAt(0) < 32)))
        throw (0,input_error/* inputError */.X)('environment', 'a GitHub environment name (at most 255 characters)', environment);
    const environmentUrl = reader.url('environment-url', { protocols: ['http:', 'https:'] });
    const failOnError = reader.bool('deployment-fail-on-error', { default: false });
    if (token && !environment)
        throw (0,input_error/* inputError */.X)('environment', 'a GitHub environment name such as "production" when github-token is set');
    if (environment && !token)
        throw (0,input_error/* inputError */.X)('github-token', 'a token with deployments: write when environment is set (for example github.token)');
    if (environmentUrl && !environment)
        throw (0,input_error/* inputError */.X)('environment-url', 'no value unless environment is set', environmentUrl.href);
    if (!token || !environment)
        return undefined;
    return { token, environment, environmentUrl: environmentUrl?.href, failOnError };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var src_sleep = __webpack_require__(3439);
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
    const client = new github_client/* GitHubClient */.j({
        token: target.token,
        apiUrl: target.apiUrl,
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.attempts ? { attempts: options.attempts } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const repo = (0,deployments/* repoParams */.Vt)(target.repository);
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
    if (!(error instanceof github_error/* GitHubApiError */.O))
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
    const sleep = options.sleep ?? src_sleep/* sleep */.y;
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
            if (!(error instanceof github_error/* GitHubApiError */.O))
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
