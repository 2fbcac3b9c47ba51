export const id = 897;
export const ids = [897];
export const modules = {

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


/***/ }),

/***/ 5032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ policyProblem),
/* harmony export */   Eo: () => (/* binding */ ATTESTATION_EXPECTED),
/* harmony export */   Ht: () => (/* binding */ readVerifyInputs),
/* harmony export */   Qs: () => (/* binding */ ATTESTATION_TYPE)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5059);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _cosign_args__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5362);
/* harmony import */ var _verify_policy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71);
// Apart from verify-deploy.ts, so that reading the inputs does not load the verifier and the registry client (start-up).



/** An attestation type cosign knows by name, or a predicate type URI. */
const ATTESTATION_TYPE = new RegExp(`^(${_verify_policy__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATION_TYPES */ .ZX.join('|')}|https?://\\S+)$`);
const ATTESTATION_EXPECTED = `attestation types such as "slsaprovenance1" (${_verify_policy__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATION_TYPES */ .ZX.join(', ')}) or a predicate type URI`;
/** The checks every reader of a policy applies (the actions' inputs, slipway.yml's verify block). */
function policyProblem(policy) {
    const bad = policy.attestations.find((type) => !ATTESTATION_TYPE.test(type));
    if (bad !== undefined)
        return { field: 'attestations', expected: ATTESTATION_EXPECTED, got: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .shownValue */ .J)(bad) };
    const key = policy.publicKey.trim();
    if (_cosign_args__WEBPACK_IMPORTED_MODULE_2__/* .KMS_KEY */ .cC.test(key))
        return undefined;
    if (/PRIVATE KEY/.test(key))
        return { field: 'key', expected: 'the public key (cosign.pub)', got: 'a private key (value not shown)' };
    try {
        (0,_verify_policy__WEBPACK_IMPORTED_MODULE_0__/* .keyLabel */ .w8)(key);
        return undefined;
    }
    catch {
        return {
            field: 'key',
            expected: 'a PEM public key ("-----BEGIN PUBLIC KEY-----" …) or a KMS URI such as "awskms://…"',
            got: (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .shownValue */ .J)(key.split('\n')[0] ?? ''),
        };
    }
}
/** The verify-key and verify-attestations inputs (helm-deploy, canary): a policy, or none. */
function readVerifyInputs(reader) {
    const publicKey = reader.string('verify-key');
    const attestations = reader.list('verify-attestations', { item: ATTESTATION_TYPE, expected: ATTESTATION_EXPECTED });
    if (!publicKey) {
        if (attestations.length)
            throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .X)('verify-attestations', 'no value unless verify-key is set (the key they must be signed by)', attestations.join(','));
        return undefined;
    }
    const policy = { publicKey, attestations };
    const problem = policyProblem(policy);
    if (problem) {
        const name = problem.field === 'key' ? 'verify-key' : 'verify-attestations';
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input '${name}': expected ${problem.expected}, got ${problem.got}`);
    }
    return policy;
}


/***/ })

};
