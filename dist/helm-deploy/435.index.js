export const id = 435;
export const ids = [435];
export const modules = {

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBeforeDeploy: () => (/* binding */ verifyBeforeDeploy),
/* harmony export */   verifyChartImages: () => (/* binding */ verifyChartImages)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3954);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4878);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2324);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9629);



/**
 * The verification policy, applied before helm is chosen, a GitHub deployment is created or the
 * cluster is touched: the request is changed to deploy exactly the verified digest.
 */
async function verifyBeforeDeploy(inputs, tempDir, signal) {
    const { verify: policy, request } = inputs;
    const image = request.image;
    const given = image && `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
    const verified = await (0,_slipway_image__WEBPACK_IMPORTED_MODULE_0__/* .verifyDeployImage */ .a)(given, policy, {
        what: `mode ${request.mode}`,
        cosign: inputs.cosign,
        chartImagesNext: request.mode !== 'rollback' && Boolean(request.chart),
        logger: _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB,
        env: process.env,
        tempDir,
        signal,
    });
    if (verified)
        request.image = (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_2__/* .splitImageRef */ .l2)(verified.digestRef);
    return verified;
}
/** Every other image the chart would run with these values, against the same policy, still before any change. */
function verifyChartImages(inputs, verified, helmChoice, signal) {
    return (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_3__/* .verifyReleaseImages */ .l)([inputs.request], {
        policy: inputs.verify,
        verified,
        helmVersion: inputs.helmVersion,
        helmChoice,
        helmDownloadUrl: inputs.helmDownloadUrl,
        onHelmInstalled: _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .addPath */ .f,
        logger: _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB,
        signal,
    });
}


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ verifyReleaseImages)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6474);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7817);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7224);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2032);
/* harmony import */ var _helm_cli__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6479);
/* harmony import */ var _resolve_helm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9255);
/* harmony import */ var _deploy_release__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7369);
/* harmony import */ var _release_content__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5273);








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
    const dirs = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .runnerDirs */ .x)(env);
    const resolved = { ...options, env, tempDir: dirs.temp, toolCacheDir: dirs.toolCache };
    const rendered = requests.filter((r) => r.mode !== 'rollback' && r.chart);
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
            verified.push(await (0,_slipway_image__WEBPACK_IMPORTED_MODULE_3__/* .verifyImage */ .Z)(image, policy, deps, { where: `Chart image (${usedBy})`, usedBy }));
        }
        return verified;
    });
}
/** Each image once, with the first object that runs it (and how many more do). */
async function renderedImages(requests, options) {
    const helm = await (0,_resolve_helm__WEBPACK_IMPORTED_MODULE_4__/* .resolveHelm */ .Fr)({
        spec: options.helmVersion,
        ...(options.helmVersionSource ? { specSource: options.helmVersionSource } : {}),
        ...(options.helmChoice ? { choice: options.helmChoice } : {}),
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        ...(options.onHelmInstalled ? { onInstalled: options.onHelmInstalled } : {}),
        logger: options.logger,
        ...signalOf(options),
    });
    const workDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.tempDir, 'slipway-render-'));
    try {
        const byImage = new Map();
        for (const request of requests) {
            const cli = new _helm_cli__WEBPACK_IMPORTED_MODULE_5__/* .HelmCli */ .jL({ path: helm.path, major: helm.version.major, namespace: request.namespace, env: options.env }, options.logger, options.signal);
            let manifest;
            try {
                manifest = await cli.template(await (0,_deploy_release__WEBPACK_IMPORTED_MODULE_6__/* .upgradeRequest */ .oN)(request, { workDir }));
            }
            catch (error) {
                throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`The chart ${request.chart ?? ''} could not be rendered to list the images the verification policy must check: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
            }
            for (const found of await (0,_release_content__WEBPACK_IMPORTED_MODULE_8__/* .podImages */ .Ym)(manifest)) {
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(workDir, { recursive: true, force: true });
    }
}
/** The chart's reference names the input's verified digest (with or without its tag). */
function sameDigest(image, verified) {
    if (!verified)
        return false;
    try {
        const a = (0,_slipway_image__WEBPACK_IMPORTED_MODULE_9__/* .parseImageRef */ .Q)(image, 'Chart image');
        const b = (0,_slipway_image__WEBPACK_IMPORTED_MODULE_9__/* .parseImageRef */ .Q)(verified.digestRef, 'Verified image');
        return a.name === b.name && a.digest === b.digest;
    }
    catch {
        return false;
    }
}
function signalOf(options) {
    return options.signal ? { signal: options.signal } : {};
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ installHelm),
/* harmony export */   M: () => (/* binding */ helmArchiveName)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2010);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(275);

function helmArchiveName(version, platform = process.platform, arch = process.arch) {
    return `helm-v${version}-${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .goPlatform */ .G)(platform, arch)}.tar.gz`;
}
/**
 * helm's release archive through kit's one installer: the verified copy in the tool cache, or the
 * archive downloaded, held to its published .sha256sum, extracted and cached as
 * azure/setup-helm lays it out (helm/<version>/<arch>/<os>-<arch>/helm).
 */
async function installHelm(options) {
    const archive = helmArchiveName(options.version, options.platform, options.arch);
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${archive}`;
    return (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .installTool */ .G)({
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


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ resolveHelm),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   c: () => (/* binding */ helmVersionOf),
/* harmony export */   wX: () => (/* binding */ chooseHelm)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1244);
/* harmony import */ var _helm_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8233);
/* harmony import */ var _install_helm__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7298);





/** The first executable `helm` on PATH, without a shell. */
async function findOnPath(name, env = process.env) {
    for (const dir of (env['PATH'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_0__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function helmVersionOf(path, signal) {
    const result = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m)(path, ['version', '--template', '{{.Version}}'], { signal, timeoutMs: 30_000 });
    const version = (0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .parseHelmVersion */ .En)(result.stdout.trim());
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
        if (!spec || (0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .satisfies */ .ib)(found, spec))
            return { use: 'path', path: onPath, version: found };
    }
    const seen = onPath && found ? `helm on PATH is ${(0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .formatHelmVersion */ .aX)(found)}` : 'no helm on PATH';
    if (!spec)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
    const exact = (0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .exactVersion */ .y)(spec);
    if (exact)
        return { use: 'install', exact, seen, spec };
    // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
    const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
    const cached = options.cacheDir
        ? await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_5__/* .findCachedTool */ .m)({
            tool: 'helm',
            versionSpec: range,
            binary: 'helm',
            cacheRoot: options.cacheDir,
            logger: options.logger,
        })
        : undefined;
    if (!cached) {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`);
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
        logger.info(`Using helm ${(0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .formatHelmVersion */ .aX)(choice.version)} from PATH (${choice.path})`);
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
        const installed = await (0,_install_helm__WEBPACK_IMPORTED_MODULE_6__/* .installHelm */ .I)({
            version: choice.exact,
            baseUrl: options.downloadBaseUrl,
            cacheDir: options.cacheDir,
            logger,
            signal: options.signal,
        });
        path = installed.path;
    }
    const version = await helmVersionOf(path, options.signal);
    if (!(0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .satisfies */ .ib)(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
        const wanted = choice.use === 'install' ? `v${choice.exact}` : `"${spec.text}"`;
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`The downloaded helm reports ${(0,_helm_version__WEBPACK_IMPORTED_MODULE_3__/* .formatHelmVersion */ .aX)(version)}, not ${wanted}: refusing to use it (check 'helm-download-url')`);
    }
    options.onInstalled?.((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path));
    return { path, version, source: 'installed' };
}


/***/ }),

/***/ 8608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cosignAssetName),
/* harmony export */   K: () => (/* binding */ resolveCosign)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2010);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(275);
/* harmony import */ var _find_cosign__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7432);
/* harmony import */ var _tool_pins__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5168);





/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    return `cosign-${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .goPlatform */ .G)(platform, arch)}`;
}
/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
async function resolveCosign(options) {
    const exec = options.exec ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m;
    const wanted = options.version?.replace(/^v/, '');
    const onPath = await (0,_find_cosign__WEBPACK_IMPORTED_MODULE_4__/* .findCosign */ .L)(exec, options.env).catch((error) => {
        if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL)
            return undefined;
        throw error;
    });
    if (onPath && (!wanted || onPath.version === wanted)) {
        options.logger.info(`Using cosign ${onPath.version} from PATH`);
        return onPath;
    }
    const version = wanted ?? _tool_pins__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_PIN */ .s.version;
    const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
    options.logger.info(`${seen}; using cosign v${version} from its release`);
    const base = `${(options.downloadUrl ?? _tool_pins__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_PIN */ .s.releasesUrl).replace(/\/+$/, '')}/v${version}`;
    const asset = cosignAssetName(options.platform, options.arch);
    const pinned = version === _tool_pins__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_PIN */ .s.version ? _tool_pins__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_PIN */ .s.sha256[asset.replace(/^cosign-/, '')] : undefined;
    const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
    const installed = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_7__/* .installTool */ .G)({
        tool: 'cosign',
        version,
        binary,
        url: `${base}/${asset}`,
        sha256: pinned ?? { checksumsUrl: `${base}/cosign_checksums.txt` },
        // The release asset is the bare binary.
        unpack: async (file, dir) => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, binary));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, binary), 0o755);
        },
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'cosign',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onInstalled?.((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(installed.path));
    return { file: installed.path, version };
}


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ runnerCosign)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6474);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3954);
/* harmony import */ var _install_cosign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8608);


/**
 * resolveCosign for a step on a runner (build-push, helm-deploy, canary, the root action): the
 * tool cache RUNNER_TOOL_CACHE names, and a downloaded or cached cosign put on PATH for this step
 * (where signing and verifying look for it) and the steps after it.
 */
function runnerCosign(inputs, logger, signal) {
    return (0,_install_cosign__WEBPACK_IMPORTED_MODULE_0__/* .resolveCosign */ .K)({
        ...inputs,
        cacheDir: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerDirs */ .x)().toolCache,
        onInstalled: _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .addPath */ .f,
        env: process.env,
        logger,
        ...(signal ? { signal } : {}),
    });
}


/***/ }),

/***/ 4878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ verifyDeployImage),
/* harmony export */   x: () => (/* binding */ verifiedSummary)
/* harmony export */ });
/* harmony import */ var _runner_cosign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3199);
/* harmony import */ var _verify_image__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7224);


/**
 * The one check before a deploy, a canary or a delivery changes anything (helm-deploy, the
 * canary and the root action alike): with a policy, cosign is made ready, the image (name:tag
 * or name@digest) is resolved to a digest once and that digest verified; the caller deploys
 * `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
async function verifyDeployImage(image, policy, deps) {
    if (!policy)
        return undefined;
    if (deps.cosign && (image || deps.chartImagesNext))
        await (0,_runner_cosign__WEBPACK_IMPORTED_MODULE_0__/* .runnerCosign */ .e)(deps.cosign, deps.logger, deps.signal);
    if (!image) {
        deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
        return undefined;
    }
    return deps.logger.group('Verify the image', () => (0,_verify_image__WEBPACK_IMPORTED_MODULE_1__/* .verifyImage */ .Z)(image, policy, deps));
}
const code = (text) => ({ raw: `\`${text.replace(/`/g, '')}\`` });
/**
 * What was verified, added to a summary (helm-deploy's, canary's, the delivery's): the input's
 * image, then every other image the rendered chart runs (`others`).
 */
function verifiedSummary(summary, verified, others = []) {
    if (verified)
        inputImageSummary(summary, verified);
    chartImagesSummary(summary, others);
    return summary;
}
function inputImageSummary(summary, verified) {
    summary.heading('Image verified', 3);
    summary.table(['', ''], [
        ['Image', code(verified.given)],
        ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
        ['Policy', verified.policy],
        ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
        ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ]);
}
/**
 * The chart's other images, one row each. A digest-pinned image is what was verified and what
 * runs; a tag was resolved through the registry once, and its digest then verified, but the
 * cluster still pulls by the tag (the summary says so: pin by digest to close that gap).
 */
function chartImagesSummary(summary, others) {
    if (!others.length)
        return;
    summary.heading('Chart images verified', 3);
    summary.table(['Image', 'Run by', 'Verified digest', 'Pinned by'], others.map((v) => [
        code(v.given),
        v.usedBy ?? '',
        code(v.digest),
        v.tag ? `tag ${v.tag}, resolved through the registry to this digest; the cluster pulls by the tag` : 'digest',
    ]));
    const first = others[0];
    const checks = first.checks.map((c) => (c.check === 'signature' ? 'signature' : `attestation ${c.check}`));
    summary.paragraph(`Each one ✅ verified against ${first.policy}: ${checks.join(', ')}.`);
}


/***/ })

};
