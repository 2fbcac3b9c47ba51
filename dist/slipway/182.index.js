export const id = 182;
export const ids = [182,801];
export const modules = {

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryClient: () => (/* reexport */ registry_client/* RegistryClient */.b),
  digestRef: () => (/* reexport */ image_ref/* digestRef */.yb),
  parseImageRef: () => (/* reexport */ image_ref/* parseImageRef */.Q),
  readCosignInputs: () => (/* reexport */ readCosignInputs),
  taggedRef: () => (/* reexport */ image_ref/* taggedRef */.MK),
  verifyDeployImage: () => (/* reexport */ verify_deploy/* verifyDeployImage */.a)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, ATTESTATION_EXPECTED, ATTESTATION_TYPE, ATTESTATION_TYPES, COSIGN_PIN, DEFAULT_TAG_RULES, DIGEST_PATTERN, KMS_KEY, SBOM_FORMATS, SLSA_PROVENANCE_V1, SYFT_PIN, TAG_PATTERN, annotationLines, appendLabelLine, baseRefOf, buildAndPush, buildPushOutputs, buildPushSummary, buildahBuildArgs, buildahPushArgs, builderId, buildxArgs, canAppendLabels, checkBuilderSupport, checkTag, classifyCosignFailure, classifyPushFailure, commitOf, computeTags, contextFromEnv, cosignAssetName, cosignAttestArgs, cosignSignArgs, cosignTag, cosignVerifyArgs, cosignVerifyAttestationArgs, credentialsFor, describePolicy, dockerBuildArgs, dockerPushArgs, dockerfileEscape, findCosign, findSyft, formatBytes, formatDate, isDefaultBranch, isTransientStatus, keyLabel, labelInstruction, labelLines, ociLabels, parseFlavor, parseImageList, parsePep440, parseTagRules, pep440Version, policyProblem, pushWithRetry, readMetadataEnv, readVerifyInputs, refusalLine, removeDockerConfig, renderTemplate, renderValues, resolveCosign, ruleRegExp, runFactsFromEnv, runnerCosign, sanitizeTag, selectBuilder, signImage, slsaProvenance, statusOf, syftScanArgs, verifiedSummary, verifyImage, writeDockerConfig

// EXTERNAL MODULE: ./packages/image/src/image-ref.ts + 1 modules
var image_ref = __webpack_require__(3524);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts + 2 modules
var verify_deploy = __webpack_require__(8521);
// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
// EXTERNAL MODULE: ./packages/image/src/signing/tool-pins.ts
var tool_pins = __webpack_require__(5168);
;// CONCATENATED MODULE: ./packages/image/src/signing/cosign-inputs.ts
// Apart from install-cosign.ts, so that reading the inputs loads no installer (start-up).


function readCosignInputs(reader) {
    const version = reader.string('cosign-version');
    if (version && !/^v?\d+\.\d+\.\d+$/.test(version))
        throw (0,input_error/* inputError */.X)('cosign-version', `an exact cosign release such as "${tool_pins/* COSIGN_PIN */.s.version}"`, version);
    const downloadUrl = (reader.url('cosign-download-url') ?? new URL(tool_pins/* COSIGN_PIN */.s.releasesUrl)).href;
    return { version: version ? version.replace(/^v/, '') : undefined, downloadUrl };
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts





































/***/ }),

/***/ 8521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ verifiedSummary),
  a: () => (/* binding */ verifyDeployImage)
});

// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kit/src/runner/add-path.ts
var add_path = __webpack_require__(3954);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/tools/go-platform.ts
var go_platform = __webpack_require__(2010);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var src_exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/tools/install-tool.ts + 2 modules
var install_tool = __webpack_require__(275);
// EXTERNAL MODULE: ./packages/image/src/signing/find-cosign.ts
var find_cosign = __webpack_require__(7432);
// EXTERNAL MODULE: ./packages/image/src/signing/tool-pins.ts
var tool_pins = __webpack_require__(5168);
;// CONCATENATED MODULE: ./packages/image/src/signing/install-cosign.ts





/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    return `cosign-${(0,go_platform/* goPlatform */.G)(platform, arch)}`;
}
/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
async function resolveCosign(options) {
    const exec = options.exec ?? src_exec/* exec */.m;
    const wanted = options.version?.replace(/^v/, '');
    const onPath = await (0,find_cosign/* findCosign */.L)(exec, options.env).catch((error) => {
        if (error instanceof errors/* ConfigError */.xL)
            return undefined;
        throw error;
    });
    if (onPath && (!wanted || onPath.version === wanted)) {
        options.logger.info(`Using cosign ${onPath.version} from PATH`);
        return onPath;
    }
    const version = wanted ?? tool_pins/* COSIGN_PIN */.s.version;
    const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
    options.logger.info(`${seen}; using cosign v${version} from its release`);
    const base = `${(options.downloadUrl ?? tool_pins/* COSIGN_PIN */.s.releasesUrl).replace(/\/+$/, '')}/v${version}`;
    const asset = cosignAssetName(options.platform, options.arch);
    const pinned = version === tool_pins/* COSIGN_PIN */.s.version ? tool_pins/* COSIGN_PIN */.s.sha256[asset.replace(/^cosign-/, '')] : undefined;
    const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
    const installed = await (0,install_tool/* installTool */.G)({
        tool: 'cosign',
        version,
        binary,
        url: `${base}/${asset}`,
        sha256: pinned ?? { checksumsUrl: `${base}/cosign_checksums.txt` },
        // The release asset is the bare binary.
        unpack: async (file, dir) => {
            await (0,promises_.copyFile)(file, (0,external_node_path_.join)(dir, binary));
            await (0,promises_.chmod)((0,external_node_path_.join)(dir, binary), 0o755);
        },
        cacheRoot: options.cacheDir,
        ...(options.arch ? { arch: options.arch } : {}),
        label: 'cosign',
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onInstalled?.((0,external_node_path_.dirname)(installed.path));
    return { file: installed.path, version };
}

;// CONCATENATED MODULE: ./packages/image/src/signing/runner-cosign.ts


/**
 * resolveCosign for a step on a runner (build-push, helm-deploy, canary, the root action): the
 * tool cache RUNNER_TOOL_CACHE names, and a downloaded or cached cosign put on PATH for this step
 * (where signing and verifying look for it) and the steps after it.
 */
function runnerCosign(inputs, logger, signal) {
    return resolveCosign({
        ...inputs,
        cacheDir: (0,runner_dirs/* runnerDirs */.x)().toolCache,
        onInstalled: add_path/* addPath */.f,
        env: process.env,
        logger,
        ...(signal ? { signal } : {}),
    });
}

// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts + 1 modules
var verify_image = __webpack_require__(4732);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-deploy.ts


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
        await runnerCosign(deps.cosign, deps.logger, deps.signal);
    if (!image) {
        deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
        return undefined;
    }
    return deps.logger.group('Verify the image', () => (0,verify_image/* verifyImage */.Z)(image, policy, deps));
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
