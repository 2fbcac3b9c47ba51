export const id = 52;
export const ids = [52];
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
/* harmony import */ var _manifest_documents__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);

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
    for (const obj of await (0,_manifest_documents__WEBPACK_IMPORTED_MODULE_0__/* .manifestDocuments */ .E)(manifest)) {
        if (obj.kind !== 'Service' || !obj.metadata?.name || !obj.spec?.selector)
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
/* harmony export */   k: () => (/* binding */ parseKeepPrevious),
/* harmony export */   y: () => (/* binding */ describeKeepPrevious)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9114);

const MAX_MS = 6 * 3_600_000;
function parseKeepPrevious(text, name = 'keep-previous') {
    const value = (text ?? '').trim();
    if (!value || value === 'until-next' || value === '1')
        return { kind: 'until-next' };
    if (value === '0')
        return { kind: 'none' };
    // A bare number other than 0 or 1 is ambiguous (a count or seconds?): ask for a unit.
    const ms = /^\d+$/.test(value) ? undefined : (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationMs */ .yi)(value);
    if (ms === undefined || ms > MAX_MS)
        throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '"until-next" (or 1), 0, or a duration up to 6h such as "15m"', value);
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
/* harmony export */   C: () => (/* binding */ checkImageExists),
/* harmony export */   F: () => (/* binding */ registryOf)
/* harmony export */ });
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5350);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


/** registry host and repository path of a reference (Docker Hub for a bare name). */
function registryOf(repository) {
    const first = repository.split('/')[0];
    if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { host: first, path: repository.slice(first.length + 1) };
    }
    return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}
/**
 * HEADs the image's manifest in its registry through the one OCI registry client (its anonymous
 * token flow when the registry asks, plain HTTP for a loopback registry as docker does, the
 * runner's proxy). A 404 fails: deploying it could never become ready. A registry that wants
 * credentials we do not have is reported as unverified, not as missing.
 */
async function checkImageExists(image, options) {
    const { host, path } = registryOf(image.repository);
    const reference = image.digest ?? image.tag ?? 'latest';
    const shown = `${image.repository}${image.digest ? `@${image.digest}` : `:${reference}`}`;
    const client = new _slipway_image__WEBPACK_IMPORTED_MODULE_0__.RegistryClient(host, { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 });
    let found;
    try {
        found = await client.headManifest(path, reference);
    }
    catch (error) {
        const status = (0,_slipway_image__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
        if (status === 401 || status === 403)
            options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${status})`);
        else
            options.logger.warning(`Cannot verify that ${shown} exists: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return 'unverified';
    }
    if (!found)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
    options.logger.info(`Image ${shown} exists in ${host}`);
    return 'found';
}


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   _q: () => (/* binding */ requireChart),
/* harmony export */   w0: () => (/* binding */ releasesOf)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9114);
/* harmony import */ var _slipway_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8343);
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

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HelmCli: () => (/* binding */ HelmCli),
/* harmony export */   Jx: () => (/* binding */ parseReleaseJson),
/* harmony export */   Qz: () => (/* binding */ HelmCommandError)
/* harmony export */ });
/* unused harmony export errorLines */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9114);
/* harmony import */ var _helm_flags__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2366);
/* harmony import */ var _release_history__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8010);



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
        args.push(...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .timeoutFlag */ .kw)(request.timeoutMs));
        if (request.historyMax !== undefined)
            args.push('--history-max', String(request.historyMax));
        if (request.createNamespace)
            args.push('--create-namespace');
        args.push(...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .upgradeFlags */ .Q4)(this.target.major, {
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
            return await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.target.path, args, {
                env: this.target.env,
                signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                timeoutMs: options.timeoutMs,
                logger: options.stream ? this.logger : undefined,
                logStdout: options.stream !== 'stderr',
            });
        }
        catch (error) {
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ExecError */ .cI) {
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
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .dryRunFlags */ .g_)(this.target.major),
            '--output',
            'json',
        ]);
        return parseReleaseJson((await this.run(args)).stdout).manifest;
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
            return (0,_release_history__WEBPACK_IMPORTED_MODULE_1__/* .parseHistory */ .i6)(stdout);
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
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .timeoutFlag */ .kw)(options.timeoutMs),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .waitFlags */ .pF)(this.target.major, options.wait),
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
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .timeoutFlag */ .kw)(options.timeoutMs),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_2__/* .waitFlags */ .pF)(this.target.major, options.wait),
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

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ upgradeFlags),
/* harmony export */   g_: () => (/* binding */ dryRunFlags),
/* harmony export */   kw: () => (/* binding */ timeoutFlag),
/* harmony export */   pF: () => (/* binding */ waitFlags)
/* harmony export */ });
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


/***/ }),

/***/ 4052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BLUE_GREEN_ANNOTATION: () => (/* reexport */ colour_state.ANNOTATION),
  COLOURS: () => (/* reexport */ colour_state/* COLOURS */.O5),
  DEFAULT_IMAGE_VALUES: () => (/* reexport */ DEFAULT_IMAGE_VALUES),
  HelmCli: () => (/* reexport */ helm_cli.HelmCli),
  HelmCommandError: () => (/* reexport */ helm_cli/* HelmCommandError */.Qz),
  SecretReleaseReader: () => (/* reexport */ SecretReleaseReader),
  checkImageExists: () => (/* reexport */ image_exists/* checkImageExists */.C),
  chooseHelm: () => (/* reexport */ chooseHelm),
  classifyRelease: () => (/* reexport */ release_history/* classifyRelease */.s$),
  colourRelease: () => (/* reexport */ colour_state/* colourRelease */.SP),
  colourServiceIn: () => (/* reexport */ colour_state/* colourServiceIn */.Xm),
  deploySummary: () => (/* reexport */ deploySummary),
  describeKeepPrevious: () => (/* reexport */ keep_previous/* describeKeepPrevious */.y),
  dryRunFlags: () => (/* reexport */ helm_flags/* dryRunFlags */.g_),
  exactVersion: () => (/* reexport */ exactVersion),
  findOnPath: () => (/* reexport */ findOnPath),
  formatHelmVersion: () => (/* reexport */ formatHelmVersion),
  helmArchiveName: () => (/* reexport */ helmArchiveName),
  helmVersionOf: () => (/* reexport */ helmVersionOf),
  imageValues: () => (/* reexport */ imageValues),
  installHelm: () => (/* reexport */ installHelm),
  isPending: () => (/* reexport */ release_history/* isPending */.mm),
  lastGoodRevision: () => (/* reexport */ release_history/* lastGoodRevision */.Z),
  lineDiff: () => (/* reexport */ lineDiff),
  mergeValues: () => (/* reexport */ mergeValues),
  nestValues: () => (/* reexport */ nestValues),
  openRunnerSession: () => (/* reexport */ openRunnerSession),
  openSession: () => (/* reexport */ openSession),
  otherColour: () => (/* reexport */ colour_state/* otherColour */.RQ),
  parseHelmVersion: () => (/* reexport */ parseHelmVersion),
  parseHistory: () => (/* reexport */ release_history/* parseHistory */.i6),
  parseKeepPrevious: () => (/* reexport */ keep_previous/* parseKeepPrevious */.k),
  parseReleaseJson: () => (/* reexport */ helm_cli/* parseReleaseJson */.Jx),
  parseVersionSpec: () => (/* reexport */ parseVersionSpec),
  planChanges: () => (/* reexport */ planChanges),
  readChart: () => (/* reexport */ readChart),
  readChartVersion: () => (/* reexport */ readChartVersion),
  readColourState: () => (/* reexport */ colour_state/* readColourState */.oQ),
  readImageValues: () => (/* reexport */ readImageValues),
  readKubeconfig: () => (/* reexport */ readKubeconfig),
  readValuesFiles: () => (/* reexport */ readValuesFiles),
  readValuesMap: () => (/* reexport */ readValuesMap),
  recoverStuckRelease: () => (/* reexport */ recover_release/* recoverStuckRelease */.c),
  registryOf: () => (/* reexport */ image_exists/* registryOf */.F),
  resolveHelm: () => (/* reexport */ resolveHelm),
  revisionsFromSecrets: () => (/* reexport */ revisionsFromSecrets),
  runRelease: () => (/* reexport */ runRelease),
  satisfies: () => (/* reexport */ satisfies),
  splitImageRef: () => (/* reexport */ splitImageRef),
  switchedService: () => (/* reexport */ colour_state/* switchedService */.ZT),
  timeoutFlag: () => (/* reexport */ helm_flags/* timeoutFlag */.kw),
  upgradeFlags: () => (/* reexport */ helm_flags/* upgradeFlags */.Q4),
  usesSecretStorage: () => (/* reexport */ usesSecretStorage),
  waitFlags: () => (/* reexport */ helm_flags/* waitFlags */.pF)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 57 modules
var src = __webpack_require__(9114);
;// CONCATENATED MODULE: ./packages/helm/src/helm-version.ts

/** helm's input language: narrower than a semver range, so that a spec names one major. */
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;
/** A `go install` build reports major.minor only; semver has no such version. */
const NO_PATCH = /^v?(\d+)\.(\d+)$/;
function parseHelmVersion(text) {
    const version = (0,src/* parseSemver */.kf)(text);
    if (version) {
        const { major, minor, patch, prerelease } = version;
        return { major, minor, patch, ...(prerelease ? { prerelease } : {}) };
    }
    const short = NO_PATCH.exec(text.trim());
    if (!short)
        return undefined;
    return { major: Number(short[1]), minor: Number(short[2]), patch: undefined };
}
/** The majors a spec may name: no helm 0, 1 or 2 release works with these flags, and none past 4 exists. */
const SUPPORTED_MAJORS = [3, 4];
function parseVersionSpec(text) {
    const match = SPEC.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch] = match;
    if (!SUPPORTED_MAJORS.includes(Number(major)))
        return undefined;
    if (minor === 'x' && patch !== undefined && patch !== 'x')
        return undefined;
    const num = (s) => (s === undefined || s === 'x' ? undefined : Number(s));
    return { major: Number(major), minor: num(minor), patch: num(patch), text: text.trim() };
}
/**
 * True when `version` is inside `spec` (semver's rule, pre-releases included: v3.15.0-rc.1 is
 * inside "3.15", not inside "3.15.0"). An unknown patch satisfies only specs that name none.
 */
function satisfies(version, spec) {
    if (version.patch === undefined && spec.patch !== undefined)
        return false;
    const full = (0,src/* semverVersion */.fC)({
        ...version,
        patch: version.patch ?? 0,
        prerelease: version.prerelease ?? '',
        raw: '',
        build: '',
    });
    return (0,src/* satisfiesRange */.jY)(full, spec.text);
}
/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
function exactVersion(spec) {
    if (spec.minor === undefined || spec.patch === undefined)
        return undefined;
    return `${spec.major}.${spec.minor}.${spec.patch}`;
}
function formatHelmVersion(version) {
    const pre = version.prerelease ? `-${version.prerelease}` : '';
    return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}${pre}`;
}

// EXTERNAL MODULE: ./packages/helm/src/helm-flags.ts
var helm_flags = __webpack_require__(2366);
;// CONCATENATED MODULE: ./packages/helm/src/install-helm.ts

const GO_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
function helmArchiveName(version, platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    return `helm-v${version}-${os}-${GO_ARCH[arch] ?? arch}.tar.gz`;
}
/**
 * helm's release archive through kit's one installer: the verified copy in the tool cache, or the
 * archive downloaded, held to its published .sha256sum, extracted and cached as
 * azure/setup-helm lays it out (helm/<version>/<arch>/<os>-<arch>/helm).
 */
async function installHelm(options) {
    const archive = helmArchiveName(options.version, options.platform, options.arch);
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${archive}`;
    return (0,src/* installTool */.Gn)({
        tool: 'helm',
        version: options.version,
        binary: options.platform === 'win32' ? 'helm.exe' : 'helm',
        url,
        sha256: { checksumsUrl: `${url}.sha256sum` },
        unpack: 'tar',
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'helm',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/helm/src/resolve-helm.ts





/** The first executable `helm` on PATH, without a shell. */
async function findOnPath(name, env = process.env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            if (!(0,external_node_fs_.statSync)(candidate).isFile())
                continue;
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
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
 * Which helm a run will use, decided by read-only probes (PATH, `helm version`, the tool cache).
 * Refuses a spec that cannot be met, so a caller can decide before anything is created or
 * recorded (a GitHub deployment, say).
 */
async function chooseHelm(options) {
    const { spec } = options;
    const setIn = options.specSource ?? "Input 'helm-version'";
    const onPath = await findOnPath('helm', options.env);
    let found;
    if (onPath) {
        found = await helmVersionOf(onPath, options.signal);
        if (!spec || satisfies(found, spec))
            return { use: 'path', path: onPath, version: found };
    }
    const seen = onPath && found ? `helm on PATH is ${formatHelmVersion(found)}` : 'no helm on PATH';
    if (!spec)
        throw new src/* ConfigError */.xL(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
    const exact = exactVersion(spec);
    if (exact)
        return { use: 'install', exact, seen, spec };
    // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
    const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
    const cached = options.cacheDir
        ? await (0,src/* findCachedTool */.mv)({
            tool: 'helm',
            versionSpec: range,
            binary: 'helm',
            cacheRoot: options.cacheDir,
            logger: options.logger,
        })
        : undefined;
    if (!cached) {
        throw new src/* ConfigError */.xL(`${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`);
    }
    return {
        use: 'cached',
        path: cached.path,
        dir: cached.dir,
        seen: `${seen}; using helm v${cached.version} from the tool cache (${cached.dir}), files verified`,
        spec,
    };
}
/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 * `choice` is chooseHelm's answer when the caller asked first.
 */
async function resolveHelm(options) {
    const { logger } = options;
    const choice = options.choice ?? (await chooseHelm(options));
    if (choice.use === 'path') {
        logger.info(`Using helm ${formatHelmVersion(choice.version)} from PATH (${choice.path})`);
        return { path: choice.path, version: choice.version, source: 'path' };
    }
    const { spec } = choice;
    let path;
    if (choice.use === 'cached') {
        logger.info(choice.seen);
        path = choice.path;
    }
    else {
        logger.info(`${choice.seen}; installing helm v${choice.exact}`);
        const installed = await installHelm({
            version: choice.exact,
            baseUrl: options.downloadBaseUrl,
            cacheDir: options.cacheDir,
            logger,
            signal: options.signal,
        });
        path = installed.path;
    }
    const version = await helmVersionOf(path, options.signal);
    if (!satisfies(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
        const wanted = choice.use === 'install' ? `v${choice.exact}` : `"${spec.text}"`;
        throw new src/* ConfigError */.xL(`The downloaded helm reports ${formatHelmVersion(version)}, not ${wanted}: refusing to use it (check 'helm-download-url')`);
    }
    options.onInstalled?.((0,external_node_path_.dirname)(path));
    return { path, version, source: 'installed' };
}

// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts
var helm_cli = __webpack_require__(6479);
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

// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kube/src/index.ts + 14 modules
var kube_src = __webpack_require__(8343);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/image-values.ts

const DEFAULT_IMAGE_VALUES = {
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
            // Own keys only: a path through "__proto__" must not reach Object.prototype.
            const next = (0,src/* ownValue */.eC)(node, key);
            const child = (next && typeof next === 'object' && !Array.isArray(next) ? next : {});
            (0,src/* setOwn */.P5)(node, key, child);
            node = child;
        }
        (0,src/* setOwn */.P5)(node, keys[keys.length - 1], value);
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
            const prev = (0,src/* ownValue */.eC)(out, key);
            const bothMaps = prev &&
                value &&
                typeof prev === 'object' &&
                typeof value === 'object' &&
                !Array.isArray(prev) &&
                !Array.isArray(value);
            (0,src/* setOwn */.P5)(out, key, bothMaps ? mergeValues(prev, value) : value);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/helm/src/manifest-documents.ts
var manifest_documents = __webpack_require__(3126);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/manifest-diff.ts

/** Objects of a rendered manifest keyed Kind/namespace/name, each as its YAML text. */
async function manifestObjects(manifest, namespace) {
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = new Map();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!obj.kind || !obj.metadata?.name)
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
    const demands = [];
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!['Deployment', 'StatefulSet'].includes(obj.kind ?? '') || !obj.metadata?.name)
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
 * Renders the chart (`render`) only when the namespace has either; throws one line naming the shortfall.
 */
async function checkCapacity(request, ctx, render) {
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
    const [manifest, live] = await Promise.all([render(), watcher.snapshot()]);
    const demands = await podDemand(manifest, new Map(live.map((w) => [`${w.kind}/${w.name}`, w.desired])), ranges);
    const problems = capacityProblems(demands, quotas, ranges);
    const names = [...quotas, ...ranges].map((o) => o.metadata?.name).join(', ');
    if (problems.length)
        throw new src/* ConfigError */.xL(`Pre-flight capacity: namespace ${request.namespace} cannot admit the new pods of ${request.release}: ${problems.join('; ')}`);
    ctx.logger.info(`Capacity: the new pods of ${request.release} fit ${names}`);
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/colour-workloads.ts


/**
 * Workload kinds that cannot run as two colours side by side, and why. A second StatefulSet
 * claims volumes of its own, so switching colours would switch the data served; a second
 * DaemonSet puts another pod on every node (and fights over host ports). Argo Rollouts and
 * Flagger's blue-green take Deployments only, for the same reasons.
 */
const WITHOUT_COLOURS = {
    StatefulSet: 'a second colour would claim volumes of its own, so the switch would change the data served',
    DaemonSet: 'both colours would run a pod on every node',
};
/** Why the rendered release cannot be delivered blue-green, or undefined when it can. */
async function workloadsWithoutColours(manifest) {
    const found = new Map();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!obj.kind || !Object.hasOwn(WITHOUT_COLOURS, obj.kind))
            continue;
        found.set(obj.kind, [...(found.get(obj.kind) ?? []), `${obj.kind}/${obj.metadata?.name ?? '?'}`]);
    }
    if (!found.size)
        return undefined;
    return [...found].map(([kind, names]) => `${names.join(', ')} (${WITHOUT_COLOURS[kind]})`).join(' and ');
}
/** Refuses, before the colour release is touched, a chart whose workloads cannot have two colours. */
async function refuseWorkloadsWithoutColours(release, manifest) {
    const why = await workloadsWithoutColours(manifest);
    if (why)
        throw new src/* ConfigError */.xL(`Input 'strategy': blue-green cannot deliver release ${release}: it renders ${why}; use strategy rolling`);
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/release-content.ts

/** Every container image of a rendered manifest, sorted, once each. */
async function imagesInManifest(manifest) {
    const images = new Set();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        const specs = [obj.spec, obj.spec?.template?.spec, obj.spec?.jobTemplate?.spec?.template?.spec];
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
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const overrides = mergeValues(request.set, request.image ? imageValues(request.image, request.imageValues) : {});
    const valuesFiles = [...request.valuesFiles];
    if (Object.keys(overrides).length) {
        const file = (0,external_node_path_.join)(ctx.workDir, 'overrides.values.yaml');
        (0,external_node_fs_.writeFileSync)(file, stringify(overrides), { mode: 0o600 });
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
        const path = (0,external_node_path_.join)(ctx.workDir, `${request.release}.manifest.yaml`);
        await (0,promises_.writeFile)(path, manifest ?? (await helm.manifest(request.release)), { mode: 0o600 });
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
    // One render serves both pre-flight reads; blue-green always needs it, capacity only under a quota.
    let rendered;
    const render = () => (rendered ??= helm.renderUpgrade(upgrade));
    const colourCheck = request.strategy === 'blue-green'
        ? render().then((manifest) => refuseWorkloadsWithoutColours(request.release, manifest))
        : undefined;
    await Promise.all([colourCheck, checkCapacity(request, ctx, render)]);
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
        const refused = judged ? `not healthy: ${judged}` : (0,src/* errorMessage */.gJ)(error);
        report.failure = { reason: refused, details: [], rollback: undefined };
        logger.info(`helm created nothing for ${request.release}: ${refused}`);
        return;
    }
    const details = await watch.explain();
    const pods = watch.verdict.state === 'pending' && watch.failedReads === 0 ? watch.verdict.reason : undefined;
    // An outage of the API during the watch is said either way: it may be why the rollout failed.
    const reason = judged
        ? `not healthy: ${judged}${outage ? ` (${outage})` : ''}`
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
    const { HelmCli } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6479));
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
;// CONCATENATED MODULE: ./packages/helm/src/deploy/open-session.ts







/** The kubeconfig on disk, helm resolved (or installed), and clients for both. */
async function openSession(options) {
    let path = options.kubeconfigPath;
    if (options.kubeconfigYaml !== undefined) {
        path = await (0,kube_src/* writeKubeconfigFile */.xK)(options.kubeconfigYaml, options.tempDir);
        options.onKubeconfigWritten?.(path);
    }
    if (!path)
        throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
    const text = options.kubeconfigYaml ?? (await (0,promises_.readFile)(path, 'utf8'));
    const access = await (0,kube_src/* parseKubeconfig */.DU)(text, { context: options.context, baseDir: (0,external_node_path_.dirname)(path) });
    const resolving = resolveHelm({
        spec: options.helmVersion,
        specSource: options.helmVersionSource,
        ...(options.helmChoice ? { choice: options.helmChoice } : {}),
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        onInstalled: options.onHelmInstalled,
        logger: options.logger,
        signal: options.signal,
    });
    if (!options.helmInBackground)
        await resolving;
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir, 'slipway-helm-deploy-'));
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

;// CONCATENATED MODULE: ./packages/helm/src/deploy/runner-session.ts



/**
 * One step's helm/kube session on a runner, the same for helm-deploy, canary and the root
 * action, main and post: the kubeconfig is the file written earlier in this job, else the
 * input, else the ambient KUBECONFIG (merged when it lists several); every file goes under
 * RUNNER_TEMP (onKubeconfigWritten told each kubeconfig written, for the post step to delete)
 * and helm comes from, or is installed into, RUNNER_TOOL_CACHE (see runnerDirs).
 */
async function openRunnerSession(options) {
    const { kubeconfigInput, written, env = process.env, ...session } = options;
    const { temp, toolCache } = (0,src/* runnerDirs */.Qg)(env);
    const kubeconfig = await (0,kube_src/* sessionKubeconfig */.ui)({
        written,
        input: kubeconfigInput,
        ambient: env['KUBECONFIG'],
        tempDir: temp,
        onWritten: session.onKubeconfigWritten,
    });
    return openSession({ ...session, ...kubeconfig, tempDir: temp, toolCacheDir: toolCache });
}

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
        throw (0,src/* inputError */.Xu)(name, `a YAML map of values such as "${example}"`, reader.raw(name));
    return value;
}
/** `values-files`: local files held inside the workspace; helm fetches http(s) ones itself. */
function readValuesFiles(reader) {
    return reader.list('values-files').map((f) => (/^https?:\/\//i.test(f) ? f : reader.inside('values-files', f)));
}
/** `chart`: a local chart directory or archive is held inside the workspace; repo/name and oci:// are not paths. */
function readChart(reader) {
    const chart = reader.string('chart');
    if (chart)
        (0,src/* refuseOptionLike */.zA)('chart', chart, 'a chart path, repo/name or oci:// reference');
    if (!chart || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart))
        return chart;
    const local = /^[./~]/.test(chart) || (0,external_node_fs_.existsSync)(chart);
    return local ? reader.inside('chart', chart) : chart;
}
/** `chart-version`: a version or constraint ("1.2.3", "^1.2"), which helm takes after --version. */
function readChartVersion(reader) {
    const version = reader.string('chart-version');
    return version && (0,src/* refuseOptionLike */.zA)('chart-version', version, 'a chart version or constraint such as "1.2.3"');
}
/** `image-values`: where the chart takes the image's repository, tag and digest. */
async function readImageValues(reader) {
    const map = await readValuesMap(reader, 'image-values', 'repository: image.repository');
    const paths = { ...DEFAULT_IMAGE_VALUES };
    for (const [key, value] of Object.entries(map)) {
        if (!Object.hasOwn(DEFAULT_IMAGE_VALUES, key))
            throw (0,src/* inputError */.Xu)('image-values', 'keys repository, tag and digest', key);
        const path = value === null ? '' : String(value);
        if (path && !VALUE_PATH.test(path))
            throw (0,src/* inputError */.Xu)('image-values', `a dotted values path for ${key}`, path);
        paths[key] = path;
    }
    return paths;
}
/** The kubeconfig YAML (decoded from base64 if so given), its secrets masked; never echoed. */
async function readKubeconfig(reader) {
    const raw = reader.secret('kubeconfig');
    if (!raw)
        return undefined;
    const { checkKubeconfigServer, decodeKubeconfigInput, kubeconfigContexts, kubeconfigSecrets } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8343));
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
    await checkKubeconfigServer(yaml, { context, where: "Input 'kubeconfig'" });
    return yaml;
}

;// CONCATENATED MODULE: ./packages/helm/src/index.ts




















/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ manifestDocuments)
/* harmony export */ });
/** The objects of a rendered manifest (`helm template`, `helm get manifest`), empty documents skipped. */
async function manifestDocuments(manifest) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (obj && typeof obj === 'object')
            objects.push(obj);
    }
    return objects;
}


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
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   s$: () => (/* binding */ classifyRelease)
/* harmony export */ });
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

/***/ 5350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qs: () => (/* reexport */ ATTESTATION_TYPE),
  cC: () => (/* reexport */ cosign_args_KMS_KEY),
  RegistryClient: () => (/* reexport */ registry_client_RegistryClient),
  digestRef: () => (/* reexport */ image_ref_digestRef),
  parseImageRef: () => (/* reexport */ image_ref_parseImageRef),
  Cj: () => (/* reexport */ policyProblem),
  c2: () => (/* reexport */ statusOf),
  taggedRef: () => (/* reexport */ image_ref_taggedRef),
  xd: () => (/* reexport */ verifiedSummary),
  verifyDeployImage: () => (/* reexport */ verifyDeployImage)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, ATTESTATION_EXPECTED, ATTESTATION_TYPES, COSIGN_PIN, DEFAULT_TAG_RULES, DIGEST_PATTERN, SBOM_FORMATS, SLSA_PROVENANCE_V1, SYFT_PIN, TAG_PATTERN, annotationLines, appendLabelLine, baseRefOf, buildAndPush, buildPushOutputs, buildPushSummary, buildahBuildArgs, buildahPushArgs, builderId, buildxArgs, canAppendLabels, checkBuilderSupport, checkTag, classifyCosignFailure, classifyPushFailure, commitOf, computeTags, contextFromEnv, cosignAttestArgs, cosignSignArgs, cosignTag, cosignVerifyArgs, cosignVerifyAttestationArgs, credentialsFor, describePolicy, dockerBuildArgs, dockerPushArgs, dockerfileEscape, findCosign, findSyft, formatBytes, formatDate, isDefaultBranch, isTransientStatus, keyLabel, labelInstruction, labelLines, ociLabels, parseFlavor, parseImageList, parsePep440, parseTagRules, pep440Version, pushWithRetry, readMetadataEnv, readVerifyInputs, refusalLine, removeDockerConfig, renderTemplate, renderValues, ruleRegExp, runFactsFromEnv, sanitizeTag, selectBuilder, signImage, slsaProvenance, syftScanArgs, verifyImage, writeDockerConfig

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 57 modules
var src = __webpack_require__(9114);
;// CONCATENATED MODULE: ./packages/image/src/tag-name.ts

/** The distribution spec's tag grammar: 1 to 128 of [A-Za-z0-9_.-], not starting with "." or "-". */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/**
 * Makes a computed value a valid tag the way teams know from docker/metadata-action: every run of
 * characters outside [A-Za-z0-9_.-] becomes "-", and leading "." / "-" are dropped, 128 characters kept.
 */
function tag_name_sanitizeTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** Throws a ConfigError naming the rule when a value cannot be a tag even after sanitising. */
function tag_name_checkTag(tag, where) {
    if (!TAG_PATTERN.test(tag)) {
        throw new ConfigError(`${where}: expected a tag of 1 to 128 letters, digits, "_", "." or "-" not starting with "." or "-", got "${tag}"`);
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/image/src/image-ref.ts


const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$/;
const IPV6 = /^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const DOCKER_HUB = 'docker.io';
function isDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost';
}
/**
 * Parses an image name with optional tag and digest. The repository is lowercased (registries
 * reject upper case), everything else is validated against the distribution reference grammar.
 * Throws a ConfigError starting with `where`.
 */
function image_ref_parseImageRef(text, where, opts = {}) {
    const allowTag = opts.allowTag ?? true;
    const bad = (why) => {
        throw new src/* ConfigError */.xL(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
    };
    let rest = text.trim();
    if (!rest)
        bad('empty');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!allowTag)
            bad('no digest here');
        if (!DIGEST_PATTERN.test(digest))
            bad('digest must be sha256: and 64 hex digits');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!allowTag)
            bad('no tag here: tags come from the tag rules');
        if (!TAG_PATTERN.test(tag))
            bad(`invalid tag "${tag}"`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0])) {
        registry = parts.shift().toLowerCase();
        if (!DOMAIN.test(registry) && !IPV6.test(registry))
            bad(`invalid registry "${registry}"`);
    }
    const path = parts.map((p) => p.toLowerCase());
    for (const component of path)
        if (!COMPONENT.test(component))
            bad(`invalid path component "${component}"`);
    if (registry === DOCKER_HUB && path.length === 1)
        path.unshift('library');
    const repository = path.join('/');
    const name = (registry === DOCKER_HUB && !rest.toLowerCase().startsWith(DOCKER_HUB) ? rest : `${registry}/${path.join('/')}`).toLowerCase();
    if (name.length > 255)
        bad('longer than 255 characters');
    return { registry, repository, name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** `name:tag`. */
function image_ref_taggedRef(image, tag) {
    return `${image.name}:${tag}`;
}
/** `name@sha256:…`: the digest-pinned reference helm-deploy takes. */
function image_ref_digestRef(image, digest) {
    return `${image.name}@${digest}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/image/src/event-context.ts

/** Reads the runner's GITHUB_* variables and the event payload file. */
function contextFromEnv(env = process.env, now = new Date()) {
    let payload = {};
    const path = env['GITHUB_EVENT_PATH'];
    if (path) {
        try {
            payload = JSON.parse(readFileSync(path, 'utf8'));
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
function event_context_branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}
function event_context_tagOf(ctx) {
    return ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined;
}
/**
 * The commit tags and the revision label name: GITHUB_SHA (on a pull request the merge commit), or
 * the pull request's head with DOCKER_METADATA_PR_HEAD_SHA=true, as docker/metadata-action.
 */
function event_context_commitOf(ctx) {
    return (ctx.usePrHeadSha && isPullRequest(ctx) && ctx.prHeadSha) || ctx.sha;
}
/** Events that always run on the default branch's last commit count as it, whatever the ref (metadata-action's rule). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
/** metadata-action's {{is_default_branch}}: the ref's branch is the default one, or the event always runs there. */
function event_context_isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (!branch)
        return false;
    if (ctx.defaultBranch !== undefined && branch === ctx.defaultBranch)
        return true;
    return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}
/** {{base_ref}}: the push payload's base_ref on a tag, the target branch on a pull request ref, else "". */
function event_context_baseRefOf(ctx) {
    if (ctx.ref.startsWith('refs/tags/') && ctx.pushBaseRef)
        return ctx.pushBaseRef.replace(/^refs\/heads\//, '');
    if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef)
        return ctx.baseRef;
    return '';
}
/** The pull request number of a refs/pull/N/merge ref, as text. */
function event_context_prOfRef(ctx) {
    return ctx.ref.startsWith('refs/pull/') ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}

;// CONCATENATED MODULE: ./packages/image/src/tag-rules.ts

const COMMON = (/* unused pure expression or super */ null && (['type', 'enable', 'priority', 'prefix', 'suffix']));
const KEYS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's defaults when `tags` is empty. */
const DEFAULT_TAG_RULES = (/* unused pure expression or super */ null && (['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']));
/** Splits one CSV line; a field in double quotes may hold commas ("" is a literal quote). */
function tag_rules_splitCsv(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += c;
    }
    fields.push(field);
    return fields.map((f) => f.trim());
}
function keyValue(field) {
    const eq = field.indexOf('=');
    return eq > 0 ? [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()] : undefined;
}
/** A rule's regular expression: `/source/flags` or a bare source, as metadata-action reads it; undefined when invalid. */
function tag_rules_ruleRegExp(text) {
    const literal = /^\/(.+)\/(.*)$/.exec(text);
    try {
        return literal ? new RegExp(literal[1], literal[2]) : new RegExp(text);
    }
    catch {
        return undefined;
    }
}
/** Parses the `tags` input: one rule per line, `#` comments, a bare word is `type=raw,value=word`. */
function parseTagRules(text, input = 'tags') {
    const lines = text?.trim() ? text.split('\n') : DEFAULT_TAG_RULES;
    const rules = [];
    lines.forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (!line || line.startsWith('#'))
            return;
        const where = text?.trim() ? `Input '${input}' line ${index + 1}` : `default tag rule "${line}"`;
        const fail = (why) => {
            throw new ConfigError(`${where}: expected ${why}, got "${line}"`);
        };
        const fields = tag_rules_splitCsv(line);
        const attrs = {};
        const bare = [];
        for (const field of fields) {
            const kv = keyValue(field);
            if (!kv) {
                if (field)
                    bare.push(field);
                continue;
            }
            if (Object.hasOwn(attrs, kv[0]))
                fail(`each key once (repeated '${kv[0]}')`);
            setOwn(attrs, kv[0], kv[1]);
        }
        const type = (attrs['type'] ?? 'raw');
        if (!Object.hasOwn(KEYS, type))
            fail(`type=schedule|semver|pep440|match|edge|ref|raw|sha`);
        if (bare.length) {
            if (type !== 'raw' || bare.length > 1 || attrs['value'] !== undefined)
                fail(`key=value attributes (stray "${bare[0]}")`);
            attrs['value'] = bare[0];
        }
        const allowed = [...COMMON, ...KEYS[type]];
        for (const key of Object.keys(attrs))
            if (!allowed.includes(key))
                fail(`attributes of type=${type} among ${allowed.join(', ')} (unknown '${key}')`);
        if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs['event'] ?? ''))
            fail('type=ref with event=branch, event=tag or event=pr');
        // As metadata-action: the key must be there; an empty value renders empty and the rule is skipped.
        if ((type === 'semver' || type === 'pep440' || type === 'match') && !Object.hasOwn(attrs, 'pattern'))
            fail(`type=${type} with a pattern=`);
        if (type === 'raw' && !Object.hasOwn(attrs, 'value'))
            fail('type=raw with a value=');
        if (type === 'sha' && attrs['format'] !== undefined && !['short', 'long'].includes(attrs['format']))
            fail('format=short or format=long');
        if (type === 'match') {
            if (attrs['group'] !== undefined && !/^\d+$/.test(attrs['group']))
                fail('group= a capture group number');
            if (!tag_rules_ruleRegExp(attrs['pattern']))
                fail('pattern= a valid regular expression');
        }
        if (attrs['match']) {
            try {
                new RegExp(attrs['match']);
            }
            catch {
                fail('match= a valid regular expression');
            }
        }
        let priority = DEFAULT_PRIORITY[type];
        if (attrs['priority'] !== undefined) {
            if (!/^-?\d+$/.test(attrs['priority']))
                fail('priority= an integer');
            priority = Number(attrs['priority']);
        }
        if (type === 'ref' && attrs['event'] === 'pr' && attrs['prefix'] === undefined)
            attrs['prefix'] = 'pr-';
        if (type === 'sha' && attrs['prefix'] === undefined)
            attrs['prefix'] = 'sha-';
        rules.push({ type, attrs, priority, where });
    });
    return rules;
}
/** Parses the `flavor` input: `latest=auto|true|false`, `prefix=…[,onlatest=true]`, `suffix=…[,onlatest=true]`. */
function parseFlavor(text, input = 'flavor') {
    const flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
    for (const rawLine of text?.split('\n') ?? []) {
        const line = rawLine.trim();
        if (!line || line.startsWith('#'))
            continue;
        const fail = (why) => {
            throw new ConfigError(`Input '${input}': expected ${why}, got "${line}"`);
        };
        const fields = tag_rules_splitCsv(line).map((f) => keyValue(f) ?? fail('key=value items such as "latest=false"'));
        const [key, value] = fields[0];
        const onLatest = fields.slice(1);
        if (key === 'latest') {
            if (!['auto', 'true', 'false'].includes(value))
                fail('latest=auto, latest=true or latest=false');
            if (onLatest.length)
                fail('latest= alone on its line');
            flavor.latest = value;
        }
        else if (key === 'prefix' || key === 'suffix') {
            let on = false;
            for (const [k, v] of onLatest) {
                if (k !== 'onlatest' || !['true', 'false'].includes(v))
                    fail(`${key}=<text>,onlatest=true|false`);
                on = v === 'true';
            }
            if (key === 'prefix')
                [flavor.prefix, flavor.prefixOnLatest] = [value, on];
            else
                [flavor.suffix, flavor.suffixOnLatest] = [value, on];
        }
        else
            fail('latest=, prefix= or suffix=');
    }
    return flavor;
}

;// CONCATENATED MODULE: ./packages/image/src/image-list.ts



/**
 * Parses the `images` input as docker/metadata-action reads it: one image a line, either a bare
 * name or `name=<image>,enable=<true|false>` attributes (`ghcr.io/user/app,enable=false`); a single
 * line of bare names separated by commas is the older CSV form. Empty is allowed: no image.
 */
function parseImageList(text, input = 'images') {
    const lines = (text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const entries = [];
    const only = lines.length === 1 ? splitCsv(lines[0]).filter(Boolean) : [];
    // A loop, not push(...spread): a 1 MiB input of names would overflow the call stack.
    if (only.length && only.every((f) => !f.includes('=')))
        for (const name of only)
            entries.push({ name, enable: true });
    else
        for (const line of lines) {
            const fail = (why) => {
                throw new ConfigError(`Input '${input}': expected ${why}, got "${line}"`);
            };
            const attrs = {};
            for (const field of splitCsv(line).filter(Boolean)) {
                const eq = field.indexOf('=');
                const [key, value] = eq < 0 ? ['name', field] : [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()];
                if (key !== 'name' && key !== 'enable')
                    fail(`image attributes name= and enable= (unknown '${key}')`);
                if (Object.hasOwn(attrs, key))
                    fail(`each attribute once (repeated '${key}')`);
                setOwn(attrs, key, value);
            }
            if (!attrs['name'])
                fail('an image name on each line, such as "ghcr.io/owner/app,enable=true"');
            if (attrs['enable'] !== undefined && !['true', 'false'].includes(attrs['enable']))
                fail('enable=true or enable=false');
            entries.push({ name: attrs['name'], enable: attrs['enable'] !== 'false' });
        }
    const list = { images: [], disabled: [], names: entries.map((e) => e.name) };
    for (const entry of entries)
        (entry.enable ? list.images : list.disabled).push(parseImageRef(entry.name, `Input '${input}'`, { allowTag: false }));
    return list;
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
function pep440_parsePep440(raw) {
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
function pep440_pep440Version(v) {
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
const pep440_isPep440Final = (v) => v.pre === undefined && v.post === undefined && v.dev === undefined;

;// CONCATENATED MODULE: ./packages/image/src/metadata-env.ts

/** The annotation levels BuildKit knows (docs/annotations.md). */
const ANNOTATION_LEVELS = (/* unused pure expression or super */ null && (['manifest', 'index', 'manifest-descriptor', 'index-descriptor']));
function bool(env, name, fallback) {
    const text = env[name]?.trim();
    if (!text)
        return fallback;
    if (/^(true|1)$/i.test(text))
        return true;
    if (/^(false|0)$/i.test(text))
        return false;
    throw new ConfigError(`${name}: expected true or false, got "${text}"`);
}
/** Reads the switches; a bad value is a ConfigError naming the variable, before anything is built. */
function readMetadataEnv(env = process.env) {
    const lengthText = env['DOCKER_METADATA_SHORT_SHA_LENGTH']?.trim();
    let shortShaLength = 7;
    if (lengthText) {
        if (!/^\d+$/.test(lengthText) || Number(lengthText) < 1)
            throw new ConfigError(`DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number of characters such as 12, got "${lengthText}"`);
        shortShaLength = Number(lengthText);
    }
    const levelsText = env['DOCKER_METADATA_ANNOTATIONS_LEVELS']?.trim();
    const annotationLevels = (levelsText || 'manifest').split(',').map((l) => l.trim());
    for (const level of annotationLevels)
        if (!ANNOTATION_LEVELS.includes(level))
            throw new ConfigError(`DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among ${ANNOTATION_LEVELS.join(', ')} separated by commas, got "${levelsText}"`);
    return {
        prHeadSha: bool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
        shortShaLength,
        annotationLevels,
        setOutputEnv: bool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', false),
    };
}

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
const MONTHS = (/* unused pure expression or super */ null && ([
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
]));
const WEEKDAYS = (/* unused pure expression or super */ null && (['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']));
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
        throw new ConfigError(`${where}: expected an IANA time zone such as "Europe/Paris", got "${timeZone}"`);
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
function date_format_formatDate(date, format, timeZone = 'UTC', where = 'date') {
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
const template_shortSha = (sha, length = 7) => sha.slice(0, length);
/**
 * Renders docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='Zone'}}, {{commit_date …}})
 * plus rule-specific variables such as {{version}}. An unknown expression is a ConfigError naming
 * `where` (metadata-action's Handlebars renders it empty: a typo would silently drop a tag).
 */
function template_renderTemplate(text, ctx, where, vars = {}, shortShaLength = 7) {
    return text.replace(EXPRESSION, (_whole, expression) => {
        if (Object.hasOwn(vars, expression))
            return vars[expression];
        switch (expression) {
            case 'branch':
                return branchOf(ctx) ?? '';
            case 'tag':
                return tagOf(ctx) ?? '';
            case 'sha':
                return template_shortSha(commitOf(ctx), shortShaLength);
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
        throw new ConfigError(`${where}: expected an expression among {{${known.join('}}, {{')}}}, got "{{${expression}}}"`);
    });
}
/** The `labels` and `annotations` inputs take the global expressions too, as metadata-action's do. */
function renderValues(values, ctx, where, shortShaLength = 7) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, template_renderTemplate(value, ctx, where, {}, shortShaLength)]));
}

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
            const m = raw.match(ruleRegExp(a['pattern']));
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
    throw new ConfigError(`${rule.where}: expected enable=true or enable=false (after expressions), got "${text}"`);
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
        const tag = checkTag(sanitizeTag(full), rule.where);
        if (!tags.includes(tag))
            tags.push(tag);
        latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true';
    }
    if (latest) {
        const where = `Input 'flavor'`;
        const name = `${flavor.prefixOnLatest ? renderTemplate(flavor.prefix, ctx, where) : ''}latest${flavor.suffixOnLatest ? renderTemplate(flavor.suffix, ctx, where) : ''}`;
        const tag = checkTag(sanitizeTag(name), where);
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return { tags, version: tags[0] ?? '', latest: latest ?? false, notes };
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
function oci_labels_labelLines(labels) {
    return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
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

;// CONCATENATED MODULE: ./packages/image/src/registry-errors.ts


/**
 * A registry answer as an error naming the registry and the status; transient or not by the
 * status. The status rides along (`status`) for callers that word a 401 their own way.
 */
function statusError(registry, status, what, retryAfterMs) {
    const text = `${what} at ${registry} failed: HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
    const error = (0,src/* isTransientStatus */.Dm)(status)
        ? new src/* TransientError */.N_(text, { retryAfterMs })
        : status === 401 || status === 403
            ? new src/* ConfigError */.xL(`${text}: check the credentials for ${registry} (username/password or docker-config)`)
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
function registry_errors_classifyPushFailure(output) {
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
class registry_client_RegistryClient {
    registry;
    options;
    authorization;
    scheme;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
        this.scheme = options.plainHttp ? 'http' : 'https';
        if (options.credentials) {
            (0,src/* maskSecret */.$l)(options.credentials.password);
            (0,src/* maskSecret */.$l)(Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64'));
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
        (0,src/* maskSecret */.$l)(token);
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
            const refused = error instanceof src/* ProxyRefusedError */.Ne;
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
        const res = await (0,src/* httpRequest */.aj)(url, {
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
    return (0,src/* parseRetryAfter */.mu)(Array.isArray(header) ? header[0] : header);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function docker_config_writeDockerConfig(parentDir, logins, base) {
    let config = {};
    if (base) {
        try {
            config = JSON.parse(readFileSync(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new ConfigError(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        maskSecret(login.password);
        maskSecret(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = join(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = (0,external_node_path_.join)(configDir, 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
function docker_config_removeDockerConfig(dir) {
    if (!dir || !existsSync(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-cache.ts


const EXPECTED = 'with builder buildah a registry cache repository without a tag, as type=registry,ref=ghcr.io/acme/shop-cache[,mode=max] or ghcr.io/acme/shop-cache (buildah tags each cached step itself; other cache types need buildx)';
/**
 * buildx's cache spec (docker/build-push-action's `cache-from`/`cache-to` lines) in buildah's
 * form: `type=registry,ref=X[,mode=min|max]`, or buildx's shorthand `X`, becomes the bare
 * repository `X` that `buildah build --cache-from/--cache-to` takes. buildah pushes every step
 * (what buildx calls mode=max), so mode is accepted and changes nothing. Anything else (a local
 * or gha cache, a tag in the ref, another attribute) is a ConfigError naming the input.
 */
function buildah_cache_buildahCacheRepository(input, spec) {
    const refuse = () => inputError(input, EXPECTED, spec);
    let ref = spec;
    if (spec.includes('=')) {
        const fields = {};
        for (const field of spec.split(',')) {
            const eq = field.indexOf('=');
            const key = field.slice(0, Math.max(eq, 0)).trim();
            if (!key || Object.hasOwn(fields, key))
                throw refuse();
            fields[key] = field.slice(eq + 1).trim();
        }
        const { type, ref: named, mode = 'max', ...rest } = fields;
        if (type !== 'registry' || !named || !['min', 'max'].includes(mode) || Object.keys(rest).length)
            throw refuse();
        ref = named;
    }
    const parsed = parseImageRef(ref, `Input '${input}'`);
    if (parsed.tag !== undefined || parsed.digest !== undefined)
        throw refuse();
    return parsed.name;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-args.ts


/** `buildah build …` (daemonless; the image lands in containers-storage). */
function buildah_args_buildahBuildArgs(req) {
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
        args.push('--cache-from', buildahCacheRepository('cache-from', c));
    for (const c of req.cacheTo)
        args.push('--cache-to', buildahCacheRepository('cache-to', c));
    args.push('--iidfile', req.iidFile, req.context);
    return args;
}
/** `buildah push` of a local image to `docker://ref`, the manifest digest written to a file. */
function buildah_args_buildahPushArgs(ref, digestFile) {
    return ['push', '--digestfile', digestFile, ref, `docker://${ref}`];
}

;// CONCATENATED MODULE: ./packages/image/src/builders/select-builder.ts


async function works(exec, file, args, env) {
    try {
        const result = await exec(file, args, { env, ignoreExitCode: true, timeoutMs: 30_000 });
        return result.exitCode === 0;
    }
    catch {
        return false;
    }
}
const PROBES = {
    buildx: ['docker', ['buildx', 'version']],
    docker: ['docker', ['version', '--format', '{{.Server.Version}}']],
    buildah: ['buildah', ['--version']],
};
/**
 * `auto` picks buildx where present (GitHub-hosted runners), else the docker engine, else buildah.
 * A named builder must be there; an error says what was probed.
 */
async function select_builder_selectBuilder(choice, exec, env) {
    const order = choice === 'auto' ? ['buildx', 'docker', 'buildah'] : [choice];
    for (const kind of order) {
        const [file, args] = PROBES[kind];
        if (await works(exec, file, args, env))
            return kind;
    }
    const tried = order.map((k) => `${PROBES[k][0]} ${PROBES[k][1].join(' ')}`).join(', ');
    throw new ConfigError(`Input 'builder': expected ${choice === 'auto' ? 'one of buildx, docker or buildah' : choice} to be available on the runner (tried: ${tried})`);
}
/** What the chosen builder cannot do is a ConfigError naming the input, before anything is built. */
function select_builder_checkBuilderSupport(kind, req) {
    const no = (input, what) => {
        throw new ConfigError(`Input '${input}': ${what} needs builder buildx${input === 'secrets' || input === 'cache-to' ? ' or buildah' : ''} (the ${kind} builder was selected)`);
    };
    if (kind === 'buildx')
        return;
    if (req.provenance !== undefined)
        no('provenance', 'a provenance attestation');
    if (req.sbom !== undefined)
        no('sbom', 'an SBOM attestation');
    if (req.platforms.length > 1)
        no('platforms', 'a multi-platform build');
    const levels = req.annotationLevels?.filter((l) => l !== 'manifest') ?? [];
    if (levels.length)
        throw new ConfigError(`DOCKER_METADATA_ANNOTATIONS_LEVELS: ${levels.join(', ')} annotations need builder buildx (the ${kind} builder was selected)`);
    if (kind === 'docker') {
        if (req.secrets.length)
            no('secrets', 'a build secret');
        if (req.cacheTo.length)
            no('cache-to', 'a cache export');
    }
    if (kind === 'buildah') {
        if (req.load)
            throw new ConfigError(`Input 'load': loading into the docker engine needs builder buildx or docker (buildah was selected)`);
        for (const c of req.cacheFrom)
            buildahCacheRepository('cache-from', c);
        for (const c of req.cacheTo)
            buildahCacheRepository('cache-to', c);
    }
}

;// CONCATENATED MODULE: ./packages/image/src/push-with-retry.ts


/**
 * Runs one push (a tool invocation) with bounded, jittered retries on transient failures only:
 * 5xx, 429, connection resets/refusals, timeouts. 401/403 stop at once. Every retry is logged;
 * the final error names the registry, the status and the number of attempts.
 */
async function push_with_retry_pushWithRetry(registry, what, run, policy, logger) {
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
            onRetry: ({ attempt, delayMs, error }) => logger.warning(`${what} to ${registry}: attempt ${attempt} of ${policy.attempts} failed (${errorMessage(error)}); retrying in ${formatDuration(delayMs)}`),
        });
        return { value, attempts };
    }
    catch (error) {
        if (error instanceof TransientError) {
            const why = attempts >= policy.attempts
                ? `after ${attempts} attempts`
                : `after ${attempts} attempts within the ${formatDuration(policy.deadlineMs)} deadline`;
            throw new TransientError(`${errorMessage(error)} (gave up ${why})`, { cause: error });
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
        return new ConfigError(`${text} (check the credentials for ${registry}: username/password or docker-config)`);
    return failure.transient ? new TransientError(text, { cause: error }) : new Error(text, { cause: error });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/image/src/signing/tool-pins.ts
/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 */
const COSIGN_PIN = {
    version: '3.1.3',
    minimum: '3.0.4',
    goModule: 'github.com/sigstore/cosign/v3/cmd/cosign',
    /** What cosign's own release build stamps, so that `cosign version` tells the truth. */
    versionVariable: 'sigs.k8s.io/release-utils/version.gitVersion',
};
/**
 * syft, which writes the SBOM that build-push attests (attest-sbom), built the same way into
 * ~/.cache/slipway/scanners/syft-<version>/bin.
 */
const SYFT_PIN = {
    version: '1.57.2',
    minimum: '1.0.0',
    goModule: 'github.com/anchore/syft/cmd/syft',
    versionVariable: 'main.version',
};

;// CONCATENATED MODULE: ./packages/image/src/signing/find-cosign.ts


const TOOLS = {
    cosign: { pin: COSIGN_PIN, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: SYFT_PIN, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new src/* ConfigError */.xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = (0,src/* versionInText */.nM)(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new src/* ConfigError */.xL(`${name}: '${name} version' printed no version; ${install}`);
    if ((0,src/* compareVersions */.Zy)(version, pin.minimum) < 0)
        throw new src/* ConfigError */.xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
    return { file: name, version };
}
/** cosign from PATH, v3.0.4 or later (earlier v3 releases needed a trusted root to verify offline). */
function find_cosign_findCosign(exec, env) {
    return findPinned('cosign', exec, env);
}
/** syft from PATH, for the SBOM build-push attests. */
function find_cosign_findSyft(exec, env) {
    return findPinned('syft', exec, env);
}

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
async function sign_image_signImage(images, digest, request, deps) {
    const exec = deps.exec ?? kitExec;
    const { logger } = deps;
    const { cosign } = deps;
    let key = request.key.trim();
    if (!KMS_KEY.test(key)) {
        maskSecret(request.key);
        const file = join(deps.workDir, 'cosign.key');
        writeFileSync(file, `${key}\n`, { mode: 0o600 });
        key = file;
    }
    maskSecret(request.password);
    const env = { ...deps.env, COSIGN_PASSWORD: request.password ?? '' };
    const run = (args) => exec(cosign.file, args, { env, logger, signal: deps.signal, timeoutMs: 300_000 });
    const result = { signatures: [], attestations: [], attestationTypes: [], cosignVersion: cosign.version };
    let predicateFile;
    if (request.provenance) {
        if (!request.run)
            throw new Error('provenance requested without the run it describes');
        const first = images[0];
        predicateFile = join(deps.workDir, 'provenance.json');
        const predicate = slsaProvenance(request.run, { name: first.name, digest }, { startedOn: deps.startedOn, finishedOn: (deps.now ?? (() => new Date()))() });
        writeFileSync(predicateFile, JSON.stringify(predicate, null, 2), { mode: 0o600 });
        result.attestationTypes.push('slsaprovenance1');
    }
    let sbomFile;
    if (request.sbom) {
        if (!deps.syft)
            throw new Error('an SBOM requested without syft');
        const first = digestRef(images[0], digest);
        sbomFile = join(deps.workDir, `sbom.${request.sbom}`);
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
        const ref = digestRef(image, digest);
        logger.info(`Signing ${ref}${predicateFile ? ' and attesting its SLSA provenance' : ''} with cosign ${cosign.version}`);
        await run(cosignSignArgs(key, ref));
        if (predicateFile)
            await run(cosignAttestArgs(key, ref, 'slsaprovenance1', predicateFile));
        if (sbomFile && request.sbom)
            await run(cosignAttestArgs(key, ref, SBOM_FORMATS[request.sbom], sbomFile));
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
        throw new Error(`cosign stored ${image.name}:${tag}, but it could not be read back: ${errorMessage(error)}`, {
            cause: error,
        });
    }
    if (!found)
        throw new Error(`cosign reported success, but ${image.name}:${tag} is not in ${image.registry}`);
    return digestRef(image, found.digest);
}

;// CONCATENATED MODULE: ./packages/image/src/build-push.ts















/** Images → a build with the chosen builder → pushes with retries → the digest the registry serves. */
async function buildAndPush(opts, deps) {
    const exec = deps.exec ?? kitExec;
    const now = deps.now ?? (() => performance.now());
    const logger = deps.logger;
    const registries = [...new Set(opts.images.map((i) => i.registry))];
    const refs = opts.images.flatMap((image) => opts.tags.map((tag) => taggedRef(image, tag)));
    const loginFor = (registry) => opts.logins.find((l) => l.registry === registry);
    const client = (registry) => deps.registryClient?.(registry, loginFor(registry)) ??
        new RegistryClient(registry, { credentials: loginFor(registry), signal: opts.signal });
    const empty = { refs, registries, buildMs: 0, pushMs: 0, attempts: {}, imageId: '' };
    if (opts.skipIfExists && opts.push) {
        const first = opts.images[0];
        const existing = await client(first.registry).headManifest(first.repository, opts.tags[0]);
        if (existing) {
            logger.info(`${taggedRef(first, opts.tags[0])} already exists (${existing.digest}): build skipped`);
            return { ...empty, skipped: true, digest: existing.digest, imageRef: digestRef(first, existing.digest) };
        }
    }
    const startedOn = new Date();
    const work = join(opts.tempDir, `slipway-build-${globalThis.crypto.randomUUID()}`);
    mkdirSync(work, { recursive: true, mode: 0o700 });
    opts.onSecretDir?.(work);
    let configDir;
    try {
        const env = { ...(deps.env ?? process.env) };
        if (opts.logins.length || opts.dockerConfig) {
            configDir = writeDockerConfig(opts.tempDir, opts.logins, opts.dockerConfig ?? existingDockerConfig(env));
            opts.onSecretDir?.(configDir);
            env['DOCKER_CONFIG'] = configDir;
            env['REGISTRY_AUTH_FILE'] = join(configDir, 'config.json');
        }
        // cosign is looked for before anything is built or pushed: a missing one changes nothing.
        const cosign = opts.signing ? await findCosign(exec, env) : undefined;
        const syft = opts.signing?.sbom ? await findSyft(exec, env) : undefined;
        const req = buildRequest(opts, refs, work);
        const kind = await selectBuilder(opts.builder, exec, env);
        checkBuilderSupport(kind, req);
        logger.info(`Builder: ${kind}`);
        if (kind === 'docker')
            env['DOCKER_BUILDKIT'] = '0';
        const policy = { ...opts.retry, signal: opts.signal };
        const attempts = {};
        let toolDigest = '';
        const buildStarted = now();
        let pushMs = 0;
        if (kind === 'buildx') {
            const run = () => exec('docker', buildxArgs(req), { env, logger, signal: opts.signal });
            if (opts.push) {
                const { attempts: n } = await pushWithRetry(registries.join(', '), 'Build and push', run, policy, logger);
                for (const r of registries)
                    attempts[r] = n;
                toolDigest = buildxDigest(req.metadataFile);
            }
            else
                await run();
        }
        else {
            const file = kind === 'docker' ? 'docker' : 'buildah';
            const args = kind === 'docker' ? dockerBuildArgs(req, labelledDockerfile(req, work)) : buildahBuildArgs(req);
            await exec(file, args, { env, logger, signal: opts.signal });
            if (opts.push) {
                const pushStarted = now();
                for (const ref of refs) {
                    const registry = opts.images.find((i) => ref.startsWith(`${i.name}:`))?.registry ?? '';
                    const digestFile = join(work, 'digest');
                    const { value, attempts: n } = await pushWithRetry(registry, `Push of ${ref}`, (_attempt, remainingMs) => exec(file, kind === 'docker' ? dockerPushArgs(ref) : buildahPushArgs(ref, digestFile), {
                        env,
                        logger,
                        signal: opts.signal,
                        timeoutMs: remainingMs,
                    }), policy, logger);
                    attempts[registry] = Math.max(attempts[registry] ?? 0, n);
                    const reported = kind === 'docker' ? /digest: (sha256:[a-f0-9]{64})/.exec(value.stdout)?.[1] : readIfExists(digestFile);
                    if (reported && !toolDigest)
                        toolDigest = reported;
                }
                pushMs = now() - pushStarted;
            }
        }
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
            logger.debug(`image size unknown: ${errorMessage(error)}`);
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
            imageRef: digestRef(first, digest),
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
        rmSync(work, { recursive: true, force: true });
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
            logger.warning(`Could not read the digest of ${taggedRef(image, tag)} back: ${errorMessage(error)}`);
        }
        if (!served)
            continue;
        if (digest && served !== digest)
            throw new Error(`${taggedRef(image, tag)} is ${served} but ${images[0]?.name}:${tag} is ${digest}: the registries disagree`);
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
        maskSecret(value);
        const file = join(work, `secret-${secrets.length}`);
        writeFileSync(file, value, { mode: 0o600 });
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
        iidFile: join(work, 'iid'),
        metadataFile: join(work, 'metadata.json'),
    };
}
/**
 * For the classic docker builder: a copy of the Dockerfile in the build's private work dir (removed
 * afterwards) ending in one LABEL line with every label; undefined when the labels stay --label
 * flags (a target stage, see canAppendLabels).
 */
function labelledDockerfile(req, work) {
    if (!canAppendLabels(req))
        return undefined;
    const file = join(work, 'Dockerfile');
    writeFileSync(file, appendLabelLine(readFileSync(req.file), req.labels), { mode: 0o600 });
    return file;
}
function existingDockerConfig(env) {
    const file = join(env['DOCKER_CONFIG'] || join(homedir(), '.docker'), 'config.json');
    return existsSync(file) ? file : undefined;
}
function readIfExists(file) {
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}
function buildxDigest(metadataFile) {
    try {
        const meta = JSON.parse(readFileSync(metadataFile, 'utf8'));
        return typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
    }
    catch {
        return '';
    }
}

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
    const summary = new SummaryBuilder();
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
        rows.push(['Build time', formatDuration(result.buildMs)]);
    if (result.pushMs)
        rows.push(['Push time', formatDuration(result.pushMs)]);
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

;// CONCATENATED MODULE: ./packages/image/src/signing/cosign-args.ts
/**
 * cosign's argv, built in one place. Every command runs offline with a key: nothing is uploaded to
 * a transparency log (--tlog-upload=false), no signing config is fetched from Sigstore's TUF
 * repository (--use-signing-config=false), and verification skips the transparency log and the
 * certificate checks (--insecure-ignore-tlog=true) that keyless signing needs. Signatures and
 * attestations are stored the way every cosign release and policy controller reads them: as
 * manifests under the digest's own sha256-<hex>.sig / .att tags in the image's repository
 * (--new-bundle-format=false; the registries we run have no referrers API to hold the new bundles).
 * The key is a file path or a KMS URI; its password comes in COSIGN_PASSWORD, never on argv.
 */
const OFFLINE_SIGNING = (/* unused pure expression or super */ null && (['--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format=false']));
const OFFLINE_VERIFY = ['--insecure-ignore-tlog=true', '--new-bundle-format=false'];
/** `cosign sign` of one digest-pinned reference. */
function cosign_args_cosignSignArgs(key, digestRef) {
    requireDigest(digestRef);
    return ['sign', '--yes', '--key', key, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign attest` of a predicate file (type: slsaprovenance1, spdxjson, cyclonedx, or a URI). */
function cosign_args_cosignAttestArgs(key, digestRef, type, predicateFile) {
    requireDigest(digestRef);
    return ['attest', '--yes', '--key', key, '--type', type, '--predicate', predicateFile, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign verify` against a public key (a PEM file or a KMS URI); JSON on stdout. */
function cosignVerifyArgs(publicKey, digestRef) {
    requireDigest(digestRef);
    return ['verify', '--key', publicKey, ...OFFLINE_VERIFY, '--output', 'json', digestRef];
}
/** `cosign verify-attestation` of one predicate type against a public key. */
function cosignVerifyAttestationArgs(publicKey, digestRef, type) {
    requireDigest(digestRef);
    return ['verify-attestation', '--key', publicKey, '--type', type, ...OFFLINE_VERIFY, digestRef];
}
/** Never sign or verify a tag: what it points at can change between the check and the pull. */
function requireDigest(ref) {
    if (!/@sha256:[a-f0-9]{64}$/.test(ref))
        throw new Error(`cosign is only run on a digest reference, got ${ref}`);
}
/** KMS URIs cosign resolves itself (passed through as --key). */
const cosign_args_KMS_KEY = /^(awskms|gcpkms|azurekms|hashivault|k8s):\/\/\S+$/;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-policy.ts


/** The attestation types cosign knows by a short name; anything else must be a predicate type URI. */
const ATTESTATION_TYPES = [
    'slsaprovenance1',
    'slsaprovenance02',
    'slsaprovenance',
    'spdxjson',
    'spdx',
    'cyclonedx',
    'vuln',
    'openvex',
    'custom',
];
/** The policy in a few words: the key's SHA-256 fingerprint (or its KMS URI) and the attestations. */
function describePolicy(policy) {
    const attested = policy.attestations.length ? `, attestations ${policy.attestations.join(', ')}` : '';
    return `key ${keyLabel(policy.publicKey)}${attested}`;
}
/** SHA256:<first 16 hex of the SubjectPublicKeyInfo's digest>, or the KMS URI. */
function keyLabel(publicKey) {
    const text = publicKey.trim();
    if (cosign_args_KMS_KEY.test(text))
        return text;
    const der = (0,external_node_crypto_.createPublicKey)(text).export({ type: 'spki', format: 'der' });
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').slice(0, 16)}`;
}
/**
 * Reads cosign's failure text: no signature (or attestation) at all; some, but none by this key;
 * anything else (a registry or network failure) is an error, never taken for a verdict.
 */
function classifyCosignFailure(stderr) {
    const text = stderr.toLowerCase();
    // With nothing stored under the digest, verify-attestation says "no matching attestations: " and no reason.
    if (/no signatures found|no attestations found|none of the attestations matched the predicate type|no matching (signatures|attestations):\s*$/m.test(text))
        return 'absent';
    if (/no matching (signatures|attestations)|invalid signature|verification error|failed to verify signature/.test(text))
        return 'other-key';
    return 'error';
}
/** What the refusal says was missing: one finding after another, in check order. */
function missingText(results) {
    return results
        .filter((r) => r.finding !== 'verified')
        .map((r) => {
        const what = r.check === 'signature' ? 'signature' : `${r.check} attestation`;
        if (r.finding === 'absent')
            return `no ${what}`;
        if (r.finding === 'other-key')
            return `${what} not by this key`;
        return `${what} not checked (${r.detail ?? 'cosign failed'})`;
    })
        .join('; ');
}
/** One line: the image (and the digest its tag points at), the policy, and what was missing. */
function refusalLine(shown, digest, policy, results) {
    const at = shown.endsWith(digest) ? '' : ` (now ${digest})`;
    return `Image ${shown}${at} refused by the verification policy (${describePolicy(policy)}): ${missingText(results)}`;
}

;// CONCATENATED MODULE: ./packages/image/src/signing/verify-image.ts










/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps) {
    const exec = deps.exec ?? src/* exec */.m0;
    const image = image_ref_parseImageRef(text, `Input 'image'`);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps));
    const ref = image_ref_digestRef(image, digest);
    const cosign = await find_cosign_findCosign(exec, deps.env);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(deps.tempDir, 'slipway-verify-'));
    try {
        let key = policy.publicKey.trim();
        if (!cosign_args_KMS_KEY.test(key)) {
            key = (0,external_node_path_.join)(dir, 'cosign.pub');
            (0,external_node_fs_.writeFileSync)(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
        }
        const check = async (name, args) => {
            const result = await exec(cosign.file, args, {
                env: deps.env,
                ignoreExitCode: true,
                timeoutMs: 120_000,
                ...(deps.signal ? { signal: deps.signal } : {}),
            });
            if (result.exitCode === 0)
                return { check: name, finding: 'verified' };
            const detail = lastErrorLine(result.stderr);
            deps.logger.debug(`cosign ${args[0]} ${name}: ${result.stderr.trim()}`);
            return { check: name, finding: classifyCosignFailure(result.stderr), detail };
        };
        deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${describePolicy(policy)}`);
        const checks = [await check('signature', cosignVerifyArgs(key, ref))];
        for (const type of policy.attestations)
            checks.push(await check(type, cosignVerifyAttestationArgs(key, ref, type)));
        if (checks.some((c) => c.finding !== 'verified'))
            throw new src/* ConfigError */.xL(refusalLine(given, digest, policy, checks));
        for (const c of checks)
            deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
        return {
            given,
            digestRef: ref,
            digest,
            ...(image.tag && !image.digest ? { tag: image.tag } : {}),
            policy: describePolicy(policy),
            checks,
            cosignVersion: cosign.version,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps) {
    const tag = image.tag ?? 'latest';
    const client = deps.client?.(image) ??
        new registry_client_RegistryClient(image.registry, {
            credentials: credentialsFor(deps.env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), image.registry),
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
    let found;
    try {
        found = await client.headManifest(image.repository, tag);
    }
    catch (error) {
        throw new src/* TransientError */.N_(`Could not resolve ${image.name}:${tag} to a digest to verify: ${(0,src/* errorMessage */.gJ)(error)}`);
    }
    if (!found)
        throw new src/* ConfigError */.xL(`Input 'image': ${image.name}:${tag} does not exist in ${image.registry}`);
    return found.digest;
}
function lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.filter((l) => /^error:/i.test(l)).pop() ?? lines.pop() ?? '';
    return error.replace(/^error:\s*/i, '').slice(0, 200);
}

;// CONCATENATED MODULE: ./packages/image/src/signing/verify-deploy.ts




/** An attestation type cosign knows by name, or a predicate type URI. */
const ATTESTATION_TYPE = new RegExp(`^(${ATTESTATION_TYPES.join('|')}|https?://\\S+)$`);
const ATTESTATION_EXPECTED = `attestation types such as "slsaprovenance1" (${ATTESTATION_TYPES.join(', ')}) or a predicate type URI`;
/** The checks every reader of a policy applies (the actions' inputs, slipway.yml's verify block). */
function policyProblem(policy) {
    const bad = policy.attestations.find((type) => !ATTESTATION_TYPE.test(type));
    if (bad !== undefined)
        return { field: 'attestations', expected: ATTESTATION_EXPECTED, got: (0,src/* shownValue */.JJ)(bad) };
    const key = policy.publicKey.trim();
    if (cosign_args_KMS_KEY.test(key))
        return undefined;
    if (/PRIVATE KEY/.test(key))
        return { field: 'key', expected: 'the public key (cosign.pub)', got: 'a private key (value not shown)' };
    try {
        keyLabel(key);
        return undefined;
    }
    catch {
        return {
            field: 'key',
            expected: 'a PEM public key ("-----BEGIN PUBLIC KEY-----" …) or a KMS URI such as "awskms://…"',
            got: (0,src/* shownValue */.JJ)(key.split('\n')[0] ?? ''),
        };
    }
}
/** The verify-key and verify-attestations inputs (helm-deploy, canary): a policy, or none. */
function readVerifyInputs(reader) {
    const publicKey = reader.string('verify-key');
    const attestations = reader.list('verify-attestations', { item: ATTESTATION_TYPE, expected: ATTESTATION_EXPECTED });
    if (!publicKey) {
        if (attestations.length)
            throw inputError('verify-attestations', 'no value unless verify-key is set (the key they must be signed by)', attestations.join(','));
        return undefined;
    }
    const policy = { publicKey, attestations };
    const problem = policyProblem(policy);
    if (problem) {
        const name = problem.field === 'key' ? 'verify-key' : 'verify-attestations';
        throw new ConfigError(`Input '${name}': expected ${problem.expected}, got ${problem.got}`);
    }
    return policy;
}
/**
 * The one check before a deploy, a canary or a delivery changes anything: with a policy, the
 * image (name:tag or name@digest) is resolved to a digest once and that digest verified; the
 * caller deploys `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
async function verifyDeployImage(image, policy, deps) {
    if (!policy)
        return undefined;
    if (!image) {
        deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
        return undefined;
    }
    return deps.logger.group('Verify the image', () => verifyImage(image, policy, deps));
}
/** What was verified, added to a summary (helm-deploy's, canary's, the delivery's). */
function verifiedSummary(summary, verified) {
    if (!verified)
        return summary;
    summary.heading('Image verified', 3);
    summary.table(['', ''], [
        ['Image', { raw: `\`${verified.given.replace(/`/g, '')}\`` }],
        ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
        ['Policy', verified.policy],
        ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
        ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ]);
    return summary;
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts

































/***/ })

};
