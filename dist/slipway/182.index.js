export const id = 182;
export const ids = [182,801];
export const modules = {

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yb: () => (/* binding */ digestRef),
  Q: () => (/* binding */ parseImageRef),
  MK: () => (/* binding */ taggedRef)
});

// UNUSED EXPORTS: DIGEST_PATTERN, DOCKER_HUB

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/image/src/tag-name.ts

/** The distribution spec's tag grammar: 1 to 128 of [A-Za-z0-9_.-], not starting with "." or "-". */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/**
 * Makes a computed value a valid tag the way teams know from docker/metadata-action: every run of
 * characters outside [A-Za-z0-9_.-] becomes "-", and leading "." / "-" are dropped, 128 characters kept.
 */
function sanitizeTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** Throws a ConfigError naming the rule when a value cannot be a tag even after sanitising. */
function checkTag(tag, where) {
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
function parseImageRef(text, where, opts = {}) {
    const allowTag = opts.allowTag ?? true;
    const bad = (why) => {
        throw new errors/* ConfigError */.xL(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
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
function taggedRef(image, tag) {
    return `${image.name}:${tag}`;
}
/** `name@sha256:…`: the digest-pinned reference helm-deploy takes. */
function digestRef(image, digest) {
    return `${image.name}@${digest}`;
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryClient: () => (/* reexport */ registry_client/* RegistryClient */.b),
  digestRef: () => (/* reexport */ image_ref/* digestRef */.yb),
  parseImageRef: () => (/* reexport */ image_ref/* parseImageRef */.Q),
  readCosignInputs: () => (/* reexport */ readCosignInputs),
  taggedRef: () => (/* reexport */ image_ref/* taggedRef */.MK)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, ATTESTATION_EXPECTED, ATTESTATION_TYPE, ATTESTATION_TYPES, COSIGN_PIN, DEFAULT_TAG_RULES, DIGEST_PATTERN, KMS_KEY, SBOM_FORMATS, SLSA_PROVENANCE_V1, SYFT_PIN, TAG_PATTERN, annotationLines, appendLabelLine, baseRefOf, buildAndPush, buildPushOutputs, buildPushStage, buildPushSummary, buildahBuildArgs, buildahPushArgs, builderId, buildxArgs, canAppendLabels, checkBuilderSupport, checkTag, classifyCosignFailure, classifyPushFailure, commitOf, computeTags, contextFromEnv, cosignAssetName, cosignAttestArgs, cosignSignArgs, cosignTag, cosignVerifyArgs, cosignVerifyAttestationArgs, credentialsFor, describePolicy, dockerBuildArgs, dockerPushArgs, dockerfileEscape, findCosign, findSyft, formatBytes, formatDate, isDefaultBranch, isTransientStatus, keyLabel, labelInstruction, labelLines, ociLabels, parseFlavor, parseImageList, parsePep440, parseTagRules, pep440Version, policyProblem, pushWithRetry, readMetadataEnv, readVerifyInputs, refusalLine, removeDockerConfig, renderTemplate, renderValues, resolveCosign, ruleRegExp, runFactsFromEnv, runnerCosign, sanitizeTag, selectBuilder, signImage, slsaProvenance, statusOf, syftScanArgs, verifiedSummary, verifyDeployImage, verifyImage, writeDockerConfig

// EXTERNAL MODULE: ./packages/image/src/image-ref.ts + 1 modules
var image_ref = __webpack_require__(3524);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
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

/***/ 5168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SYFT_PIN),
/* harmony export */   s: () => (/* binding */ COSIGN_PIN)
/* harmony export */ });
/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 * With no cosign on PATH they download this release's binary (install-cosign.ts), held to the
 * SHA-256 below, as cosign_checksums.txt of the v3.1.3 release publishes it.
 */
const COSIGN_PIN = {
    version: '3.1.3',
    minimum: '3.0.4',
    /** Where `v<version>/cosign-<os>-<arch>` and `v<version>/cosign_checksums.txt` are published. */
    releasesUrl: 'https://github.com/sigstore/cosign/releases/download',
    /** SHA-256 of the pinned release's Linux binaries, by Go arch name. */
    sha256: {
        'linux-amd64': '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71',
        'linux-arm64': 'c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a',
    },
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


/***/ })

};
