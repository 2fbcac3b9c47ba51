export const id = 390;
export const ids = [390];
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
