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
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2010);



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
