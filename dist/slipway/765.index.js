export const id = 765;
export const ids = [765,707];
export const modules = {

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

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ ObjectClient),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* unused harmony exports resourceOf, objectPath */
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

/***/ 707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploymentPayload: () => (/* reexport */ deploymentPayload),
  recordCanary: () => (/* reexport */ recordCanary),
  recordRelease: () => (/* reexport */ recordRelease)
});

// UNUSED EXPORTS: BAND_SOURCE, DeliveryHistory, HISTORY_ANNOTATION, HISTORY_LIMIT_BYTES, HISTORY_MAX_RECORDS, HISTORY_OF_LABEL, RESULTS, bandsOf, boundedHistory, checkEnvironment, computeMeasures, digestOf, failureRateBand, frequencyBand, historyName, leadTimeBand, mean, median, metricsSummary, parseRecord, parseSince, percentile, readClusterRecords, readGitHubRecords, recordDelivery, recordOfDeployment, recordsIn, restoreBand, runnerCommit, spanText, weekStart, weeklyChart, withGitHubDeployment

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
// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(2998);
;// CONCATENATED MODULE: ./packages/records/src/commit-info.ts


/**
 * The commit a run deploys and when it was made, from the runner: GITHUB_SHA, and the commit
 * time from the event payload (push: head_commit; workflow_run: workflow_run.head_commit) when
 * that commit is the one deployed. Other events carry no commit time: lead time then skips the
 * record rather than guess.
 */
async function runnerCommit(env = process.env) {
    const commit = env['GITHUB_SHA'] || null;
    const runUrl = (0,run_context/* runContext */.p)(env).runUrl ?? null;
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

;// CONCATENATED MODULE: ./packages/records/src/record-canary.ts



/**
 * Adds a canary decision (promoted → success, aborted) to the release's delivery history in the
 * cluster, for delivery-metrics; a pause decides nothing and records nothing.
 */
async function recordCanary(outcome, ctx, logger) {
    if (outcome.result === 'paused')
        return;
    const { state } = outcome;
    const { commit, commitTime, runUrl } = await runnerCommit();
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
    }), logger);
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

;// CONCATENATED MODULE: ./packages/records/src/index.ts


















/***/ })

};
