export const id = 2;
export const ids = [2];
export const modules = {

/***/ 2:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openJobSession: () => (/* reexport */ openJobSession)
});

// UNUSED EXPORTS: BLUE_GREEN_ANNOTATION, BLUE_GREEN_RELEASE_MAX, COLOURS, DEFAULT_IMAGE_VALUES, DNS_LABEL, DNS_LABEL_MAX, HelmCli, HelmCommandError, KUBECONFIG_STATE, SecretReleaseReader, checkImageExists, chooseHelm, classifyRelease, colourRelease, colourServiceIn, deployOutputs, deploySummary, describeKeepPrevious, dryRunFlags, exactVersion, findOnPath, formatHelmVersion, helmArchiveName, helmVersionOf, imageValues, imagesInManifest, installHelm, isDnsLabel, isPending, lastGoodRevision, lineDiff, liveColour, mergeValues, nestValues, openSession, otherColour, parseHelmVersion, parseHistory, parseKeepPrevious, parseReleaseJson, parseVersionSpec, pinnedImageRef, planChanges, podImages, readChart, readChartVersion, readClusterAccess, readColourState, readImageValues, readKubeconfig, readValuesFiles, readValuesMap, recoverStuckRelease, registryOf, resolveHelm, revisionsFromSecrets, runRelease, satisfies, splitImageRef, switchedService, timeoutFlag, upgradeFlags, usesSecretStorage, verifyBeforeChange, verifyBeforeDeploy, waitFlags

// EXTERNAL MODULE: ./packages/kit/src/runner/outputs.ts
var outputs = __webpack_require__(1025);
// EXTERNAL MODULE: ./packages/kit/src/runner/add-path.ts
var add_path = __webpack_require__(3954);
// EXTERNAL MODULE: ./packages/kit/src/runner/logger.ts + 1 modules
var logger = __webpack_require__(3225);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig-file.ts + 1 modules
var kubeconfig_file = __webpack_require__(5684);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts + 1 modules
var helm_cli = __webpack_require__(6964);
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

// EXTERNAL MODULE: ./packages/helm/src/resolve-helm.ts + 1 modules
var resolve_helm = __webpack_require__(3896);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/open-session.ts







/** The kubeconfig on disk, helm resolved (or installed), and clients for both. */
async function openSession(options) {
    let path = options.kubeconfigPath;
    if (options.kubeconfigYaml !== undefined) {
        path = await (0,kubeconfig_file/* writeKubeconfigFile */.xK)(options.kubeconfigYaml, options.tempDir);
        options.onKubeconfigWritten?.(path);
    }
    if (!path)
        throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
    const text = options.kubeconfigYaml ?? (await (0,promises_.readFile)(path, 'utf8'));
    const access = await (0,kubeconfig/* parseKubeconfig */.DU)(text, { context: options.context, baseDir: (0,external_node_path_.dirname)(path) });
    const resolving = (0,resolve_helm/* resolveHelm */.Fr)({
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
    const kube = new kube_client/* KubeClient */.B(access, options.signal);
    return {
        helm: new helm_cli/* HelmCli */.jL(resolving.then((helm) => ({
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
    const { temp, toolCache } = (0,runner_dirs/* runnerDirs */.x)(env);
    const kubeconfig = await (0,kubeconfig_file/* sessionKubeconfig */.ui)({
        written,
        input: kubeconfigInput,
        ambient: env['KUBECONFIG'],
        tempDir: temp,
        onWritten: session.onKubeconfigWritten,
    });
    return openSession({ ...session, ...kubeconfig, tempDir: temp, toolCacheDir: toolCache });
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/job-session.ts


/** The step state that carries the kubeconfig main wrote to its post step (which reuses, then deletes it). */
const KUBECONFIG_STATE = 'kubeconfig-path';
/**
 * The runner session of one step of a job, main or post, for helm-deploy, canary and the root
 * action alike: the kubeconfig file main wrote (the step's state) reused, helm's folder put on
 * PATH, the runner's log.
 */
function openJobSession(options) {
    const { saveWritten, ...session } = options;
    return openRunnerSession({
        ...session,
        written: (0,outputs/* getState */.Gu)(KUBECONFIG_STATE),
        onHelmInstalled: add_path/* addPath */.f,
        logger: logger/* runnerLogger */.hB,
        ...(saveWritten ? { onKubeconfigWritten: (path) => (0,outputs/* saveState */.LZ)(KUBECONFIG_STATE, path) } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/helm/src/index.ts


























/***/ }),

/***/ 3896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wX: () => (/* binding */ chooseHelm),
  Fr: () => (/* binding */ resolveHelm)
});

// UNUSED EXPORTS: findOnPath, helmVersionOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/tools/find-tool.ts
var find_tool = __webpack_require__(1244);
// EXTERNAL MODULE: ./packages/helm/src/helm-version.ts
var helm_version = __webpack_require__(8233);
// EXTERNAL MODULE: ./packages/kit/src/tools/go-platform.ts
var go_platform = __webpack_require__(2010);
// EXTERNAL MODULE: ./packages/kit/src/tools/install-tool.ts + 2 modules
var install_tool = __webpack_require__(275);
;// CONCATENATED MODULE: ./packages/helm/src/install-helm.ts

function helmArchiveName(version, platform = process.platform, arch = process.arch) {
    return `helm-v${version}-${(0,go_platform/* goPlatform */.G)(platform, arch)}.tar.gz`;
}
/**
 * helm's release archive through kit's one installer: the verified copy in the tool cache, or the
 * archive downloaded, held to its published .sha256sum, extracted and cached as
 * azure/setup-helm lays it out (helm/<version>/<arch>/<os>-<arch>/helm).
 */
async function installHelm(options) {
    const archive = helmArchiveName(options.version, options.platform, options.arch);
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${archive}`;
    return (0,install_tool/* installTool */.G)({
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
    const result = await (0,exec/* exec */.m)(path, ['version', '--template', '{{.Version}}'], { signal, timeoutMs: 30_000 });
    const version = (0,helm_version/* parseHelmVersion */.En)(result.stdout.trim());
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
        if (!spec || (0,helm_version/* satisfies */.ib)(found, spec))
            return { use: 'path', path: onPath, version: found };
    }
    const seen = onPath && found ? `helm on PATH is ${(0,helm_version/* formatHelmVersion */.aX)(found)}` : 'no helm on PATH';
    if (!spec)
        throw new errors/* ConfigError */.xL(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
    const exact = (0,helm_version/* exactVersion */.y)(spec);
    if (exact)
        return { use: 'install', exact, seen, spec };
    // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
    const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
    const cached = options.cacheDir
        ? await (0,find_tool/* findCachedTool */.m)({
            tool: 'helm',
            versionSpec: range,
            binary: 'helm',
            cacheRoot: options.cacheDir,
            logger: options.logger,
        })
        : undefined;
    if (!cached) {
        throw new errors/* ConfigError */.xL(`${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`);
    }
    return {
        use: 'cached',
        path: cached.path,
        dir: cached.dir,
        seen: `${seen}; using helm v${cached.version} from the tool cache (${cached.dir}), files verified`,
        spec,
    };
}
/** Each choice's helm, resolved once in a run: the chart's render for the verification policy and the session share it. */
const resolvedChoices = new WeakMap();
/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 * `choice` is chooseHelm's answer when the caller asked first: it is resolved once (one install,
 * one version probe), and a second resolveHelm with the same choice gets the same helm.
 */
function resolveHelm(options) {
    const { choice } = options;
    if (!choice)
        return chooseHelm(options).then((chosen) => resolveChoice(chosen, options));
    let resolved = resolvedChoices.get(choice);
    if (!resolved) {
        resolved = resolveChoice(choice, options);
        resolvedChoices.set(choice, resolved);
    }
    return resolved;
}
async function resolveChoice(choice, options) {
    const { logger } = options;
    if (choice.use === 'path') {
        logger.info(`Using helm ${(0,helm_version/* formatHelmVersion */.aX)(choice.version)} from PATH (${choice.path})`);
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
    if (!(0,helm_version/* satisfies */.ib)(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
        const wanted = choice.use === 'install' ? `v${choice.exact}` : `"${spec.text}"`;
        throw new errors/* ConfigError */.xL(`The downloaded helm reports ${(0,helm_version/* formatHelmVersion */.aX)(version)}, not ${wanted}: refusing to use it (check 'helm-download-url')`);
    }
    options.onInstalled?.((0,external_node_path_.dirname)(path));
    return { path, version, source: 'installed' };
}


/***/ }),

/***/ 6474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ runnerDirs)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Where this job's steps write scratch files and keep tools: the one reading of RUNNER_TEMP and RUNNER_TOOL_CACHE. */
function runnerDirs(env = process.env) {
    const temp = env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
    return { temp, toolCache: env['RUNNER_TOOL_CACHE'] || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'tool-cache') };
}


/***/ }),

/***/ 1847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ findBinary),
/* harmony export */   t: () => (/* binding */ withCacheRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


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
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true })) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, entry.name);
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


/***/ }),

/***/ 9524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   x: () => (/* binding */ checksumFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);


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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 1244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ findCachedTool)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_root__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1847);
/* harmony import */ var _tool_manifest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1600);



/**
 * tool-cache's `find` in the standard layout, then kit's check of the files against what was
 * recorded at install. A copy that fails it is refused with a warning (and undefined returned).
 */
async function findCachedTool(options) {
    if (!options.cacheRoot)
        return undefined;
    // tool-cache loads only when a tool cache is searched (start-up of every action).
    const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
    const dir = await (0,_cache_root__WEBPACK_IMPORTED_MODULE_1__/* .withCacheRoot */ .t)(options.cacheRoot, () => tc.find(options.tool, options.versionSpec, options.arch ?? process.arch));
    if (!dir)
        return undefined;
    const version = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dir));
    const problem = await (0,_tool_manifest__WEBPACK_IMPORTED_MODULE_2__/* .manifestProblem */ .Vx)(dir, options.pinnedSha256);
    const path = problem ? undefined : await (0,_cache_root__WEBPACK_IMPORTED_MODULE_1__/* .findBinary */ .j)(dir, options.binary);
    if (!path) {
        const why = problem ?? `it holds no '${options.binary}'`;
        options.logger.warning(`${options.tool} ${version} in the tool cache (${dir}) is refused: ${why}`);
        return undefined;
    }
    return { dir, path, version };
}


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ goPlatform)
/* harmony export */ });
/** Node's process.arch → the GOARCH name Go-built tools (helm, cosign) give their release assets. */
const GO_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
/** `<os>-<arch>` as Go release assets name a platform: linux-amd64, darwin-arm64, windows-amd64, … */
function goPlatform(platform = process.platform, arch = process.arch) {
    return `${platform === 'win32' ? 'windows' : platform}-${GO_ARCH[arch] ?? arch}`;
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ installTool)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kit/src/tools/cache-root.ts
var cache_root = __webpack_require__(1847);
// EXTERNAL MODULE: ./packages/kit/src/tools/checksums.ts
var checksums = __webpack_require__(9524);
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
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, 'slipway-download-'));
    try {
        return await (0,promises_.readFile)(await downloadToolFile(url, (0,external_node_path_.join)(dir, 'file'), options), 'utf8');
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./packages/kit/src/tools/find-tool.ts
var find_tool = __webpack_require__(1244);
// EXTERNAL MODULE: ./packages/kit/src/tools/tool-manifest.ts
var tool_manifest = __webpack_require__(1600);
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
    const cached = await (0,find_tool/* findCachedTool */.m)({ ...release, versionSpec: release.version, arch, pinnedSha256: pinned });
    if (cached) {
        release.logger.info(`${label} ${cached.version} from the tool cache (${cached.dir}), files verified`);
        return { ...cached, source: 'cache' };
    }
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,runner_dirs/* runnerDirs */.x)().temp, `slipway-${release.tool}-`));
    try {
        const url = typeof release.url === 'string' ? release.url : await release.url();
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || release.tool);
        let expected = pinned;
        if (typeof release.sha256 !== 'string') {
            expected = (0,checksums/* checksumFor */.x)(await downloadToolText(release.sha256.checksumsUrl, release), name);
            if (!expected)
                throw new errors/* ConfigError */.xL(`${label}: the published checksums name no SHA-256 for ${name}`);
        }
        release.logger.info(`${label}: downloading ${release.version} from ${url}`);
        const file = await downloadToolFile(url, (0,external_node_path_.join)(work, name), release);
        const actual = await (0,checksums/* sha256File */.Q)(file);
        if (actual !== expected) {
            const source = pinned ? 'pinned' : 'published';
            throw new errors/* ConfigError */.xL(`${label}: refusing ${name}: SHA-256 ${actual} does not match the ${source} ${expected}`);
        }
        release.logger.info(`${label}: verified SHA-256 ${actual} of ${name}`);
        const dir = await (0,cache_root/* withCacheRoot */.t)(release.cacheRoot, async () => {
            // tool-cache loads only when a tool is installed (start-up of every action).
            const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
            if (release.inPlace)
                return buildInPlace(release, arch, file, actual);
            const unpacked = (0,external_node_path_.join)(work, 'unpacked');
            await (0,promises_.mkdir)(unpacked);
            if (release.unpack === 'tar')
                await tc.extractTar(file, unpacked, 'x');
            else if (release.unpack === 'zip')
                await tc.extractZip(file, unpacked);
            else
                await release.unpack(file, unpacked);
            await (0,tool_manifest/* recordManifest */.Xx)(unpacked, actual);
            return tc.cacheDir(unpacked, release.tool, release.version, arch);
        });
        const path = await (0,cache_root/* findBinary */.j)(dir, release.binary);
        if (!path)
            throw new errors/* ConfigError */.xL(`${label}: ${name} holds no '${release.binary}'`);
        return { dir, path, version: release.version, source: 'download' };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The layout cacheDir writes (`<root>/<tool>/<version>/<arch>` then `<arch>.complete`), filled in place. */
async function buildInPlace(release, arch, file, sha256) {
    const dir = (0,external_node_path_.join)(release.cacheRoot, release.tool, release.version, arch);
    await (0,promises_.rm)(`${dir}.complete`, { force: true });
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    try {
        if (typeof release.unpack !== 'function')
            throw new Error(`${release.tool}: an in-place install needs an unpack function`);
        await release.unpack(file, dir);
        await (0,tool_manifest/* recordManifest */.Xx)(dir, sha256);
        await (0,promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}


/***/ }),

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ manifestProblem),
/* harmony export */   Xx: () => (/* binding */ recordManifest)
/* harmony export */ });
/* unused harmony export MANIFEST_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checksums__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9524);



/**
 * What kit records beside a tool it caches, so that a later job can tell the files are still the
 * ones it verified: the SHA-256 of the download they came from and of every file (a symbolic link
 * by its target). tool-cache's `.complete` marker only says the copy finished.
 */
const MANIFEST_FILE = '.slipway-sha256.json';
async function listFiles(root) {
    const entries = [];
    const walk = async (dir) => {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).sort()) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
            if (rel === MANIFEST_FILE)
                continue;
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
            if (stat.isSymbolicLink())
                entries.push([rel, `link:${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path)}`]);
            else if (stat.isDirectory())
                await walk(path);
            else if (stat.isFile())
                entries.push([rel, await (0,_checksums__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(path)]);
        }
    };
    await walk(root);
    return entries;
}
/** Writes the manifest of `dir`'s files, before the directory is cached. */
async function recordManifest(dir, downloadSha256) {
    const manifest = { download: downloadSha256, files: Object.fromEntries(await listFiles(dir)) };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
/**
 * Why the cached `dir` cannot be trusted, or undefined when every recorded file is unchanged (and,
 * when the download's digest is pinned, it came from that download). Files added since (a
 * Python cache) are not judged: only what was verified at install is run.
 */
async function manifestProblem(dir, pinnedDownload) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return `it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`;
    }
    if (pinnedDownload && manifest.download !== pinnedDownload)
        return `it came from a download with SHA-256 ${manifest.download}, pinned ${pinnedDownload}`;
    for (const [file, recorded] of Object.entries(manifest.files ?? {})) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
        let actual;
        try {
            actual = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isSymbolicLink() ? `link:${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path)}` : await (0,_checksums__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(path);
        }
        catch {
            return `${file} is missing`;
        }
        if (actual !== recorded)
            return `${file} has changed (SHA-256 ${actual}, recorded ${recorded} at install)`;
    }
    return undefined;
}


/***/ }),

/***/ 5684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eh: () => (/* binding */ decodeKubeconfigInput),
  Jb: () => (/* binding */ removeJobKubeconfig),
  ui: () => (/* binding */ sessionKubeconfig),
  xK: () => (/* binding */ writeKubeconfigFile)
});

// UNUSED EXPORTS: ambientKubeconfig, removeKubeconfigFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/yaml-text.ts
var yaml_text = __webpack_require__(1949);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-merge.ts



/** Per section, the fields that name files (kubectl's ResolveLocalPaths). */
const FILE_FIELDS = {
    clusters: { field: 'cluster', keys: ['certificate-authority'] },
    users: { field: 'user', keys: ['client-certificate', 'client-key', 'tokenFile'] },
};
const SECTIONS = ['clusters', 'users', 'contexts'];
/**
 * Merges kubeconfig files as kubectl merges KUBECONFIG: the first file to define a cluster,
 * user or context of a name wins it whole, current-context comes from the first file that sets
 * one, and every relative path is made absolute against its own file's folder first. Returns
 * the merged kubeconfig as YAML.
 */
async function mergeKubeconfigs(files) {
    const merged = { clusters: [], users: [], contexts: [] };
    let current;
    let preferences;
    for (const file of files) {
        const doc = await (0,yaml_text/* parseYamlText */.c)(file.text, file.path);
        if (doc === null || doc === undefined)
            continue; // an empty file, as kubectl allows
        if (typeof doc !== 'object' || Array.isArray(doc))
            throw new errors/* ConfigError */.xL(`${file.path}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
        const config = doc;
        const absolute = (path) => typeof path === 'string' && path && !(0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file.path), path) : path;
        for (const section of SECTIONS) {
            const items = Array.isArray(config[section]) ? config[section] : [];
            for (const item of items) {
                if (!item || typeof item !== 'object' || merged[section].some((m) => m.name === item.name))
                    continue;
                merged[section].push(withAbsolutePaths(section, item, absolute));
            }
        }
        const named = config['current-context'];
        if (current === undefined && typeof named === 'string' && named)
            current = named;
        preferences ??= config['preferences'];
    }
    // yaml (about 50 ms to load bundled, measured) only when kubeconfigs are merged.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        ...(preferences === undefined ? {} : { preferences }),
        ...merged,
        ...(current === undefined ? {} : { 'current-context': current }),
    });
}
function withAbsolutePaths(section, item, absolute) {
    const spec = FILE_FIELDS[section];
    const inner = spec ? item[spec.field] : undefined;
    if (!spec || !inner || typeof inner !== 'object')
        return item;
    const copy = { ...inner };
    for (const key of spec.keys)
        if (key in copy)
            copy[key] = absolute(copy[key]);
    const exec = copy['exec'];
    // An exec command with a slash is a path (relative to its file); any other is looked up on PATH.
    if (exec && typeof exec === 'object' && String(exec['command'] ?? '').includes('/'))
        copy['exec'] = { ...exec, command: absolute(exec['command']) };
    return { ...item, [spec.field]: copy };
}
/**
 * The files a KUBECONFIG value names, read in order, as kubectl reads them: ':'-separated,
 * empty entries and repeats skipped, files that do not exist skipped.
 */
async function readKubeconfigFiles(value) {
    const paths = [...new Set(value.split(external_node_path_.delimiter).filter(Boolean))];
    const files = [];
    for (const path of paths) {
        try {
            files.push({ path: (0,external_node_path_.resolve)(path), text: await (0,promises_.readFile)(path, 'utf8') });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw new errors/* ConfigError */.xL(`KUBECONFIG: cannot read ${path}: ${error.code ?? error}`);
        }
    }
    if (!files.length)
        throw new errors/* ConfigError */.xL(`KUBECONFIG names no file that exists (${paths.join(', ') || 'empty'})`);
    return files;
}
/**
 * The kubeconfig a KUBECONFIG value stands for, as one text: a single file as it is (relative
 * paths resolve against `baseDir`, its folder), several merged (their paths made absolute).
 */
async function loadKubeconfigEnv(value) {
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return { text: first.text, baseDir: dirname(first.path) };
    return { text: await mergeKubeconfigs(files), baseDir: process.cwd() };
}

;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-file.ts





/**
 * The `kubeconfig` input is the YAML itself or its base64; this returns the YAML. Base64 is
 * recognised by decoding to something that looks like a kubeconfig.
 */
function decodeKubeconfigInput(text) {
    const trimmed = text.trim();
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/(^|\n)\s*(apiVersion|clusters|kind)\s*:/.test(decoded) || decoded.trim().startsWith('{'))
            return decoded;
    }
    return text;
}
/** Writes the kubeconfig 0600 in a private folder under `dir` (RUNNER_TEMP); returns its path. */
async function writeKubeconfigFile(yaml, dir) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dir, 'slipway-kube-'));
    (0,external_node_fs_.chmodSync)(folder, 0o700);
    const path = (0,external_node_path_.join)(folder, 'kubeconfig');
    (0,external_node_fs_.writeFileSync)(path, yaml.endsWith('\n') ? yaml : `${yaml}\n`, { mode: 0o600 });
    return path;
}
/** Deletes a kubeconfig written by writeKubeconfigFile, and its folder; true when something was removed. */
async function removeKubeconfigFile(path) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return false;
    const folder = (0,external_node_path_.dirname)(path);
    if ((0,external_node_path_.basename)(folder).startsWith('slipway-kube-'))
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    else
        (0,external_node_fs_.rmSync)(path, { force: true });
    return true;
}
/** The post step's end of a runner session (helm-deploy, canary, the root action): the kubeconfig this job wrote, deleted and said. */
async function removeJobKubeconfig(path, logger) {
    if (path && (await removeKubeconfigFile(path)))
        logger.info(`Deleted the kubeconfig written for this job (${path})`);
}
/**
 * The ambient KUBECONFIG as one file, for our client and helm alike: a single file is used where
 * it is; several are merged as kubectl merges them and written 0600 under `tempDir` (RUNNER_TEMP),
 * `onWritten` told the path so that a post step deletes it. undefined when KUBECONFIG is unset.
 */
async function ambientKubeconfig(value, tempDir, onWritten) {
    if (!value?.split(':').some(Boolean))
        return undefined;
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return first.path;
    const merged = await mergeKubeconfigs(files);
    for (const secret of await (0,kubeconfig/* kubeconfigSecrets */.hT)(merged))
        (0,mask/* maskSecret */.$l)(secret);
    const path = await writeKubeconfigFile(merged, tempDir);
    onWritten?.(path);
    return path;
}
/**
 * Where a session's kubeconfig comes from: the file an earlier step of this job wrote (post
 * reuses it), else the kubeconfig input, else the ambient KUBECONFIG (see ambientKubeconfig).
 */
async function sessionKubeconfig(options) {
    if (options.written)
        return { kubeconfigPath: options.written, kubeconfigYaml: undefined };
    if (options.input !== undefined)
        return { kubeconfigPath: undefined, kubeconfigYaml: options.input };
    const path = await ambientKubeconfig(options.ambient, options.tempDir, options.onWritten);
    return { kubeconfigPath: path, kubeconfigYaml: undefined };
}


/***/ })

};
