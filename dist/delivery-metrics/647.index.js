export const id = 647;
export const ids = [647];
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

/***/ 9167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ bypassesProxy)
/* harmony export */ });
/* unused harmony export parseNoProxy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

const unbracket = (host) => host.replace(/^\[(.*)\]$/, '$1');
const family = (address) => ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) === 6 ? 'ipv6' : 'ipv4');
/** NO_PROXY's entries as `dialect` reads them (empty entries dropped). */
function parseNoProxy(value, dialect) {
    const entries = [];
    for (const raw of value.split(dialect === 'curl' ? /[,\s]+/ : ',')) {
        let entry = raw.trim().toLowerCase();
        if (dialect === 'curl')
            entry = entry.replace(/^\./, '');
        if (!entry)
            continue;
        if (entry === '*') {
            entries.push({ kind: 'any' });
            continue;
        }
        const cidr = /^(.+)\/(\d+)$/.exec(entry);
        const network = cidr ? unbracket(cidr[1]) : '';
        if (cidr && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(network)) {
            entries.push({ kind: 'range', network, bits: Number(cidr[2]) });
            continue;
        }
        const withPort = dialect === 'go' ? /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry) : null;
        const host = unbracket(withPort?.[1] ?? entry);
        const port = withPort?.[2];
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host))
            entries.push({ kind: 'address', address: host, port });
        else if (dialect === 'curl')
            entries.push({ kind: 'name', domain: host, subdomainsOnly: false, port });
        else
            entries.push({
                kind: 'name',
                domain: host.replace(/^\*?\./, ''),
                subdomainsOnly: host.startsWith('.') || host.startsWith('*.'),
                port,
            });
    }
    return entries;
}
/** Whether a request to `hostname:port` skips the proxy under `noProxy`, read as `dialect` reads it. */
function bypassesProxy(hostname, port, noProxy, dialect) {
    const host = unbracket(hostname.toLowerCase());
    const ip = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0;
    if (dialect === 'go' && (host === 'localhost' || (ip && inBlock(host, (b) => loopback(b)))))
        return true;
    return parseNoProxy(noProxy, dialect).some((entry) => {
        switch (entry.kind) {
            case 'any':
                return true;
            case 'range':
                return (ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.network) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addSubnet(entry.network, entry.bits, family(host))));
            case 'address':
                return ((entry.port === undefined || entry.port === port) &&
                    ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.address) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addAddress(entry.address, family(host))));
            case 'name':
                return ((entry.port === undefined || entry.port === port) &&
                    (host.endsWith(`.${entry.domain}`) || (!entry.subdomainsOnly && host === entry.domain)));
        }
    });
}
function loopback(block) {
    block.addSubnet('127.0.0.0', 8, 'ipv4');
    block.addAddress('::1', 'ipv6');
}
function inBlock(host, fill) {
    const block = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
    fill(block);
    return block.check(host, family(host));
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Maps items through `fn` with at most `limit` calls in flight, keeping the input order in
 * the result. A rejection stops new work from starting and is rethrown.
 */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    async function worker() {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
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

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ DEPLOY_PERMISSIONS),
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   RS: () => (/* binding */ checkPermissions),
/* harmony export */   gA: () => (/* binding */ lookupNamespace),
/* harmony export */   sQ: () => (/* binding */ checkReachable)
/* harmony export */ });
/* unused harmony export rulesGrant */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9462);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9874);


/** GET /version: the API server answers, and with which version. */
async function checkReachable(client) {
    const version = await client.get('/version');
    return version.gitVersion ?? 'unknown';
}
/**
 * Whether the namespace exists, changing nothing. A user who may not read Namespace objects (a
 * namespaced deployer) is trusted that it exists: the permission check says the rest.
 */
async function lookupNamespace(client, namespace, logger) {
    try {
        return (await client.find(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) ? 'present' : 'absent';
    }
    catch (error) {
        if (error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W && error.status === 403) {
            logger.info(`Cannot read namespace ${namespace} (forbidden to this user): assuming it exists`);
            return 'assumed';
        }
        throw error;
    }
}
/** The namespace exists, or is created when allowed; `found` is a lookup already made. */
async function ensureNamespace(client, namespace, options) {
    const found = options.found ?? (await lookupNamespace(client, namespace, options.logger));
    if (found !== 'absent')
        return found;
    if (!options.create)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Namespace "${namespace}" does not exist; create it or set 'create-namespace: true'`);
    try {
        await client.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    catch (error) {
        if (error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W && error.status === 409)
            return 'present';
        if (error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W && error.status === 403)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Namespace "${namespace}" does not exist and this user may not create namespaces: ${error.message}`);
        throw error;
    }
    options.logger.info(`Created namespace ${namespace}`);
    return 'created';
}
/** What a helm release with rollout watching needs in its namespace. */
const DEPLOY_PERMISSIONS = [
    ...['get', 'list', 'create', 'update', 'delete'].map((verb) => ({
        verb,
        resource: 'secrets',
        why: 'helm keeps release history in Secrets',
    })),
    ...['get', 'list', 'create', 'patch'].map((verb) => ({
        verb,
        resource: 'deployments',
        group: 'apps',
        why: 'to deploy the workloads',
    })),
    { verb: 'list', resource: 'statefulsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'daemonsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'pods', why: 'to explain a failed rollout' },
    { verb: 'list', resource: 'events', why: 'to explain a failed rollout' },
];
/** Whether RBAC rules grant a permission on every object of its kind (a rule naming objects does not). */
function rulesGrant(rules, p) {
    const has = (list, value) => !!list && (list.includes('*') || list.includes(value));
    return rules.some((r) => !r.resourceNames?.length &&
        has(r.verbs, p.verb) &&
        has(r.apiGroups, p.group ?? '') &&
        has(r.resources, p.resource));
}
/**
 * Whether this user may do each thing; fails naming the first permission missing. One
 * SelfSubjectRulesReview answers for most users at once; what its rules do not grant (they may be
 * incomplete: the Node authorizer and webhooks cannot list theirs) is asked one by one with
 * SelfSubjectAccessReviews. Both reviews are allowed to every authenticated user.
 */
async function checkPermissions(client, namespace, permissions = DEPLOY_PERMISSIONS) {
    const rules = await client
        .create('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: { namespace },
    })
        .then((review) => review.status?.resourceRules ?? [], (error) => {
        // Refused or not served: the access reviews below decide alone.
        if (error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W)
            return [];
        throw error;
    });
    const unsure = permissions.filter((p) => !rulesGrant(rules, p));
    const answers = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .mapConcurrent */ ._)(unsure, unsure.length, async (p) => {
        const review = await client.create('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: { namespace, verb: p.verb, resource: p.resource, group: p.group ?? '' } },
        });
        return { p, allowed: review.status?.allowed === true };
    });
    const missing = answers.filter((a) => !a.allowed).map((a) => a.p);
    if (!missing.length)
        return;
    const first = missing[0];
    const what = (p) => `${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}`;
    throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The kubeconfig's user may not ${what(first)} in namespace "${namespace}" (${first.why})${missing.length > 1 ? `; also missing: ${missing.slice(1).map(what).join(', ')}` : ''}`);
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ds: () => (/* binding */ renewalMargin),
/* harmony export */   ep: () => (/* binding */ execCredentials),
/* harmony export */   ot: () => (/* binding */ ExecCredentialSource)
/* harmony export */ });
/* unused harmony exports execInfo, parseExecCredential */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(755);

/** Renew this long before the expiry: 30 s, or a quarter of a short credential's lifetime. */
function renewalMargin(lifetimeMs) {
    return Math.min(30_000, Math.max(0, lifetimeMs) / 4);
}
/**
 * The KUBERNETES_EXEC_INFO kubectl hands a plugin: the ExecCredential asked for, never
 * interactive (a runner has no terminal), with the cluster when provideClusterInfo is set.
 */
function execInfo(access, plugin) {
    const cluster = {
        server: access.server,
        'tls-server-name': access.tlsServerName,
        'insecure-skip-tls-verify': access.insecureSkipTlsVerify || undefined,
        'certificate-authority-data': access.ca?.toString('base64'),
        'proxy-url': access.proxyUrl,
        config: plugin.clusterConfig,
    };
    return JSON.stringify({
        apiVersion: plugin.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false, ...(plugin.provideClusterInfo ? { cluster } : {}) },
    });
}
/**
 * Runs a kubeconfig's exec plugin and keeps its credential, shared by every client of one
 * access: run again shortly before status.expirationTimestamp, or when the API server refuses
 * the credential (`renew`). Concurrent callers wait for one run.
 */
class ExecCredentialSource {
    access;
    plugin;
    now;
    current;
    constructor(access, plugin, now = Date.now) {
        this.access = access;
        this.plugin = plugin;
        this.now = now;
    }
    /** The credential to send now: the one held unless it is about to expire. */
    async get(signal) {
        const pending = this.current;
        if (pending) {
            const held = await pending; // a run that failed fails everyone who waited for it
            if (!this.expiring(held))
                return held;
            if (this.current !== pending)
                return this.get(signal); // renewed meanwhile
        }
        return this.run(signal);
    }
    /** The API server refused `stale` (401): run the plugin again, once for all who saw it refused. */
    async renew(stale, signal) {
        const pending = this.current;
        const held = await pending?.catch(() => undefined);
        if (held && held !== stale)
            return held;
        if (this.current && this.current !== pending)
            return this.current;
        return this.run(signal);
    }
    expiring(credential) {
        if (credential.expiresAt === undefined)
            return false;
        const margin = renewalMargin(credential.expiresAt - credential.obtainedAt);
        return this.now() >= credential.expiresAt - margin;
    }
    run(signal) {
        const running = runPlugin(this.access, this.plugin, this.now(), signal);
        this.current = running;
        // The callers see a failed run; the next request runs the plugin again.
        running.catch(() => {
            if (this.current === running)
                this.current = undefined;
        });
        return running;
    }
}
async function runPlugin(access, plugin, obtainedAt, signal) {
    const name = `The kubeconfig's exec credential plugin (${plugin.command})`;
    if (plugin.interactiveMode === 'Always')
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} asks for interactiveMode: Always; a runner has no terminal to give it`);
    let stdout;
    try {
        ({ stdout } = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)(plugin.command, plugin.args, {
            env: { ...process.env, ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(access, plugin) },
            signal,
            timeoutMs: 60_000,
        }));
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        const last = error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c ? error.result.stderr.trim().split('\n').at(-1)?.slice(0, 300) : '';
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} failed: ${last || (error instanceof Error ? error.message : String(error))}`, {
            cause: error,
        });
    }
    return { ...parseExecCredential(stdout, plugin, name), obtainedAt };
}
/** The status of a plugin's ExecCredential, checked as kubectl checks it; secrets are masked at once. */
function parseExecCredential(stdout, plugin, name) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} did not print an ExecCredential (JSON) on stdout`);
    }
    if (parsed.kind !== 'ExecCredential' || parsed.apiVersion !== plugin.apiVersion)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} printed ${String(parsed.apiVersion)} ${String(parsed.kind)}; the kubeconfig asks for ${plugin.apiVersion} ExecCredential`);
    const status = parsed.status ?? {};
    const text = (key) => (typeof status[key] === 'string' && status[key] ? status[key] : undefined);
    const token = text('token');
    const cert = text('clientCertificateData');
    const key = text('clientKeyData');
    if (!token && !(cert && key))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} handed out neither a token nor a client certificate and key`);
    if (Boolean(cert) !== Boolean(key))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} handed out a client certificate without its key, or a key without its certificate`);
    for (const secret of [token, key])
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(secret);
    const expiry = text('expirationTimestamp');
    const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} handed out an expirationTimestamp that is not a time (RFC 3339)`);
    return {
        token,
        cert: cert ? Buffer.from(cert) : undefined,
        key: key ? Buffer.from(key) : undefined,
        expiresAt,
    };
}
const sources = new WeakMap();
/** The one credential source of an access with an exec plugin, shared by all its clients. */
function execCredentials(access) {
    if (!access.exec)
        return undefined;
    let source = sources.get(access);
    if (!source)
        sources.set(access, (source = new ExecCredentialSource(access, access.exec)));
    return source;
}


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ KubeApiError),
  B: () => (/* binding */ KubeClient)
});

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/exec-credential.ts
var exec_credential = __webpack_require__(9018);
// EXTERNAL MODULE: ./packages/kube/src/kube-proxy.ts
var kube_proxy = __webpack_require__(7171);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/kube/src/proxy-tunnel.ts




/** A proxy named without its credentials, for messages. */
function shownProxy(proxy) {
    return `${proxy.url.protocol}//${proxy.url.host} (${proxy.from})`;
}
/**
 * A keep-alive https agent whose sockets are tunnels through an http or https proxy (HTTP
 * CONNECT), TLS to the API server running inside them: the agent pools them like any other.
 */
function tunnelAgent(proxy, options) {
    const agent = new external_node_https_.Agent(options);
    const { username, password } = proxy.url;
    let authorization;
    if (username || password) {
        const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
        authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
        (0,mask/* maskSecret */.$l)(decodeURIComponent(password));
        (0,mask/* maskSecret */.$l)(authorization);
    }
    const shown = shownProxy(proxy);
    const proxyPort = Number(proxy.url.port) || (proxy.url.protocol === 'https:' ? 443 : 80);
    const proxyHost = proxy.url.hostname.replace(/^\[(.*)\]$/, '$1');
    const connect = (target, timeoutMs) => new Promise((resolve, reject) => {
        const socket = proxy.url.protocol === 'https:'
            ? external_node_tls_.connect({ host: proxyHost, port: proxyPort, servername: external_node_net_.isIP(proxyHost) ? undefined : proxyHost })
            : external_node_net_.connect({ host: proxyHost, port: proxyPort });
        const fail = (error) => {
            socket.destroy();
            reject(error);
        };
        socket.setTimeout(timeoutMs, () => fail(new errors/* TransientError */.N_(`The proxy ${shown} did not answer CONNECT ${target} within ${timeoutMs / 1000} s`)));
        socket.once('error', (error) => fail(new errors/* TransientError */.N_(`Cannot reach the proxy ${shown}: ${error.code ?? error.message}`, { cause: error })));
        socket.once(proxy.url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
            if (authorization)
                headers.push(`Proxy-Authorization: ${authorization}`);
            socket.write(`${headers.join('\r\n')}\r\n\r\n`);
        });
        let head = Buffer.alloc(0);
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > 16_384)
                    fail(new errors/* TransientError */.N_(`The proxy ${shown} answered CONNECT with no end of headers`));
                return;
            }
            socket.off('data', onData);
            socket.setTimeout(0);
            socket.removeAllListeners('error');
            const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
            if (status === 200) {
                if (end + 4 < head.length)
                    socket.unshift(head.subarray(end + 4));
                return resolve(socket);
            }
            const said = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 200);
            const message = `The proxy ${shown} refused CONNECT ${target}: ${said || 'no HTTP answer'}`;
            // 403/407: the proxy's rules or its credentials, which the user can fix; the rest may pass.
            fail(status === 403 || status === 407 ? new errors/* ConfigError */.xL(message) : new errors/* TransientError */.N_(message));
        };
        socket.on('data', onData);
    });
    agent.createConnection = (options, callback) => {
        const host = String(options.host ?? options.hostname ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
        const target = `${external_node_net_.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
        connect(target, options.timeout ?? 30_000).then((socket) => {
            // tls.connect with a socket does not connect itself: host, port and path are not used.
            const secured = external_node_tls_.connect({ ...options, socket });
            callback?.(null, secured);
        }, (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}

;// CONCATENATED MODULE: ./packages/kube/src/kube-client.ts






/** The API server answered with an error Status; `reason` is Kubernetes' (Forbidden, NotFound, …). */
class KubeApiError extends Error {
    status;
    reason;
    name = 'KubeApiError';
    constructor(message, status, reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}
/**
 * The name the server's certificate must carry (tls-server-name): sent as SNI, except an IP
 * address, which SNI may not carry (RFC 6066) and is checked against the certificate alone.
 */
function serverName(name, checkIdentity) {
    if (!name)
        return {};
    if (!/^[\d.]+$|:/.test(name))
        return { servername: name };
    return { checkServerIdentity: (_host, cert) => checkIdentity(name, cert) };
}
/**
 * One keep-alive agent and one TLS context per cluster access, shared by every client made from
 * it: a deploy makes some 30 requests, and a handshake with a freshly parsed CA and key each was
 * a tenth of the action's own time. Idle sockets do not hold the process open (node unrefs
 * them) and close after 15 s. Through a proxy, the pooled sockets are CONNECT tunnels.
 */
const connections = new WeakMap();
/**
 * A small Kubernetes API client over node https: client certificates, bearer tokens (also from
 * an exec credential plugin, run again before it expires and on a 401), basic auth and the
 * cluster CA, as the kubeconfig says; through the cluster's proxy-url or HTTPS_PROXY as kubectl
 * goes.
 */
class KubeClient {
    access;
    signal;
    constructor(access, signal) {
        this.access = access;
        this.signal = signal;
    }
    async get(path) {
        return this.request({ path });
    }
    /** undefined when the object does not exist. */
    async find(path) {
        try {
            return await this.get(path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async create(path, body) {
        return this.request({ method: 'POST', path, body });
    }
    async request(request) {
        const plugin = (0,exec_credential/* execCredentials */.ep)(this.access);
        let credential = await plugin?.get(this.signal);
        let answer = await this.send(request, credential);
        // A 401 is answered before anything is done: the request can be sent again with a fresh credential.
        if (answer.status === 401 && plugin && credential) {
            credential = await plugin.renew(credential, this.signal);
            answer = await this.send(request, credential);
        }
        const what = `${request.method ?? 'GET'} ${answer.path}`;
        if (answer.status >= 200 && answer.status < 300) {
            try {
                return (answer.text ? JSON.parse(answer.text) : undefined);
            }
            catch {
                throw new Error(`${what}: the API server answered with something that is not JSON`);
            }
        }
        throw apiError(what, answer.status, answer.text, plugin !== undefined);
    }
    async connection(credential) {
        const pending = connections.get(this.access);
        if (pending) {
            const held = await pending;
            if (!credential?.cert || held.credential === credential)
                return held;
            if (connections.get(this.access) !== pending)
                return this.connection(credential);
        }
        const making = this.connect(credential);
        connections.set(this.access, making);
        // A failure (a bad HTTPS_PROXY, say) is the callers'; the next request tries again.
        making.catch(() => {
            if (connections.get(this.access) === making)
                connections.delete(this.access);
        });
        return making;
    }
    async connect(credential) {
        const proxy = await (0,kube_proxy/* proxyFor */.i)(this.access);
        const options = { keepAlive: true, timeout: 15_000 };
        return {
            agent: proxy ? tunnelAgent(proxy, options) : new external_node_https_.Agent(options),
            secureContext: (0,external_node_tls_.createSecureContext)({
                ca: this.access.ca,
                cert: credential?.cert ?? this.access.cert,
                key: credential?.key ?? this.access.key,
            }),
            credential: credential?.cert ? credential : undefined,
            checkIdentity: external_node_tls_.checkServerIdentity,
        };
    }
    async send(request, credential) {
        const shared = await this.connection(credential);
        const url = new URL(request.path, `${this.access.server}/`);
        const headers = { accept: request.accept ?? 'application/json' };
        const token = credential?.token ?? this.access.token;
        if (token)
            headers['authorization'] = `Bearer ${token}`;
        else if (this.access.username && this.access.password)
            headers['authorization'] =
                `Basic ${Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')}`;
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        if (body) {
            headers['content-type'] = 'application/json';
            // Node frames a body only for methods it expects one on: a DELETE body would go unframed (400).
            headers['content-length'] = String(Buffer.byteLength(body));
        }
        const method = request.method ?? 'GET';
        const what = `${method} ${url.pathname}`;
        const timeoutMs = request.timeoutMs ?? 30_000;
        return new Promise((resolve, reject) => {
            const req = external_node_https_.request(url, {
                method,
                headers,
                // Passed on to tls.connect, which takes it (node's request typings leave it out).
                ...{ secureContext: shared.secureContext },
                rejectUnauthorized: !this.access.insecureSkipTlsVerify,
                ...serverName(this.access.tlsServerName, shared.checkIdentity),
                signal: this.signal,
                timeout: timeoutMs,
                agent: shared.agent,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new errors/* TransientError */.N_(`${what}: ${e.message}`, { cause: e })));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), path: url.pathname }));
            });
            let timedOut = false;
            req.on('timeout', () => {
                timedOut = true;
                req.destroy(new Error('timed out'));
            });
            req.on('error', (error) => {
                if (error.name === 'AbortError')
                    return reject(error);
                // The proxy's own refusal names the proxy: pass it on as it is.
                if (error instanceof errors/* ConfigError */.xL || error instanceof errors/* TransientError */.N_)
                    return reject(error);
                // A server that accepts the connection and then says nothing: etcd gone behind it, say.
                if (timedOut)
                    return reject(new errors/* TransientError */.N_(`The Kubernetes API at ${this.access.server} did not answer ${what} within ${timeoutMs / 1000} s`));
                reject(new errors/* TransientError */.N_(`Cannot reach the Kubernetes API at ${this.access.server}: ${error.code ?? error.message}`, {
                    cause: error,
                }));
            });
            req.end(body);
        });
    }
}
function apiError(what, status, text, fromPlugin) {
    let message = text.slice(0, 500);
    let reason = '';
    try {
        const parsed = JSON.parse(text);
        message = parsed.message ?? message;
        reason = parsed.reason ?? '';
    }
    catch {
        // not a Status object
    }
    if (status === 401)
        return new errors/* ConfigError */.xL(fromPlugin
            ? `The Kubernetes API refused the credential of the kubeconfig's exec plugin (401 Unauthorized) for ${what}, also when run again: check the plugin's identity and the cluster's access to it`
            : `The Kubernetes API refused our credentials (401 Unauthorized) for ${what}: check the kubeconfig`);
    if (status >= 500 || status === 429)
        return new errors/* TransientError */.N_(`${what} answered ${status}: ${message}`);
    return new KubeApiError(status === 403 ? `Forbidden: ${message}` : `${what} answered ${status}: ${message}`, status, reason);
}


/***/ }),

/***/ 7171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9167);
/* harmony import */ var _kubeconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5724);


function firstSet(env, names) {
    for (const name of names) {
        const value = env[name];
        if (value)
            return [name, value];
    }
    return undefined;
}
/**
 * The proxy as kubectl picks it: the cluster's proxy-url whatever the host; else HTTPS_PROXY
 * (HTTP_PROXY for an http server; upper case first), unless the server is loopback or NO_PROXY
 * names it, as Go reads NO_PROXY (kit's `bypassesProxy`, dialect `go`).
 */
async function proxyFor(access, env = process.env) {
    if (access.proxyUrl)
        return { url: new URL(access.proxyUrl), from: "the kubeconfig's proxy-url" };
    const server = new URL(access.server);
    const https = server.protocol === 'https:';
    const set = firstSet(env, https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']);
    if (!set)
        return undefined;
    const port = server.port || (https ? '443' : '80');
    if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .bypassesProxy */ .Z)(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '', 'go'))
        return undefined;
    const [name, value] = set;
    return { url: (0,_kubeconfig__WEBPACK_IMPORTED_MODULE_1__/* .checkProxyUrl */ .O1)(value.includes('://') ? value : `http://${value}`, name), from: name };
}


/***/ }),

/***/ 5724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ parseKubeconfig),
/* harmony export */   O1: () => (/* binding */ checkProxyUrl),
/* harmony export */   d$: () => (/* binding */ checkKubeconfigServer),
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   k0: () => (/* binding */ kubeconfigContexts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1949);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);



function list(doc, key) {
    const value = doc[key];
    return Array.isArray(value) ? value : [];
}
function entry(doc, key, name, field) {
    const found = list(doc, key).find((item) => item.name === name);
    const inner = found?.[field];
    return inner && typeof inner === 'object' ? inner : undefined;
}
function str(value) {
    return typeof value === 'string' && value ? value : undefined;
}
/**
 * Resolves a kubeconfig (YAML text) to the access of one context: the named one, else
 * current-context. File references are read relative to `baseDir`. Secrets stay in the result
 * only; errors never include them.
 */
async function parseKubeconfig(text, options = {}) {
    const where = options.where ?? 'kubeconfig';
    const doc = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)(text, where);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
    const config = doc;
    const contextName = options.context ?? str(config['current-context']);
    const names = list(config, 'contexts').map((c) => String(c.name));
    if (!contextName)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no current-context; set 'context' to one of: ${names.join(', ')}`);
    const context = entry(config, 'contexts', contextName, 'context');
    if (!context && options.context !== undefined)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input 'context': expected a context of the kubeconfig (have: ${names.join(', ') || 'none'}), got ${JSON.stringify(contextName)}`);
    if (!context)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no context named "${contextName}" (have: ${names.join(', ') || 'none'})`);
    const clusterName = str(context['cluster']) ?? '';
    const cluster = entry(config, 'clusters', clusterName, 'cluster');
    if (!cluster)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: context "${contextName}" names cluster "${clusterName}", which is not defined`);
    const server = str(cluster['server']);
    if (!server)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: cluster "${clusterName}" has no server`);
    checkServer(server, clusterName, where);
    const proxyUrl = str(cluster['proxy-url']);
    if (proxyUrl)
        checkProxyUrl(proxyUrl, `${where}: cluster "${clusterName}" proxy-url`);
    const user = entry(config, 'users', str(context['user']) ?? '', 'user') ?? {};
    const baseDir = options.baseDir ?? process.cwd();
    const file = async (path) => (path ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, path)) : undefined);
    const data = (value) => (str(value) ? Buffer.from(value, 'base64') : undefined);
    const exec = user['exec'];
    const tokenFile = await file(str(user['tokenFile']));
    return {
        server: server.replace(/\/+$/, ''),
        context: contextName,
        namespace: str(context['namespace']),
        ca: data(cluster['certificate-authority-data']) ?? (await file(str(cluster['certificate-authority']))),
        cert: data(user['client-certificate-data']) ?? (await file(str(user['client-certificate']))),
        key: data(user['client-key-data']) ?? (await file(str(user['client-key']))),
        token: str(user['token']) ?? tokenFile?.toString('utf8').trim(),
        username: str(user['username']),
        password: str(user['password']),
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        tlsServerName: str(cluster['tls-server-name']),
        proxyUrl,
        exec: exec ? execPlugin(exec, cluster, baseDir, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve) : undefined,
    };
}
function execPlugin(exec, cluster, baseDir, resolve) {
    const command = String(exec['command'] ?? '');
    const extensions = Array.isArray(cluster['extensions']) ? cluster['extensions'] : [];
    return {
        // kubectl runs a command with a slash relative to the kubeconfig's folder, any other from PATH.
        command: command.includes('/') ? resolve(baseDir, command) : command,
        args: Array.isArray(exec['args']) ? exec['args'].map(String) : [],
        env: Object.fromEntries((Array.isArray(exec['env']) ? exec['env'] : []).map((e) => [String(e['name']), String(e['value'])])),
        apiVersion: str(exec['apiVersion']) ?? 'client.authentication.k8s.io/v1beta1',
        provideClusterInfo: exec['provideClusterInfo'] === true,
        interactiveMode: str(exec['interactiveMode']),
        clusterConfig: extensions.find((e) => e.name === 'client.authentication.k8s.io/exec')?.['extension'],
    };
}
/** The client speaks TLS only: a server of another scheme is the user's to fix, named by its field. */
function checkServer(server, clusterName, where) {
    if (!/^https:\/\/[^/]/i.test(server))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected cluster "${clusterName}" server to be an https:// URL (the API client speaks TLS only), got ${JSON.stringify(server.slice(0, 80))}`);
}
/**
 * Checks, without reading any file, the server of the context a run will use (`context`, else
 * current-context): inputs.ts refuses an http:// server before anything starts. Other problems
 * are left to parseKubeconfig.
 */
async function checkKubeconfigServer(text, options) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return;
    const contextName = options.context ?? str(doc['current-context']);
    const context = contextName === undefined ? undefined : entry(doc, 'contexts', contextName, 'context');
    const clusterName = str(context?.['cluster']) ?? '';
    const server = str(entry(doc, 'clusters', clusterName, 'cluster')?.['server']);
    if (server)
        checkServer(server, clusterName, options.where);
}
/** kubectl takes http, https and socks5 proxies; our client tunnels through the first two (CONNECT). */
function checkProxyUrl(value, where) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a URL such as http://proxy:3128, got something else`);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return url;
    if (url.protocol.startsWith('socks'))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: a SOCKS proxy (${url.protocol}//${url.host}) is not supported; use an http:// or https:// proxy`);
    throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected an http:// or https:// proxy, got ${url.protocol}//${url.host}`);
}
/** The names of a kubeconfig's contexts (none when the text is not a kubeconfig). */
async function kubeconfigContexts(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    return doc && typeof doc === 'object' ? list(doc, 'contexts').map((c) => String(c.name)) : [];
}
/** The values in a kubeconfig that are secrets, to be masked wherever they could be printed. */
async function kubeconfigSecrets(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text);
    const found = [];
    const users = doc.toJS()?.['users'];
    if (!Array.isArray(users))
        return found;
    for (const item of users) {
        const user = (item['user'] ?? {});
        for (const key of ['client-key-data', 'token', 'password'])
            if (str(user[key]))
                found.push(user[key]);
    }
    return found;
}


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ allNewPodsFailing),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   wn: () => (/* binding */ newPodsOf)
/* harmony export */ });
/* unused harmony export createFailureMends */
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9874);
/* harmony import */ var _pod_problem__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1278);


/** Waiting reasons after which a container will not come up by itself (the image, the config, the process). */
const TERMINAL_REASONS = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
/** Whether a not-ready pod is in a state that will not mend by waiting. */
function isTerminal(pod) {
    if (pod.status?.phase === 'Failed')
        return true;
    return (pod.status?.containerStatuses ?? [])
        .concat(pod.status?.initContainerStatuses ?? [])
        .some((c) => TERMINAL_REASONS.has(c.state?.['waiting']?.reason ?? ''));
}
function selectorOf(object, extra = {}) {
    return Object.entries({ ...(object.spec?.selector?.matchLabels ?? {}), ...extra })
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
async function listed(client, path) {
    try {
        return (await client.get(path)).items ?? [];
    }
    catch (error) {
        // A user who may not list these (RBAC) still gets the verdict from the counts.
        if (error instanceof _kube_client__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W && (error.status === 403 || error.status === 404))
            return [];
        throw error;
    }
}
/**
 * The pods of a workload's latest revision, and why those not ready are not: a Deployment's new
 * ReplicaSet (and its FailedCreate), a StatefulSet's update revision, a DaemonSet's generation.
 */
async function newPodsOf(client, status, object) {
    if (status.kind === 'Job' || !object.spec?.selector?.matchLabels)
        return { count: 0, problems: [] };
    const ns = `/api/v1/namespaces/${encodeURIComponent(status.namespace)}`;
    let extra = {};
    let createFailure = status.replicaFailure;
    if (status.kind === 'Deployment') {
        const revision = object.metadata?.annotations?.['deployment.kubernetes.io/revision'];
        const sets = await listed(client, `/apis/apps/v1/namespaces/${encodeURIComponent(status.namespace)}/replicasets?labelSelector=${encodeURIComponent(selectorOf(object))}`);
        const current = sets.find((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision);
        const hash = current?.metadata?.labels?.['pod-template-hash'];
        if (!current || !hash)
            return { count: 0, problems: [], createFailure };
        extra = { 'pod-template-hash': hash };
        const failed = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
        if (failed)
            createFailure = [failed.reason, failed.message].filter(Boolean).join(': ');
    }
    else if (status.kind === 'StatefulSet' && object.status?.updateRevision) {
        extra = { 'controller-revision-hash': object.status.updateRevision };
    }
    else if (status.kind === 'DaemonSet' && object.metadata?.generation !== undefined) {
        extra = { 'pod-template-generation': String(object.metadata.generation) };
    }
    const pods = await listed(client, `${ns}/pods?labelSelector=${encodeURIComponent(selectorOf(object, extra))}`);
    const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
    const problems = live.flatMap((pod) => {
        const why = (0,_pod_problem__WEBPACK_IMPORTED_MODULE_1__/* .podProblem */ .h)(pod);
        return why ? [{ pod: pod.metadata?.name ?? '?', why, terminal: isTerminal(pod) }] : [];
    });
    return { count: live.length, problems, ...(createFailure ? { createFailure } : {}) };
}
/**
 * A FailedCreate that mends by itself: in a namespace created moments ago the ServiceAccount
 * controller has not made `default` yet, and the ReplicaSet controller retries until it has.
 */
function createFailureMends(failure) {
    return /error looking up service account [^:]*\/default: serviceaccount "default" not found/.test(failure);
}
/** Every new pod failing in a way waiting will not mend, or no pod can be created at all. */
function allNewPodsFailing(found) {
    if (found.createFailure && !createFailureMends(found.createFailure) && found.problems.every((p) => p.terminal))
        return true;
    return found.count > 0 && found.problems.length === found.count && found.problems.every((p) => p.terminal);
}


/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ ObjectClient),
/* harmony export */   KU: () => (/* binding */ resourceOf),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   du: () => (/* binding */ objectPath)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8208);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9874);


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

/***/ 1278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ podProblem)
/* harmony export */ });
/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
function podProblem(pod) {
    const status = pod.status ?? {};
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True')
        return undefined;
    for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
        for (const [state, detail] of Object.entries(container.state ?? {})) {
            if (state === 'running' || !detail)
                continue;
            if (state === 'terminated' && detail.exitCode === 0)
                continue;
            const why = [detail.reason, detail.message].filter(Boolean).join(': ');
            if (why)
                return `container ${container.name ?? '?'} ${state}: ${why}${container.restartCount ? ` (restarts: ${container.restartCount})` : ''}`;
        }
        if (container.ready === false && container.state?.['running'])
            return `container ${container.name ?? '?'} running but not ready (readiness probe failing)`;
    }
    const unscheduled = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unscheduled)
        return `not scheduled: ${unscheduled.message ?? unscheduled.reason ?? ''}`;
    if (status.reason || status.message)
        return [status.phase, status.reason, status.message].filter(Boolean).join(': ');
    return `${status.phase ?? 'Unknown'}${ready?.reason ? `: ${ready.reason}` : ''}${ready?.message ? ` (${ready.message})` : ''}`;
}


/***/ }),

/***/ 5890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseQuantity),
/* harmony export */   V: () => (/* binding */ formatQuantity)
/* harmony export */ });
const SUFFIX = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** A Kubernetes quantity ("500m", "1.5Gi", "2", "1e3") as a number of base units; undefined when unreadable. */
function parseQuantity(text) {
    if (typeof text === 'number')
        return text;
    if (!text)
        return undefined;
    const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (SUFFIX[match[2] ?? ''] ?? 1);
}
/** A quantity for a line: cpu in cores or millicores, memory in Mi/Gi, counts as they are. */
function formatQuantity(resource, value) {
    if (/cpu/.test(resource))
        return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(3)}`;
    if (/memory|storage/.test(resource)) {
        if (value >= 2 ** 30)
            return `${+(value / 2 ** 30).toFixed(2)}Gi`;
        return `${+(value / 2 ** 20).toFixed(1)}Mi`;
    }
    return String(+value.toFixed(3));
}


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ RolloutWatcher)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3439);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _new_pods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8394);
/* harmony import */ var _pod_problem__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1278);
/* harmony import */ var _workload_status__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2937);




/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = _workload_status__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOAD_KINDS */ .i6.filter((kind) => kind !== 'Job');
/**
 * Watches every Deployment, StatefulSet and DaemonSet of a helm release through the
 * Kubernetes API, logging updated / ready / available per workload at a steady pace, and
 * explains a rollout that failed: the failing pods' reasons and the workloads' recent events.
 */
class RolloutWatcher {
    options;
    intervalMs;
    sleep;
    /** The last statuses read, for the summary. */
    last = [];
    /** Consecutive reads that failed (the API server went away mid-watch). */
    failedReads = 0;
    /** Every read, over the whole watch, that could not reach the API server, and the last such error. */
    unreachableReads = 0;
    lastUnreachable = '';
    /** Reads that answered, or failed, only after `stallMs`; the longest took `longestStallMs`. */
    stalledReads = 0;
    longestStallMs = 0;
    stallMs;
    now;
    /** The judge's word after the last read. */
    verdict = { state: 'pending', reason: 'not read yet' };
    /** GET requests sent to the API server (for the bench's requests per second). */
    requests = 0;
    firstRead;
    failFastMs;
    objects = new Map();
    /** Since when each workload's every new pod has looked terminal. */
    failingSince = new Map();
    said = new Set();
    /** Each workload's generation at the first read: while helm applies, only what it changed can fail fast. */
    baseline;
    /** Set once the operation is done (judge): then every workload's state is the release's. */
    judging = false;
    constructor(options) {
        this.options = options;
        this.intervalMs = options.intervalMs ?? 5000;
        this.sleep = options.sleep ?? ((ms, signal) => (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y)(ms, signal));
        this.stallMs = options.stallMs ?? 5000;
        this.now = options.now ?? Date.now;
        this.failFastMs = options.failFastMs ?? 30_000;
    }
    /** The release's workloads and their rollout counts, read now. */
    async snapshot() {
        const { client, namespace, release } = this.options;
        const objects = new Map();
        const lists = await Promise.all(WATCHED_KINDS.map(async (kind) => {
            this.requests++;
            const listed = await client.request({
                path: (0,_workload_status__WEBPACK_IMPORTED_MODULE_0__/* .workloadPath */ .jC)(kind, namespace),
                timeoutMs: this.options.readTimeoutMs ?? 20_000,
            });
            return (listed.items ?? [])
                .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
                .map((item) => {
                const status = (0,_workload_status__WEBPACK_IMPORTED_MODULE_0__/* .workloadStatus */ .gk)(kind, { ...item, metadata: { namespace, ...item.metadata } });
                objects.set(`${kind}/${status.name}`, item);
                return status;
            });
        }));
        this.objects = objects;
        return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
    }
    /**
     * The judge, after the operation that changed the release: reads until every workload is
     * healthy, one failed, every new pod of one has looked terminal for `failFastMs`, or
     * `timeoutMs` ran out.
     */
    async judge(options) {
        this.judging = true;
        const deadline = this.now() + options.timeoutMs;
        const signal = options.signal ?? new AbortController().signal;
        for (;;) {
            await this.tick();
            const verdict = this.verdict;
            if (verdict.state !== 'pending')
                return verdict;
            if (this.now() >= deadline)
                return { state: 'failed', reason: `not healthy within ${seconds(options.timeoutMs)}: ${verdict.reason}` };
            await this.sleep(Math.min(this.intervalMs, Math.max(0, deadline - this.now())), signal);
            if (signal.aborted)
                throw signal.reason;
        }
    }
    /** The verdict on what was just read; reads the new pods of workloads not yet healthy, and names why. */
    async assess(statuses, at) {
        const pending = [];
        for (const s of statuses) {
            const key = `${s.kind}/${s.name}`;
            if (s.done)
                continue;
            const object = this.objects.get(key) ?? {};
            const generation = object.metadata?.generation ?? 0;
            // Pods of a spec helm has not replaced yet (a release left broken before) are not this rollout's.
            const changed = this.judging || this.baseline?.get(key) !== generation;
            this.requests += s.kind === 'Deployment' ? 2 : s.kind === 'Job' ? 0 : 1;
            const found = await (0,_new_pods__WEBPACK_IMPORTED_MODULE_2__/* .newPodsOf */ .wn)(this.options.client, s, object);
            const why = describeWaiting(s, found);
            this.sayOnce(found);
            if (s.failure)
                return { state: 'failed', reason: why };
            const timer = `${key}@${generation}`;
            if (changed && (0,_new_pods__WEBPACK_IMPORTED_MODULE_2__/* .allNewPodsFailing */ .AC)(found)) {
                const since = this.failingSince.get(timer) ?? at;
                this.failingSince.set(timer, since);
                if (at - since >= this.failFastMs)
                    return {
                        state: 'failed',
                        reason: `${why} (every new pod failing for ${seconds(at - since)})`,
                        fastMs: at - since,
                    };
            }
            else
                this.failingSince.delete(timer);
            pending.push(why);
        }
        return pending.length ? { state: 'pending', reason: pending.join('; ') } : { state: 'healthy' };
    }
    /** Names each pod problem once while the watch runs (the progress lines say the counts). */
    sayOnce(found) {
        const lines = found.problems.map((p) => `pod ${p.pod}: ${p.why}`);
        if (found.createFailure)
            lines.unshift(`cannot create pods: ${found.createFailure}`);
        for (const line of lines) {
            if (this.said.has(line))
                continue;
            this.said.add(line);
            this.options.logger.warning(line);
        }
    }
    /**
     * Logs progress every interval until `operation` settles; returns the operation's outcome.
     * The pause between reads is cancelled the moment the operation settles: a pending timer
     * would keep the process alive for up to one interval after helm is done. When the judge
     * fails the rollout meanwhile, `onFailed` is called once (the caller stops helm's wait).
     */
    async watchWhile(operation, onFailed) {
        const settled = new AbortController();
        const done = operation.then(() => settled.abort(), () => settled.abort());
        let told = false;
        while (!settled.signal.aborted) {
            await this.tick();
            if (settled.signal.aborted)
                break;
            if (onFailed && !told && this.verdict.state === 'failed') {
                told = true;
                onFailed(this.verdict);
            }
            await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
        }
        await this.tick();
        return operation;
    }
    /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
    async tick() {
        const started = this.now();
        this.firstRead ??= started;
        try {
            this.last = await this.snapshot();
            this.failedReads = 0;
            if (!this.last.length)
                this.options.logger.info(`No workloads of release ${this.options.release} yet`);
            for (const status of this.last)
                this.options.logger.info((0,_workload_status__WEBPACK_IMPORTED_MODULE_0__/* .formatStatus */ .me)(status));
            this.baseline ??= new Map(this.last.map((w) => [
                `${w.kind}/${w.name}`,
                this.objects.get(`${w.kind}/${w.name}`)?.metadata?.generation ?? 0,
            ]));
            this.verdict = await this.assess(this.last, started);
        }
        catch (error) {
            this.verdict = { state: 'pending', reason: `cannot read the rollout: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}` };
            this.failedReads++;
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_) {
                this.unreachableReads++;
                this.lastUnreachable = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
            }
            this.options.logger.warning(`Cannot read the rollout (${this.failedReads}): ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
        finally {
            const took = this.now() - started;
            if (took > this.stallMs) {
                this.stalledReads++;
                this.longestStallMs = Math.max(this.longestStallMs, took);
                this.options.logger.warning(`The Kubernetes API took ${seconds(took)} to answer a rollout read`);
            }
        }
    }
    /** "12 API reads in 30.0 s (0.4/s)": what the watch cost the API server. */
    load() {
        const ms = this.firstRead === undefined ? 0 : this.now() - this.firstRead;
        const rate = ms > 0 ? (this.requests * 1000) / ms : 0;
        return `${this.requests} API reads in ${seconds(ms)} (${rate.toFixed(1)}/s)`;
    }
    /**
     * Said when the API server could not be reached, or kept a read waiting (its etcd gone, say),
     * at some point of the watch, even if it came back.
     */
    outage() {
        const said = [];
        if (this.unreachableReads)
            said.push(`the Kubernetes API was unreachable during the watch (${reads(this.unreachableReads)} failed; last: ${this.lastUnreachable})`);
        if (this.stalledReads)
            said.push(`the Kubernetes API stalled during the watch (${reads(this.stalledReads)} waited over ${seconds(this.stallMs)}, the longest ${seconds(this.longestStallMs)}): the API server or its etcd was not answering`);
        return said.length ? said.join('; ') : undefined;
    }
    /** Why the given workloads are not healthy: pod reasons and recent events, one line each. */
    async explain(workloads = this.last.filter((s) => !s.done)) {
        const lines = [];
        for (const workload of workloads) {
            try {
                lines.push(...(await this.explainOne(workload)));
            }
            catch (error) {
                lines.push(`${workload.kind}/${workload.name}: could not read why (${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)})`);
            }
        }
        return lines;
    }
    async explainOne(workload) {
        const { client } = this.options;
        const ns = encodeURIComponent(workload.namespace);
        const object = await client.get((0,_workload_status__WEBPACK_IMPORTED_MODULE_0__/* .workloadPath */ .jC)(workload.kind, workload.namespace, workload.name));
        const lines = [];
        const status = this.last.find((s) => s.kind === workload.kind && s.name === workload.name);
        if (status?.failure)
            lines.push(`${workload.kind}/${workload.name}: ${status.failure}`);
        if (status?.replicaFailure)
            lines.push(`${workload.kind}/${workload.name}: ${status.replicaFailure}`);
        const labels = object.spec?.selector?.matchLabels ?? {};
        const selector = Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const pods = selector
            ? ((await client.get(`/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`)).items ?? [])
            : [];
        const failing = pods.map((pod) => [pod.metadata?.name ?? '?', (0,_pod_problem__WEBPACK_IMPORTED_MODULE_4__/* .podProblem */ .h)(pod)]).filter(([, why]) => why);
        for (const [name, why] of failing.slice(0, 5))
            lines.push(`pod ${name}: ${why}`);
        if (failing.length > 5)
            lines.push(`… and ${failing.length - 5} more pods not ready`);
        const events = ((await client.get(`/api/v1/namespaces/${ns}/events`)).items ?? [])
            .filter((e) => {
            const name = e.involvedObject?.name ?? '';
            return name === workload.name || name.startsWith(`${workload.name}-`);
        })
            .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
        // Warnings say why; a few of the latest normal events give the sequence around them.
        const warnings = events.filter((e) => e.type === 'Warning').slice(-6);
        const normal = events.filter((e) => e.type !== 'Warning').slice(-3);
        for (const e of [...warnings, ...normal])
            lines.push(`event ${e.type ?? ''} ${e.reason ?? ''} on ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}: ${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`.replace(/\s+/g, ' '));
        return lines.map((l) => l.trim());
    }
}
/** "Deployment/web: 0 of 1 updated replicas are available; pod web-1: container app waiting: CrashLoopBackOff". */
function describeWaiting(s, found) {
    const said = [`${s.kind}/${s.name}: ${s.failure ?? s.waiting ?? 'not healthy'}`];
    if (found.createFailure)
        said.push(`cannot create pods: ${found.createFailure}`);
    const problems = [...found.problems].sort((a, b) => Number(b.terminal) - Number(a.terminal));
    for (const p of problems.slice(0, 2))
        said.push(`pod ${p.pod}: ${p.why}`);
    if (problems.length > 2)
        said.push(`${problems.length - 2} more pods not ready`);
    return said.join('; ');
}
function reads(n) {
    return n === 1 ? '1 read' : `${n} reads`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function eventTime(e) {
    return e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
}


/***/ }),

/***/ 2937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xc: () => (/* binding */ workloadsInManifest),
/* harmony export */   gk: () => (/* binding */ workloadStatus),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   jC: () => (/* binding */ workloadPath),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const num = (value) => (typeof value === 'number' ? value : 0);
function workloadPath(kind, namespace, name) {
    const group = kind === 'Job' ? 'batch/v1' : 'apps/v1';
    const plural = `${kind.toLowerCase()}s`;
    return `/apis/${group}/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
function conditionsOf(status) {
    return status['conditions'] ?? [];
}
/** The one judge: is this workload healthy, still rolling out (and why), or failed? */
function workloadStatus(kind, object) {
    const status = object.status ?? {};
    const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
    const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
    const counts = (desired, updated, ready, available) => ({
        ...ref,
        desired,
        updated,
        ready,
        available,
    });
    const verdict = (base, waiting, failure) => ({
        ...base,
        done: waiting === undefined && !failure,
        failure,
        ...(waiting !== undefined ? { waiting } : {}),
    });
    const notObserved = 'waiting for the controller to observe the new spec';
    if (kind === 'Job') {
        const conditions = conditionsOf(status);
        const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
        const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
        const desired = object.spec?.completions ?? 1;
        const succeeded = num(status['succeeded']);
        const base = counts(desired, succeeded, succeeded, succeeded);
        if (failed)
            return verdict(base, 'failed', `Job failed: ${[failed.reason, failed.message].filter(Boolean).join(': ')}`);
        return verdict(base, complete ? undefined : `${succeeded} of ${desired} completions`);
    }
    if (kind === 'DaemonSet') {
        const desired = num(status['desiredNumberScheduled']);
        const updated = num(status['updatedNumberScheduled']);
        const available = num(status['numberAvailable']);
        const base = counts(desired, updated, num(status['numberReady']), available);
        if (!observed)
            return verdict(base, notObserved);
        if (updated < desired)
            return verdict(base, `${updated} of ${desired} updated pods are scheduled`);
        if (available < desired)
            return verdict(base, `${available} of ${updated} updated pods are available`);
        return verdict(base, undefined);
    }
    const desired = object.spec?.replicas ?? 1;
    const updated = num(status['updatedReplicas']);
    const ready = num(status['readyReplicas']);
    const available = num(status['availableReplicas']);
    const base = counts(desired, updated, ready, status['availableReplicas'] === undefined && kind === 'StatefulSet' ? ready : available);
    if (kind === 'StatefulSet') {
        if (!observed)
            return verdict(base, notObserved);
        if (ready < desired)
            return verdict(base, `${ready} of ${desired} pods are ready`);
        if (base.available < desired)
            return verdict(base, `${base.available} of ${desired} pods are available`);
        const strategy = object.spec?.updateStrategy;
        // OnDelete: the controller updates a pod only when it is deleted; the rollout is the user's.
        if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
            return verdict(base, undefined);
        const partition = strategy?.rollingUpdate?.partition ?? 0;
        if (partition > 0) {
            const wanted = Math.max(0, desired - partition);
            return verdict(base, updated < wanted ? `${updated} of ${wanted} pods above partition ${partition} are updated` : undefined);
        }
        if (status['updateRevision'] !== status['currentRevision'] && status['updateRevision'] !== undefined)
            return verdict(base, `${updated} of ${desired} pods are at revision ${String(status['updateRevision'])}`);
        return verdict(base, undefined);
    }
    const conditions = conditionsOf(status);
    const stalled = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
    const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    const withFailure = {
        ...base,
        ...(replicaFailure
            ? { replicaFailure: [replicaFailure.reason, replicaFailure.message].filter(Boolean).join(': ') }
            : {}),
    };
    const failure = stalled ? (stalled.message ?? 'ProgressDeadlineExceeded') : undefined;
    const total = num(status['replicas']);
    if (!observed)
        return verdict(withFailure, notObserved, failure);
    if (updated < desired)
        return verdict(withFailure, `${updated} of ${desired} new replicas have been updated`, failure);
    if (total > updated)
        return verdict(withFailure, `${total - updated} old replicas are pending termination`, failure);
    if (available < desired)
        return verdict(withFailure, `${available} of ${desired} updated replicas are available`, failure);
    return verdict(withFailure, undefined, failure);
}
function formatStatus(s) {
    const counts = s.kind === 'Job'
        ? `${s.updated}/${s.desired} completed`
        : `${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available`;
    return `${s.kind}/${s.name}: ${counts}${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}
/** The workloads (and Jobs) in a rendered manifest (helm get manifest, helm get hooks). */
async function workloadsInManifest(manifest, defaultNamespace) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const refs = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj || !WORKLOAD_KINDS.includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        refs.push({
            kind: obj.kind,
            name: obj.metadata.name,
            namespace: obj.metadata.namespace ?? defaultNamespace,
        });
    }
    return refs;
}


/***/ })

};
