export const id = 744;
export const ids = [744];
export const modules = {

/***/ 5744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPLOY_PERMISSIONS: () => (/* reexport */ DEPLOY_PERMISSIONS),
  ExecCredentialSource: () => (/* reexport */ exec_credential/* ExecCredentialSource */.ot),
  KubeApiError: () => (/* reexport */ kube_client/* KubeApiError */.W),
  KubeClient: () => (/* reexport */ kube_client/* KubeClient */.B),
  ObjectClient: () => (/* reexport */ object_client/* ObjectClient */.FI),
  RolloutWatcher: () => (/* reexport */ RolloutWatcher),
  WORKLOAD_KINDS: () => (/* reexport */ WORKLOAD_KINDS),
  allNewPodsFailing: () => (/* reexport */ allNewPodsFailing),
  ambientKubeconfig: () => (/* reexport */ ambientKubeconfig),
  checkKubeconfigServer: () => (/* reexport */ kubeconfig/* checkKubeconfigServer */.d$),
  checkPermissions: () => (/* reexport */ checkPermissions),
  checkProxyUrl: () => (/* reexport */ kubeconfig/* checkProxyUrl */.O1),
  checkReachable: () => (/* reexport */ checkReachable),
  decodeKubeconfigInput: () => (/* reexport */ decodeKubeconfigInput),
  ensureNamespace: () => (/* reexport */ ensureNamespace),
  execCredentials: () => (/* reexport */ exec_credential/* execCredentials */.ep),
  formatQuantity: () => (/* reexport */ formatQuantity),
  formatStatus: () => (/* reexport */ formatStatus),
  isConflict: () => (/* reexport */ object_client/* isConflict */.dh),
  isNotFound: () => (/* reexport */ object_client/* isNotFound */.c4),
  isTerminal: () => (/* reexport */ isTerminal),
  kubeconfigContexts: () => (/* reexport */ kubeconfig/* kubeconfigContexts */.k0),
  kubeconfigSecrets: () => (/* reexport */ kubeconfig/* kubeconfigSecrets */.hT),
  loadKubeconfigEnv: () => (/* reexport */ loadKubeconfigEnv),
  lookupNamespace: () => (/* reexport */ lookupNamespace),
  mergeKubeconfigs: () => (/* reexport */ mergeKubeconfigs),
  newPodsOf: () => (/* reexport */ newPodsOf),
  objectPath: () => (/* reexport */ object_client/* objectPath */.du),
  parseKubeconfig: () => (/* reexport */ kubeconfig/* parseKubeconfig */.DU),
  parseQuantity: () => (/* reexport */ parseQuantity),
  podProblem: () => (/* reexport */ podProblem),
  proxyFor: () => (/* reexport */ kube_proxy/* proxyFor */.i),
  readKubeconfigFiles: () => (/* reexport */ readKubeconfigFiles),
  removeKubeconfigFile: () => (/* reexport */ removeKubeconfigFile),
  renewalMargin: () => (/* reexport */ exec_credential/* renewalMargin */.ds),
  resourceOf: () => (/* reexport */ object_client/* resourceOf */.KU),
  sessionKubeconfig: () => (/* reexport */ sessionKubeconfig),
  workloadPath: () => (/* reexport */ workloadPath),
  workloadStatus: () => (/* reexport */ workloadStatus),
  workloadsInManifest: () => (/* reexport */ workloadsInManifest),
  writeKubeconfigFile: () => (/* reexport */ writeKubeconfigFile)
});

// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/yaml-text.ts
var yaml_text = __webpack_require__(1949);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-merge.ts



/** Per section, the fields that name files (kubectl's ResolveLocalPaths). */
const FILE_FIELDS = {
    clusters: { field: 'cluster', keys: ['certificate-authority'] },
    users: { field: 'user', keys: ['client-certificate', 'client-key', 'tokenFile'] },
};
const SECTIONS = ['clusters', 'users', 'contexts'];
/**
 * Merges kubeconfig files as kubectl merges KUBECONFIG: the first file to define a cluster,
 * user or context of a name wins it whole, current-context comes from the first file that sets
 * one, and every relative path is made absolute against its own file's folder first. Returns
 * the merged kubeconfig as YAML.
 */
async function mergeKubeconfigs(files) {
    const merged = { clusters: [], users: [], contexts: [] };
    let current;
    let preferences;
    for (const file of files) {
        const doc = await (0,yaml_text/* parseYamlText */.c)(file.text, file.path);
        if (doc === null || doc === undefined)
            continue; // an empty file, as kubectl allows
        if (typeof doc !== 'object' || Array.isArray(doc))
            throw new errors/* ConfigError */.xL(`${file.path}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
        const config = doc;
        const absolute = (path) => typeof path === 'string' && path && !(0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file.path), path) : path;
        for (const section of SECTIONS) {
            const items = Array.isArray(config[section]) ? config[section] : [];
            for (const item of items) {
                if (!item || typeof item !== 'object' || merged[section].some((m) => m.name === item.name))
                    continue;
                merged[section].push(withAbsolutePaths(section, item, absolute));
            }
        }
        const named = config['current-context'];
        if (current === undefined && typeof named === 'string' && named)
            current = named;
        preferences ??= config['preferences'];
    }
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        ...(preferences === undefined ? {} : { preferences }),
        ...merged,
        ...(current === undefined ? {} : { 'current-context': current }),
    });
}
function withAbsolutePaths(section, item, absolute) {
    const spec = FILE_FIELDS[section];
    const inner = spec ? item[spec.field] : undefined;
    if (!spec || !inner || typeof inner !== 'object')
        return item;
    const copy = { ...inner };
    for (const key of spec.keys)
        if (key in copy)
            copy[key] = absolute(copy[key]);
    const exec = copy['exec'];
    // An exec command with a slash is a path (relative to its file); any other is looked up on PATH.
    if (exec && typeof exec === 'object' && String(exec['command'] ?? '').includes('/'))
        copy['exec'] = { ...exec, command: absolute(exec['command']) };
    return { ...item, [spec.field]: copy };
}
/**
 * The files a KUBECONFIG value names, read in order, as kubectl reads them: ':'-separated,
 * empty entries and repeats skipped, files that do not exist skipped.
 */
async function readKubeconfigFiles(value) {
    const paths = [...new Set(value.split(external_node_path_.delimiter).filter(Boolean))];
    const files = [];
    for (const path of paths) {
        try {
            files.push({ path: (0,external_node_path_.resolve)(path), text: await (0,promises_.readFile)(path, 'utf8') });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw new errors/* ConfigError */.xL(`KUBECONFIG: cannot read ${path}: ${error.code ?? error}`);
        }
    }
    if (!files.length)
        throw new errors/* ConfigError */.xL(`KUBECONFIG names no file that exists (${paths.join(', ') || 'empty'})`);
    return files;
}
/**
 * The kubeconfig a KUBECONFIG value stands for, as one text: a single file as it is (relative
 * paths resolve against `baseDir`, its folder), several merged (their paths made absolute).
 */
async function loadKubeconfigEnv(value) {
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return { text: first.text, baseDir: (0,external_node_path_.dirname)(first.path) };
    return { text: await mergeKubeconfigs(files), baseDir: process.cwd() };
}

// EXTERNAL MODULE: ./packages/kube/src/exec-credential.ts + 1 modules
var exec_credential = __webpack_require__(9520);
// EXTERNAL MODULE: ./packages/kube/src/kube-proxy.ts + 1 modules
var kube_proxy = __webpack_require__(4861);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 1 modules
var kube_client = __webpack_require__(9874);
;// CONCATENATED MODULE: ./packages/kube/src/workload-status.ts
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

// EXTERNAL MODULE: ./packages/kit/src/sleep.ts
var sleep = __webpack_require__(3439);
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

;// CONCATENATED MODULE: ./packages/kube/src/rollout-watcher.ts




/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = WORKLOAD_KINDS.filter((kind) => kind !== 'Job');
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
                path: workloadPath(kind, namespace),
                timeoutMs: this.options.readTimeoutMs ?? 20_000,
            });
            return (listed.items ?? [])
                .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
                .map((item) => {
                const status = workloadStatus(kind, { ...item, metadata: { namespace, ...item.metadata } });
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
                this.options.logger.info(formatStatus(status));
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
        const object = await client.get(workloadPath(workload.kind, workload.namespace, workload.name));
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

;// CONCATENATED MODULE: ./packages/kit/src/map-concurrent.ts
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
    const answers = await mapConcurrent(unsure, unsure.length, async (p) => {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-file.ts





/**
 * The `kubeconfig` input is the YAML itself or its base64; this returns the YAML. Base64 is
 * recognised by decoding to something that looks like a kubeconfig.
 */
function decodeKubeconfigInput(text) {
    const trimmed = text.trim();
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/(^|\n)\s*(apiVersion|clusters|kind)\s*:/.test(decoded) || decoded.trim().startsWith('{'))
            return decoded;
    }
    return text;
}
/** Writes the kubeconfig 0600 in a private folder under `dir` (RUNNER_TEMP); returns its path. */
async function writeKubeconfigFile(yaml, dir) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dir, 'slipway-kube-'));
    (0,external_node_fs_.chmodSync)(folder, 0o700);
    const path = (0,external_node_path_.join)(folder, 'kubeconfig');
    (0,external_node_fs_.writeFileSync)(path, yaml.endsWith('\n') ? yaml : `${yaml}\n`, { mode: 0o600 });
    return path;
}
/** Deletes a kubeconfig written by writeKubeconfigFile, and its folder; true when something was removed. */
async function removeKubeconfigFile(path) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return false;
    const folder = (0,external_node_path_.dirname)(path);
    if ((0,external_node_path_.basename)(folder).startsWith('slipway-kube-'))
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    else
        (0,external_node_fs_.rmSync)(path, { force: true });
    return true;
}
/**
 * The ambient KUBECONFIG as one file, for our client and helm alike: a single file is used where
 * it is; several are merged as kubectl merges them and written 0600 under `tempDir` (RUNNER_TEMP),
 * `onWritten` told the path so that a post step deletes it. undefined when KUBECONFIG is unset.
 */
async function ambientKubeconfig(value, tempDir, onWritten) {
    if (!value?.split(':').some(Boolean))
        return undefined;
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return first.path;
    const merged = await mergeKubeconfigs(files);
    for (const secret of await (0,kubeconfig/* kubeconfigSecrets */.hT)(merged))
        (0,mask/* maskSecret */.$l)(secret);
    const path = await writeKubeconfigFile(merged, tempDir);
    onWritten?.(path);
    return path;
}
/**
 * Where a session's kubeconfig comes from: the file an earlier step of this job wrote (post
 * reuses it), else the kubeconfig input, else the ambient KUBECONFIG (see ambientKubeconfig).
 */
async function sessionKubeconfig(options) {
    if (options.written)
        return { kubeconfigPath: options.written, kubeconfigYaml: undefined };
    if (options.input !== undefined)
        return { kubeconfigPath: undefined, kubeconfigYaml: options.input };
    const path = await ambientKubeconfig(options.ambient, options.tempDir, options.onWritten);
    return { kubeconfigPath: path, kubeconfigYaml: undefined };
}

// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
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

;// CONCATENATED MODULE: ./packages/kube/src/index.ts















/***/ })

};
