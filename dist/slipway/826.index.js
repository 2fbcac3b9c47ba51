export const id = 826;
export const ids = [826];
export const modules = {

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ isDnsLabel),
/* harmony export */   E4: () => (/* binding */ BLUE_GREEN_RELEASE_MAX),
/* harmony export */   HR: () => (/* binding */ DNS_LABEL),
/* harmony export */   K: () => (/* binding */ DNS_LABEL_MAX)
/* harmony export */ });
/** A Kubernetes Service or HTTPRoute name as blue-green takes it: a DNS label (RFC 1123), at most 63 characters. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL_MAX = 63;
/** The colour releases add "-green" to the release: 47 characters keep them within helm's 53. */
const BLUE_GREEN_RELEASE_MAX = 47;
const isDnsLabel = (name) => DNS_LABEL.test(name) && name.length <= DNS_LABEL_MAX;


/***/ }),

/***/ 7820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseKeepPrevious),
/* harmony export */   y: () => (/* binding */ describeKeepPrevious)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5438);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5059);

const MAX_MS = 6 * 3_600_000;
function parseKeepPrevious(text, name = 'keep-previous') {
    const value = (text ?? '').trim();
    if (!value || value === 'until-next' || value === '1')
        return { kind: 'until-next' };
    if (value === '0')
        return { kind: 'none' };
    // A bare number other than 0 or 1 is ambiguous (a count or seconds?): ask for a unit.
    const ms = /^\d+$/.test(value) ? undefined : (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationMs */ .y)(value);
    if (ms === undefined || ms > MAX_MS)
        throw (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .X)(name, '"until-next" (or 1), 0, or a duration up to 6h such as "15m"', value);
    return ms === 0 ? { kind: 'none' } : { kind: 'for', ms };
}
function describeKeepPrevious(keep) {
    if (keep.kind === 'until-next')
        return 'kept running until the next deploy';
    if (keep.kind === 'none')
        return 'scaled down after the switch';
    return `kept running for ${Math.round(keep.ms / 1000)}s, then scaled down`;
}


/***/ }),

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ deploySummary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4471);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5438);

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
    const summary = new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF();
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
        ['Duration', (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)],
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
        summary.paragraph(`**Why it failed:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.failure.reason)}`);
        if (report.failure.details.length)
            summary.code(report.failure.details.join('\n'));
        if (report.failure.rollback)
            summary.paragraph(`**Rollback:** ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.failure.rollback)}`);
    }
    if (report.plan) {
        const { added, removed, changed, unchanged } = report.plan;
        summary.paragraph(`${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
        if (added.length)
            summary.paragraph(`**Added:** ${added.map((o) => `\`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o)}\``).join(', ')}`);
        if (removed.length)
            summary.paragraph(`**Removed:** ${removed.map((o) => `\`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o)}\``).join(', ')}`);
        for (const change of changed)
            summary.details(`Changed: ${change.object}`, `\n\`\`\`diff\n${change.diff}\n\`\`\`\n`);
    }
    return summary;
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ parseHelmVersion),
/* harmony export */   ZD: () => (/* binding */ parseVersionSpec),
/* harmony export */   aX: () => (/* binding */ formatHelmVersion),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8196);

/** helm's input language: narrower than a semver range, so that a spec names one major. */
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;
/** A `go install` build reports major.minor only; semver has no such version. */
const NO_PATCH = /^v?(\d+)\.(\d+)$/;
function parseHelmVersion(text) {
    const version = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseSemver */ .kf)(text);
    if (version) {
        const { major, minor, patch, prerelease } = version;
        return { major, minor, patch, ...(prerelease ? { prerelease } : {}) };
    }
    const short = NO_PATCH.exec(text.trim());
    if (!short)
        return undefined;
    return { major: Number(short[1]), minor: Number(short[2]), patch: undefined };
}
/** The majors a spec may name: no helm 0, 1 or 2 release works with these flags, and none past 4 exists. */
const SUPPORTED_MAJORS = [3, 4];
function parseVersionSpec(text) {
    const match = SPEC.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch] = match;
    if (!SUPPORTED_MAJORS.includes(Number(major)))
        return undefined;
    if (minor === 'x' && patch !== undefined && patch !== 'x')
        return undefined;
    const num = (s) => (s === undefined || s === 'x' ? undefined : Number(s));
    return { major: Number(major), minor: num(minor), patch: num(patch), text: text.trim() };
}
/**
 * True when `version` is inside `spec` (semver's rule, pre-releases included: v3.15.0-rc.1 is
 * inside "3.15", not inside "3.15.0"). An unknown patch satisfies only specs that name none.
 */
function satisfies(version, spec) {
    if (version.patch === undefined && spec.patch !== undefined)
        return false;
    const full = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .semverVersion */ .fC)({
        ...version,
        patch: version.patch ?? 0,
        prerelease: version.prerelease ?? '',
        raw: '',
        build: '',
    });
    return (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .satisfiesRange */ .jY)(full, spec.text);
}
/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
function exactVersion(spec) {
    if (spec.minor === undefined || spec.patch === undefined)
        return undefined;
    return `${spec.major}.${spec.minor}.${spec.patch}`;
}
function formatHelmVersion(version) {
    const pre = version.prerelease ? `-${version.prerelease}` : '';
    return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}${pre}`;
}


/***/ }),

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

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ cosignVerifyArgs),
/* harmony export */   GX: () => (/* binding */ cosignVerifyAttestationArgs),
/* harmony export */   cC: () => (/* binding */ KMS_KEY)
/* harmony export */ });
/* unused harmony exports cosignSignArgs, cosignAttestArgs */
/**
 * cosign's argv, built in one place. Every command runs offline with a key: nothing is uploaded to
 * a transparency log (--tlog-upload=false), no signing config is fetched from Sigstore's TUF
 * repository (--use-signing-config=false), and verification skips the transparency log and the
 * certificate checks (--insecure-ignore-tlog=true) that keyless signing needs. Signatures and
 * attestations are stored the way every cosign release and policy controller reads them: as
 * manifests under the digest's own sha256-<hex>.sig / .att tags in the image's repository
 * (--new-bundle-format=false; the registries we run have no referrers API to hold the new bundles).
 * The key is a file path or a KMS URI; its password comes in COSIGN_PASSWORD, never on argv.
 */
const OFFLINE_SIGNING = (/* unused pure expression or super */ null && (['--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format=false']));
const OFFLINE_VERIFY = ['--insecure-ignore-tlog=true', '--new-bundle-format=false'];
/** `cosign sign` of one digest-pinned reference. */
function cosignSignArgs(key, digestRef) {
    requireDigest(digestRef);
    return ['sign', '--yes', '--key', key, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign attest` of a predicate file (type: slsaprovenance1, spdxjson, cyclonedx, or a URI). */
function cosignAttestArgs(key, digestRef, type, predicateFile) {
    requireDigest(digestRef);
    return ['attest', '--yes', '--key', key, '--type', type, '--predicate', predicateFile, ...OFFLINE_SIGNING, digestRef];
}
/** `cosign verify` against a public key (a PEM file or a KMS URI); JSON on stdout. */
function cosignVerifyArgs(publicKey, digestRef) {
    requireDigest(digestRef);
    return ['verify', '--key', publicKey, ...OFFLINE_VERIFY, '--output', 'json', digestRef];
}
/** `cosign verify-attestation` of one predicate type against a public key. */
function cosignVerifyAttestationArgs(publicKey, digestRef, type) {
    requireDigest(digestRef);
    return ['verify-attestation', '--key', publicKey, '--type', type, ...OFFLINE_VERIFY, digestRef];
}
/** Never sign or verify a tag: what it points at can change between the check and the pull. */
function requireDigest(ref) {
    if (!/@sha256:[a-f0-9]{64}$/.test(ref))
        throw new Error(`cosign is only run on a digest reference, got ${ref}`);
}
/** KMS URIs cosign resolves itself (passed through as --key). */
const KMS_KEY = /^(awskms|gcpkms|azurekms|hashivault|k8s):\/\/\S+$/;


/***/ }),

/***/ 7432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ findCosign)
/* harmony export */ });
/* unused harmony export findSyft */
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


/***/ }),

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var src_exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/image/src/docker-config.ts



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
            config = JSON.parse(readFileSync(base, 'utf8'));
        }
        catch (error) {
            const why = error.code ?? 'not JSON';
            throw new ConfigError(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
        }
    }
    config.auths = { ...(config.auths ?? {}) };
    // A credential helper of the base config would shadow our logins for its registries.
    delete config['credsStore'];
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        maskSecret(login.password);
        maskSecret(auth);
        config.auths[keyOf(login.registry)] = { auth };
    }
    const dir = join(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
    return dir;
}
/** Credentials for a registry from a docker config directory (for our own registry client). */
function credentialsFor(configDir, registry) {
    const file = (0,external_node_path_.join)(configDir, 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
    if (!dir || !existsSync(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir))
        return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
}

// EXTERNAL MODULE: ./packages/image/src/image-ref.ts + 1 modules
var image_ref = __webpack_require__(3524);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
// EXTERNAL MODULE: ./packages/image/src/signing/find-cosign.ts
var find_cosign = __webpack_require__(7432);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-image.ts










const INPUT_IMAGE = { where: `Input 'image'` };
/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
async function verifyImage(text, policy, deps, source = INPUT_IMAGE) {
    const exec = deps.exec ?? src_exec/* exec */.m;
    const image = (0,image_ref/* parseImageRef */.Q)(text, source.where);
    const given = text.trim();
    const digest = image.digest ?? (await resolveDigest(image, deps, source.where));
    const ref = (0,image_ref/* digestRef */.yb)(image, digest);
    const cosign = await (0,find_cosign/* findCosign */.L)(exec, deps.env);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(deps.tempDir, 'slipway-verify-'));
    try {
        let key = policy.publicKey.trim();
        if (!cosign_args/* KMS_KEY */.cC.test(key)) {
            key = (0,external_node_path_.join)(dir, 'cosign.pub');
            (0,external_node_fs_.writeFileSync)(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
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
            return { check: name, finding: (0,verify_policy/* classifyCosignFailure */.Em)(result.stderr), detail };
        };
        deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${(0,verify_policy/* describePolicy */.wy)(policy)}`);
        const checks = [await check('signature', (0,cosign_args/* cosignVerifyArgs */.GN)(key, ref))];
        for (const type of policy.attestations)
            checks.push(await check(type, (0,cosign_args/* cosignVerifyAttestationArgs */.GX)(key, ref, type)));
        if (checks.some((c) => c.finding !== 'verified'))
            throw new errors/* ConfigError */.xL((0,verify_policy/* refusalLine */.tw)(given, digest, policy, checks, source.usedBy));
        for (const c of checks)
            deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
        return {
            given,
            digestRef: ref,
            digest,
            ...(image.tag && !image.digest ? { tag: image.tag } : {}),
            policy: (0,verify_policy/* describePolicy */.wy)(policy),
            checks,
            cosignVersion: cosign.version,
            ...(source.usedBy ? { usedBy: source.usedBy } : {}),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image, deps, where) {
    const tag = image.tag ?? 'latest';
    const client = deps.client?.(image) ??
        new registry_client/* RegistryClient */.b(image.registry, {
            credentials: credentialsFor(deps.env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), image.registry),
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
    let found;
    try {
        found = await client.headManifest(image.repository, tag);
    }
    catch (error) {
        throw new errors/* TransientError */.N_(`Could not resolve ${image.name}:${tag} to a digest to verify: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!found)
        throw new errors/* ConfigError */.xL(`${where}: ${image.name}:${tag} does not exist in ${image.registry}`);
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

/***/ 71:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ classifyCosignFailure),
/* harmony export */   ZX: () => (/* binding */ ATTESTATION_TYPES),
/* harmony export */   tw: () => (/* binding */ refusalLine),
/* harmony export */   w8: () => (/* binding */ keyLabel),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* unused harmony export missingText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cosign_args__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5362);


/** The attestation types cosign knows by a short name; anything else must be a predicate type URI. */
const ATTESTATION_TYPES = [
    'slsaprovenance1',
    'slsaprovenance02',
    'slsaprovenance',
    'spdxjson',
    'spdx',
    'cyclonedx',
    'vuln',
    'openvex',
    'custom',
];
/** The policy in a few words: the key's SHA-256 fingerprint (or its KMS URI) and the attestations. */
function describePolicy(policy) {
    const attested = policy.attestations.length ? `, attestations ${policy.attestations.join(', ')}` : '';
    return `key ${keyLabel(policy.publicKey)}${attested}`;
}
/** SHA256:<first 16 hex of the SubjectPublicKeyInfo's digest>, or the KMS URI. */
function keyLabel(publicKey) {
    const text = publicKey.trim();
    if (_cosign_args__WEBPACK_IMPORTED_MODULE_1__/* .KMS_KEY */ .cC.test(text))
        return text;
    const der = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(text).export({ type: 'spki', format: 'der' });
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex').slice(0, 16)}`;
}
/**
 * Reads cosign's failure text: no signature (or attestation) at all; some, but none by this key;
 * anything else (a registry or network failure) is an error, never taken for a verdict.
 */
function classifyCosignFailure(stderr) {
    const text = stderr.toLowerCase();
    // With nothing stored under the digest, verify-attestation says "no matching attestations: " and no reason.
    if (/no signatures found|no attestations found|none of the attestations matched the predicate type|no matching (signatures|attestations):\s*$/m.test(text))
        return 'absent';
    if (/no matching (signatures|attestations)|invalid signature|verification error|failed to verify signature/.test(text))
        return 'other-key';
    return 'error';
}
/** What the refusal says was missing: one finding after another, in check order. */
function missingText(results) {
    return results
        .filter((r) => r.finding !== 'verified')
        .map((r) => {
        const what = r.check === 'signature' ? 'signature' : `${r.check} attestation`;
        if (r.finding === 'absent')
            return `no ${what}`;
        if (r.finding === 'other-key')
            return `${what} not by this key`;
        return `${what} not checked (${r.detail ?? 'cosign failed'})`;
    })
        .join('; ');
}
/**
 * One line: the image (and the digest its tag points at), where the chart runs it when that is
 * not the input, the policy, and what was missing.
 */
function refusalLine(shown, digest, policy, results, usedBy) {
    const at = shown.endsWith(digest) ? '' : ` (now ${digest})`;
    const by = usedBy ? `, ${usedBy},` : '';
    return `Image ${shown}${at}${by} refused by the verification policy (${describePolicy(policy)}): ${missingText(results)}`;
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

/***/ 8196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   fC: () => (/* binding */ semverVersion),
/* harmony export */   jY: () => (/* binding */ satisfiesRange),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   nM: () => (/* binding */ versionInText)
/* harmony export */ });
/* unused harmony export isVersionRange */
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2124);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2030);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8888);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__);





/** Strict semver.org syntax; a leading "v", "V" or "=" and surrounding spaces are accepted. */
function parseSemver(raw) {
    const parsed = strictSemver(raw);
    if (!parsed)
        return undefined;
    return {
        raw,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.join('.'),
        build: parsed.build.join('.'),
    };
}
/** One prefix at most: semver's own parse would take "=v1.2.3" and, after ours, "vv1.2.3". */
function strictSemver(text) {
    const bare = text.trim().replace(/^[vV=]/, '');
    return /^\d/.test(bare) ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_2___default()(bare) : null;
}
/** major.minor.patch with the pre-release, without build metadata (which a tag cannot hold). */
function semverVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
/**
 * The first `x.y` or `x.y.z` in a tool's version output, as `x.y.z` ("zizmor 1.32" → "1.32.0",
 * "v1.7.12" → "1.7.12"). A suffix is dropped: tools print build suffixes there ("-dirty",
 * "-3-gabc123") that are not pre-releases.
 */
function versionInText(text) {
    const found = /\d+\.\d+(?:\.\d+)?/.exec(text)?.[0];
    return found ? semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(found)?.version : undefined;
}
/** A full semver, or a short one completed with zeros ("8.18" → 8.18.0); a "v" prefix is accepted. */
function toSemver(text) {
    const version = strictSemver(text) ?? semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(text, { includePrerelease: true });
    if (!version)
        throw new Error(`Not a version: "${text}"`);
    return version;
}
/**
 * Semver order: negative, zero or positive. A pre-release orders before its release; build
 * metadata is ignored; missing parts are zeros ("8.18" equals "8.18.0"). Throws on a non-version.
 */
function compareVersions(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default()(toSemver(a), toSemver(b));
}
/** True when a valid semver range ("3", "3.x", "3.14", "3.14.x", "^3.14.2", "3.14.2") is given. */
function isVersionRange(range) {
    return validRange(range.trim()) !== null;
}
/**
 * Whether `version` is inside `range`, as npm's `semver.satisfies` decides with pre-releases
 * included: `3.15.0-rc.1` is inside "3.15", never inside "3.15.0".
 */
function satisfiesRange(version, range) {
    return semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_3___default()(toSemver(version), range.trim(), { includePrerelease: true });
}


/***/ })

};
