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
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3954);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3199);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4878);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2324);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2010);



/**
 * The verification policy, applied before helm is chosen, a GitHub deployment is created or the
 * cluster is touched: the request is changed to deploy exactly the verified digest.
 */
async function verifyBeforeDeploy(inputs, tempDir, signal) {
    const { verify: policy, request } = inputs;
    if (policy)
        await (0,_slipway_image__WEBPACK_IMPORTED_MODULE_0__/* .runnerCosign */ .e)(inputs.cosign, _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB, signal);
    const image = request.image;
    const given = image && `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
    const verified = await (0,_slipway_image__WEBPACK_IMPORTED_MODULE_2__/* .verifyDeployImage */ .a)(given, policy, {
        what: `mode ${request.mode}`,
        logger: _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB,
        env: process.env,
        tempDir,
        signal,
    });
    if (verified)
        request.image = (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_3__/* .splitImageRef */ .l2)(verified.digestRef);
    return verified;
}
/** Every other image the chart would run with these values, against the same policy, still before any change. */
function verifyChartImages(inputs, verified, helmChoice, signal) {
    return (0,_slipway_helm__WEBPACK_IMPORTED_MODULE_4__/* .verifyReleaseImages */ .l)([inputs.request], {
        policy: inputs.verify,
        verified,
        helmVersion: inputs.helmVersion,
        helmChoice,
        helmDownloadUrl: inputs.helmDownloadUrl,
        onHelmInstalled: _slipway_kit__WEBPACK_IMPORTED_MODULE_5__/* .addPath */ .f,
        logger: _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB,
        signal,
    });
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
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(275);
/* harmony import */ var _find_cosign__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7432);
/* harmony import */ var _tool_pins__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5168);





const GO_ARCH = { x64: 'amd64', arm64: 'arm64' };
/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    return `cosign-${platform === 'win32' ? 'windows' : platform}-${GO_ARCH[arch] ?? arch}`;
}
/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
async function resolveCosign(options) {
    const exec = options.exec ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m;
    const wanted = options.version?.replace(/^v/, '');
    const onPath = await (0,_find_cosign__WEBPACK_IMPORTED_MODULE_3__/* .findCosign */ .L)(exec, options.env).catch((error) => {
        if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL)
            return undefined;
        throw error;
    });
    if (onPath && (!wanted || onPath.version === wanted)) {
        options.logger.info(`Using cosign ${onPath.version} from PATH`);
        return onPath;
    }
    const version = wanted ?? _tool_pins__WEBPACK_IMPORTED_MODULE_5__/* .COSIGN_PIN */ .s.version;
    const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
    options.logger.info(`${seen}; using cosign v${version} from its release`);
    const base = `${(options.downloadUrl ?? _tool_pins__WEBPACK_IMPORTED_MODULE_5__/* .COSIGN_PIN */ .s.releasesUrl).replace(/\/+$/, '')}/v${version}`;
    const asset = cosignAssetName(options.platform, options.arch);
    const pinned = version === _tool_pins__WEBPACK_IMPORTED_MODULE_5__/* .COSIGN_PIN */ .s.version ? _tool_pins__WEBPACK_IMPORTED_MODULE_5__/* .COSIGN_PIN */ .s.sha256[asset.replace(/^cosign-/, '')] : undefined;
    const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
    const installed = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_6__/* .installTool */ .G)({
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
/* harmony import */ var _verify_image__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7224);

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
    return deps.logger.group('Verify the image', () => (0,_verify_image__WEBPACK_IMPORTED_MODULE_0__/* .verifyImage */ .Z)(image, policy, deps));
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
