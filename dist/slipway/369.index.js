export const id = 369;
export const ids = [369];
export const modules = {

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T_: () => (/* binding */ runRelease),
  oN: () => (/* binding */ upgradeRequest)
});

// UNUSED EXPORTS: isConcurrentOperation

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/rollout-watcher.ts + 2 modules
var rollout_watcher = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts
var helm_cli = __webpack_require__(6479);
// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
// EXTERNAL MODULE: ./packages/helm/src/deploy/manifest-diff.ts
var manifest_diff = __webpack_require__(1071);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/after-failure.ts

function decideAfterFailure(facts) {
    const { before, after, ours } = facts;
    if (facts.concurrent)
        return facts.rollbackOnFailure ? { action: 'concurrent', holder: after?.at(-1) } : { action: 'disabled' };
    if (after && after.at(-1)?.revision === before.at(-1)?.revision && ours === undefined)
        return { action: 'nothing-created' };
    if (!facts.rollbackOnFailure)
        return { action: 'disabled' };
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    const current = after ? (0,release_history/* lastGoodRevision */.Z)(after.filter((r) => r.revision !== ours)) : undefined;
    if (current && current.revision > (previous?.revision ?? 0))
        return { action: 'other-run', revision: current.revision };
    if (!previous)
        return { action: 'uninstall' };
    return { action: 'rollback', to: previous.revision };
}

// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/quantity.ts
const SUFFIX = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** A Kubernetes quantity ("500m", "1.5Gi", "2", "1e3") as a number of base units; undefined when unreadable. */
function parseQuantity(text) {
    if (typeof text === 'number')
        return text;
    if (!text)
        return undefined;
    const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (SUFFIX[match[2] ?? ''] ?? 1);
}
/** A quantity for a line: cpu in cores or millicores, memory in Mi/Gi, counts as they are. */
function formatQuantity(resource, value) {
    if (/cpu/.test(resource))
        return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(3)}`;
    if (/memory|storage/.test(resource)) {
        if (value >= 2 ** 30)
            return `${+(value / 2 ** 30).toFixed(2)}Gi`;
        return `${+(value / 2 ** 20).toFixed(1)}Mi`;
    }
    return String(+value.toFixed(3));
}

// EXTERNAL MODULE: ./packages/helm/src/manifest-documents.ts
var manifest_documents = __webpack_require__(3126);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity.ts


const RESOURCES = ['cpu', 'memory'];
/** A Deployment's maxSurge in pods (default 25%, rounded up, as the controller does). */
function surgePods(workload, replicas) {
    const strategy = workload.spec?.strategy;
    if (strategy?.type === 'Recreate')
        return 0;
    const surge = strategy?.rollingUpdate?.maxSurge ?? '25%';
    if (typeof surge === 'number')
        return surge;
    const percent = /^(\d+)%$/.exec(surge);
    return percent ? Math.ceil((replicas * Number(percent[1])) / 100) : Number(surge) || 0;
}
function containerResources(container, ranges) {
    const out = {};
    const limitDefaults = ranges
        .flatMap((r) => r.spec?.limits ?? [])
        .filter((l) => (l.type ?? 'Container') === 'Container');
    for (const resource of RESOURCES) {
        const limit = parseQuantity(container.resources?.limits?.[resource]) ??
            limitDefaults.map((l) => parseQuantity(l.default?.[resource])).find((v) => v !== undefined);
        const request = parseQuantity(container.resources?.requests?.[resource]) ??
            limitDefaults.map((l) => parseQuantity(l.defaultRequest?.[resource])).find((v) => v !== undefined) ??
            // With a limit and no request, Kubernetes requests the limit.
            limit;
        if (request !== undefined)
            out[`requests.${resource}`] = request;
        if (limit !== undefined)
            out[`limits.${resource}`] = limit;
    }
    return out;
}
/**
 * The release's demand: for each Deployment and StatefulSet of the rendered manifest, its pods
 * beyond what runs now (`live`: replicas of the same workload today; 0 for a new one or an idle colour).
 */
async function podDemand(manifest, live, ranges) {
    const demands = [];
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!['Deployment', 'StatefulSet'].includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        const key = `${obj.kind}/${obj.metadata.name}`;
        const replicas = obj.spec?.replicas ?? 1;
        const now = live.get(key) ?? 0;
        const surge = obj.kind === 'Deployment' && now > 0 ? surgePods(obj, replicas) : 0;
        const extraPods = Math.max(0, replicas - now) + surge;
        const containers = (obj.spec?.template?.spec?.containers ?? []).map((c) => ({
            name: c.name ?? '?',
            resources: containerResources(c, ranges),
        }));
        const perPod = {};
        for (const c of containers)
            for (const [k, v] of Object.entries(c.resources))
                perPod[k] = (perPod[k] ?? 0) + v;
        const why = now === 0
            ? `${replicas} new ${plural(replicas, 'pod')}`
            : `${surge} surge ${plural(surge, 'pod')}${replicas > now ? ` and ${replicas - now} more ${plural(replicas - now, 'replica')}` : ''}`;
        demands.push({ workload: key, extraPods, why, perPod, containers });
    }
    return demands;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
/** What the quota counts for one pod: requests.cpu also as "cpu", and the pod itself. */
function quotaKey(resource) {
    if (resource === 'cpu' || resource === 'memory')
        return `requests.${resource}`;
    if (resource === 'count/pods')
        return 'pods';
    return resource;
}
/**
 * Every reason the namespace would refuse the release's new pods: a ResourceQuota without room
 * for them (naming the shortfall), a quota that needs requests the pods lack, a LimitRange
 * maximum or minimum a container breaks. Empty when they fit.
 */
function capacityProblems(demands, quotas, ranges) {
    const problems = [];
    for (const range of ranges)
        for (const limit of range.spec?.limits ?? []) {
            if ((limit.type ?? 'Container') !== 'Container')
                continue;
            for (const d of demands)
                for (const c of d.containers)
                    for (const resource of RESOURCES) {
                        const max = parseQuantity(limit.max?.[resource]);
                        const min = parseQuantity(limit.min?.[resource]);
                        const lim = c.resources[`limits.${resource}`];
                        const req = c.resources[`requests.${resource}`];
                        if (max !== undefined && lim !== undefined && lim > max)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} limits.${resource} ${formatQuantity(resource, lim)} is over the maximum ${formatQuantity(resource, max)}`);
                        if (min !== undefined && req !== undefined && req < min)
                            problems.push(`LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} requests.${resource} ${formatQuantity(resource, req)} is under the minimum ${formatQuantity(resource, min)}`);
                    }
        }
    for (const quota of quotas) {
        const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
        const used = quota.status?.used ?? {};
        for (const [resource, hardText] of Object.entries(hard)) {
            const key = quotaKey(resource);
            if (key !== 'pods' && !/^(requests|limits)\.(cpu|memory)$/.test(key))
                continue;
            const limit = parseQuantity(hardText) ?? 0;
            const left = limit - (parseQuantity(used[resource]) ?? 0);
            let needed = 0;
            const parts = [];
            for (const d of demands) {
                if (!d.extraPods)
                    continue;
                const perPod = key === 'pods' ? 1 : d.perPod[key];
                if (perPod === undefined) {
                    problems.push(`ResourceQuota ${quota.metadata?.name} limits ${resource}, and ${d.workload}'s pods set no ${key}: the API server would refuse them`);
                    continue;
                }
                needed += perPod * d.extraPods;
                parts.push(`${d.workload}: ${d.why}`);
            }
            if (needed > left + 1e-9)
                problems.push(`ResourceQuota ${quota.metadata?.name}: ${resource} needs ${formatQuantity(resource, needed)} for ${parts.join(', ')}, but only ${formatQuantity(resource, Math.max(0, left))} of ${formatQuantity(resource, limit)} is left (short by ${formatQuantity(resource, needed - Math.max(0, left))})`);
        }
    }
    return [...new Set(problems)];
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/capacity-check.ts



async function listIn(kube, namespace, resource) {
    try {
        return ((await kube.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`)).items ?? []);
    }
    catch (error) {
        // Not allowed to read them: the API server still decides at admission, and the judge names it.
        if (error instanceof kube_client/* KubeApiError */.W && [403, 404].includes(error.status))
            return [];
        throw error;
    }
}
/**
 * Before anything changes: the namespace's ResourceQuotas and LimitRanges admit the release's new
 * pods (requests and limits × replicas, plus a rolling update's surge, or a whole second colour).
 * Renders the chart (`render`) only when the namespace has either; throws one line naming the shortfall.
 */
async function checkCapacity(request, ctx, render) {
    const [quotas, ranges] = await Promise.all([
        listIn(ctx.kube, request.namespace, 'resourcequotas'),
        listIn(ctx.kube, request.namespace, 'limitranges'),
    ]);
    if (!quotas.length && !ranges.length)
        return;
    const watcher = new rollout_watcher/* RolloutWatcher */.A({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
    });
    const [manifest, live] = await Promise.all([render(), watcher.snapshot()]);
    const demands = await podDemand(manifest, new Map(live.map((w) => [`${w.kind}/${w.name}`, w.desired])), ranges);
    const problems = capacityProblems(demands, quotas, ranges);
    const names = [...quotas, ...ranges].map((o) => o.metadata?.name).join(', ');
    if (problems.length)
        throw new errors/* ConfigError */.xL(`Pre-flight capacity: namespace ${request.namespace} cannot admit the new pods of ${request.release}: ${problems.join('; ')}`);
    ctx.logger.info(`Capacity: the new pods of ${request.release} fit ${names}`);
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/colour-workloads.ts


/**
 * Workload kinds that cannot run as two colours side by side, and why. A second StatefulSet
 * claims volumes of its own, so switching colours would switch the data served; a second
 * DaemonSet puts another pod on every node (and fights over host ports). Argo Rollouts and
 * Flagger's blue-green take Deployments only, for the same reasons.
 */
const WITHOUT_COLOURS = {
    StatefulSet: 'a second colour would claim volumes of its own, so the switch would change the data served',
    DaemonSet: 'both colours would run a pod on every node',
};
/** Why the rendered release cannot be delivered blue-green, or undefined when it can. */
async function workloadsWithoutColours(manifest) {
    const found = new Map();
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (!obj.kind || !Object.hasOwn(WITHOUT_COLOURS, obj.kind))
            continue;
        found.set(obj.kind, [...(found.get(obj.kind) ?? []), `${obj.kind}/${obj.metadata?.name ?? '?'}`]);
    }
    if (!found.size)
        return undefined;
    return [...found].map(([kind, names]) => `${names.join(', ')} (${WITHOUT_COLOURS[kind]})`).join(' and ');
}
/** Refuses, before the colour release is touched, a chart whose workloads cannot have two colours. */
async function refuseWorkloadsWithoutColours(release, manifest) {
    const why = await workloadsWithoutColours(manifest);
    if (why)
        throw new errors/* ConfigError */.xL(`Input 'strategy': blue-green cannot deliver release ${release}: it renders ${why}; use strategy rolling`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/release-content.ts
var release_content = __webpack_require__(5273);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/rollback-target.ts


/**
 * mode: rollback's target. Named: that revision. Else the newest good revision whose content
 * (chart, images, values) differs from what is live: after an automatic rollback the revision
 * before the live one runs the very same release, and going "back" to it would change nothing.
 */
async function chooseRollbackTarget(helm, release, history, named) {
    const current = history.at(-1);
    if (!current)
        throw new Error(`Release ${release} has no revisions: nothing to roll back`);
    const live = await (0,release_content/* readContent */.c_)(helm, release, current);
    if (named !== undefined) {
        const target = history.find((r) => r.revision === named);
        if (!target) {
            const have = history.map((r) => `${r.revision} (${r.status})`).join(', ');
            throw new errors/* ConfigError */.xL(`Input 'revision': release ${release} has no revision ${named} (have: ${have})`);
        }
        return { target, live, content: await (0,release_content/* readContent */.c_)(helm, release, target) };
    }
    for (const candidate of (0,release_content/* rollbackCandidates */.DY)(history, current.revision)) {
        const content = await (0,release_content/* readContent */.c_)(helm, release, candidate);
        if (!(0,release_content/* sameContent */.Cm)(content, live))
            return { target: candidate, live, content };
    }
    const restored = (0,release_content/* restoredRevision */.s0)(current);
    throw new errors/* ConfigError */.xL(`Release ${release} is live at revision ${current.revision}${restored ? ` (restored from revision ${restored})` : ''} with ${(0,release_content/* describeContent */.Xb)(live)}: there is no earlier good release with other content to roll back to`);
}

// EXTERNAL MODULE: ./packages/helm/src/deploy/preflight.ts + 1 modules
var preflight = __webpack_require__(8652);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/deploy-release.ts
















/** One entry for the three modes: deploy (upgrade --install), rollback, plan. */
async function runRelease(request, ctx) {
    const now = ctx.now ?? Date.now;
    const started = now();
    const report = {
        mode: request.mode,
        release: request.release,
        namespace: request.namespace,
        chart: request.chart,
        image: request.image ? imageText(request.image) : undefined,
        status: 'failed',
        revision: undefined,
        previousRevision: undefined,
        failedRevision: undefined,
        rolledBack: false,
        recovery: undefined,
        workloads: [],
        durationMs: 0,
        failure: undefined,
        manifestPath: undefined,
        blueGreen: undefined,
        plan: undefined,
    };
    try {
        const checked = await (0,preflight/* preflight */.Mz)(request, ctx);
        report.recovery = checked.recovery;
        // The blue-green code (and smoke under it) loads only for strategy blue-green.
        const blueGreen = request.strategy === 'blue-green' ? await __webpack_require__.e(/* import() */ 959).then(__webpack_require__.bind(__webpack_require__, 959)) : undefined;
        if (request.mode === 'plan')
            await plan(blueGreen ? { ...request, release: await blueGreen.idleRelease(request, ctx) } : request, ctx, report);
        else if (request.mode === 'rollback')
            await (blueGreen ? blueGreen.blueGreenRollback(request, ctx, report) : rollbackMode(request, ctx, report));
        else
            await (blueGreen
                ? blueGreen.blueGreenDeploy(request, ctx, report, deploy)
                : deploy(request, ctx, report, checked.history));
    }
    finally {
        report.durationMs = now() - started;
    }
    return report;
}
function imageText(image) {
    return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
function watcher(request, ctx) {
    return new rollout_watcher/* RolloutWatcher */.A({
        client: ctx.kube,
        namespace: request.namespace,
        release: request.release,
        logger: ctx.logger,
        intervalMs: ctx.watchIntervalMs,
        failFastMs: request.failFastMs,
        now: ctx.now,
    });
}
/** The upgrade `request` asks for: its values files, then one of the `set` and image overrides (written in `ctx.workDir`). */
async function upgradeRequest(request, ctx) {
    // yaml (about 50 ms to load bundled, measured) only when values are written for helm.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const overrides = (0,image_values/* mergeValues */.D3)(request.set, request.image ? (0,image_values/* imageValues */.cn)(request.image, request.imageValues) : {});
    const valuesFiles = [...request.valuesFiles];
    if (Object.keys(overrides).length) {
        const file = (0,external_node_path_.join)(ctx.workDir, 'overrides.values.yaml');
        (0,external_node_fs_.writeFileSync)(file, stringify(overrides), { mode: 0o600 });
        valuesFiles.push(file);
    }
    return {
        release: request.release,
        chart: (0,preflight/* requireChart */._q)(request),
        chartVersion: request.chartVersion,
        valuesFiles,
        timeoutMs: request.timeoutMs,
        historyMax: request.historyMax,
        wait: true,
    };
}
/** Saves the release's manifest (`manifest` when helm printed it already, else `helm get manifest`). */
async function writeManifest(helm, request, ctx, manifest) {
    try {
        const path = (0,external_node_path_.join)(ctx.workDir, `${request.release}.manifest.yaml`);
        await (0,promises_.writeFile)(path, manifest ?? (await helm.manifest(request.release)), { mode: 0o600 });
        return path;
    }
    catch (error) {
        ctx.logger.warning(`Could not save the release manifest: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** `known`: the release's history when pre-flight has just read it. */
async function deploy(request, ctx, report, known) {
    const { helm, logger } = ctx;
    const now = ctx.now ?? Date.now;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    const upgrade = await upgradeRequest(request, ctx);
    const before = known ?? (await releases.history(request.release));
    const previous = (0,release_history/* lastGoodRevision */.Z)(before);
    report.previousRevision = previous?.revision;
    // One render serves both pre-flight reads; blue-green always needs it, capacity only under a quota.
    let rendered;
    const render = () => (rendered ??= helm.renderUpgrade(upgrade));
    const colourCheck = request.strategy === 'blue-green'
        ? render().then((manifest) => refuseWorkloadsWithoutColours(request.release, manifest))
        : undefined;
    await Promise.all([colourCheck, checkCapacity(request, ctx, render)]);
    const watch = watcher(request, ctx);
    const started = now();
    // helm's --wait is a first gate only: the judge fails the rollout as soon as it can tell, and
    // then stops helm's wait (helm marks the revision failed) instead of waiting out the timeout.
    const stopHelm = new AbortController();
    let judged;
    const outcome = await logger.group(`helm upgrade --install ${request.release} (helm v${helm.target.major})`, () => watch
        .watchWhile(helm.upgrade(upgrade, stopHelm.signal), (verdict) => {
        judged = verdict.reason;
        logger.warning(`Not healthy, stopping helm's wait: ${verdict.reason}`);
        stopHelm.abort();
    })
        .then((release) => release, (error) => ({ error })));
    let ours;
    if (!('error' in outcome)) {
        ours = outcome.revision;
        const verdict = await logger.group(`Judging the rollout of ${request.release} revision ${ours}`, () => watch
            .judge({ timeoutMs: Math.max(1000, request.timeoutMs - (now() - started)), signal: ctx.signal })
            .catch((error) => ({ state: 'failed', reason: `cancelled: ${(0,errors/* errorMessage */.gJ)(error)}` })));
        report.workloads = watch.last;
        logger.info(`Rollout watch: ${watch.load()}`);
        if (verdict.state === 'healthy') {
            report.status = 'deployed';
            report.revision = outcome.revision;
            report.manifestPath = await writeManifest(helm, request, ctx, outcome.manifest);
            logDeployed(logger, request.release, outcome);
            return;
        }
        judged = verdict.reason;
    }
    report.workloads = watch.last;
    if ('error' in outcome)
        logger.info(`Rollout watch: ${watch.load()}`);
    const error = 'error' in outcome ? outcome.error : undefined;
    const after = await releases.history(request.release).catch(() => undefined);
    const latest = after?.at(-1);
    const decision = decideAfterFailure({
        before,
        after,
        ours,
        concurrent: error !== undefined && judged === undefined && isConcurrentOperation(error),
        rollbackOnFailure: request.rollbackOnFailure,
    });
    report.failedRevision =
        decision.action !== 'nothing-created' && latest && latest.revision !== previous?.revision
            ? latest.revision
            : undefined;
    const outage = watch.outage();
    if (decision.action === 'nothing-created' && !ctx.signal?.aborted) {
        // helm refused before writing anything: its reason, alone.
        report.revision = before.at(-1)?.revision;
        const refused = judged ? `not healthy: ${judged}` : (0,errors/* errorMessage */.gJ)(error);
        report.failure = { reason: refused, details: [], rollback: undefined };
        logger.info(`helm created nothing for ${request.release}: ${refused}`);
        return;
    }
    const details = await watch.explain();
    const pods = watch.verdict.state === 'pending' && watch.failedReads === 0 ? watch.verdict.reason : undefined;
    // An outage of the API during the watch is said either way: it may be why the rollout failed.
    const reason = judged
        ? `not healthy: ${judged}${outage ? ` (${outage})` : ''}`
        : `${(0,errors/* errorMessage */.gJ)(error)}${pods ? ` (${pods})` : ''}${outage ? ` (${outage})` : ''}`;
    report.failure = { reason, details, rollback: undefined };
    logger.info(`Upgrade of ${request.release} failed: ${reason}`);
    for (const line of details)
        logger.info(`  ${line}`);
    if (ctx.signal?.aborted) {
        report.failure.rollback = await recoverAfterCancel(request, ctx);
        return;
    }
    if (decision.action === 'disabled') {
        report.revision = latest?.revision;
        report.failure.rollback = 'not rolled back (rollback-on-failure: false)';
        return;
    }
    // helm refused to start because another run holds the release (two workflows, no concurrency
    // group): this run applied nothing, and a rollback would undo that run's deploy in flight.
    if (decision.action === 'concurrent') {
        const holder = decision.holder;
        const held = holder ? ` (revision ${holder.revision}, ${holder.status})` : '';
        const doing = !holder || holder.status.startsWith('pending-') ? 'is deploying' : 'deployed';
        report.failedRevision = undefined;
        report.revision = (0,release_history/* lastGoodRevision */.Z)(after ?? [])?.revision;
        report.failure.rollback = `not rolled back: another run ${doing} ${request.release} at the same time${held}, and this run changed nothing`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    // Another run deployed the release while this one was upgrading: rolling back to the revision
    // seen at the start, or uninstalling a "first" install, would silently undo that run's good
    // deploy. Leave it serving and say so.
    if (decision.action === 'other-run') {
        report.revision = decision.revision;
        report.failure.rollback = `not rolled back: revision ${decision.revision} was deployed meanwhile by another run and serves`;
        logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
        return;
    }
    if (decision.action === 'uninstall') {
        const removed = await logger
            .group(`Removing the failed first install of ${request.release}`, () => helm.uninstall(request.release, { wait: true, timeoutMs: request.timeoutMs }))
            .then(() => undefined, (failed) => failed);
        if (removed !== undefined) {
            report.failure.rollback = `removing the failed first install failed: ${(0,errors/* errorMessage */.gJ)(removed)}`;
            return;
        }
        report.rolledBack = true;
        report.status = 'rolled-back';
        report.failure.rollback = 'uninstalled the failed first install';
        return;
    }
    if (decision.action !== 'rollback')
        return;
    const target = decision.to;
    const back = watcher(request, ctx);
    const restored = await logger.group(`Rolling ${request.release} back to revision ${target}`, () => rollbackJudged(helm, back, request, target, ctx.signal));
    report.workloads = back.last;
    if (restored !== undefined) {
        // Keep why the upgrade failed; say what became of the rollback and where the release is now.
        const backOutage = back.outage();
        report.revision = (await releases.history(request.release).catch(() => [])).at(-1)?.revision;
        report.failure.rollback = `rollback to revision ${target} failed: ${restored}${backOutage ? ` (${backOutage})` : ''}`;
        logger.info(`Rolling ${request.release} back to revision ${target} failed: ${restored}`);
        return;
    }
    report.rolledBack = true;
    report.status = 'rolled-back';
    const [history, manifestPath] = await Promise.all([
        releases.history(request.release),
        writeManifest(helm, request, ctx),
    ]);
    report.revision = history[history.length - 1]?.revision;
    report.failure.rollback = `rolled back to revision ${target} (now revision ${report.revision}), healthy`;
    report.manifestPath = manifestPath;
    logger.info(`Rolled back ${request.release}: revision ${target} serves again as revision ${report.revision}`);
}
/** `helm rollback --wait`, then the judge; undefined when healthy, else why not. */
async function rollbackJudged(helm, watch, request, revision, signal) {
    const started = Date.now();
    const failed = await watch
        .watchWhile(helm.rollback(request.release, revision, { wait: true, timeoutMs: request.timeoutMs }))
        .then(() => undefined, (error) => (0,errors/* errorMessage */.gJ)(error));
    if (failed !== undefined)
        return failed;
    const verdict = await watch.judge({
        timeoutMs: Math.max(1000, request.timeoutMs - (Date.now() - started)),
        signal,
    });
    return verdict.state === 'healthy' ? undefined : `not healthy: ${verdict.reason}`;
}
/**
 * helm's refusals to start an upgrade, before it writes or applies anything: the release is
 * pending another operation, or the revision it would create was just created by another run.
 */
function isConcurrentOperation(error) {
    return /another operation \(install\/upgrade\/rollback\) is in progress|release: already exists/.test((0,errors/* errorMessage */.gJ)(error));
}
/** helm's own report of the upgrade, in a line, then the chart's notes (what helm's table output shows). */
function logDeployed(logger, release, record) {
    logger.info(`Deployed ${release} revision ${record.revision} (${record.status}: ${record.description})`);
    const notes = record.notes.trim();
    if (notes)
        for (const line of ['NOTES:', ...notes.split('\n')])
            logger.info(line);
}
/**
 * A cancelled helm leaves the release pending, or, when it had time to handle the signal, marks
 * its revision failed while the workloads keep the new spec. Either way put the last good
 * revision back, without the cancelled signal; never over a revision another run deployed.
 */
async function recoverAfterCancel(request, ctx) {
    const helm = new helm_cli/* HelmCli */.jL(ctx.helm.ready(), ctx.logger);
    try {
        // The history through this signal-free helm: the session's API client carries the cancelled signal.
        const recovery = await (0,recover_release/* recoverStuckRelease */.c)(helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger: ctx.logger,
        });
        if (recovery.action !== 'none')
            return `cancelled; ${recovery.action}`;
        const { state } = recovery;
        const good = state.kind === 'ready' ? state.lastDeployed : undefined;
        if (state.kind === 'ready' && good && state.current.status === 'failed' && state.current.revision > good.revision) {
            ctx.logger.warning(`Release ${request.release} revision ${state.current.revision} failed when cancelled: rolling back to revision ${good.revision}`);
            await helm.rollback(request.release, good.revision, { wait: true, timeoutMs: request.timeoutMs });
            return `cancelled; rolled back from revision ${state.current.revision} to ${good.revision}`;
        }
        return 'cancelled; release not left pending';
    }
    catch (error) {
        return `cancelled; recovery failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
}
async function rollbackMode(request, ctx, report) {
    const { helm, logger } = ctx;
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    // helm's own history: it carries the chart and "Rollback to N" that content needs.
    const history = await helm.history(request.release);
    const current = history[history.length - 1];
    if (!current)
        throw new Error(`Release ${request.release} has no revisions in ${request.namespace}: nothing to roll back`);
    report.previousRevision = current.revision;
    const { target, live, content } = await chooseRollbackTarget(helm, request.release, history, request.revision);
    report.content = { from: live, to: content };
    logger.info(`Live: revision ${current.revision}, ${(0,release_content/* describeContent */.Xb)(live)}; rolling back to revision ${target.revision}, ${(0,release_content/* describeContent */.Xb)(content)}`);
    report.restoredRevision = target.revision;
    const watch = watcher(request, ctx);
    const outcome = await logger.group(`Rolling ${request.release} back from revision ${current.revision} to ${target.revision}`, () => rollbackJudged(helm, watch, request, target.revision, ctx.signal));
    report.workloads = watch.last;
    // The manifest is saved while the history is read; a failed rollback does not use it.
    const manifestPath = outcome === undefined ? writeManifest(helm, request, ctx) : Promise.resolve(undefined);
    const after = await releases.history(request.release).catch(() => []);
    report.revision = after[after.length - 1]?.revision;
    if (outcome !== undefined) {
        const details = await watch.explain();
        report.failure = {
            reason: outcome,
            details,
            rollback: `rollback to revision ${target.revision} failed`,
        };
        return;
    }
    report.status = 'rolled-back';
    report.rolledBack = true;
    report.failure = undefined;
    report.manifestPath = await manifestPath;
    logger.info(`Rolled back ${request.release} from revision ${current.revision} to ${target.revision} (now revision ${report.revision})`);
}
async function plan(request, ctx, report) {
    const { helm } = ctx;
    const history = await (0,preflight/* releasesOf */.w0)(ctx).history(request.release);
    const current = history[history.length - 1];
    report.previousRevision = current?.revision;
    report.revision = current?.revision;
    const live = current ? await helm.manifest(request.release) : '';
    const next = await helm.renderUpgrade(await upgradeRequest(request, ctx));
    report.plan = await (0,manifest_diff/* planChanges */.XA)(live, next, request.namespace);
    report.status = 'planned';
    const { added, removed, changed, unchanged } = report.plan;
    ctx.logger.info(`Plan for ${request.release}: ${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`);
}


/***/ }),

/***/ 2398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkImageExists),
/* harmony export */   F: () => (/* binding */ registryOf)
/* harmony export */ });
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3604);
/* harmony import */ var _slipway_image__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9044);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _image_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2324);



/** registry host and repository path of a reference (Docker Hub for a bare name). */
function registryOf(repository) {
    const first = repository.split('/')[0];
    if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { host: first, path: repository.slice(first.length + 1) };
    }
    return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}
/**
 * HEADs the image's manifest in its registry through the one OCI registry client (its anonymous
 * token flow when the registry asks, plain HTTP for a loopback registry as docker does, the
 * runner's proxy). A 404 fails: deploying it could never become ready. A registry that wants
 * credentials we do not have is reported as unverified, not as missing.
 */
async function checkImageExists(image, options) {
    const { host, path } = registryOf(image.repository);
    const reference = image.digest ?? image.tag ?? 'latest';
    const shown = (0,_image_values__WEBPACK_IMPORTED_MODULE_0__/* .pinnedImageRef */ .n1)(image);
    const client = new _slipway_image__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .b(host, { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 });
    let found;
    try {
        found = await client.headManifest(path, reference);
    }
    catch (error) {
        const status = (0,_slipway_image__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error);
        if (status === 401 || status === 403)
            options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${status})`);
        else
            options.logger.warning(`Cannot verify that ${shown} exists: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return 'unverified';
    }
    if (!found)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
    options.logger.info(`Image ${shown} exists in ${host}`);
    return 'found';
}


/***/ }),

/***/ 2324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ DEFAULT_IMAGE_VALUES),
/* harmony export */   D3: () => (/* binding */ mergeValues),
/* harmony export */   cn: () => (/* binding */ imageValues),
/* harmony export */   jx: () => (/* binding */ nestValues),
/* harmony export */   l2: () => (/* binding */ splitImageRef),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef)
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
/** The reference a registry resolves: by digest when there is one, else by tag. */
function pinnedImageRef(image) {
    return `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
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

/***/ 1071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XA: () => (/* binding */ planChanges),
/* harmony export */   gf: () => (/* binding */ lineDiff)
/* harmony export */ });
/* unused harmony export manifestObjects */
/* harmony import */ var _manifest_documents__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);

/** Objects of a rendered manifest keyed Kind/namespace/name, each as its YAML text. */
async function manifestObjects(manifest, namespace) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = new Map();
    for (const obj of await (0,_manifest_documents__WEBPACK_IMPORTED_MODULE_0__/* .manifestDocuments */ .E)(manifest)) {
        if (!obj.kind || !obj.metadata?.name)
            continue;
        objects.set(`${obj.kind}/${obj.metadata.namespace ?? namespace}/${obj.metadata.name}`, stringify(obj));
    }
    return objects;
}
/** A line diff (`-`/`+`/` `) of two small texts, by longest common subsequence, context trimmed to 3 lines. */
function lineDiff(before, after, context = 3) {
    const a = before.split('\n');
    const b = after.split('\n');
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            lines.push(`  ${a[i]}`);
            i++;
            j++;
        }
        else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j]))
            lines.push(`+ ${b[j++]}`);
        else
            lines.push(`- ${a[i++]}`);
    }
    const keep = lines.map((line, n) => lines.slice(Math.max(0, n - context), n + context + 1).some((l) => !l.startsWith('  ')));
    const out = [];
    lines.forEach((line, n) => {
        if (keep[n])
            out.push(line);
        else if (keep[n - 1])
            out.push('  …');
    });
    return out.join('\n');
}
async function planChanges(live, next, namespace) {
    const before = await manifestObjects(live, namespace);
    const after = await manifestObjects(next, namespace);
    const added = [...after.keys()].filter((k) => !before.has(k));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const changed = [];
    let unchanged = 0;
    for (const [key, text] of after) {
        const old = before.get(key);
        if (old === undefined)
            continue;
        if (old === text)
            unchanged++;
        else
            changed.push({ object: key, diff: lineDiff(old, text) });
    }
    return { added, removed, changed, unchanged };
}


/***/ }),

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ preflight),
  w0: () => (/* binding */ releasesOf),
  _q: () => (/* binding */ requireChart)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/map-concurrent.ts
var map_concurrent = __webpack_require__(9462);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/cluster-checks.ts


/** GET /version: the API server answers, and with which version. */
async function checkReachable(client) {
    const version = await client.get('/version');
    return version.gitVersion ?? 'unknown';
}
/**
 * Whether the namespace exists, changing nothing. A user who may not read Namespace objects (a
 * namespaced deployer) is trusted that it exists: the permission check says the rest.
 */
async function lookupNamespace(client, namespace, logger) {
    try {
        return (await client.find(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) ? 'present' : 'absent';
    }
    catch (error) {
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 403) {
            logger.info(`Cannot read namespace ${namespace} (forbidden to this user): assuming it exists`);
            return 'assumed';
        }
        throw error;
    }
}
/** The namespace exists, or is created when allowed; `found` is a lookup already made. */
async function ensureNamespace(client, namespace, options) {
    const found = options.found ?? (await lookupNamespace(client, namespace, options.logger));
    if (found !== 'absent')
        return found;
    if (!options.create)
        throw new errors/* ConfigError */.xL(`Namespace "${namespace}" does not exist; create it or set 'create-namespace: true'`);
    try {
        await client.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    catch (error) {
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 409)
            return 'present';
        if (error instanceof kube_client/* KubeApiError */.W && error.status === 403)
            throw new errors/* ConfigError */.xL(`Namespace "${namespace}" does not exist and this user may not create namespaces: ${error.message}`);
        throw error;
    }
    options.logger.info(`Created namespace ${namespace}`);
    return 'created';
}
/** What a helm release with rollout watching needs in its namespace. */
const DEPLOY_PERMISSIONS = [
    ...['get', 'list', 'create', 'update', 'delete'].map((verb) => ({
        verb,
        resource: 'secrets',
        why: 'helm keeps release history in Secrets',
    })),
    ...['get', 'list', 'create', 'patch'].map((verb) => ({
        verb,
        resource: 'deployments',
        group: 'apps',
        why: 'to deploy the workloads',
    })),
    { verb: 'list', resource: 'statefulsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'daemonsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'pods', why: 'to explain a failed rollout' },
    { verb: 'list', resource: 'events', why: 'to explain a failed rollout' },
];
/** Whether RBAC rules grant a permission on every object of its kind (a rule naming objects does not). */
function rulesGrant(rules, p) {
    const has = (list, value) => !!list && (list.includes('*') || list.includes(value));
    return rules.some((r) => !r.resourceNames?.length &&
        has(r.verbs, p.verb) &&
        has(r.apiGroups, p.group ?? '') &&
        has(r.resources, p.resource));
}
/**
 * Whether this user may do each thing; fails naming the first permission missing. One
 * SelfSubjectRulesReview answers for most users at once; what its rules do not grant (they may be
 * incomplete: the Node authorizer and webhooks cannot list theirs) is asked one by one with
 * SelfSubjectAccessReviews. Both reviews are allowed to every authenticated user.
 */
async function checkPermissions(client, namespace, permissions = DEPLOY_PERMISSIONS) {
    const rules = await client
        .create('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: { namespace },
    })
        .then((review) => review.status?.resourceRules ?? [], (error) => {
        // Refused or not served: the access reviews below decide alone.
        if (error instanceof kube_client/* KubeApiError */.W)
            return [];
        throw error;
    });
    const unsure = permissions.filter((p) => !rulesGrant(rules, p));
    const answers = await (0,map_concurrent/* mapConcurrent */._)(unsure, unsure.length, async (p) => {
        const review = await client.create('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: { namespace, verb: p.verb, resource: p.resource, group: p.group ?? '' } },
        });
        return { p, allowed: review.status?.allowed === true };
    });
    const missing = answers.filter((a) => !a.allowed).map((a) => a.p);
    if (!missing.length)
        return;
    const first = missing[0];
    const what = (p) => `${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}`;
    throw new errors/* ConfigError */.xL(`The kubeconfig's user may not ${what(first)} in namespace "${namespace}" (${first.why})${missing.length > 1 ? `; also missing: ${missing.slice(1).map(what).join(', ')}` : ''}`);
}

// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-exists.ts
var image_exists = __webpack_require__(2398);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/preflight.ts




function releasesOf(ctx) {
    return ctx.releases ?? ctx.helm;
}
/**
 * Before anything changes: the API server answers, the namespace is there (or created), the
 * user may do what a release needs, the image exists, and the release is not stuck. The reads
 * are independent and run at once (with helm's resolution, when the session left it running);
 * their failures are reported in that order, helm's first, and nothing is created or recovered
 * unless every one of them passed.
 */
async function preflight(request, ctx) {
    const { kube, logger } = ctx;
    return logger.group('Pre-flight checks', async () => {
        const readOnly = request.mode === 'plan';
        // Blue-green recovers the colour release it is about to deploy, once it knows which.
        const readHistory = !readOnly && request.strategy !== 'blue-green';
        const [helm, reachable, permitted, image, namespace, history] = await Promise.allSettled([
            ctx.helm.ready(),
            checkReachable(kube),
            checkPermissions(kube, request.namespace),
            request.image && request.checkImage && request.mode === 'deploy'
                ? (0,image_exists/* checkImageExists */.C)(request.image, { logger, signal: ctx.signal })
                : undefined,
            lookupNamespace(kube, request.namespace, logger),
            readHistory ? releasesOf(ctx).history(request.release) : undefined,
        ]);
        if (helm.status === 'rejected')
            throw helm.reason;
        if (reachable.status === 'rejected') {
            const error = reachable.reason;
            if (error instanceof errors/* TransientError */.N_)
                throw new errors/* TransientError */.N_(`Pre-flight: ${error.message}. Is the cluster up and the kubeconfig's server right?`);
            throw error;
        }
        logger.info(`Kubernetes API ${kube.access.server} answers (${reachable.value})`);
        const found = settledValue(permitted, image, namespace, history);
        logger.info(`The kubeconfig's user may manage releases in ${request.namespace}`);
        const ns = await ensureNamespace(kube, request.namespace, {
            create: request.createNamespace && !readOnly,
            logger,
            found: found.namespace,
        });
        logger.info(`Namespace ${request.namespace}: ${ns}`);
        if (!readHistory)
            return { recovery: undefined, history: undefined };
        const recovery = await (0,recover_release/* recoverStuckRelease */.c)(ctx.helm, request.release, {
            timeoutMs: request.timeoutMs,
            logger,
            history: found.history,
        });
        if (recovery.action === 'none') {
            logger.info(`Release ${request.release}: ${describeState(recovery)}`);
            return { recovery, history: found.history };
        }
        return { recovery, history: await releasesOf(ctx).history(request.release) };
    });
}
/** The first failure in pre-flight order, else the values. */
function settledValue(permitted, image, namespace, history) {
    for (const result of [permitted, image, namespace, history])
        if (result.status === 'rejected')
            throw result.reason;
    return {
        namespace: namespace.value,
        history: history.value,
    };
}
function describeState(recovery) {
    const state = recovery.state;
    if (state.kind === 'absent')
        return 'not installed yet';
    if (state.kind === 'ready')
        return `at revision ${state.current.revision} (${state.current.status})`;
    return state.kind;
}
function requireChart(request) {
    if (!request.chart)
        throw new errors/* ConfigError */.xL(`Input 'chart': expected a chart path, repository/name or oci:// reference`);
    return request.chart;
}


/***/ }),

/***/ 5273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   DY: () => (/* binding */ rollbackCandidates),
/* harmony export */   Nq: () => (/* binding */ imagesInManifest),
/* harmony export */   Xb: () => (/* binding */ describeContent),
/* harmony export */   Ym: () => (/* binding */ podImages),
/* harmony export */   c_: () => (/* binding */ readContent),
/* harmony export */   s0: () => (/* binding */ restoredRevision)
/* harmony export */ });
/* harmony import */ var _manifest_documents__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);

const ROLES = [
    ['initContainers', 'init container'],
    ['containers', 'container'],
    ['ephemeralContainers', 'ephemeral container'],
];
/**
 * Every image of every pod-bearing object (a Pod, anything with a pod template, a CronJob's job
 * template): init, ordinary and ephemeral containers, in manifest order.
 */
async function podImages(manifest) {
    const found = [];
    for (const obj of await (0,_manifest_documents__WEBPACK_IMPORTED_MODULE_0__/* .manifestDocuments */ .E)(manifest)) {
        const specs = [obj.spec, obj.spec?.template?.spec, obj.spec?.jobTemplate?.spec?.template?.spec];
        const owner = `${obj.kind ?? 'object'}/${obj.metadata?.name ?? ''}`;
        for (const spec of specs)
            for (const [field, role] of ROLES)
                for (const c of spec?.[field] ?? [])
                    if (c.image)
                        found.push({ image: c.image, usedBy: `${role} "${c.name ?? ''}" of ${owner}` });
    }
    return found;
}
/** Every container image of a rendered manifest, sorted, once each. */
async function imagesInManifest(manifest) {
    return [...new Set((await podImages(manifest)).map((p) => p.image))].sort();
}
async function readContent(helm, release, revision) {
    const [manifest, values] = await Promise.all([
        helm.manifest(release, revision.revision),
        helm.values(release, revision.revision),
    ]);
    return { chart: revision.chart, images: await imagesInManifest(manifest), values };
}
function sameContent(a, b) {
    return a.chart === b.chart && a.values === b.values && a.images.join(',') === b.images.join(',');
}
/** "Rollback to 2": the revision a rollback revision restored. */
function restoredRevision(revision) {
    const match = /^Rollback to (\d+)/.exec(revision.description);
    return match ? Number(match[1]) : undefined;
}
/**
 * The revisions a rollback may go back to, newest first: deployed once, and not rolled back away
 * from (a revision followed by "Rollback to …" was judged bad, even when helm called it deployed).
 */
function rollbackCandidates(history, live) {
    const rolledAwayFrom = new Set(history.flatMap((r, i) => (restoredRevision(r) !== undefined && i > 0 ? [history[i - 1]?.revision] : [])));
    return history
        .filter((r) => r.revision < live && ['deployed', 'superseded'].includes(r.status))
        .filter((r) => !rolledAwayFrom.has(r.revision))
        .reverse();
}
/** "web-6.9.1, image shop:6.9.1": what a revision runs, for a line. */
function describeContent(content) {
    const images = content.images.length ? content.images.join(', ') : 'no images';
    return `chart ${content.chart || 'unknown'}, ${content.images.length > 1 ? 'images' : 'image'} ${images}`;
}


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ parseReleaseJson),
/* harmony export */   Qz: () => (/* binding */ HelmCommandError),
/* harmony export */   jL: () => (/* binding */ HelmCli)
/* harmony export */ });
/* unused harmony export errorLines */
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2783);
/* harmony import */ var _helm_flags__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2366);
/* harmony import */ var _release_history__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8010);



function parseReleaseJson(stdout) {
    const release = JSON.parse(stdout);
    return {
        revision: Number(release.version ?? 0),
        status: release.info?.status ?? 'unknown',
        description: release.info?.description ?? '',
        notes: release.info?.notes ?? '',
        manifest: release.manifest ?? '',
    };
}
class HelmCommandError extends Error {
    stderr;
    name = 'HelmCommandError';
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
/**
 * helm's error, in one line: the last `Error:` line with the lines after it (a hook failure lists
 * its causes below: "pre-upgrade hooks failed: 1 error occurred: * job web-pre-upgrade failed").
 */
function errorLines(stderr) {
    const lines = stderr.split('\n').filter((l) => l.trim());
    const at = lines.findLastIndex((l) => l.startsWith('Error: '));
    if (at < 0)
        return lines.at(-1);
    return lines
        .slice(at)
        .map((l) => l.trim())
        .join(' ');
}
/**
 * helm's release operations, argv built in one place, with the v3/v4 flags from helm-flags.
 * The target may still be resolving (`helm version`, or an install): every command waits for it,
 * so a session can check the cluster meanwhile; `target` is for code that ran a command or `ready()`.
 */
class HelmCli {
    logger;
    signal;
    resolved;
    resolving;
    constructor(target, logger, signal) {
        this.logger = logger;
        this.signal = signal;
        this.resolving = Promise.resolve(target).then((t) => (this.resolved = t));
        // Whoever awaits ready() (pre-flight, or the first command) reports a failure; never unhandled.
        this.resolving.catch(() => undefined);
    }
    /** The resolved helm (path, major, …); rejects as its resolution did. */
    ready() {
        return this.resolving;
    }
    get target() {
        if (!this.resolved)
            throw new Error('HelmCli.target read before helm was resolved (await ready() first)');
        return this.resolved;
    }
    common() {
        const args = ['--namespace', this.target.namespace];
        if (this.target.kubeconfig)
            args.push('--kubeconfig', this.target.kubeconfig);
        if (this.target.context)
            args.push('--kube-context', this.target.context);
        return args;
    }
    /**
     * The argv of an upgrade, exposed so tests and the log can show exactly what runs. The release
     * and chart come last, after "--": helm never reads either as an option, whatever its text.
     */
    upgradeArgs(request, extra = []) {
        const args = ['upgrade', '--install', ...this.common()];
        if (request.chartVersion)
            args.push('--version', request.chartVersion);
        for (const file of request.valuesFiles)
            args.push('--values', file);
        args.push(...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .timeoutFlag */ .kw)(request.timeoutMs));
        if (request.historyMax !== undefined)
            args.push('--history-max', String(request.historyMax));
        if (request.createNamespace)
            args.push('--create-namespace');
        args.push(...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .upgradeFlags */ .Q4)(this.target.major, {
            wait: request.wait,
            force: request.force ?? false,
            helmRollbackOnFailure: request.helmRollbackOnFailure ?? false,
        }));
        return [...args, ...extra, '--', request.release, request.chart];
    }
    /** `stream: 'stderr'` logs helm's stderr as it comes and keeps its stdout (JSON) for the caller. */
    async run(args, options = {}) {
        await this.ready();
        this.logger.debug(`helm ${args.join(' ')}`);
        const signals = [this.signal, options.signal].filter((s) => !!s);
        try {
            return await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)(this.target.path, args, {
                env: this.target.env,
                signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                timeoutMs: options.timeoutMs,
                logger: options.stream ? this.logger : undefined,
                logStdout: options.stream !== 'stderr',
            });
        }
        catch (error) {
            if (error instanceof _slipway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c) {
                const stderr = error.result.stderr.trim();
                const reason = errorLines(stderr) ?? error.message;
                throw new HelmCommandError(`helm ${args[0]} failed: ${reason.replace(/^Error: /, '')}`, stderr);
            }
            throw error;
        }
    }
    /**
     * Upgrades (or installs) and returns the release helm made, read from its `--output json`:
     * the revision and the manifest come with it, no `helm history` or `get manifest` after.
     * `stop` ends helm's wait (SIGTERM: helm marks the revision failed) when the judge has seen enough.
     */
    async upgrade(request, stop) {
        await this.ready();
        const { stdout } = await this.run(this.upgradeArgs(request, ['--output', 'json']), {
            stream: 'stderr',
            signal: stop,
        });
        return parseReleaseJson(stdout);
    }
    /** The rendered manifest of an upgrade, changing nothing. */
    async renderUpgrade(request) {
        await this.ready();
        const args = this.upgradeArgs({ ...request, wait: false, helmRollbackOnFailure: false, createNamespace: false }, [
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .dryRunFlags */ .g_)(this.target.major),
            '--output',
            'json',
        ]);
        return parseReleaseJson((await this.run(args)).stdout).manifest;
    }
    /**
     * The chart rendered with the upgrade's values by `helm template`: no cluster read or written
     * (`lookup` finds nothing; capabilities are helm's defaults).
     */
    async template(request) {
        await this.ready();
        const args = ['template', ...this.common()];
        if (request.chartVersion)
            args.push('--version', request.chartVersion);
        for (const file of request.valuesFiles)
            args.push('--values', file);
        return (await this.run([...args, '--', request.release, request.chart])).stdout;
    }
    /** Every revision, oldest first; empty when the release does not exist. */
    async history(release) {
        await this.ready();
        try {
            const { stdout } = await this.run([
                'history',
                '--max',
                '256',
                '--output',
                'json',
                ...this.common(),
                '--',
                release,
            ]);
            return (0,_release_history__WEBPACK_IMPORTED_MODULE_2__/* .parseHistory */ .i6)(stdout);
        }
        catch (error) {
            if (error instanceof HelmCommandError && /release: not found/.test(error.stderr))
                return [];
            throw error;
        }
    }
    async rollback(release, revision, options) {
        await this.ready();
        await this.run([
            'rollback',
            ...this.common(),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .timeoutFlag */ .kw)(options.timeoutMs),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .waitFlags */ .pF)(this.target.major, options.wait),
            '--',
            release,
            String(revision),
        ], { stream: true });
    }
    async uninstall(release, options) {
        await this.ready();
        await this.run([
            'uninstall',
            ...this.common(),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .timeoutFlag */ .kw)(options.timeoutMs),
            ...(0,_helm_flags__WEBPACK_IMPORTED_MODULE_0__/* .waitFlags */ .pF)(this.target.major, options.wait),
            '--',
            release,
        ], { stream: true });
    }
    async status(release) {
        await this.ready();
        const { stdout } = await this.run(['status', '--output', 'json', ...this.common(), '--', release]);
        const parsed = JSON.parse(stdout);
        return { status: parsed.info?.status ?? 'unknown', revision: Number(parsed.version ?? 0) };
    }
    /** The values a revision was deployed with (user-supplied), as JSON text. */
    async values(release, revision) {
        await this.ready();
        const args = ['get', 'values', release, '--revision', String(revision), '--output', 'json', ...this.common()];
        return (await this.run(args)).stdout.trim();
    }
    async manifest(release, revision) {
        await this.ready();
        const args = ['get', 'manifest', ...this.common()];
        if (revision !== undefined)
            args.push('--revision', String(revision));
        return (await this.run([...args, '--', release])).stdout;
    }
}


/***/ }),

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ upgradeFlags),
/* harmony export */   g_: () => (/* binding */ dryRunFlags),
/* harmony export */   kw: () => (/* binding */ timeoutFlag),
/* harmony export */   pF: () => (/* binding */ waitFlags)
/* harmony export */ });
function upgradeFlags(major, behaviour) {
    const v4 = major >= 4;
    const flags = [];
    if (behaviour.helmRollbackOnFailure)
        flags.push(v4 ? '--rollback-on-failure' : '--atomic');
    if (behaviour.wait)
        flags.push(v4 ? '--wait=watcher' : '--wait');
    if (behaviour.force)
        flags.push(v4 ? '--force-replace' : '--force');
    return flags;
}
/** `helm rollback` waits the same way `upgrade` does. */
function waitFlags(major, wait) {
    if (!wait)
        return [];
    return [major >= 4 ? '--wait=watcher' : '--wait'];
}
/** helm takes Go durations; we always pass whole seconds. */
function timeoutFlag(timeoutMs) {
    return ['--timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`];
}
/** Render without touching the cluster's objects: v4 wants the mode spelled out. */
function dryRunFlags(major) {
    return [major >= 4 ? '--dry-run=client' : '--dry-run'];
}


/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ manifestDocuments)
/* harmony export */ });
/** The objects of a rendered manifest (`helm template`, `helm get manifest`), empty documents skipped. */
async function manifestDocuments(manifest) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const objects = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (obj && typeof obj === 'object')
            objects.push(obj);
    }
    return objects;
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ recoverStuckRelease)
/* harmony export */ });
/* harmony import */ var _release_history__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8010);

/**
 * A release left pending-install/upgrade/rollback by a killed run blocks every later operation
 * ("another operation is in progress"). Roll it back to its last deployed revision, or remove
 * a first install that never succeeded; say in the log what was done.
 */
async function recoverStuckRelease(helm, release, options) {
    const history = options.history ?? (await (options.releases ?? helm).history(release));
    const state = (0,_release_history__WEBPACK_IMPORTED_MODULE_0__/* .classifyRelease */ .s$)(history);
    const { logger } = options;
    if (state.kind === 'stuck') {
        const { current, lastDeployed } = state;
        logger.warning(`Release ${release} is stuck at revision ${current.revision} (${current.status}), probably left by a killed run: rolling back to revision ${lastDeployed.revision}`);
        await helm.rollback(release, lastDeployed.revision, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: rolled back from revision ${current.revision} to ${lastDeployed.revision}`);
        return { action: 'rolled-back', from: current.revision, fromStatus: current.status, to: lastDeployed.revision };
    }
    if (state.kind === 'never-deployed') {
        const { current } = state;
        logger.warning(`Release ${release} was never deployed successfully (revision ${current.revision} is ${current.status}): uninstalling it before installing again`);
        await helm.uninstall(release, { wait: true, timeoutMs: options.timeoutMs });
        logger.info(`Recovered ${release}: uninstalled the ${current.status} first install`);
        return { action: 'uninstalled', revision: current.revision, status: current.status };
    }
    return { action: 'none', state };
}


/***/ }),

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ lastGoodRevision),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   s$: () => (/* binding */ classifyRelease)
/* harmony export */ });
const PENDING = new Set(['pending-install', 'pending-upgrade', 'pending-rollback']);
const GOOD = new Set(['deployed', 'superseded']);
function parseHistory(json) {
    const raw = JSON.parse(json || '[]');
    if (!Array.isArray(raw))
        throw new Error('helm history -o json did not print a list');
    return raw
        .map((entry) => ({
        revision: Number(entry['revision']),
        status: String(entry['status'] ?? ''),
        chart: String(entry['chart'] ?? ''),
        appVersion: String(entry['app_version'] ?? ''),
        description: String(entry['description'] ?? ''),
        updated: String(entry['updated'] ?? ''),
    }))
        .sort((a, b) => a.revision - b.revision);
}
function isPending(status) {
    return PENDING.has(status);
}
/**
 * The last good revision before `before` (default: the newest): a revision that was deployed,
 * preferring the one helm still marks deployed.
 */
function lastGoodRevision(history, before = Number.POSITIVE_INFINITY) {
    const earlier = history.filter((r) => r.revision < before);
    const deployed = earlier.filter((r) => r.status === 'deployed');
    if (deployed.length)
        return deployed[deployed.length - 1];
    const good = earlier.filter((r) => GOOD.has(r.status));
    return good[good.length - 1];
}
function classifyRelease(history) {
    const current = history[history.length - 1];
    if (!current || current.status === 'uninstalled')
        return { kind: 'absent' };
    const everGood = history.some((r) => GOOD.has(r.status));
    if (isPending(current.status) || current.status === 'uninstalling') {
        const lastDeployed = lastGoodRevision(history, current.revision);
        return lastDeployed ? { kind: 'stuck', current, lastDeployed } : { kind: 'never-deployed', current };
    }
    if (current.status === 'failed' && !everGood)
        return { kind: 'never-deployed', current };
    return { kind: 'ready', current, lastDeployed: lastGoodRevision(history) };
}


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


/***/ }),

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

/***/ 2589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ KubeApiError),
  B: () => (/* binding */ KubeClient)
});

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/kube/src/exec-credential.ts

/** Renew this long before the expiry: 30 s, or a quarter of a short credential's lifetime. */
function renewalMargin(lifetimeMs) {
    return Math.min(30_000, Math.max(0, lifetimeMs) / 4);
}
/**
 * The KUBERNETES_EXEC_INFO kubectl hands a plugin: the ExecCredential asked for, never
 * interactive (a runner has no terminal), with the cluster when provideClusterInfo is set.
 */
function execInfo(access, plugin) {
    const cluster = {
        server: access.server,
        'tls-server-name': access.tlsServerName,
        'insecure-skip-tls-verify': access.insecureSkipTlsVerify || undefined,
        'certificate-authority-data': access.ca?.toString('base64'),
        'proxy-url': access.proxyUrl,
        config: plugin.clusterConfig,
    };
    return JSON.stringify({
        apiVersion: plugin.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false, ...(plugin.provideClusterInfo ? { cluster } : {}) },
    });
}
/**
 * Runs a kubeconfig's exec plugin and keeps its credential, shared by every client of one
 * access: run again shortly before status.expirationTimestamp, or when the API server refuses
 * the credential (`renew`). Concurrent callers wait for one run.
 */
class ExecCredentialSource {
    access;
    plugin;
    now;
    current;
    constructor(access, plugin, now = Date.now) {
        this.access = access;
        this.plugin = plugin;
        this.now = now;
    }
    /** The credential to send now: the one held unless it is about to expire. */
    async get(signal) {
        const pending = this.current;
        if (pending) {
            const held = await pending; // a run that failed fails everyone who waited for it
            if (!this.expiring(held))
                return held;
            if (this.current !== pending)
                return this.get(signal); // renewed meanwhile
        }
        return this.run(signal);
    }
    /** The API server refused `stale` (401): run the plugin again, once for all who saw it refused. */
    async renew(stale, signal) {
        const pending = this.current;
        const held = await pending?.catch(() => undefined);
        if (held && held !== stale)
            return held;
        if (this.current && this.current !== pending)
            return this.current;
        return this.run(signal);
    }
    expiring(credential) {
        if (credential.expiresAt === undefined)
            return false;
        const margin = renewalMargin(credential.expiresAt - credential.obtainedAt);
        return this.now() >= credential.expiresAt - margin;
    }
    run(signal) {
        const running = runPlugin(this.access, this.plugin, this.now(), signal);
        this.current = running;
        // The callers see a failed run; the next request runs the plugin again.
        running.catch(() => {
            if (this.current === running)
                this.current = undefined;
        });
        return running;
    }
}
async function runPlugin(access, plugin, obtainedAt, signal) {
    const name = `The kubeconfig's exec credential plugin (${plugin.command})`;
    if (plugin.interactiveMode === 'Always')
        throw new errors/* ConfigError */.xL(`${name} asks for interactiveMode: Always; a runner has no terminal to give it`);
    let stdout;
    try {
        ({ stdout } = await (0,exec/* exec */.m)(plugin.command, plugin.args, {
            env: { ...process.env, ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(access, plugin) },
            signal,
            timeoutMs: 60_000,
        }));
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        const last = error instanceof exec/* ExecError */.c ? error.result.stderr.trim().split('\n').at(-1)?.slice(0, 300) : '';
        throw new errors/* ConfigError */.xL(`${name} failed: ${last || (error instanceof Error ? error.message : String(error))}`, {
            cause: error,
        });
    }
    return { ...parseExecCredential(stdout, plugin, name), obtainedAt };
}
/** The status of a plugin's ExecCredential, checked as kubectl checks it; secrets are masked at once. */
function parseExecCredential(stdout, plugin, name) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* ConfigError */.xL(`${name} did not print an ExecCredential (JSON) on stdout`);
    }
    if (parsed.kind !== 'ExecCredential' || parsed.apiVersion !== plugin.apiVersion)
        throw new errors/* ConfigError */.xL(`${name} printed ${String(parsed.apiVersion)} ${String(parsed.kind)}; the kubeconfig asks for ${plugin.apiVersion} ExecCredential`);
    const status = parsed.status ?? {};
    const text = (key) => (typeof status[key] === 'string' && status[key] ? status[key] : undefined);
    const token = text('token');
    const cert = text('clientCertificateData');
    const key = text('clientKeyData');
    if (!token && !(cert && key))
        throw new errors/* ConfigError */.xL(`${name} handed out neither a token nor a client certificate and key`);
    if (Boolean(cert) !== Boolean(key))
        throw new errors/* ConfigError */.xL(`${name} handed out a client certificate without its key, or a key without its certificate`);
    for (const secret of [token, key])
        (0,mask/* maskSecret */.$l)(secret);
    const expiry = text('expirationTimestamp');
    const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
        throw new errors/* ConfigError */.xL(`${name} handed out an expirationTimestamp that is not a time (RFC 3339)`);
    return {
        token,
        cert: cert ? Buffer.from(cert) : undefined,
        key: key ? Buffer.from(key) : undefined,
        expiresAt,
    };
}
const sources = new WeakMap();
/** The one credential source of an access with an exec plugin, shared by all its clients. */
function execCredentials(access) {
    if (!access.exec)
        return undefined;
    let source = sources.get(access);
    if (!source)
        sources.set(access, (source = new ExecCredentialSource(access, access.exec)));
    return source;
}

// EXTERNAL MODULE: ./packages/kit/src/http/no-proxy.ts
var no_proxy = __webpack_require__(9167);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
;// CONCATENATED MODULE: ./packages/kube/src/kube-proxy.ts


function firstSet(env, names) {
    for (const name of names) {
        const value = env[name];
        if (value)
            return [name, value];
    }
    return undefined;
}
/**
 * The proxy as kubectl picks it: the cluster's proxy-url whatever the host; else HTTPS_PROXY
 * (HTTP_PROXY for an http server; upper case first), unless the server is loopback or NO_PROXY
 * names it, as Go reads NO_PROXY (kit's `bypassesProxy`, dialect `go`).
 */
async function proxyFor(access, env = process.env) {
    if (access.proxyUrl)
        return { url: new URL(access.proxyUrl), from: "the kubeconfig's proxy-url" };
    const server = new URL(access.server);
    const https = server.protocol === 'https:';
    const set = firstSet(env, https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']);
    if (!set)
        return undefined;
    const port = server.port || (https ? '443' : '80');
    if ((0,no_proxy/* bypassesProxy */.Z)(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '', 'go'))
        return undefined;
    const [name, value] = set;
    return { url: (0,kubeconfig/* checkProxyUrl */.O1)(value.includes('://') ? value : `http://${value}`, name), from: name };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/kube/src/proxy-tunnel.ts




/** A proxy named without its credentials, for messages. */
function shownProxy(proxy) {
    return `${proxy.url.protocol}//${proxy.url.host} (${proxy.from})`;
}
/**
 * A keep-alive https agent whose sockets are tunnels through an http or https proxy (HTTP
 * CONNECT), TLS to the API server running inside them: the agent pools them like any other.
 */
function tunnelAgent(proxy, options) {
    const agent = new external_node_https_.Agent(options);
    const { username, password } = proxy.url;
    let authorization;
    if (username || password) {
        const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
        authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
        (0,mask/* maskSecret */.$l)(decodeURIComponent(password));
        (0,mask/* maskSecret */.$l)(authorization);
    }
    const shown = shownProxy(proxy);
    const proxyPort = Number(proxy.url.port) || (proxy.url.protocol === 'https:' ? 443 : 80);
    const proxyHost = proxy.url.hostname.replace(/^\[(.*)\]$/, '$1');
    const connect = (target, timeoutMs) => new Promise((resolve, reject) => {
        const socket = proxy.url.protocol === 'https:'
            ? external_node_tls_.connect({ host: proxyHost, port: proxyPort, servername: external_node_net_.isIP(proxyHost) ? undefined : proxyHost })
            : external_node_net_.connect({ host: proxyHost, port: proxyPort });
        const fail = (error) => {
            socket.destroy();
            reject(error);
        };
        socket.setTimeout(timeoutMs, () => fail(new errors/* TransientError */.N_(`The proxy ${shown} did not answer CONNECT ${target} within ${timeoutMs / 1000} s`)));
        socket.once('error', (error) => fail(new errors/* TransientError */.N_(`Cannot reach the proxy ${shown}: ${error.code ?? error.message}`, { cause: error })));
        socket.once(proxy.url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
            if (authorization)
                headers.push(`Proxy-Authorization: ${authorization}`);
            socket.write(`${headers.join('\r\n')}\r\n\r\n`);
        });
        let head = Buffer.alloc(0);
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > 16_384)
                    fail(new errors/* TransientError */.N_(`The proxy ${shown} answered CONNECT with no end of headers`));
                return;
            }
            socket.off('data', onData);
            socket.setTimeout(0);
            socket.removeAllListeners('error');
            const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
            if (status === 200) {
                if (end + 4 < head.length)
                    socket.unshift(head.subarray(end + 4));
                return resolve(socket);
            }
            const said = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 200);
            const message = `The proxy ${shown} refused CONNECT ${target}: ${said || 'no HTTP answer'}`;
            // 403/407: the proxy's rules or its credentials, which the user can fix; the rest may pass.
            fail(status === 403 || status === 407 ? new errors/* ConfigError */.xL(message) : new errors/* TransientError */.N_(message));
        };
        socket.on('data', onData);
    });
    agent.createConnection = (options, callback) => {
        const host = String(options.host ?? options.hostname ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
        const target = `${external_node_net_.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
        connect(target, options.timeout ?? 30_000).then((socket) => {
            // tls.connect with a socket does not connect itself: host, port and path are not used.
            const secured = external_node_tls_.connect({ ...options, socket });
            callback?.(null, secured);
        }, (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}

;// CONCATENATED MODULE: ./packages/kube/src/kube-client.ts






/** The API server answered with an error Status; `reason` is Kubernetes' (Forbidden, NotFound, …). */
class KubeApiError extends Error {
    status;
    reason;
    name = 'KubeApiError';
    constructor(message, status, reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}
/**
 * The name the server's certificate must carry (tls-server-name): sent as SNI, except an IP
 * address, which SNI may not carry (RFC 6066) and is checked against the certificate alone.
 */
function serverName(name, checkIdentity) {
    if (!name)
        return {};
    if (!/^[\d.]+$|:/.test(name))
        return { servername: name };
    return { checkServerIdentity: (_host, cert) => checkIdentity(name, cert) };
}
/**
 * One keep-alive agent and one TLS context per cluster access, shared by every client made from
 * it: a deploy makes some 30 requests, and a handshake with a freshly parsed CA and key each was
 * a tenth of the action's own time. Idle sockets do not hold the process open (node unrefs
 * them) and close after 15 s. Through a proxy, the pooled sockets are CONNECT tunnels.
 */
const connections = new WeakMap();
/**
 * A small Kubernetes API client over node https: client certificates, bearer tokens (also from
 * an exec credential plugin, run again before it expires and on a 401), basic auth and the
 * cluster CA, as the kubeconfig says; through the cluster's proxy-url or HTTPS_PROXY as kubectl
 * goes.
 */
class KubeClient {
    access;
    signal;
    constructor(access, signal) {
        this.access = access;
        this.signal = signal;
    }
    async get(path) {
        return this.request({ path });
    }
    /** undefined when the object does not exist. */
    async find(path) {
        try {
            return await this.get(path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async create(path, body) {
        return this.request({ method: 'POST', path, body });
    }
    async request(request) {
        const plugin = execCredentials(this.access);
        let credential = await plugin?.get(this.signal);
        let answer = await this.send(request, credential);
        // A 401 is answered before anything is done: the request can be sent again with a fresh credential.
        if (answer.status === 401 && plugin && credential) {
            credential = await plugin.renew(credential, this.signal);
            answer = await this.send(request, credential);
        }
        const what = `${request.method ?? 'GET'} ${answer.path}`;
        if (answer.status >= 200 && answer.status < 300) {
            try {
                return (answer.text ? JSON.parse(answer.text) : undefined);
            }
            catch {
                throw new Error(`${what}: the API server answered with something that is not JSON`);
            }
        }
        throw apiError(what, answer.status, answer.text, plugin !== undefined);
    }
    async connection(credential) {
        const pending = connections.get(this.access);
        if (pending) {
            const held = await pending;
            if (!credential?.cert || held.credential === credential)
                return held;
            if (connections.get(this.access) !== pending)
                return this.connection(credential);
        }
        const making = this.connect(credential);
        connections.set(this.access, making);
        // A failure (a bad HTTPS_PROXY, say) is the callers'; the next request tries again.
        making.catch(() => {
            if (connections.get(this.access) === making)
                connections.delete(this.access);
        });
        return making;
    }
    async connect(credential) {
        const proxy = await proxyFor(this.access);
        const options = { keepAlive: true, timeout: 15_000 };
        return {
            agent: proxy ? tunnelAgent(proxy, options) : new external_node_https_.Agent(options),
            secureContext: (0,external_node_tls_.createSecureContext)({
                ca: this.access.ca,
                cert: credential?.cert ?? this.access.cert,
                key: credential?.key ?? this.access.key,
            }),
            credential: credential?.cert ? credential : undefined,
            checkIdentity: external_node_tls_.checkServerIdentity,
        };
    }
    async send(request, credential) {
        const shared = await this.connection(credential);
        const url = new URL(request.path, `${this.access.server}/`);
        const headers = { accept: request.accept ?? 'application/json' };
        const token = credential?.token ?? this.access.token;
        if (token)
            headers['authorization'] = `Bearer ${token}`;
        else if (this.access.username && this.access.password)
            headers['authorization'] =
                `Basic ${Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')}`;
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        if (body) {
            headers['content-type'] = 'application/json';
            // Node frames a body only for methods it expects one on: a DELETE body would go unframed (400).
            headers['content-length'] = String(Buffer.byteLength(body));
        }
        const method = request.method ?? 'GET';
        const what = `${method} ${url.pathname}`;
        const timeoutMs = request.timeoutMs ?? 30_000;
        return new Promise((resolve, reject) => {
            const req = external_node_https_.request(url, {
                method,
                headers,
                // Passed on to tls.connect, which takes it (node's request typings leave it out).
                ...{ secureContext: shared.secureContext },
                rejectUnauthorized: !this.access.insecureSkipTlsVerify,
                ...serverName(this.access.tlsServerName, shared.checkIdentity),
                signal: this.signal,
                timeout: timeoutMs,
                agent: shared.agent,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new errors/* TransientError */.N_(`${what}: ${e.message}`, { cause: e })));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), path: url.pathname }));
            });
            let timedOut = false;
            req.on('timeout', () => {
                timedOut = true;
                req.destroy(new Error('timed out'));
            });
            req.on('error', (error) => {
                if (error.name === 'AbortError')
                    return reject(error);
                // The proxy's own refusal names the proxy: pass it on as it is.
                if (error instanceof errors/* ConfigError */.xL || error instanceof errors/* TransientError */.N_)
                    return reject(error);
                // A server that accepts the connection and then says nothing: etcd gone behind it, say.
                if (timedOut)
                    return reject(new errors/* TransientError */.N_(`The Kubernetes API at ${this.access.server} did not answer ${what} within ${timeoutMs / 1000} s`));
                reject(new errors/* TransientError */.N_(`Cannot reach the Kubernetes API at ${this.access.server}: ${error.code ?? error.message}`, {
                    cause: error,
                }));
            });
            req.end(body);
        });
    }
}
function apiError(what, status, text, fromPlugin) {
    let message = text.slice(0, 500);
    let reason = '';
    try {
        const parsed = JSON.parse(text);
        message = parsed.message ?? message;
        reason = parsed.reason ?? '';
    }
    catch {
        // not a Status object
    }
    if (status === 401)
        return new errors/* ConfigError */.xL(fromPlugin
            ? `The Kubernetes API refused the credential of the kubeconfig's exec plugin (401 Unauthorized) for ${what}, also when run again: check the plugin's identity and the cluster's access to it`
            : `The Kubernetes API refused our credentials (401 Unauthorized) for ${what}: check the kubeconfig`);
    if (status >= 500 || status === 429)
        return new errors/* TransientError */.N_(`${what} answered ${status}: ${message}`);
    return new KubeApiError(status === 403 ? `Forbidden: ${message}` : `${what} answered ${status}: ${message}`, status, reason);
}


/***/ }),

/***/ 5724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ parseKubeconfig),
/* harmony export */   O1: () => (/* binding */ checkProxyUrl),
/* harmony export */   d$: () => (/* binding */ checkKubeconfigServer),
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   k0: () => (/* binding */ kubeconfigContexts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1949);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);



function list(doc, key) {
    const value = doc[key];
    return Array.isArray(value) ? value : [];
}
function entry(doc, key, name, field) {
    const found = list(doc, key).find((item) => item.name === name);
    const inner = found?.[field];
    return inner && typeof inner === 'object' ? inner : undefined;
}
function str(value) {
    return typeof value === 'string' && value ? value : undefined;
}
/**
 * Resolves a kubeconfig (YAML text) to the access of one context: the named one, else
 * current-context. File references are read relative to `baseDir`. Secrets stay in the result
 * only; errors never include them.
 */
async function parseKubeconfig(text, options = {}) {
    const where = options.where ?? 'kubeconfig';
    const doc = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)(text, where);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
    const config = doc;
    const contextName = options.context ?? str(config['current-context']);
    const names = list(config, 'contexts').map((c) => String(c.name));
    if (!contextName)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no current-context; set 'context' to one of: ${names.join(', ')}`);
    const context = entry(config, 'contexts', contextName, 'context');
    if (!context && options.context !== undefined)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input 'context': expected a context of the kubeconfig (have: ${names.join(', ') || 'none'}), got ${JSON.stringify(contextName)}`);
    if (!context)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no context named "${contextName}" (have: ${names.join(', ') || 'none'})`);
    const clusterName = str(context['cluster']) ?? '';
    const cluster = entry(config, 'clusters', clusterName, 'cluster');
    if (!cluster)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: context "${contextName}" names cluster "${clusterName}", which is not defined`);
    const server = str(cluster['server']);
    if (!server)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: cluster "${clusterName}" has no server`);
    checkServer(server, clusterName, where);
    const proxyUrl = str(cluster['proxy-url']);
    if (proxyUrl)
        checkProxyUrl(proxyUrl, `${where}: cluster "${clusterName}" proxy-url`);
    const user = entry(config, 'users', str(context['user']) ?? '', 'user') ?? {};
    const baseDir = options.baseDir ?? process.cwd();
    const file = async (path) => (path ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, path)) : undefined);
    const data = (value) => (str(value) ? Buffer.from(value, 'base64') : undefined);
    const exec = user['exec'];
    const tokenFile = await file(str(user['tokenFile']));
    return {
        server: server.replace(/\/+$/, ''),
        context: contextName,
        namespace: str(context['namespace']),
        ca: data(cluster['certificate-authority-data']) ?? (await file(str(cluster['certificate-authority']))),
        cert: data(user['client-certificate-data']) ?? (await file(str(user['client-certificate']))),
        key: data(user['client-key-data']) ?? (await file(str(user['client-key']))),
        token: str(user['token']) ?? tokenFile?.toString('utf8').trim(),
        username: str(user['username']),
        password: str(user['password']),
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        tlsServerName: str(cluster['tls-server-name']),
        proxyUrl,
        exec: exec ? execPlugin(exec, cluster, baseDir, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve) : undefined,
    };
}
function execPlugin(exec, cluster, baseDir, resolve) {
    const command = String(exec['command'] ?? '');
    const extensions = Array.isArray(cluster['extensions']) ? cluster['extensions'] : [];
    return {
        // kubectl runs a command with a slash relative to the kubeconfig's folder, any other from PATH.
        command: command.includes('/') ? resolve(baseDir, command) : command,
        args: Array.isArray(exec['args']) ? exec['args'].map(String) : [],
        env: Object.fromEntries((Array.isArray(exec['env']) ? exec['env'] : []).map((e) => [String(e['name']), String(e['value'])])),
        apiVersion: str(exec['apiVersion']) ?? 'client.authentication.k8s.io/v1beta1',
        provideClusterInfo: exec['provideClusterInfo'] === true,
        interactiveMode: str(exec['interactiveMode']),
        clusterConfig: extensions.find((e) => e.name === 'client.authentication.k8s.io/exec')?.['extension'],
    };
}
/** The client speaks TLS only: a server of another scheme is the user's to fix, named by its field. */
function checkServer(server, clusterName, where) {
    if (!/^https:\/\/[^/]/i.test(server))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected cluster "${clusterName}" server to be an https:// URL (the API client speaks TLS only), got ${JSON.stringify(server.slice(0, 80))}`);
}
/**
 * Checks, without reading any file, the server of the context a run will use (`context`, else
 * current-context): inputs.ts refuses an http:// server before anything starts. Other problems
 * are left to parseKubeconfig.
 */
async function checkKubeconfigServer(text, options) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return;
    const contextName = options.context ?? str(doc['current-context']);
    const context = contextName === undefined ? undefined : entry(doc, 'contexts', contextName, 'context');
    const clusterName = str(context?.['cluster']) ?? '';
    const server = str(entry(doc, 'clusters', clusterName, 'cluster')?.['server']);
    if (server)
        checkServer(server, clusterName, options.where);
}
/** kubectl takes http, https and socks5 proxies; our client tunnels through the first two (CONNECT). */
function checkProxyUrl(value, where) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a URL such as http://proxy:3128, got something else`);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return url;
    if (url.protocol.startsWith('socks'))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: a SOCKS proxy (${url.protocol}//${url.host}) is not supported; use an http:// or https:// proxy`);
    throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected an http:// or https:// proxy, got ${url.protocol}//${url.host}`);
}
/** The names of a kubeconfig's contexts (none when the text is not a kubeconfig). */
async function kubeconfigContexts(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    return doc && typeof doc === 'object' ? list(doc, 'contexts').map((c) => String(c.name)) : [];
}
/** The values in a kubeconfig that are secrets, to be masked wherever they could be printed. */
async function kubeconfigSecrets(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text);
    const found = [];
    const users = doc.toJS()?.['users'];
    if (!Array.isArray(users))
        return found;
    for (const item of users) {
        const user = (item['user'] ?? {});
        for (const key of ['client-key-data', 'token', 'password'])
            if (str(user[key]))
                found.push(user[key]);
    }
    return found;
}


/***/ }),

/***/ 7650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ RolloutWatcher)
});

// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var sleep = __webpack_require__(3439);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
;// CONCATENATED MODULE: ./packages/kube/src/pod-problem.ts
/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
function podProblem(pod) {
    const status = pod.status ?? {};
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True')
        return undefined;
    for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
        for (const [state, detail] of Object.entries(container.state ?? {})) {
            if (state === 'running' || !detail)
                continue;
            if (state === 'terminated' && detail.exitCode === 0)
                continue;
            const why = [detail.reason, detail.message].filter(Boolean).join(': ');
            if (why)
                return `container ${container.name ?? '?'} ${state}: ${why}${container.restartCount ? ` (restarts: ${container.restartCount})` : ''}`;
        }
        if (container.ready === false && container.state?.['running'])
            return `container ${container.name ?? '?'} running but not ready (readiness probe failing)`;
    }
    const unscheduled = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unscheduled)
        return `not scheduled: ${unscheduled.message ?? unscheduled.reason ?? ''}`;
    if (status.reason || status.message)
        return [status.phase, status.reason, status.message].filter(Boolean).join(': ');
    return `${status.phase ?? 'Unknown'}${ready?.reason ? `: ${ready.reason}` : ''}${ready?.message ? ` (${ready.message})` : ''}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/new-pods.ts


/** Waiting reasons after which a container will not come up by itself (the image, the config, the process). */
const TERMINAL_REASONS = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
/** Whether a not-ready pod is in a state that will not mend by waiting. */
function isTerminal(pod) {
    if (pod.status?.phase === 'Failed')
        return true;
    return (pod.status?.containerStatuses ?? [])
        .concat(pod.status?.initContainerStatuses ?? [])
        .some((c) => TERMINAL_REASONS.has(c.state?.['waiting']?.reason ?? ''));
}
function selectorOf(object, extra = {}) {
    return Object.entries({ ...(object.spec?.selector?.matchLabels ?? {}), ...extra })
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
async function listed(client, path) {
    try {
        return (await client.get(path)).items ?? [];
    }
    catch (error) {
        // A user who may not list these (RBAC) still gets the verdict from the counts.
        if (error instanceof kube_client/* KubeApiError */.W && (error.status === 403 || error.status === 404))
            return [];
        throw error;
    }
}
/**
 * The pods of a workload's latest revision, and why those not ready are not: a Deployment's new
 * ReplicaSet (and its FailedCreate), a StatefulSet's update revision, a DaemonSet's generation.
 */
async function newPodsOf(client, status, object) {
    if (status.kind === 'Job' || !object.spec?.selector?.matchLabels)
        return { count: 0, problems: [] };
    const ns = `/api/v1/namespaces/${encodeURIComponent(status.namespace)}`;
    let extra = {};
    let createFailure = status.replicaFailure;
    if (status.kind === 'Deployment') {
        const revision = object.metadata?.annotations?.['deployment.kubernetes.io/revision'];
        const sets = await listed(client, `/apis/apps/v1/namespaces/${encodeURIComponent(status.namespace)}/replicasets?labelSelector=${encodeURIComponent(selectorOf(object))}`);
        const current = sets.find((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision);
        const hash = current?.metadata?.labels?.['pod-template-hash'];
        if (!current || !hash)
            return { count: 0, problems: [], createFailure };
        extra = { 'pod-template-hash': hash };
        const failed = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
        if (failed)
            createFailure = [failed.reason, failed.message].filter(Boolean).join(': ');
    }
    else if (status.kind === 'StatefulSet' && object.status?.updateRevision) {
        extra = { 'controller-revision-hash': object.status.updateRevision };
    }
    else if (status.kind === 'DaemonSet' && object.metadata?.generation !== undefined) {
        extra = { 'pod-template-generation': String(object.metadata.generation) };
    }
    const pods = await listed(client, `${ns}/pods?labelSelector=${encodeURIComponent(selectorOf(object, extra))}`);
    const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
    const problems = live.flatMap((pod) => {
        const why = podProblem(pod);
        return why ? [{ pod: pod.metadata?.name ?? '?', why, terminal: isTerminal(pod) }] : [];
    });
    return { count: live.length, problems, ...(createFailure ? { createFailure } : {}) };
}
/**
 * A FailedCreate that mends by itself: in a namespace created moments ago the ServiceAccount
 * controller has not made `default` yet, and the ReplicaSet controller retries until it has.
 */
function createFailureMends(failure) {
    return /error looking up service account [^:]*\/default: serviceaccount "default" not found/.test(failure);
}
/** Every new pod failing in a way waiting will not mend, or no pod can be created at all. */
function allNewPodsFailing(found) {
    if (found.createFailure && !createFailureMends(found.createFailure) && found.problems.every((p) => p.terminal))
        return true;
    return found.count > 0 && found.problems.length === found.count && found.problems.every((p) => p.terminal);
}

// EXTERNAL MODULE: ./packages/kube/src/workload-status.ts
var workload_status = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/kube/src/rollout-watcher.ts




/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = workload_status/* WORKLOAD_KINDS */.i6.filter((kind) => kind !== 'Job');
/**
 * Watches every Deployment, StatefulSet and DaemonSet of a helm release through the
 * Kubernetes API, logging updated / ready / available per workload at a steady pace, and
 * explains a rollout that failed: the failing pods' reasons and the workloads' recent events.
 */
class RolloutWatcher {
    options;
    intervalMs;
    sleep;
    /** The last statuses read, for the summary. */
    last = [];
    /** Consecutive reads that failed (the API server went away mid-watch). */
    failedReads = 0;
    /** Every read, over the whole watch, that could not reach the API server, and the last such error. */
    unreachableReads = 0;
    lastUnreachable = '';
    /** Reads that answered, or failed, only after `stallMs`; the longest took `longestStallMs`. */
    stalledReads = 0;
    longestStallMs = 0;
    stallMs;
    now;
    /** The judge's word after the last read. */
    verdict = { state: 'pending', reason: 'not read yet' };
    /** GET requests sent to the API server (for the bench's requests per second). */
    requests = 0;
    firstRead;
    failFastMs;
    objects = new Map();
    /** Since when each workload's every new pod has looked terminal. */
    failingSince = new Map();
    said = new Set();
    /** Each workload's generation at the first read: while helm applies, only what it changed can fail fast. */
    baseline;
    /** Set once the operation is done (judge): then every workload's state is the release's. */
    judging = false;
    constructor(options) {
        this.options = options;
        this.intervalMs = options.intervalMs ?? 5000;
        this.sleep = options.sleep ?? ((ms, signal) => (0,sleep/* sleep */.y)(ms, signal));
        this.stallMs = options.stallMs ?? 5000;
        this.now = options.now ?? Date.now;
        this.failFastMs = options.failFastMs ?? 30_000;
    }
    /** The release's workloads and their rollout counts, read now. */
    async snapshot() {
        const { client, namespace, release } = this.options;
        const objects = new Map();
        const lists = await Promise.all(WATCHED_KINDS.map(async (kind) => {
            this.requests++;
            const listed = await client.request({
                path: (0,workload_status/* workloadPath */.jC)(kind, namespace),
                timeoutMs: this.options.readTimeoutMs ?? 20_000,
            });
            return (listed.items ?? [])
                .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
                .map((item) => {
                const status = (0,workload_status/* workloadStatus */.gk)(kind, { ...item, metadata: { namespace, ...item.metadata } });
                objects.set(`${kind}/${status.name}`, item);
                return status;
            });
        }));
        this.objects = objects;
        return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
    }
    /**
     * The judge, after the operation that changed the release: reads until every workload is
     * healthy, one failed, every new pod of one has looked terminal for `failFastMs`, or
     * `timeoutMs` ran out.
     */
    async judge(options) {
        this.judging = true;
        const deadline = this.now() + options.timeoutMs;
        const signal = options.signal ?? new AbortController().signal;
        for (;;) {
            await this.tick();
            const verdict = this.verdict;
            if (verdict.state !== 'pending')
                return verdict;
            if (this.now() >= deadline)
                return { state: 'failed', reason: `not healthy within ${seconds(options.timeoutMs)}: ${verdict.reason}` };
            await this.sleep(Math.min(this.intervalMs, Math.max(0, deadline - this.now())), signal);
            if (signal.aborted)
                throw signal.reason;
        }
    }
    /** The verdict on what was just read; reads the new pods of workloads not yet healthy, and names why. */
    async assess(statuses, at) {
        const pending = [];
        for (const s of statuses) {
            const key = `${s.kind}/${s.name}`;
            if (s.done)
                continue;
            const object = this.objects.get(key) ?? {};
            const generation = object.metadata?.generation ?? 0;
            // Pods of a spec helm has not replaced yet (a release left broken before) are not this rollout's.
            const changed = this.judging || this.baseline?.get(key) !== generation;
            this.requests += s.kind === 'Deployment' ? 2 : s.kind === 'Job' ? 0 : 1;
            const found = await newPodsOf(this.options.client, s, object);
            const why = describeWaiting(s, found);
            this.sayOnce(found);
            if (s.failure)
                return { state: 'failed', reason: why };
            const timer = `${key}@${generation}`;
            if (changed && allNewPodsFailing(found)) {
                const since = this.failingSince.get(timer) ?? at;
                this.failingSince.set(timer, since);
                if (at - since >= this.failFastMs)
                    return {
                        state: 'failed',
                        reason: `${why} (every new pod failing for ${seconds(at - since)})`,
                        fastMs: at - since,
                    };
            }
            else
                this.failingSince.delete(timer);
            pending.push(why);
        }
        return pending.length ? { state: 'pending', reason: pending.join('; ') } : { state: 'healthy' };
    }
    /** Names each pod problem once while the watch runs (the progress lines say the counts). */
    sayOnce(found) {
        const lines = found.problems.map((p) => `pod ${p.pod}: ${p.why}`);
        if (found.createFailure)
            lines.unshift(`cannot create pods: ${found.createFailure}`);
        for (const line of lines) {
            if (this.said.has(line))
                continue;
            this.said.add(line);
            this.options.logger.warning(line);
        }
    }
    /**
     * Logs progress every interval until `operation` settles; returns the operation's outcome.
     * The pause between reads is cancelled the moment the operation settles: a pending timer
     * would keep the process alive for up to one interval after helm is done. When the judge
     * fails the rollout meanwhile, `onFailed` is called once (the caller stops helm's wait).
     */
    async watchWhile(operation, onFailed) {
        const settled = new AbortController();
        const done = operation.then(() => settled.abort(), () => settled.abort());
        let told = false;
        while (!settled.signal.aborted) {
            await this.tick();
            if (settled.signal.aborted)
                break;
            if (onFailed && !told && this.verdict.state === 'failed') {
                told = true;
                onFailed(this.verdict);
            }
            await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
        }
        await this.tick();
        return operation;
    }
    /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
    async tick() {
        const started = this.now();
        this.firstRead ??= started;
        try {
            this.last = await this.snapshot();
            this.failedReads = 0;
            if (!this.last.length)
                this.options.logger.info(`No workloads of release ${this.options.release} yet`);
            for (const status of this.last)
                this.options.logger.info((0,workload_status/* formatStatus */.me)(status));
            this.baseline ??= new Map(this.last.map((w) => [
                `${w.kind}/${w.name}`,
                this.objects.get(`${w.kind}/${w.name}`)?.metadata?.generation ?? 0,
            ]));
            this.verdict = await this.assess(this.last, started);
        }
        catch (error) {
            this.verdict = { state: 'pending', reason: `cannot read the rollout: ${(0,errors/* errorMessage */.gJ)(error)}` };
            this.failedReads++;
            if (error instanceof errors/* TransientError */.N_) {
                this.unreachableReads++;
                this.lastUnreachable = (0,errors/* errorMessage */.gJ)(error);
            }
            this.options.logger.warning(`Cannot read the rollout (${this.failedReads}): ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        finally {
            const took = this.now() - started;
            if (took > this.stallMs) {
                this.stalledReads++;
                this.longestStallMs = Math.max(this.longestStallMs, took);
                this.options.logger.warning(`The Kubernetes API took ${seconds(took)} to answer a rollout read`);
            }
        }
    }
    /** "12 API reads in 30.0 s (0.4/s)": what the watch cost the API server. */
    load() {
        const ms = this.firstRead === undefined ? 0 : this.now() - this.firstRead;
        const rate = ms > 0 ? (this.requests * 1000) / ms : 0;
        return `${this.requests} API reads in ${seconds(ms)} (${rate.toFixed(1)}/s)`;
    }
    /**
     * Said when the API server could not be reached, or kept a read waiting (its etcd gone, say),
     * at some point of the watch, even if it came back.
     */
    outage() {
        const said = [];
        if (this.unreachableReads)
            said.push(`the Kubernetes API was unreachable during the watch (${reads(this.unreachableReads)} failed; last: ${this.lastUnreachable})`);
        if (this.stalledReads)
            said.push(`the Kubernetes API stalled during the watch (${reads(this.stalledReads)} waited over ${seconds(this.stallMs)}, the longest ${seconds(this.longestStallMs)}): the API server or its etcd was not answering`);
        return said.length ? said.join('; ') : undefined;
    }
    /** Why the given workloads are not healthy: pod reasons and recent events, one line each. */
    async explain(workloads = this.last.filter((s) => !s.done)) {
        const lines = [];
        for (const workload of workloads) {
            try {
                lines.push(...(await this.explainOne(workload)));
            }
            catch (error) {
                lines.push(`${workload.kind}/${workload.name}: could not read why (${(0,errors/* errorMessage */.gJ)(error)})`);
            }
        }
        return lines;
    }
    async explainOne(workload) {
        const { client } = this.options;
        const ns = encodeURIComponent(workload.namespace);
        const object = await client.get((0,workload_status/* workloadPath */.jC)(workload.kind, workload.namespace, workload.name));
        const lines = [];
        const status = this.last.find((s) => s.kind === workload.kind && s.name === workload.name);
        if (status?.failure)
            lines.push(`${workload.kind}/${workload.name}: ${status.failure}`);
        if (status?.replicaFailure)
            lines.push(`${workload.kind}/${workload.name}: ${status.replicaFailure}`);
        const labels = object.spec?.selector?.matchLabels ?? {};
        const selector = Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const pods = selector
            ? ((await client.get(`/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`)).items ?? [])
            : [];
        const failing = pods.map((pod) => [pod.metadata?.name ?? '?', podProblem(pod)]).filter(([, why]) => why);
        for (const [name, why] of failing.slice(0, 5))
            lines.push(`pod ${name}: ${why}`);
        if (failing.length > 5)
            lines.push(`… and ${failing.length - 5} more pods not ready`);
        const events = ((await client.get(`/api/v1/namespaces/${ns}/events`)).items ?? [])
            .filter((e) => {
            const name = e.involvedObject?.name ?? '';
            return name === workload.name || name.startsWith(`${workload.name}-`);
        })
            .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
        // Warnings say why; a few of the latest normal events give the sequence around them.
        const warnings = events.filter((e) => e.type === 'Warning').slice(-6);
        const normal = events.filter((e) => e.type !== 'Warning').slice(-3);
        for (const e of [...warnings, ...normal])
            lines.push(`event ${e.type ?? ''} ${e.reason ?? ''} on ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}: ${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`.replace(/\s+/g, ' '));
        return lines.map((l) => l.trim());
    }
}
/** "Deployment/web: 0 of 1 updated replicas are available; pod web-1: container app waiting: CrashLoopBackOff". */
function describeWaiting(s, found) {
    const said = [`${s.kind}/${s.name}: ${s.failure ?? s.waiting ?? 'not healthy'}`];
    if (found.createFailure)
        said.push(`cannot create pods: ${found.createFailure}`);
    const problems = [...found.problems].sort((a, b) => Number(b.terminal) - Number(a.terminal));
    for (const p of problems.slice(0, 2))
        said.push(`pod ${p.pod}: ${p.why}`);
    if (problems.length > 2)
        said.push(`${problems.length - 2} more pods not ready`);
    return said.join('; ');
}
function reads(n) {
    return n === 1 ? '1 read' : `${n} reads`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function eventTime(e) {
    return e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
}


/***/ }),

/***/ 2937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ workloadStatus),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   jC: () => (/* binding */ workloadPath),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
/* unused harmony export workloadsInManifest */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const num = (value) => (typeof value === 'number' ? value : 0);
function workloadPath(kind, namespace, name) {
    const group = kind === 'Job' ? 'batch/v1' : 'apps/v1';
    const plural = `${kind.toLowerCase()}s`;
    return `/apis/${group}/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
function conditionsOf(status) {
    return status['conditions'] ?? [];
}
/** The one judge: is this workload healthy, still rolling out (and why), or failed? */
function workloadStatus(kind, object) {
    const status = object.status ?? {};
    const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
    const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
    const counts = (desired, updated, ready, available) => ({
        ...ref,
        desired,
        updated,
        ready,
        available,
    });
    const verdict = (base, waiting, failure) => ({
        ...base,
        done: waiting === undefined && !failure,
        failure,
        ...(waiting !== undefined ? { waiting } : {}),
    });
    const notObserved = 'waiting for the controller to observe the new spec';
    if (kind === 'Job') {
        const conditions = conditionsOf(status);
        const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
        const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
        const desired = object.spec?.completions ?? 1;
        const succeeded = num(status['succeeded']);
        const base = counts(desired, succeeded, succeeded, succeeded);
        if (failed)
            return verdict(base, 'failed', `Job failed: ${[failed.reason, failed.message].filter(Boolean).join(': ')}`);
        return verdict(base, complete ? undefined : `${succeeded} of ${desired} completions`);
    }
    if (kind === 'DaemonSet') {
        const desired = num(status['desiredNumberScheduled']);
        const updated = num(status['updatedNumberScheduled']);
        const available = num(status['numberAvailable']);
        const base = counts(desired, updated, num(status['numberReady']), available);
        if (!observed)
            return verdict(base, notObserved);
        if (updated < desired)
            return verdict(base, `${updated} of ${desired} updated pods are scheduled`);
        if (available < desired)
            return verdict(base, `${available} of ${updated} updated pods are available`);
        return verdict(base, undefined);
    }
    const desired = object.spec?.replicas ?? 1;
    const updated = num(status['updatedReplicas']);
    const ready = num(status['readyReplicas']);
    const available = num(status['availableReplicas']);
    const base = counts(desired, updated, ready, status['availableReplicas'] === undefined && kind === 'StatefulSet' ? ready : available);
    if (kind === 'StatefulSet') {
        if (!observed)
            return verdict(base, notObserved);
        if (ready < desired)
            return verdict(base, `${ready} of ${desired} pods are ready`);
        if (base.available < desired)
            return verdict(base, `${base.available} of ${desired} pods are available`);
        const strategy = object.spec?.updateStrategy;
        // OnDelete: the controller updates a pod only when it is deleted; the rollout is the user's.
        if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
            return verdict(base, undefined);
        const partition = strategy?.rollingUpdate?.partition ?? 0;
        if (partition > 0) {
            const wanted = Math.max(0, desired - partition);
            return verdict(base, updated < wanted ? `${updated} of ${wanted} pods above partition ${partition} are updated` : undefined);
        }
        if (status['updateRevision'] !== status['currentRevision'] && status['updateRevision'] !== undefined)
            return verdict(base, `${updated} of ${desired} pods are at revision ${String(status['updateRevision'])}`);
        return verdict(base, undefined);
    }
    const conditions = conditionsOf(status);
    const stalled = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
    const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    const withFailure = {
        ...base,
        ...(replicaFailure
            ? { replicaFailure: [replicaFailure.reason, replicaFailure.message].filter(Boolean).join(': ') }
            : {}),
    };
    const failure = stalled ? (stalled.message ?? 'ProgressDeadlineExceeded') : undefined;
    const total = num(status['replicas']);
    if (!observed)
        return verdict(withFailure, notObserved, failure);
    if (updated < desired)
        return verdict(withFailure, `${updated} of ${desired} new replicas have been updated`, failure);
    if (total > updated)
        return verdict(withFailure, `${total - updated} old replicas are pending termination`, failure);
    if (available < desired)
        return verdict(withFailure, `${available} of ${desired} updated replicas are available`, failure);
    return verdict(withFailure, undefined, failure);
}
function formatStatus(s) {
    const counts = s.kind === 'Job'
        ? `${s.updated}/${s.desired} completed`
        : `${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available`;
    return `${s.kind}/${s.name}: ${counts}${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}
/** The workloads (and Jobs) in a rendered manifest (helm get manifest, helm get hooks). */
async function workloadsInManifest(manifest, defaultNamespace) {
    // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const refs = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj || !WORKLOAD_KINDS.includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        refs.push({
            kind: obj.kind,
            name: obj.metadata.name,
            namespace: obj.metadata.namespace ?? defaultNamespace,
        });
    }
    return refs;
}


/***/ })

};
