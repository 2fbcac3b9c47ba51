export const id = 174;
export const ids = [174];
export const modules = {

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION: () => (/* binding */ ANNOTATION),
/* harmony export */   O5: () => (/* binding */ COLOURS),
/* harmony export */   RQ: () => (/* binding */ otherColour),
/* harmony export */   SJ: () => (/* binding */ switchedAnnotations),
/* harmony export */   SP: () => (/* binding */ colourRelease),
/* harmony export */   Xm: () => (/* binding */ colourServiceIn),
/* harmony export */   ZT: () => (/* binding */ switchedService),
/* harmony export */   oQ: () => (/* binding */ readColourState)
/* harmony export */ });
/* unused harmony export MANAGED_BY */
const COLOURS = ['blue', 'green'];
/** Annotations on the live Service that hold the blue-green state; nothing else is needed. */
const ANNOTATION = {
    colour: 'slipway.dev/colour',
    previous: 'slipway.dev/previous-colour',
    switchedAt: 'slipway.dev/switched-at',
    /** JSON {"Deployment/web-blue": 3}: replica counts of a colour scaled down, to scale it up again. */
    scaledDown: 'slipway.dev/scaled-down',
};
const MANAGED_BY = 'slipway-helm-deploy';
function otherColour(colour) {
    return colour === 'blue' ? 'green' : 'blue';
}
/** The helm release that holds one colour: `<release>-<colour>`. */
function colourRelease(release, colour) {
    return `${release}-${colour}`;
}
function asColour(value) {
    return value === 'blue' || value === 'green' ? value : undefined;
}
function readColourState(service) {
    const annotations = service?.metadata.annotations ?? {};
    let scaledDown = {};
    try {
        const parsed = JSON.parse(annotations[ANNOTATION.scaledDown] ?? '{}');
        if (parsed && typeof parsed === 'object')
            scaledDown = parsed;
    }
    catch {
        // an edited annotation: forget it, the workloads say the truth
    }
    return {
        active: asColour(annotations[ANNOTATION.colour]),
        previous: asColour(annotations[ANNOTATION.previous]),
        scaledDown,
    };
}
/** The annotations of a switched object (Service or HTTPRoute): now `colour`, the one before as previous. */
function switchedAnnotations(current, target, scaledDown) {
    const state = readColourState(current);
    const annotations = { ...(current?.metadata.annotations ?? {}) };
    annotations[ANNOTATION.colour] = target.colour;
    if (state.active && state.active !== target.colour)
        annotations[ANNOTATION.previous] = state.active;
    else if (!state.active)
        delete annotations[ANNOTATION.previous];
    annotations[ANNOTATION.switchedAt] = target.switchedAt;
    if (Object.keys(scaledDown).length)
        annotations[ANNOTATION.scaledDown] = JSON.stringify(scaledDown);
    else
        delete annotations[ANNOTATION.scaledDown];
    return annotations;
}
/**
 * The live Service pointed at `colour`: the colour Service's selector and ports, the state in
 * annotations. `current` is the live Service as read (its resourceVersion guards the write), or
 * undefined to create it.
 */
function switchedService(current, target, scaledDown) {
    const base = current
        ? structuredClone(current)
        : {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
                name: target.name,
                namespace: target.namespace,
                labels: { 'app.kubernetes.io/managed-by': MANAGED_BY },
            },
            spec: { type: target.from.type ?? 'ClusterIP' },
        };
    base.metadata.annotations = switchedAnnotations(current, target, scaledDown);
    const spec = { ...(base['spec'] ?? {}) };
    spec['selector'] = { ...target.from.selector };
    spec['ports'] = structuredClone(target.from.ports);
    base['spec'] = spec;
    return base;
}
/** The first Service of a rendered manifest, with the selector the live Service will copy. */
async function colourServiceIn(manifest) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (obj?.kind !== 'Service' || !obj.metadata?.name || !obj.spec?.selector)
            continue;
        return {
            name: obj.metadata.name,
            selector: obj.spec.selector,
            ports: obj.spec.ports ?? [],
            type: obj.spec.type,
        };
    }
    return undefined;
}


/***/ }),

/***/ 7820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ describeKeepPrevious)
/* harmony export */ });
/* unused harmony export parseKeepPrevious */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3592);

const MAX_MS = (/* unused pure expression or super */ null && (6 * 3_600_000));
function parseKeepPrevious(text, name = 'keep-previous') {
    const value = (text ?? '').trim();
    if (!value || value === 'until-next' || value === '1')
        return { kind: 'until-next' };
    if (value === '0')
        return { kind: 'none' };
    // A bare number other than 0 or 1 is ambiguous (a count or seconds?): ask for a unit.
    const ms = /^\d+$/.test(value) ? undefined : parseDurationMs(value);
    if (ms === undefined || ms > MAX_MS)
        throw inputError(name, '"until-next" (or 1), 0, or a duration up to 6h such as "15m"', value);
    return ms === 0 ? { kind: 'none' } : { kind: 'for', ms };
}
function describeKeepPrevious(keep) {
    if (keep.kind === 'until-next')
        return 'kept running until the next deploy';
    if (keep.kind === 'none')
        return 'scaled down after the switch';
    return `kept running for ${Math.round(keep.ms / 1000)}s, then scaled down`;
}


/***/ }),

/***/ 2398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkImageExists)
/* harmony export */ });
/* unused harmony export registryOf */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3592);

const ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** registry host and repository path of a reference (Docker Hub for a bare name). */
function registryOf(repository) {
    const first = repository.split('/')[0];
    if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { host: first, path: repository.slice(first.length + 1) };
    }
    return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}
/**
 * HEADs the image's manifest in its registry (the anonymous token flow when the registry asks).
 * A 404 fails: deploying it could never become ready. A registry that wants credentials we do
 * not have is reported as unverified, not as missing.
 */
async function checkImageExists(image, options) {
    const { host, path } = registryOf(image.repository);
    const reference = image.digest ?? image.tag ?? 'latest';
    const shown = `${image.repository}${image.digest ? `@${image.digest}` : `:${reference}`}`;
    const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
    const schemes = local ? ['https', 'http'] : ['https'];
    let lastError;
    for (const scheme of schemes) {
        const url = `${scheme}://${host}/v2/${path}/manifests/${reference}`;
        try {
            let answer = await head(url, {}, options);
            if (answer.status === 401) {
                const token = await anonymousToken(answer, path, options).catch(() => undefined);
                if (token)
                    answer = await head(url, { authorization: `Bearer ${token}` }, options);
            }
            if (answer.status === 200) {
                options.logger.info(`Image ${shown} exists in ${host}`);
                return 'found';
            }
            if (answer.status === 404)
                throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
            if (answer.status === 401 || answer.status === 403) {
                options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${answer.status})`);
                return 'unverified';
            }
            lastError = new Error(`${url} answered ${answer.status}`);
        }
        catch (error) {
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL)
                throw error;
            lastError = error;
        }
    }
    options.logger.warning(`Cannot verify that ${shown} exists: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(lastError)}`);
    return 'unverified';
}
async function anonymousToken(challenge, path, options) {
    const header = String(challenge.headers['www-authenticate'] ?? '');
    if (!/^Bearer /i.test(header))
        return undefined;
    const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params['realm'])
        return undefined;
    const url = new URL(params['realm']);
    if (params['service'])
        url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', `repository:${path}:pull`);
    const answer = await request('GET', url.href, {}, options);
    if (answer.status !== 200)
        return undefined;
    const body = JSON.parse(answer.body);
    return body.token ?? body.access_token;
}
function head(url, headers, options) {
    return request('HEAD', url, { accept: ACCEPT, ...headers }, options);
}
async function request(method, url, headers, options) {
    const http = url.startsWith('https:') ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method, headers, signal: options.signal, timeout: options.timeoutMs ?? 15_000 }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('timed out')));
        req.on('error', reject);
        req.end();
    });
}


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   _q: () => (/* binding */ requireChart),
/* harmony export */   w0: () => (/* binding */ releasesOf)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3592);
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8823);
/* harmony import */ var _recover_release__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7666);
/* harmony import */ var _image_exists__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2398);




function releasesOf(ctx) {
    return ctx.releases ?? ctx.helm;
}
/**
 * Before anything changes: the API server answers, the namespace is there (or created), the
 * user may do what a release needs, the image exists, and the release is not stuck. The reads
 * are independent and run at once (with helm's resolution, when the session left it running);
 * their failures are reported in that order, helm's first, and nothing is created or recovered
 * unless every one of them passed.
 */
async function preflight(request, ctx) {
    const { kube, logger } = ctx;
    return logger.group('Pre-flight checks', async () => {
        const readOnly = request.mode === 'plan';
        // Blue-green recovers the colour release it is about to deploy, once it knows which.
        const readHistory = !readOnly && request.strategy !== 'blue-green';
        const [helm, reachable, permitted, image, namespace, history] = await Promise.allSettled([
            ctx.helm.ready(),
            (0,_slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .checkReachable */ .sQ)(kube),
            (0,_slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .checkPermissions */ .RS)(kube, request.namespace),
            request.image && request.checkImage && request.mode === 'deploy'
                ? (0,_image_exists__WEBPACK_IMPORTED_MODULE_3__/* .checkImageExists */ .C)(request.image, { logger, signal: ctx.signal })
                : undefined,
            (0,_slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .lookupNamespace */ .gA)(kube, request.namespace, logger),
            readHistory ? releasesOf(ctx).history(request.release) : undefined,
        ]);
        if (helm.status === 'rejected')
            throw helm.reason;
        if (reachable.status === 'rejected') {
            const error = reachable.reason;
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_)
                throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`Pre-flight: ${error.message}. Is the cluster up and the kubeconfig's server right?`);
            throw error;
        }
        logger.info(`Kubernetes API ${kube.access.server} answers (${reachable.value})`);
        const found = settledValue(permitted, image, namespace, history);
        logger.info(`The kubeconfig's user may manage releases in ${request.namespace}`);
        const ns = await (0,_slipway_kube__WEBPACK_IMPORTED_MODULE_1__/* .ensureNamespace */ .Gv)(kube, request.namespace, {
            create: request.createNamespace && !readOnly,
            logger,
            found: found.namespace,
        });
        logger.info(`Namespace ${request.namespace}: ${ns}`);
        if (!readHistory)
            return { recovery: undefined, history: undefined };
        const recovery = await (0,_recover_release__WEBPACK_IMPORTED_MODULE_2__/* .recoverStuckRelease */ .c)(ctx.helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger,
            history: found.history,
        });
        if (recovery.action === 'none') {
            logger.info(`Release ${request.release}: ${describeState(recovery)}`);
            return { recovery, history: found.history };
        }
        return { recovery, history: await releasesOf(ctx).history(request.release) };
    });
}
/** The first failure in pre-flight order, else the values. */
function settledValue(permitted, image, namespace, history) {
    for (const result of [permitted, image, namespace, history])
        if (result.status === 'rejected')
            throw result.reason;
    return {
        namespace: namespace.value,
        history: history.value,
    };
}
function describeState(recovery) {
    const state = recovery.state;
    if (state.kind === 'absent')
        return 'not installed yet';
    if (state.kind === 'ready')
        return `at revision ${state.current.revision} (${state.current.status})`;
    return state.kind;
}
function requireChart(request) {
    if (!request.chart)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input 'chart': expected a chart path, repository/name or oci:// reference`);
    return request.chart;
}


/***/ }),

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HelmCli: () => (/* binding */ HelmCli)
});

// UNUSED EXPORTS: HelmCommandError, parseReleaseJson

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 20 modules
var src = __webpack_require__(3592);
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
    /** The argv of an upgrade, exposed so tests and the log can show exactly what runs. */
    upgradeArgs(request, extra = []) {
        const args = ['upgrade', request.release, request.chart, '--install', ...this.common()];
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
        return [...args, ...extra];
    }
    /** `stream: 'stderr'` logs helm's stderr as it comes and keeps its stdout (JSON) for the caller. */
    async run(args, options = {}) {
        await this.ready();
        this.logger.debug(`helm ${args.join(' ')}`);
        const signals = [this.signal, options.signal].filter((s) => !!s);
        try {
            return await (0,src/* exec */.m0)(this.target.path, args, {
                env: this.target.env,
                signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                timeoutMs: options.timeoutMs,
                logger: options.stream ? this.logger : undefined,
                logStdout: options.stream !== 'stderr',
            });
        }
        catch (error) {
            if (error instanceof src/* ExecError */.cI) {
                const stderr = error.result.stderr.trim();
                const reason = stderr.split('\n').filter(Boolean).pop() ?? error.message;
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
    /** Every revision, oldest first; empty when the release does not exist. */
    async history(release) {
        await this.ready();
        try {
            const { stdout } = await this.run(['history', release, '--max', '256', '--output', 'json', ...this.common()]);
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
            release,
            String(revision),
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
        ], { stream: true });
    }
    async uninstall(release, options) {
        await this.ready();
        await this.run([
            'uninstall',
            release,
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
        ], { stream: true });
    }
    async status(release) {
        await this.ready();
        const { stdout } = await this.run(['status', release, '--output', 'json', ...this.common()]);
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
        const args = ['get', 'manifest', release, ...this.common()];
        if (revision !== undefined)
            args.push('--revision', String(revision));
        return (await this.run(args)).stdout;
    }
}


/***/ }),

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Y: () => (/* reexport */ image_values_DEFAULT_IMAGE_VALUES),
  jL: () => (/* reexport */ helm_cli.HelmCli),
  eN: () => (/* reexport */ deploySummary),
  D3: () => (/* reexport */ mergeValues),
  openSession: () => (/* reexport */ openSession),
  ZD: () => (/* reexport */ parseVersionSpec),
  readKubeconfig: () => (/* reexport */ readKubeconfig),
  runRelease: () => (/* reexport */ runRelease),
  l2: () => (/* reexport */ splitImageRef)
});

// UNUSED EXPORTS: BLUE_GREEN_ANNOTATION, COLOURS, DownloadError, HelmCommandError, SecretReleaseReader, checkImageExists, classifyRelease, colourRelease, colourServiceIn, describeKeepPrevious, downloadBytes, dryRunFlags, exactVersion, findOnPath, formatHelmVersion, helmArchiveName, helmVersionOf, imageValues, installHelm, isPending, lastGoodRevision, lineDiff, nestValues, otherColour, parseChecksumFile, parseHelmVersion, parseHistory, parseKeepPrevious, parseReleaseJson, planChanges, readChart, readColourState, readImageValues, readValuesFiles, readValuesMap, recoverStuckRelease, registryOf, resolveHelm, revisionsFromSecrets, satisfies, switchedService, timeoutFlag, upgradeFlags, usesSecretStorage, waitFlags

;// CONCATENATED MODULE: ./packages/helm/src/helm-version.ts
const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/;
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;
function parseHelmVersion(text) {
    const match = VERSION.exec(text.trim());
    if (!match)
        return undefined;
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: match[3] === undefined ? undefined : Number(match[3]),
    };
}
function parseVersionSpec(text) {
    const match = SPEC.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch] = match;
    if (minor === 'x' && patch !== undefined && patch !== 'x')
        return undefined;
    const num = (s) => (s === undefined || s === 'x' ? undefined : Number(s));
    return { major: Number(major), minor: num(minor), patch: num(patch), text: text.trim() };
}
/** True when `version` is inside `spec`. An unknown patch satisfies only specs that name none. */
function satisfies(version, spec) {
    if (version.major !== spec.major)
        return false;
    if (spec.minor !== undefined && version.minor !== spec.minor)
        return false;
    if (spec.patch !== undefined && version.patch !== spec.patch)
        return false;
    return true;
}
/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
function exactVersion(spec) {
    if (spec.minor === undefined || spec.patch === undefined)
        return undefined;
    return `${spec.major}.${spec.minor}.${spec.patch}`;
}
function formatHelmVersion(version) {
    return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}`;
}

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 20 modules
var src = __webpack_require__(3592);
;// CONCATENATED MODULE: ./packages/helm/src/download-file.ts

class DownloadError extends Error {
    status;
    name = 'DownloadError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * GETs a URL into memory over node http(s), following redirects. 5xx, 429 and network
 * failures are TransientError (worth a retry); 4xx is DownloadError (not).
 */
async function downloadBytes(url, options = {}) {
    const maxRedirects = options.maxRedirects ?? 5;
    let target = new URL(url);
    for (let hop = 0;; hop++) {
        const answer = await getOnce(target, options);
        if ('location' in answer) {
            if (hop >= maxRedirects)
                throw new DownloadError(`Too many redirects from ${url}`, 0);
            target = new URL(answer.location, target);
            continue;
        }
        return answer.body;
    }
}
async function getOnce(url, options) {
    const http = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new DownloadError(`Cannot download ${url.href}: only http and https`, 0);
    return new Promise((resolve, reject) => {
        const request = http.get(url, { signal: options.signal, timeout: options.timeoutMs ?? 60_000 }, (response) => {
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400 && response.headers.location) {
                response.resume();
                return resolve({ location: response.headers.location });
            }
            if (status !== 200) {
                response.resume();
                const message = `GET ${url.href} answered ${status}`;
                return reject(status >= 500 || status === 429 ? new src/* TransientError */.N_(message) : new DownloadError(message, status));
            }
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve({ body: Buffer.concat(chunks) }));
            response.on('error', (error) => reject(new src/* TransientError */.N_(`GET ${url.href}: ${error.message}`, { cause: error })));
        });
        request.on('timeout', () => request.destroy(new Error('timed out')));
        request.on('error', (error) => {
            if (error.name === 'AbortError')
                return reject(error);
            reject(new src/* TransientError */.N_(`GET ${url.href}: ${error.message}`, { cause: error }));
        });
    });
}

;// CONCATENATED MODULE: ./packages/helm/src/install-helm.ts


const GO_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
function helmArchiveName(version, platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    return `helm-v${version}-${os}-${GO_ARCH[arch] ?? arch}.tar.gz`;
}
/** The first 64-hex word of a .sha256sum (`<hash>  <file>`) or .sha256 (`<hash>`) file. */
function parseChecksumFile(text) {
    return /^\s*([0-9a-fA-F]{64})\b/.exec(text)?.[1]?.toLowerCase();
}
/**
 * Downloads helm's release archive, verifies it against the published SHA-256, extracts it
 * with tar and returns the binary's path. A cached, already verified copy is reused.
 */
async function installHelm(options) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const { existsSync, mkdirSync, writeFileSync, rmSync, renameSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const { join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const archive = helmArchiveName(options.version, options.platform, options.arch);
    const folder = archive.replace(/^helm-v[^-]+-/, '').replace(/\.tar\.gz$/, '');
    const home = join(options.cacheDir, 'helm', options.version, folder);
    const binary = join(home, 'helm');
    if (existsSync(join(home, '.verified')) && existsSync(binary)) {
        options.logger.info(`Using cached helm v${options.version} at ${binary}`);
        return binary;
    }
    const base = options.baseUrl.replace(/\/+$/, '');
    const fetchWithRetry = (url) => (0,src/* retry */.L5)(() => downloadBytes(url, { signal: options.signal }), {
        attempts: 4,
        baseDelayMs: 1000,
        signal: options.signal,
        onRetry: ({ attempt, delayMs, error }) => options.logger.warning(`Download of ${url} failed (attempt ${attempt}): ${String(error)}; retrying in ${delayMs}ms`),
    });
    options.logger.info(`Downloading helm v${options.version} from ${base}/${archive}`);
    const sumText = (await fetchWithRetry(`${base}/${archive}.sha256sum`)).toString('utf8');
    const expected = parseChecksumFile(sumText);
    if (!expected)
        throw new src/* ConfigError */.xL(`${base}/${archive}.sha256sum does not hold a SHA-256 checksum`);
    const bytes = await fetchWithRetry(`${base}/${archive}`);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected) {
        throw new src/* ConfigError */.xL(`Checksum mismatch for ${base}/${archive}: published sha256 ${expected}, downloaded ${actual}; not installed`);
    }
    options.logger.info(`Verified sha256 ${actual}`);
    const staging = `${home}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const archivePath = join(staging, archive);
    writeFileSync(archivePath, bytes);
    await (0,src/* exec */.m0)('tar', ['-xzf', archivePath, '-C', staging], { signal: options.signal });
    const extracted = join(staging, folder, 'helm');
    if (!existsSync(extracted))
        throw new src/* ConfigError */.xL(`${archive} does not contain ${folder}/helm`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(join(home, '..'), { recursive: true });
    renameSync(join(staging, folder), home);
    rmSync(staging, { recursive: true, force: true });
    writeFileSync(join(home, '.verified'), `${actual}\n`);
    return binary;
}

;// CONCATENATED MODULE: ./packages/helm/src/resolve-helm.ts



/** The first executable `helm` on PATH, without a shell. */
async function findOnPath(name, env = process.env) {
    const { accessSync, constants, statSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    for (const dir of (env['PATH'] ?? '').split(delimiter)) {
        if (!dir)
            continue;
        const candidate = join(dir, name);
        try {
            if (!statSync(candidate).isFile())
                continue;
            accessSync(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function helmVersionOf(path, signal) {
    const result = await (0,src/* exec */.m0)(path, ['version', '--template', '{{.Version}}'], { signal, timeoutMs: 30_000 });
    const version = parseHelmVersion(result.stdout.trim());
    if (!version)
        throw new Error(`${path} printed no version we can read: ${JSON.stringify(result.stdout.slice(0, 80))}`);
    return version;
}
/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 */
async function resolveHelm(options) {
    const { spec, logger } = options;
    const setIn = options.specSource ?? "Input 'helm-version'";
    const onPath = await findOnPath('helm', options.env);
    let found;
    if (onPath) {
        found = await helmVersionOf(onPath, options.signal);
        if (!spec || satisfies(found, spec)) {
            logger.info(`Using helm ${formatHelmVersion(found)} from PATH (${onPath})`);
            return { path: onPath, version: found, source: 'path' };
        }
    }
    const seen = onPath && found ? `helm on PATH is ${formatHelmVersion(found)}` : 'no helm on PATH';
    if (!spec)
        throw new src/* ConfigError */.xL(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
    const exact = exactVersion(spec);
    if (!exact) {
        throw new src/* ConfigError */.xL(`${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one`);
    }
    logger.info(`${seen}; installing helm v${exact}`);
    const path = await installHelm({
        version: exact,
        baseUrl: options.downloadBaseUrl,
        cacheDir: options.cacheDir,
        logger,
        signal: options.signal,
    });
    const version = await helmVersionOf(path, options.signal);
    if (!satisfies(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
        throw new src/* ConfigError */.xL(`The downloaded helm reports ${formatHelmVersion(version)}, not v${exact}: refusing to use it (check 'helm-download-url')`);
    }
    return { path, version, source: 'installed' };
}

// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts + 1 modules
var helm_cli = __webpack_require__(6964);
// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/kube/src/index.ts + 10 modules
var kube_src = __webpack_require__(8823);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/image-values.ts

const image_values_DEFAULT_IMAGE_VALUES = {
    repository: 'image.repository',
    tag: 'image.tag',
    digest: 'image.digest',
};
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function splitImageRef(text, where = `Input 'image'`) {
    const bad = (why) => {
        throw new src/* ConfigError */.xL(`${where}: expected an image reference such as "ghcr.io/acme/web@sha256:…" or "ghcr.io/acme/web:1.2.3" (${why}), got "${text}"`);
    };
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            bad('the digest must be sha256: and 64 hex digits');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad(`invalid tag "${tag}"`);
    }
    if (!REPOSITORY.test(rest))
        bad('invalid repository');
    if (!tag && !digest)
        bad('give a tag or, better, a digest');
    return { repository: rest, tag, digest };
}
/** A dotted-path map of values ("image.tag") as a nested object helm reads from a values file. */
function nestValues(flat) {
    const root = {};
    for (const [path, value] of Object.entries(flat)) {
        const keys = path.split('.');
        let node = root;
        for (const key of keys.slice(0, -1)) {
            const next = node[key];
            node = (node[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {});
        }
        node[keys[keys.length - 1]] = value;
    }
    return root;
}
/**
 * The values that put `image` into the chart. A digest-pinned reference also sets the tag
 * when it has one (charts label with it), and clears nothing else.
 */
function imageValues(image, paths) {
    const flat = {};
    if (paths.repository)
        flat[paths.repository] = image.repository;
    if (paths.tag && image.tag)
        flat[paths.tag] = image.tag;
    if (paths.digest)
        flat[paths.digest] = image.digest ?? '';
    return nestValues(flat);
}
/** Deep merge of values maps; later wins, lists are replaced (as helm does). */
function mergeValues(...layers) {
    const out = {};
    for (const layer of layers) {
        for (const [key, value] of Object.entries(layer)) {
            const prev = out[key];
            const bothMaps = prev &&
                value &&
                typeof prev === 'object' &&
                typeof value === 'object' &&
                !Array.isArray(prev) &&
                !Array.isArray(value);
            out[key] = bothMaps ? mergeValues(prev, value) : value;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/manifest-diff.ts
/** Objects of a rendered manifest keyed Kind/namespace/name, each as its YAML text. */
async function manifestObjects(manifest, namespace) {
    const { parseAllDocuments, stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = new Map();
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj?.kind || !obj.metadata?.name)
            continue;
        objects.set(`${obj.kind}/${obj.metadata.namespace ?? namespace}/${obj.metadata.name}`, stringify(obj));
    }
    return objects;
}
/** A line diff (`-`/`+`/` `) of two small texts, by longest common subsequence, context trimmed to 3 lines. */
function lineDiff(before, after, context = 3) {
    const a = before.split('\n');
    const b = after.split('\n');
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            lines.push(`  ${a[i]}`);
            i++;
            j++;
        }
        else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j]))
            lines.push(`+ ${b[j++]}`);
        else
            lines.push(`- ${a[i++]}`);
    }
    const keep = lines.map((line, n) => lines.slice(Math.max(0, n - context), n + context + 1).some((l) => !l.startsWith('  ')));
    const out = [];
    lines.forEach((line, n) => {
        if (keep[n])
            out.push(line);
        else if (keep[n - 1])
            out.push('  …');
    });
    return out.join('\n');
}
async function planChanges(live, next, namespace) {
    const before = await manifestObjects(live, namespace);
    const after = await manifestObjects(next, namespace);
    const added = [...after.keys()].filter((k) => !before.has(k));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const changed = [];
    let unchanged = 0;
    for (const [key, text] of after) {
        const old = before.get(key);
        if (old === undefined)
            continue;
        if (old === text)
            unchanged++;
        else
            changed.push({ object: key, diff: lineDiff(old, text) });
    }
    return { added, removed, changed, unchanged };
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/after-failure.ts

function decideAfterFailure(facts) {
    const { before, after, ours } = facts;
    if (facts.concurrent)
        return facts.rollbackOnFailure ? { action: 'concurrent', holder: after?.at(-1) } : { action: 'disabled' };
    if (after && after.at(-1)?.revision === before.at(-1)?.revision && ours === undefined)
        return { action: 'nothing-created' };
    if (!facts.rollbackOnFailure)
        return { action: 'disabled' };
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    const current = after ? (0,release_history/* lastGoodRevision */.Z)(after.filter((r) => r.revision !== ours)) : undefined;
    if (current && current.revision > (previous?.revision ?? 0))
        return { action: 'other-run', revision: current.revision };
    if (!previous)
        return { action: 'uninstall' };
    return { action: 'rollback', to: previous.revision };
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity.ts

const RESOURCES = ['cpu', 'memory'];
/** A Deployment's maxSurge in pods (default 25%, rounded up, as the controller does). */
function surgePods(workload, replicas) {
    const strategy = workload.spec?.strategy;
    if (strategy?.type === 'Recreate')
        return 0;
    const surge = strategy?.rollingUpdate?.maxSurge ?? '25%';
    if (typeof surge === 'number')
        return surge;
    const percent = /^(\d+)%$/.exec(surge);
    return percent ? Math.ceil((replicas * Number(percent[1])) / 100) : Number(surge) || 0;
}
function containerResources(container, ranges) {
    const out = {};
    const limitDefaults = ranges
        .flatMap((r) => r.spec?.limits ?? [])
        .filter((l) => (l.type ?? 'Container') === 'Container');
    for (const resource of RESOURCES) {
        const limit = (0,kube_src/* parseQuantity */.Lf)(container.resources?.limits?.[resource]) ??
            limitDefaults.map((l) => (0,kube_src/* parseQuantity */.Lf)(l.default?.[resource])).find((v) => v !== undefined);
        const request = (0,kube_src/* parseQuantity */.Lf)(container.resources?.requests?.[resource]) ??
            limitDefaults.map((l) => (0,kube_src/* parseQuantity */.Lf)(l.defaultRequest?.[resource])).find((v) => v !== undefined) ??
            // With a limit and no request, Kubernetes requests the limit.
            limit;
        if (request !== undefined)
            out[`requests.${resource}`] = request;
        if (limit !== undefined)
            out[`limits.${resource}`] = limit;
    }
    return out;
}
/**
 * The release's demand: for each Deployment and StatefulSet of the rendered manifest, its pods
 * beyond what runs now (`live`: replicas of the same workload today; 0 for a new one or an idle colour).
 */
async function podDemand(manifest, live, ranges) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const demands = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj || !['Deployment', 'StatefulSet'].includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        const key = `${obj.kind}/${obj.metadata.name}`;
        const replicas = obj.spec?.replicas ?? 1;
        const now = live.get(key) ?? 0;
        const surge = obj.kind === 'Deployment' && now > 0 ? surgePods(obj, replicas) : 0;
        const extraPods = Math.max(0, replicas - now) + surge;
        const containers = (obj.spec?.template?.spec?.containers ?? []).map((c) => ({
            name: c.name ?? '?',
            resources: containerResources(c, ranges),
        }));
        const perPod = {};
        for (const c of containers)
            for (const [k, v] of Object.entries(c.resources))
                perPod[k] = (perPod[k] ?? 0) + v;
        const why = now === 0
            ? `${replicas} new ${plural(replicas, 'pod')}`
            : `${surge} surge ${plural(surge, 'pod')}${replicas > now ? ` and ${replicas - now} more ${plural(replicas - now, 'replica')}` : ''}`;
        demands.push({ workload: key, extraPods, why, perPod, containers });
    }
    return demands;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
/** What the quota counts for one pod: requests.cpu also as "cpu", and the pod itself. */
function quotaKey(resource) {
    if (resource === 'cpu' || resource === 'memory')
        return `requests.${resource}`;
    if (resource === 'count/pods')
        return 'pods';
    return resource;
}
/**
 * Every reason the namespace would refuse the release's new pods: a ResourceQuota without room
 * for them (naming the shortfall), a quota that needs requests the pods lack, a LimitRange
 * maximum or minimum a container breaks. Empty when they fit.
 */
function capacityProblems(demands, quotas, ranges) {
    const problems = [];
    for (const range of ranges)
        for (const limit of range.spec?.limits ?? []) {
            if ((limit.type ?? 'Container') !== 'Container')
                continue;
            for (const d of demands)
                for (const c of d.containers)
                    for (const resource of RESOURCES) {
                        const max = (0,kube_src/* parseQuantity */.Lf)(limit.max?.[resource]);
                        const min = (0,kube_src/* parseQuantity */.Lf)(limit.min?.[resource]);
                        const lim = c.resources[`limits.${resource}`];
                        const req = c.resources[`requests.${resource}`];
                        if (max !== undefined && lim !== undefined && lim > max)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} limits.${resource} ${(0,kube_src/* formatQuantity */.VZ)(resource, lim)} is over the maximum ${(0,kube_src/* formatQuantity */.VZ)(resource, max)}`);
                        if (min !== undefined && req !== undefined && req < min)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} requests.${resource} ${(0,kube_src/* formatQuantity */.VZ)(resource, req)} is under the minimum ${(0,kube_src/* formatQuantity */.VZ)(resource, min)}`);
                    }
        }
    for (const quota of quotas) {
        const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
        const used = quota.status?.used ?? {};
        for (const [resource, hardText] of Object.entries(hard)) {
            const key = quotaKey(resource);
            if (key !== 'pods' && !/^(requests|limits)\.(cpu|memory)$/.test(key))
                continue;
            const limit = (0,kube_src/* parseQuantity */.Lf)(hardText) ?? 0;
            const left = limit - ((0,kube_src/* parseQuantity */.Lf)(used[resource]) ?? 0);
            let needed = 0;
            const parts = [];
            for (const d of demands) {
                if (!d.extraPods)
                    continue;
                const perPod = key === 'pods' ? 1 : d.perPod[key];
                if (perPod === undefined) {
                    problems.push(`ResourceQuota ${quota.metadata?.name} limits ${resource}, and ${d.workload}'s pods set no ${key}: the API server would refuse them`);
                    continue;
                }
                needed += perPod * d.extraPods;
                parts.push(`${d.workload}: ${d.why}`);
            }
            if (needed > left + 1e-9)
                problems.push(`ResourceQuota ${quota.metadata?.name}: ${resource} needs ${(0,kube_src/* formatQuantity */.VZ)(resource, needed)} for ${parts.join(', ')}, but only ${(0,kube_src/* formatQuantity */.VZ)(resource, Math.max(0, left))} of ${(0,kube_src/* formatQuantity */.VZ)(resource, limit)} is left (short by ${(0,kube_src/* formatQuantity */.VZ)(resource, needed - Math.max(0, left))})`);
        }
    }
    return [...new Set(problems)];
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity-check.ts



async function listIn(kube, namespace, resource) {
    try {
        return ((await kube.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`)).items ?? []);
    }
    catch (error) {
        // Not allowed to read them: the API server still decides at admission, and the judge names it.
        if (error instanceof kube_src/* KubeApiError */.W3 && [403, 404].includes(error.status))
            return [];
        throw error;
    }
}
/**
 * Before anything changes: the namespace's ResourceQuotas and LimitRanges admit the release's new
 * pods (requests and limits × replicas, plus a rolling update's surge, or a whole second colour).
 * Renders the chart only when the namespace has either; throws one line naming the shortfall.
 */
async function checkCapacity(request, ctx, upgrade) {
    const [quotas, ranges] = await Promise.all([
        listIn(ctx.kube, request.namespace, 'resourcequotas'),
        listIn(ctx.kube, request.namespace, 'limitranges'),
    ]);
    if (!quotas.length && !ranges.length)
        return;
    const watcher = new kube_src/* RolloutWatcher */.AQ({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
    });
    const [manifest, live] = await Promise.all([ctx.helm.renderUpgrade(upgrade), watcher.snapshot()]);
    const demands = await podDemand(manifest, new Map(live.map((w) => [`${w.kind}/${w.name}`, w.desired])), ranges);
    const problems = capacityProblems(demands, quotas, ranges);
    const names = [...quotas, ...ranges].map((o) => o.metadata?.name).join(', ');
    if (problems.length)
        throw new src/* ConfigError */.xL(`Pre-flight capacity: namespace ${request.namespace} cannot admit the new pods of ${request.release}: ${problems.join('; ')}`);
    ctx.logger.info(`Capacity: the new pods of ${request.release} fit ${names}`);
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/release-content.ts
/** Every container image of a rendered manifest, sorted, once each. */
async function imagesInManifest(manifest) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const images = new Set();
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        const specs = [obj?.spec, obj?.spec?.template?.spec, obj?.spec?.jobTemplate?.spec?.template?.spec];
        for (const spec of specs)
            for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])])
                if (c.image)
                    images.add(c.image);
    }
    return [...images].sort();
}
async function readContent(helm, release, revision) {
    const [manifest, values] = await Promise.all([
        helm.manifest(release, revision.revision),
        helm.values(release, revision.revision),
    ]);
    return { chart: revision.chart, images: await imagesInManifest(manifest), values };
}
function sameContent(a, b) {
    return a.chart === b.chart && a.values === b.values && a.images.join(',') === b.images.join(',');
}
/** "Rollback to 2": the revision a rollback revision restored. */
function restoredRevision(revision) {
    const match = /^Rollback to (\d+)/.exec(revision.description);
    return match ? Number(match[1]) : undefined;
}
/**
 * The revisions a rollback may go back to, newest first: deployed once, and not rolled back away
 * from (a revision followed by "Rollback to …" was judged bad, even when helm called it deployed).
 */
function rollbackCandidates(history, live) {
    const rolledAwayFrom = new Set(history.flatMap((r, i) => (restoredRevision(r) !== undefined && i > 0 ? [history[i - 1]?.revision] : [])));
    return history
        .filter((r) => r.revision < live && ['deployed', 'superseded'].includes(r.status))
        .filter((r) => !rolledAwayFrom.has(r.revision))
        .reverse();
}
/** "web-6.9.1, image shop:6.9.1": what a revision runs, for a line. */
function describeContent(content) {
    const images = content.images.length ? content.images.join(', ') : 'no images';
    return `chart ${content.chart || 'unknown'}, ${content.images.length > 1 ? 'images' : 'image'} ${images}`;
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/rollback-target.ts


/**
 * mode: rollback's target. Named: that revision. Else the newest good revision whose content
 * (chart, images, values) differs from what is live: after an automatic rollback the revision
 * before the live one runs the very same release, and going "back" to it would change nothing.
 */
async function chooseRollbackTarget(helm, release, history, named) {
    const current = history.at(-1);
    if (!current)
        throw new Error(`Release ${release} has no revisions: nothing to roll back`);
    const live = await readContent(helm, release, current);
    if (named !== undefined) {
        const target = history.find((r) => r.revision === named);
        if (!target) {
            const have = history.map((r) => `${r.revision} (${r.status})`).join(', ');
            throw new src/* ConfigError */.xL(`Input 'revision': release ${release} has no revision ${named} (have: ${have})`);
        }
        return { target, live, content: await readContent(helm, release, target) };
    }
    for (const candidate of rollbackCandidates(history, current.revision)) {
        const content = await readContent(helm, release, candidate);
        if (!sameContent(content, live))
            return { target: candidate, live, content };
    }
    const restored = restoredRevision(current);
    throw new src/* ConfigError */.xL(`Release ${release} is live at revision ${current.revision}${restored ? ` (restored from revision ${restored})` : ''} with ${describeContent(live)}: there is no earlier good release with other content to roll back to`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/preflight.ts
var preflight = __webpack_require__(8483);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/deploy-release.ts











/** One entry for the three modes: deploy (upgrade --install), rollback, plan. */
async function runRelease(request, ctx) {
    const now = ctx.now ?? Date.now;
    const started = now();
    const report = {
        mode: request.mode,
        release: request.release,
        namespace: request.namespace,
        chart: request.chart,
        image: request.image ? imageText(request.image) : undefined,
        status: 'failed',
        revision: undefined,
        previousRevision: undefined,
        failedRevision: undefined,
        rolledBack: false,
        recovery: undefined,
        workloads: [],
        durationMs: 0,
        failure: undefined,
        manifestPath: undefined,
        blueGreen: undefined,
        plan: undefined,
    };
    try {
        const checked = await (0,preflight/* preflight */.Mz)(request, ctx);
        report.recovery = checked.recovery;
        const blueGreen = request.strategy === 'blue-green' ? await __webpack_require__.e(/* import() */ 959).then(__webpack_require__.bind(__webpack_require__, 959)) : undefined;
        if (request.mode === 'plan')
            await plan(blueGreen ? { ...request, release: await blueGreen.idleRelease(request, ctx) } : request, ctx, report);
        else if (request.mode === 'rollback')
            await (blueGreen ? blueGreen.blueGreenRollback(request, ctx, report) : rollbackMode(request, ctx, report));
        else
            await (blueGreen
                ? blueGreen.blueGreenDeploy(request, ctx, report, deploy)
                : deploy(request, ctx, report, checked.history));
    }
    finally {
        report.durationMs = now() - started;
    }
    return report;
}
function imageText(image) {
    return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
function watcher(request, ctx) {
    return new kube_src/* RolloutWatcher */.AQ({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
        intervalMs: ctx.watchIntervalMs,
        failFastMs: request.failFastMs,
        now: ctx.now,
    });
}
async function upgradeRequest(request, ctx) {
    const { writeFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const { join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const overrides = mergeValues(request.set, request.image ? imageValues(request.image, request.imageValues) : {});
    const valuesFiles = [...request.valuesFiles];
    if (Object.keys(overrides).length) {
        const file = join(ctx.workDir, 'overrides.values.yaml');
        writeFileSync(file, stringify(overrides), { mode: 0o600 });
        valuesFiles.push(file);
    }
    return {
        release: request.release,
        chart: (0,preflight/* requireChart */._q)(request),
        chartVersion: request.chartVersion,
        valuesFiles,
        timeoutMs: request.timeoutMs,
        historyMax: request.historyMax,
        wait: true,
    };
}
/** Saves the release's manifest (`manifest` when helm printed it already, else `helm get manifest`). */
async function writeManifest(helm, request, ctx, manifest) {
    try {
        const { writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        const { join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
        const path = join(ctx.workDir, `${request.release}.manifest.yaml`);
        await writeFile(path, manifest ?? (await helm.manifest(request.release)), { mode: 0o600 });
        return path;
    }
    catch (error) {
        ctx.logger.warning(`Could not save the release manifest: ${(0,src/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** `known`: the release's history when pre-flight has just read it. */
async function deploy(request, ctx, report, known) {
    const { helm, logger } = ctx;
    const now = ctx.now ?? Date.now;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    const upgrade = await upgradeRequest(request, ctx);
    const before = known ?? (await releases.history(request.release));
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    report.previousRevision = previous?.revision;
    await checkCapacity(request, ctx, upgrade);
    const watch = watcher(request, ctx);
    const started = now();
    // helm's --wait is a first gate only: the judge fails the rollout as soon as it can tell, and
    // then stops helm's wait (helm marks the revision failed) instead of waiting out the timeout.
    const stopHelm = new AbortController();
    let judged;
    const outcome = await logger.group(`helm upgrade --install ${request.release} (helm v${helm.target.major})`, () => watch
        .watchWhile(helm.upgrade(upgrade, stopHelm.signal), (verdict) => {
        judged = verdict.reason;
        logger.warning(`Not healthy, stopping helm's wait: ${verdict.reason}`);
        stopHelm.abort();
    })
        .then((release) => release, (error) => ({ error })));
    let ours;
    if (!('error' in outcome)) {
        ours = outcome.revision;
        const verdict = await logger.group(`Judging the rollout of ${request.release} revision ${ours}`, () => watch
            .judge({ timeoutMs: Math.max(1000, request.timeoutMs - (now() - started)), signal: ctx.signal })
            .catch((error) => ({ state: 'failed', reason: `cancelled: ${(0,src/* errorMessage */.gJ)(error)}` })));
        report.workloads = watch.last;
        logger.info(`Rollout watch: ${watch.load()}`);
        if (verdict.state === 'healthy') {
            report.status = 'deployed';
            report.revision = outcome.revision;
            report.manifestPath = await writeManifest(helm, request, ctx, outcome.manifest);
            logDeployed(logger, request.release, outcome);
            return;
        }
        judged = verdict.reason;
    }
    report.workloads = watch.last;
    if ('error' in outcome)
        logger.info(`Rollout watch: ${watch.load()}`);
    const error = 'error' in outcome ? outcome.error : undefined;
    const after = await releases.history(request.release).catch(() => undefined);
    const latest = after?.at(-1);
    const decision = decideAfterFailure({
        before,
        after,
        ours,
        concurrent: error !== undefined && judged === undefined && isConcurrentOperation(error),
        rollbackOnFailure: request.rollbackOnFailure,
    });
    report.failedRevision =
        decision.action !== 'nothing-created' && latest && latest.revision !== previous?.revision
            ? latest.revision
            : undefined;
    const outage = watch.outage();
    if (decision.action === 'nothing-created' && !ctx.signal?.aborted) {
        // helm refused before writing anything: its reason, alone.
        report.revision = before.at(-1)?.revision;
        report.failure = { reason: (0,src/* errorMessage */.gJ)(error), details: [], rollback: undefined };
        logger.info(`helm created nothing for ${request.release}: ${(0,src/* errorMessage */.gJ)(error)}`);
        return;
    }
    const details = await watch.explain();
    const pods = watch.verdict.state === 'pending' && watch.failedReads === 0 ? watch.verdict.reason : undefined;
    const reason = judged
        ? `not healthy: ${judged}`
        : `${(0,src/* errorMessage */.gJ)(error)}${pods ? ` (${pods})` : ''}${outage ? ` (${outage})` : ''}`;
    report.failure = { reason, details, rollback: undefined };
    logger.info(`Upgrade of ${request.release} failed: ${reason}`);
    for (const line of details)
        logger.info(`  ${line}`);
    if (ctx.signal?.aborted) {
        report.failure.rollback = await recoverAfterCancel(request, ctx);
        return;
    }
    if (decision.action === 'disabled') {
        report.revision = latest?.revision;
        report.failure.rollback = 'not rolled back (rollback-on-failure: false)';
        return;
    }
    // helm refused to start because another run holds the release (two workflows, no concurrency
    // group): this run applied nothing, and a rollback would undo that run's deploy in flight.
    if (decision.action === 'concurrent') {
        const holder = decision.holder;
        const held = holder ? ` (revision ${holder.revision}, ${holder.status})` : '';
        const doing = !holder || holder.status.startsWith('pending-') ? 'is deploying' : 'deployed';
        report.failedRevision = undefined;
        report.revision = (0,release_history/* lastGoodRevision */.Z)(after ?? [])?.revision;
        report.failure.rollback = `not rolled back: another run ${doing} ${request.release} at the same time${held}, and this run changed nothing`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    // Another run deployed the release while this one was upgrading: rolling back to the revision
    // seen at the start, or uninstalling a "first" install, would silently undo that run's good
    // deploy. Leave it serving and say so.
    if (decision.action === 'other-run') {
        report.revision = decision.revision;
        report.failure.rollback = `not rolled back: revision ${decision.revision} was deployed meanwhile by another run and serves`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    if (decision.action === 'uninstall') {
        const removed = await logger
            .group(`Removing the failed first install of ${request.release}`, () => helm.uninstall(request.release, { wait: true, timeoutMs: request.timeoutMs }))
            .then(() => undefined, (failed) => failed);
        if (removed !== undefined) {
            report.failure.rollback = `removing the failed first install failed: ${(0,src/* errorMessage */.gJ)(removed)}`;
            return;
        }
        report.rolledBack = true;
        report.status = 'rolled-back';
        report.failure.rollback = 'uninstalled the failed first install';
        return;
    }
    if (decision.action !== 'rollback')
        return;
    const target = decision.to;
    const back = watcher(request, ctx);
    const restored = await logger.group(`Rolling ${request.release} back to revision ${target}`, () => rollbackJudged(helm, back, request, target, ctx.signal));
    report.workloads = back.last;
    if (restored !== undefined) {
        // Keep why the upgrade failed; say what became of the rollback and where the release is now.
        const backOutage = back.outage();
        report.revision = (await releases.history(request.release).catch(() => [])).at(-1)?.revision;
        report.failure.rollback = `rollback to revision ${target} failed: ${restored}${backOutage ? ` (${backOutage})` : ''}`;
        logger.info(`Rolling ${request.release} back to revision ${target} failed: ${restored}`);
        return;
    }
    report.rolledBack = true;
    report.status = 'rolled-back';
    const [history, manifestPath] = await Promise.all([
        releases.history(request.release),
        writeManifest(helm, request, ctx),
    ]);
    report.revision = history[history.length - 1]?.revision;
    report.failure.rollback = `rolled back to revision ${target} (now revision ${report.revision}), healthy`;
    report.manifestPath = manifestPath;
    logger.info(`Rolled back ${request.release}: revision ${target} serves again as revision ${report.revision}`);
}
/** `helm rollback --wait`, then the judge; undefined when healthy, else why not. */
async function rollbackJudged(helm, watch, request, revision, signal) {
    const started = Date.now();
    const failed = await watch
        .watchWhile(helm.rollback(request.release, revision, { wait: true, timeoutMs: request.timeoutMs }))
        .then(() => undefined, (error) => (0,src/* errorMessage */.gJ)(error));
    if (failed !== undefined)
        return failed;
    const verdict = await watch.judge({
        timeoutMs: Math.max(1000, request.timeoutMs - (Date.now() - started)),
        signal,
    });
    return verdict.state === 'healthy' ? undefined : `not healthy: ${verdict.reason}`;
}
/**
 * helm's refusals to start an upgrade, before it writes or applies anything: the release is
 * pending another operation, or the revision it would create was just created by another run.
 */
function isConcurrentOperation(error) {
    return /another operation \(install\/upgrade\/rollback\) is in progress|release: already exists/.test((0,src/* errorMessage */.gJ)(error));
}
/** helm's own report of the upgrade, in a line, then the chart's notes (what helm's table output shows). */
function logDeployed(logger, release, record) {
    logger.info(`Deployed ${release} revision ${record.revision} (${record.status}: ${record.description})`);
    const notes = record.notes.trim();
    if (notes)
        for (const line of ['NOTES:', ...notes.split('\n')])
            logger.info(line);
}
/**
 * A cancelled helm leaves the release pending, or, when it had time to handle the signal, marks
 * its revision failed while the workloads keep the new spec. Either way put the last good
 * revision back, without the cancelled signal; never over a revision another run deployed.
 */
async function recoverAfterCancel(request, ctx) {
    const { HelmCli } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6964));
    const helm = new HelmCli(ctx.helm.ready(), ctx.logger);
    try {
        // The history through this signal-free helm: the session's API client carries the cancelled signal.
        const recovery = await (0,recover_release/* recoverStuckRelease */.c)(helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger: ctx.logger,
        });
        if (recovery.action !== 'none')
            return `cancelled; ${recovery.action}`;
        const { state } = recovery;
        const good = state.kind === 'ready' ? state.lastDeployed : undefined;
        if (state.kind === 'ready' && good && state.current.status === 'failed' && state.current.revision > good.revision) {
            ctx.logger.warning(`Release ${request.release} revision ${state.current.revision} failed when cancelled: rolling back to revision ${good.revision}`);
            await helm.rollback(request.release, good.revision, { wait: true, timeoutMs: request.timeoutMs });
            return `cancelled; rolled back from revision ${state.current.revision} to ${good.revision}`;
        }
        return 'cancelled; release not left pending';
    }
    catch (error) {
        return `cancelled; recovery failed: ${(0,src/* errorMessage */.gJ)(error)}`;
    }
}
async function rollbackMode(request, ctx, report) {
    const { helm, logger } = ctx;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    // helm's own history: it carries the chart and "Rollback to N" that content needs.
    const history = await helm.history(request.release);
    const current = history[history.length - 1];
    if (!current)
        throw new Error(`Release ${request.release} has no revisions in ${request.namespace}: nothing to roll back`);
    report.previousRevision = current.revision;
    const { target, live, content } = await chooseRollbackTarget(helm, request.release, history, request.revision);
    report.content = { from: live, to: content };
    logger.info(`Live: revision ${current.revision}, ${describeContent(live)}; rolling back to revision ${target.revision}, ${describeContent(content)}`);
    report.restoredRevision = target.revision;
    const watch = watcher(request, ctx);
    const outcome = await logger.group(`Rolling ${request.release} back from revision ${current.revision} to ${target.revision}`, () => rollbackJudged(helm, watch, request, target.revision, ctx.signal));
    report.workloads = watch.last;
    // The manifest is saved while the history is read; a failed rollback does not use it.
    const manifestPath = outcome === undefined ? writeManifest(helm, request, ctx) : Promise.resolve(undefined);
    const after = await releases.history(request.release).catch(() => []);
    report.revision = after[after.length - 1]?.revision;
    if (outcome !== undefined) {
        const details = await watch.explain();
        report.failure = {
            reason: outcome,
            details,
            rollback: `rollback to revision ${target.revision} failed`,
        };
        return;
    }
    report.status = 'rolled-back';
    report.rolledBack = true;
    report.failure = undefined;
    report.manifestPath = await manifestPath;
    logger.info(`Rolled back ${request.release} from revision ${current.revision} to ${target.revision} (now revision ${report.revision})`);
}
async function plan(request, ctx, report) {
    const { helm } = ctx;
    const history = await (0,preflight/* releasesOf */.w0)(ctx).history(request.release);
    const current = history[history.length - 1];
    report.previousRevision = current?.revision;
    report.revision = current?.revision;
    const live = current ? await helm.manifest(request.release) : '';
    const next = await helm.renderUpgrade(await upgradeRequest(request, ctx));
    report.plan = await planChanges(live, next, request.namespace);
    report.status = 'planned';
    const { added, removed, changed, unchanged } = report.plan;
    ctx.logger.info(`Plan for ${request.release}: ${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/deploy-summary.ts

const ICON = {
    deployed: '✅ deployed',
    'rolled-back': '↩️ rolled back',
    failed: '❌ failed',
    planned: '📝 plan (nothing changed)',
};
function fromTo(from, to) {
    return from === to ? `${to || 'none'} (unchanged)` : `${from || 'none'} → ${to || 'none'}`;
}
/** Release, chart, image, revision from → to, each workload's ready counts, duration, and why it failed. */
function deploySummary(report) {
    const summary = new src/* SummaryBuilder */.CF();
    const verb = report.mode === 'rollback' ? 'Rollback' : report.mode === 'plan' ? 'Plan' : 'Deploy';
    summary.heading(`${verb} ${report.release}: ${ICON[report.status]}`);
    const revisions = report.mode === 'plan'
        ? `${report.previousRevision ?? 'none'} (live)`
        : `${report.previousRevision ?? 'none'} → ${report.failedRevision ? `${report.failedRevision} (failed) → ` : ''}${report.revision ?? 'none'}`;
    const rows = [
        ['Release', `${report.release} in ${report.namespace}`],
        [
            'Chart',
            report.content
                ? fromTo(report.content.from.chart, report.content.to.chart)
                : (report.chart ?? '(from the release)'),
        ],
        [
            'Image',
            report.content
                ? fromTo(report.content.from.images.join(', '), report.content.to.images.join(', '))
                : (report.image ?? '(chart default)'),
        ],
        ['Revision', revisions],
        ['Duration', (0,src/* formatDuration */.a3)(report.durationMs)],
    ];
    if (report.blueGreen) {
        const bg = report.blueGreen;
        const traffic = bg.switched
            ? `${bg.kind ?? 'Service'} ${bg.service}: ${bg.from ?? 'none'} → ${bg.to}`
            : `${bg.kind ?? 'Service'} ${bg.service}: still ${bg.from ?? 'none'} (${bg.to} not switched to)`;
        rows.push(['Blue-green', traffic]);
        if (bg.smoke)
            rows.push(['Smoke checks', `${bg.smoke.total - bg.smoke.failed}/${bg.smoke.total} passed against ${bg.to}`]);
        if (bg.previous)
            rows.push(['Previous colour', bg.previous]);
    }
    if (report.recovery && report.recovery.action !== 'none') {
        const r = report.recovery;
        rows.push([
            'Recovered',
            r.action === 'rolled-back'
                ? `stuck revision ${r.from} (${r.fromStatus}) rolled back to ${r.to}`
                : `${r.status} first install (revision ${r.revision}) uninstalled`,
        ]);
    }
    summary.table(['', ''], rows.map(([k, v]) => [{ raw: `**${k}**` }, v]));
    if (report.workloads.length) {
        summary.table(['Workload', 'Updated', 'Ready', 'Available', ''], report.workloads.map((w) => [
            `${w.kind}/${w.name}`,
            `${w.updated}/${w.desired}`,
            `${w.ready}/${w.desired}`,
            `${w.available}/${w.desired}`,
            w.done ? '✅' : '⏳',
        ]));
    }
    if (report.failure) {
        summary.paragraph(`**Why it failed:** ${(0,src/* escapeMarkdown */.FV)(report.failure.reason)}`);
        if (report.failure.details.length)
            summary.code(report.failure.details.join('\n'));
        if (report.failure.rollback)
            summary.paragraph(`**Rollback:** ${(0,src/* escapeMarkdown */.FV)(report.failure.rollback)}`);
    }
    if (report.plan) {
        const { added, removed, changed, unchanged } = report.plan;
        summary.paragraph(`${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
        if (added.length)
            summary.paragraph(`**Added:** ${added.map((o) => `\`${(0,src/* escapeMarkdown */.FV)(o)}\``).join(', ')}`);
        if (removed.length)
            summary.paragraph(`**Removed:** ${removed.map((o) => `\`${(0,src/* escapeMarkdown */.FV)(o)}\``).join(', ')}`);
        for (const change of changed)
            summary.details(`Changed: ${change.object}`, `\n\`\`\`diff\n${change.diff}\n\`\`\`\n`);
    }
    return summary;
}

// EXTERNAL MODULE: ./packages/helm/src/blue-green/keep-previous.ts
var keep_previous = __webpack_require__(7820);
// EXTERNAL MODULE: ./packages/helm/src/blue-green/colour-state.ts
var colour_state = __webpack_require__(7849);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-exists.ts
var image_exists = __webpack_require__(2398);
;// CONCATENATED MODULE: ./packages/helm/src/release-secrets.ts
/**
 * helm's history, read from the Secrets helm keeps it in (storage driver "secret", the default
 * of helm v3 and v4: one `sh.helm.release.v1.<release>.v<n>` Secret per revision, labelled
 * owner=helm, name, version, status, modifiedAt). One metadata-only list call instead of
 * starting `helm history`; the release bodies (manifest, chart) are not transferred.
 */
class SecretReleaseReader {
    kube;
    namespace;
    constructor(kube, namespace) {
        this.kube = kube;
        this.namespace = namespace;
    }
    async history(release) {
        const selector = encodeURIComponent(`owner=helm,name=${release}`);
        const listed = await this.kube.request({
            path: `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/secrets?labelSelector=${selector}`,
            accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1, application/json',
        });
        return revisionsFromSecrets(listed.items ?? [], release);
    }
}
function revisionsFromSecrets(items, release) {
    const prefix = `sh.helm.release.v1.${release}.v`;
    return items
        .filter((item) => item.metadata?.name?.startsWith(prefix))
        .map(({ metadata }) => {
        const labels = metadata?.labels ?? {};
        const modified = Number(labels['modifiedAt']);
        return {
            revision: Number(labels['version']),
            status: labels['status'] ?? '',
            chart: '',
            appVersion: '',
            description: '',
            updated: Number.isFinite(modified) && modified > 0 ? new Date(modified * 1000).toISOString() : '',
        };
    })
        .filter((r) => Number.isInteger(r.revision) && r.revision > 0)
        .sort((a, b) => a.revision - b.revision);
}
/** The Secrets can be read only when helm keeps its history there (HELM_DRIVER unset or secret). */
function usesSecretStorage(env = process.env) {
    const driver = (env['HELM_DRIVER'] ?? '').toLowerCase();
    return driver === '' || driver === 'secret' || driver === 'secrets';
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/open-session.ts




/** The kubeconfig on disk, helm resolved (or installed), and clients for both. */
async function openSession(options) {
    const { mkdtempSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const { dirname, join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    let path = options.kubeconfigPath;
    if (options.kubeconfigYaml !== undefined) {
        path = await (0,kube_src/* writeKubeconfigFile */.xK)(options.kubeconfigYaml, options.tempDir);
        options.onKubeconfigWritten?.(path);
    }
    if (!path)
        throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
    const text = options.kubeconfigYaml ?? (await readFile(path, 'utf8'));
    const access = await (0,kube_src/* parseKubeconfig */.DU)(text, { context: options.context, baseDir: dirname(path) });
    const resolving = resolveHelm({
        spec: options.helmVersion,
        specSource: options.helmVersionSource,
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        logger: options.logger,
        signal: options.signal,
    });
    if (!options.helmInBackground)
        await resolving;
    const workDir = mkdtempSync(join(options.tempDir, 'slipway-helm-deploy-'));
    const kube = new kube_src/* KubeClient */.Bx(access, options.signal);
    return {
        helm: new helm_cli.HelmCli(resolving.then((helm) => ({
            path: helm.path,
            major: helm.version.major,
            kubeconfig: path,
            context: options.context,
            namespace: options.namespace,
        })), options.logger, options.signal),
        kube,
        // helm keeps history in Secrets unless HELM_DRIVER says otherwise: read them, not `helm history`.
        releases: usesSecretStorage() ? new SecretReleaseReader(kube, options.namespace) : undefined,
        logger: options.logger,
        workDir,
        signal: options.signal,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/helm/src/release-inputs.ts



const VALUE_PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
/**
 * Input readers shared by every action that deploys a helm release (helm-deploy, canary), so
 * that the same input is parsed, validated and masked the same way in each.
 */
/** A YAML map of chart values (`set`, `canary-values`); empty when not given. */
async function readValuesMap(reader, name, example) {
    const value = await reader.yaml(name);
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw inputError(name, `a YAML map of values such as "${example}"`, reader.raw(name));
    return value;
}
/** `values-files`: local files held inside the workspace; helm fetches http(s) ones itself. */
function readValuesFiles(reader) {
    return reader.list('values-files').map((f) => (/^https?:\/\//i.test(f) ? f : reader.inside('values-files', f)));
}
/** `chart`: a local chart directory or archive is held inside the workspace; repo/name and oci:// are not paths. */
function readChart(reader) {
    const chart = reader.string('chart');
    if (!chart || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart))
        return chart;
    const local = /^[./~]/.test(chart) || existsSync(chart);
    return local ? reader.inside('chart', chart) : chart;
}
/** `image-values`: where the chart takes the image's repository, tag and digest. */
async function readImageValues(reader) {
    const map = await readValuesMap(reader, 'image-values', 'repository: image.repository');
    const paths = { ...DEFAULT_IMAGE_VALUES };
    for (const [key, value] of Object.entries(map)) {
        if (!(key in paths))
            throw inputError('image-values', 'keys repository, tag and digest', key);
        const path = value === null ? '' : String(value);
        if (path && !VALUE_PATH.test(path))
            throw inputError('image-values', `a dotted values path for ${key}`, path);
        paths[key] = path;
    }
    return paths;
}
/** The kubeconfig YAML (decoded from base64 if so given), its secrets masked; never echoed. */
async function readKubeconfig(reader) {
    const raw = reader.secret('kubeconfig');
    if (!raw)
        return undefined;
    const { decodeKubeconfigInput, kubeconfigContexts, kubeconfigSecrets } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8823));
    const yaml = decodeKubeconfigInput(raw);
    if (yaml !== raw)
        (0,src/* maskSecret */.$l)(raw.replace(/\s+/g, ''));
    let secrets;
    try {
        secrets = await kubeconfigSecrets(yaml);
    }
    catch {
        throw new src/* ConfigError */.xL(`Input 'kubeconfig': expected a kubeconfig as YAML or base64 (value not shown)`);
    }
    for (const secret of secrets) {
        (0,src/* maskSecret */.$l)(secret);
        // A PEM key is logged line by line by anything that prints it decoded: mask each line too.
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        if (decoded.includes('PRIVATE KEY'))
            for (const line of decoded.split('\n'))
                if (!line.startsWith('-----'))
                    (0,src/* maskSecret */.$l)(line);
    }
    if (!/(^|\n)\s*clusters\s*:/.test(yaml))
        throw new src/* ConfigError */.xL(`Input 'kubeconfig': expected a kubeconfig as YAML or base64 with clusters, users and contexts (value not shown)`);
    // A context the kubeconfig lacks is found here, before a GitHub deployment or anything else starts.
    const context = reader.raw('context');
    const contexts = await kubeconfigContexts(yaml);
    if (context !== undefined && !contexts.includes(context))
        throw (0,src/* inputError */.Xu)('context', `a context of the kubeconfig (have: ${contexts.join(', ') || 'none'})`, context);
    return yaml;
}

;// CONCATENATED MODULE: ./packages/helm/src/index.ts




















/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ recoverStuckRelease)
/* harmony export */ });
/* harmony import */ var _release_history__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8010);

/**
 * A release left pending-install/upgrade/rollback by a killed run blocks every later operation
 * ("another operation is in progress"). Roll it back to its last deployed revision, or remove
 * a first install that never succeeded; say in the log what was done.
 */
async function recoverStuckRelease(helm, release, options) {
    const history = options.history ?? (await (options.releases ?? helm).history(release));
    const state = (0,_release_history__WEBPACK_IMPORTED_MODULE_0__/* .classifyRelease */ .s$)(history);
    const { logger } = options;
    if (state.kind === 'stuck') {
        const { current, lastDeployed } = state;
        logger.warning(`Release ${release} is stuck at revision ${current.revision} (${current.status}), probably left by a killed run: rolling back to revision ${lastDeployed.revision}`);
        await helm.rollback(release, lastDeployed.revision, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: rolled back from revision ${current.revision} to ${lastDeployed.revision}`);
        return { action: 'rolled-back', from: current.revision, fromStatus: current.status, to: lastDeployed.revision };
    }
    if (state.kind === 'never-deployed') {
        const { current } = state;
        logger.warning(`Release ${release} was never deployed successfully (revision ${current.revision} is ${current.status}): uninstalling it before installing again`);
        await helm.uninstall(release, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: uninstalled the ${current.status} first install`);
        return { action: 'uninstalled', revision: current.revision, status: current.status };
    }
    return { action: 'none', state };
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


/***/ })

};
