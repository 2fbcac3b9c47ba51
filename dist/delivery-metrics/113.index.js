export const id = 113;
export const ids = [113];
export const modules = {

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  blueGreenDeploy: () => (/* binding */ blueGreenDeploy),
  blueGreenRollback: () => (/* binding */ blueGreenRollback),
  idleRelease: () => (/* binding */ idleRelease)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var sleep = __webpack_require__(3439);
// EXTERNAL MODULE: ./packages/kube/src/rollout-watcher.ts
var rollout_watcher = __webpack_require__(2615);
// EXTERNAL MODULE: ./packages/helm/src/deploy/preflight.ts + 4 modules
var preflight = __webpack_require__(2488);
// EXTERNAL MODULE: ./packages/helm/src/recover-release.ts
var recover_release = __webpack_require__(7666);
// EXTERNAL MODULE: ./packages/helm/src/manifest-documents.ts
var manifest_documents = __webpack_require__(3126);
;// CONCATENATED MODULE: ./packages/helm/src/blue-green/colour-state.ts

const COLOURS = ['blue', 'green'];
/** Annotations on the live Service that hold the blue-green state; nothing else is needed. */
const ANNOTATION = {
    colour: 'slipway.dev/colour',
    previous: 'slipway.dev/previous-colour',
    switchedAt: 'slipway.dev/switched-at',
    /** JSON {"Deployment/web-blue": 3}: replica counts of a colour scaled down, to scale it up again. */
    scaledDown: 'slipway.dev/scaled-down',
};
const MANAGED_BY = 'slipway-helm-deploy';
function otherColour(colour) {
    return colour === 'blue' ? 'green' : 'blue';
}
/** The helm release that holds one colour: `<release>-<colour>`. */
function colourRelease(release, colour) {
    return `${release}-${colour}`;
}
function asColour(value) {
    return value === 'blue' || value === 'green' ? value : undefined;
}
function readColourState(service) {
    const annotations = service?.metadata.annotations ?? {};
    let scaledDown = {};
    try {
        const parsed = JSON.parse(annotations[ANNOTATION.scaledDown] ?? '{}');
        if (parsed && typeof parsed === 'object')
            scaledDown = parsed;
    }
    catch {
        // an edited annotation: forget it, the workloads say the truth
    }
    return {
        active: asColour(annotations[ANNOTATION.colour]),
        previous: asColour(annotations[ANNOTATION.previous]),
        scaledDown,
    };
}
/** The annotations of a switched object (Service or HTTPRoute): now `colour`, the one before as previous. */
function switchedAnnotations(current, target, scaledDown) {
    const state = readColourState(current);
    const annotations = { ...(current?.metadata.annotations ?? {}) };
    annotations[ANNOTATION.colour] = target.colour;
    if (state.active && state.active !== target.colour)
        annotations[ANNOTATION.previous] = state.active;
    else if (!state.active)
        delete annotations[ANNOTATION.previous];
    annotations[ANNOTATION.switchedAt] = target.switchedAt;
    if (Object.keys(scaledDown).length)
        annotations[ANNOTATION.scaledDown] = JSON.stringify(scaledDown);
    else
        delete annotations[ANNOTATION.scaledDown];
    return annotations;
}
/**
 * The live Service pointed at `colour`: the colour Service's selector and ports, the state in
 * annotations. `current` is the live Service as read (its resourceVersion guards the write), or
 * undefined to create it.
 */
function switchedService(current, target, scaledDown) {
    const base = current
        ? structuredClone(current)
        : {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
                name: target.name,
                namespace: target.namespace,
                labels: { 'app.kubernetes.io/managed-by': MANAGED_BY },
            },
            spec: { type: target.from.type ?? 'ClusterIP' },
        };
    base.metadata.annotations = switchedAnnotations(current, target, scaledDown);
    const spec = { ...(base['spec'] ?? {}) };
    spec['selector'] = { ...target.from.selector };
    spec['ports'] = structuredClone(target.from.ports);
    base['spec'] = spec;
    return base;
}
/** The first Service of a rendered manifest, with the selector the live Service will copy. */
async function colourServiceIn(manifest) {
    for (const obj of await (0,manifest_documents/* manifestDocuments */.E)(manifest)) {
        if (obj.kind !== 'Service' || !obj.metadata?.name || !obj.spec?.selector)
            continue;
        return {
            name: obj.metadata.name,
            selector: obj.spec.selector,
            ports: obj.spec.ports ?? [],
            type: obj.spec.type,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/keep-previous.ts

const MAX_MS = (/* unused pure expression or super */ null && (6 * 3_600_000));
function parseKeepPrevious(text, name = 'keep-previous') {
    const value = (text ?? '').trim();
    if (!value || value === 'until-next' || value === '1')
        return { kind: 'until-next' };
    if (value === '0')
        return { kind: 'none' };
    // A bare number other than 0 or 1 is ambiguous (a count or seconds?): ask for a unit.
    const ms = /^\d+$/.test(value) ? undefined : parseDurationMs(value);
    if (ms === undefined || ms > MAX_MS)
        throw inputError(name, '"until-next" (or 1), 0, or a duration up to 6h such as "15m"', value);
    return ms === 0 ? { kind: 'none' } : { kind: 'for', ms };
}
function describeKeepPrevious(keep) {
    if (keep.kind === 'until-next')
        return 'kept running until the next deploy';
    if (keep.kind === 'none')
        return 'scaled down after the switch';
    return `kept running for ${Math.round(keep.ms / 1000)}s, then scaled down`;
}

// EXTERNAL MODULE: ./packages/kube/src/workload-status.ts
var workload_status = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/helm/src/blue-green/scale-colour.ts

/** Sets a workload's replicas through its scale subresource (helm's next upgrade sets them again). */
async function setReplicas(kube, w, n) {
    await kube.request({
        method: 'PUT',
        path: `${(0,workload_status/* workloadPath */.jC)(w.kind, w.namespace, w.name)}/scale`,
        body: {
            apiVersion: 'autoscaling/v1',
            kind: 'Scale',
            metadata: { name: w.name, namespace: w.namespace },
            spec: { replicas: n },
        },
    });
}
/**
 * Scales the Deployments and StatefulSets of a colour release to zero; returns their replica
 * counts before (Kind/name → replicas) so they can be restored. DaemonSets cannot scale and are left.
 */
async function scaleDownColour(kube, namespace, release, logger) {
    const watcher = new rollout_watcher/* RolloutWatcher */.A({ client: kube, namespace, release, logger });
    const before = {};
    for (const w of await watcher.snapshot()) {
        if (w.kind === 'DaemonSet' || w.kind === 'Job' || w.desired === 0)
            continue;
        await setReplicas(kube, w, 0);
        before[`${w.kind}/${w.name}`] = w.desired;
        logger.info(`Scaled ${w.kind}/${w.name} of ${release} down from ${w.desired} to 0`);
    }
    return before;
}
/** Restores the replica counts `scaleDownColour` returned, then waits until every workload of the release is ready. */
async function scaleUpColour(kube, namespace, release, replicas, options) {
    const { logger } = options;
    const watcher = new rollout_watcher/* RolloutWatcher */.A({
        client: kube,
        namespace,
        release,
        logger,
        intervalMs: options.intervalMs ?? 2000,
        now: options.now,
    });
    for (const w of await watcher.snapshot()) {
        const n = replicas[`${w.kind}/${w.name}`];
        if (n === undefined || w.kind === 'DaemonSet' || w.desired === n)
            continue;
        await setReplicas(kube, w, n);
        logger.info(`Scaled ${w.kind}/${w.name} of ${release} up from ${w.desired} to ${n}`);
    }
    return waitHealthy(watcher, options);
}
/** The judge over the release's workloads until healthy; throws with its reason when not. */
async function waitHealthy(watcher, options) {
    const verdict = await watcher.judge({ timeoutMs: options.timeoutMs, signal: options.signal });
    if (verdict.state === 'failed')
        throw new Error(verdict.reason);
    return watcher.last;
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/route-switch.ts

/** The Service an HTTPRoute sends the colour's traffic to, recorded on the route. */
const BACKEND_ANNOTATION = 'slipway.dev/backend';
function isService(ref) {
    return (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service' && !ref.namespace;
}
/**
 * The HTTPRoute with its traffic moved to `colour`'s Service (Gateway API v1). Only the
 * backendRefs that name the Service this action routed to last (recorded in an annotation) are
 * replaced, so rules for other services stay as they are; a route this action has not switched
 * yet has the backends of every rule that has any replaced by the colour's (the route was named
 * for this; a rule without backends, such as a redirect, is left). Port and weight of a
 * replaced ref are kept; a ref without a port gets the colour Service's first port. The state
 * (colour, previous colour, switched-at, scaled-down replicas) goes in the route's annotations,
 * as it does on a switched Service.
 */
function switchedRoute(current, target, scaledDown) {
    const route = structuredClone(current);
    const spec = (route['spec'] ?? {});
    const rules = spec.rules?.length ? spec.rules : [{}];
    const last = current.metadata.annotations?.[BACKEND_ANNOTATION];
    const adopted = last !== undefined && rules.some((r) => r.backendRefs?.some((b) => isService(b) && b.name === last));
    const firstPort = target.service.ports[0]?.port;
    const to = (ref) => {
        const next = { ...(ref ?? {}), name: target.service.name };
        delete next.group;
        delete next.kind;
        delete next.namespace;
        if (next.port === undefined && firstPort !== undefined)
            next.port = firstPort;
        return next;
    };
    const anyBackends = rules.some((r) => r.backendRefs?.length);
    spec.rules = rules.map((rule) => {
        if (adopted)
            return { ...rule, backendRefs: rule.backendRefs?.map((b) => (isService(b) && b.name === last ? to(b) : b)) };
        // First switch: rules that send traffic somewhere now send it to the colour (all of them when none does).
        if (anyBackends && !rule.backendRefs?.length)
            return rule;
        return { ...rule, backendRefs: [to(rule.backendRefs?.[0])] };
    });
    route['spec'] = spec;
    route.metadata.annotations = {
        ...switchedAnnotations(current, target, scaledDown),
        [BACKEND_ANNOTATION]: target.service.name,
    };
    return route;
}
/** The Services an HTTPRoute's rules send traffic to, in order ("name:port"), for logs and tests. */
function routeBackends(route) {
    const rules = (route?.['spec'] ?? {}).rules ?? [];
    return rules.flatMap((r) => (r.backendRefs ?? []).map((b) => `${b.name ?? '?'}${b.port ? `:${b.port}` : ''}`));
}

// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
;// CONCATENATED MODULE: ./packages/helm/src/blue-green/traffic-switch.ts




function liveServiceRef(namespace, name) {
    return { apiVersion: 'v1', kind: 'Service', namespace, name };
}
/** What blue-green switches: the HTTPRoute named by `route`, else the action's own Service. */
function trafficRef(namespace, settings) {
    if (settings.route)
        return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name: settings.route };
    return liveServiceRef(namespace, settings.service);
}
/**
 * The live Service (or HTTPRoute) and the blue-green state it holds. A Service must be the
 * action's own (helm would undo the switch); an HTTPRoute must exist (its parentRefs are the
 * user's) and must not belong to one of the colour releases.
 */
async function readLiveService(kube, ref, release) {
    const service = await new object_client/* ObjectClient */.FI(kube).get(ref);
    const owner = service?.metadata.annotations?.['meta.helm.sh/release-name'];
    if (ref.kind === 'HTTPRoute') {
        if (!service)
            throw new errors/* ConfigError */.xL(`Input 'route': HTTPRoute ${ref.namespace}/${ref.name} does not exist; create it (with its parentRefs) before the first blue-green deploy`);
        if (owner && release && COLOURS.some((c) => owner === colourRelease(release, c)))
            throw new errors/* ConfigError */.xL(`Input 'route': HTTPRoute ${ref.namespace}/${ref.name} belongs to the colour release "${owner}", which would undo every switch; keep the route out of the chart deployed as colours`);
        return { service, state: readColourState(service) };
    }
    if (owner)
        throw new errors/* ConfigError */.xL(`Input 'service': Service ${ref.namespace}/${ref.name} belongs to helm release "${owner}"; blue-green needs a Service of its own to switch (name another with 'service', or uninstall the rolling release first)`);
    return { service, state: readColourState(service) };
}
/**
 * Points the live Service at `colour` (creating it the first time), or the HTTPRoute's backends
 * at the colour's Service. Guarded by resourceVersion:
 * a concurrent switch makes this one read again and re-apply. `scaledDown` replaces the record of
 * scaled-down workloads.
 */
async function switchTraffic(kube, ref, colour, from, scaledDown, switchedAt) {
    const objects = new object_client/* ObjectClient */.FI(kube);
    if (ref.kind === 'HTTPRoute')
        return objects.update(ref, (live) => switchedRoute(live, { colour, service: from, switchedAt }, scaledDown(readColourState(live))));
    const target = { name: ref.name, namespace: ref.namespace, colour, from, switchedAt };
    const current = await objects.get(ref);
    if (!current)
        return objects.create(ref, switchedService(undefined, target, scaledDown(readColourState(undefined))));
    return objects.update(ref, (live) => switchedService(live, target, scaledDown(readColourState(live))));
}
/** Rewrites only the record of scaled-down workloads, leaving the selector as it is. */
async function recordScaledDown(kube, ref, change) {
    await new object_client/* ObjectClient */.FI(kube).update(ref, (live) => {
        const record = change(readColourState(live));
        const annotations = { ...(live.metadata.annotations ?? {}) };
        if (Object.keys(record).length)
            annotations[ANNOTATION.scaledDown] = JSON.stringify(record);
        else
            delete annotations[ANNOTATION.scaledDown];
        live.metadata.annotations = annotations;
        return live;
    });
}

;// CONCATENATED MODULE: ./packages/helm/src/blue-green/blue-green-release.ts









function settings(request) {
    if (!request.blueGreen)
        throw new Error('blue-green settings missing');
    return request.blueGreen;
}
function without(record, colour) {
    const copy = { ...record };
    delete copy[colour];
    return copy;
}
async function pointAt(request, ctx, colour) {
    const release = colourRelease(request.release, colour);
    const service = await colourServiceIn(await ctx.helm.manifest(release));
    if (!service)
        throw new errors/* ConfigError */.xL(`Input 'strategy': blue-green switches traffic to the colour's Service, and release ${release} renders no Service with a selector`);
    const ref = trafficRef(request.namespace, settings(request));
    const now = ctx.now ?? Date.now;
    const switched = await switchTraffic(ctx.kube, ref, colour, service, (s) => without(s.scaledDown, colour), new Date(now()).toISOString());
    if (ref.kind === 'HTTPRoute')
        ctx.logger.info(`HTTPRoute ${ref.name} now routes to ${colour} (${routeBackends(switched).join(', ')})`);
    else
        ctx.logger.info(`Service ${ref.name} now selects ${colour} (${Object.entries(service.selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')})`);
}
/** "Service web" or "HTTPRoute web": what the switch moves, for the log and the summary. */
function switchedObject(request) {
    const bg = settings(request);
    return bg.route ? `HTTPRoute ${bg.route}` : `Service ${bg.service}`;
}
/** The blue-green settings, what they switch, and the live colour it holds now. */
async function readLive(request, ctx) {
    const bg = settings(request);
    const ref = trafficRef(request.namespace, bg);
    return { bg, ref, ...(await readLiveService(ctx.kube, ref, request.release)) };
}
/** The report of a switch from one colour to another, before it is made. */
function switchReport(bg, from, to) {
    return {
        service: bg.route ?? bg.service,
        kind: bg.route ? 'HTTPRoute' : 'Service',
        from,
        to,
        switched: false,
        previous: undefined,
        smoke: undefined,
    };
}
/** The colour release a deploy would go into now (mode: plan renders against it). */
async function idleRelease(request, ctx) {
    const { state } = await readLive(request, ctx);
    return colourRelease(request.release, state.active ? otherColour(state.active) : 'blue');
}
/**
 * Deploys the new version as the idle colour (`<release>-<colour>`, a release of its own), waits
 * for it to be healthy, runs the smoke checks against it, switches the live Service to it, and
 * keeps or scales down the colour that served before.
 */
async function blueGreenDeploy(request, ctx, report, deploy) {
    const { logger } = ctx;
    const { bg, ref, state } = await readLive(request, ctx);
    const idle = state.active ? otherColour(state.active) : 'blue';
    const release = colourRelease(request.release, idle);
    report.blueGreen = switchReport(bg, state.active, idle);
    logger.info(`${switchedObject(request)} ${verb(ref.kind)} ${state.active ?? 'no colour yet'}: deploying into ${idle} (release ${release})`);
    const history = await (0,preflight/* releasesOf */.w0)(ctx).history(release);
    report.recovery = await (0,recover_release/* recoverStuckRelease */.c)(ctx.helm, release, { timeoutMs: request.timeoutMs, logger, history });
    await deploy({ ...request, release }, ctx, report, report.recovery.action === 'none' ? history : undefined);
    const untouched = `traffic not switched: ${switchedObject(request)} still ${verb(ref.kind)} ${state.active ?? 'nothing'}`;
    if (report.status !== 'deployed') {
        if (report.failure)
            report.failure.rollback = `${report.failure.rollback ?? 'nothing rolled back'}; ${untouched}`;
        return;
    }
    const checks = bg.smoke?.[idle];
    if (checks) {
        // smoke loads only when a colour has smoke checks.
        const { runChecks } = await __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 2235));
        const result = await logger.group(`Smoke checks against ${idle}`, () => runChecks(checks, {
            deadlineMs: request.timeoutMs,
            intervalMs: 1000,
            maxIntervalMs: 10_000,
            concurrency: 4,
            insecureTls: false,
            signal: ctx.signal,
            secrets: [],
        }, logger));
        report.blueGreen.smoke = { passed: result.passed, total: result.total, failed: result.failed };
        if (!result.passed) {
            report.status = 'failed';
            report.failure = {
                reason: `smoke checks against ${idle} failed (${result.failed} of ${result.total})`,
                details: result.checks
                    .filter((c) => !c.passed)
                    .map((c) => `${c.name}: ${c.error ?? c.mismatches.map((m) => `${m.what}: expected ${m.expected}, got ${m.actual}`).join('; ')}`),
                rollback: untouched,
            };
            return;
        }
    }
    // The judge once more, right before the switch: the smoke checks took time, pods may have gone.
    const unhealthy = await colourNotHealthy(request, ctx, release);
    if (unhealthy) {
        report.status = 'failed';
        report.failure = { reason: `${idle} is not fully available: ${unhealthy}`, details: [], rollback: untouched };
        return;
    }
    await pointAt(request, ctx, idle);
    report.blueGreen.switched = true;
    const previous = state.active;
    if (!previous)
        return;
    report.blueGreen.previous = await retirePrevious(request, ctx, previous, idle);
}
/** keep-previous: leave the colour that served before running, or scale it down now or after a while. */
async function retirePrevious(request, ctx, previous, live) {
    const keep = settings(request).keepPrevious;
    const release = colourRelease(request.release, previous);
    const ref = trafficRef(request.namespace, settings(request));
    if (keep.kind === 'until-next')
        return `${previous} ${describeKeepPrevious(keep)}`;
    if (keep.kind === 'for') {
        ctx.logger.info(`Keeping ${previous} running for ${Math.round(keep.ms / 1000)}s so a rollback is one switch`);
        await (0,sleep/* sleep */.y)(keep.ms, ctx.signal);
        const { state } = await readLiveService(ctx.kube, ref);
        if (state.active !== live)
            return `${previous} went live again while kept (a rollback switched back): left running`;
    }
    const scaled = await scaleDownColour(ctx.kube, request.namespace, release, ctx.logger);
    await recordScaledDown(ctx.kube, ref, (s) => ({
        ...s.scaledDown,
        [previous]: { ...s.scaledDown[previous], ...scaled },
    }));
    return `${previous} ${describeKeepPrevious(keep)}`;
}
/** mode: rollback for blue-green: scale the other colour up again if it was scaled down, wait for it, switch back. */
async function blueGreenRollback(request, ctx, report) {
    const { kube, logger } = ctx;
    const { bg, ref, service, state } = await readLive(request, ctx);
    if (!service || !state.active)
        throw new errors/* ConfigError */.xL(`${ref.kind} ${request.namespace}/${ref.name} has no blue-green colour: nothing to switch back`);
    const back = otherColour(state.active);
    const release = colourRelease(request.release, back);
    const releases = (0,preflight/* releasesOf */.w0)(ctx);
    const [current, target] = (await Promise.all([releases.history(colourRelease(request.release, state.active)), releases.history(release)])).map((history) => history.at(-1));
    report.blueGreen = switchReport(bg, state.active, back);
    report.previousRevision = current?.revision;
    if (!target || !['deployed', 'superseded'].includes(target.status))
        throw new errors/* ConfigError */.xL(`Release ${release} ${target ? `is ${target.status}` : 'does not exist'}: there is no ${back} colour to switch back to`);
    const scaled = state.scaledDown[back] ?? {};
    try {
        report.workloads = await logger.group(`Making sure ${back} (${release}) is up and healthy`, () => scaleUpColour(kube, request.namespace, release, scaled, {
            logger,
            timeoutMs: request.timeoutMs,
            intervalMs: ctx.watchIntervalMs,
            signal: ctx.signal,
            now: ctx.now,
        }));
    }
    catch (error) {
        const watcher = new rollout_watcher/* RolloutWatcher */.A({ client: kube, namespace: request.namespace, release, logger });
        await watcher.tick();
        report.workloads = watcher.last;
        report.failure = {
            reason: `${back} is not healthy: ${(0,errors/* errorMessage */.gJ)(error)}`,
            details: await watcher.explain(),
            rollback: `not switched: ${switchedObject(request)} still ${verb(ref.kind)} ${state.active}`,
        };
        return;
    }
    await pointAt(request, ctx, back);
    report.blueGreen.switched = true;
    report.blueGreen.previous = `${state.active} left running (switching forward again is one switch)`;
    report.revision = target.revision;
    report.status = 'rolled-back';
    report.rolledBack = true;
    logger.info(`Switched ${switchedObject(request)} back from ${state.active} to ${back} (release ${release} revision ${target.revision})`);
}
/** One read of the judge over a colour release: undefined when healthy, else why not. */
async function colourNotHealthy(request, ctx, release) {
    const watcher = new rollout_watcher/* RolloutWatcher */.A({
        client: ctx.kube,
        namespace: request.namespace,
        release,
        logger: ctx.logger,
        failFastMs: 0,
    });
    await watcher.tick();
    const verdict = watcher.verdict;
    return verdict.state === 'healthy' ? undefined : verdict.reason;
}
function verb(kind) {
    return kind === 'HTTPRoute' ? 'routes to' : 'selects';
}


/***/ })

};
