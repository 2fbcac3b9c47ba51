export const id = 801;
export const ids = [801];
export const modules = {

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






































/***/ })

};
