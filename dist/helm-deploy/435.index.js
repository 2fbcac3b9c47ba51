export const id = 435;
export const ids = [435];
export const modules = {

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBeforeDeploy: () => (/* binding */ verifyBeforeDeploy)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4878);
/* harmony import */ var _slipway_helm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2324);



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


/***/ }),

/***/ 4236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ credentialsFor),
/* harmony export */   _D: () => (/* binding */ writeDockerConfig),
/* harmony export */   nS: () => (/* binding */ removeDockerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(755);



/** Docker Hub's credentials live under this key in a docker config. */
const HUB_KEY = 'https://index.docker.io/v1/';
const keyOf = (registry) => (registry === 'docker.io' ? HUB_KEY : registry);
/**
 * Writes a docker config of our own (0600, in a 0700 directory under `parentDir`) holding the
 * logins, on top of an existing config when given. Docker and buildx read it through
 * DOCKER_CONFIG=<dir>, buildah through REGISTRY_AUTH_FILE=<dir>/config.json. Every secret and
 * its base64 form is masked first.
 */
function writeDockerConfig(parentDir, logins, base) {
    let config = {};
    if (base) {
        try {
            config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(login.password);
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'config.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
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
function removeDockerConfig(dir) {
    if (!dir || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    return true;
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ taggedRef),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   yb: () => (/* binding */ digestRef)
/* harmony export */ });
/* unused harmony export DOCKER_HUB */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _tag_name__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3273);


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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
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
        if (!_tag_name__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PATTERN */ .A0.test(tag))
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

/***/ 7432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findSyft),
/* harmony export */   L: () => (/* binding */ findCosign)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8196);
/* harmony import */ var _tool_pins__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5168);


const TOOLS = {
    cosign: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .COSIGN_PIN */ .s, line: /GitVersion:\s*(\S+)/ },
    syft: { pin: _tool_pins__WEBPACK_IMPORTED_MODULE_0__/* .SYFT_PIN */ .H, line: /^Version:\s*(\S+)/m },
};
/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name, exec, env) {
    const { pin, line } = TOOLS[name];
    const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
    const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name}' not found on PATH; ${install}`);
    });
    const version = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .versionInText */ .nM)(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
    if (!version)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: '${name} version' printed no version; ${install}`);
    if ((0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(version, pin.minimum) < 0)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
    return { file: name, version };
}
/** cosign from PATH, v3.0.4 or later (earlier v3 releases needed a trusted root to verify offline). */
function findCosign(exec, env) {
    return findPinned('cosign', exec, env);
}
/** syft from PATH, for the SBOM build-push attests. */
function findSyft(exec, env) {
    return findPinned('syft', exec, env);
}


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


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ verifyImage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2783);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7817);
/* harmony import */ var _docker_config__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4236);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2032);
/* harmony import */ var _registry_client__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3604);
/* harmony import */ var _cosign_args__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5362);
/* harmony import */ var _find_cosign__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7432);
/* harmony import */ var _verify_policy__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71);










/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps) {
    const exec = deps.exec ?? _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m;
    const image = (0,_image_ref__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(text, `Input 'image'`);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps));
    const ref = (0,_image_ref__WEBPACK_IMPORTED_MODULE_4__/* .digestRef */ .yb)(image, digest);
    const cosign = await (0,_find_cosign__WEBPACK_IMPORTED_MODULE_5__/* .findCosign */ .L)(exec, deps.env);
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(deps.tempDir, 'slipway-verify-'));
    try {
        let key = policy.publicKey.trim();
        if (!_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .KMS_KEY */ .cC.test(key)) {
            key = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cosign.pub');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
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
            return { check: name, finding: (0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .classifyCosignFailure */ .Em)(result.stderr), detail };
        };
        deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${(0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .describePolicy */ .wy)(policy)}`);
        const checks = [await check('signature', (0,_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .cosignVerifyArgs */ .GN)(key, ref))];
        for (const type of policy.attestations)
            checks.push(await check(type, (0,_cosign_args__WEBPACK_IMPORTED_MODULE_6__/* .cosignVerifyAttestationArgs */ .GX)(key, ref, type)));
        if (checks.some((c) => c.finding !== 'verified'))
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL((0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .refusalLine */ .tw)(given, digest, policy, checks));
        for (const c of checks)
            deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
        return {
            given,
            digestRef: ref,
            digest,
            ...(image.tag && !image.digest ? { tag: image.tag } : {}),
            policy: (0,_verify_policy__WEBPACK_IMPORTED_MODULE_7__/* .describePolicy */ .wy)(policy),
            checks,
            cosignVersion: cosign.version,
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps) {
    const tag = image.tag ?? 'latest';
    const client = deps.client?.(image) ??
        new _registry_client__WEBPACK_IMPORTED_MODULE_9__/* .RegistryClient */ .b(image.registry, {
            credentials: (0,_docker_config__WEBPACK_IMPORTED_MODULE_10__/* .credentialsFor */ .Og)(deps.env['DOCKER_CONFIG'] || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker'), image.registry),
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
    let found;
    try {
        found = await client.headManifest(image.repository, tag);
    }
    catch (error) {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(`Could not resolve ${image.name}:${tag} to a digest to verify: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!found)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL(`Input 'image': ${image.name}:${tag} does not exist in ${image.registry}`);
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


/***/ }),

/***/ 3273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   Bs: () => (/* binding */ checkTag),
/* harmony export */   iP: () => (/* binding */ sanitizeTag)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a tag of 1 to 128 letters, digits, "_", "." or "-" not starting with "." or "-", got "${tag}"`);
    }
    return tag;
}


/***/ })

};
