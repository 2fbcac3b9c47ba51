export const id = 931;
export const ids = [931];
export const modules = {

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O5: () => (/* binding */ COLOURS),
/* harmony export */   RQ: () => (/* binding */ otherColour),
/* harmony export */   SJ: () => (/* binding */ switchedAnnotations),
/* harmony export */   SP: () => (/* binding */ colourRelease),
/* harmony export */   Xm: () => (/* binding */ colourServiceIn),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
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

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BLUE_GREEN_ANNOTATION: () => (/* reexport */ colour_state/* ANNOTATION */.YX),
  BLUE_GREEN_RELEASE_MAX: () => (/* reexport */ blue_green_names/* BLUE_GREEN_RELEASE_MAX */.E4),
  COLOURS: () => (/* reexport */ colour_state/* COLOURS */.O5),
  DEFAULT_IMAGE_VALUES: () => (/* reexport */ image_values/* DEFAULT_IMAGE_VALUES */.$Y),
  DNS_LABEL: () => (/* reexport */ blue_green_names/* DNS_LABEL */.HR),
  DNS_LABEL_MAX: () => (/* reexport */ blue_green_names/* DNS_LABEL_MAX */.K),
  HelmCli: () => (/* reexport */ helm_cli/* HelmCli */.jL),
  HelmCommandError: () => (/* reexport */ helm_cli/* HelmCommandError */.Qz),
  KUBECONFIG_STATE: () => (/* reexport */ KUBECONFIG_STATE),
  SecretReleaseReader: () => (/* reexport */ SecretReleaseReader),
  checkImageExists: () => (/* reexport */ image_exists/* checkImageExists */.C),
  chooseHelm: () => (/* reexport */ chooseHelm),
  classifyRelease: () => (/* reexport */ release_history/* classifyRelease */.s$),
  colourRelease: () => (/* reexport */ colour_state/* colourRelease */.SP),
  colourServiceIn: () => (/* reexport */ colour_state/* colourServiceIn */.Xm),
  deployOutputs: () => (/* reexport */ deployOutputs),
  deploySummary: () => (/* reexport */ deploySummary),
  describeKeepPrevious: () => (/* reexport */ keep_previous/* describeKeepPrevious */.y),
  dryRunFlags: () => (/* reexport */ helm_flags/* dryRunFlags */.g_),
  exactVersion: () => (/* reexport */ helm_version/* exactVersion */.y),
  findOnPath: () => (/* reexport */ findOnPath),
  formatHelmVersion: () => (/* reexport */ helm_version/* formatHelmVersion */.aX),
  helmArchiveName: () => (/* reexport */ helmArchiveName),
  helmVersionOf: () => (/* reexport */ helmVersionOf),
  imageValues: () => (/* reexport */ image_values/* imageValues */.cn),
  imagesInManifest: () => (/* reexport */ release_content/* imagesInManifest */.Nq),
  installHelm: () => (/* reexport */ installHelm),
  isDnsLabel: () => (/* reexport */ blue_green_names/* isDnsLabel */.Cd),
  isPending: () => (/* reexport */ release_history/* isPending */.mm),
  lastGoodRevision: () => (/* reexport */ release_history/* lastGoodRevision */.Z),
  lineDiff: () => (/* reexport */ manifest_diff/* lineDiff */.gf),
  liveColour: () => (/* reexport */ liveColour),
  mergeValues: () => (/* reexport */ image_values/* mergeValues */.D3),
  nestValues: () => (/* reexport */ image_values/* nestValues */.jx),
  openJobSession: () => (/* reexport */ openJobSession),
  openSession: () => (/* reexport */ openSession),
  otherColour: () => (/* reexport */ colour_state/* otherColour */.RQ),
  parseHelmVersion: () => (/* reexport */ helm_version/* parseHelmVersion */.En),
  parseHistory: () => (/* reexport */ release_history/* parseHistory */.i6),
  parseKeepPrevious: () => (/* reexport */ keep_previous/* parseKeepPrevious */.k),
  parseReleaseJson: () => (/* reexport */ helm_cli/* parseReleaseJson */.Jx),
  parseVersionSpec: () => (/* reexport */ helm_version/* parseVersionSpec */.ZD),
  pinnedImageRef: () => (/* reexport */ image_values/* pinnedImageRef */.n1),
  planChanges: () => (/* reexport */ manifest_diff/* planChanges */.XA),
  podImages: () => (/* reexport */ release_content/* podImages */.Ym),
  readChart: () => (/* reexport */ release_inputs/* readChart */.VR),
  readChartVersion: () => (/* reexport */ release_inputs/* readChartVersion */.HL),
  readClusterAccess: () => (/* reexport */ release_inputs/* readClusterAccess */.rS),
  readColourState: () => (/* reexport */ colour_state/* readColourState */.oQ),
  readImageValues: () => (/* reexport */ release_inputs/* readImageValues */.G),
  readKubeconfig: () => (/* reexport */ release_inputs/* readKubeconfig */.UU),
  readValuesFiles: () => (/* reexport */ release_inputs/* readValuesFiles */.mh),
  readValuesMap: () => (/* reexport */ release_inputs/* readValuesMap */.b),
  recoverStuckRelease: () => (/* reexport */ recover_release/* recoverStuckRelease */.c),
  registryOf: () => (/* reexport */ image_exists/* registryOf */.F),
  resolveHelm: () => (/* reexport */ resolveHelm),
  revisionsFromSecrets: () => (/* reexport */ revisionsFromSecrets),
  runRelease: () => (/* reexport */ deploy_release/* runRelease */.T_),
  satisfies: () => (/* reexport */ helm_version/* satisfies */.ib),
  splitImageRef: () => (/* reexport */ image_values/* splitImageRef */.l2),
  switchedService: () => (/* reexport */ colour_state/* switchedService */.ZT),
  timeoutFlag: () => (/* reexport */ helm_flags/* timeoutFlag */.kw),
  upgradeFlags: () => (/* reexport */ helm_flags/* upgradeFlags */.Q4),
  usesSecretStorage: () => (/* reexport */ usesSecretStorage),
  verifyBeforeChange: () => (/* reexport */ verifyBeforeChange),
  verifyBeforeDeploy: () => (/* reexport */ verifyBeforeDeploy),
  waitFlags: () => (/* reexport */ helm_flags/* waitFlags */.pF)
});

// EXTERNAL MODULE: ./packages/helm/src/helm-version.ts
var helm_version = __webpack_require__(8233);
// EXTERNAL MODULE: ./packages/helm/src/helm-flags.ts
var helm_flags = __webpack_require__(2366);
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
// EXTERNAL MODULE: ./packages/helm/src/deploy/deploy-release.ts + 6 modules
var deploy_release = __webpack_require__(7369);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts
var verify_deploy = __webpack_require__(4878);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts
var verify_image = __webpack_require__(7224);
// EXTERNAL MODULE: ./packages/image/src/image-ref.ts
var image_ref = __webpack_require__(2032);
// EXTERNAL MODULE: ./packages/helm/src/deploy/release-content.ts
var release_content = __webpack_require__(5273);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/verify-release-images.ts








/**
 * Every other image the release would run, verified against the policy before anything changes:
 * the chart rendered offline (`helm template`) with the release's values and image, every
 * container, init and ephemeral container image of every pod-bearing object collected, each
 * checked once. A tag is resolved through the registry to the digest that is verified. A refusal
 * throws one ConfigError line naming the image, where the chart runs it, the policy and what was
 * missing. `requests`: every release the step would make (a canary makes two). Rollbacks deploy
 * no new values: nothing to render.
 */
async function verifyReleaseImages(requests, options) {
    const { policy, logger } = options;
    const env = options.env ?? process.env;
    // RUNNER_TEMP holds the values overrides and cosign's key file (removed); RUNNER_TOOL_CACHE helm.
    const dirs = (0,runner_dirs/* runnerDirs */.x)(env);
    const resolved = { ...options, env, tempDir: dirs.temp, toolCacheDir: dirs.toolCache };
    const rendered = requests.filter(rendersChart);
    if (!policy || !rendered.length)
        return [];
    const images = await logger.group('Render the chart to list its images', () => renderedImages(rendered, resolved));
    const others = images.filter((p) => !sameDigest(p.image, options.verified));
    if (!others.length) {
        logger.info('The chart runs no image other than the one verified');
        return [];
    }
    return logger.group(`Verify the chart's other images (${others.length})`, async () => {
        const verified = [];
        for (const { image, usedBy } of others) {
            const deps = { logger, env, tempDir: dirs.temp, ...signalOf(options) };
            verified.push(await (0,verify_image/* verifyImage */.Z)(image, policy, deps, { where: `Chart image (${usedBy})`, usedBy }));
        }
        return verified;
    });
}
/** A release that deploys new values renders its chart; a rollback deploys none, nothing to render. */
function rendersChart(request) {
    return request.mode !== 'rollback' && Boolean(request.chart);
}
/** Each image once, with the first object that runs it (and how many more do). */
async function renderedImages(requests, options) {
    const helm = await resolveHelm({
        spec: options.helmVersion,
        ...(options.helmVersionSource ? { specSource: options.helmVersionSource } : {}),
        ...(options.helmChoice ? { choice: options.helmChoice } : {}),
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        ...(options.onHelmInstalled ? { onInstalled: options.onHelmInstalled } : {}),
        logger: options.logger,
        ...signalOf(options),
    });
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir, 'slipway-render-'));
    try {
        const byImage = new Map();
        for (const request of requests) {
            const cli = new helm_cli/* HelmCli */.jL({ path: helm.path, major: helm.version.major, namespace: request.namespace, env: options.env }, options.logger, options.signal);
            let manifest;
            try {
                manifest = await cli.template(await (0,deploy_release/* upgradeRequest */.oN)(request, { workDir }));
            }
            catch (error) {
                throw new errors/* ConfigError */.xL(`The chart ${request.chart ?? ''} could not be rendered to list the images the verification policy must check: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            for (const found of await (0,release_content/* podImages */.Ym)(manifest)) {
                const seen = byImage.get(found.image);
                if (seen)
                    seen.more++;
                else
                    byImage.set(found.image, { ...found, more: 0 });
            }
        }
        return [...byImage.values()].map(({ image, usedBy, more }) => ({
            image,
            usedBy: more ? `${usedBy} and ${more} more` : usedBy,
        }));
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
/** The chart's reference names the input's verified digest (with or without its tag). */
function sameDigest(image, verified) {
    if (!verified)
        return false;
    try {
        const a = (0,image_ref/* parseImageRef */.Q)(image, 'Chart image');
        const b = (0,image_ref/* parseImageRef */.Q)(verified.digestRef, 'Verified image');
        return a.name === b.name && a.digest === b.digest;
    }
    catch {
        return false;
    }
}
function signalOf(options) {
    return options.signal ? { signal: options.signal } : {};
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/verify-before-change.ts




/**
 * The one stage before helm-deploy, the canary or a delivery changes anything: the step's image
 * verified (cosign made ready first), helm chosen by read-only probes, then every other image the
 * releases' charts would run, rendered offline and verified against the same policy. A refused
 * image throws one ConfigError line and leaves no helm process, deployment, release or state.
 */
async function verifyBeforeChange(options) {
    const { verify: policy, helmVersion, helmVersionSource, logger, signal } = options;
    const env = options.env ?? process.env;
    const { temp: tempDir, toolCache } = (0,runner_dirs/* runnerDirs */.x)(env);
    const verified = await (0,verify_deploy/* verifyDeployImage */.a)(options.image, policy, {
        what: options.what,
        cosign: options.cosign,
        // Without a new image the chart may still run others (helm-deploy with values only): cosign is needed even so.
        chartImagesNext: Boolean(policy && !options.image && options.releases().some(rendersChart)),
        logger,
        env,
        tempDir,
        signal,
    });
    if (verified)
        options.onVerified(verified.digestRef);
    // Which helm runs is settled here, once: the charts render with it and the caller's session uses it.
    const helmChoice = options.runsHelm === false
        ? undefined
        : await chooseHelm({ spec: helmVersion, specSource: helmVersionSource, cacheDir: toolCache, logger, signal });
    const chartImages = policy
        ? await verifyReleaseImages(options.releases(), {
            policy,
            verified,
            helmVersion,
            helmVersionSource,
            helmChoice,
            helmDownloadUrl: options.helmDownloadUrl,
            onHelmInstalled: options.onHelmInstalled,
            env,
            logger,
            signal,
        })
        : [];
    return { verified, chartImages, helmChoice };
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/verify-deploy.ts


/**
 * verifyBeforeChange for helm-deploy, before a GitHub deployment is created or the cluster is
 * touched: the request's image verified (the request then deploys exactly its digest), helm
 * chosen, every other image the chart would run verified.
 */
function verifyBeforeDeploy(request, options) {
    return verifyBeforeChange({
        ...options,
        image: request.image && (0,image_values/* pinnedImageRef */.n1)(request.image),
        what: `mode ${request.mode}`,
        onVerified: (digestRef) => (request.image = (0,image_values/* splitImageRef */.l2)(digestRef)),
        releases: () => [request],
    });
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
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
    const summary = new runner_summary/* SummaryBuilder */.CF();
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
        ['Duration', (0,duration/* formatDuration */.a)(report.durationMs)],
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
        summary.paragraph(`**Why it failed:** ${(0,runner_summary/* escapeMarkdown */.FV)(report.failure.reason)}`);
        if (report.failure.details.length)
            summary.code(report.failure.details.join('\n'));
        if (report.failure.rollback)
            summary.paragraph(`**Rollback:** ${(0,runner_summary/* escapeMarkdown */.FV)(report.failure.rollback)}`);
    }
    if (report.plan) {
        const { added, removed, changed, unchanged } = report.plan;
        summary.paragraph(`${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
        if (added.length)
            summary.paragraph(`**Added:** ${added.map((o) => `\`${(0,runner_summary/* escapeMarkdown */.FV)(o)}\``).join(', ')}`);
        if (removed.length)
            summary.paragraph(`**Removed:** ${removed.map((o) => `\`${(0,runner_summary/* escapeMarkdown */.FV)(o)}\``).join(', ')}`);
        for (const change of changed)
            summary.details(`Changed: ${change.object}`, `\n\`\`\`diff\n${change.diff}\n\`\`\`\n`);
    }
    return summary;
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/live-colour.ts
/** strategy blue-green: the colour serving at the end (the new one once switched); "" when rolling or none yet. */
function liveColour(report) {
    const bg = report.blueGreen;
    return bg ? (bg.switched ? bg.to : (bg.from ?? '')) : '';
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/deploy-outputs.ts

/** helm-deploy's outputs, in the order the action writes them ("" where the run has no such value). */
function deployOutputs(report) {
    return {
        revision: report.revision ?? '',
        'previous-revision': report.previousRevision ?? '',
        status: report.status,
        'rolled-back': report.rolledBack,
        manifest: report.manifestPath ?? '',
        images: report.content?.to.images.join(',') ?? '',
        'previous-images': report.content?.from.images.join(',') ?? '',
        'chart-version': report.content?.to.chart ?? '',
        'previous-chart-version': report.content?.from.chart ?? '',
        colour: liveColour(report),
        'previous-colour': report.blueGreen?.from ?? '',
    };
}

// EXTERNAL MODULE: ./packages/helm/src/blue-green/keep-previous.ts
var keep_previous = __webpack_require__(7820);
// EXTERNAL MODULE: ./packages/helm/src/blue-green/blue-green-names.ts
var blue_green_names = __webpack_require__(1626);
// EXTERNAL MODULE: ./packages/helm/src/blue-green/colour-state.ts
var colour_state = __webpack_require__(7849);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-exists.ts
var image_exists = __webpack_require__(2398);
// EXTERNAL MODULE: ./packages/helm/src/deploy/manifest-diff.ts
var manifest_diff = __webpack_require__(1071);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig-file.ts + 1 modules
var kubeconfig_file = __webpack_require__(5684);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
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

// EXTERNAL MODULE: ./packages/kit/src/runner/outputs.ts
var outputs = __webpack_require__(1025);
// EXTERNAL MODULE: ./packages/kit/src/runner/add-path.ts
var add_path = __webpack_require__(3954);
// EXTERNAL MODULE: ./packages/kit/src/runner/logger.ts + 1 modules
var logger = __webpack_require__(3225);
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

// EXTERNAL MODULE: ./packages/helm/src/release-inputs.ts + 1 modules
var release_inputs = __webpack_require__(6413);
;// CONCATENATED MODULE: ./packages/helm/src/index.ts


























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
