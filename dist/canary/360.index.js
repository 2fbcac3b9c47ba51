export const id = 623;
export const ids = [623];
export const modules = {

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

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ ObjectClient),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* unused harmony exports resourceOf, objectPath, isNotFound */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8208);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2589);


const IRREGULAR_PLURALS = {
    ingress: 'ingresses',
    ingressclass: 'ingressclasses',
    networkpolicy: 'networkpolicies',
    endpoints: 'endpoints',
    gatewayclass: 'gatewayclasses',
};
/** Kinds read here that live outside namespaces. */
const CLUSTER_SCOPED = new Set(['gatewayclass', 'ingressclass', 'namespace', 'node']);
/** The lower-case plural resource name of a kind: ConfigMap → configmaps, Ingress → ingresses. */
function resourceOf(kind) {
    const lower = kind.toLowerCase();
    return ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .e)(IRREGULAR_PLURALS, lower) ??
        // A consonant before the y: policies; a vowel: gateways.
        (lower.endsWith('s') ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`));
}
/** The API path of the collection (no name) or of one object. */
function objectPath(ref, subresource) {
    const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const scope = CLUSTER_SCOPED.has(ref.kind.toLowerCase()) ? '' : `/namespaces/${encodeURIComponent(ref.namespace)}`;
    const collection = `${base}${scope}/${resourceOf(ref.kind)}`;
    if (ref.name === undefined)
        return collection;
    return `${collection}/${encodeURIComponent(ref.name)}${subresource ? `/${subresource}` : ''}`;
}
/** True for the 409 the API server answers on a stale resourceVersion or an existing name. */
function isConflict(error) {
    return error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 409;
}
function isNotFound(error) {
    return error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 404;
}
/**
 * Generic get / create / replace / delete of any namespaced object. `replace` sends the object's
 * metadata.resourceVersion, so the API server refuses it (409) when someone changed the object
 * since it was read: an optimistic lock.
 */
class ObjectClient {
    client;
    constructor(client) {
        this.client = client;
    }
    /** undefined when the object does not exist. */
    async get(ref) {
        return this.client.find(objectPath(ref));
    }
    /** Every object of a kind in a namespace. */
    async list(ref) {
        return (await this.client.request({ path: objectPath(ref) })).items ?? [];
    }
    /** Creates the object; a 409 (already exists) is raised as a KubeApiError. */
    async create(ref, object) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        body.metadata = { ...object.metadata, name: ref.name, namespace: ref.namespace };
        return this.client.create(objectPath({ ...ref, name: undefined }), body);
    }
    /**
     * Replaces the object (PUT); guarded by metadata.resourceVersion when it is set. With `dryRun`
     * the API server validates, defaults and prunes it and answers what it would store, storing nothing.
     */
    async replace(ref, object, opts = {}) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        const path = opts.dryRun ? `${objectPath(ref)}?dryRun=All` : objectPath(ref);
        return this.client.request({ method: 'PUT', path, body });
    }
    /** Deletes the object (background propagation); false when it was already gone. */
    async delete(ref) {
        try {
            await this.client.request({ method: 'DELETE', path: `${objectPath(ref)}?propagationPolicy=Background` });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    /**
     * Read, change, replace; on a conflict read again and retry (up to `attempts`). `change`
     * returns the new object, or undefined to leave it as it is. Throws when the object is absent.
     */
    async update(ref, change, attempts = 5) {
        for (let attempt = 1;; attempt++) {
            const current = await this.get(ref);
            if (!current)
                throw new _kube_client__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W(`${ref.kind} ${ref.namespace}/${ref.name} not found`, 404, 'NotFound');
            const next = change(structuredClone(current));
            if (!next)
                return current;
            try {
                return await this.replace(ref, next);
            }
            catch (error) {
                if (!isConflict(error) || attempt >= attempts)
                    throw error;
            }
        }
    }
}


/***/ }),

/***/ 8521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordRelease: () => (/* reexport */ recordRelease),
  withGitHubDeployment: () => (/* reexport */ withGitHubDeployment)
});

// UNUSED EXPORTS: BAND_SOURCE, DeliveryHistory, HISTORY_ANNOTATION, HISTORY_LIMIT_BYTES, HISTORY_MAX_RECORDS, HISTORY_OF_LABEL, RESULTS, bandsOf, boundedHistory, checkEnvironment, computeMeasures, deploymentPayload, digestOf, failureRateBand, frequencyBand, historyName, leadTimeBand, mean, median, metricsSummary, parseRecord, parseSince, percentile, readClusterRecords, readGitHubRecords, recordCanary, recordDelivery, recordOfDeployment, recordsIn, restoreBand, runnerCommit, spanText, weekStart, weeklyChart

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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
    };
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

;// CONCATENATED MODULE: ./packages/records/src/commit-info.ts


/**
 * The commit a run deploys and when it was made, from the runner: GITHUB_SHA, and the commit
 * time from the event payload (push: head_commit; workflow_run: workflow_run.head_commit) when
 * that commit is the one deployed. Other events carry no commit time: lead time then skips the
 * record rather than guess.
 */
async function runnerCommit(env = process.env) {
    const commit = env['GITHUB_SHA'] || null;
    const runUrl = runContext(env).runUrl ?? null;
    const path = env['GITHUB_EVENT_PATH'];
    if (!commit || !path)
        return { commit, commitTime: null, runUrl };
    try {
        const event = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        const head = event.head_commit ?? event.workflow_run?.head_commit;
        const time = head?.id === commit ? head.timestamp : undefined;
        const commitTime = time && Number.isFinite(Date.parse(time)) ? new Date(time).toISOString() : null;
        return { commit, commitTime, runUrl };
    }
    catch {
        return { commit, commitTime: null, runUrl };
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
    const { commit, commitTime, runUrl } = await runnerCommit();
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
        };
    }, options.logger);
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
        const message = `GitHub Deployments: ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`;
        if (this.settings.failOnError)
            throw new Error(message, { cause: error });
        this.options.logger.warning(`${message}; the deploy is not affected (deployment-fail-on-error is false)`);
    }
}

;// CONCATENATED MODULE: ./packages/records/src/deployment-payload.ts

/**
 * The payload of a GitHub deployment, as `recordOfDeployment` reads it back for delivery-metrics:
 * the one writer, for helm-deploy and the root action alike. A rollback's commit is not what it
 * deploys, so only a deploy or a canary carries the commit time (the lead time's start).
 */
async function deploymentPayload(start, env = process.env) {
    const { kind, release, namespace, strategy } = start;
    if (kind === 'rollback')
        return { release, namespace, kind, revision: start.revision ?? null, strategy };
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
    };
}

;// CONCATENATED MODULE: ./packages/records/src/github-deployment.ts



/**
 * The GitHub deployment around one run of helm-deploy or the canary: created and in_progress
 * before the work changes anything, then success or failure as `ends` says; a success marks the
 * environment's earlier deployments inactive. A Deployments API failure is a warning unless
 * deployment-fail-on-error, and never hides the work's own error.
 */
async function withGitHubDeployment(settings, start, options, work, ends) {
    const lifecycle = new DeploymentLifecycle(settings, options);
    await lifecycle.start({
        description: start.description,
        payload: await deploymentPayload(start.payload),
        transientEnvironment: false,
    });
    if (lifecycle.id !== undefined)
        options.onCreated?.(lifecycle.id);
    const quiet = (e) => options.logger.warning((0,errors/* errorMessage */.gJ)(e));
    let result;
    try {
        result = await work();
    }
    catch (error) {
        await lifecycle.finish({ state: 'failure', description: ends.failed(error) }).catch(quiet);
        throw error;
    }
    const end = ends.end(result);
    if (end?.state === 'success')
        await lifecycle.finish(end);
    else if (end)
        await lifecycle.finish(end).catch(quiet);
    return { result, deploymentId: lifecycle.id };
}

;// CONCATENATED MODULE: ./packages/records/src/index.ts


















/***/ })

};
