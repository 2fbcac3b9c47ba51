export const id = 375;
export const ids = [375];
export const modules = {

/***/ 8535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseLoad)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5438);
/* harmony import */ var _parse_checks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5502);


const MAX_RPS = 100_000;
const MAX_CONCURRENCY = 10_000;
/**
 * A load spec: one smoke check's keys (url or path, method, headers, body, expect, timeout)
 * beside `rps`, `concurrency` (default 50) and `duration` (default `defaultDurationMs`).
 */
function parseLoad(document, context) {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: expected a map such as "{ path: /health, rps: 50, duration: 1m }"`);
    const { rps, concurrency, duration, ...request } = document;
    if ('repeat' in request)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: 'repeat' has no meaning under load (use rps)`);
    const check = (0,_parse_checks__WEBPACK_IMPORTED_MODULE_1__/* .parseChecks */ .B)([request], context)[0];
    const count = (key, value, fallback, max) => {
        const n = value ?? fallback;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max)
            throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: '${key}' expected an integer from 1 to ${max}, got ${JSON.stringify(n)}`);
        return n;
    };
    const durationMs = duration === undefined ? context.defaultDurationMs : parseDuration(duration);
    if (durationMs === undefined || !(durationMs >= 1000) || durationMs > 3_600_000)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${context.where}: 'duration' expected a duration such as "30s" or "2m" from 1s to 1h, got ${JSON.stringify(duration)}`);
    return {
        check,
        rps: count('rps', rps, undefined, MAX_RPS),
        concurrency: count('concurrency', concurrency, 50, MAX_CONCURRENCY),
        durationMs,
    };
}
function parseDuration(value) {
    if (typeof value === 'number')
        return Math.round(value * 1000);
    return typeof value === 'string' ? (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .parseDurationMs */ .y)(value) : undefined;
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ smokeSummary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4471);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5438);

function latencyCell(check) {
    const l = check.latency;
    if (!l)
        return '–';
    if (check.samplesMs.length > 1)
        return `p50 ${Math.round(l.p50)}ms · p95 ${Math.round(l.p95)}ms · max ${Math.round(l.max)}ms`;
    return `${Math.round(l.max)}ms`;
}
function detailCell(check) {
    if (check.passed)
        return '';
    const lines = check.error ? [`**${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.error)}**`] : [];
    for (const m of check.mismatches) {
        lines.push(`${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.what)}: expected <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.expected)}</code>, got <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.actual)}</code>`);
    }
    if (check.bodySnippet)
        lines.push(`body: <code>${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.bodySnippet.replace(/\s+/g, ' ').trim())}</code>`);
    return lines.join('<br>');
}
/** One row per check: result, attempts, status, latency and, for a failure, expected vs actual. */
function smokeSummary(report) {
    const verdict = report.passed ? '✅ all passed' : `❌ ${report.failed} of ${report.total} failed`;
    const p95 = report.p95Ms === undefined ? '' : `, p95 ${report.p95Ms}ms`;
    return new _slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF()
        .heading(`Smoke test: ${verdict}`)
        .paragraph(`${report.total} checks in ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)}${p95}.`)
        .table(['Check', 'Result', 'Attempts', 'Status', 'Latency', 'Details'], report.checks.map((c) => [
        `${c.name} (${c.method} ${c.url})`,
        c.passed ? '✅ pass' : '❌ fail',
        String(c.attempts),
        c.status === undefined ? '–' : String(c.status),
        latencyCell(c),
        { raw: detailCell(c) },
    ]));
}


/***/ })

};
