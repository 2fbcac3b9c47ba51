export const id = 150;
export const ids = [150];
export const modules = {

/***/ 150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPushStage: () => (/* reexport */ buildPushStage),
  removeDockerConfig: () => (/* reexport */ removeDockerConfig),
  runnerCosign: () => (/* reexport */ runnerCosign)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, ATTESTATION_EXPECTED, ATTESTATION_TYPE, ATTESTATION_TYPES, COSIGN_PIN, DEFAULT_TAG_RULES, DIGEST_PATTERN, KMS_KEY, RegistryClient, SBOM_FORMATS, SLSA_PROVENANCE_V1, SYFT_PIN, TAG_PATTERN, annotationLines, appendLabelLine, baseRefOf, buildAndPush, buildPushOutputs, buildPushSummary, buildahBuildArgs, buildahPushArgs, builderId, buildxArgs, canAppendLabels, checkBuilderSupport, checkTag, classifyCosignFailure, classifyPushFailure, commitOf, computeTags, contextFromEnv, cosignAssetName, cosignAttestArgs, cosignSignArgs, cosignTag, cosignVerifyArgs, cosignVerifyAttestationArgs, credentialsFor, describePolicy, digestRef, dockerBuildArgs, dockerPushArgs, dockerfileEscape, findCosign, findSyft, formatBytes, formatDate, isDefaultBranch, isTransientStatus, keyLabel, labelInstruction, labelLines, ociLabels, parseFlavor, parseImageList, parseImageRef, parsePep440, parseTagRules, pep440Version, policyProblem, pushWithRetry, readCosignInputs, readMetadataEnv, readVerifyInputs, refusalLine, renderTemplate, renderValues, resolveCosign, ruleRegExp, runFactsFromEnv, sanitizeTag, selectBuilder, signImage, slsaProvenance, statusOf, syftScanArgs, taggedRef, verifiedSummary, verifyDeployImage, verifyImage, writeDockerConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/image/src/docker-config.ts



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
            config = JSON.parse((0,external_node_fs_.readFileSync)(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new errors/* ConfigError */.xL(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        (0,mask/* maskSecret */.$l)(login.password);
        (0,mask/* maskSecret */.$l)(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = (0,external_node_path_.join)(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(dir, 'config.json');
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = join(configDir, 'config.json');
    if (!existsSync(file))
        return undefined;
    const config = JSON.parse(readFileSync(file, 'utf8'));
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
    if (!dir || !(0,external_node_fs_.existsSync)(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return true;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(8574);
;// CONCATENATED MODULE: ./packages/kit/src/exec.ts



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
async function exec_exec(file, args, options = {}) {
    // Loaded on first use: actions that fail on their inputs never pay for it.
    const { signal, timeoutMs, logger } = options;
    const limit = options.maxCaptureBytes ?? 16 * 1024 * 1024;
    const command = [file, ...args].join(' ');
    if (signal?.aborted)
        throw new errors/* CancelledError */.cc(`Not started, cancelled: ${file}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
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
        const onAbort = () => stop(new errors/* CancelledError */.cc(`Cancelled: ${command}`));
        signal?.addEventListener('abort', onAbort, { once: true });
        const timer = timeoutMs
            ? setTimeout(() => stop(new errors/* TransientError */.N_(`Timed out after ${timeoutMs}ms: ${command}`)), timeoutMs)
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
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
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

// EXTERNAL MODULE: ./packages/image/src/builders/buildah-cache.ts
var buildah_cache = __webpack_require__(3060);
;// CONCATENATED MODULE: ./packages/image/src/builders/common-args.ts
/** Flags docker, buildx and buildah spell alike: file, tags, labels, build args, target. */
function commonArgs(req) {
    const args = ['--file', req.file];
    for (const tag of req.tags)
        args.push('--tag', tag);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const [k, v] of Object.entries(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    if (req.target)
        args.push('--target', req.target);
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-args.ts


/** `buildah build …` (daemonless; the image lands in containers-storage). */
function buildahBuildArgs(req) {
    const args = ['build', ...commonArgs(req)];
    for (const [k, v] of Object.entries(req.annotations))
        args.push('--annotation', `${k}=${v}`);
    for (const s of req.secrets)
        args.push('--secret', `id=${s.id},src=${s.file}`);
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    if (req.cacheFrom.length || req.cacheTo.length)
        args.push('--layers');
    // buildx's `type=registry,ref=X` lines, as buildah takes them: the bare repository X.
    for (const c of req.cacheFrom)
        args.push('--cache-from', (0,buildah_cache/* buildahCacheRepository */.w)('cache-from', c));
    for (const c of req.cacheTo)
        args.push('--cache-to', (0,buildah_cache/* buildahCacheRepository */.w)('cache-to', c));
    args.push('--iidfile', req.iidFile, req.context);
    return args;
}
/** `buildah push` of a local image to `docker://ref`, the manifest digest written to a file. */
function buildahPushArgs(ref, digestFile) {
    return ['push', '--digestfile', digestFile, ref, `docker://${ref}`];
}

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

// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
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

;// CONCATENATED MODULE: ./packages/image/src/registry-errors.ts


/**
 * A registry answer as an error naming the registry and the status; transient or not by the
 * status. The status rides along (`status`) for callers that word a 401 their own way.
 */
function statusError(registry, status, what, retryAfterMs) {
    const text = `${what} at ${registry} failed: HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
    const error = isTransientStatus(status)
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

;// CONCATENATED MODULE: ./packages/image/src/push-with-retry.ts


/**
 * Runs one push (a tool invocation) with bounded, jittered retries on transient failures only:
 * 5xx, 429, connection resets/refusals, timeouts. 401/403 stop at once. Every retry is logged;
 * the final error names the registry, the status and the number of attempts.
 */
async function pushWithRetry(registry, what, run, policy, logger) {
    const now = policy.now ?? Date.now;
    const started = now();
    let attempts = 0;
    try {
        const value = await retry(async (attempt) => {
            attempts = attempt;
            try {
                return await run(attempt, Math.max(1000, policy.deadlineMs - (now() - started)));
            }
            catch (error) {
                throw classify(error, registry, what);
            }
        }, {
            attempts: policy.attempts,
            deadlineMs: policy.deadlineMs,
            baseDelayMs: policy.baseDelayMs,
            maxDelayMs: policy.maxDelayMs,
            random: policy.random,
            sleep: policy.sleep,
            now,
            signal: policy.signal,
            onRetry: ({ attempt, delayMs, error }) => logger.warning(`${what} to ${registry}: attempt ${attempt} of ${policy.attempts} failed (${(0,errors/* errorMessage */.gJ)(error)}); retrying in ${(0,duration/* formatDuration */.a)(delayMs)}`),
        });
        return { value, attempts };
    }
    catch (error) {
        if (error instanceof errors/* TransientError */.N_) {
            const why = attempts >= policy.attempts
                ? `after ${attempts} attempts`
                : `after ${attempts} attempts within the ${(0,duration/* formatDuration */.a)(policy.deadlineMs)} deadline`;
            throw new errors/* TransientError */.N_(`${(0,errors/* errorMessage */.gJ)(error)} (gave up ${why})`, { cause: error });
        }
        throw error;
    }
}
function classify(error, registry, what) {
    if (!(error instanceof ExecError))
        return error;
    const failure = classifyPushFailure(`${error.result.stderr}\n${error.result.stdout}`);
    const status = failure.status ? `HTTP ${failure.status}` : 'error';
    const text = `${what} to ${registry} failed: ${status}: ${failure.reason}`;
    if (failure.status === 401 || failure.status === 403)
        return new errors/* ConfigError */.xL(`${text} (check the credentials for ${registry}: username/password or docker-config)`);
    return failure.transient ? new errors/* TransientError */.N_(text, { cause: error }) : new Error(text, { cause: error });
}

;// CONCATENATED MODULE: ./packages/image/src/builders/build-then-push.ts

/** One build, then each tag pushed with retries; the first digest a push reports is the tool's. */
function buildThenPush(tool) {
    return {
        env: tool.env,
        async run({ req, images, work, exec, env, logger, policy, signal, now }) {
            await exec(tool.file, tool.buildArgs(req, work), { env, logger, signal });
            const attempts = {};
            let toolDigest = '';
            if (!req.push)
                return { toolDigest, attempts, pushMs: 0 };
            const pushStarted = now();
            for (const ref of req.tags) {
                const registry = images.find((i) => ref.startsWith(`${i.name}:`))?.registry ?? '';
                const { value, attempts: n } = await pushWithRetry(registry, `Push of ${ref}`, 
                // The push gets what is left of the deadline: a hung push must not outlive it.
                (_attempt, remainingMs) => exec(tool.file, tool.pushArgs(ref, work), { env, logger, signal, timeoutMs: remainingMs }), policy, logger);
                attempts[registry] = Math.max(attempts[registry] ?? 0, n);
                const reported = tool.pushedDigest(value, work);
                if (reported && !toolDigest)
                    toolDigest = reported;
            }
            return { toolDigest, attempts, pushMs: now() - pushStarted };
        },
    };
}

;// CONCATENATED MODULE: ./packages/image/src/builders/read-if-exists.ts

/** A file a tool writes (image id, digest), trimmed; "" when the tool wrote none. */
function readIfExists(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8').trim() : '';
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-builder.ts




// buildah writes the pushed manifest's digest to --digestfile; each push overwrites it.
const digestFile = (work) => (0,external_node_path_.join)(work, 'digest');
/** buildah: daemonless, the image built into containers-storage, then pushed to `docker://ref`. */
const buildahBuilder = buildThenPush({
    file: 'buildah',
    env: {},
    buildArgs: (req) => buildahBuildArgs(req),
    pushArgs: (ref, work) => buildahPushArgs(ref, digestFile(work)),
    pushedDigest: (_result, work) => readIfExists(digestFile(work)),
});

;// CONCATENATED MODULE: ./packages/image/src/builders/buildx-args.ts

/** `docker buildx build …`: one command builds, and with push=true pushes every tag. */
function buildxArgs(req) {
    const args = ['buildx', 'build', ...commonArgs(req)];
    const levels = req.annotationLevels?.filter((l) => l !== 'manifest').length ? req.annotationLevels : [''];
    for (const level of levels)
        for (const [k, v] of Object.entries(req.annotations))
            args.push('--annotation', `${level ? `${level}:` : ''}${k}=${v}`);
    for (const s of req.secrets)
        args.push('--secret', `id=${s.id},src=${s.file}`);
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.provenance !== undefined)
        args.push(`--provenance=${req.provenance}`);
    if (req.sbom !== undefined)
        args.push(`--sbom=${req.sbom}`);
    args.push('--iidfile', req.iidFile, '--metadata-file', req.metadataFile);
    if (req.push)
        args.push('--push');
    if (req.load)
        args.push('--load');
    args.push(req.context);
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildx-builder.ts



/** buildx builds and pushes every tag in one command, so with push the whole command is retried as a push. */
const buildxBuilder = {
    env: {},
    async run({ req, registries, exec, env, logger, policy, signal }) {
        const run = () => exec('docker', buildxArgs(req), { env, logger, signal });
        if (!req.push) {
            await run();
            return { toolDigest: '', attempts: {}, pushMs: 0 };
        }
        const { attempts: n } = await pushWithRetry(registries.join(', '), 'Build and push', run, policy, logger);
        const attempts = Object.fromEntries(registries.map((r) => [r, n]));
        return { toolDigest: buildxDigest(req.metadataFile), attempts, pushMs: 0 };
    },
};
/** containerimage.digest from buildx's --metadata-file; "" when it wrote none. */
function buildxDigest(metadataFile) {
    try {
        const meta = JSON.parse((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
        return typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./packages/image/src/builders/docker-args.ts

/**
 * `docker build …` with the classic builder (no BuildKit): no secrets, annotations or cache export.
 * With `labelledFile` (a copy of the Dockerfile ending in one LABEL line, see label-dockerfile.ts)
 * that file is built instead and no --label flag is passed: the classic builder adds one step per
 * --label flag. The context stays the user's.
 */
function dockerBuildArgs(req, labelledFile) {
    const args = ['build', ...commonArgs(labelledFile ? { ...req, file: labelledFile, labels: {} } : req)];
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    args.push('--iidfile', req.iidFile, req.context);
    return args;
}
function dockerPushArgs(ref) {
    return ['push', ref];
}

;// CONCATENATED MODULE: ./packages/image/src/builders/label-dockerfile.ts
/**
 * The classic docker builder (DOCKER_BUILDKIT=0) appends one LABEL step per `--label` flag, and
 * each step commits an intermediate container (about a second each on a vfs storage driver).
 * Appending ONE `LABEL "k1"="v1" "k2"="v2" …` line to a copy of the Dockerfile gives the same
 * labels in one step.
 */
const LINE_BREAK = /[\r\n]/;
/**
 * Whether the labels can go into one appended LABEL line. Not with a `target`: a line appended at
 * the end lands in the last stage, not necessarily the target stage, so --label flags stay. Not
 * with a line break in a key or value (user labels are refused in the inputs; a generated one such
 * as the repository description falls back to --label flags): Dockerfile syntax cannot hold one.
 */
function canAppendLabels(req) {
    const entries = Object.entries(req.labels);
    return !req.target && entries.length > 0 && !entries.some(([k, v]) => LINE_BREAK.test(k) || LINE_BREAK.test(v));
}
/** The escape character the Dockerfile's `# escape=` parser directive sets, else a backslash. */
function dockerfileEscape(text) {
    for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
        // Parser directives come first; the first other line (comment, blank, instruction) ends them.
        const m = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            return m[2];
    }
    return '\\';
}
/** `LABEL "k1"="v1" …`: keys and values quoted, the escape character, `"` and `$` escaped. */
function labelInstruction(labels, escape = '\\') {
    // In double quotes the escape character escapes `"`, `$` and itself; anything else stays literal.
    const special = new Set([escape, '"', '$']);
    const quote = (s) => `"${s.replace(/[\\`"$]/g, (c) => (special.has(c) ? escape + c : c))}"`;
    return `LABEL ${Object.entries(labels)
        .map(([k, v]) => `${quote(k)}=${quote(v)}`)
        .join(' ')}`;
}
/** The user's Dockerfile, unchanged, with one LABEL line appended after a line break of its own. */
function appendLabelLine(original, labels) {
    const text = original.toString('utf8');
    const separator = original.length && !text.endsWith('\n') ? '\n' : '';
    const line = `${separator}${labelInstruction(labels, dockerfileEscape(text))}\n`;
    return Buffer.concat([original, Buffer.from(line, 'utf8')]);
}

;// CONCATENATED MODULE: ./packages/image/src/builders/docker-builder.ts





/** The classic docker builder; BuildKit is buildx's kind, so an engine that defaults to it is told not to. */
const dockerBuilder = buildThenPush({
    file: 'docker',
    env: { DOCKER_BUILDKIT: '0' },
    buildArgs: (req, work) => dockerBuildArgs(req, labelledDockerfile(req, work)),
    pushArgs: (ref) => dockerPushArgs(ref),
    // `docker push` prints the manifest digest on its last line: "<tag>: digest: sha256:… size: …".
    pushedDigest: (result) => /digest: (sha256:[a-f0-9]{64})/.exec(result.stdout)?.[1] ?? '',
});
/**
 * A copy of the Dockerfile in the build's private work dir (removed afterwards) ending in one LABEL
 * line with every label; undefined when the labels stay --label flags (a target stage, see canAppendLabels).
 */
function labelledDockerfile(req, work) {
    if (!canAppendLabels(req))
        return undefined;
    const file = (0,external_node_path_.join)(work, 'Dockerfile');
    (0,external_node_fs_.writeFileSync)(file, appendLabelLine((0,external_node_fs_.readFileSync)(req.file), req.labels), { mode: 0o600 });
    return file;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/builder-table.ts



/** The one place a builder kind becomes its strategy. */
const BUILDERS = {
    buildx: buildxBuilder,
    docker: dockerBuilder,
    buildah: buildahBuilder,
};

// EXTERNAL MODULE: ./packages/image/src/builders/select-builder.ts
var select_builder = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/image/src/image-ref.ts
var image_ref = __webpack_require__(2032);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./packages/kit/node_modules/@actions/http-client/lib/index.js
var lib = __webpack_require__(6086);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
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
            const refused = error instanceof ProxyRefusedError;
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
    return parseRetryAfter(Array.isArray(header) ? header[0] : header);
}

// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(2124);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/compare.js
var compare = __webpack_require__(3386);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/parse.js
var parse = __webpack_require__(2030);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/satisfies.js
var functions_satisfies = __webpack_require__(2692);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/ranges/valid.js
var valid = __webpack_require__(8888);
;// CONCATENATED MODULE: ./packages/kit/src/version.ts





/** Strict semver.org syntax; a leading "v", "V" or "=" and surrounding spaces are accepted. */
function parseSemver(raw) {
    const parsed = strictSemver(raw);
    if (!parsed)
        return undefined;
    return {
        raw,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.join('.'),
        build: parsed.build.join('.'),
    };
}
/** One prefix at most: semver's own parse would take "=v1.2.3" and, after ours, "vv1.2.3". */
function strictSemver(text) {
    const bare = text.trim().replace(/^[vV=]/, '');
    return /^\d/.test(bare) ? parse_default()(bare) : null;
}
/** major.minor.patch with the pre-release, without build metadata (which a tag cannot hold). */
function semverVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
/**
 * The first `x.y` or `x.y.z` in a tool's version output, as `x.y.z` ("zizmor 1.32" → "1.32.0",
 * "v1.7.12" → "1.7.12"). A suffix is dropped: tools print build suffixes there ("-dirty",
 * "-3-gabc123") that are not pre-releases.
 */
function versionInText(text) {
    const found = /\d+\.\d+(?:\.\d+)?/.exec(text)?.[0];
    return found ? coerce_default()(found)?.version : undefined;
}
/** A full semver, or a short one completed with zeros ("8.18" → 8.18.0); a "v" prefix is accepted. */
function toSemver(text) {
    const version = strictSemver(text) ?? coerce_default()(text, { includePrerelease: true });
    if (!version)
        throw new Error(`Not a version: "${text}"`);
    return version;
}
/**
 * Semver order: negative, zero or positive. A pre-release orders before its release; build
 * metadata is ignored; missing parts are zeros ("8.18" equals "8.18.0"). Throws on a non-version.
 */
function compareVersions(a, b) {
    return compare_default()(toSemver(a), toSemver(b));
}
/** True when a valid semver range ("3", "3.x", "3.14", "3.14.x", "^3.14.2", "3.14.2") is given. */
function isVersionRange(range) {
    return validRange(range.trim()) !== null;
}
/**
 * Whether `version` is inside `range`, as npm's `semver.satisfies` decides with pre-releases
 * included: `3.15.0-rc.1` is inside "3.15", never inside "3.15.0".
 */
function satisfiesRange(version, range) {
    return satisfies(toSemver(version), range.trim(), { includePrerelease: true });
}

// EXTERNAL MODULE: ./packages/image/src/signing/tool-pins.ts
var tool_pins = __webpack_require__(5168);
;// CONCATENATED MODULE: ./packages/image/src/signing/find-cosign.ts


const TOOLS = {
    cosign: { pin: tool_pins/* COSIGN_PIN */.s, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: tool_pins/* SYFT_PIN */.H, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new errors/* ConfigError */.xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = versionInText(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new errors/* ConfigError */.xL(`${name}: '${name} version' printed no version; ${install}`);
    if (compareVersions(version, pin.minimum) < 0)
        throw new errors/* ConfigError */.xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
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

// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
// EXTERNAL MODULE: ./packages/image/src/signing/provenance.ts
var provenance = __webpack_require__(3670);
;// CONCATENATED MODULE: ./packages/image/src/signing/sign-image.ts






/** syft's output formats build-push attests, and cosign's --type for each. */
const SBOM_FORMATS = { 'spdx-json': 'spdxjson', 'cyclonedx-json': 'cyclonedx' };
/** `syft scan` of the pushed digest in its registry, the SBOM written to `file`; quiet, no update check. */
function syftScanArgs(digestRef, format, file) {
    return ['scan', `registry:${digestRef}`, '--output', `${format}=${file}`, '--quiet'];
}
/** cosign's tag for what it stores about a digest: sha256:abc… → sha256-abc….sig */
function cosignTag(digest, suffix) {
    return `${digest.replace(':', '-')}.${suffix}`;
}
/**
 * Signs the pushed digest in every image's repository and, when asked, attests SLSA provenance;
 * then reads back the digest of what cosign stored. The key is written to a 0600 file in the
 * private work dir (a KMS URI is passed as it is); the password goes in COSIGN_PASSWORD.
 */
async function signImage(images, digest, request, deps) {
    const exec = deps.exec ?? exec_exec;
    const { logger } = deps;
    const { cosign } = deps;
    let key = request.key.trim();
    if (!cosign_args/* KMS_KEY */.cC.test(key)) {
        (0,mask/* maskSecret */.$l)(request.key);
        const file = (0,external_node_path_.join)(deps.workDir, 'cosign.key');
        (0,external_node_fs_.writeFileSync)(file, `${key}\n`, { mode: 0o600 });
        key = file;
    }
    (0,mask/* maskSecret */.$l)(request.password);
    const env = { ...deps.env, COSIGN_PASSWORD: request.password ?? '' };
    const run = (args) => exec(cosign.file, args, { env, logger, signal: deps.signal, timeoutMs: 300_000 });
    const result = { signatures: [], attestations: [], attestationTypes: [], cosignVersion: cosign.version };
    let predicateFile;
    if (request.provenance) {
        if (!request.run)
            throw new Error('provenance requested without the run it describes');
        const first = images[0];
        predicateFile = (0,external_node_path_.join)(deps.workDir, 'provenance.json');
        const predicate = (0,provenance/* slsaProvenance */.$f)(request.run, { name: first.name, digest }, { startedOn: deps.startedOn, finishedOn: (deps.now ?? (() => new Date()))() });
        (0,external_node_fs_.writeFileSync)(predicateFile, JSON.stringify(predicate, null, 2), { mode: 0o600 });
        result.attestationTypes.push('slsaprovenance1');
    }
    let sbomFile;
    if (request.sbom) {
        if (!deps.syft)
            throw new Error('an SBOM requested without syft');
        const first = (0,image_ref/* digestRef */.yb)(images[0], digest);
        sbomFile = (0,external_node_path_.join)(deps.workDir, `sbom.${request.sbom}`);
        logger.info(`Writing the ${request.sbom} SBOM of ${first} with syft ${deps.syft.version}`);
        // syft reads the registry login from the same docker config; it never checks for updates here.
        await exec(deps.syft.file, syftScanArgs(first, request.sbom, sbomFile), {
            env: { ...deps.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
            logger,
            signal: deps.signal,
            timeoutMs: 600_000,
        });
        result.attestationTypes.push(SBOM_FORMATS[request.sbom]);
    }
    for (const image of images) {
        const ref = (0,image_ref/* digestRef */.yb)(image, digest);
        logger.info(`Signing ${ref}${predicateFile ? ' and attesting its SLSA provenance' : ''} with cosign ${cosign.version}`);
        await run((0,cosign_args/* cosignSignArgs */.we)(key, ref));
        if (predicateFile)
            await run((0,cosign_args/* cosignAttestArgs */.QS)(key, ref, 'slsaprovenance1', predicateFile));
        if (sbomFile && request.sbom)
            await run((0,cosign_args/* cosignAttestArgs */.QS)(key, ref, SBOM_FORMATS[request.sbom], sbomFile));
        result.signatures.push(await stored(deps, image, cosignTag(digest, 'sig')));
        // cosign keeps every attestation of a digest as a layer of the one sha256-<hex>.att manifest.
        if (predicateFile || sbomFile)
            result.attestations.push(await stored(deps, image, cosignTag(digest, 'att')));
    }
    return result;
}
/** name@sha256:… of the manifest cosign stored under `tag`; it must be there. */
async function stored(deps, image, tag) {
    let found;
    try {
        found = await deps.client(image.registry).headManifest(image.repository, tag);
    }
    catch (error) {
        throw new Error(`cosign stored ${image.name}:${tag}, but it could not be read back: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
    if (!found)
        throw new Error(`cosign reported success, but ${image.name}:${tag} is not in ${image.registry}`);
    return (0,image_ref/* digestRef */.yb)(image, found.digest);
}

;// CONCATENATED MODULE: ./packages/image/src/build-push.ts












/** Images → a build with the chosen builder → pushes with retries → the digest the registry serves. */
async function buildAndPush(opts, deps) {
    const exec = deps.exec ?? exec_exec;
    const now = deps.now ?? (() => performance.now());
    const logger = deps.logger;
    const registries = [...new Set(opts.images.map((i) => i.registry))];
    const refs = opts.images.flatMap((image) => opts.tags.map((tag) => (0,image_ref/* taggedRef */.MK)(image, tag)));
    const loginFor = (registry) => opts.logins.find((l) => l.registry === registry);
    const client = (registry) => deps.registryClient?.(registry, loginFor(registry)) ??
        new RegistryClient(registry, { credentials: loginFor(registry), signal: opts.signal });
    const empty = { refs, registries, buildMs: 0, pushMs: 0, attempts: {}, imageId: '' };
    if (opts.skipIfExists && opts.push) {
        const first = opts.images[0];
        const existing = await client(first.registry).headManifest(first.repository, opts.tags[0]);
        if (existing) {
            logger.info(`${(0,image_ref/* taggedRef */.MK)(first, opts.tags[0])} already exists (${existing.digest}): build skipped`);
            return { ...empty, skipped: true, digest: existing.digest, imageRef: (0,image_ref/* digestRef */.yb)(first, existing.digest) };
        }
    }
    const startedOn = new Date();
    const work = (0,external_node_path_.join)(opts.tempDir, `slipway-build-${globalThis.crypto.randomUUID()}`);
    (0,external_node_fs_.mkdirSync)(work, { recursive: true, mode: 0o700 });
    opts.onSecretDir?.(work);
    let configDir;
    try {
        const env = { ...(deps.env ?? process.env) };
        if (opts.logins.length || opts.dockerConfig || dockerConfigWithoutFile(env)) {
            configDir = writeDockerConfig(opts.tempDir, opts.logins, opts.dockerConfig ?? existingDockerConfig(env));
            opts.onSecretDir?.(configDir);
            env['DOCKER_CONFIG'] = configDir;
            env['REGISTRY_AUTH_FILE'] = (0,external_node_path_.join)(configDir, 'config.json');
        }
        // cosign is looked for before anything is built or pushed: a missing one changes nothing.
        const cosign = opts.signing ? await findCosign(exec, env) : undefined;
        const syft = opts.signing?.sbom ? await findSyft(exec, env) : undefined;
        const req = buildRequest(opts, refs, work);
        const kind = await (0,select_builder/* selectBuilder */.k)(opts.builder, exec, env);
        (0,select_builder/* checkBuilderSupport */.D)(kind, req);
        logger.info(`Builder: ${kind}`);
        const builder = BUILDERS[kind];
        Object.assign(env, builder.env);
        const policy = { ...opts.retry, signal: opts.signal };
        const job = { req, images: opts.images, registries, work, exec, env, logger, policy, signal: opts.signal, now };
        const buildStarted = now();
        const { toolDigest, attempts, pushMs } = await builder.run(job);
        const buildMs = now() - buildStarted - pushMs;
        const imageId = readIfExists(req.iidFile);
        if (!opts.push)
            return { ...empty, skipped: false, builder: kind, digest: '', imageRef: '', imageId, buildMs };
        const digest = await registryDigest(opts.images, opts.tags[0], toolDigest, client, logger);
        const first = opts.images[0];
        let sizeBytes;
        try {
            sizeBytes = await client(first.registry).imageSize(first.repository, digest);
        }
        catch (error) {
            logger.debug(`image size unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const signed = opts.signing && cosign
            ? await signImage(opts.images, digest, opts.signing, {
                ...(deps.exec ? { exec: deps.exec } : {}),
                cosign,
                ...(syft ? { syft } : {}),
                logger,
                env,
                workDir: work,
                client,
                startedOn,
                ...(opts.signal ? { signal: opts.signal } : {}),
            })
            : undefined;
        return {
            skipped: false,
            builder: kind,
            digest,
            imageRef: (0,image_ref/* digestRef */.yb)(first, digest),
            imageId,
            refs,
            registries,
            ...(sizeBytes !== undefined ? { sizeBytes } : {}),
            buildMs,
            pushMs,
            attempts,
            ...(signed ? { signed } : {}),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        if (configDir)
            removeDockerConfig(configDir);
    }
}
/** The digest each registry serves for the primary tag; they must agree. */
async function registryDigest(images, tag, toolDigest, client, logger) {
    let digest = '';
    for (const image of images) {
        let served;
        try {
            served = (await client(image.registry).headManifest(image.repository, tag))?.digest;
        }
        catch (error) {
            logger.warning(`Could not read the digest of ${(0,image_ref/* taggedRef */.MK)(image, tag)} back: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        if (!served)
            continue;
        if (digest && served !== digest)
            throw new Error(`${(0,image_ref/* taggedRef */.MK)(image, tag)} is ${served} but ${images[0]?.name}:${tag} is ${digest}: the registries disagree`);
        digest = served;
    }
    if (!digest && !toolDigest)
        throw new Error(`No digest: neither the registry nor the builder reported one for tag ${tag}`);
    if (digest && toolDigest && digest !== toolDigest)
        logger.debug(`builder reported ${toolDigest}, registry serves ${digest}`);
    return digest || toolDigest;
}
function buildRequest(opts, refs, work) {
    const secrets = [];
    for (const [id, value] of Object.entries(opts.secrets)) {
        (0,mask/* maskSecret */.$l)(value);
        const file = (0,external_node_path_.join)(work, `secret-${secrets.length}`);
        (0,external_node_fs_.writeFileSync)(file, value, { mode: 0o600 });
        secrets.push({ id, file });
    }
    for (const [id, file] of Object.entries(opts.secretFiles))
        secrets.push({ id, file });
    return {
        context: opts.context,
        file: opts.file,
        tags: refs,
        labels: opts.labels,
        annotations: opts.annotations,
        ...(opts.annotationLevels ? { annotationLevels: opts.annotationLevels } : {}),
        buildArgs: opts.buildArgs,
        secrets,
        ...(opts.target ? { target: opts.target } : {}),
        platforms: opts.platforms,
        cacheFrom: opts.cacheFrom,
        cacheTo: opts.cacheTo,
        ...(opts.provenance !== undefined ? { provenance: opts.provenance } : {}),
        ...(opts.sbom !== undefined ? { sbom: opts.sbom } : {}),
        push: opts.push,
        load: opts.load,
        iidFile: (0,external_node_path_.join)(work, 'iid'),
        metadataFile: (0,external_node_path_.join)(work, 'metadata.json'),
    };
}
function existingDockerConfig(env) {
    const file = (0,external_node_path_.join)(env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
/**
 * DOCKER_CONFIG names a folder without a config.json, and buildah has no auth file of its own:
 * docker and buildx read that as "no credentials", buildah (containers/common) refuses to push.
 * Our own empty config gives buildah the same reading.
 */
function dockerConfigWithoutFile(env) {
    const dir = env['DOCKER_CONFIG'];
    return Boolean(dir) && !env['REGISTRY_AUTH_FILE'] && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'config.json'));
}

;// CONCATENATED MODULE: ./packages/image/src/event-context.ts

/** Reads the runner's GITHUB_* variables and the event payload file. */
function contextFromEnv(env = process.env, now = new Date()) {
    let payload = {};
    const path = env['GITHUB_EVENT_PATH'];
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pr = payload.pull_request;
    const commitTime = payload.head_commit?.timestamp ? new Date(payload.head_commit.timestamp) : undefined;
    const license = payload.repository?.license?.spdx_id;
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const number = pr?.number ?? payload.number;
    // pull_request_target runs on the base branch; its tags are the pull request's, as metadata-action reads it.
    const ref = eventName === 'pull_request_target' && number !== undefined
        ? `refs/pull/${number}/merge`
        : (env['GITHUB_REF'] ?? '');
    return {
        eventName,
        ref,
        sha: env['GITHUB_SHA'] ?? '',
        repository: env['GITHUB_REPOSITORY'] ?? '',
        serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(number !== undefined ? { prNumber: number } : {}),
        ...(pr?.head?.sha ? { prHeadSha: pr.head.sha } : {}),
        ...(pr?.base?.ref || env['GITHUB_BASE_REF'] ? { baseRef: pr?.base?.ref || env['GITHUB_BASE_REF'] } : {}),
        ...(payload.base_ref ? { pushBaseRef: payload.base_ref } : {}),
        ...(commitTime && !Number.isNaN(commitTime.getTime()) ? { commitDate: commitTime } : {}),
        now,
        ...(payload.repository?.description ? { description: payload.repository.description } : {}),
        ...(license && license !== 'NOASSERTION' ? { license } : {}),
    };
}
/** pull_request, pull_request_target, pull_request_review…: the events whose payload holds a pull request. */
const isPullRequest = (ctx) => /pull_request/.test(ctx.eventName);
/** The branch name of a refs/heads/ ref, else undefined. */
function branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(ctx) {
    return ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined;
}
/**
 * The commit tags and the revision label name: GITHUB_SHA (on a pull request the merge commit), or
 * the pull request's head with DOCKER_METADATA_PR_HEAD_SHA=true, as docker/metadata-action.
 */
function commitOf(ctx) {
    return (ctx.usePrHeadSha && isPullRequest(ctx) && ctx.prHeadSha) || ctx.sha;
}
/** Events that always run on the default branch's last commit count as it, whatever the ref (metadata-action's rule). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
/** metadata-action's {{is_default_branch}}: the ref's branch is the default one, or the event always runs there. */
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (!branch)
        return false;
    if (ctx.defaultBranch !== undefined && branch === ctx.defaultBranch)
        return true;
    return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}
/** {{base_ref}}: the push payload's base_ref on a tag, the target branch on a pull request ref, else "". */
function baseRefOf(ctx) {
    if (ctx.ref.startsWith('refs/tags/') && ctx.pushBaseRef)
        return ctx.pushBaseRef.replace(/^refs\/heads\//, '');
    if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef)
        return ctx.baseRef;
    return '';
}
/** The pull request number of a refs/pull/N/merge ref, as text. */
function prOfRef(ctx) {
    return ctx.ref.startsWith('refs/pull/') ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}

;// CONCATENATED MODULE: ./packages/image/src/oci-labels.ts

/**
 * OCI image labels (and the same as manifest annotations) from the repository and the event:
 * source, revision, created, version, title, url, description and licenses when known. User
 * labels come last and win.
 */
function ociLabels(ctx, version, user = {}) {
    const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
    const title = ctx.repository.split('/').pop() ?? '';
    const labels = {};
    const put = (key, value) => {
        if (value)
            labels[`org.opencontainers.image.${key}`] = value;
    };
    put('title', title);
    put('description', ctx.description);
    put('url', url);
    put('source', url);
    put('version', version);
    put('created', ctx.now.toISOString());
    put('revision', commitOf(ctx));
    put('licenses', ctx.license);
    return { ...labels, ...user };
}
/** `key=value` lines, the form the `labels` output and builders take. */
function labelLines(labels) {
    return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

;// CONCATENATED MODULE: ./packages/image/src/build-outputs.ts

/** Annotations as metadata-action's `annotations` output gives them: `level:key=value`, every level in turn. */
function annotationLines(annotations, levels) {
    return levels.flatMap((level) => labelLines(annotations).map((line) => `${level}:${line}`));
}
/** The step outputs, in the shapes the next actions take (image-ref feeds helm-deploy as it is). */
function buildPushOutputs(result, computed, labels, annotations, annotationLevels = ['manifest']) {
    // With no image enabled the tags are bare, as metadata-action gives them without `images`.
    const tags = result.refs.length ? result.refs : computed.tags;
    const leveled = annotationLines(annotations, annotationLevels);
    return {
        digest: result.digest,
        'image-ref': result.imageRef,
        'image-id': result.imageId,
        version: computed.version,
        tags: tags.join('\n'),
        labels: labelLines(labels).join('\n'),
        annotations: leveled.join('\n'),
        json: { tags, labels, annotations: leveled },
        signatures: (result.signed?.signatures ?? []).join('\n'),
        attestations: (result.signed?.attestations ?? []).join('\n'),
        metadata: {
            version: computed.version,
            tags,
            labels,
            annotations,
            digest: result.digest,
            'image-ref': result.imageRef,
            builder: result.builder ?? null,
            registries: result.registries,
            size: result.sizeBytes ?? null,
            'build-ms': Math.round(result.buildMs),
            skipped: result.skipped,
            signatures: result.signed?.signatures ?? [],
            attestations: result.signed?.attestations ?? [],
        },
    };
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
;// CONCATENATED MODULE: ./packages/image/src/build-summary.ts

function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** The job summary: what was built, where it went, how big and how long; never a secret or a build arg. */
function buildPushSummary(result, pushed, bareTags = []) {
    const summary = new runner_summary/* SummaryBuilder */.CF();
    const state = result.skipped
        ? '⏭️ skipped: the image already exists'
        : pushed
            ? '✅ built and pushed'
            : '✅ built (not pushed)';
    summary.heading(`Build and push: ${state}`);
    const rows = [];
    if (result.digest)
        rows.push(['Digest', `\`${result.digest}\``], ['Image', `\`${result.imageRef}\``]);
    if (result.imageId)
        rows.push(['Image id', `\`${result.imageId}\``]);
    if (result.builder)
        rows.push(['Builder', result.builder]);
    if (result.sizeBytes !== undefined)
        rows.push(['Size', formatBytes(result.sizeBytes)]);
    if (!result.skipped)
        rows.push(['Build time', (0,duration/* formatDuration */.a)(result.buildMs)]);
    if (result.pushMs)
        rows.push(['Push time', (0,duration/* formatDuration */.a)(result.pushMs)]);
    if (result.signed) {
        rows.push(['Signed with', `cosign ${result.signed.cosignVersion} (key, no transparency log)`]);
        for (const ref of result.signed.signatures)
            rows.push(['Signature', `\`${ref}\``]);
        for (const ref of result.signed.attestations)
            rows.push([`Attestation (${result.signed.attestationTypes.join(', ')})`, `\`${ref}\``]);
    }
    summary.table(['', ''], rows.map(([k, v]) => [k, { raw: v.replace(/\|/g, '\\|') }]));
    summary.table(['Registry', 'Attempts'], result.registries.map((r) => [r, result.skipped || !pushed ? '–' : String(result.attempts[r] ?? 1)]));
    summary.table(['Tags'], (result.refs.length ? result.refs : bareTags).map((r) => [r]));
    return summary;
}

;// CONCATENATED MODULE: ./packages/image/src/pep440.ts
// PEP 440's appendix B grammar (permissive spellings that normalise to the canonical form).
const PATTERN = new RegExp([
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|beta|preview|pre|rc|a|b|c)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$',
].join(''), 'i');
const PRE_LABEL = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
function parsePep440(raw) {
    const m = PATTERN.exec(raw);
    if (!m)
        return undefined;
    const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
    return {
        raw,
        epoch: Number(epoch ?? 0),
        release: release.split('.').map(Number),
        ...(preLabel ? { pre: { label: PRE_LABEL[preLabel.toLowerCase()], number: Number(preNumber ?? 0) } } : {}),
        ...(postDash !== undefined || postLabel ? { post: Number(postDash ?? postNumber ?? 0) } : {}),
        ...(devLabel ? { dev: Number(devNumber ?? 0) } : {}),
        ...(local ? { local: local.toLowerCase().replace(/[-_]/g, '.') } : {}),
    };
}
/** The canonical form: `1!2.0rc1.post3.dev4+local.1`; "1.2.3beta2" → "1.2.3b2", "1.0dev4" → "1.0.dev4". */
function pep440Version(v) {
    return [
        v.epoch ? `${v.epoch}!` : '',
        v.release.join('.'),
        v.pre ? `${v.pre.label}${v.pre.number}` : '',
        v.post !== undefined ? `.post${v.post}` : '',
        v.dev !== undefined ? `.dev${v.dev}` : '',
        v.local ? `+${v.local}` : '',
    ].join('');
}
/** Pre-, post- and dev releases only ever get the full version (metadata-action's rule). */
const isPep440Final = (v) => v.pre === undefined && v.post === undefined && v.dev === undefined;

// EXTERNAL MODULE: ./packages/image/src/tag-name.ts
var tag_name = __webpack_require__(3273);
;// CONCATENATED MODULE: ./packages/image/src/date-format.ts

/**
 * moment.js's display tokens (https://momentjs.com/docs/#/displaying/format/), English locale, in
 * the order moment tries them: the longest token wins, `[text]` is literal, `\X` escapes one
 * character, and anything that is not a token is kept as it is (as moment keeps it).
 */
const TOKENS = /(\[[^[]*\])|(\\)?(Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
/** Long-date formats of the English locale, expanded before the tokens above. */
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const LOCAL_FORMATS = {
    LT: 'h:mm A',
    LTS: 'h:mm:ss A',
    L: 'MM/DD/YYYY',
    LL: 'MMMM D, YYYY',
    LLL: 'MMMM D, YYYY h:mm A',
    LLLL: 'dddd, MMMM D, YYYY h:mm A',
    l: 'M/D/YYYY',
    ll: 'MMM D, YYYY',
    lll: 'MMM D, YYYY h:mm A',
    llll: 'ddd, MMM D, YYYY h:mm A',
};
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function formatterFor(timeZone, where) {
    try {
        return new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            timeZoneName: 'short',
        });
    }
    catch {
        throw new errors/* ConfigError */.xL(`${where}: expected an IANA time zone such as "Europe/Paris", got "${timeZone}"`);
    }
}
function partsIn(date, timeZone, where) {
    const parts = formatterFor(timeZone, where).formatToParts(date);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour') % 24,
        minute: get('minute'),
        second: get('second'),
    };
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    const offset = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
    return {
        ...wall,
        ms: date.getUTCMilliseconds(),
        offset,
        zoneName: parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC',
    };
}
const pad = (n, width = 2) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
function ordinal(n) {
    const tens = Math.floor((n % 100) / 10);
    const last = n % 10;
    const suffix = tens === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}
const DAY_MS = 86_400_000;
/** The week of the year and its week-year, weeks starting on `dow`, week 1 holding Jan `7 + dow - doy` (moment's rule). */
function weekOf(year, month, day, dow, doy) {
    const firstWeekOffset = (y) => {
        const fwd = 7 + dow - doy;
        const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1;
    };
    const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS + 1;
    const weeksInYear = (y) => {
        const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY_MS;
        return (days - firstWeekOffset(y) + firstWeekOffset(y + 1)) / 7;
    };
    const week = Math.floor((dayOfYear - firstWeekOffset(year) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(year - 1), year: year - 1 };
    if (week > weeksInYear(year))
        return { week: week - weeksInYear(year), year: year + 1 };
    return { week, year };
}
function zone(offset, separator) {
    const abs = Math.abs(offset);
    return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}
function tokenValue(token, p, date) {
    const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1;
    const h12 = p.hour % 12 || 12;
    const locale = () => weekOf(p.year, p.month, p.day, 0, 6);
    const iso = () => weekOf(p.year, p.month, p.day, 1, 4);
    const quarter = Math.ceil(p.month / 3);
    if (/^S{1,9}$/.test(token)) {
        const digits = String(p.ms).padStart(3, '0').padEnd(9, '0');
        return digits.slice(0, token.length);
    }
    switch (token) {
        case 'M':
            return String(p.month);
        case 'Mo':
            return ordinal(p.month);
        case 'MM':
            return pad(p.month);
        case 'MMM':
            return MONTHS[p.month - 1].slice(0, 3);
        case 'MMMM':
            return MONTHS[p.month - 1];
        case 'Q':
            return String(quarter);
        case 'Qo':
            return ordinal(quarter);
        case 'D':
            return String(p.day);
        case 'Do':
            return ordinal(p.day);
        case 'DD':
            return pad(p.day);
        case 'DDD':
            return String(dayOfYear);
        case 'DDDo':
            return ordinal(dayOfYear);
        case 'DDDD':
            return pad(dayOfYear, 3);
        case 'd':
        case 'e':
            return String(weekday);
        case 'do':
            return ordinal(weekday);
        case 'dd':
            return WEEKDAYS[weekday].slice(0, 2);
        case 'ddd':
            return WEEKDAYS[weekday].slice(0, 3);
        case 'dddd':
            return WEEKDAYS[weekday];
        case 'E':
            return String(weekday || 7);
        case 'w':
            return String(locale().week);
        case 'wo':
            return ordinal(locale().week);
        case 'ww':
            return pad(locale().week);
        case 'W':
            return String(iso().week);
        case 'Wo':
            return ordinal(iso().week);
        case 'WW':
            return pad(iso().week);
        case 'Y':
            return p.year <= 9999 ? pad(p.year, 4) : `+${p.year}`;
        case 'YY':
            return pad(p.year % 100);
        case 'YYYY':
            return pad(p.year, 4);
        case 'YYYYY':
            return pad(p.year, 5);
        case 'YYYYYY':
            return `${p.year < 0 ? '-' : '+'}${String(Math.abs(p.year)).padStart(6, '0')}`;
        case 'y':
            return String(p.year);
        case 'yo':
            return ordinal(p.year);
        case 'yy':
            // moment pads the era year to two digits at least, it never cuts it (unlike YY).
            return pad(p.year, 2);
        case 'yyy':
            return pad(p.year, 3);
        case 'yyyy':
            return pad(p.year, 4);
        case 'N':
        case 'NN':
        case 'NNN':
        case 'NNNNN':
            return 'AD';
        case 'NNNN':
            return 'Anno Domini';
        case 'gg':
            return pad(locale().year % 100);
        case 'gggg':
            return pad(locale().year, 4);
        case 'ggggg':
            return pad(locale().year, 5);
        case 'GG':
            return pad(iso().year % 100);
        case 'GGGG':
            return pad(iso().year, 4);
        case 'GGGGG':
            return pad(iso().year, 5);
        case 'A':
            return p.hour < 12 ? 'AM' : 'PM';
        case 'a':
            return p.hour < 12 ? 'am' : 'pm';
        case 'H':
            return String(p.hour);
        case 'HH':
            return pad(p.hour);
        case 'h':
            return String(h12);
        case 'hh':
            return pad(h12);
        case 'k':
            return String(p.hour || 24);
        case 'kk':
            return pad(p.hour || 24);
        case 'm':
            return String(p.minute);
        case 'mm':
            return pad(p.minute);
        case 's':
            return String(p.second);
        case 'ss':
            return pad(p.second);
        case 'X':
            return String(Math.floor(date.getTime() / 1000));
        case 'x':
            return String(date.getTime());
        case 'z':
        case 'zz':
            return p.zoneName;
        case 'Z':
            return zone(p.offset, ':');
        case 'ZZ':
            return zone(p.offset, '');
    }
    return undefined;
}
function expandLocal(format) {
    let text = format;
    // moment expands nested long-date formats up to five times.
    for (let i = 0; i < 5 && LOCAL_TOKENS.test(text); i++) {
        LOCAL_TOKENS.lastIndex = 0;
        text = text.replace(LOCAL_TOKENS, (whole, literal, escaped, token) => literal !== undefined || escaped ? whole : (LOCAL_FORMATS[token] ?? whole));
    }
    LOCAL_TOKENS.lastIndex = 0;
    return text;
}
/**
 * Formats a date the way moment-timezone's `moment(date).tz(zone).format(format)` does (English
 * locale): every display token, `[literal]` text and `\`-escapes; an empty format is moment's default
 * (`YYYY-MM-DDTHH:mm:ssZ`, with `Z` as a literal in UTC). Time zones come from Intl: `z` is Intl's
 * short zone name, which can differ from the tz database's abbreviation that moment-timezone prints.
 */
function formatDate(date, format, timeZone = 'UTC', where = 'date') {
    const p = partsIn(date, timeZone, where);
    const text = format || (p.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
    return expandLocal(text).replace(TOKENS, (whole, literal, escaped, token) => {
        if (literal !== undefined)
            return literal.slice(1, -1);
        if (escaped)
            return token;
        return tokenValue(token, p, date) ?? whole;
    });
}

;// CONCATENATED MODULE: ./packages/image/src/template.ts



const EXPRESSION = /\{\{\s*([^}]*?)\s*\}\}/g;
// An unquoted format is a Handlebars path, undefined at render: moment's default format, as metadata-action gives.
const DATE_CALL = /^(date|commit_date)\s+(?:'([^']*)'|"([^"]*)"|[^\s'"=]+)(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/;
/** The short commit: DOCKER_METADATA_SHORT_SHA_LENGTH characters (7 by default), the whole sha when that is longer. */
const shortSha = (sha, length = 7) => sha.slice(0, length);
/**
 * Renders docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='Zone'}}, {{commit_date …}})
 * plus rule-specific variables such as {{version}}. An unknown expression is a ConfigError naming
 * `where` (metadata-action's Handlebars renders it empty: a typo would silently drop a tag).
 */
function renderTemplate(text, ctx, where, vars = {}, shortShaLength = 7) {
    return text.replace(EXPRESSION, (_whole, expression) => {
        if (Object.hasOwn(vars, expression))
            return vars[expression];
        switch (expression) {
            case 'branch':
                return branchOf(ctx) ?? '';
            case 'tag':
                return tagOf(ctx) ?? '';
            case 'sha':
                return shortSha(commitOf(ctx), shortShaLength);
            case 'base_ref':
                return baseRefOf(ctx);
            case 'is_default_branch':
                return String(isDefaultBranch(ctx));
            case 'is_not_default_branch':
                return String(!isDefaultBranch(ctx));
        }
        const call = DATE_CALL.exec(expression);
        if (call) {
            const date = call[1] === 'commit_date' ? (ctx.commitDate ?? ctx.now) : ctx.now;
            return formatDate(date, call[2] ?? call[3] ?? '', call[4] || call[5] || 'UTC', where);
        }
        const known = [
            'branch',
            'tag',
            'sha',
            'base_ref',
            'is_default_branch',
            'is_not_default_branch',
            "date 'FORMAT'",
            "commit_date 'FORMAT'",
            ...Object.keys(vars),
        ];
        throw new errors/* ConfigError */.xL(`${where}: expected an expression among {{${known.join('}}, {{')}}}, got "{{${expression}}}"`);
    });
}
/** The `labels` and `annotations` inputs take the global expressions too, as metadata-action's do. */
function renderValues(values, ctx, where, shortShaLength = 7) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, renderTemplate(value, ctx, where, {}, shortShaLength)]));
}

// EXTERNAL MODULE: ./packages/image/src/tag-rules.ts
var tag_rules = __webpack_require__(8979);
;// CONCATENATED MODULE: ./packages/image/src/compute-tags.ts






/** A pattern that is exactly `{{raw}}`: the only pattern a pre-release keeps (metadata-action's rule). */
const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/;
/** The version text of a semver or pep440 rule: its value= or the tag, through match= (group 1), "/" as "-". */
function versionText(rule, ctx, notes, shortLength) {
    const a = rule.attrs;
    if (!a['value'] && !tagOf(ctx))
        return undefined;
    let text = a['value'] ? renderTemplate(a['value'], ctx, rule.where, {}, shortLength) : tagOf(ctx);
    if (a['match']) {
        // A plain regular expression here (no /source/flags form), as metadata-action reads match=.
        const m = text.match(new RegExp(a['match']));
        if (m?.[1] !== undefined)
            text = m[1];
        else
            notes.push(`${rule.where}: match=${a['match']} does not match "${text}", the whole value is used`);
    }
    return text.replace(/\//g, '-');
}
function produce(rule, ctx, notes, shortLength) {
    const a = rule.attrs;
    const render = (text, vars = {}) => renderTemplate(text, ctx, rule.where, vars, shortLength);
    switch (rule.type) {
        case 'schedule':
            return /schedule/.test(ctx.eventName) ? { value: render(a['pattern'] ?? 'nightly'), latest: false } : undefined;
        case 'semver': {
            const raw = versionText(rule, ctx, notes, shortLength);
            if (raw === undefined)
                return undefined;
            const v = parseSemver(raw);
            if (!v) {
                notes.push(`${rule.where}: "${raw}" is not a semantic version, no tag from this rule`);
                return undefined;
            }
            const version = semverVersion(v);
            const pattern = a['pattern'];
            // Pre-releases only ever get the full version (or the raw tag when the pattern is exactly {{raw}}).
            const effective = v.prerelease && !RAW_ONLY.test(pattern.trim()) ? '{{version}}' : pattern;
            const vars = { raw, version, major: String(v.major), minor: String(v.minor), patch: String(v.patch) };
            return { value: render(effective, vars), latest: !v.prerelease };
        }
        case 'pep440': {
            const raw = versionText(rule, ctx, notes, shortLength);
            if (raw === undefined)
                return undefined;
            const v = parsePep440(raw);
            if (!v) {
                notes.push(`${rule.where}: "${raw}" does not conform to PEP 440, no tag from this rule`);
                return undefined;
            }
            const version = pep440Version(v);
            const pattern = a['pattern'];
            if (!isPep440Final(v))
                return { value: RAW_ONLY.test(pattern.trim()) ? raw : version, latest: false };
            const [major = 0, minor = 0, patch = 0] = v.release;
            const vars = { raw, version, major: String(major), minor: String(minor), patch: String(patch) };
            return { value: render(pattern, vars), latest: true };
        }
        case 'match': {
            if (!a['value'] && !tagOf(ctx))
                return undefined;
            const raw = a['value'] ? render(a['value']) : tagOf(ctx);
            // String#match, as metadata-action: with the g flag the "groups" are the successive matches.
            const m = raw.match((0,tag_rules/* ruleRegExp */.o2)(a['pattern']));
            if (!m) {
                notes.push(`${rule.where}: "${raw}" does not match ${a['pattern']}, no tag from this rule`);
                return undefined;
            }
            const value = m[Number(a['group'] ?? 0)];
            if (value === undefined) {
                notes.push(`${rule.where}: group ${a['group'] ?? 0} of ${a['pattern']} is not in "${raw}", no tag from this rule`);
                return undefined;
            }
            return { value, latest: true };
        }
        case 'edge': {
            const branch = branchOf(ctx);
            return branch !== undefined && branch === (a['branch'] || ctx.defaultBranch)
                ? { value: 'edge', latest: false }
                : undefined;
        }
        case 'ref': {
            if (a['event'] === 'branch') {
                const branch = branchOf(ctx);
                return branch !== undefined ? { value: branch, latest: false } : undefined;
            }
            if (a['event'] === 'tag') {
                const tag = tagOf(ctx);
                return tag !== undefined ? { value: tag, latest: true } : undefined;
            }
            const number = prOfRef(ctx);
            return number !== undefined ? { value: number, latest: false } : undefined;
        }
        case 'raw':
            return { value: render(a['value']), latest: false };
        case 'sha': {
            const sha = commitOf(ctx);
            if (!sha)
                return undefined;
            return { value: a['format'] === 'long' ? sha : shortSha(sha, shortLength), latest: false };
        }
    }
}
function enabled(rule, ctx, shortLength) {
    const text = rule.attrs['enable'];
    if (text === undefined)
        return true;
    const value = renderTemplate(text, ctx, rule.where, {}, shortLength).trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* ConfigError */.xL(`${rule.where}: expected enable=true or enable=false (after expressions), got "${text}"`);
}
/**
 * Tags from the rules for this event, with docker/metadata-action's semantics: rules in priority
 * order (stable); each rule's value gets its own prefix/suffix (or its type's default, pr- and sha-)
 * else the flavor's; a value that is empty after that is skipped; the first rule that produces a tag
 * decides `latest=auto` (a tag ref, a final semver or PEP 440 version, a match: yes; anything else:
 * no); latest=true adds latest whenever a tag is produced. Every tag is sanitised and checked.
 */
function computeTags(rules, flavor, ctx, options = {}) {
    const shortLength = options.shortShaLength ?? 7;
    const notes = [];
    const ordered = rules.map((rule, order) => ({ rule, order }));
    ordered.sort((x, y) => y.rule.priority - x.rule.priority || x.order - y.order);
    const tags = [];
    let latest;
    for (const { rule } of ordered) {
        if (!enabled(rule, ctx, shortLength))
            continue;
        const produced = produce(rule, ctx, notes, shortLength);
        if (!produced)
            continue;
        const render = (text) => renderTemplate(text, ctx, rule.where, {}, shortLength);
        const prefix = Object.hasOwn(rule.attrs, 'prefix') ? render(rule.attrs['prefix'] ?? '') : render(flavor.prefix);
        const suffix = Object.hasOwn(rule.attrs, 'suffix') ? render(rule.attrs['suffix'] ?? '') : render(flavor.suffix);
        const full = `${prefix}${produced.value}${suffix}`;
        if (!full)
            continue;
        const tag = (0,tag_name/* checkTag */.Bs)((0,tag_name/* sanitizeTag */.iP)(full), rule.where);
        if (!tags.includes(tag))
            tags.push(tag);
        latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true';
    }
    if (latest) {
        const where = `Input 'flavor'`;
        const name = `${flavor.prefixOnLatest ? renderTemplate(flavor.prefix, ctx, where) : ''}latest${flavor.suffixOnLatest ? renderTemplate(flavor.suffix, ctx, where) : ''}`;
        const tag = (0,tag_name/* checkTag */.Bs)((0,tag_name/* sanitizeTag */.iP)(name), where);
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return { tags, version: tags[0] ?? '', latest: latest ?? false, notes };
}

;// CONCATENATED MODULE: ./packages/image/src/metadata-env.ts

/** The annotation levels BuildKit knows (docs/annotations.md). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
function bool(env, name, fallback) {
    const text = env[name]?.trim();
    if (!text)
        return fallback;
    if (/^(true|1)$/i.test(text))
        return true;
    if (/^(false|0)$/i.test(text))
        return false;
    throw new errors/* ConfigError */.xL(`${name}: expected true or false, got "${text}"`);
}
/** Reads the switches; a bad value is a ConfigError naming the variable, before anything is built. */
function readMetadataEnv(env = process.env) {
    const lengthText = env['DOCKER_METADATA_SHORT_SHA_LENGTH']?.trim();
    let shortShaLength = 7;
    if (lengthText) {
        if (!/^\d+$/.test(lengthText) || Number(lengthText) < 1)
            throw new errors/* ConfigError */.xL(`DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number of characters such as 12, got "${lengthText}"`);
        shortShaLength = Number(lengthText);
    }
    const levelsText = env['DOCKER_METADATA_ANNOTATIONS_LEVELS']?.trim();
    const annotationLevels = (levelsText || 'manifest').split(',').map((l) => l.trim());
    for (const level of annotationLevels)
        if (!ANNOTATION_LEVELS.includes(level))
            throw new errors/* ConfigError */.xL(`DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among ${ANNOTATION_LEVELS.join(', ')} separated by commas, got "${levelsText}"`);
    return {
        prHeadSha: bool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
        shortShaLength,
        annotationLevels,
        setOutputEnv: bool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', false),
    };
}

;// CONCATENATED MODULE: ./packages/image/src/build-push-stage.ts









/**
 * The build-push stage: the run's tags, labels and annotations computed from its event (and
 * docker/metadata-action's DOCKER_METADATA_* switches), then the images built and pushed; the
 * step's outputs and summary. A run whose rules give no tag is a ConfigError before anything is built.
 */
async function buildPushStage(request, options) {
    const { logger, ...step } = options;
    const switches = readMetadataEnv();
    for (const note of request.notes)
        logger.info(note);
    const ctx = { ...contextFromEnv(), usePrHeadSha: switches.prHeadSha };
    const computed = computeTags(request.rules, request.flavor, ctx, { shortShaLength: switches.shortShaLength });
    for (const note of computed.notes)
        logger.info(note);
    if (!computed.tags.length)
        throw new errors/* ConfigError */.xL(`Input 'tags': expected a rule that applies to this event (${ctx.eventName || 'no event'} on ${ctx.ref || 'no ref'}), got no tag; add one such as "type=sha"`);
    const length = switches.shortShaLength;
    const labels = ociLabels(ctx, computed.version, renderValues(request.labels, ctx, `Input 'labels'`, length));
    const annotations = {
        ...ociLabels(ctx, computed.version),
        ...renderValues(request.annotations, ctx, `Input 'annotations'`, length),
    };
    const retry = {
        attempts: request.retryAttempts,
        deadlineMs: request.retryDeadlineMs,
        baseDelayMs: request.retryDelayMs,
        maxDelayMs: 30_000,
    };
    const { annotationLevels } = switches;
    const result = await logger.group(`Build and push ${request.images.map((i) => i.name).join(', ')}`, () => buildAndPush({ ...request, ...step, tags: computed.tags, labels, annotations, annotationLevels, retry }, { logger }));
    return {
        outputs: buildPushOutputs(result, computed, labels, annotations, annotationLevels),
        /** DOCKER_METADATA_SET_OUTPUT_ENV: each output exported as DOCKER_METADATA_OUTPUT_<NAME> too. */
        outputEnv: switches.setOutputEnv,
        // No image enabled: the summary lists the bare tags the outputs carry.
        summary: buildPushSummary(result, request.push, computed.tags),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kit/node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3359);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-file.ts
var runner_file = __webpack_require__(5428);
;// CONCATENATED MODULE: ./packages/kit/src/runner/add-path.ts


/** Puts a directory first on PATH for this step and, through GITHUB_PATH, for the steps after it. */
function addPath(directory) {
    (0,runner_file/* ensureRunnerFile */.r)('GITHUB_PATH');
    core.addPath(directory);
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/kit/src/tools/go-platform.ts
/** Node's process.arch → the GOARCH name Go-built tools (helm, cosign) give their release assets. */
const GO_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
/** `<os>-<arch>` as Go release assets name a platform: linux-amd64, darwin-arm64, windows-amd64, … */
function goPlatform(platform = process.platform, arch = process.arch) {
    return `${platform === 'win32' ? 'windows' : platform}-${GO_ARCH[arch] ?? arch}`;
}

;// CONCATENATED MODULE: ./packages/kit/src/tools/cache-root.ts


/** The root set while installs run, how many of them hold it, and what was there before. */
let held;
/**
 * tool-cache reads the cache's root from RUNNER_TOOL_CACHE at every call; a caller that names
 * another root (lint-scan's `tool-cache` input, a test) has it set for the call. Installs that run
 * at the same time share one root: the variable goes back only when the last of them is done
 * (restoring it when the first one finished unset it under the others), and a second root while
 * one is held is refused rather than swapped under a running install.
 */
async function withCacheRoot(root, body) {
    if (held && held.root !== root) {
        throw new Error(`tool cache: ${root} asked for while installs run in ${held.root}; installs at the same time share one root`);
    }
    const mine = (held ??= { root, count: 0, before: process.env['RUNNER_TOOL_CACHE'] });
    mine.count++;
    process.env['RUNNER_TOOL_CACHE'] = root;
    try {
        return await body();
    }
    finally {
        if (--mine.count === 0) {
            held = undefined;
            if (mine.before === undefined)
                delete process.env['RUNNER_TOOL_CACHE'];
            else
                process.env['RUNNER_TOOL_CACHE'] = mine.before;
        }
    }
}
/** The first file or link named `name` in `dir`, shallowest first (helm sits in linux-amd64/). */
async function findBinary(dir, name) {
    let level = [dir];
    while (level.length) {
        const next = [];
        for (const folder of level) {
            for (const entry of await (0,external_node_fs_promises_.readdir)(folder, { withFileTypes: true })) {
                const path = (0,external_node_path_.join)(folder, entry.name);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/kit/src/tools/checksums.ts


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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}

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
    // tool-cache loads only when a tool is downloaded (start-up of every action).
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
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, 'slipway-download-'));
    try {
        return await (0,external_node_fs_promises_.readFile)(await downloadToolFile(url, (0,external_node_path_.join)(dir, 'file'), options), 'utf8');
    }
    finally {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/tools/tool-manifest.ts



/**
 * What kit records beside a tool it caches, so that a later job can tell the files are still the
 * ones it verified: the SHA-256 of the download they came from and of every file (a symbolic link
 * by its target). tool-cache's `.complete` marker only says the copy finished.
 */
const MANIFEST_FILE = '.slipway-sha256.json';
async function listFiles(root) {
    const entries = [];
    const walk = async (dir) => {
        for (const name of (await (0,external_node_fs_promises_.readdir)(dir)).sort()) {
            const path = (0,external_node_path_.join)(dir, name);
            const rel = (0,external_node_path_.relative)(root, path);
            if (rel === MANIFEST_FILE)
                continue;
            const stat = await (0,external_node_fs_promises_.lstat)(path);
            if (stat.isSymbolicLink())
                entries.push([rel, `link:${await (0,external_node_fs_promises_.readlink)(path)}`]);
            else if (stat.isDirectory())
                await walk(path);
            else if (stat.isFile())
                entries.push([rel, await sha256File(path)]);
        }
    };
    await walk(root);
    return entries;
}
/** Writes the manifest of `dir`'s files, before the directory is cached. */
async function recordManifest(dir, downloadSha256) {
    const manifest = { download: downloadSha256, files: Object.fromEntries(await listFiles(dir)) };
    await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
/**
 * Why the cached `dir` cannot be trusted, or undefined when every recorded file is unchanged (and,
 * when the download's digest is pinned, it came from that download). Files added since (a
 * Python cache) are not judged: only what was verified at install is run.
 */
async function manifestProblem(dir, pinnedDownload) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return `it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`;
    }
    if (pinnedDownload && manifest.download !== pinnedDownload)
        return `it came from a download with SHA-256 ${manifest.download}, pinned ${pinnedDownload}`;
    for (const [file, recorded] of Object.entries(manifest.files ?? {})) {
        const path = (0,external_node_path_.join)(dir, file);
        let actual;
        try {
            actual = (await (0,external_node_fs_promises_.lstat)(path)).isSymbolicLink() ? `link:${await (0,external_node_fs_promises_.readlink)(path)}` : await sha256File(path);
        }
        catch {
            return `${file} is missing`;
        }
        if (actual !== recorded)
            return `${file} has changed (SHA-256 ${actual}, recorded ${recorded} at install)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/tools/find-tool.ts



/**
 * tool-cache's `find` in the standard layout, then kit's check of the files against what was
 * recorded at install. A copy that fails it is refused with a warning (and undefined returned).
 */
async function findCachedTool(options) {
    if (!options.cacheRoot)
        return undefined;
    // tool-cache loads only when a tool cache is searched (start-up of every action).
    const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
    const dir = await withCacheRoot(options.cacheRoot, () => tc.find(options.tool, options.versionSpec, options.arch ?? process.arch));
    if (!dir)
        return undefined;
    const version = (0,external_node_path_.basename)((0,external_node_path_.dirname)(dir));
    const problem = await manifestProblem(dir, options.pinnedSha256);
    const path = problem ? undefined : await findBinary(dir, options.binary);
    if (!path) {
        const why = problem ?? `it holds no '${options.binary}'`;
        options.logger.warning(`${options.tool} ${version} in the tool cache (${dir}) is refused: ${why}`);
        return undefined;
    }
    return { dir, path, version };
}

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
    const cached = await findCachedTool({ ...release, versionSpec: release.version, arch, pinnedSha256: pinned });
    if (cached) {
        release.logger.info(`${label} ${cached.version} from the tool cache (${cached.dir}), files verified`);
        return { ...cached, source: 'cache' };
    }
    const work = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, `slipway-${release.tool}-`));
    try {
        const url = typeof release.url === 'string' ? release.url : await release.url();
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || release.tool);
        let expected = pinned;
        if (typeof release.sha256 !== 'string') {
            expected = checksumFor(await downloadToolText(release.sha256.checksumsUrl, release), name);
            if (!expected)
                throw new errors/* ConfigError */.xL(`${label}: the published checksums name no SHA-256 for ${name}`);
        }
        release.logger.info(`${label}: downloading ${release.version} from ${url}`);
        const file = await downloadToolFile(url, (0,external_node_path_.join)(work, name), release);
        const actual = await sha256File(file);
        if (actual !== expected) {
            const source = pinned ? 'pinned' : 'published';
            throw new errors/* ConfigError */.xL(`${label}: refusing ${name}: SHA-256 ${actual} does not match the ${source} ${expected}`);
        }
        release.logger.info(`${label}: verified SHA-256 ${actual} of ${name}`);
        const dir = await withCacheRoot(release.cacheRoot, async () => {
            // tool-cache loads only when a tool is installed (start-up of every action).
            const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
            if (release.inPlace)
                return buildInPlace(release, arch, file, actual);
            const unpacked = (0,external_node_path_.join)(work, 'unpacked');
            await (0,external_node_fs_promises_.mkdir)(unpacked);
            if (release.unpack === 'tar')
                await tc.extractTar(file, unpacked, 'x');
            else if (release.unpack === 'zip')
                await tc.extractZip(file, unpacked);
            else
                await release.unpack(file, unpacked);
            await recordManifest(unpacked, actual);
            return tc.cacheDir(unpacked, release.tool, release.version, arch);
        });
        const path = await findBinary(dir, release.binary);
        if (!path)
            throw new errors/* ConfigError */.xL(`${label}: ${name} holds no '${release.binary}'`);
        return { dir, path, version: release.version, source: 'download' };
    }
    finally {
        await (0,external_node_fs_promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The layout cacheDir writes (`<root>/<tool>/<version>/<arch>` then `<arch>.complete`), filled in place. */
async function buildInPlace(release, arch, file, sha256) {
    const dir = (0,external_node_path_.join)(release.cacheRoot, release.tool, release.version, arch);
    await (0,external_node_fs_promises_.rm)(`${dir}.complete`, { force: true });
    await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true });
    try {
        if (typeof release.unpack !== 'function')
            throw new Error(`${release.tool}: an in-place install needs an unpack function`);
        await release.unpack(file, dir);
        await recordManifest(dir, sha256);
        await (0,external_node_fs_promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    catch (error) {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/image/src/signing/install-cosign.ts





/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    return `cosign-${goPlatform(platform, arch)}`;
}
/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
async function resolveCosign(options) {
    const exec = options.exec ?? exec_exec;
    const wanted = options.version?.replace(/^v/, '');
    const onPath = await findCosign(exec, options.env).catch((error) => {
        if (error instanceof errors/* ConfigError */.xL)
            return undefined;
        throw error;
    });
    if (onPath && (!wanted || onPath.version === wanted)) {
        options.logger.info(`Using cosign ${onPath.version} from PATH`);
        return onPath;
    }
    const version = wanted ?? tool_pins/* COSIGN_PIN */.s.version;
    const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
    options.logger.info(`${seen}; using cosign v${version} from its release`);
    const base = `${(options.downloadUrl ?? tool_pins/* COSIGN_PIN */.s.releasesUrl).replace(/\/+$/, '')}/v${version}`;
    const asset = cosignAssetName(options.platform, options.arch);
    const pinned = version === tool_pins/* COSIGN_PIN */.s.version ? tool_pins/* COSIGN_PIN */.s.sha256[asset.replace(/^cosign-/, '')] : undefined;
    const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
    const installed = await installTool({
        tool: 'cosign',
        version,
        binary,
        url: `${base}/${asset}`,
        sha256: pinned ?? { checksumsUrl: `${base}/cosign_checksums.txt` },
        // The release asset is the bare binary.
        unpack: async (file, dir) => {
            await (0,external_node_fs_promises_.copyFile)(file, (0,external_node_path_.join)(dir, binary));
            await (0,external_node_fs_promises_.chmod)((0,external_node_path_.join)(dir, binary), 0o755);
        },
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'cosign',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onInstalled?.((0,external_node_path_.dirname)(installed.path));
    return { file: installed.path, version };
}

;// CONCATENATED MODULE: ./packages/image/src/signing/runner-cosign.ts


/**
 * resolveCosign for a step on a runner (build-push, helm-deploy, canary, the root action): the
 * tool cache RUNNER_TOOL_CACHE names, and a downloaded or cached cosign put on PATH for this step
 * (where signing and verifying look for it) and the steps after it.
 */
function runnerCosign(inputs, logger, signal) {
    return resolveCosign({
        ...inputs,
        cacheDir: (0,runner_dirs/* runnerDirs */.x)().toolCache,
        onInstalled: addPath,
        env: process.env,
        logger,
        ...(signal ? { signal } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts






































/***/ })

};
