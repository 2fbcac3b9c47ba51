export const id = 240;
export const ids = [240];
export const modules = {

/***/ 8240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BAND_SOURCE: () => (/* reexport */ BAND_SOURCE),
  DeliveryHistory: () => (/* reexport */ DeliveryHistory),
  HISTORY_ANNOTATION: () => (/* reexport */ HISTORY_ANNOTATION),
  HISTORY_LIMIT_BYTES: () => (/* reexport */ HISTORY_LIMIT_BYTES),
  HISTORY_MAX_RECORDS: () => (/* reexport */ HISTORY_MAX_RECORDS),
  HISTORY_OF_LABEL: () => (/* reexport */ HISTORY_OF_LABEL),
  RESULTS: () => (/* reexport */ RESULTS),
  bandsOf: () => (/* reexport */ bandsOf),
  boundedHistory: () => (/* reexport */ boundedHistory),
  checkEnvironment: () => (/* reexport */ checkEnvironment),
  computeMeasures: () => (/* reexport */ computeMeasures),
  deploymentPayload: () => (/* reexport */ deploymentPayload),
  digestOf: () => (/* reexport */ digestOf),
  environmentsOverview: () => (/* reexport */ environmentsOverview),
  failureRateBand: () => (/* reexport */ failureRateBand),
  fleetDeliveries: () => (/* reexport */ fleetDeliveries),
  fleetFields: () => (/* reexport */ fleetFields),
  frequencyBand: () => (/* reexport */ frequencyBand),
  historyName: () => (/* reexport */ historyName),
  leadTimeBand: () => (/* reexport */ leadTimeBand),
  mean: () => (/* reexport */ mean),
  median: () => (/* reexport */ median),
  metricsByEnvironment: () => (/* reexport */ metricsByEnvironment),
  metricsReportSummary: () => (/* reexport */ metricsReportSummary),
  metricsSummary: () => (/* reexport */ metricsSummary),
  parseRecord: () => (/* reexport */ parseRecord),
  parseSince: () => (/* reexport */ since/* parseSince */.m),
  percentile: () => (/* reexport */ percentile),
  readClusterRecords: () => (/* reexport */ readClusterRecords),
  readGitHubRecords: () => (/* reexport */ readGitHubRecords),
  recordCanary: () => (/* reexport */ recordCanary),
  recordDelivery: () => (/* reexport */ recordDelivery),
  recordOfDeployment: () => (/* reexport */ recordOfDeployment),
  recordRelease: () => (/* reexport */ recordRelease),
  recordsIn: () => (/* reexport */ recordsIn),
  restoreBand: () => (/* reexport */ restoreBand),
  runOf: () => (/* reexport */ runOf),
  runnerCommit: () => (/* reexport */ runnerCommit),
  servicesIn: () => (/* reexport */ servicesIn),
  spanText: () => (/* reexport */ spanText),
  weekStart: () => (/* reexport */ weekStart),
  weeklyChart: () => (/* reexport */ weeklyChart),
  withGitHubDeployment: () => (/* reexport */ withGitHubDeployment)
});

;// CONCATENATED MODULE: ./packages/records/src/record.ts
const RESULTS = ['success', 'failure', 'rolled-back', 'aborted'];
const KINDS = ['deploy', 'rollback', 'canary'];
const DIGEST = /@(sha256:[0-9a-f]{64})$/;
function digestOf(image) {
    return (image && DIGEST.exec(image)?.[1]) || null;
}
const str = (v) => (typeof v === 'string' && v ? v : null);
const record_int = (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const time = (v) => {
    const s = str(v);
    return s && Number.isFinite(Date.parse(s)) ? s : null;
};
/** A record read back from storage; undefined for anything that is not one (kept out of the measures). */
function parseRecord(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const v = value;
    const kind = KINDS.find((k) => k === v['kind']);
    const environment = str(v['environment']);
    const startedAt = time(v['startedAt']);
    if (!kind || !environment || !startedAt)
        return undefined;
    const result = RESULTS.find((r) => r === v['result']) ?? null;
    const restored = v['restored'];
    return {
        kind,
        environment,
        release: str(v['release']) ?? '',
        revision: record_int(v['revision']),
        image: str(v['image']),
        imageDigest: str(v['imageDigest']) ?? digestOf(str(v['image'])),
        commit: str(v['commit']),
        commitTime: time(v['commitTime']),
        startedAt,
        finishedAt: result ? time(v['finishedAt']) : null,
        result: time(v['finishedAt']) ? result : null,
        ...(restored && typeof restored === 'object'
            ? { restored: { revision: record_int(restored['revision']), image: str(restored['image']) } }
            : {}),
        ...(str(v['runUrl']) ? { runUrl: str(v['runUrl']) } : {}),
        ...fleetFields(v),
    };
}
/** service, cluster and run when the record has them (older records have none of them). */
function fleetFields(v) {
    const service = str(v['service']);
    const cluster = str(v['cluster']);
    const run = str(v['run']);
    return { ...(service ? { service } : {}), ...(cluster ? { cluster } : {}), ...(run ? { run } : {}) };
}

// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
;// CONCATENATED MODULE: ./packages/records/src/history-store.ts


/**
 * Where the cluster keeps a release's delivery records: one ConfigMap per release,
 * `<release>-slipway-deliveries`, beside it, with the records as a JSON list (oldest first) in
 * one annotation.
 *
 * Not on helm's release Secrets: helm writes a new Secret for every revision (a rollback too)
 * and deletes the old ones beyond --history-max, so a history kept there would be scattered and
 * pruned. Helm never touches an object it did not render, so this ConfigMap survives every
 * upgrade, rollback and pruning (it carries no ownerReference for the same reason: its owner
 * would be a Secret helm deletes). Kubernetes caps all of an object's annotations together at
 * 256 KiB: the list is cut from the oldest end to stay under HISTORY_LIMIT_BYTES.
 */
const HISTORY_ANNOTATION = 'slipway.dev/delivery-history';
const HISTORY_OF_LABEL = 'slipway.dev/delivery-history-of';
const HISTORY_LIMIT_BYTES = 200 * 1024;
const HISTORY_MAX_RECORDS = 400;
function historyName(release) {
    return `${release}-slipway-deliveries`;
}
/** The newest records that fit both bounds, oldest first, as the annotation's text. */
function boundedHistory(records, limitBytes = HISTORY_LIMIT_BYTES, maxRecords = HISTORY_MAX_RECORDS) {
    const kept = records.slice(-maxRecords).map((r) => JSON.stringify(r));
    let bytes = kept.reduce((n, line) => n + Buffer.byteLength(line) + 1, 1);
    while (kept.length > 1 && bytes > limitBytes)
        bytes -= Buffer.byteLength(kept.shift()) + 1;
    return `[${kept.join(',')}]`;
}
/** The records in one history object's annotation; malformed entries are skipped. */
function recordsIn(object) {
    const text = object?.metadata.annotations?.[HISTORY_ANNOTATION];
    if (!text)
        return [];
    let list;
    try {
        list = JSON.parse(text);
    }
    catch {
        return [];
    }
    return Array.isArray(list) ? list.map(parseRecord).filter((r) => r !== undefined) : [];
}
class DeliveryHistory {
    objects;
    namespace;
    release;
    constructor(objects, namespace, release) {
        this.objects = objects;
        this.namespace = namespace;
        this.release = release;
    }
    get ref() {
        return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: historyName(this.release) };
    }
    async read() {
        return recordsIn(await this.objects.get(this.ref));
    }
    /** Adds a record; concurrent writers are serialised by resourceVersion (a 409 reads again). */
    async append(record) {
        const withRecord = (object) => ({
            ...object,
            metadata: {
                ...object.metadata,
                annotations: {
                    ...object.metadata.annotations,
                    [HISTORY_ANNOTATION]: boundedHistory([...recordsIn(object), record]),
                },
            },
        });
        if (!(await this.objects.get(this.ref))) {
            try {
                await this.objects.create(this.ref, withRecord({
                    metadata: {
                        labels: { [HISTORY_OF_LABEL]: this.release, 'app.kubernetes.io/managed-by': 'slipway' },
                    },
                }));
                return;
            }
            catch (error) {
                if (!(0,object_client/* isConflict */.dh)(error))
                    throw error;
            }
        }
        await this.objects.update(this.ref, withRecord);
    }
}

;// CONCATENATED MODULE: ./packages/records/src/cluster-records.ts

/** Every record of the namespace's release histories (one release, or all of them), oldest first. */
async function readClusterRecords(client, namespace, release) {
    const selector = encodeURIComponent(release ? `${HISTORY_OF_LABEL}=${release}` : HISTORY_OF_LABEL);
    const list = await client.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps?labelSelector=${selector}`);
    return (list.items ?? []).flatMap(recordsIn).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(2998);
;// CONCATENATED MODULE: ./packages/records/src/commit-info.ts


/** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (1 when unset) as "1234/1"; null outside a run. */
function runOf(env = process.env) {
    const id = env['GITHUB_RUN_ID'];
    if (!id || !/^\d+$/.test(id))
        return null;
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    return { id, attempt: attempt && /^\d+$/.test(attempt) ? attempt : '1' };
}
/**
 * The commit a run deploys and when it was made, from the runner: GITHUB_SHA, and the commit
 * time from the event payload (push: head_commit; workflow_run: workflow_run.head_commit) when
 * that commit is the one deployed. Other events carry no commit time: lead time then skips the
 * record rather than guess.
 */
async function runnerCommit(env = process.env) {
    const commit = env['GITHUB_SHA'] || null;
    const runUrl = (0,run_context/* runContext */.p)(env).runUrl ?? null;
    const ran = runOf(env);
    const run = ran ? `${ran.id}/${ran.attempt}` : null;
    const path = env['GITHUB_EVENT_PATH'];
    if (!commit || !path)
        return { commit, commitTime: null, runUrl, run };
    try {
        const event = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        const head = event.head_commit ?? event.workflow_run?.head_commit;
        const time = head?.id === commit ? head.timestamp : undefined;
        const commitTime = time && Number.isFinite(Date.parse(time)) ? new Date(time).toISOString() : null;
        return { commit, commitTime, runUrl, run };
    }
    catch {
        return { commit, commitTime: null, runUrl, run };
    }
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/records/src/environments.ts

/**
 * An environment that has no record at all, where others have some, is a typo or a wrong source:
 * a ConfigError naming the ones there are. With no records anywhere it is just an empty history.
 */
function checkEnvironment(known, environment, where) {
    const names = [...new Set(known)].sort();
    if (names.length && !names.includes(environment))
        throw new errors/* ConfigError */.xL(`Input 'environment': expected an environment with records in ${where} (${names.join(', ')}), got "${environment}"`);
}

// EXTERNAL MODULE: ./packages/github/src/github-error.ts
var github_error = __webpack_require__(9117);
// EXTERNAL MODULE: ./packages/github/src/deployments.ts
var src_deployments = __webpack_require__(3345);
;// CONCATENATED MODULE: ./packages/records/src/github-records.ts




const FINAL = new Set(['success', 'failure', 'error']);
const github_records_KINDS = ['deploy', 'rollback', 'canary'];
/**
 * A record from a GitHub deployment and its statuses (newest first, as GitHub lists them). The
 * deployment's payload says what Slipway knew at the start (kind, image, commit_time); the newest
 * final status (success, failure, error; `inactive` only means superseded) says how it ended.
 * No final status: the record stays unfinished.
 */
function recordOfDeployment(deployment, statuses) {
    const payload = payloadOf(deployment.payload);
    const kind = github_records_KINDS.find((k) => k === payload['kind']) ?? 'deploy';
    const final = statuses.find((s) => FINAL.has(s.state));
    const text = final?.description ?? '';
    let result = null;
    if (final?.state === 'success')
        result = 'success';
    else if (final)
        result = kind === 'canary' ? 'aborted' : /^Rolled back\b/.test(text) ? 'rolled-back' : 'failure';
    const image = typeof payload['image'] === 'string' ? payload['image'] : null;
    const revisionInText = /\brevision (\d+)\b/.exec(text)?.[1];
    const restored = kind === 'rollback' || result === 'rolled-back';
    const revision = typeof payload['revision'] === 'number'
        ? payload['revision']
        : revisionInText && !restored
            ? Number(revisionInText)
            : null;
    const restoredRevision = typeof payload['restored_revision'] === 'number'
        ? payload['restored_revision']
        : revisionInText
            ? Number(revisionInText)
            : null;
    const commitTime = typeof payload['commit_time'] === 'string' ? payload['commit_time'] : null;
    return {
        kind,
        environment: deployment.environment,
        release: typeof payload['release'] === 'string' ? payload['release'] : '',
        revision,
        image,
        imageDigest: digestOf(image),
        commit: deployment.sha,
        commitTime: commitTime && Number.isFinite(Date.parse(commitTime)) ? commitTime : null,
        startedAt: deployment.created_at,
        finishedAt: final?.created_at ?? null,
        result: final ? result : null,
        ...(restored ? { restored: { revision: restoredRevision, image: null } } : {}),
        ...(final?.log_url ? { runUrl: final.log_url } : {}),
        ...fleetFields({ service: payload['service'], cluster: payload['cluster'], run: runText(payload) }),
    };
}
/** run_id and run_attempt as the record's "1234/1"; none without run_id (payloads before them). */
function runText(payload) {
    const id = payload['run_id'];
    if (typeof id !== 'string' && typeof id !== 'number')
        return undefined;
    const attempt = payload['run_attempt'];
    return `${id}/${typeof attempt === 'string' || typeof attempt === 'number' ? attempt : 1}`;
}
function payloadOf(payload) {
    if (typeof payload === 'string') {
        try {
            return payloadOf(JSON.parse(payload));
        }
        catch {
            return {};
        }
    }
    return payload && typeof payload === 'object' ? payload : {};
}
/** GitHub's refusal of a read, turned into what the user can fix. */
function readRefused(error, repository) {
    if (!(error instanceof github_error/* GitHubApiError */.O) || (error.status !== 403 && error.status !== 404))
        return error;
    return new errors/* ConfigError */.xL(`Input 'github-token': the token cannot read the deployments of ${repository} (GitHub answered ${error.status}` +
        `${error.githubMessage ? `: ${error.githubMessage}` : ''}); give the job \`permissions: deployments: read\`` +
        ` (a fine-grained token needs "Deployments: read" on the repository)`);
}
/**
 * The environment's records since `sinceMs`, oldest first, paging through the deployments list
 * (Link rel="next", 100 a page) until a page reaches past the window. An environment with no
 * deployment at all is a ConfigError naming the environments that have some; a repository with
 * none anywhere is an empty history.
 */
async function readGitHubRecords(options) {
    const { client, repository, environment, sinceMs, logger } = options;
    const perPage = options.pageSize ?? 100;
    const repo = (0,src_deployments/* repoParams */.Vt)(repository);
    const deployments = [];
    let pages = 0;
    try {
        for await (const page of client.pages('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
            ...repo,
            environment,
            per_page: perPage,
        })) {
            pages++;
            if (pages === 1 && page.length === 0)
                await unknownEnvironment(client, repo, environment, repository);
            deployments.push(...page.filter((d) => Date.parse(d.created_at) >= sinceMs));
            const oldest = page.at(-1);
            if (!oldest || Date.parse(oldest.created_at) < sinceMs)
                break;
        }
        // One request after another, as GitHub asks of a client (concurrent requests are what its
        // secondary rate limits punish).
        const records = [];
        for (const deployment of deployments) {
            const statuses = [];
            for await (const page of client.pages('List deployment statuses', 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: deployment.id, per_page: perPage }))
                statuses.push(...page);
            records.push(recordOfDeployment(deployment, statuses));
        }
        logger.info(`Read ${records.length} deployment(s) of ${repository} in ${environment} since ${new Date(sinceMs).toISOString()} (${pages} page(s))`);
        return records.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    }
    catch (error) {
        throw readRefused(error, repository);
    }
}
/** Only asked when the environment has no deployment at all: the newest 100 name the ones there are. */
async function unknownEnvironment(client, repo, environment, repository) {
    const any = await client.request('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        per_page: 100,
    });
    checkEnvironment(any.map((d) => d.environment), environment, `the GitHub Deployments of ${repository}`);
}

;// CONCATENATED MODULE: ./packages/records/src/fleet-deliveries.ts
const ms = (iso) => Date.parse(iso);
/** Worse first: a delivery is as bad as its worst cluster. */
const WORST = ['failure', 'aborted', 'rolled-back', 'success'];
/**
 * The records as deliveries, oldest first. A fleet run writes one record per cluster; the records
 * of one run (and attempt), environment, service and kind, each of another cluster, are one
 * delivery: from the first cluster's start to the last one's end, its commit time the earliest,
 * its result the worst (a failed or rolled-back cluster fails the stage's delivery). It is
 * unfinished while a cluster is, unless another already failed. A record without a run or a
 * cluster (before they were recorded, helm-deploy's own, a run outside Actions) is a delivery of
 * its own, as before; so is a cluster's second record in one run (a redeploy).
 *
 * A record without a service (before services were recorded, helm-deploy's own) belongs to the
 * service the newest record of its release names, else to the service named as its release.
 */
function fleetDeliveries(records) {
    const sorted = [...records].sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
    const serviceOfRelease = new Map();
    for (const r of sorted)
        if (r.service)
            serviceOfRelease.set(r.release, r.service);
    const groups = [];
    const open = new Map();
    for (const r of sorted) {
        const record = { ...r, service: r.service ?? serviceOfRelease.get(r.release) ?? r.release };
        if (!r.run || !r.cluster) {
            groups.push([record]);
            continue;
        }
        const key = JSON.stringify([r.run, r.environment, record.service, r.kind]);
        const group = open.get(key);
        // A cluster delivered twice in one run (a redeploy): the second is the next delivery.
        if (group && !group.some((m) => m.cluster === r.cluster))
            group.push(record);
        else {
            const next = [record];
            open.set(key, next);
            groups.push(next);
        }
    }
    return groups.map(combine).sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
}
function combine(members) {
    const first = members[0];
    const service = first.service;
    if (members.length === 1)
        return { ...first, service, records: 1 };
    const finished = members.filter((r) => r.result !== null && r.finishedAt !== null);
    const result = WORST.find((worst) => finished.some((r) => r.result === worst)) ?? null;
    const done = finished.length === members.length || (result !== null && result !== 'success');
    const commitTimes = members.flatMap((r) => (r.commitTime ? [r.commitTime] : []));
    const last = [...finished].sort((a, b) => ms(a.finishedAt) - ms(b.finishedAt)).at(-1);
    const restored = members.find((r) => r.restored)?.restored;
    return {
        ...first,
        service,
        cluster: null,
        revision: last?.revision ?? first.revision,
        commitTime: commitTimes.sort((a, b) => ms(a) - ms(b))[0] ?? null,
        finishedAt: done && last ? last.finishedAt : null,
        result: done ? result : null,
        ...(restored ? { restored } : {}),
        records: members.length,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
;// CONCATENATED MODULE: ./packages/records/src/dora-bands.ts
const HOUR = 3600;
const DAY = 24 * HOUR;
/**
 * The performance clusters of the 2023 Accelerate State of DevOps Report (DORA, dora.dev):
 *
 * | band   | deployment frequency              | lead time            | change failure rate | time to restore      |
 * | elite  | on demand (several a day)         | less than one day    | 5%                  | less than one hour   |
 * | high   | between once a day and once a week| one day to one week  | 10%                 | less than one day    |
 * | medium | between once a week and once a month | one week to one month | 15%            | one day to one week  |
 * | low    | between once a week and once a month | one week to one month | 64%            | one month to six months |
 *
 * The report's ranges leave gaps and overlaps (low and medium share a frequency; nothing
 * covers one week to one month of restore time); here each band starts where the one above
 * ends: elite ≥ 1 deploy a day, high ≥ 1 a week, medium ≥ 1 a month (30 days), else low;
 * lead time elite < 1 day, high ≤ 7 days, medium ≤ 30 days; change failure rate elite ≤ 5%,
 * high ≤ 10%, medium ≤ 15%; time to restore elite < 1 hour, high < 1 day, medium ≤ 7 days.
 */
const BAND_SOURCE = '2023 Accelerate State of DevOps Report (DORA) performance clusters';
function frequencyBand(perDay) {
    if (perDay >= 1)
        return 'elite';
    if (perDay >= 1 / 7)
        return 'high';
    if (perDay >= 1 / 30)
        return 'medium';
    return 'low';
}
function leadTimeBand(seconds) {
    if (seconds < DAY)
        return 'elite';
    if (seconds <= 7 * DAY)
        return 'high';
    if (seconds <= 30 * DAY)
        return 'medium';
    return 'low';
}
function failureRateBand(rate) {
    if (rate <= 0.05)
        return 'elite';
    if (rate <= 0.1)
        return 'high';
    if (rate <= 0.15)
        return 'medium';
    return 'low';
}
function restoreBand(seconds) {
    if (seconds < HOUR)
        return 'elite';
    if (seconds < DAY)
        return 'high';
    if (seconds <= 7 * DAY)
        return 'medium';
    return 'low';
}
/** The band of each measure that has a value (none for a measure without samples). */
function bandsOf(m) {
    return {
        deploymentFrequency: m.changes ? frequencyBand(m.deploymentFrequency.perDay) : null,
        leadTime: m.leadTime.medianSeconds === null ? null : leadTimeBand(m.leadTime.medianSeconds),
        changeFailureRate: m.changeFailureRate === null ? null : failureRateBand(m.changeFailureRate),
        timeToRestore: m.timeToRestore.medianSeconds === null ? null : restoreBand(m.timeToRestore.medianSeconds),
    };
}

;// CONCATENATED MODULE: ./packages/records/src/statistics.ts
/** The middle value; the mean of the two middle ones for an even count. */
function median(values) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
function percentile(values, p) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
function mean(values) {
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

;// CONCATENATED MODULE: ./packages/records/src/measures.ts


const DAY_MS = 86_400_000;
const measures_ms = (iso) => Date.parse(iso);
const seconds = (value) => (value === null ? null : value / 1000);
/**
 * The definitions, in the order the summary shows them, over deliveries (fleetDeliveries: a
 * fleet run's records of one service and stage, one per cluster, are one delivery):
 * - a change is a finished deploy or canary decision; a rollback is not a change;
 * - deployment frequency: successful changes ÷ the window's days (and × 7 a week);
 * - lead time: commit time → the end of each successful change that knows its commit time
 *   (for a fleet delivery, the end of its last cluster) (median, nearest-rank p90);
 * - a change failed when its own result is failure, rolled-back or aborted, or when the next
 *   finished delivery of the same service in the environment is a rollback; change failure
 *   rate = failed ÷ changes;
 * - time to restore, per failed change: from its start (or, when it succeeded and was rolled back
 *   later, from its end, when it went live) to the end of whatever made the service healthy
 *   again: its own automatic rollback or abort, else the service's next successful delivery
 *   (deploy, rollback or canary); a failure not restored inside the window is counted apart;
 * - deploy and rollback durations: start → end of finished deploys and rollbacks, any result.
 * The environment's figures pool its services' (each service's changes, failures and samples).
 */
function streamFacts(stream, window) {
    const inWindow = stream.filter((r) => measures_ms(r.startedAt) >= window.sinceMs && measures_ms(r.startedAt) <= window.untilMs);
    const finished = inWindow.filter((r) => r.result !== null && r.finishedAt !== null);
    const isChange = (r) => r.kind === 'deploy' || r.kind === 'canary';
    const changes = finished.filter(isChange);
    const successes = changes.filter((r) => r.result === 'success');
    const failedAt = finished.flatMap((r, i) => isChange(r) && (r.result !== 'success' || finished[i + 1]?.kind === 'rollback') ? [i] : []);
    const leadTimes = successes.flatMap((r) => r.commitTime && measures_ms(r.finishedAt) >= measures_ms(r.commitTime)
        ? [measures_ms(r.finishedAt) - measures_ms(r.commitTime)]
        : []);
    const restores = [];
    let unrestored = 0;
    for (const i of failedAt) {
        const failed = finished[i];
        const start = failed.result === 'success' ? measures_ms(failed.finishedAt) : measures_ms(failed.startedAt);
        const healthy = failed.result === 'rolled-back' || failed.result === 'aborted'
            ? failed
            : finished.slice(i + 1).find((r) => r.result === 'success');
        if (healthy)
            restores.push(measures_ms(healthy.finishedAt) - start);
        else
            unrestored++;
    }
    const durations = (kind) => finished.filter((r) => r.kind === kind).map((r) => measures_ms(r.finishedAt) - measures_ms(r.startedAt));
    return {
        inWindow,
        finished,
        changes,
        successes,
        failed: failedAt.map((i) => finished[i]),
        leadTimes,
        restores,
        unrestored,
        deployDurations: durations('deploy'),
        rollbackDurations: durations('rollback'),
    };
}
/** The measures of one environment (every service, or one) over one window. */
function computeMeasures(all, environment, window, service) {
    const deliveries = fleetDeliveries(all).filter((d) => d.environment === environment && (service === undefined || d.service === service));
    const streams = new Map();
    for (const d of deliveries)
        streams.set(d.service, [...(streams.get(d.service) ?? []), d]);
    const facts = [...streams.values()].map((stream) => streamFacts(stream, window));
    const pool = (pick) => facts.flatMap(pick);
    const inWindow = pool((f) => f.inWindow);
    const finished = pool((f) => f.finished);
    const changes = pool((f) => f.changes);
    const successes = pool((f) => f.successes);
    const failed = pool((f) => f.failed);
    const leadTimes = pool((f) => f.leadTimes);
    const restores = pool((f) => f.restores);
    const deployDurations = pool((f) => f.deployDurations);
    const rollbackDurations = pool((f) => f.rollbackDurations);
    const days = (window.untilMs - window.sinceMs) / DAY_MS;
    const perDay = days > 0 ? successes.length / days : 0;
    return {
        environment,
        service: service ?? null,
        since: new Date(window.sinceMs).toISOString(),
        until: new Date(window.untilMs).toISOString(),
        days,
        records: inWindow.length,
        clusterRecords: inWindow.reduce((n, d) => n + d.records, 0),
        unfinished: inWindow.length - finished.length,
        changes: changes.length,
        deployments: successes.length,
        failedChanges: failed.length,
        rollbacks: finished.filter((r) => r.kind === 'rollback').length,
        deploymentFrequency: { perDay, perWeek: perDay * 7 },
        leadTime: {
            samples: leadTimes.length,
            medianSeconds: seconds(median(leadTimes)),
            p90Seconds: seconds(percentile(leadTimes, 90)),
        },
        changeFailureRate: changes.length ? failed.length / changes.length : null,
        timeToRestore: {
            samples: restores.length,
            medianSeconds: seconds(median(restores)),
            unrestored: facts.reduce((n, f) => n + f.unrestored, 0),
        },
        deployDuration: { samples: deployDurations.length, meanSeconds: seconds(mean(deployDurations)) },
        rollbackDuration: { samples: rollbackDurations.length, meanSeconds: seconds(mean(rollbackDurations)) },
        weeks: weekCounts(window, successes, failed),
    };
}
/** The services with deliveries in the environment, in name order. */
function servicesIn(all, environment) {
    return [...new Set(fleetDeliveries(all).flatMap((d) => (d.environment === environment ? [d.service] : [])))].sort();
}
/** Monday 00:00 UTC of the week holding `time`. */
function weekStart(time) {
    const day = new Date(time);
    const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
    return midnight - ((day.getUTCDay() + 6) % 7) * DAY_MS;
}
function weekCounts(window, successes, failures) {
    const weeks = [];
    for (let start = weekStart(window.sinceMs); start <= window.untilMs; start += 7 * DAY_MS) {
        const inWeek = (r) => weekStart(measures_ms(r.startedAt)) === start;
        weeks.push({
            week: new Date(start).toISOString().slice(0, 10),
            deployments: successes.filter(inWeek).length,
            failures: failures.filter(inWeek).length,
        });
    }
    return weeks;
}

// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var duration = __webpack_require__(5438);
;// CONCATENATED MODULE: ./packages/records/src/metrics-summary.ts


/** 45s, 12m 30s, 3h 20m, 2d 4h: the two largest units. */
function spanText(seconds) {
    if (seconds < 3600)
        return (0,duration/* formatDuration */.a)(seconds * 1000);
    const minutes = Math.round(seconds / 60);
    if (minutes < 24 * 60)
        return `${Math.floor(minutes / 60)}h${minutes % 60 ? ` ${minutes % 60}m` : ''}`;
    const hours = Math.round(seconds / 3600);
    return `${Math.floor(hours / 24)}d${hours % 24 ? ` ${hours % 24}h` : ''}`;
}
const rate = (n) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
const percent = (r) => `${(r * 100).toFixed(1)}%`;
const band = (b) => b ?? '—';
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** Deploys (bars) and failed changes (line) per week, as a Mermaid xychart the job summary draws. */
function weeklyChart(m) {
    const labels = m.weeks.map((w) => `"${w.week.slice(5)}"`).join(', ');
    const top = Math.max(1, ...m.weeks.map((w) => Math.max(w.deployments, w.failures)));
    return [
        'xychart-beta',
        `  title "${m.environment}: deployments (bars) and failed changes (line) per week"`,
        `  x-axis "week starting (UTC)" [${labels}]`,
        `  y-axis "count" 0 --> ${top}`,
        `  bar [${m.weeks.map((w) => w.deployments).join(', ')}]`,
        `  line [${m.weeks.map((w) => w.failures).join(', ')}]`,
    ].join('\n');
}
const OVERVIEW_HEADER = [
    'Deployments',
    'Deployment frequency',
    'Lead time (median)',
    'Change failure rate',
    'Time to restore (median)',
];
/** One row of an overview: an environment's or a service's headline figures, with their bands. */
function overviewRow(m) {
    const bands = bandsOf(m);
    const withBand = (text, b) => (b ? `${text} (${b})` : text);
    const fleet = m.clusterRecords > m.records ? ` (${m.clusterRecords} cluster records)` : '';
    return [
        `${m.deployments} of ${count(m.changes, 'change')}${fleet}`,
        m.changes ? withBand(`${rate(m.deploymentFrequency.perDay)} a day`, bands.deploymentFrequency) : '—',
        m.leadTime.medianSeconds === null ? '—' : withBand(spanText(m.leadTime.medianSeconds), bands.leadTime),
        m.changeFailureRate === null
            ? '—'
            : withBand(`${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`, bands.changeFailureRate),
        m.timeToRestore.medianSeconds === null
            ? m.timeToRestore.unrestored
                ? `${m.timeToRestore.unrestored} not restored`
                : '—'
            : withBand(spanText(m.timeToRestore.medianSeconds), bands.timeToRestore),
    ];
}
/** Every environment's headline figures side by side, before each one's own section. */
function environmentsOverview(all, summary = new runner_summary/* SummaryBuilder */.CF()) {
    return summary.heading('Delivery metrics by environment').table(['Environment', ...OVERVIEW_HEADER], all.map((m) => [m.environment, ...overviewRow(m)]));
}
/**
 * One environment's section: its measures and bands, a table by service (a fleet delivery counts
 * once per service and stage, whatever its clusters), and the weekly chart.
 */
function metricsSummary(m, source, services = [], summary = new runner_summary/* SummaryBuilder */.CF()) {
    summary.heading(`Delivery metrics: ${m.environment}`);
    const window = `${m.since.slice(0, 16).replace('T', ' ')} → ${m.until.slice(0, 16).replace('T', ' ')} UTC (${rate(m.days)} days), from ${source}`;
    if (!m.records) {
        return summary.paragraph(`**No deployments** recorded in ${m.environment} in this window: nothing to measure. ${window}.`);
    }
    const bands = bandsOf(m);
    const lead = m.leadTime;
    const ttr = m.timeToRestore;
    summary.paragraph(window).table(['Measure', 'Value', 'DORA band'], [
        [
            'Deployment frequency',
            `${rate(m.deploymentFrequency.perDay)} a day (${rate(m.deploymentFrequency.perWeek)} a week): ${m.deployments} successful of ${m.changes} changes`,
            band(bands.deploymentFrequency),
        ],
        [
            'Lead time for changes',
            lead.medianSeconds === null
                ? 'no successful change with a commit time'
                : `median ${spanText(lead.medianSeconds)}, p90 ${spanText(lead.p90Seconds)} (${count(lead.samples, 'change')})`,
            band(bands.leadTime),
        ],
        [
            'Change failure rate',
            m.changeFailureRate === null
                ? 'no changes'
                : `${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`,
            band(bands.changeFailureRate),
        ],
        [
            'Time to restore',
            ttr.medianSeconds === null
                ? `no restored failure${ttr.unrestored ? ` (${ttr.unrestored} not restored)` : ''}`
                : `median ${spanText(ttr.medianSeconds)} (${ttr.samples} restored${ttr.unrestored ? `, ${ttr.unrestored} not restored` : ''})`,
            band(bands.timeToRestore),
        ],
        [
            'Mean deploy duration',
            m.deployDuration.meanSeconds === null
                ? '—'
                : `${spanText(m.deployDuration.meanSeconds)} (${count(m.deployDuration.samples, 'deploy')})`,
            '',
        ],
        [
            'Mean rollback duration',
            m.rollbackDuration.meanSeconds === null
                ? '—'
                : `${spanText(m.rollbackDuration.meanSeconds)} (${count(m.rollbackDuration.samples, 'rollback')})`,
            '',
        ],
    ]);
    if (services.length)
        summary.heading(`${m.environment} by service`, 3).table(['Service', ...OVERVIEW_HEADER], services.map((one) => [one.service ?? '', ...overviewRow(one)]));
    if (m.unfinished)
        summary.paragraph(`${m.unfinished} record(s) without a final status (a run that died or is still going) are left out.`);
    summary.code(weeklyChart(m), 'mermaid');
    return summary.paragraph(`Bands: the ${BAND_SOURCE}, each band starting where the one above ends (frequency elite ≥ 1 a day, high ≥ 1 a week, medium ≥ 1 a month; lead time elite < 1 day, high ≤ 1 week, medium ≤ 30 days; failure rate elite ≤ 5%, high ≤ 10%, medium ≤ 15%; restore elite < 1 hour, high < 1 day, medium ≤ 1 week).`);
}

;// CONCATENATED MODULE: ./packages/records/src/metrics-report.ts




const banded = (m) => ({ ...m, bands: bandsOf(m) });
/** The measures of each environment asked for, in that order, and of each of its services. */
function metricsByEnvironment(records, environments, window) {
    return environments.map((environment) => ({
        ...banded(computeMeasures(records, environment, window)),
        services: servicesIn(records, environment).flatMap((service) => {
            const m = computeMeasures(records, environment, window, service);
            // A service with no delivery in the window (only before it) gets no row.
            return m.records ? [banded(m)] : [];
        }),
    }));
}
/** The job summary: an overview when there are several environments, then each one's section. */
function metricsReportSummary(all, source) {
    const summary = new runner_summary/* SummaryBuilder */.CF();
    if (all.length > 1)
        environmentsOverview(all, summary);
    for (const m of all)
        metricsSummary(m, source, m.services, summary);
    return summary;
}

// EXTERNAL MODULE: ./packages/records/src/since.ts
var since = __webpack_require__(640);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 1 modules
var kube_client = __webpack_require__(9874);
;// CONCATENATED MODULE: ./packages/records/src/record-delivery.ts



/**
 * Appends a record to the release's history in the cluster. Bookkeeping never fails a deploy: a
 * refusal (no RBAC for ConfigMaps, API down) is one warning.
 */
async function recordDelivery(target, build, logger) {
    const where = `ConfigMap ${target.namespace}/${historyName(target.release)}`;
    try {
        // A client of its own, without the run's cancellation signal: a cancelled deploy is still
        // worth its record.
        const client = new kube_client/* KubeClient */.B(target.kube.access);
        const history = new DeliveryHistory(new object_client/* ObjectClient */.FI(client), target.namespace, target.release);
        const record = await build(await history.read());
        await history.append(record);
        logger.info(`Delivery record: ${record.kind} ${record.result ?? 'unfinished'}, revision ${record.revision ?? '?'}, in ${where}`);
        return record;
    }
    catch (error) {
        logger.warning(`Could not write the delivery record to ${where}: ${(0,errors/* errorMessage */.gJ)(error)}; the deploy is not affected`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/records/src/record-release.ts



/**
 * Adds a deploy or rollback (helm-deploy's, or the root action's deploy stage) to the release's delivery history in the cluster (plan
 * records nothing), for delivery-metrics to read with or without a GitHub token. The environment
 * is the GitHub environment when one is given, else the namespace.
 */
async function recordRelease(request, report, ctx, options) {
    if (request.mode === 'plan')
        return;
    const { commit, commitTime, runUrl, run } = await runnerCommit();
    const rollback = request.mode === 'rollback';
    // A deploy that failed and was rolled back reports status rolled-back with its failure.
    const result = rollback
        ? report.failure
            ? 'failure'
            : 'success'
        : report.status === 'rolled-back'
            ? 'rolled-back'
            : report.failure || report.status !== 'deployed'
                ? 'failure'
                : 'success';
    const restoredRevision = rollback
        ? (report.restoredRevision ?? null)
        : report.rolledBack
            ? (report.previousRevision ?? null)
            : undefined;
    await recordDelivery({ kube: ctx.kube, namespace: request.namespace, release: request.release }, (history) => {
        const restoredImage = restoredRevision === undefined
            ? undefined
            : ([...history].reverse().find((r) => r.revision === restoredRevision && r.image)?.image ?? null);
        return {
            kind: rollback ? 'rollback' : 'deploy',
            environment: options.environment ?? request.namespace,
            release: request.release,
            revision: report.revision ?? null,
            // A rollback deploys nothing new: its image is the one it brought back.
            image: (rollback ? restoredImage : report.image) ?? null,
            imageDigest: digestOf(rollback ? restoredImage : report.image),
            commit: rollback ? null : commit,
            commitTime: rollback ? null : commitTime,
            startedAt: new Date(options.startedAt).toISOString(),
            finishedAt: new Date(options.startedAt + report.durationMs).toISOString(),
            result,
            ...(restoredRevision === undefined
                ? {}
                : { restored: { revision: restoredRevision, image: restoredImage ?? null } }),
            runUrl,
            ...fleetFields({ service: options.service, cluster: options.cluster, run }),
        };
    }, options.logger);
}

;// CONCATENATED MODULE: ./packages/records/src/record-canary.ts



/**
 * Adds a canary decision (promoted → success, aborted) to the release's delivery history in the
 * cluster, for delivery-metrics; a pause decides nothing and records nothing.
 */
async function recordCanary(outcome, ctx, logger, where = {}) {
    if (outcome.result === 'paused')
        return;
    const { state } = outcome;
    const { commit, commitTime, runUrl, run } = await runnerCommit();
    await recordDelivery({ kube: ctx.kube, namespace: state.namespace, release: state.release }, () => ({
        kind: 'canary',
        environment: state.namespace,
        release: state.release,
        revision: null,
        image: state.image,
        imageDigest: digestOf(state.image),
        commit,
        commitTime,
        startedAt: new Date(state.startedAt).toISOString(),
        finishedAt: new Date(outcome.trafficRestoredAt ?? state.updatedAt).toISOString(),
        result: outcome.result === 'promoted' ? 'success' : 'aborted',
        runUrl,
        ...fleetFields({ service: where.service, cluster: where.cluster, run }),
    }), logger);
}

;// CONCATENATED MODULE: ./packages/records/src/deployment-payload.ts

/**
 * The payload of a GitHub deployment, as `recordOfDeployment` reads it back for delivery-metrics:
 * the one writer, for helm-deploy and the root action alike. A rollback's commit is not what it
 * deploys, so only a deploy or a canary carries the commit time (the lead time's start).
 * service, cluster and the run (run_id, run_attempt) are there when known: delivery-metrics counts
 * a fleet run's deployments of one service and stage, one per cluster, as one delivery.
 */
async function deploymentPayload(start, env = process.env) {
    const { kind, release, namespace, strategy } = start;
    const run = runOf(env);
    const fleet = {
        ...(start.service ? { service: start.service } : {}),
        ...(start.cluster ? { cluster: start.cluster } : {}),
        ...(run ? { run_id: run.id, run_attempt: run.attempt } : {}),
    };
    if (kind === 'rollback')
        return { release, namespace, kind, revision: start.revision ?? null, strategy, ...fleet };
    const { commitTime } = await runnerCommit(env);
    return {
        release,
        namespace,
        chart: start.chart ?? null,
        image: start.image ?? null,
        strategy,
        kind,
        commit_time: commitTime,
        ...(start.stages ? { stages: [...start.stages] } : {}),
        ...fleet,
    };
}

// EXTERNAL MODULE: ./packages/github/src/deployment-lifecycle.ts
var deployment_lifecycle = __webpack_require__(6359);
;// CONCATENATED MODULE: ./packages/records/src/github-deployment.ts



/**
 * The GitHub deployment around one run of helm-deploy or the canary: created and in_progress
 * before the work changes anything, then success or failure as `ends` says; a success marks the
 * environment's earlier deployments inactive. A Deployments API failure is a warning unless
 * deployment-fail-on-error, and never hides the work's own error.
 */
async function withGitHubDeployment(settings, start, options, work, ends) {
    const lifecycle = new deployment_lifecycle/* DeploymentLifecycle */.i(settings, options);
    await lifecycle.start({
        description: start.description,
        payload: await deploymentPayload(start.payload),
        transientEnvironment: false,
    });
    if (lifecycle.id !== undefined)
        options.onCreated?.(lifecycle.id);
    const quiet = (e) => options.logger.warning((0,errors/* errorMessage */.gJ)(e));
    let result;
    try {
        result = await work();
    }
    catch (error) {
        await lifecycle.finish({ state: 'failure', description: ends.failed(error) }).catch(quiet);
        throw error;
    }
    const end = ends.end(result);
    if (end?.state === 'success')
        await lifecycle.finish(end);
    else if (end)
        await lifecycle.finish(end).catch(quiet);
    return { result, deploymentId: lifecycle.id };
}

;// CONCATENATED MODULE: ./packages/records/src/index.ts




















/***/ })

};
