export const id = 171;
export const ids = [171];
export const modules = {

/***/ 4171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  composeMessage: () => (/* reexport */ composeMessage),
  deliverNotification: () => (/* reexport */ deliverNotification),
  readGithubContext: () => (/* reexport */ readGithubContext)
});

// UNUSED EXPORTS: HEADLINES, SLACK_LIMITS, STATUSES, STATUS_WORDS, SlackError, SlackTransientError, builtinMessage, callWebApi, checkPayloadShape, customMessage, escapeMrkdwn, fetchPost, fillPlaceholders, firstLine, fitToLimits, isFailureStatus, judgeNotification, mentionText, mentionsFor, mrkdwnLink, normalizeStatus, notSentLine, notifySummary, placeholderValues, postToWebhook, sendNotification, sentLine, truncateText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/notify/src/mrkdwn.ts
/**
 * Slack's mrkdwn gives meaning to three characters only: `&`, `<` and `>`. Escaping them makes
 * any text inert: `<!channel>` cannot mention, `<http://x|y>` cannot become a link.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A URL made safe to sit inside `<…|label>`: the characters that would end the link are encoded. */
function linkTarget(url) {
    return url.replace(/&/g, '&amp;').replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
}
/** `<url|label>` with the label escaped; just the escaped label when there is no URL. */
function mrkdwnLink(url, label) {
    const text = escapeMrkdwn(label);
    return url ? `<${linkTarget(url)}|${text}>` : text;
}
/** The first non-empty line, trimmed. */
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find(Boolean) ?? '');
}
const ELLIPSIS = '…';
/**
 * Cuts text to at most `max` characters (UTF-16 units, as Slack counts), ending with a visible
 * "…". Never splits a surrogate pair, an `&amp;`-style entity or a `<…>` link or mention.
 */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - ELLIPSIS.length);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    const amp = text.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp > end - 8 && !text.slice(amp, end).includes(';'))
        end = amp;
    const open = text.lastIndexOf('<', end - 1);
    if (open >= 0 && !text.slice(open, end).includes('>'))
        end = open;
    return `${text.slice(0, end)}${ELLIPSIS}`;
}

;// CONCATENATED MODULE: ./packages/notify/src/github-context.ts


function readEventFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function object(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function github_context_text(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
/** Reads the context the runner gives every step. Missing pieces are empty strings, never errors. */
function readGithubContext(env, readEvent = readEventFile) {
    let event = {};
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (eventPath) {
        try {
            event = object(JSON.parse(readEvent(eventPath) ?? '{}'));
        }
        catch {
            event = {};
        }
    }
    const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const repositoryUrl = repository ? `${serverUrl}/${repository}` : '';
    const pullRequest = object(event['pull_request']);
    const headCommit = object(event['head_commit'] ?? object(event['workflow_run'])['head_commit']);
    const isPullRequest = Object.keys(pullRequest).length > 0;
    // A pull request's GITHUB_SHA is a merge commit nobody wrote; show the head the author pushed.
    const sha = github_context_text(object(pullRequest['head'])['sha']) || env['GITHUB_SHA'] || github_context_text(headCommit['id']);
    const commitMessage = github_context_text(headCommit['message']) || github_context_text(pullRequest['title']);
    const refName = env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const commitUrl = repositoryUrl && sha ? `${repositoryUrl}/commit/${sha}` : '';
    const pullRequestUrl = github_context_text(pullRequest['html_url']);
    const compare = github_context_text(event['compare']);
    const before = github_context_text(event['before']);
    const pushDiff = compare && before && !/^0+$/.test(before) ? compare : '';
    return {
        serverUrl,
        repository,
        repositoryUrl,
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        refName,
        sha,
        shortSha: sha.slice(0, 7),
        commitMessage,
        commitTitle: firstLine(commitMessage),
        commitUrl,
        actor: env['GITHUB_TRIGGERING_ACTOR'] || env['GITHUB_ACTOR'] || '',
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        runId,
        runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
        runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '',
        runUrl: repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : '',
        diffUrl: isPullRequest && pullRequestUrl ? `${pullRequestUrl}/files` : pushDiff || commitUrl,
        pullRequestUrl,
    };
}

;// CONCATENATED MODULE: ./packages/notify/src/block-limits.ts

/** Slack's published limits (Block Kit reference, chat.postMessage). */
const SLACK_LIMITS = {
    blocks: 50,
    sectionText: 3000,
    sectionFields: 10,
    fieldText: 2000,
    headerText: 150,
    contextElements: 10,
    contextText: 3000,
    messageText: 40_000,
};
function cutText(object, max) {
    const t = object;
    if (t && typeof t.text === 'string' && t.text.length > max)
        t.text = truncateText(t.text, max);
}
function fitBlock(block) {
    const copy = structuredClone(block);
    if (copy.type === 'section') {
        cutText(copy['text'], SLACK_LIMITS.sectionText);
        if (Array.isArray(copy['fields'])) {
            copy['fields'] = copy['fields'].slice(0, SLACK_LIMITS.sectionFields);
            for (const f of copy['fields'])
                cutText(f, SLACK_LIMITS.fieldText);
        }
    }
    else if (copy.type === 'header') {
        cutText(copy['text'], SLACK_LIMITS.headerText);
    }
    else if (copy.type === 'context' && Array.isArray(copy['elements'])) {
        copy['elements'] = copy['elements'].slice(0, SLACK_LIMITS.contextElements);
        for (const e of copy['elements'])
            cutText(e, SLACK_LIMITS.contextText);
    }
    return copy;
}
/**
 * Keeps a message within Slack's limits: long texts are cut with a visible "…", and past 50
 * blocks the last one says how many were left out. Returns a new message.
 */
function fitToLimits(message) {
    const out = { ...message };
    if (typeof out.text === 'string')
        out.text = truncateText(out.text, SLACK_LIMITS.messageText);
    if (Array.isArray(out.blocks)) {
        let blocks = out.blocks.map(fitBlock);
        if (blocks.length > SLACK_LIMITS.blocks) {
            const left = blocks.length - (SLACK_LIMITS.blocks - 1);
            blocks = [
                ...blocks.slice(0, SLACK_LIMITS.blocks - 1),
                {
                    type: 'context',
                    elements: [{ type: 'mrkdwn', text: `… ${left} more blocks not shown (Slack shows at most 50)` }],
                },
            ];
        }
        out.blocks = blocks;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
;// CONCATENATED MODULE: ./packages/notify/src/statuses.ts
/** The pipeline events a built-in message exists for. */
const STATUSES = [
    'started',
    'succeeded',
    'failed',
    'cancelled',
    'rolled-back',
    'canary-step',
    'canary-promoted',
    'canary-aborted',
];
/** `${{ job.status }}` gives success, failure or cancelled. */
const JOB_STATUS = { success: 'succeeded', failure: 'failed', cancelled: 'cancelled' };
/** Every word the `status` input accepts, for error messages. */
const STATUS_WORDS = [...STATUSES, 'success', 'failure'];
/** A pipeline status or a job.status value (any case) as a Status; undefined when unknown. */
function normalizeStatus(word) {
    const lower = word.trim().toLowerCase();
    if (STATUSES.includes(lower))
        return lower;
    return Object.hasOwn(JOB_STATUS, lower) ? JOB_STATUS[lower] : undefined;
}
/** Only these ping people (`mention-on-failure`). */
function isFailureStatus(status) {
    return status === 'failed' || status === 'rolled-back';
}

;// CONCATENATED MODULE: ./packages/notify/src/builtin-message.ts



/** Emoji and headline of each event. */
const HEADLINES = {
    started: { emoji: ':rocket:', headline: 'Deploy started' },
    succeeded: { emoji: ':white_check_mark:', headline: 'Deploy succeeded' },
    failed: { emoji: ':x:', headline: 'Deploy failed' },
    cancelled: { emoji: ':no_entry_sign:', headline: 'Deploy cancelled' },
    'rolled-back': { emoji: ':rewind:', headline: 'Deploy rolled back' },
    'canary-step': { emoji: ':hatching_chick:', headline: 'Canary step' },
    'canary-promoted': { emoji: ':hatched_chick:', headline: 'Canary promoted' },
    'canary-aborted': { emoji: ':warning:', headline: 'Canary aborted' },
};
/** `<@U…>` for people, `<!subteam^S…>` for user groups, `<!here>`/`<!channel>` as given. */
function mentionText(id) {
    if (id === 'here' || id === 'channel')
        return `<!${id}>`;
    if (id.startsWith('S'))
        return `<!subteam^${id}>`;
    return `<@${id}>`;
}
/** Mentions to put in front of a message: only for failed and rolled-back. */
function mentionsFor(status, ids) {
    return isFailureStatus(status) ? ids.map(mentionText).join(' ') : '';
}
function field(label, value) {
    return { type: 'mrkdwn', text: `*${escapeMrkdwn(label)}*\n${value}` };
}
/** Header text: plain text, so nothing in it is markup; `&`, `<`, `>` escaped all the same. */
function headerText(status, facts) {
    const { headline } = HEADLINES[status];
    const where = facts.environment ? ` to ${facts.environment}` : '';
    const what = facts.github.repository ? `: ${facts.github.repository}${where}` : where;
    return escapeMrkdwn(`${headline}${what}`);
}
/** The fields of the message, every value either escaped or built by us. */
function messageFields(facts) {
    const g = facts.github;
    const fields = [];
    if (g.repository)
        fields.push(field('Repository', mrkdwnLink(g.repositoryUrl, g.repository)));
    if (g.refName || g.ref)
        fields.push(field('Ref', escapeMrkdwn(g.refName || g.ref)));
    if (g.sha) {
        const title = g.commitTitle ? ` ${escapeMrkdwn(g.commitTitle)}` : '';
        fields.push(field('Commit', `${mrkdwnLink(g.commitUrl, g.shortSha)}${title}`));
    }
    if (g.actor)
        fields.push(field('Actor', escapeMrkdwn(g.actor)));
    if (facts.environment)
        fields.push(field('Environment', mrkdwnLink(facts.environmentUrl, facts.environment)));
    if (facts.durationMs !== undefined)
        fields.push(field('Duration', (0,duration/* formatDuration */.a)(facts.durationMs)));
    for (const [label, value] of Object.entries(facts.fields))
        fields.push(field(label, escapeMrkdwn(value)));
    return fields;
}
/** Run, diff and environment links, in one context line. */
function messageLinks(facts) {
    const g = facts.github;
    const links = [];
    if (g.runUrl)
        links.push(mrkdwnLink(g.runUrl, `Workflow run${g.runNumber ? ` #${g.runNumber}` : ''}`));
    if (g.diffUrl)
        links.push(mrkdwnLink(g.diffUrl, g.pullRequestUrl ? 'Pull request diff' : 'Diff'));
    if (facts.environmentUrl)
        links.push(mrkdwnLink(facts.environmentUrl, 'Open environment'));
    return links;
}
/**
 * The built-in message for a pipeline event: header, mentions (failures only), fields
 * (repository, ref, commit, actor, environment, duration, extra fields), the extra text, and
 * links. Every value from the run is inserted as data.
 */
function builtinMessage(status, facts) {
    const { emoji, headline } = HEADLINES[status];
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: `${emoji} ${headerText(status, facts)}`, emoji: true } },
    ];
    const mentions = mentionsFor(status, facts.mentions);
    if (mentions)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mentions } });
    const fields = messageFields(facts);
    for (let i = 0; i < fields.length; i += 10)
        blocks.push({ type: 'section', fields: fields.slice(i, i + 10) });
    if (facts.text)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(facts.text) } });
    const links = messageLinks(facts);
    if (links.length)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] });
    const g = facts.github;
    const subject = [g.repository, g.refName && `@${g.refName}`].filter(Boolean).join('');
    const commit = g.shortSha ? ` (${g.shortSha}${g.commitTitle ? ` ${g.commitTitle}` : ''})` : '';
    const where = facts.environment ? ` to ${facts.environment}` : '';
    const fallback = `${emoji} ${headline}${subject ? `: ${subject}` : ''}${where}${commit}`;
    return { text: `${mentions ? `${mentions} ` : ''}${escapeMrkdwn(fallback)}`, blocks };
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/yaml-text.ts
var yaml_text = __webpack_require__(1949);
;// CONCATENATED MODULE: ./packages/notify/src/fill-placeholders.ts


const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
/** Keys whose value is a URL: a placeholder there is inserted as it is (escaping would break a query). */
function isUrlKey(key) {
    return key !== undefined && (key === 'url' || key.endsWith('_url'));
}
/** Names a payload may use, each to its value (empty when the run has none). */
function placeholderValues(facts, env) {
    const g = facts.github;
    const context = {
        status: facts.status,
        repository: g.repository,
        repository_url: g.repositoryUrl,
        server_url: g.serverUrl,
        event_name: g.eventName,
        ref: g.ref,
        ref_name: g.refName,
        sha: g.sha,
        short_sha: g.shortSha,
        commit_message: g.commitMessage,
        commit_title: g.commitTitle,
        commit_url: g.commitUrl,
        actor: g.actor,
        workflow: g.workflow,
        job: g.job,
        run_id: g.runId,
        run_number: g.runNumber,
        run_attempt: g.runAttempt,
        run_url: g.runUrl,
        diff_url: g.diffUrl,
        pull_request_url: g.pullRequestUrl,
        environment: facts.environment,
        environment_url: facts.environmentUrl,
        duration: facts.durationMs === undefined ? undefined : (0,duration/* formatDuration */.a)(facts.durationMs),
    };
    return (name) => {
        if (name.startsWith('env.'))
            return env[name.slice(4)];
        if (name.startsWith('fields.'))
            return facts.fields[name.slice(7)];
        return Object.hasOwn(context, name) ? context[name] : undefined;
    };
}
/**
 * Fills `{{ name }}` in every string of a parsed payload. The payload is parsed before this, so
 * a value can never break its structure; each value is escaped for mrkdwn (`&`, `<`, `>`) so it
 * can neither mention nor link, except in URL keys. A placeholder with no value is a ConfigError
 * raised before anything is sent.
 */
function fillPlaceholders(document, valueOf, where) {
    const walk = (node, key) => {
        if (typeof node === 'string') {
            return node.replace(PLACEHOLDER, (_match, name) => {
                const value = valueOf(name);
                if (value === undefined || value === '') {
                    throw new errors/* ConfigError */.xL(`${where}: expected a value for the placeholder {{ ${name} }}, got none (set it, or use a name this run has: see the README)`);
                }
                return isUrlKey(key) ? value : escapeMrkdwn(value);
            });
        }
        if (Array.isArray(node))
            return node.map((item) => walk(item, key));
        if (node && typeof node === 'object') {
            return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
        }
        return node;
    };
    return walk(document, undefined);
}

;// CONCATENATED MODULE: ./packages/notify/src/custom-message.ts


function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
/** Checks the parsed document is a message Slack could take: a map with text, blocks or attachments. */
function checkPayloadShape(document, where) {
    const expected = `expected a Block Kit message: a map with "text" and/or "blocks" (or a list of blocks)`;
    const message = (Array.isArray(document) ? { blocks: document } : document);
    if (!message || typeof message !== 'object' || Array.isArray(message))
        throw new errors/* ConfigError */.xL(`${where}: ${expected}, got ${describe(document)}`);
    if (message.text !== undefined && typeof message.text !== 'string')
        throw new errors/* ConfigError */.xL(`${where}: "text" must be a string, got ${describe(message.text)}`);
    if (message.blocks !== undefined) {
        if (!Array.isArray(message.blocks))
            throw new errors/* ConfigError */.xL(`${where}: "blocks" must be a list, got ${describe(message.blocks)}`);
        message.blocks.forEach((block, i) => {
            if (!block || typeof block !== 'object' || Array.isArray(block) || typeof block.type !== 'string')
                throw new errors/* ConfigError */.xL(`${where}: block ${i + 1} must be a map with a "type", got ${describe(block)}`);
        });
    }
    const hasBlocks = Array.isArray(message.blocks) && message.blocks.length > 0;
    if (!message.text && !hasBlocks && !message['attachments'])
        throw new errors/* ConfigError */.xL(`${where}: ${expected}, got neither`);
    return message;
}
/**
 * A user's payload (JSON or YAML text) → a message: parsed first, then placeholders filled as
 * data, then mentions put in front. Every problem is a ConfigError naming `where`.
 */
async function customMessage(text, where, valueOf, mentions) {
    const parsed = await (0,yaml_text/* parseYamlText */.c)(text, where);
    const filled = checkPayloadShape(fillPlaceholders(parsed, valueOf, where), where);
    const { channel, ts: _ts, thread_ts: _thread, ...message } = filled;
    if (mentions) {
        message.text = message.text ? `${mentions} ${message.text}` : mentions;
        if (message.blocks?.length)
            message.blocks = [{ type: 'section', text: { type: 'mrkdwn', text: mentions } }, ...message.blocks];
    }
    return { message, channel: typeof channel === 'string' && channel ? channel : undefined };
}

;// CONCATENATED MODULE: ./packages/notify/src/compose-message.ts





/**
 * The message to send: the user's payload with placeholders filled, or the built-in message of
 * the status; mentions on failures; cut to Slack's limits. ConfigErrors come out before any send.
 */
async function composeMessage(spec) {
    const { facts } = spec;
    if (spec.payload) {
        const mentions = isFailureStatus(facts.status) ? mentionsFor(facts.status, facts.mentions) : '';
        const custom = await customMessage(spec.payload.text, spec.payload.where, placeholderValues(facts, spec.env), mentions);
        return { message: fitToLimits(custom.message), channel: custom.channel };
    }
    if (!facts.status)
        throw new Error('composeMessage: a built-in message needs a status');
    return { message: fitToLimits(builtinMessage(facts.status, facts)) };
}

// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var src_sleep = __webpack_require__(3439);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
// EXTERNAL MODULE: ./packages/kit/src/http/http-request.ts
var http_request = __webpack_require__(7493);
;// CONCATENATED MODULE: ./packages/notify/src/http-post.ts

/** Replies are short JSON or text; a larger one is cut (a broken proxy must not flood us). */
const MAX_REPLY_BYTES = 64 * 1024;
/**
 * kit's HTTP layer: the runner's proxy variables are honoured. Redirects are not followed (a
 * secret URL must not wander). The error names only the origin, never the secret path.
 */
const fetchPost = async (url, init) => {
    const target = new URL(url);
    const response = await (0,http_request/* httpRequest */.aj)(target, {
        method: 'POST',
        headers: init.headers,
        body: init.body,
        timeoutMs: init.timeoutMs,
        signal: init.signal,
        maxBodyBytes: MAX_REPLY_BYTES,
        what: `POST to Slack (${target.origin})`,
    });
    return { status: response.status, body: response.text(), header: (name) => response.header(name) ?? null };
};

// EXTERNAL MODULE: ./packages/kit/src/http/network-error.ts
var network_error = __webpack_require__(1768);
;// CONCATENATED MODULE: ./packages/notify/src/slack-error.ts

/** Slack refused the message for good (invalid_auth, channel_not_found, invalid_blocks, …). */
class SlackError extends Error {
    code;
    name = 'SlackError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Worth another attempt: 429, 5xx, network failures, Slack's internal_error. */
class SlackTransientError extends errors/* TransientError */.N_ {
    code;
    name = 'SlackTransientError';
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}
/** Web API error codes that say "try again later" rather than "fix your request". */
const TRANSIENT_API_ERRORS = new Set([
    'internal_error',
    'service_unavailable',
    'request_timeout',
    'ratelimited',
    'rate_limited',
]);
/** Slack's error codes are snake_case words; anything else in a body is not echoed. */
function errorCode(body, fallback) {
    const word = body.trim();
    return /^[a-z][a-z0-9_]{0,79}$/.test(word) ? word : fallback;
}
/** kit's HTTP errors name the proxy a request went through; the words keep it. */
const PROXY_NAMED = /the proxy \S+ \([A-Za-z_]+\)/;
/**
 * A failed request as words, without the URL (which may hold the webhook's secret). A proxy
 * that refuses us is not worth another attempt: the user must fix its rules or NO_PROXY.
 */
function networkFailure(error) {
    if (error instanceof network_error/* ProxyRefusedError */.Ne)
        return new SlackError('proxy_refused', error.message);
    const proxy = error instanceof Error ? PROXY_NAMED.exec(error.message)?.[0] : undefined;
    const via = proxy ? ` (through ${proxy})` : '';
    const cause = error?.cause;
    const name = error?.name;
    if (name === 'TimeoutError')
        return new SlackTransientError('timeout', `no response in time${via}`, { cause: error });
    const code = typeof cause?.code === 'string' ? cause.code : 'network_error';
    const words = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ENOTFOUND: 'host not found',
        UND_ERR_SOCKET: 'connection closed',
    };
    const why = words[code] ?? (typeof cause?.message === 'string' && cause.message ? cause.message : code);
    return new SlackTransientError(code.toLowerCase(), `request failed: ${why}${via}`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/notify/src/slack-transports.ts


async function send(url, headers, body, options) {
    try {
        return await options.post(url, {
            headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'slipway-slack-notify', ...headers },
            body: JSON.stringify(body),
            timeoutMs: options.timeoutMs,
            signal: options.signal,
        });
    }
    catch (error) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        throw networkFailure(error);
    }
}
function throwIfTransientStatus(reply) {
    if (reply.status === 429) {
        throw new SlackTransientError('rate_limited', 'rate limited (HTTP 429)', {
            retryAfterMs: (0,retry/* parseRetryAfter */.mu)(reply.header('retry-after')),
        });
    }
    if (reply.status >= 500) {
        const code = errorCode(reply.body, `http_${reply.status}`);
        throw new SlackTransientError(code, `HTTP ${reply.status}`, {
            retryAfterMs: (0,retry/* parseRetryAfter */.mu)(reply.header('retry-after')),
        });
    }
}
/**
 * An incoming webhook: 200 with the text "ok", or a status with a short error word in the body
 * (invalid_payload, no_text, invalid_token, channel_not_found, …).
 */
async function postToWebhook(url, message, options) {
    const reply = await send(url, {}, message, options);
    throwIfTransientStatus(reply);
    if (reply.status >= 200 && reply.status < 300)
        return;
    const code = errorCode(reply.body, `http_${reply.status}`);
    throw new SlackError(code, `incoming webhook answered HTTP ${reply.status}`);
}
/**
 * A Web API method: HTTP 200 with `{ ok, error }` JSON; the token as a Bearer header. Returns
 * the message's channel id and ts.
 */
async function callWebApi(apiUrl, method, token, args, options) {
    const reply = await send(`${apiUrl.replace(/\/+$/, '')}/${method}`, { authorization: `Bearer ${token}` }, args, options);
    throwIfTransientStatus(reply);
    let answer;
    try {
        answer = JSON.parse(reply.body);
    }
    catch {
        if (reply.status !== 200)
            throw new SlackError(`http_${reply.status}`, `${method} answered HTTP ${reply.status}`);
        throw new SlackTransientError('invalid_response', `${method} answered with something other than JSON`);
    }
    if (answer.ok === true && typeof answer.ts === 'string') {
        return { channel: typeof answer.channel === 'string' ? answer.channel : String(args['channel']), ts: answer.ts };
    }
    const code = errorCode(typeof answer.error === 'string' ? answer.error : '', `http_${reply.status}`);
    if (TRANSIENT_API_ERRORS.has(code))
        throw new SlackTransientError(code, `${method} failed`);
    throw new SlackError(code, `${method} failed`);
}

;// CONCATENATED MODULE: ./packages/notify/src/send-notification.ts




function actionOf(target) {
    if (target.kind === 'web-api' && target.updateTs)
        return 'updated';
    if (target.kind === 'web-api' && target.threadTs)
        return 'replied';
    return 'posted';
}
/**
 * Sends one message, retrying 429 (after Retry-After), 5xx and network failures with full-jitter
 * backoff inside the deadline. Never throws for Slack's answers: the result says ok or which
 * error; only a cancellation is thrown.
 */
async function sendNotification(message, target, options) {
    const now = options.now ?? Date.now;
    const post = options.post ?? fetchPost;
    const sleep = options.sleep ?? src_sleep/* sleep */.y;
    const started = now();
    const action = actionOf(target);
    const waitsMs = [];
    let attempts = 0;
    const base = {
        ok: false,
        transport: target.kind,
        action,
        channel: target.kind === 'web-api' ? target.channel : '',
        ts: '',
        threadTs: '',
        error: '',
        detail: '',
        attempts: 0,
        waitsMs,
    };
    const attempt = async () => {
        attempts++;
        const left = options.deadlineMs - (now() - started);
        const request = {
            post,
            signal: options.signal,
            timeoutMs: Math.max(1000, Math.min(options.requestTimeoutMs ?? 10_000, left)),
        };
        if (target.kind === 'webhook') {
            await postToWebhook(target.url, message, request);
            return { channel: '', ts: '' };
        }
        if (target.updateTs) {
            return callWebApi(target.apiUrl, 'chat.update', target.token, { ...message, channel: target.channel, ts: target.updateTs }, request);
        }
        const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
        return callWebApi(target.apiUrl, 'chat.postMessage', target.token, { ...message, channel: target.channel, ...thread }, request);
    };
    try {
        const sent = await (0,retry/* retry */.L5)(attempt, {
            attempts: options.attempts ?? 5,
            deadlineMs: options.deadlineMs,
            baseDelayMs: options.baseDelayMs ?? 1000,
            maxDelayMs: options.maxDelayMs ?? 8000,
            signal: options.signal,
            now,
            random: options.random,
            sleep,
            onRetry: ({ attempt: n, delayMs, error }) => {
                waitsMs.push(delayMs);
                const code = error instanceof SlackTransientError ? error.code : 'error';
                options.logger.info(`Slack: attempt ${n} failed (${code}: ${(0,errors/* errorMessage */.gJ)(error)}); retrying in ${delayMs}ms`);
            },
        });
        const threadTs = target.kind === 'web-api' ? (target.threadTs ?? target.updateTs ?? sent.ts) : '';
        return { ...base, ok: true, channel: sent.channel || base.channel, ts: sent.ts, threadTs, attempts };
    }
    catch (error) {
        if (options.signal?.aborted || error instanceof errors/* CancelledError */.cc)
            throw error;
        const code = error instanceof SlackError || error instanceof SlackTransientError ? error.code : 'internal';
        return { ...base, error: code, detail: (0,errors/* errorMessage */.gJ)(error), attempts };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/deliver-notification.ts

/** Why a message that was not sent only warns, said for what it does not fail. */
const WARNED_BECAUSE = {
    step: 'the step succeeds because fail-on-error is false',
    delivery: 'the delivery is judged without it (fail-on-error is false)',
};
/** "Slack: message posted in C0DEPLOYS (ts 1700000000.000100)". */
function sentLine(result) {
    const channel = result.channel ? ` in ${result.channel}` : '';
    const ts = result.ts ? ` (ts ${result.ts})` : '';
    return `Slack: message ${result.action}${channel}${ts}`;
}
/** "Slack notification not sent: http_503 (…, after 3 attempts)". */
function notSentLine(result) {
    const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
    return `Slack notification not sent: ${result.error} (${result.detail}, after ${attempts})`;
}
/** The one judgement of a notification: a message not sent fails only with fail-on-error. */
function judgeNotification(result, failOnError, scope) {
    if (result.ok) {
        const line = sentLine(result);
        return { outcome: 'sent', detail: line, line };
    }
    const detail = notSentLine(result);
    if (failOnError)
        return { outcome: 'failed', detail, line: detail };
    return { outcome: 'warned', detail, line: `${detail}; ${WARNED_BECAUSE[scope]}` };
}
/** The notify stage slack-notify and the root action share: send, then judge; the caller carries the verdict out. */
async function deliverNotification(message, target, { failOnError, scope, ...send }) {
    const result = await sendNotification(message, target, send);
    return { result, verdict: judgeNotification(result, failOnError, scope) };
}

;// CONCATENATED MODULE: ./packages/notify/src/index.ts
















/***/ })

};
