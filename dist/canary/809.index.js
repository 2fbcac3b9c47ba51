export const id = 809;
export const ids = [809];
export const modules = {

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATION_LEVELS: () => (/* reexport */ ANNOTATION_LEVELS),
  ATTESTATION_EXPECTED: () => (/* reexport */ verify_inputs/* ATTESTATION_EXPECTED */.Eo),
  ATTESTATION_TYPE: () => (/* reexport */ verify_inputs/* ATTESTATION_TYPE */.Qs),
  ATTESTATION_TYPES: () => (/* reexport */ verify_policy/* ATTESTATION_TYPES */.ZX),
  COSIGN_PIN: () => (/* reexport */ tool_pins/* COSIGN_PIN */.s),
  DEFAULT_TAG_RULES: () => (/* reexport */ DEFAULT_TAG_RULES),
  DIGEST_PATTERN: () => (/* reexport */ image_ref/* DIGEST_PATTERN */.WA),
  KMS_KEY: () => (/* reexport */ cosign_args/* KMS_KEY */.cC),
  RegistryClient: () => (/* reexport */ registry_client/* RegistryClient */.b),
  SBOM_FORMATS: () => (/* reexport */ SBOM_FORMATS),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  SYFT_PIN: () => (/* reexport */ tool_pins/* SYFT_PIN */.H),
  TAG_PATTERN: () => (/* reexport */ tag_name/* TAG_PATTERN */.A0),
  annotationLines: () => (/* reexport */ annotationLines),
  appendLabelLine: () => (/* reexport */ appendLabelLine),
  baseRefOf: () => (/* reexport */ baseRefOf),
  buildAndPush: () => (/* reexport */ buildAndPush),
  buildPushOutputs: () => (/* reexport */ buildPushOutputs),
  buildPushStage: () => (/* reexport */ buildPushStage),
  buildPushSummary: () => (/* reexport */ buildPushSummary),
  buildahBuildArgs: () => (/* reexport */ buildahBuildArgs),
  buildahPushArgs: () => (/* reexport */ buildahPushArgs),
  builderId: () => (/* reexport */ builderId),
  buildxArgs: () => (/* reexport */ buildxArgs),
  canAppendLabels: () => (/* reexport */ canAppendLabels),
  checkBuilderSupport: () => (/* reexport */ checkBuilderSupport),
  checkTag: () => (/* reexport */ tag_name/* checkTag */.Bs),
  classifyCosignFailure: () => (/* reexport */ verify_policy/* classifyCosignFailure */.Em),
  classifyPushFailure: () => (/* reexport */ registry_errors/* classifyPushFailure */.hN),
  commitOf: () => (/* reexport */ commitOf),
  computeTags: () => (/* reexport */ computeTags),
  contextFromEnv: () => (/* reexport */ contextFromEnv),
  cosignAssetName: () => (/* reexport */ install_cosign/* cosignAssetName */.$),
  cosignAttestArgs: () => (/* reexport */ cosign_args/* cosignAttestArgs */.QS),
  cosignSignArgs: () => (/* reexport */ cosign_args/* cosignSignArgs */.we),
  cosignTag: () => (/* reexport */ cosignTag),
  cosignVerifyArgs: () => (/* reexport */ cosign_args/* cosignVerifyArgs */.GN),
  cosignVerifyAttestationArgs: () => (/* reexport */ cosign_args/* cosignVerifyAttestationArgs */.GX),
  credentialsFor: () => (/* reexport */ docker_config/* credentialsFor */.Og),
  describePolicy: () => (/* reexport */ verify_policy/* describePolicy */.wy),
  digestRef: () => (/* reexport */ image_ref/* digestRef */.yb),
  dockerBuildArgs: () => (/* reexport */ dockerBuildArgs),
  dockerPushArgs: () => (/* reexport */ dockerPushArgs),
  dockerfileEscape: () => (/* reexport */ dockerfileEscape),
  findCosign: () => (/* reexport */ find_cosign/* findCosign */.L),
  findSyft: () => (/* reexport */ find_cosign/* findSyft */.C),
  formatBytes: () => (/* reexport */ formatBytes),
  formatDate: () => (/* reexport */ formatDate),
  isDefaultBranch: () => (/* reexport */ isDefaultBranch),
  isTransientStatus: () => (/* reexport */ network_error/* isTransientStatus */.Dm),
  keyLabel: () => (/* reexport */ verify_policy/* keyLabel */.w8),
  labelInstruction: () => (/* reexport */ labelInstruction),
  labelLines: () => (/* reexport */ labelLines),
  ociLabels: () => (/* reexport */ ociLabels),
  parseFlavor: () => (/* reexport */ parseFlavor),
  parseImageList: () => (/* reexport */ parseImageList),
  parseImageRef: () => (/* reexport */ image_ref/* parseImageRef */.Q),
  parsePep440: () => (/* reexport */ parsePep440),
  parseTagRules: () => (/* reexport */ parseTagRules),
  pep440Version: () => (/* reexport */ pep440Version),
  policyProblem: () => (/* reexport */ verify_inputs/* policyProblem */.Cj),
  pushWithRetry: () => (/* reexport */ pushWithRetry),
  readCosignInputs: () => (/* reexport */ cosign_inputs/* readCosignInputs */.j),
  readMetadataEnv: () => (/* reexport */ readMetadataEnv),
  readVerifyInputs: () => (/* reexport */ verify_inputs/* readVerifyInputs */.Ht),
  refusalLine: () => (/* reexport */ verify_policy/* refusalLine */.tw),
  removeDockerConfig: () => (/* reexport */ docker_config/* removeDockerConfig */.nS),
  renderTemplate: () => (/* reexport */ renderTemplate),
  renderValues: () => (/* reexport */ renderValues),
  resolveCosign: () => (/* reexport */ install_cosign/* resolveCosign */.K),
  ruleRegExp: () => (/* reexport */ ruleRegExp),
  runFactsFromEnv: () => (/* reexport */ runFactsFromEnv),
  runnerCosign: () => (/* reexport */ runner_cosign/* runnerCosign */.e),
  sanitizeTag: () => (/* reexport */ tag_name/* sanitizeTag */.iP),
  selectBuilder: () => (/* reexport */ selectBuilder),
  signImage: () => (/* reexport */ signImage),
  slsaProvenance: () => (/* reexport */ slsaProvenance),
  statusOf: () => (/* reexport */ registry_errors/* statusOf */.c2),
  syftScanArgs: () => (/* reexport */ syftScanArgs),
  taggedRef: () => (/* reexport */ image_ref/* taggedRef */.MK),
  verifiedSummary: () => (/* reexport */ verify_deploy/* verifiedSummary */.x),
  verifyDeployImage: () => (/* reexport */ verify_deploy/* verifyDeployImage */.a),
  verifyImage: () => (/* reexport */ verify_image/* verifyImage */.Z),
  writeDockerConfig: () => (/* reexport */ docker_config/* writeDockerConfig */._D)
});

// EXTERNAL MODULE: ./packages/image/src/image-ref.ts
var image_ref = __webpack_require__(2032);
// EXTERNAL MODULE: ./packages/image/src/tag-name.ts
var tag_name = __webpack_require__(3273);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/image/src/event-context.ts

/** Reads the runner's GITHUB_* variables and the event payload file. */
function contextFromEnv(env = process.env, now = new Date()) {
    let payload = {};
    const path = env['GITHUB_EVENT_PATH'];
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pr = payload.pull_request;
    const commitTime = payload.head_commit?.timestamp ? new Date(payload.head_commit.timestamp) : undefined;
    const license = payload.repository?.license?.spdx_id;
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const number = pr?.number ?? payload.number;
    // pull_request_target runs on the base branch; its tags are the pull request's, as metadata-action reads it.
    const ref = eventName === 'pull_request_target' && number !== undefined
        ? `refs/pull/${number}/merge`
        : (env['GITHUB_REF'] ?? '');
    return {
        eventName,
        ref,
        sha: env['GITHUB_SHA'] ?? '',
        repository: env['GITHUB_REPOSITORY'] ?? '',
        serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(number !== undefined ? { prNumber: number } : {}),
        ...(pr?.head?.sha ? { prHeadSha: pr.head.sha } : {}),
        ...(pr?.base?.ref || env['GITHUB_BASE_REF'] ? { baseRef: pr?.base?.ref || env['GITHUB_BASE_REF'] } : {}),
        ...(payload.base_ref ? { pushBaseRef: payload.base_ref } : {}),
        ...(commitTime && !Number.isNaN(commitTime.getTime()) ? { commitDate: commitTime } : {}),
        now,
        ...(payload.repository?.description ? { description: payload.repository.description } : {}),
        ...(license && license !== 'NOASSERTION' ? { license } : {}),
    };
}
/** pull_request, pull_request_target, pull_request_review…: the events whose payload holds a pull request. */
const isPullRequest = (ctx) => /pull_request/.test(ctx.eventName);
/** The branch name of a refs/heads/ ref, else undefined. */
function branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(ctx) {
    return ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined;
}
/**
 * The commit tags and the revision label name: GITHUB_SHA (on a pull request the merge commit), or
 * the pull request's head with DOCKER_METADATA_PR_HEAD_SHA=true, as docker/metadata-action.
 */
function commitOf(ctx) {
    return (ctx.usePrHeadSha && isPullRequest(ctx) && ctx.prHeadSha) || ctx.sha;
}
/** Events that always run on the default branch's last commit count as it, whatever the ref (metadata-action's rule). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
/** metadata-action's {{is_default_branch}}: the ref's branch is the default one, or the event always runs there. */
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (!branch)
        return false;
    if (ctx.defaultBranch !== undefined && branch === ctx.defaultBranch)
        return true;
    return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}
/** {{base_ref}}: the push payload's base_ref on a tag, the target branch on a pull request ref, else "". */
function baseRefOf(ctx) {
    if (ctx.ref.startsWith('refs/tags/') && ctx.pushBaseRef)
        return ctx.pushBaseRef.replace(/^refs\/heads\//, '');
    if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef)
        return ctx.baseRef;
    return '';
}
/** The pull request number of a refs/pull/N/merge ref, as text. */
function prOfRef(ctx) {
    return ctx.ref.startsWith('refs/pull/') ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/own-value.ts
var own_value = __webpack_require__(8208);
;// CONCATENATED MODULE: ./packages/image/src/tag-rules.ts

const COMMON = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const KEYS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's defaults when `tags` is empty. */
const DEFAULT_TAG_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
/** Splits one CSV line; a field in double quotes may hold commas ("" is a literal quote). */
function splitCsv(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += c;
    }
    fields.push(field);
    return fields.map((f) => f.trim());
}
function keyValue(field) {
    const eq = field.indexOf('=');
    return eq > 0 ? [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()] : undefined;
}
/** A rule's regular expression: `/source/flags` or a bare source, as metadata-action reads it; undefined when invalid. */
function ruleRegExp(text) {
    const literal = /^\/(.+)\/(.*)$/.exec(text);
    try {
        return literal ? new RegExp(literal[1], literal[2]) : new RegExp(text);
    }
    catch {
        return undefined;
    }
}
/** Parses the `tags` input: one rule per line, `#` comments, a bare word is `type=raw,value=word`. */
function parseTagRules(text, input = 'tags') {
    const lines = text?.trim() ? text.split('\n') : DEFAULT_TAG_RULES;
    const rules = [];
    lines.forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (!line || line.startsWith('#'))
            return;
        const where = text?.trim() ? `Input '${input}' line ${index + 1}` : `default tag rule "${line}"`;
        const fail = (why) => {
            throw new errors/* ConfigError */.xL(`${where}: expected ${why}, got "${line}"`);
        };
        const fields = splitCsv(line);
        const attrs = {};
        const bare = [];
        for (const field of fields) {
            const kv = keyValue(field);
            if (!kv) {
                if (field)
                    bare.push(field);
                continue;
            }
            if (Object.hasOwn(attrs, kv[0]))
                fail(`each key once (repeated '${kv[0]}')`);
            (0,own_value/* setOwn */.P)(attrs, kv[0], kv[1]);
        }
        const type = (attrs['type'] ?? 'raw');
        if (!Object.hasOwn(KEYS, type))
            fail(`type=schedule|semver|pep440|match|edge|ref|raw|sha`);
        if (bare.length) {
            if (type !== 'raw' || bare.length > 1 || attrs['value'] !== undefined)
                fail(`key=value attributes (stray "${bare[0]}")`);
            attrs['value'] = bare[0];
        }
        const allowed = [...COMMON, ...KEYS[type]];
        for (const key of Object.keys(attrs))
            if (!allowed.includes(key))
                fail(`attributes of type=${type} among ${allowed.join(', ')} (unknown '${key}')`);
        if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs['event'] ?? ''))
            fail('type=ref with event=branch, event=tag or event=pr');
        // As metadata-action: the key must be there; an empty value renders empty and the rule is skipped.
        if ((type === 'semver' || type === 'pep440' || type === 'match') && !Object.hasOwn(attrs, 'pattern'))
            fail(`type=${type} with a pattern=`);
        if (type === 'raw' && !Object.hasOwn(attrs, 'value'))
            fail('type=raw with a value=');
        if (type === 'sha' && attrs['format'] !== undefined && !['short', 'long'].includes(attrs['format']))
            fail('format=short or format=long');
        if (type === 'match') {
            if (attrs['group'] !== undefined && !/^\d+$/.test(attrs['group']))
                fail('group= a capture group number');
            if (!ruleRegExp(attrs['pattern']))
                fail('pattern= a valid regular expression');
        }
        if (attrs['match']) {
            try {
                new RegExp(attrs['match']);
            }
            catch {
                fail('match= a valid regular expression');
            }
        }
        let priority = DEFAULT_PRIORITY[type];
        if (attrs['priority'] !== undefined) {
            if (!/^-?\d+$/.test(attrs['priority']))
                fail('priority= an integer');
            priority = Number(attrs['priority']);
        }
        if (type === 'ref' && attrs['event'] === 'pr' && attrs['prefix'] === undefined)
            attrs['prefix'] = 'pr-';
        if (type === 'sha' && attrs['prefix'] === undefined)
            attrs['prefix'] = 'sha-';
        rules.push({ type, attrs, priority, where });
    });
    return rules;
}
/** Parses the `flavor` input: `latest=auto|true|false`, `prefix=…[,onlatest=true]`, `suffix=…[,onlatest=true]`. */
function parseFlavor(text, input = 'flavor') {
    const flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
    for (const rawLine of text?.split('\n') ?? []) {
        const line = rawLine.trim();
        if (!line || line.startsWith('#'))
            continue;
        const fail = (why) => {
            throw new errors/* ConfigError */.xL(`Input '${input}': expected ${why}, got "${line}"`);
        };
        const fields = splitCsv(line).map((f) => keyValue(f) ?? fail('key=value items such as "latest=false"'));
        const [key, value] = fields[0];
        const onLatest = fields.slice(1);
        if (key === 'latest') {
            if (!['auto', 'true', 'false'].includes(value))
                fail('latest=auto, latest=true or latest=false');
            if (onLatest.length)
                fail('latest= alone on its line');
            flavor.latest = value;
        }
        else if (key === 'prefix' || key === 'suffix') {
            let on = false;
            for (const [k, v] of onLatest) {
                if (k !== 'onlatest' || !['true', 'false'].includes(v))
                    fail(`${key}=<text>,onlatest=true|false`);
                on = v === 'true';
            }
            if (key === 'prefix')
                [flavor.prefix, flavor.prefixOnLatest] = [value, on];
            else
                [flavor.suffix, flavor.suffixOnLatest] = [value, on];
        }
        else
            fail('latest=, prefix= or suffix=');
    }
    return flavor;
}

;// CONCATENATED MODULE: ./packages/image/src/image-list.ts



/**
 * Parses the `images` input as docker/metadata-action reads it: one image a line, either a bare
 * name or `name=<image>,enable=<true|false>` attributes (`ghcr.io/user/app,enable=false`); a single
 * line of bare names separated by commas is the older CSV form. Empty is allowed: no image.
 */
function parseImageList(text, input = 'images') {
    const lines = (text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const entries = [];
    const only = lines.length === 1 ? splitCsv(lines[0]).filter(Boolean) : [];
    // A loop, not push(...spread): a 1 MiB input of names would overflow the call stack.
    if (only.length && only.every((f) => !f.includes('=')))
        for (const name of only)
            entries.push({ name, enable: true });
    else
        for (const line of lines) {
            const fail = (why) => {
                throw new errors/* ConfigError */.xL(`Input '${input}': expected ${why}, got "${line}"`);
            };
            const attrs = {};
            for (const field of splitCsv(line).filter(Boolean)) {
                const eq = field.indexOf('=');
                const [key, value] = eq < 0 ? ['name', field] : [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()];
                if (key !== 'name' && key !== 'enable')
                    fail(`image attributes name= and enable= (unknown '${key}')`);
                if (Object.hasOwn(attrs, key))
                    fail(`each attribute once (repeated '${key}')`);
                (0,own_value/* setOwn */.P)(attrs, key, value);
            }
            if (!attrs['name'])
                fail('an image name on each line, such as "ghcr.io/owner/app,enable=true"');
            if (attrs['enable'] !== undefined && !['true', 'false'].includes(attrs['enable']))
                fail('enable=true or enable=false');
            entries.push({ name: attrs['name'], enable: attrs['enable'] !== 'false' });
        }
    const list = { images: [], disabled: [], names: entries.map((e) => e.name) };
    for (const entry of entries)
        (entry.enable ? list.images : list.disabled).push((0,image_ref/* parseImageRef */.Q)(entry.name, `Input '${input}'`, { allowTag: false }));
    return list;
}

;// CONCATENATED MODULE: ./packages/image/src/pep440.ts
// PEP 440's appendix B grammar (permissive spellings that normalise to the canonical form).
const PATTERN = new RegExp([
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|beta|preview|pre|rc|a|b|c)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$',
].join(''), 'i');
const PRE_LABEL = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
function parsePep440(raw) {
    const m = PATTERN.exec(raw);
    if (!m)
        return undefined;
    const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
    return {
        raw,
        epoch: Number(epoch ?? 0),
        release: release.split('.').map(Number),
        ...(preLabel ? { pre: { label: PRE_LABEL[preLabel.toLowerCase()], number: Number(preNumber ?? 0) } } : {}),
        ...(postDash !== undefined || postLabel ? { post: Number(postDash ?? postNumber ?? 0) } : {}),
        ...(devLabel ? { dev: Number(devNumber ?? 0) } : {}),
        ...(local ? { local: local.toLowerCase().replace(/[-_]/g, '.') } : {}),
    };
}
/** The canonical form: `1!2.0rc1.post3.dev4+local.1`; "1.2.3beta2" → "1.2.3b2", "1.0dev4" → "1.0.dev4". */
function pep440Version(v) {
    return [
        v.epoch ? `${v.epoch}!` : '',
        v.release.join('.'),
        v.pre ? `${v.pre.label}${v.pre.number}` : '',
        v.post !== undefined ? `.post${v.post}` : '',
        v.dev !== undefined ? `.dev${v.dev}` : '',
        v.local ? `+${v.local}` : '',
    ].join('');
}
/** Pre-, post- and dev releases only ever get the full version (metadata-action's rule). */
const isPep440Final = (v) => v.pre === undefined && v.post === undefined && v.dev === undefined;

;// CONCATENATED MODULE: ./packages/image/src/metadata-env.ts

/** The annotation levels BuildKit knows (docs/annotations.md). */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
function bool(env, name, fallback) {
    const text = env[name]?.trim();
    if (!text)
        return fallback;
    if (/^(true|1)$/i.test(text))
        return true;
    if (/^(false|0)$/i.test(text))
        return false;
    throw new errors/* ConfigError */.xL(`${name}: expected true or false, got "${text}"`);
}
/** Reads the switches; a bad value is a ConfigError naming the variable, before anything is built. */
function readMetadataEnv(env = process.env) {
    const lengthText = env['DOCKER_METADATA_SHORT_SHA_LENGTH']?.trim();
    let shortShaLength = 7;
    if (lengthText) {
        if (!/^\d+$/.test(lengthText) || Number(lengthText) < 1)
            throw new errors/* ConfigError */.xL(`DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number of characters such as 12, got "${lengthText}"`);
        shortShaLength = Number(lengthText);
    }
    const levelsText = env['DOCKER_METADATA_ANNOTATIONS_LEVELS']?.trim();
    const annotationLevels = (levelsText || 'manifest').split(',').map((l) => l.trim());
    for (const level of annotationLevels)
        if (!ANNOTATION_LEVELS.includes(level))
            throw new errors/* ConfigError */.xL(`DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among ${ANNOTATION_LEVELS.join(', ')} separated by commas, got "${levelsText}"`);
    return {
        prHeadSha: bool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
        shortShaLength,
        annotationLevels,
        setOutputEnv: bool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', false),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/version.ts
var src_version = __webpack_require__(8196);
;// CONCATENATED MODULE: ./packages/image/src/date-format.ts

/**
 * moment.js's display tokens (https://momentjs.com/docs/#/displaying/format/), English locale, in
 * the order moment tries them: the longest token wins, `[text]` is literal, `\X` escapes one
 * character, and anything that is not a token is kept as it is (as moment keeps it).
 */
const TOKENS = /(\[[^[]*\])|(\\)?(Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
/** Long-date formats of the English locale, expanded before the tokens above. */
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const LOCAL_FORMATS = {
    LT: 'h:mm A',
    LTS: 'h:mm:ss A',
    L: 'MM/DD/YYYY',
    LL: 'MMMM D, YYYY',
    LLL: 'MMMM D, YYYY h:mm A',
    LLLL: 'dddd, MMMM D, YYYY h:mm A',
    l: 'M/D/YYYY',
    ll: 'MMM D, YYYY',
    lll: 'MMM D, YYYY h:mm A',
    llll: 'ddd, MMM D, YYYY h:mm A',
};
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function formatterFor(timeZone, where) {
    try {
        return new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            timeZoneName: 'short',
        });
    }
    catch {
        throw new errors/* ConfigError */.xL(`${where}: expected an IANA time zone such as "Europe/Paris", got "${timeZone}"`);
    }
}
function partsIn(date, timeZone, where) {
    const parts = formatterFor(timeZone, where).formatToParts(date);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour') % 24,
        minute: get('minute'),
        second: get('second'),
    };
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    const offset = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
    return {
        ...wall,
        ms: date.getUTCMilliseconds(),
        offset,
        zoneName: parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC',
    };
}
const pad = (n, width = 2) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
function ordinal(n) {
    const tens = Math.floor((n % 100) / 10);
    const last = n % 10;
    const suffix = tens === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}
const DAY_MS = 86_400_000;
/** The week of the year and its week-year, weeks starting on `dow`, week 1 holding Jan `7 + dow - doy` (moment's rule). */
function weekOf(year, month, day, dow, doy) {
    const firstWeekOffset = (y) => {
        const fwd = 7 + dow - doy;
        const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1;
    };
    const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS + 1;
    const weeksInYear = (y) => {
        const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY_MS;
        return (days - firstWeekOffset(y) + firstWeekOffset(y + 1)) / 7;
    };
    const week = Math.floor((dayOfYear - firstWeekOffset(year) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(year - 1), year: year - 1 };
    if (week > weeksInYear(year))
        return { week: week - weeksInYear(year), year: year + 1 };
    return { week, year };
}
function zone(offset, separator) {
    const abs = Math.abs(offset);
    return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}
function tokenValue(token, p, date) {
    const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1;
    const h12 = p.hour % 12 || 12;
    const locale = () => weekOf(p.year, p.month, p.day, 0, 6);
    const iso = () => weekOf(p.year, p.month, p.day, 1, 4);
    const quarter = Math.ceil(p.month / 3);
    if (/^S{1,9}$/.test(token)) {
        const digits = String(p.ms).padStart(3, '0').padEnd(9, '0');
        return digits.slice(0, token.length);
    }
    switch (token) {
        case 'M':
            return String(p.month);
        case 'Mo':
            return ordinal(p.month);
        case 'MM':
            return pad(p.month);
        case 'MMM':
            return MONTHS[p.month - 1].slice(0, 3);
        case 'MMMM':
            return MONTHS[p.month - 1];
        case 'Q':
            return String(quarter);
        case 'Qo':
            return ordinal(quarter);
        case 'D':
            return String(p.day);
        case 'Do':
            return ordinal(p.day);
        case 'DD':
            return pad(p.day);
        case 'DDD':
            return String(dayOfYear);
        case 'DDDo':
            return ordinal(dayOfYear);
        case 'DDDD':
            return pad(dayOfYear, 3);
        case 'd':
        case 'e':
            return String(weekday);
        case 'do':
            return ordinal(weekday);
        case 'dd':
            return WEEKDAYS[weekday].slice(0, 2);
        case 'ddd':
            return WEEKDAYS[weekday].slice(0, 3);
        case 'dddd':
            return WEEKDAYS[weekday];
        case 'E':
            return String(weekday || 7);
        case 'w':
            return String(locale().week);
        case 'wo':
            return ordinal(locale().week);
        case 'ww':
            return pad(locale().week);
        case 'W':
            return String(iso().week);
        case 'Wo':
            return ordinal(iso().week);
        case 'WW':
            return pad(iso().week);
        case 'Y':
            return p.year <= 9999 ? pad(p.year, 4) : `+${p.year}`;
        case 'YY':
            return pad(p.year % 100);
        case 'YYYY':
            return pad(p.year, 4);
        case 'YYYYY':
            return pad(p.year, 5);
        case 'YYYYYY':
            return `${p.year < 0 ? '-' : '+'}${String(Math.abs(p.year)).padStart(6, '0')}`;
        case 'y':
            return String(p.year);
        case 'yo':
            return ordinal(p.year);
        case 'yy':
            // moment pads the era year to two digits at least, it never cuts it (unlike YY).
            return pad(p.year, 2);
        case 'yyy':
            return pad(p.year, 3);
        case 'yyyy':
            return pad(p.year, 4);
        case 'N':
        case 'NN':
        case 'NNN':
        case 'NNNNN':
            return 'AD';
        case 'NNNN':
            return 'Anno Domini';
        case 'gg':
            return pad(locale().year % 100);
        case 'gggg':
            return pad(locale().year, 4);
        case 'ggggg':
            return pad(locale().year, 5);
        case 'GG':
            return pad(iso().year % 100);
        case 'GGGG':
            return pad(iso().year, 4);
        case 'GGGGG':
            return pad(iso().year, 5);
        case 'A':
            return p.hour < 12 ? 'AM' : 'PM';
        case 'a':
            return p.hour < 12 ? 'am' : 'pm';
        case 'H':
            return String(p.hour);
        case 'HH':
            return pad(p.hour);
        case 'h':
            return String(h12);
        case 'hh':
            return pad(h12);
        case 'k':
            return String(p.hour || 24);
        case 'kk':
            return pad(p.hour || 24);
        case 'm':
            return String(p.minute);
        case 'mm':
            return pad(p.minute);
        case 's':
            return String(p.second);
        case 'ss':
            return pad(p.second);
        case 'X':
            return String(Math.floor(date.getTime() / 1000));
        case 'x':
            return String(date.getTime());
        case 'z':
        case 'zz':
            return p.zoneName;
        case 'Z':
            return zone(p.offset, ':');
        case 'ZZ':
            return zone(p.offset, '');
    }
    return undefined;
}
function expandLocal(format) {
    let text = format;
    // moment expands nested long-date formats up to five times.
    for (let i = 0; i < 5 && LOCAL_TOKENS.test(text); i++) {
        LOCAL_TOKENS.lastIndex = 0;
        text = text.replace(LOCAL_TOKENS, (whole, literal, escaped, token) => literal !== undefined || escaped ? whole : (LOCAL_FORMATS[token] ?? whole));
    }
    LOCAL_TOKENS.lastIndex = 0;
    return text;
}
/**
 * Formats a date the way moment-timezone's `moment(date).tz(zone).format(format)` does (English
 * locale): every display token, `[literal]` text and `\`-escapes; an empty format is moment's default
 * (`YYYY-MM-DDTHH:mm:ssZ`, with `Z` as a literal in UTC). Time zones come from Intl: `z` is Intl's
 * short zone name, which can differ from the tz database's abbreviation that moment-timezone prints.
 */
function formatDate(date, format, timeZone = 'UTC', where = 'date') {
    const p = partsIn(date, timeZone, where);
    const text = format || (p.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
    return expandLocal(text).replace(TOKENS, (whole, literal, escaped, token) => {
        if (literal !== undefined)
            return literal.slice(1, -1);
        if (escaped)
            return token;
        return tokenValue(token, p, date) ?? whole;
    });
}

;// CONCATENATED MODULE: ./packages/image/src/template.ts



const EXPRESSION = /\{\{\s*([^}]*?)\s*\}\}/g;
// An unquoted format is a Handlebars path, undefined at render: moment's default format, as metadata-action gives.
const DATE_CALL = /^(date|commit_date)\s+(?:'([^']*)'|"([^"]*)"|[^\s'"=]+)(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/;
/** The short commit: DOCKER_METADATA_SHORT_SHA_LENGTH characters (7 by default), the whole sha when that is longer. */
const shortSha = (sha, length = 7) => sha.slice(0, length);
/**
 * Renders docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='Zone'}}, {{commit_date …}})
 * plus rule-specific variables such as {{version}}. An unknown expression is a ConfigError naming
 * `where` (metadata-action's Handlebars renders it empty: a typo would silently drop a tag).
 */
function renderTemplate(text, ctx, where, vars = {}, shortShaLength = 7) {
    return text.replace(EXPRESSION, (_whole, expression) => {
        if (Object.hasOwn(vars, expression))
            return vars[expression];
        switch (expression) {
            case 'branch':
                return branchOf(ctx) ?? '';
            case 'tag':
                return tagOf(ctx) ?? '';
            case 'sha':
                return shortSha(commitOf(ctx), shortShaLength);
            case 'base_ref':
                return baseRefOf(ctx);
            case 'is_default_branch':
                return String(isDefaultBranch(ctx));
            case 'is_not_default_branch':
                return String(!isDefaultBranch(ctx));
        }
        const call = DATE_CALL.exec(expression);
        if (call) {
            const date = call[1] === 'commit_date' ? (ctx.commitDate ?? ctx.now) : ctx.now;
            return formatDate(date, call[2] ?? call[3] ?? '', call[4] || call[5] || 'UTC', where);
        }
        const known = [
            'branch',
            'tag',
            'sha',
            'base_ref',
            'is_default_branch',
            'is_not_default_branch',
            "date 'FORMAT'",
            "commit_date 'FORMAT'",
            ...Object.keys(vars),
        ];
        throw new errors/* ConfigError */.xL(`${where}: expected an expression among {{${known.join('}}, {{')}}}, got "{{${expression}}}"`);
    });
}
/** The `labels` and `annotations` inputs take the global expressions too, as metadata-action's do. */
function renderValues(values, ctx, where, shortShaLength = 7) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, renderTemplate(value, ctx, where, {}, shortShaLength)]));
}

;// CONCATENATED MODULE: ./packages/image/src/compute-tags.ts






/** A pattern that is exactly `{{raw}}`: the only pattern a pre-release keeps (metadata-action's rule). */
const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/;
/** The version text of a semver or pep440 rule: its value= or the tag, through match= (group 1), "/" as "-". */
function versionText(rule, ctx, notes, shortLength) {
    const a = rule.attrs;
    if (!a['value'] && !tagOf(ctx))
        return undefined;
    let text = a['value'] ? renderTemplate(a['value'], ctx, rule.where, {}, shortLength) : tagOf(ctx);
    if (a['match']) {
        // A plain regular expression here (no /source/flags form), as metadata-action reads match=.
        const m = text.match(new RegExp(a['match']));
        if (m?.[1] !== undefined)
            text = m[1];
        else
            notes.push(`${rule.where}: match=${a['match']} does not match "${text}", the whole value is used`);
    }
    return text.replace(/\//g, '-');
}
function produce(rule, ctx, notes, shortLength) {
    const a = rule.attrs;
    const render = (text, vars = {}) => renderTemplate(text, ctx, rule.where, vars, shortLength);
    switch (rule.type) {
        case 'schedule':
            return /schedule/.test(ctx.eventName) ? { value: render(a['pattern'] ?? 'nightly'), latest: false } : undefined;
        case 'semver': {
            const raw = versionText(rule, ctx, notes, shortLength);
            if (raw === undefined)
                return undefined;
            const v = (0,src_version/* parseSemver */.kf)(raw);
            if (!v) {
                notes.push(`${rule.where}: "${raw}" is not a semantic version, no tag from this rule`);
                return undefined;
            }
            const version = (0,src_version/* semverVersion */.fC)(v);
            const pattern = a['pattern'];
            // Pre-releases only ever get the full version (or the raw tag when the pattern is exactly {{raw}}).
            const effective = v.prerelease && !RAW_ONLY.test(pattern.trim()) ? '{{version}}' : pattern;
            const vars = { raw, version, major: String(v.major), minor: String(v.minor), patch: String(v.patch) };
            return { value: render(effective, vars), latest: !v.prerelease };
        }
        case 'pep440': {
            const raw = versionText(rule, ctx, notes, shortLength);
            if (raw === undefined)
                return undefined;
            const v = parsePep440(raw);
            if (!v) {
                notes.push(`${rule.where}: "${raw}" does not conform to PEP 440, no tag from this rule`);
                return undefined;
            }
            const version = pep440Version(v);
            const pattern = a['pattern'];
            if (!isPep440Final(v))
                return { value: RAW_ONLY.test(pattern.trim()) ? raw : version, latest: false };
            const [major = 0, minor = 0, patch = 0] = v.release;
            const vars = { raw, version, major: String(major), minor: String(minor), patch: String(patch) };
            return { value: render(pattern, vars), latest: true };
        }
        case 'match': {
            if (!a['value'] && !tagOf(ctx))
                return undefined;
            const raw = a['value'] ? render(a['value']) : tagOf(ctx);
            // String#match, as metadata-action: with the g flag the "groups" are the successive matches.
            const m = raw.match(ruleRegExp(a['pattern']));
            if (!m) {
                notes.push(`${rule.where}: "${raw}" does not match ${a['pattern']}, no tag from this rule`);
                return undefined;
            }
            const value = m[Number(a['group'] ?? 0)];
            if (value === undefined) {
                notes.push(`${rule.where}: group ${a['group'] ?? 0} of ${a['pattern']} is not in "${raw}", no tag from this rule`);
                return undefined;
            }
            return { value, latest: true };
        }
        case 'edge': {
            const branch = branchOf(ctx);
            return branch !== undefined && branch === (a['branch'] || ctx.defaultBranch)
                ? { value: 'edge', latest: false }
                : undefined;
        }
        case 'ref': {
            if (a['event'] === 'branch') {
                const branch = branchOf(ctx);
                return branch !== undefined ? { value: branch, latest: false } : undefined;
            }
            if (a['event'] === 'tag') {
                const tag = tagOf(ctx);
                return tag !== undefined ? { value: tag, latest: true } : undefined;
            }
            const number = prOfRef(ctx);
            return number !== undefined ? { value: number, latest: false } : undefined;
        }
        case 'raw':
            return { value: render(a['value']), latest: false };
        case 'sha': {
            const sha = commitOf(ctx);
            if (!sha)
                return undefined;
            return { value: a['format'] === 'long' ? sha : shortSha(sha, shortLength), latest: false };
        }
    }
}
function enabled(rule, ctx, shortLength) {
    const text = rule.attrs['enable'];
    if (text === undefined)
        return true;
    const value = renderTemplate(text, ctx, rule.where, {}, shortLength).trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* ConfigError */.xL(`${rule.where}: expected enable=true or enable=false (after expressions), got "${text}"`);
}
/**
 * Tags from the rules for this event, with docker/metadata-action's semantics: rules in priority
 * order (stable); each rule's value gets its own prefix/suffix (or its type's default, pr- and sha-)
 * else the flavor's; a value that is empty after that is skipped; the first rule that produces a tag
 * decides `latest=auto` (a tag ref, a final semver or PEP 440 version, a match: yes; anything else:
 * no); latest=true adds latest whenever a tag is produced. Every tag is sanitised and checked.
 */
function computeTags(rules, flavor, ctx, options = {}) {
    const shortLength = options.shortShaLength ?? 7;
    const notes = [];
    const ordered = rules.map((rule, order) => ({ rule, order }));
    ordered.sort((x, y) => y.rule.priority - x.rule.priority || x.order - y.order);
    const tags = [];
    let latest;
    for (const { rule } of ordered) {
        if (!enabled(rule, ctx, shortLength))
            continue;
        const produced = produce(rule, ctx, notes, shortLength);
        if (!produced)
            continue;
        const render = (text) => renderTemplate(text, ctx, rule.where, {}, shortLength);
        const prefix = Object.hasOwn(rule.attrs, 'prefix') ? render(rule.attrs['prefix'] ?? '') : render(flavor.prefix);
        const suffix = Object.hasOwn(rule.attrs, 'suffix') ? render(rule.attrs['suffix'] ?? '') : render(flavor.suffix);
        const full = `${prefix}${produced.value}${suffix}`;
        if (!full)
            continue;
        const tag = (0,tag_name/* checkTag */.Bs)((0,tag_name/* sanitizeTag */.iP)(full), rule.where);
        if (!tags.includes(tag))
            tags.push(tag);
        latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true';
    }
    if (latest) {
        const where = `Input 'flavor'`;
        const name = `${flavor.prefixOnLatest ? renderTemplate(flavor.prefix, ctx, where) : ''}latest${flavor.suffixOnLatest ? renderTemplate(flavor.suffix, ctx, where) : ''}`;
        const tag = (0,tag_name/* checkTag */.Bs)((0,tag_name/* sanitizeTag */.iP)(name), where);
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return { tags, version: tags[0] ?? '', latest: latest ?? false, notes };
}

;// CONCATENATED MODULE: ./packages/image/src/oci-labels.ts

/**
 * OCI image labels (and the same as manifest annotations) from the repository and the event:
 * source, revision, created, version, title, url, description and licenses when known. User
 * labels come last and win.
 */
function ociLabels(ctx, version, user = {}) {
    const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
    const title = ctx.repository.split('/').pop() ?? '';
    const labels = {};
    const put = (key, value) => {
        if (value)
            labels[`org.opencontainers.image.${key}`] = value;
    };
    put('title', title);
    put('description', ctx.description);
    put('url', url);
    put('source', url);
    put('version', version);
    put('created', ctx.now.toISOString());
    put('revision', commitOf(ctx));
    put('licenses', ctx.license);
    return { ...labels, ...user };
}
/** `key=value` lines, the form the `labels` output and builders take. */
function labelLines(labels) {
    return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

// EXTERNAL MODULE: ./packages/image/src/registry-client.ts + 1 modules
var registry_client = __webpack_require__(3604);
// EXTERNAL MODULE: ./packages/image/src/registry-errors.ts
var registry_errors = __webpack_require__(9044);
// EXTERNAL MODULE: ./packages/kit/src/http/network-error.ts
var network_error = __webpack_require__(1768);
// EXTERNAL MODULE: ./packages/image/src/docker-config.ts
var docker_config = __webpack_require__(4236);
;// CONCATENATED MODULE: ./packages/image/src/builders/common-args.ts
/** Flags docker, buildx and buildah spell alike: file, tags, labels, build args, target. */
function commonArgs(req) {
    const args = ['--file', req.file];
    for (const tag of req.tags)
        args.push('--tag', tag);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const [k, v] of Object.entries(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    if (req.target)
        args.push('--target', req.target);
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildx-args.ts

/** `docker buildx build …`: one command builds, and with push=true pushes every tag. */
function buildxArgs(req) {
    const args = ['buildx', 'build', ...commonArgs(req)];
    const levels = req.annotationLevels?.filter((l) => l !== 'manifest').length ? req.annotationLevels : [''];
    for (const level of levels)
        for (const [k, v] of Object.entries(req.annotations))
            args.push('--annotation', `${level ? `${level}:` : ''}${k}=${v}`);
    for (const s of req.secrets)
        args.push('--secret', `id=${s.id},src=${s.file}`);
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    for (const c of req.cacheTo)
        args.push('--cache-to', c);
    if (req.provenance !== undefined)
        args.push(`--provenance=${req.provenance}`);
    if (req.sbom !== undefined)
        args.push(`--sbom=${req.sbom}`);
    args.push('--iidfile', req.iidFile, '--metadata-file', req.metadataFile);
    if (req.push)
        args.push('--push');
    if (req.load)
        args.push('--load');
    args.push(req.context);
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/docker-args.ts

/**
 * `docker build …` with the classic builder (no BuildKit): no secrets, annotations or cache export.
 * With `labelledFile` (a copy of the Dockerfile ending in one LABEL line, see label-dockerfile.ts)
 * that file is built instead and no --label flag is passed: the classic builder adds one step per
 * --label flag. The context stays the user's.
 */
function dockerBuildArgs(req, labelledFile) {
    const args = ['build', ...commonArgs(labelledFile ? { ...req, file: labelledFile, labels: {} } : req)];
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    for (const c of req.cacheFrom)
        args.push('--cache-from', c);
    args.push('--iidfile', req.iidFile, req.context);
    return args;
}
function dockerPushArgs(ref) {
    return ['push', ref];
}

;// CONCATENATED MODULE: ./packages/image/src/builders/label-dockerfile.ts
/**
 * The classic docker builder (DOCKER_BUILDKIT=0) appends one LABEL step per `--label` flag, and
 * each step commits an intermediate container (about a second each on a vfs storage driver).
 * Appending ONE `LABEL "k1"="v1" "k2"="v2" …` line to a copy of the Dockerfile gives the same
 * labels in one step.
 */
const LINE_BREAK = /[\r\n]/;
/**
 * Whether the labels can go into one appended LABEL line. Not with a `target`: a line appended at
 * the end lands in the last stage, not necessarily the target stage, so --label flags stay. Not
 * with a line break in a key or value (user labels are refused in the inputs; a generated one such
 * as the repository description falls back to --label flags): Dockerfile syntax cannot hold one.
 */
function canAppendLabels(req) {
    const entries = Object.entries(req.labels);
    return !req.target && entries.length > 0 && !entries.some(([k, v]) => LINE_BREAK.test(k) || LINE_BREAK.test(v));
}
/** The escape character the Dockerfile's `# escape=` parser directive sets, else a backslash. */
function dockerfileEscape(text) {
    for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
        // Parser directives come first; the first other line (comment, blank, instruction) ends them.
        const m = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            return m[2];
    }
    return '\\';
}
/** `LABEL "k1"="v1" …`: keys and values quoted, the escape character, `"` and `$` escaped. */
function labelInstruction(labels, escape = '\\') {
    // In double quotes the escape character escapes `"`, `$` and itself; anything else stays literal.
    const special = new Set([escape, '"', '$']);
    const quote = (s) => `"${s.replace(/[\\`"$]/g, (c) => (special.has(c) ? escape + c : c))}"`;
    return `LABEL ${Object.entries(labels)
        .map(([k, v]) => `${quote(k)}=${quote(v)}`)
        .join(' ')}`;
}
/** The user's Dockerfile, unchanged, with one LABEL line appended after a line break of its own. */
function appendLabelLine(original, labels) {
    const text = original.toString('utf8');
    const separator = original.length && !text.endsWith('\n') ? '\n' : '';
    const line = `${separator}${labelInstruction(labels, dockerfileEscape(text))}\n`;
    return Buffer.concat([original, Buffer.from(line, 'utf8')]);
}

// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-cache.ts


const EXPECTED = 'with builder buildah a registry cache repository without a tag, as type=registry,ref=ghcr.io/acme/shop-cache[,mode=max] or ghcr.io/acme/shop-cache (buildah tags each cached step itself; other cache types need buildx)';
/**
 * buildx's cache spec (docker/build-push-action's `cache-from`/`cache-to` lines) in buildah's
 * form: `type=registry,ref=X[,mode=min|max]`, or buildx's shorthand `X`, becomes the bare
 * repository `X` that `buildah build --cache-from/--cache-to` takes. buildah pushes every step
 * (what buildx calls mode=max), so mode is accepted and changes nothing. Anything else (a local
 * or gha cache, a tag in the ref, another attribute) is a ConfigError naming the input.
 */
function buildahCacheRepository(input, spec) {
    const refuse = () => (0,input_error/* inputError */.X)(input, EXPECTED, spec);
    let ref = spec;
    if (spec.includes('=')) {
        const fields = {};
        for (const field of spec.split(',')) {
            const eq = field.indexOf('=');
            const key = field.slice(0, Math.max(eq, 0)).trim();
            if (!key || Object.hasOwn(fields, key))
                throw refuse();
            fields[key] = field.slice(eq + 1).trim();
        }
        const { type, ref: named, mode = 'max', ...rest } = fields;
        if (type !== 'registry' || !named || !['min', 'max'].includes(mode) || Object.keys(rest).length)
            throw refuse();
        ref = named;
    }
    const parsed = (0,image_ref/* parseImageRef */.Q)(ref, `Input '${input}'`);
    if (parsed.tag !== undefined || parsed.digest !== undefined)
        throw refuse();
    return parsed.name;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-args.ts


/** `buildah build …` (daemonless; the image lands in containers-storage). */
function buildahBuildArgs(req) {
    const args = ['build', ...commonArgs(req)];
    for (const [k, v] of Object.entries(req.annotations))
        args.push('--annotation', `${k}=${v}`);
    for (const s of req.secrets)
        args.push('--secret', `id=${s.id},src=${s.file}`);
    if (req.platforms.length)
        args.push('--platform', req.platforms.join(','));
    if (req.cacheFrom.length || req.cacheTo.length)
        args.push('--layers');
    // buildx's `type=registry,ref=X` lines, as buildah takes them: the bare repository X.
    for (const c of req.cacheFrom)
        args.push('--cache-from', buildahCacheRepository('cache-from', c));
    for (const c of req.cacheTo)
        args.push('--cache-to', buildahCacheRepository('cache-to', c));
    args.push('--iidfile', req.iidFile, req.context);
    return args;
}
/** `buildah push` of a local image to `docker://ref`, the manifest digest written to a file. */
function buildahPushArgs(ref, digestFile) {
    return ['push', '--digestfile', digestFile, ref, `docker://${ref}`];
}

;// CONCATENATED MODULE: ./packages/image/src/builders/select-builder.ts


async function works(exec, file, args, env) {
    try {
        const result = await exec(file, args, { env, ignoreExitCode: true, timeoutMs: 30_000 });
        return result.exitCode === 0;
    }
    catch {
        return false;
    }
}
const PROBES = {
    buildx: ['docker', ['buildx', 'version']],
    docker: ['docker', ['version', '--format', '{{.Server.Version}}']],
    buildah: ['buildah', ['--version']],
};
/**
 * `auto` picks buildx where present (GitHub-hosted runners), else the docker engine, else buildah.
 * A named builder must be there; an error says what was probed.
 */
async function selectBuilder(choice, exec, env) {
    const order = choice === 'auto' ? ['buildx', 'docker', 'buildah'] : [choice];
    for (const kind of order) {
        const [file, args] = PROBES[kind];
        if (await works(exec, file, args, env))
            return kind;
    }
    const tried = order.map((k) => `${PROBES[k][0]} ${PROBES[k][1].join(' ')}`).join(', ');
    throw new errors/* ConfigError */.xL(`Input 'builder': expected ${choice === 'auto' ? 'one of buildx, docker or buildah' : choice} to be available on the runner (tried: ${tried})`);
}
/** What the chosen builder cannot do is a ConfigError naming the input, before anything is built. */
function checkBuilderSupport(kind, req) {
    const no = (input, what) => {
        throw new errors/* ConfigError */.xL(`Input '${input}': ${what} needs builder buildx${input === 'secrets' || input === 'cache-to' ? ' or buildah' : ''} (the ${kind} builder was selected)`);
    };
    if (kind === 'buildx')
        return;
    if (req.provenance !== undefined)
        no('provenance', 'a provenance attestation');
    if (req.sbom !== undefined)
        no('sbom', 'an SBOM attestation');
    if (req.platforms.length > 1)
        no('platforms', 'a multi-platform build');
    const levels = req.annotationLevels?.filter((l) => l !== 'manifest') ?? [];
    if (levels.length)
        throw new errors/* ConfigError */.xL(`DOCKER_METADATA_ANNOTATIONS_LEVELS: ${levels.join(', ')} annotations need builder buildx (the ${kind} builder was selected)`);
    if (kind === 'docker') {
        if (req.secrets.length)
            no('secrets', 'a build secret');
        if (req.cacheTo.length)
            no('cache-to', 'a cache export');
    }
    if (kind === 'buildah') {
        if (req.load)
            throw new errors/* ConfigError */.xL(`Input 'load': loading into the docker engine needs builder buildx or docker (buildah was selected)`);
        for (const c of req.cacheFrom)
            buildahCacheRepository('cache-from', c);
        for (const c of req.cacheTo)
            buildahCacheRepository('cache-to', c);
    }
}

// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var src_exec = __webpack_require__(2783);
;// CONCATENATED MODULE: ./packages/image/src/push-with-retry.ts


/**
 * Runs one push (a tool invocation) with bounded, jittered retries on transient failures only:
 * 5xx, 429, connection resets/refusals, timeouts. 401/403 stop at once. Every retry is logged;
 * the final error names the registry, the status and the number of attempts.
 */
async function pushWithRetry(registry, what, run, policy, logger) {
    const now = policy.now ?? Date.now;
    const started = now();
    let attempts = 0;
    try {
        const value = await (0,retry/* retry */.L5)(async (attempt) => {
            attempts = attempt;
            try {
                return await run(attempt, Math.max(1000, policy.deadlineMs - (now() - started)));
            }
            catch (error) {
                throw classify(error, registry, what);
            }
        }, {
            attempts: policy.attempts,
            deadlineMs: policy.deadlineMs,
            baseDelayMs: policy.baseDelayMs,
            maxDelayMs: policy.maxDelayMs,
            random: policy.random,
            sleep: policy.sleep,
            now,
            signal: policy.signal,
            onRetry: ({ attempt, delayMs, error }) => logger.warning(`${what} to ${registry}: attempt ${attempt} of ${policy.attempts} failed (${(0,errors/* errorMessage */.gJ)(error)}); retrying in ${(0,duration/* formatDuration */.a)(delayMs)}`),
        });
        return { value, attempts };
    }
    catch (error) {
        if (error instanceof errors/* TransientError */.N_) {
            const why = attempts >= policy.attempts
                ? `after ${attempts} attempts`
                : `after ${attempts} attempts within the ${(0,duration/* formatDuration */.a)(policy.deadlineMs)} deadline`;
            throw new errors/* TransientError */.N_(`${(0,errors/* errorMessage */.gJ)(error)} (gave up ${why})`, { cause: error });
        }
        throw error;
    }
}
function classify(error, registry, what) {
    if (!(error instanceof src_exec/* ExecError */.c))
        return error;
    const failure = (0,registry_errors/* classifyPushFailure */.hN)(`${error.result.stderr}\n${error.result.stdout}`);
    const status = failure.status ? `HTTP ${failure.status}` : 'error';
    const text = `${what} to ${registry} failed: ${status}: ${failure.reason}`;
    if (failure.status === 401 || failure.status === 403)
        return new errors/* ConfigError */.xL(`${text} (check the credentials for ${registry}: username/password or docker-config)`);
    return failure.transient ? new errors/* TransientError */.N_(text, { cause: error }) : new Error(text, { cause: error });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/image/src/builders/build-then-push.ts

/** One build, then each tag pushed with retries; the first digest a push reports is the tool's. */
function buildThenPush(tool) {
    return {
        env: tool.env,
        async run({ req, images, work, exec, env, logger, policy, signal, now }) {
            await exec(tool.file, tool.buildArgs(req, work), { env, logger, signal });
            const attempts = {};
            let toolDigest = '';
            if (!req.push)
                return { toolDigest, attempts, pushMs: 0 };
            const pushStarted = now();
            for (const ref of req.tags) {
                const registry = images.find((i) => ref.startsWith(`${i.name}:`))?.registry ?? '';
                const { value, attempts: n } = await pushWithRetry(registry, `Push of ${ref}`, 
                // The push gets what is left of the deadline: a hung push must not outlive it.
                (_attempt, remainingMs) => exec(tool.file, tool.pushArgs(ref, work), { env, logger, signal, timeoutMs: remainingMs }), policy, logger);
                attempts[registry] = Math.max(attempts[registry] ?? 0, n);
                const reported = tool.pushedDigest(value, work);
                if (reported && !toolDigest)
                    toolDigest = reported;
            }
            return { toolDigest, attempts, pushMs: now() - pushStarted };
        },
    };
}

;// CONCATENATED MODULE: ./packages/image/src/builders/read-if-exists.ts

/** A file a tool writes (image id, digest), trimmed; "" when the tool wrote none. */
function readIfExists(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8').trim() : '';
}

;// CONCATENATED MODULE: ./packages/image/src/builders/buildah-builder.ts




// buildah writes the pushed manifest's digest to --digestfile; each push overwrites it.
const digestFile = (work) => (0,external_node_path_.join)(work, 'digest');
/** buildah: daemonless, the image built into containers-storage, then pushed to `docker://ref`. */
const buildahBuilder = buildThenPush({
    file: 'buildah',
    env: {},
    buildArgs: (req) => buildahBuildArgs(req),
    pushArgs: (ref, work) => buildahPushArgs(ref, digestFile(work)),
    pushedDigest: (_result, work) => readIfExists(digestFile(work)),
});

;// CONCATENATED MODULE: ./packages/image/src/builders/buildx-builder.ts



/** buildx builds and pushes every tag in one command, so with push the whole command is retried as a push. */
const buildxBuilder = {
    env: {},
    async run({ req, registries, exec, env, logger, policy, signal }) {
        const run = () => exec('docker', buildxArgs(req), { env, logger, signal });
        if (!req.push) {
            await run();
            return { toolDigest: '', attempts: {}, pushMs: 0 };
        }
        const { attempts: n } = await pushWithRetry(registries.join(', '), 'Build and push', run, policy, logger);
        const attempts = Object.fromEntries(registries.map((r) => [r, n]));
        return { toolDigest: buildxDigest(req.metadataFile), attempts, pushMs: 0 };
    },
};
/** containerimage.digest from buildx's --metadata-file; "" when it wrote none. */
function buildxDigest(metadataFile) {
    try {
        const meta = JSON.parse((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
        return typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./packages/image/src/builders/docker-builder.ts





/** The classic docker builder; BuildKit is buildx's kind, so an engine that defaults to it is told not to. */
const dockerBuilder = buildThenPush({
    file: 'docker',
    env: { DOCKER_BUILDKIT: '0' },
    buildArgs: (req, work) => dockerBuildArgs(req, labelledDockerfile(req, work)),
    pushArgs: (ref) => dockerPushArgs(ref),
    // `docker push` prints the manifest digest on its last line: "<tag>: digest: sha256:… size: …".
    pushedDigest: (result) => /digest: (sha256:[a-f0-9]{64})/.exec(result.stdout)?.[1] ?? '',
});
/**
 * A copy of the Dockerfile in the build's private work dir (removed afterwards) ending in one LABEL
 * line with every label; undefined when the labels stay --label flags (a target stage, see canAppendLabels).
 */
function labelledDockerfile(req, work) {
    if (!canAppendLabels(req))
        return undefined;
    const file = (0,external_node_path_.join)(work, 'Dockerfile');
    (0,external_node_fs_.writeFileSync)(file, appendLabelLine((0,external_node_fs_.readFileSync)(req.file), req.labels), { mode: 0o600 });
    return file;
}

;// CONCATENATED MODULE: ./packages/image/src/builders/builder-table.ts



/** The one place a builder kind becomes its strategy. */
const BUILDERS = {
    buildx: buildxBuilder,
    docker: dockerBuilder,
    buildah: buildahBuilder,
};

// EXTERNAL MODULE: ./packages/image/src/signing/find-cosign.ts
var find_cosign = __webpack_require__(7432);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
;// CONCATENATED MODULE: ./packages/image/src/signing/provenance.ts
/** SLSA v1's predicate type, and cosign's --type for it. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (the one its own provenance attestations use). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Reads the run's facts; the ones provenance cannot do without must be there. */
function runFactsFromEnv(env = process.env) {
    const get = (name) => env[name] ?? '';
    const facts = {
        serverUrl: (get('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, ''),
        repository: get('GITHUB_REPOSITORY'),
        workflowRef: get('GITHUB_WORKFLOW_REF'),
        ref: get('GITHUB_REF'),
        sha: get('GITHUB_SHA'),
        eventName: get('GITHUB_EVENT_NAME'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT') || '1',
        runnerEnvironment: get('RUNNER_ENVIRONMENT') || 'github-hosted',
        ...(env['GITHUB_REPOSITORY_ID'] ? { repositoryId: env['GITHUB_REPOSITORY_ID'] } : {}),
        ...(env['GITHUB_REPOSITORY_OWNER_ID'] ? { repositoryOwnerId: env['GITHUB_REPOSITORY_OWNER_ID'] } : {}),
    };
    const missing = [
        ['GITHUB_REPOSITORY', facts.repository],
        ['GITHUB_WORKFLOW_REF', facts.workflowRef],
        ['GITHUB_SHA', facts.sha],
        ['GITHUB_RUN_ID', facts.runId],
    ]
        .filter(([, value]) => !value)
        .map(([name]) => name);
    if (missing.length)
        throw new Error(`SLSA provenance needs the run's ${missing.join(', ')}, which the runner did not set`);
    return facts;
}
/** The builder that ran the build: GitHub's runner of that kind, as GitHub's own provenance names it. */
function builderId(facts) {
    return `${facts.serverUrl}/actions/runner/${facts.runnerEnvironment}`;
}
/**
 * An SLSA v1 provenance predicate (https://slsa.dev/spec/v1.0/provenance) for the image built by
 * this run. cosign wraps it in an in-toto statement whose subject is the signed digest; the
 * digest is also recorded in the byproducts, so the predicate read on its own names the image.
 */
function slsaProvenance(facts, image, times) {
    // owner/name/.github/workflows/ci.yml@refs/heads/main → path .github/workflows/ci.yml, ref refs/heads/main
    const at = facts.workflowRef.lastIndexOf('@');
    const workflowPath = facts.workflowRef.slice(0, at < 0 ? undefined : at).slice(facts.repository.length + 1);
    const workflowRef = at < 0 ? facts.ref : facts.workflowRef.slice(at + 1);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: workflowRef, repository: `${facts.serverUrl}/${facts.repository}`, path: workflowPath },
            },
            internalParameters: {
                github: {
                    event_name: facts.eventName,
                    ...(facts.repositoryId ? { repository_id: facts.repositoryId } : {}),
                    ...(facts.repositoryOwnerId ? { repository_owner_id: facts.repositoryOwnerId } : {}),
                    runner_environment: facts.runnerEnvironment,
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${facts.serverUrl}/${facts.repository}@${facts.ref}`,
                    digest: { gitCommit: facts.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: builderId(facts) },
            metadata: {
                invocationId: `${facts.serverUrl}/${facts.repository}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`,
                startedOn: times.startedOn.toISOString(),
                finishedOn: times.finishedOn.toISOString(),
            },
            byproducts: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
        },
    };
}

;// CONCATENATED MODULE: ./packages/image/src/signing/sign-image.ts






/** syft's output formats build-push attests, and cosign's --type for each. */
const SBOM_FORMATS = { 'spdx-json': 'spdxjson', 'cyclonedx-json': 'cyclonedx' };
/** `syft scan` of the pushed digest in its registry, the SBOM written to `file`; quiet, no update check. */
function syftScanArgs(digestRef, format, file) {
    return ['scan', `registry:${digestRef}`, '--output', `${format}=${file}`, '--quiet'];
}
/** cosign's tag for what it stores about a digest: sha256:abc… → sha256-abc….sig */
function cosignTag(digest, suffix) {
    return `${digest.replace(':', '-')}.${suffix}`;
}
/**
 * Signs the pushed digest in every image's repository and, when asked, attests SLSA provenance;
 * then reads back the digest of what cosign stored. The key is written to a 0600 file in the
 * private work dir (a KMS URI is passed as it is); the password goes in COSIGN_PASSWORD.
 */
async function signImage(images, digest, request, deps) {
    const exec = deps.exec ?? src_exec/* exec */.m;
    const { logger } = deps;
    const { cosign } = deps;
    let key = request.key.trim();
    if (!cosign_args/* KMS_KEY */.cC.test(key)) {
        (0,mask/* maskSecret */.$l)(request.key);
        const file = (0,external_node_path_.join)(deps.workDir, 'cosign.key');
        (0,external_node_fs_.writeFileSync)(file, `${key}\n`, { mode: 0o600 });
        key = file;
    }
    (0,mask/* maskSecret */.$l)(request.password);
    const env = { ...deps.env, COSIGN_PASSWORD: request.password ?? '' };
    const run = (args) => exec(cosign.file, args, { env, logger, signal: deps.signal, timeoutMs: 300_000 });
    const result = { signatures: [], attestations: [], attestationTypes: [], cosignVersion: cosign.version };
    let predicateFile;
    if (request.provenance) {
        if (!request.run)
            throw new Error('provenance requested without the run it describes');
        const first = images[0];
        predicateFile = (0,external_node_path_.join)(deps.workDir, 'provenance.json');
        const predicate = slsaProvenance(request.run, { name: first.name, digest }, { startedOn: deps.startedOn, finishedOn: (deps.now ?? (() => new Date()))() });
        (0,external_node_fs_.writeFileSync)(predicateFile, JSON.stringify(predicate, null, 2), { mode: 0o600 });
        result.attestationTypes.push('slsaprovenance1');
    }
    let sbomFile;
    if (request.sbom) {
        if (!deps.syft)
            throw new Error('an SBOM requested without syft');
        const first = (0,image_ref/* digestRef */.yb)(images[0], digest);
        sbomFile = (0,external_node_path_.join)(deps.workDir, `sbom.${request.sbom}`);
        logger.info(`Writing the ${request.sbom} SBOM of ${first} with syft ${deps.syft.version}`);
        // syft reads the registry login from the same docker config; it never checks for updates here.
        await exec(deps.syft.file, syftScanArgs(first, request.sbom, sbomFile), {
            env: { ...deps.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
            logger,
            signal: deps.signal,
            timeoutMs: 600_000,
        });
        result.attestationTypes.push(SBOM_FORMATS[request.sbom]);
    }
    for (const image of images) {
        const ref = (0,image_ref/* digestRef */.yb)(image, digest);
        logger.info(`Signing ${ref}${predicateFile ? ' and attesting its SLSA provenance' : ''} with cosign ${cosign.version}`);
        await run((0,cosign_args/* cosignSignArgs */.we)(key, ref));
        if (predicateFile)
            await run((0,cosign_args/* cosignAttestArgs */.QS)(key, ref, 'slsaprovenance1', predicateFile));
        if (sbomFile && request.sbom)
            await run((0,cosign_args/* cosignAttestArgs */.QS)(key, ref, SBOM_FORMATS[request.sbom], sbomFile));
        result.signatures.push(await stored(deps, image, cosignTag(digest, 'sig')));
        // cosign keeps every attestation of a digest as a layer of the one sha256-<hex>.att manifest.
        if (predicateFile || sbomFile)
            result.attestations.push(await stored(deps, image, cosignTag(digest, 'att')));
    }
    return result;
}
/** name@sha256:… of the manifest cosign stored under `tag`; it must be there. */
async function stored(deps, image, tag) {
    let found;
    try {
        found = await deps.client(image.registry).headManifest(image.repository, tag);
    }
    catch (error) {
        throw new Error(`cosign stored ${image.name}:${tag}, but it could not be read back: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
    if (!found)
        throw new Error(`cosign reported success, but ${image.name}:${tag} is not in ${image.registry}`);
    return (0,image_ref/* digestRef */.yb)(image, found.digest);
}

;// CONCATENATED MODULE: ./packages/image/src/build-push.ts












/** Images → a build with the chosen builder → pushes with retries → the digest the registry serves. */
async function buildAndPush(opts, deps) {
    const exec = deps.exec ?? src_exec/* exec */.m;
    const now = deps.now ?? (() => performance.now());
    const logger = deps.logger;
    const registries = [...new Set(opts.images.map((i) => i.registry))];
    const refs = opts.images.flatMap((image) => opts.tags.map((tag) => (0,image_ref/* taggedRef */.MK)(image, tag)));
    const loginFor = (registry) => opts.logins.find((l) => l.registry === registry);
    const client = (registry) => deps.registryClient?.(registry, loginFor(registry)) ??
        new registry_client/* RegistryClient */.b(registry, { credentials: loginFor(registry), signal: opts.signal });
    const empty = { refs, registries, buildMs: 0, pushMs: 0, attempts: {}, imageId: '' };
    if (opts.skipIfExists && opts.push) {
        const first = opts.images[0];
        const existing = await client(first.registry).headManifest(first.repository, opts.tags[0]);
        if (existing) {
            logger.info(`${(0,image_ref/* taggedRef */.MK)(first, opts.tags[0])} already exists (${existing.digest}): build skipped`);
            return { ...empty, skipped: true, digest: existing.digest, imageRef: (0,image_ref/* digestRef */.yb)(first, existing.digest) };
        }
    }
    const startedOn = new Date();
    const work = (0,external_node_path_.join)(opts.tempDir, `slipway-build-${globalThis.crypto.randomUUID()}`);
    (0,external_node_fs_.mkdirSync)(work, { recursive: true, mode: 0o700 });
    opts.onSecretDir?.(work);
    let configDir;
    try {
        const env = { ...(deps.env ?? process.env) };
        if (opts.logins.length || opts.dockerConfig || dockerConfigWithoutFile(env)) {
            configDir = (0,docker_config/* writeDockerConfig */._D)(opts.tempDir, opts.logins, opts.dockerConfig ?? existingDockerConfig(env));
            opts.onSecretDir?.(configDir);
            env['DOCKER_CONFIG'] = configDir;
            env['REGISTRY_AUTH_FILE'] = (0,external_node_path_.join)(configDir, 'config.json');
        }
        // cosign is looked for before anything is built or pushed: a missing one changes nothing.
        const cosign = opts.signing ? await (0,find_cosign/* findCosign */.L)(exec, env) : undefined;
        const syft = opts.signing?.sbom ? await (0,find_cosign/* findSyft */.C)(exec, env) : undefined;
        const req = buildRequest(opts, refs, work);
        const kind = await selectBuilder(opts.builder, exec, env);
        checkBuilderSupport(kind, req);
        logger.info(`Builder: ${kind}`);
        const builder = BUILDERS[kind];
        Object.assign(env, builder.env);
        const policy = { ...opts.retry, signal: opts.signal };
        const job = { req, images: opts.images, registries, work, exec, env, logger, policy, signal: opts.signal, now };
        const buildStarted = now();
        const { toolDigest, attempts, pushMs } = await builder.run(job);
        const buildMs = now() - buildStarted - pushMs;
        const imageId = readIfExists(req.iidFile);
        if (!opts.push)
            return { ...empty, skipped: false, builder: kind, digest: '', imageRef: '', imageId, buildMs };
        const digest = await registryDigest(opts.images, opts.tags[0], toolDigest, client, logger);
        const first = opts.images[0];
        let sizeBytes;
        try {
            sizeBytes = await client(first.registry).imageSize(first.repository, digest);
        }
        catch (error) {
            logger.debug(`image size unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const signed = opts.signing && cosign
            ? await signImage(opts.images, digest, opts.signing, {
                ...(deps.exec ? { exec: deps.exec } : {}),
                cosign,
                ...(syft ? { syft } : {}),
                logger,
                env,
                workDir: work,
                client,
                startedOn,
                ...(opts.signal ? { signal: opts.signal } : {}),
            })
            : undefined;
        return {
            skipped: false,
            builder: kind,
            digest,
            imageRef: (0,image_ref/* digestRef */.yb)(first, digest),
            imageId,
            refs,
            registries,
            ...(sizeBytes !== undefined ? { sizeBytes } : {}),
            buildMs,
            pushMs,
            attempts,
            ...(signed ? { signed } : {}),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        if (configDir)
            (0,docker_config/* removeDockerConfig */.nS)(configDir);
    }
}
/** The digest each registry serves for the primary tag; they must agree. */
async function registryDigest(images, tag, toolDigest, client, logger) {
    let digest = '';
    for (const image of images) {
        let served;
        try {
            served = (await client(image.registry).headManifest(image.repository, tag))?.digest;
        }
        catch (error) {
            logger.warning(`Could not read the digest of ${(0,image_ref/* taggedRef */.MK)(image, tag)} back: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        if (!served)
            continue;
        if (digest && served !== digest)
            throw new Error(`${(0,image_ref/* taggedRef */.MK)(image, tag)} is ${served} but ${images[0]?.name}:${tag} is ${digest}: the registries disagree`);
        digest = served;
    }
    if (!digest && !toolDigest)
        throw new Error(`No digest: neither the registry nor the builder reported one for tag ${tag}`);
    if (digest && toolDigest && digest !== toolDigest)
        logger.debug(`builder reported ${toolDigest}, registry serves ${digest}`);
    return digest || toolDigest;
}
function buildRequest(opts, refs, work) {
    const secrets = [];
    for (const [id, value] of Object.entries(opts.secrets)) {
        (0,mask/* maskSecret */.$l)(value);
        const file = (0,external_node_path_.join)(work, `secret-${secrets.length}`);
        (0,external_node_fs_.writeFileSync)(file, value, { mode: 0o600 });
        secrets.push({ id, file });
    }
    for (const [id, file] of Object.entries(opts.secretFiles))
        secrets.push({ id, file });
    return {
        context: opts.context,
        file: opts.file,
        tags: refs,
        labels: opts.labels,
        annotations: opts.annotations,
        ...(opts.annotationLevels ? { annotationLevels: opts.annotationLevels } : {}),
        buildArgs: opts.buildArgs,
        secrets,
        ...(opts.target ? { target: opts.target } : {}),
        platforms: opts.platforms,
        cacheFrom: opts.cacheFrom,
        cacheTo: opts.cacheTo,
        ...(opts.provenance !== undefined ? { provenance: opts.provenance } : {}),
        ...(opts.sbom !== undefined ? { sbom: opts.sbom } : {}),
        push: opts.push,
        load: opts.load,
        iidFile: (0,external_node_path_.join)(work, 'iid'),
        metadataFile: (0,external_node_path_.join)(work, 'metadata.json'),
    };
}
function existingDockerConfig(env) {
    const file = (0,external_node_path_.join)(env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
/**
 * DOCKER_CONFIG names a folder without a config.json, and buildah has no auth file of its own:
 * docker and buildx read that as "no credentials", buildah (containers/common) refuses to push.
 * Our own empty config gives buildah the same reading.
 */
function dockerConfigWithoutFile(env) {
    const dir = env['DOCKER_CONFIG'];
    return Boolean(dir) && !env['REGISTRY_AUTH_FILE'] && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'config.json'));
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
;// CONCATENATED MODULE: ./packages/image/src/build-summary.ts

function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** The job summary: what was built, where it went, how big and how long; never a secret or a build arg. */
function buildPushSummary(result, pushed, bareTags = []) {
    const summary = new runner_summary/* SummaryBuilder */.CF();
    const state = result.skipped
        ? '⏭️ skipped: the image already exists'
        : pushed
            ? '✅ built and pushed'
            : '✅ built (not pushed)';
    summary.heading(`Build and push: ${state}`);
    const rows = [];
    if (result.digest)
        rows.push(['Digest', `\`${result.digest}\``], ['Image', `\`${result.imageRef}\``]);
    if (result.imageId)
        rows.push(['Image id', `\`${result.imageId}\``]);
    if (result.builder)
        rows.push(['Builder', result.builder]);
    if (result.sizeBytes !== undefined)
        rows.push(['Size', formatBytes(result.sizeBytes)]);
    if (!result.skipped)
        rows.push(['Build time', (0,duration/* formatDuration */.a)(result.buildMs)]);
    if (result.pushMs)
        rows.push(['Push time', (0,duration/* formatDuration */.a)(result.pushMs)]);
    if (result.signed) {
        rows.push(['Signed with', `cosign ${result.signed.cosignVersion} (key, no transparency log)`]);
        for (const ref of result.signed.signatures)
            rows.push(['Signature', `\`${ref}\``]);
        for (const ref of result.signed.attestations)
            rows.push([`Attestation (${result.signed.attestationTypes.join(', ')})`, `\`${ref}\``]);
    }
    summary.table(['', ''], rows.map(([k, v]) => [k, { raw: v.replace(/\|/g, '\\|') }]));
    summary.table(['Registry', 'Attempts'], result.registries.map((r) => [r, result.skipped || !pushed ? '–' : String(result.attempts[r] ?? 1)]));
    summary.table(['Tags'], (result.refs.length ? result.refs : bareTags).map((r) => [r]));
    return summary;
}

;// CONCATENATED MODULE: ./packages/image/src/build-outputs.ts

/** Annotations as metadata-action's `annotations` output gives them: `level:key=value`, every level in turn. */
function annotationLines(annotations, levels) {
    return levels.flatMap((level) => labelLines(annotations).map((line) => `${level}:${line}`));
}
/** The step outputs, in the shapes the next actions take (image-ref feeds helm-deploy as it is). */
function buildPushOutputs(result, computed, labels, annotations, annotationLevels = ['manifest']) {
    // With no image enabled the tags are bare, as metadata-action gives them without `images`.
    const tags = result.refs.length ? result.refs : computed.tags;
    const leveled = annotationLines(annotations, annotationLevels);
    return {
        digest: result.digest,
        'image-ref': result.imageRef,
        'image-id': result.imageId,
        version: computed.version,
        tags: tags.join('\n'),
        labels: labelLines(labels).join('\n'),
        annotations: leveled.join('\n'),
        json: { tags, labels, annotations: leveled },
        signatures: (result.signed?.signatures ?? []).join('\n'),
        attestations: (result.signed?.attestations ?? []).join('\n'),
        metadata: {
            version: computed.version,
            tags,
            labels,
            annotations,
            digest: result.digest,
            'image-ref': result.imageRef,
            builder: result.builder ?? null,
            registries: result.registries,
            size: result.sizeBytes ?? null,
            'build-ms': Math.round(result.buildMs),
            skipped: result.skipped,
            signatures: result.signed?.signatures ?? [],
            attestations: result.signed?.attestations ?? [],
        },
    };
}

;// CONCATENATED MODULE: ./packages/image/src/build-push-stage.ts









/**
 * The build-push stage: the run's tags, labels and annotations computed from its event (and
 * docker/metadata-action's DOCKER_METADATA_* switches), then the images built and pushed; the
 * step's outputs and summary. A run whose rules give no tag is a ConfigError before anything is built.
 */
async function buildPushStage(request, options) {
    const { logger, ...step } = options;
    const switches = readMetadataEnv();
    for (const note of request.notes)
        logger.info(note);
    const ctx = { ...contextFromEnv(), usePrHeadSha: switches.prHeadSha };
    const computed = computeTags(request.rules, request.flavor, ctx, { shortShaLength: switches.shortShaLength });
    for (const note of computed.notes)
        logger.info(note);
    if (!computed.tags.length)
        throw new errors/* ConfigError */.xL(`Input 'tags': expected a rule that applies to this event (${ctx.eventName || 'no event'} on ${ctx.ref || 'no ref'}), got no tag; add one such as "type=sha"`);
    const length = switches.shortShaLength;
    const labels = ociLabels(ctx, computed.version, renderValues(request.labels, ctx, `Input 'labels'`, length));
    const annotations = {
        ...ociLabels(ctx, computed.version),
        ...renderValues(request.annotations, ctx, `Input 'annotations'`, length),
    };
    const retry = {
        attempts: request.retryAttempts,
        deadlineMs: request.retryDeadlineMs,
        baseDelayMs: request.retryDelayMs,
        maxDelayMs: 30_000,
    };
    const { annotationLevels } = switches;
    const result = await logger.group(`Build and push ${request.images.map((i) => i.name).join(', ')}`, () => buildAndPush({ ...request, ...step, tags: computed.tags, labels, annotations, annotationLevels, retry }, { logger }));
    return {
        outputs: buildPushOutputs(result, computed, labels, annotations, annotationLevels),
        /** DOCKER_METADATA_SET_OUTPUT_ENV: each output exported as DOCKER_METADATA_OUTPUT_<NAME> too. */
        outputEnv: switches.setOutputEnv,
        // No image enabled: the summary lists the bare tags the outputs carry.
        summary: buildPushSummary(result, request.push, computed.tags),
    };
}

// EXTERNAL MODULE: ./packages/image/src/signing/tool-pins.ts
var tool_pins = __webpack_require__(5168);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-image.ts
var verify_image = __webpack_require__(7224);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-inputs.ts
var verify_inputs = __webpack_require__(5032);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts
var verify_deploy = __webpack_require__(4878);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-inputs.ts
var cosign_inputs = __webpack_require__(7022);
// EXTERNAL MODULE: ./packages/image/src/signing/install-cosign.ts
var install_cosign = __webpack_require__(8608);
// EXTERNAL MODULE: ./packages/image/src/signing/runner-cosign.ts
var runner_cosign = __webpack_require__(3199);
;// CONCATENATED MODULE: ./packages/image/src/index.ts






































/***/ }),

/***/ 2783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ExecError),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8574);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);



class ExecError extends Error {
    result;
    name = 'ExecError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
const KILL_GRACE_MS = 5000;
/**
 * Runs a program with an argv array: never a shell, so nothing a user wrote is interpreted.
 * Streams output to the logger, captures it, enforces a timeout, and kills the child (SIGTERM,
 * then SIGKILL) when the signal aborts.
 */
async function exec(file, args, options = {}) {
    // Loaded on first use: actions that fail on their inputs never pay for it.
    const { signal, timeoutMs, logger } = options;
    const limit = options.maxCaptureBytes ?? 16 * 1024 * 1024;
    const command = [file, ...args].join(' ');
    if (signal?.aborted)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc(`Not started, cancelled: ${file}`);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = capture(limit, logger && options.logStdout !== false ? (l) => logger.info(l) : undefined);
        const err = capture(limit, logger ? (l) => logger.info(l) : undefined);
        child.stdout.on('data', out.push);
        child.stderr.on('data', err.push);
        let stopReason;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
        };
        const onAbort = () => stop(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc(`Cancelled: ${command}`));
        signal?.addEventListener('abort', onAbort, { once: true });
        const timer = timeoutMs
            ? setTimeout(() => stop(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(`Timed out after ${timeoutMs}ms: ${command}`)), timeoutMs)
            : undefined;
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        child.on('error', (error) => {
            cleanup();
            const what = error.code === 'ENOENT' ? `Program not found: ${file}` : `Could not run ${file}: ${error.message}`;
            reject(new ExecError(what, { exitCode: -1, stdout: '', stderr: '' }));
        });
        child.on('close', (code, killedBy) => {
            cleanup();
            out.flush();
            err.flush();
            const result = { exitCode: code ?? -1, stdout: out.text(), stderr: err.text() };
            if (stopReason)
                return reject(stopReason);
            if (result.exitCode !== 0 && !options.ignoreExitCode) {
                const why = killedBy ? `was killed by ${killedBy}` : `exited with code ${result.exitCode}`;
                const tail = lastLine(result.stderr) || lastLine(result.stdout);
                return reject(new ExecError(`${file} ${why}${tail ? `: ${tail}` : ''}`, result));
            }
            resolve(result);
        });
        function cleanup() {
            if (timer)
                clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    });
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    return (lines[lines.length - 1] ?? '').slice(0, 500);
}
/** Keeps up to `limit` bytes and hands complete lines to `onLine` as they arrive. */
function capture(limit, onLine) {
    const chunks = [];
    let size = 0;
    let partial = '';
    // A multi-byte character may be split across chunks; the decoder holds its first bytes.
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    return {
        push(chunk) {
            if (size < limit) {
                chunks.push(chunk.subarray(0, limit - size));
                size += Math.min(chunk.length, limit - size);
            }
            if (!onLine)
                return;
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                onLine(line.replace(/\r$/, ''));
        },
        flush() {
            if (onLine)
                partial += decoder.end();
            if (onLine && partial)
                onLine(partial);
            partial = '';
        },
        text: () => Buffer.concat(chunks).toString('utf8'),
    };
}


/***/ })

};
