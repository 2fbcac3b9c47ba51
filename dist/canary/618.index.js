export const id = 618;
export const ids = [618];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jL: () => (/* binding */ HelmCli)
});

// UNUSED EXPORTS: HelmCommandError, errorLines, parseReleaseJson

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

/***/ 2589:
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
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/kube/src/exec-credential.ts

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
        throw new errors/* ConfigError */.xL(`${name} asks for interactiveMode: Always; a runner has no terminal to give it`);
    let stdout;
    try {
        ({ stdout } = await (0,exec/* exec */.m)(plugin.command, plugin.args, {
            env: { ...process.env, ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(access, plugin) },
            signal,
            timeoutMs: 60_000,
        }));
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        const last = error instanceof exec/* ExecError */.c ? error.result.stderr.trim().split('\n').at(-1)?.slice(0, 300) : '';
        throw new errors/* ConfigError */.xL(`${name} failed: ${last || (error instanceof Error ? error.message : String(error))}`, {
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
        throw new errors/* ConfigError */.xL(`${name} did not print an ExecCredential (JSON) on stdout`);
    }
    if (parsed.kind !== 'ExecCredential' || parsed.apiVersion !== plugin.apiVersion)
        throw new errors/* ConfigError */.xL(`${name} printed ${String(parsed.apiVersion)} ${String(parsed.kind)}; the kubeconfig asks for ${plugin.apiVersion} ExecCredential`);
    const status = parsed.status ?? {};
    const text = (key) => (typeof status[key] === 'string' && status[key] ? status[key] : undefined);
    const token = text('token');
    const cert = text('clientCertificateData');
    const key = text('clientKeyData');
    if (!token && !(cert && key))
        throw new errors/* ConfigError */.xL(`${name} handed out neither a token nor a client certificate and key`);
    if (Boolean(cert) !== Boolean(key))
        throw new errors/* ConfigError */.xL(`${name} handed out a client certificate without its key, or a key without its certificate`);
    for (const secret of [token, key])
        (0,mask/* maskSecret */.$l)(secret);
    const expiry = text('expirationTimestamp');
    const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
        throw new errors/* ConfigError */.xL(`${name} handed out an expirationTimestamp that is not a time (RFC 3339)`);
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

// EXTERNAL MODULE: ./packages/kit/src/http/no-proxy.ts
var no_proxy = __webpack_require__(9167);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
;// CONCATENATED MODULE: ./packages/kube/src/kube-proxy.ts


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
    if ((0,no_proxy/* bypassesProxy */.Z)(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '', 'go'))
        return undefined;
    const [name, value] = set;
    return { url: (0,kubeconfig/* checkProxyUrl */.O1)(value.includes('://') ? value : `http://${value}`, name), from: name };
}

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
        const plugin = execCredentials(this.access);
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
        const proxy = await proxyFor(this.access);
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


/***/ })

};
