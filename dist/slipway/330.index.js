export const id = 330;
export const ids = [330,620];
export const modules = {

/***/ 9167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ bypassesProxy)
/* harmony export */ });
/* unused harmony export parseNoProxy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

const unbracket = (host) => host.replace(/^\[(.*)\]$/, '$1');
const family = (address) => ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) === 6 ? 'ipv6' : 'ipv4');
/** NO_PROXY's entries as `dialect` reads them (empty entries dropped). */
function parseNoProxy(value, dialect) {
    const entries = [];
    for (const raw of value.split(dialect === 'curl' ? /[,\s]+/ : ',')) {
        let entry = raw.trim().toLowerCase();
        if (dialect === 'curl')
            entry = entry.replace(/^\./, '');
        if (!entry)
            continue;
        if (entry === '*') {
            entries.push({ kind: 'any' });
            continue;
        }
        const cidr = /^(.+)\/(\d+)$/.exec(entry);
        const network = cidr ? unbracket(cidr[1]) : '';
        if (cidr && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(network)) {
            entries.push({ kind: 'range', network, bits: Number(cidr[2]) });
            continue;
        }
        const withPort = dialect === 'go' ? /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry) : null;
        const host = unbracket(withPort?.[1] ?? entry);
        const port = withPort?.[2];
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host))
            entries.push({ kind: 'address', address: host, port });
        else if (dialect === 'curl')
            entries.push({ kind: 'name', domain: host, subdomainsOnly: false, port });
        else
            entries.push({
                kind: 'name',
                domain: host.replace(/^\*?\./, ''),
                subdomainsOnly: host.startsWith('.') || host.startsWith('*.'),
                port,
            });
    }
    return entries;
}
/** Whether a request to `hostname:port` skips the proxy under `noProxy`, read as `dialect` reads it. */
function bypassesProxy(hostname, port, noProxy, dialect) {
    const host = unbracket(hostname.toLowerCase());
    const ip = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0;
    if (dialect === 'go' && (host === 'localhost' || (ip && inBlock(host, (b) => loopback(b)))))
        return true;
    return parseNoProxy(noProxy, dialect).some((entry) => {
        switch (entry.kind) {
            case 'any':
                return true;
            case 'range':
                return (ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.network) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addSubnet(entry.network, entry.bits, family(host))));
            case 'address':
                return ((entry.port === undefined || entry.port === port) &&
                    ip &&
                    (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry.address) === (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) &&
                    inBlock(host, (b) => b.addAddress(entry.address, family(host))));
            case 'name':
                return ((entry.port === undefined || entry.port === port) &&
                    (host.endsWith(`.${entry.domain}`) || (!entry.subdomainsOnly && host === entry.domain)));
        }
    });
}
function loopback(block) {
    block.addSubnet('127.0.0.0', 8, 'ipv4');
    block.addAddress('::1', 'ipv6');
}
function inBlock(host, fill) {
    const block = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
    fill(block);
    return block.check(host, family(host));
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Maps items through `fn` with at most `limit` calls in flight, keeping the input order in
 * the result. A rejection stops new work from starting and is rethrown.
 */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    async function worker() {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
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
