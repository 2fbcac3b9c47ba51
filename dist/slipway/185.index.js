export const id = 185;
export const ids = [185];
export const modules = {

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

/***/ 2324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ DEFAULT_IMAGE_VALUES),
/* harmony export */   D3: () => (/* binding */ mergeValues),
/* harmony export */   cn: () => (/* binding */ imageValues),
/* harmony export */   jx: () => (/* binding */ nestValues),
/* harmony export */   l2: () => (/* binding */ splitImageRef)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8208);

const DEFAULT_IMAGE_VALUES = {
    repository: 'image.repository',
    tag: 'image.tag',
    digest: 'image.digest',
};
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function splitImageRef(text, where = `Input 'image'`) {
    const bad = (why) => {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected an image reference such as "ghcr.io/acme/web@sha256:…" or "ghcr.io/acme/web:1.2.3" (${why}), got "${text}"`);
    };
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            bad('the digest must be sha256: and 64 hex digits');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad(`invalid tag "${tag}"`);
    }
    if (!REPOSITORY.test(rest))
        bad('invalid repository');
    if (!tag && !digest)
        bad('give a tag or, better, a digest');
    return { repository: rest, tag, digest };
}
/** A dotted-path map of values ("image.tag") as a nested object helm reads from a values file. */
function nestValues(flat) {
    const root = {};
    for (const [path, value] of Object.entries(flat)) {
        const keys = path.split('.');
        let node = root;
        for (const key of keys.slice(0, -1)) {
            // Own keys only: a path through "__proto__" must not reach Object.prototype.
            const next = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .e)(node, key);
            const child = (next && typeof next === 'object' && !Array.isArray(next) ? next : {});
            (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(node, key, child);
            node = child;
        }
        (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(node, keys[keys.length - 1], value);
    }
    return root;
}
/**
 * The values that put `image` into the chart. A digest-pinned reference also sets the tag
 * when it has one (charts label with it), and clears nothing else.
 */
function imageValues(image, paths) {
    const flat = {};
    if (paths.repository)
        flat[paths.repository] = image.repository;
    if (paths.tag && image.tag)
        flat[paths.tag] = image.tag;
    if (paths.digest)
        flat[paths.digest] = image.digest ?? '';
    return nestValues(flat);
}
/** Deep merge of values maps; later wins, lists are replaced (as helm does). */
function mergeValues(...layers) {
    const out = {};
    for (const layer of layers) {
        for (const [key, value] of Object.entries(layer)) {
            const prev = (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .e)(out, key);
            const bothMaps = prev &&
                value &&
                typeof prev === 'object' &&
                typeof value === 'object' &&
                !Array.isArray(prev) &&
                !Array.isArray(value);
            (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P)(out, key, bothMaps ? mergeValues(prev, value) : value);
        }
    }
    return out;
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


/***/ })

};
