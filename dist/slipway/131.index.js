export const id = 131;
export const ids = [131,375];
export const modules = {

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ stepLoads),
/* harmony export */   g: () => (/* binding */ loadOutput)
/* harmony export */ });
function stepLoads(state) {
    return state.analyses.flatMap((a) => (a.load ? [{ step: a.step + 1, weight: a.weight, figures: a.load }] : []));
}
/**
 * The `load` output: a JSON list, one entry per step that drove load, or "" without generated
 * load. Latencies are ms and null when no response came.
 */
function loadOutput(state) {
    const rows = stepLoads(state);
    if (!rows.length)
        return '';
    return JSON.stringify(rows.map(({ step, weight, figures }) => ({
        step,
        weight,
        sent: figures.sent,
        rps: figures.rps,
        'error-rate': figures.errorRate,
        p50: figures.latency?.p50 ?? null,
        p95: figures.latency?.p95 ?? null,
        p99: figures.latency?.p99 ?? null,
    })));
}


/***/ }),

/***/ 6131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLEET_STAGE_SLOTS: () => (/* reexport */ FLEET_STAGE_SLOTS),
  FLEET_WAVE_SLOTS: () => (/* reexport */ FLEET_WAVE_SLOTS),
  GITHUB_LIMITS: () => (/* reexport */ GITHUB_LIMITS),
  RUN_ORDER: () => (/* reexport */ RUN_ORDER),
  STAGES: () => (/* reexport */ STAGES),
  deliverDigest: () => (/* reexport */ deliverDigest),
  deliverySummary: () => (/* reexport */ deliverySummary),
  describeSchema: () => (/* reexport */ describe),
  digestsOutput: () => (/* reexport */ digestsOutput),
  digestsSummary: () => (/* reexport */ digestsSummary),
  fleetDigests: () => (/* reexport */ fleetDigests),
  fleetOutputs: () => (/* reexport */ fleetOutputs),
  fleetServices: () => (/* reexport */ fleetServices),
  fleetSlack: () => (/* reexport */ fleetSlack),
  fleetState: () => (/* reexport */ fleetState),
  fleetStateSummary: () => (/* reexport */ fleetStateSummary),
  fleetSummary: () => (/* reexport */ fleetSummary),
  formatPath: () => (/* reexport */ formatPath),
  groupWaves: () => (/* reexport */ groupWaves),
  loadConfig: () => (/* reexport */ loadConfig),
  parseConfig: () => (/* reexport */ parseConfig),
  planDelivery: () => (/* reexport */ planDelivery),
  planFleet: () => (/* reexport */ planFleet),
  planReleases: () => (/* reexport */ planReleases),
  planRunsHelm: () => (/* reexport */ planRunsHelm),
  publishedSchema: () => (/* reexport */ publishedSchema),
  runDelivery: () => (/* reexport */ runDelivery),
  schema: () => (/* reexport */ json_schema_namespaceObject),
  secretName: () => (/* reexport */ secretName),
  serviceRuns: () => (/* reexport */ serviceRuns),
  slipwayFileSchema: () => (/* reexport */ slipwayFileSchema),
  validateValue: () => (/* reexport */ validateValue)
});

// NAMESPACE OBJECT: ./packages/delivery/src/schema/json-schema.ts
var json_schema_namespaceObject = {};
__webpack_require__.r(json_schema_namespaceObject);
__webpack_require__.d(json_schema_namespaceObject, {
  anything: () => (anything),
  array: () => (array),
  boolean: () => (json_schema_boolean),
  either: () => (either),
  integer: () => (integer),
  number: () => (number),
  object: () => (object),
  oneOf: () => (oneOf),
  record: () => (record),
  string: () => (string)
});

;// CONCATENATED MODULE: ./packages/delivery/src/schema/json-schema.ts
const make = (json) => ({ json: stripUndefined(json) });
function stripUndefined(json) {
    return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined));
}
const string = (o = {}) => make({ type: 'string', ...o });
const oneOf = (values, o = {}) => make({ type: 'string', enum: values, ...o });
const integer = (o = {}) => make({ type: 'integer', ...o });
const number = (o = {}) => make({ type: 'number', ...o });
const json_schema_boolean = (o = {}) => make({ type: 'boolean', ...o });
const array = (items, o = {}) => make({ type: 'array', items: items.json, ...o });
/** Any YAML value (a values map, a check's body): checked further by the code that reads it. */
const anything = (o = {}) => make({ ...o });
/** A map of free keys to values of one schema. */
const record = (values, o = {}) => make({
    type: 'object',
    additionalProperties: values.json,
    propertyNames: o.keys?.json,
    minProperties: o.minProperties,
    description: o.description,
    examples: o.examples,
});
/** A map with known keys only; `required` names the keys that must be there. */
function object(properties, o = {}) {
    return make({
        type: 'object',
        description: o.description,
        examples: o.examples,
        properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.json])),
        required: o.required?.length ? [...o.required] : undefined,
        additionalProperties: false,
    });
}
/** A value matching any of the schemas (tried in order for the error message). */
const either = (options, o = {}) => make({ anyOf: options.map((s) => s.json), ...o });

// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
// EXTERNAL MODULE: ./packages/image/src/signing/cosign-args.ts
var cosign_args = __webpack_require__(5362);
// EXTERNAL MODULE: ./packages/image/src/signing/verify-policy.ts
var verify_policy = __webpack_require__(71);
;// CONCATENATED MODULE: ./packages/image/src/signing/verify-inputs.ts
// Apart from verify-deploy.ts, so that reading the inputs does not load the verifier and the registry client (start-up).



/** An attestation type cosign knows by name, or a predicate type URI. */
const ATTESTATION_TYPE = new RegExp(`^(${verify_policy/* ATTESTATION_TYPES */.ZX.join('|')}|https?://\\S+)$`);
const ATTESTATION_EXPECTED = `attestation types such as "slsaprovenance1" (${verify_policy/* ATTESTATION_TYPES */.ZX.join(', ')}) or a predicate type URI`;
/** The checks every reader of a policy applies (the actions' inputs, slipway.yml's verify block). */
function policyProblem(policy) {
    const bad = policy.attestations.find((type) => !ATTESTATION_TYPE.test(type));
    if (bad !== undefined)
        return { field: 'attestations', expected: ATTESTATION_EXPECTED, got: (0,input_error/* shownValue */.J)(bad) };
    const key = policy.publicKey.trim();
    if (cosign_args/* KMS_KEY */.cC.test(key))
        return undefined;
    if (/PRIVATE KEY/.test(key))
        return { field: 'key', expected: 'the public key (cosign.pub)', got: 'a private key (value not shown)' };
    try {
        (0,verify_policy/* keyLabel */.w8)(key);
        return undefined;
    }
    catch {
        return {
            field: 'key',
            expected: 'a PEM public key ("-----BEGIN PUBLIC KEY-----" …) or a KMS URI such as "awskms://…"',
            got: (0,input_error/* shownValue */.J)(key.split('\n')[0] ?? ''),
        };
    }
}
/** The verify-key and verify-attestations inputs (helm-deploy, canary): a policy, or none. */
function readVerifyInputs(reader) {
    const publicKey = reader.string('verify-key');
    const attestations = reader.list('verify-attestations', { item: ATTESTATION_TYPE, expected: ATTESTATION_EXPECTED });
    if (!publicKey) {
        if (attestations.length)
            throw inputError('verify-attestations', 'no value unless verify-key is set (the key they must be signed by)', attestations.join(','));
        return undefined;
    }
    const policy = { publicKey, attestations };
    const problem = policyProblem(policy);
    if (problem) {
        const name = problem.field === 'key' ? 'verify-key' : 'verify-attestations';
        throw new ConfigError(`Input '${name}': expected ${problem.expected}, got ${problem.got}`);
    }
    return policy;
}

// EXTERNAL MODULE: ./packages/helm/src/blue-green/blue-green-names.ts
var blue_green_names = __webpack_require__(1626);
// EXTERNAL MODULE: ./packages/canary/src/metric-spec.ts
var metric_spec = __webpack_require__(1686);
// EXTERNAL MODULE: ./packages/canary/src/generated-load.ts
var generated_load = __webpack_require__(5712);
// EXTERNAL MODULE: ./packages/canary/src/gate-spec.ts
var gate_spec = __webpack_require__(7591);
;// CONCATENATED MODULE: ./packages/delivery/src/slipway-schema.ts




/**
 * The one definition of slipway.yml: the published slipway.schema.json is rendered from it
 * (`npm run schema`, checked fresh by a test) and the types below are inferred from it.
 */
const duration = (description, example) => string({ description, pattern: '^\\d+(\\.\\d+)?(ms|s|m|h)?(\\d+(\\.\\d+)?(ms|s|m|h))*$', examples: [example] });
const httpUrl = (description, example) => string({ description, pattern: '^https?://\\S+$', examples: [example] });
const objectName = (description) => string({ description, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 253, examples: ['web'] });
const valuesMap = (description) => record(anything(), { description, examples: [{ replicaCount: 3 }] });
const valuesFiles = array(string({ minLength: 1 }), {
    description: 'Values files applied in order, relative to the folder of slipway.yml.',
});
/**
 * How a release is deployed, as helm-deploy's strategy, route and keep-previous inputs take it.
 * Layered as values are: the top level, a service, an environment, a service in an environment
 * (the nearest wins). The live Service a blue-green deploy switches is the release name.
 */
const deployStrategy = {
    strategy: oneOf(['rolling', 'blue-green'], {
        description: 'rolling (helm upgrade of the release; the default), or blue-green: the new version goes into the idle colour (release "<release>-blue" or "<release>-green"), then the live Service named after the release (or the HTTPRoute named by route) is switched to it. Not with a canary in the same environment.',
    }),
    route: string({
        description: "strategy blue-green: an HTTPRoute (Gateway API v1, in the namespace, kept out of the chart) whose backendRefs are switched to the new colour's Service, instead of the selector of the Service named after the release. One route per service.",
        pattern: blue_green_names/* DNS_LABEL */.HR.source,
        maxLength: blue_green_names/* DNS_LABEL_MAX */.K,
        examples: ['web'],
    }),
    'keep-previous': either([
        // Any count here: helm-deploy's parser says what a number other than 0 or 1 lacks (a unit).
        integer({ minimum: 0 }),
        string({ pattern: '^(until-next|[01]|(\\d+(\\.\\d+)?(ms|s|m|h))+)$', examples: ['until-next', '15m'] }),
    ], {
        description: 'strategy blue-green: how long the colour that served before keeps running, so a rollback is one switch: until-next or 1 (the default), 0 (scaled down after the switch), or a duration up to 6h such as "15m".',
    }),
};
const expectation = object({
    status: anything({ description: 'A code, a range such as "2xx" or "200-204", or a list of those.' }),
    'body-contains': anything({ description: 'Text or a list of texts.' }),
    'body-matches': string({ description: 'A regular expression.' }),
    json: record(anything(), { description: 'JSON paths and the values they must hold.' }),
    header: record(string(), { description: 'Header names and the values (or /regex/) they must hold.' }),
    'max-latency': duration('Slowest acceptable answer.', '500ms'),
}, { description: "What the answer must be, as smoke checks' expect takes it." });
const smokeCheck = either([
    string({ description: 'A path ("/health") or a whole URL.', minLength: 1 }),
    object({
        name: string({ description: 'Shown in logs and the summary.' }),
        url: httpUrl('A whole URL (instead of path).', 'https://web.example.com/health'),
        path: string({ description: 'A path under base-url.', examples: ['/health'] }),
        method: oneOf(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
        headers: record(string({
            description: 'Text as written, or naming environment variables, such as "Bearer {{ env.SMOKE_TOKEN }}" (filled from the step\'s env:, masked).',
            examples: ['application/json', 'Bearer {{ env.SMOKE_TOKEN }}'],
        }), {
            description: 'Header names and values; a secret is never written here: name an environment variable set from it.',
        }),
        body: anything({ description: 'Text, or a map/list sent as JSON.' }),
        expect: expectation,
        repeat: integer({ minimum: 1, maximum: 1000 }),
        timeout: duration('Per-request timeout.', '10s'),
    }, { description: "One check, as smoke-test's checks input takes it." }),
], { description: 'A check: a path, a URL or a map.' });
const smoke = object({
    'base-url': httpUrl("Base URL of the checks' paths. Default: the environment's url.", 'https://staging.example.com'),
    checks: array(smokeCheck, { minItems: 1, description: "The checks, as smoke-test's checks input takes them." }),
    timeout: duration('Deadline for all checks, retries included.', '2m'),
    interval: duration('First wait between retries of a failing check.', '2s'),
    'request-timeout': duration('Default timeout of one request.', '10s'),
}, { description: 'Smoke checks run after the deploy (and after a promoted canary).' });
/** A secret is never written in slipway.yml: a canary's header values name environment variables. */
const secretHeaders = record(string({
    description: 'Text naming environment variables, such as "Bearer {{ env.GATE_TOKEN }}"; set them from secrets in the step\'s env:.',
    examples: ['Bearer {{ env.GATE_TOKEN }}'],
}), { description: 'Header names and values; every value names an environment variable, never holds the secret.' });
const placeholderUrl = (description, example) => string({
    description: `${description} With {{ canary }}, {{ stable }}, {{ namespace }}, {{ interval }}.`,
    minLength: 1,
    examples: [example],
});
const metric = object({
    name: string({ pattern: '^[A-Za-z0-9._-]+$' }),
    provider: oneOf(metric_spec/* METRIC_PROVIDERS */._W, {
        description: "prometheus (the default), web (an HTTP JSON endpoint) or load (the generated load's figures).",
    }),
    query: string({ description: 'PromQL with {{ canary }}, {{ stable }}, {{ namespace }}, {{ interval }}.' }),
    template: oneOf(['success-rate', 'latency-p95']),
    url: placeholderUrl('provider web: the JSON endpoint.', 'https://metrics.example.com/q?service={{ canary }}'),
    method: oneOf(['GET', 'POST'], { description: 'provider web. Default: GET.' }),
    headers: secretHeaders,
    body: anything({ description: 'provider web, method POST: text or a map sent as JSON, with the placeholders.' }),
    'json-path': string({
        description: 'provider web: where the number is in the answer.',
        examples: ['$.data.value'],
    }),
    value: oneOf(generated_load/* LOAD_VALUES */.q, { description: 'provider load: which figure of the generated load.' }),
    min: number(),
    max: number(),
}, { description: 'A metric (a Prometheus query, a web endpoint or the generated load) and its thresholds.' });
const gate = object({
    name: string({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$', examples: ['approve'] }),
    type: oneOf(gate_spec/* GATE_TYPES */.Qd, { description: 'When the gate is called.' }),
    url: placeholderUrl('The webhook.', 'https://gate.example.com/check?ns={{ namespace }}'),
    method: oneOf(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], { description: 'Default: POST.' }),
    headers: secretHeaders,
    timeout: duration('Per call, from 100ms to 10m. Default: 10s.', '10s'),
    expect: expectation,
    'on-failure': oneOf(['abort', 'pause', 'warn'], {
        description: 'abort (default) or pause; confirm-promotion defaults to pause; post-rollout and on-rollback only warn.',
    }),
    metadata: record(string(), { description: "Sent as is in the payload's metadata." }),
}, { required: ['type', 'url'], description: "An HTTP gate, as the canary action's gates input takes it." });
const load = object({
    name: string({ description: 'Shown in logs and the summary.' }),
    url: placeholderUrl('Where the load is sent.', 'http://{{ canary }}.{{ namespace }}.svc:8080/'),
    method: oneOf(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
    headers: secretHeaders,
    body: anything({ description: 'Text, or a map/list sent as JSON.' }),
    expect: expectation,
    timeout: duration('Per-request timeout.', '10s'),
    rps: integer({ minimum: 1, maximum: 100_000, description: 'Requests per second.' }),
    concurrency: integer({ minimum: 1, maximum: 10_000, description: 'Requests in flight at most. Default: 50.' }),
    duration: duration("Per step. Default: the step's analysis (count × interval).", '1m'),
}, {
    required: ['url', 'rps'],
    description: "Load driven at the canary through each step's analysis, as the canary action's load input takes it.",
});
const canary = object({
    provider: oneOf(['gateway-api', 'nginx', 'replicas'], { description: 'How traffic is split.' }),
    steps: string({
        description: 'Weights and pauses: "<weight>:<pause>" items, strictly increasing.',
        pattern: '\\S',
        examples: ['10:1m, 25:1m, 50:1m, 100'],
    }),
    interval: duration('Time between samples.', '30s'),
    count: integer({ minimum: 1, maximum: 100, description: 'Samples per step.' }),
    'failure-limit': integer({ minimum: 0, maximum: 100, description: 'Failing samples tolerated per step.' }),
    'on-inconclusive': oneOf(['pause', 'abort'], { description: 'When Prometheus has no answer.' }),
    'prometheus-url': httpUrl('Prometheus base URL (needed with metrics).', 'http://prometheus.monitoring:9090'),
    metrics: array(metric),
    gates: array(gate, {
        description: 'HTTP gates at pre-rollout, every step, confirm-promotion, post-rollout, on-rollback.',
    }),
    load,
    'canary-values': valuesMap('Values for the canary release over the stable ones.'),
    route: objectName('The HTTPRoute or Ingress that splits traffic. Default: the release name.'),
    'stable-service': objectName('Default: the release name.'),
    'canary-service': objectName('Default: "<release>-canary".'),
    'stable-deployment': objectName('Default: the release name.'),
    'canary-deployment': objectName('Default: "<release>-canary".'),
    'scale-down-stable': json_schema_boolean({
        description: 'gateway-api, nginx: stable scales down as the canary takes traffic, and back up before traffic returns (not with an HPA on stable).',
    }),
    header: string({ description: 'A header that always reaches the canary.', examples: ['X-Canary: always'] }),
    // An http(s) URL whose placeholders may hold spaces, as in its example.
    'smoke-base-url': string({
        description: "When set, the environment's smoke checks also run against the canary at every sample.",
        pattern: '^https?://(?:[^\\s{}]|\\{\\{\\s*[a-z]+\\s*\\}\\})+$',
        examples: ['http://{{ canary }}.{{ namespace }}.svc:8080'],
    }),
}, { description: 'Progressive delivery: the new image as a canary beside the stable release, promoted by itself.' });
const notify = object({
    channel: string({
        description: 'A channel ID or #name (with the slack-token input).',
        pattern: '^(#[a-z0-9][a-z0-9._-]{0,79}|[CDG][A-Z0-9]{2,})$',
        examples: ['#deploys'],
    }),
    'mention-on-failure': array(string({ pattern: '^([UWS][A-Z0-9]{2,}|here|channel)$', examples: ['U0123ABCD'] })),
    'fail-on-error': json_schema_boolean({ description: 'Fail the delivery when Slack refuses the message.' }),
    timeout: duration('Budget for sending, retries included.', '30s'),
}, { description: 'The Slack message at the end (slack-webhook-url or slack-token input).' });
const verify = object({
    key: string({
        description: 'The cosign public key: PEM text, a KMS URI, or a key file relative to the folder of slipway.yml.',
        minLength: 1,
        examples: ['./cosign.pub', 'awskms:///alias/deploy'],
    }),
    attestations: array(string({ pattern: ATTESTATION_TYPE.source, examples: ['slsaprovenance1'] }), {
        description: 'Attestation types that must be present and signed by the key, as cosign --type names them, or predicate type URIs.',
    }),
}, {
    description: "Verification policy: before anything changes, the image's digest must be signed by the key (and carry these attestations); that digest is what is delivered. An environment's block overrides the top-level one key by key.",
});
const clusterName = string({
    description: 'A cluster name, unique in its environment.',
    pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    maxLength: 63,
    examples: ['eu-1'],
});
const cluster = object({
    name: clusterName,
    region: string({ description: 'A region label, shown in the plan.', pattern: '^\\S+$', examples: ['eu-west-1'] }),
    'kubeconfig-secret': string({
        description: 'Name of the secret holding the kubeconfig. Default: "KUBECONFIG_<NAME>" (upper case, - as _).',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        maxLength: 255,
        examples: ['KUBECONFIG_EU_1'],
    }),
    context: string({ description: "Kubeconfig context. Default: the environment's, or the current-context." }),
    namespace: string({
        description: "Namespace of the releases in this cluster. Default: the environment's.",
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 63,
        examples: ['shop-eu'],
    }),
    url: httpUrl("This cluster's URL for smoke checks. Default: the environment's url.", 'https://eu-1.example.com'),
}, { required: ['name'], description: 'One cluster of an environment.' });
const environment = object({
    'github-environment': string({
        description: 'The GitHub environment the deploy jobs run in (protection rules, secrets). Default: the name.',
        minLength: 1,
        maxLength: 255,
        examples: ['production'],
    }),
    clusters: array(cluster, {
        minItems: 1,
        description: 'The clusters the environment spans. Default: one cluster named after the environment.',
    }),
    waves: array(array(clusterName, { minItems: 1 }), {
        minItems: 1,
        description: 'Clusters in waves, in order; each declared cluster exactly once.',
        examples: [[['eu-canary'], ['eu-1', 'eu-2']]],
    }),
    'max-parallel': integer({ minimum: 1, description: 'Waves of at most this many clusters (instead of waves).' }),
    'wave-percent': integer({
        minimum: 1,
        maximum: 100,
        description: 'Waves of this share of the clusters, rounded up (instead of waves).',
    }),
    soak: duration('Time to wait after the last wave before the next stage.', '30m'),
    'on-failure': oneOf(['halt', 'rollback-stage'], {
        description: 'When a wave fails: halt (its clusters roll back, earlier waves keep the new version; the default) or rollback-stage (earlier waves roll back too).',
    }),
    namespace: string({
        description: 'Namespace of the release.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 63,
        examples: ['staging'],
    }),
    context: string({ description: 'Kubeconfig context. Default: its current-context.' }),
    url: httpUrl("The environment's URL: smoke base-url and the link in Slack.", 'https://staging.example.com'),
    'values-files': valuesFiles,
    set: valuesMap('Values over the shared ones.'),
    timeout: duration('Rollout timeout.', '5m'),
    'check-image': json_schema_boolean(),
    'create-namespace': json_schema_boolean({ description: 'Create the namespace when it does not exist.' }),
    ...deployStrategy,
    smoke,
    canary,
    notify,
    verify,
}, { required: ['namespace'], description: 'One environment: where and how it is delivered.' });
const serviceValues = object({
    'values-files': valuesFiles,
    set: valuesMap("Values over the service's and the environment's."),
    ...deployStrategy,
}, { description: "The service's values and deploy strategy in one environment." });
const service = object({
    name: string({
        description: 'The service name, unique; also its release name by default.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['api'],
    }),
    release: string({
        description: 'Helm release name. Default: the name.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['api'],
    }),
    chart: string({
        description: 'Chart. Default: the top-level chart.',
        pattern: '^[^-]',
        examples: ['./charts/api'],
    }),
    'chart-version': string({ pattern: '^[^-]' }),
    context: string({
        description: 'Build context, relative to the folder of slipway.yml. Default: that folder.',
        minLength: 1,
        examples: ['./api'],
    }),
    dockerfile: string({
        description: 'Dockerfile, relative to the folder of slipway.yml. Default: <context>/Dockerfile.',
        minLength: 1,
    }),
    image: string({
        description: 'An image given from outside: the service is not built.',
        pattern: '^[^\\s-]\\S*$',
        examples: ['ghcr.io/acme/edge:1.4'],
    }),
    'values-files': valuesFiles,
    set: valuesMap('Values over the top-level ones, for every environment.'),
    ...deployStrategy,
    environments: record(serviceValues, {
        description: 'Values and deploy strategy per environment (names from environments).',
    }),
}, { required: ['name'], description: 'One service of the fleet.' });
const slipwayFileSchema = object({
    release: string({
        description: 'Helm release name.',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 53,
        examples: ['web'],
    }),
    chart: string({
        description: 'Chart: a path relative to slipway.yml, repo/name or oci://.',
        // Never "-…": helm would read it as an option.
        pattern: '^[^-]',
        examples: ['./chart'],
    }),
    'chart-version': string({ pattern: '^[^-]' }),
    'values-files': valuesFiles,
    set: valuesMap('Values over the values files, for every environment.'),
    'image-values': object({ repository: string(), tag: string(), digest: string() }, { description: 'Where the image parts go in the chart values ("" leaves one out).' }),
    timeout: duration('Rollout timeout.', '5m'),
    'check-image': json_schema_boolean({ description: 'Check the image exists in its registry first.' }),
    ...deployStrategy,
    helm: object({
        // helm 3 or 4: the majors whose flags the suite knows.
        version: string({ pattern: '^[34](\\.\\d+){0,2}$', examples: ['3'] }),
        'download-url': httpUrl('Where helm archives are downloaded from.', 'https://get.helm.sh'),
    }),
    smoke,
    notify,
    verify,
    services: array(service, {
        minItems: 1,
        description: 'The services delivered together. Default: one service from release and chart.',
    }),
    environments: record(environment, {
        minProperties: 1,
        keys: string({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: 255, examples: ['production'] }),
        description: 'The environments by name, in delivery order (the environment input picks one).',
        examples: [{ staging: { namespace: 'staging' } }],
    }),
}, {
    // release and chart are required without services: checked by fleet-checks.ts.
    required: ['environments'],
    description: 'Slipway: how services are delivered (release and chart are required without services).',
});
/** slipway.schema.json as published. */
function publishedSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'slipway.yml',
        ...slipwayFileSchema.json,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/own-value.ts
var own_value = __webpack_require__(8208);
;// CONCATENATED MODULE: ./packages/delivery/src/schema/validate-value.ts

const MAX_SHOWN = 60;
/**
 * Checks a parsed YAML value against the subset of JSON Schema that json-schema.ts builds, and
 * says what is wrong in words. Small on purpose: it runs at the action's start, where loading a
 * general validator would cost more than the whole action's start-up.
 */
function validateValue(schema, value, path = []) {
    if (schema.anyOf)
        return validateAnyOf(schema.anyOf, value, path, schema);
    if (!schema.type)
        return [];
    if (!typeMatches(schema.type, value))
        return [{ path, expected: describe(schema), got: shown(value) }];
    switch (schema.type) {
        case 'string':
            return validateString(schema, value, path);
        case 'integer':
        case 'number': {
            const n = value;
            const outside = (schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum);
            return outside ? [{ path, expected: describe(schema), got: shown(value) }] : [];
        }
        case 'array':
            return validateArray(schema, value, path);
        case 'object':
            return validateObject(schema, value, path);
        default:
            return [];
    }
}
function validateString(schema, text, path) {
    const bad = (schema.enum && !schema.enum.includes(text)) ||
        (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) ||
        (schema.minLength !== undefined && [...text].length < schema.minLength) ||
        (schema.maxLength !== undefined && [...text].length > schema.maxLength);
    return bad ? [{ path, expected: describe(schema), got: shown(text) }] : [];
}
function validateArray(schema, list, path) {
    if (schema.minItems !== undefined && list.length < schema.minItems)
        return [{ path, expected: describe(schema), got: list.length ? `${list.length} items` : 'an empty list' }];
    const items = schema.items;
    return items ? list.flatMap((item, index) => validateValue(items, item, [...path, index])) : [];
}
function validateObject(schema, map, path) {
    const problems = [];
    const known = schema.properties ?? {};
    for (const key of schema.required ?? [])
        if ((0,own_value/* ownValue */.e)(map, key) === undefined || (0,own_value/* ownValue */.e)(map, key) === null)
            problems.push({ path: [...path, key], expected: `${describe((0,own_value/* ownValue */.e)(known, key) ?? {})} (required)` });
    const keys = Object.keys(map);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties)
        problems.push({ path, expected: describe(schema), got: 'an empty map' });
    for (const key of keys) {
        const value = map[key];
        // Own keys only: a key named "constructor" is no property the schema knows.
        const own = (0,own_value/* ownValue */.e)(known, key);
        if (own) {
            if (value !== undefined && value !== null)
                problems.push(...validateValue(own, value, [...path, key]));
            continue;
        }
        if (schema.additionalProperties === false) {
            const names = Object.keys(known);
            problems.push({ path: [...path, key], expected: `no key "${key}" here (known keys: ${names.join(', ')})` });
            continue;
        }
        if (schema.propertyNames) {
            const [bad] = validateValue(schema.propertyNames, key, [...path, key]);
            if (bad) {
                problems.push({ ...bad, expected: `a key that is ${bad.expected}` });
                continue;
            }
        }
        if (typeof schema.additionalProperties === 'object')
            problems.push(...validateValue(schema.additionalProperties, value, [...path, key]));
    }
    return problems;
}
function validateAnyOf(options, value, path, whole) {
    const tried = options.map((option) => validateValue(option, value, path));
    if (tried.some((problems) => problems.length === 0))
        return [];
    // When the value has the type of one option, that option's own complaint says most.
    const sameType = options.findIndex((o) => o.type && typeMatches(o.type, value));
    if (sameType >= 0)
        return tried[sameType];
    return [{ path, expected: describe(whole), got: shown(value) }];
}
function typeMatches(type, value) {
    switch (type) {
        case 'integer':
            return Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'array':
            return Array.isArray(value);
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        default:
            return typeof value === type;
    }
}
/** The schema in words, for "expected …". */
function describe(schema) {
    if (schema.anyOf)
        return schema.anyOf.map(describe).join(', or ');
    const example = schema.examples?.[0];
    const like = example === undefined ? '' : ` such as ${JSON.stringify(example)}`;
    switch (schema.type) {
        case 'string':
            if (schema.enum)
                return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
            if (schema.pattern !== undefined)
                return `a text${like || ` matching /${schema.pattern}/`}`;
            if (schema.maxLength !== undefined)
                return `a text of ${schema.minLength ?? 0} to ${schema.maxLength} characters${like}`;
            return `a text${schema.minLength ? ' (not empty)' : ''}${like}`;
        case 'integer':
        case 'number': {
            const what = schema.type === 'integer' ? 'an integer' : 'a number';
            if (schema.minimum !== undefined && schema.maximum !== undefined)
                return `${what} from ${schema.minimum} to ${schema.maximum}`;
            if (schema.minimum !== undefined)
                return `${what} of at least ${schema.minimum}`;
            if (schema.maximum !== undefined)
                return `${what} of at most ${schema.maximum}`;
            return what;
        }
        case 'boolean':
            return 'true or false';
        case 'array':
            return schema.minItems ? `a list of at least ${schema.minItems} item${schema.minItems > 1 ? 's' : ''}` : 'a list';
        case 'object':
            if (schema.minProperties)
                return `a map with at least ${schema.minProperties} key${schema.minProperties > 1 ? 's' : ''}${like}`;
            return `a map${like}`;
        default:
            return 'a value';
    }
}
/** A found value as a message shows it: scalars quoted and bounded, structures by kind. */
function shown(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    const text = JSON.stringify(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
/** `environments.production.canary.steps`, `smoke.checks[2].path`; odd keys quoted. */
function formatPath(path) {
    if (!path.length)
        return '(top level)';
    return path
        .map((part, i) => typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_][\w-]*$/.test(part)
            ? `${i ? '.' : ''}${part}`
            : `[${JSON.stringify(part)}]`)
        .join('');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/helm/src/blue-green/keep-previous.ts
var keep_previous = __webpack_require__(7820);
;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-services.ts

/**
 * The services of slipway.yml: its `services`, or one service made of the top-level release and
 * chart (a single-service file, as before services existed). Valid files only (load-config checked
 * that release and chart are there without services, and each service has a chart).
 */
function fleetServices(file) {
    if (!file.services)
        return [
            {
                name: file.release,
                release: file.release,
                chart: file.chart,
                chartVersion: file['chart-version'],
                image: undefined,
                context: '.',
                dockerfile: undefined,
                settings: undefined,
                path: [],
            },
        ];
    return file.services.map((service, index) => ({
        name: service.name,
        release: service.release ?? service.name,
        chart: (service.chart ?? file.chart),
        chartVersion: service.chart ? service['chart-version'] : (service['chart-version'] ?? file['chart-version']),
        image: service.image,
        context: service.context ?? '.',
        dockerfile: service.dockerfile,
        settings: service,
        path: ['services', index],
    }));
}
/**
 * The values a service adds: its own (over the top-level ones) and those it has in one
 * environment (over the environment's). Layered: file, service, environment, service in environment.
 */
function fleet_services_serviceValues(service, environment) {
    const own = service.settings;
    const perEnv = own?.environments ? (0,own_value/* ownValue */.e)(own.environments, environment) : undefined;
    return {
        own: { valuesFiles: own?.['values-files'] ?? [], set: own?.set ?? {} },
        inEnvironment: { valuesFiles: perEnv?.['values-files'] ?? [], set: perEnv?.set ?? {} },
    };
}

;// CONCATENATED MODULE: ./packages/delivery/src/deploy-strategy.ts



/**
 * The layers of a service's deploy settings in an environment, nearest first, as values are
 * layered: the service in the environment, the environment, the service, the top level.
 */
function deploy_strategy_layers(file, service, environment) {
    const own = service.settings;
    const perEnv = own?.environments ? (0,own_value/* ownValue */.e)(own.environments, environment) : undefined;
    return [
        { settings: perEnv, path: [...service.path, 'environments', environment] },
        { settings: (0,own_value/* ownValue */.e)(file.environments, environment), path: ['environments', environment] },
        // A single-service file's service is the top level: no layer of its own.
        { settings: own, path: service.path },
        { settings: file, path: [] },
    ];
}
function nearest(layered, key) {
    for (const { settings, path } of layered) {
        const value = settings?.[key];
        if (value !== undefined)
            return { value: value, path: [...path, key] };
    }
    return undefined;
}
function serviceStrategy(file, service, environment) {
    return strategyOf(deploy_strategy_layers(file, service, environment));
}
function strategyOf(layered) {
    const strategy = nearest(layered, 'strategy');
    return {
        strategy: strategy?.value ?? 'rolling',
        strategyPath: strategy?.path,
        route: nearest(layered, 'route'),
        keepPrevious: nearest(layered, 'keep-previous'),
    };
}
/**
 * The deploy request's strategy and blue-green settings. The live Service switched is the
 * release's name (helm-deploy's default); smoke checks run in the environment's smoke stage,
 * after the switch, against its url.
 */
function planStrategy(file, service, environment) {
    const found = serviceStrategy(file, service, environment);
    if (found.strategy === 'rolling')
        return { strategy: 'rolling', blueGreen: undefined };
    return {
        strategy: 'blue-green',
        blueGreen: {
            service: service.release,
            ...(found.route ? { route: found.route.value } : {}),
            // Checked when slipway.yml was loaded (strategyProblems).
            keepPrevious: (0,keep_previous/* parseKeepPrevious */.k)(found.keepPrevious && String(found.keepPrevious.value)),
            smoke: undefined,
        },
    };
}
/**
 * What the schema cannot check of the strategies: for every service in every environment, a
 * blue-green deploy's release fits its colours, it has no canary beside it, keep-previous is at
 * most 6h; route and keep-previous are set only where some deploy is blue-green; a route shared
 * by several services is refused (an HTTPRoute records one service's colour).
 */
function strategyProblems(file) {
    const problems = [];
    const services = fleetServices(file);
    const environments = Object.keys(file.environments);
    /** Per place a route or keep-previous is set: whether a blue-green deploy is under it. */
    const blueGreenUnder = new Map();
    const place = (path) => JSON.stringify(path);
    for (const service of services)
        for (const environment of environments) {
            const layered = deploy_strategy_layers(file, service, environment);
            const found = strategyOf(layered);
            const blueGreen = found.strategy === 'blue-green';
            for (const { settings, path } of layered)
                for (const key of ['route', 'keep-previous'])
                    if (settings?.[key] !== undefined) {
                        const at = place([...path, key]);
                        blueGreenUnder.set(at, (blueGreenUnder.get(at) ?? false) || blueGreen);
                    }
            if (!blueGreen)
                continue;
            const strategyPath = found.strategyPath;
            if ((0,own_value/* ownValue */.e)(file.environments, environment)?.canary)
                problems.push({
                    path: strategyPath,
                    expected: `strategy rolling in environment ${environment}, which has a canary (a canary is its own strategy)`,
                    got: '"blue-green"',
                });
            if (service.release.length > blue_green_names/* BLUE_GREEN_RELEASE_MAX */.E4)
                problems.push({
                    path: service.settings ? [...service.path, service.settings.release ? 'release' : 'name'] : ['release'],
                    expected: `at most ${blue_green_names/* BLUE_GREEN_RELEASE_MAX */.E4} characters with strategy blue-green (the colour releases add "-green")`,
                    got: JSON.stringify(service.release),
                });
            const keep = found.keepPrevious;
            if (keep) {
                const problem = keepPreviousProblem(keep.value, keep.path);
                if (problem)
                    problems.push(problem);
            }
            const route = found.route;
            if (route && services.length > 1 && route.path[0] !== 'services')
                problems.push({
                    path: route.path,
                    expected: "a route under each service that has one (an HTTPRoute records one service's colour)",
                    got: JSON.stringify(route.value),
                });
        }
    for (const [at, used] of blueGreenUnder)
        if (!used)
            problems.push({
                path: JSON.parse(at),
                expected: 'no value where every deploy is rolling (route and keep-previous are for strategy blue-green)',
            });
    return unique(problems);
}
/** keep-previous as helm-deploy's parser reads it, its words placed in slipway.yml. */
function keepPreviousProblem(value, path) {
    try {
        (0,keep_previous/* parseKeepPrevious */.k)(String(value));
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigError */.xL))
            throw error;
        return { path, expected: error.message.replace(/^Input '[^']+': expected /, '') };
    }
}
/** A setting shared by several services or environments is reported once. */
function unique(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = JSON.stringify([p.path, p.expected]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-checks.ts




/** The keys that group an environment's clusters in waves; at most one of them. */
const WAVE_KEYS = ['waves', 'max-parallel', 'wave-percent'];
const quoted = (text) => JSON.stringify(text);
/**
 * release and chart: required at the top without services (a single-service file), where the
 * schema cannot say "required unless". Checked on any map, valid or not, so that the message
 * comes first as the schema's own required keys did.
 */
function requiredWithoutServices(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const map = value;
    if ((0,own_value/* ownValue */.e)(map, 'services') !== undefined && (0,own_value/* ownValue */.e)(map, 'services') !== null)
        return [];
    const known = slipwayFileSchema.json.properties ?? {};
    return ['release', 'chart']
        .filter((key) => (0,own_value/* ownValue */.e)(map, key) === undefined || (0,own_value/* ownValue */.e)(map, key) === null)
        .map((key) => ({ path: [key], expected: `${describe((0,own_value/* ownValue */.e)(known, key) ?? {})} (required)` }));
}
/** What the schema cannot check: names that must match, be unique, or exclude each other. */
function fleetProblems(file) {
    const problems = [];
    const envNames = Object.keys(file.environments);
    if (file.services) {
        if (file.release !== undefined)
            problems.push({
                path: ['release'],
                expected: 'no top-level release with services (each service has its own, its name by default)',
            });
        const names = new Set();
        const releases = new Set();
        file.services.forEach((service, index) => {
            const at = (...rest) => ['services', index, ...rest];
            const release = service.release ?? service.name;
            if (names.has(service.name))
                problems.push({ path: at('name'), expected: 'a name no other service has', got: quoted(service.name) });
            else if (releases.has(release))
                problems.push({
                    path: at(service.release ? 'release' : 'name'),
                    expected: 'a release no other service has',
                    got: quoted(release),
                });
            names.add(service.name);
            releases.add(release);
            if (!service.chart && !file.chart)
                problems.push({ path: at('chart'), expected: "a chart (the service's own or a top-level chart) (required)" });
            if (service.image && (service.context || service.dockerfile))
                problems.push({
                    path: at(service.context ? 'context' : 'dockerfile'),
                    expected: 'no build settings beside image (an image given from outside is not built)',
                });
            for (const env of Object.keys(service.environments ?? {}))
                if (!(0,own_value/* ownValue */.e)(file.environments, env))
                    problems.push({
                        path: at('environments', env),
                        expected: `one of the environments (${envNames.join(', ')})`,
                        got: quoted(env),
                    });
        });
    }
    for (const name of envNames)
        problems.push(...clusterProblems((0,own_value/* ownValue */.e)(file.environments, name), ['environments', name]));
    problems.push(...strategyProblems(file));
    return problems;
}
function clusterProblems(env, path) {
    const problems = [];
    const set = WAVE_KEYS.filter((key) => env[key] !== undefined);
    for (const key of set.slice(1))
        problems.push({
            path: [...path, key],
            expected: `only one of ${WAVE_KEYS.join(', ')} (${set[0]} is set too)`,
        });
    const declared = new Set();
    (env.clusters ?? []).forEach((cluster, index) => {
        if (declared.has(cluster.name))
            problems.push({
                path: [...path, 'clusters', index, 'name'],
                expected: 'a name no other cluster of the environment has',
                got: quoted(cluster.name),
            });
        declared.add(cluster.name);
    });
    if (!env.waves)
        return problems;
    const declaredText = env.clusters ? [...declared].join(', ') : 'none declared';
    const placed = new Set();
    env.waves.forEach((wave, w) => wave.forEach((name, i) => {
        const at = [...path, 'waves', w, i];
        if (!declared.has(name))
            problems.push({
                path: at,
                expected: `a cluster of ${formatPath([...path, 'clusters'])} (${declaredText})`,
                got: shown(name),
            });
        else if (placed.has(name))
            problems.push({ path: at, expected: 'a cluster in no other wave', got: shown(name) });
        placed.add(name);
    }));
    const missing = [...declared].filter((name) => !placed.has(name));
    if (missing.length)
        problems.push({ path: [...path, 'waves'], expected: `every cluster in one wave (missing: ${missing.join(', ')})` });
    return problems;
}

;// CONCATENATED MODULE: ./packages/delivery/src/load-config.ts






const MAX_LISTED = 3;
/** Reads, parses and validates slipway.yml against the published schema; throws one ConfigError. */
async function loadConfig(path, shownAs = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* ConfigError */.xL(`Input 'config': expected a readable slipway.yml, got "${shownAs}" (${code})`);
    }
    return parseConfig(text, shownAs, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)));
}
/** The same from text (tests, editors' previews). */
async function parseConfig(text, name, dir) {
    // yaml (about 50 ms to load bundled, measured) only once slipway.yml is read.
    const { parseDocument, LineCounter, isNode } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    const syntax = doc.errors[0];
    if (syntax) {
        const { line, col } = lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigError */.xL(`${name}:${line}:${col}: expected valid YAML, ${syntax.message.split('\n')[0]}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${name}: expected valid YAML, ${error instanceof Error ? error.message : String(error)}`);
    }
    const where = (path) => {
        // The deepest node that exists: a missing key is reported where its map is.
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            if (isNode(node) && node.range) {
                const { line, col } = lines.linePos(node.range[0]);
                return `${name}:${line}:${col}`;
            }
        }
        return name;
    };
    const at = (path) => `${where(path)}: ${formatPath(path)}`;
    const problem = (path, expected, got) => new errors/* ConfigError */.xL(`${at(path)}: expected ${expected}${got === undefined ? '' : `, got ${got}`}`);
    const problems = [...requiredWithoutServices(value), ...validateValue(slipwayFileSchema.json, value ?? null)];
    // Names that must match each other are checked once every value has its type.
    if (!problems.length)
        problems.push(...fleetProblems(value));
    if (problems.length)
        throw summarise(problems, problem);
    return { file: value, name, dir, at, problem };
}
function summarise(problems, make) {
    const [first, ...rest] = problems.map((p) => make(p.path, p.expected, p.got).message);
    if (!rest.length)
        return new errors/* ConfigError */.xL(first);
    const more = rest.length > MAX_LISTED ? `; and ${rest.length - MAX_LISTED} more` : '';
    return new errors/* ConfigError */.xL(`${first} (also: ${rest.slice(0, MAX_LISTED).join('; ')}${more})`);
}

;// CONCATENATED MODULE: ./packages/delivery/src/stages.ts
/** The stages of a delivery, in the order they are named in the stages input. */
const STAGES = ['deploy', 'smoke', 'canary', 'notify'];
/** The order they run in: a canary does the deploy itself, then the smoke checks see the promoted release. */
const RUN_ORDER = ['deploy', 'canary', 'smoke', 'notify'];

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/duration.ts
var src_duration = __webpack_require__(5438);
// EXTERNAL MODULE: ./packages/helm/src/deploy/image-values.ts
var image_values = __webpack_require__(2324);
// EXTERNAL MODULE: ./packages/helm/src/helm-version.ts
var helm_version = __webpack_require__(8233);
// EXTERNAL MODULE: ./packages/smoke/src/parse-checks.ts
var parse_checks = __webpack_require__(5502);
// EXTERNAL MODULE: ./packages/smoke/src/parse-load.ts
var parse_load = __webpack_require__(8535);
// EXTERNAL MODULE: ./packages/canary/src/http-spec.ts
var http_spec = __webpack_require__(8466);
;// CONCATENATED MODULE: ./packages/canary/src/load-spec.ts



/**
 * The canary's `load`: a smoke check's request and expect, with `rps`, `concurrency` and
 * `duration` (default the step's analysis, count × interval); the url's placeholders are filled
 * as the metrics'. Errors name the input (`Input 'load': …`); undefined when no load is given.
 */
function parseCanaryLoad(document, context, where = 'load') {
    if (document === undefined || document === null || document === '')
        return undefined;
    if (!(0,http_spec/* isMapping */.pi)(document))
        throw (0,http_spec/* specError */.k9)(where, 'a map such as "{ url: http://{{ canary }}.{{ namespace }}.svc/, rps: 20 }"', document);
    const url = (0,metric_spec/* checkUrlTemplate */.kw)(document['url'], where, 'the load');
    const { target, intervalMs, count } = context;
    return (0,parse_load/* parseLoad */.E)({
        ...document,
        url: (0,metric_spec/* renderQuery */.no)(url, {
            canary: target.canaryService,
            stable: target.stableService,
            namespace: target.namespace,
            intervalMs,
        }),
    }, {
        where: `Input '${where}'`,
        baseUrl: undefined,
        defaultRequestTimeoutMs: Math.min(10_000, intervalMs),
        defaultDurationMs: count * intervalMs,
    });
}

// EXTERNAL MODULE: ./packages/canary/src/smoke-checks.ts
var smoke_checks = __webpack_require__(7801);
;// CONCATENATED MODULE: ./packages/canary/src/steps.ts

const EXPECTED = `"<weight>:<pause>" items such as "10:2m, 25:manual, 50:5m, 100" (weights 1-100, strictly increasing)`;
const MAX_PAUSE_MS = 6 * 3_600_000;
/**
 * Parses `steps: "10:2m, 25:2m, 50:5m, 100"`. Items are separated by commas or new lines; the
 * pause is a duration or `manual`. A bad item raises the one-line ConfigError of input `name`.
 */
function parseSteps(text, name = 'steps') {
    const items = text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
    if (items.length === 0)
        throw (0,input_error/* inputError */.X)(name, EXPECTED, text);
    const steps = [];
    for (const item of items) {
        const match = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(item);
        if (!match)
            throw (0,input_error/* inputError */.X)(name, EXPECTED, item);
        const weight = Number(match[1]);
        if (weight < 1 || weight > 100)
            throw (0,input_error/* inputError */.X)(name, `weights from 1 to 100 in ${EXPECTED}`, item);
        const previous = steps[steps.length - 1];
        if (previous && weight <= previous.weight)
            throw (0,input_error/* inputError */.X)(name, `weights strictly increasing (${weight} after ${previous.weight})`, text);
        const pause = match[2];
        let pauseMs = 0;
        const manual = pause?.toLowerCase() === 'manual';
        if (pause !== undefined && !manual) {
            const ms = (0,src_duration/* parseDurationMs */.y)(pause);
            if (ms === undefined || ms > MAX_PAUSE_MS)
                throw (0,input_error/* inputError */.X)(name, `a pause that is a duration up to 6h (such as "2m") or "manual"`, item);
            pauseMs = ms;
        }
        steps.push({ weight, pauseMs, manual });
    }
    return steps;
}
/** "10:2m, 25:manual, 100" — the steps as the user writes them. */
function formatSteps(steps) {
    return steps
        .map((s) => s.manual ? `${s.weight}:manual` : s.pauseMs ? `${s.weight}:${formatDuration(s.pauseMs)}` : `${s.weight}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./packages/delivery/src/secret-headers.ts


const REFERENCE = /\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const secret_headers_EXPECTED = 'a value naming an environment variable, such as "Bearer {{ env.GATE_TOKEN }}" (slipway.yml is committed: set the variable from a secret in the step\'s env:)';
/**
 * A canary's header values (gates, web metrics, the load) in slipway.yml: each names environment
 * variables as `{{ env.NAME }}`, filled from the step's environment, so no secret is committed.
 * A literal value is refused without being shown; so is a variable that is not set.
 */
function secret_headers_secretHeaders(config, path, headers, env) {
    return headers && envHeaders(config, path, headers, env, 'refuse').headers;
}
/**
 * A smoke check's headers in slipway.yml: a literal value (`Accept: application/json`) stays as
 * written; a value naming environment variables (`Bearer {{ env.SMOKE_TOKEN }}`) is filled from the
 * step's environment as the canary's are, and its filled forms are secrets (to mask and redact).
 */
function smokeHeaders(config, path, headers, env) {
    return headers && envHeaders(config, path, headers, env, 'keep');
}
/** The one reading of `{{ env.NAME }}` in header values, for the canary's and the smoke checks'. */
function envHeaders(config, path, headers, env, literal) {
    const resolved = [];
    const filled = [];
    for (const [name, value] of Object.entries(headers)) {
        const where = [...path, name];
        if (typeof value !== 'string')
            continue; // the schema refuses it
        const names = [...value.matchAll(REFERENCE)].map((match) => match[1]);
        if (!names.length && literal === 'refuse')
            throw config.problem(where, secret_headers_EXPECTED, 'a literal value (not shown)');
        if (/\{\{|\}\}/.test(value.replace(REFERENCE, '')))
            throw config.problem(where, `${secret_headers_EXPECTED}, and only {{ env.NAME }} placeholders`, JSON.stringify(value));
        if (!names.length) {
            resolved.push([name, value]);
            continue;
        }
        // Own variables only: "{{ env.constructor }}" names no variable.
        const valueOf = (variable) => (0,own_value/* ownValue */.e)(env, variable);
        const unset = names.find((variable) => !valueOf(variable));
        if (unset)
            throw config.problem(where, `the environment variable ${unset} to be set (from a secret, in the step's env:)`, 'nothing');
        const entry = [
            name,
            value.replace(REFERENCE, (_, variable) => valueOf(variable)),
        ];
        resolved.push(entry);
        filled.push(entry);
    }
    // fromEntries defines own keys, so a header named "__proto__" stays a header.
    return {
        headers: Object.fromEntries(resolved),
        secrets: (0,http_spec/* headerSecrets */.n3)([{ headers: Object.fromEntries(filled) }]),
    };
}

;// CONCATENATED MODULE: ./packages/delivery/src/plan-canary.ts



/** An environment's canary section as the canary action's config: the stable release, steps, analysis. */
function planCanary(config, env, envPath, deploy, image, request, duration, smokeChecks) {
    const settings = env.canary;
    const path = (key) => [...envPath, 'canary', key];
    const release = deploy.release;
    if (release.length > 46)
        throw config.problem(['release'], 'at most 46 characters with a canary (it adds "-canary")', JSON.stringify(release));
    const canaryName = `${release}-canary`;
    const target = {
        release,
        namespace: deploy.namespace,
        routeName: settings.route ?? release,
        stableService: settings['stable-service'] ?? release,
        canaryService: settings['canary-service'] ?? canaryName,
        stableDeployment: settings['stable-deployment'] ?? release,
        canaryDeployment: settings['canary-deployment'] ?? canaryName,
        header: settings.header ? parseHeader(settings.header, config, path('header')) : undefined,
    };
    const provider = settings.provider ?? 'gateway-api';
    const scaleDownStable = settings['scale-down-stable'] ?? false;
    if (scaleDownStable && provider === 'replicas')
        throw config.problem(path('scale-down-stable'), 'false with provider replicas (it splits traffic by pods itself)', 'true');
    const intervalMs = duration(path('interval'), settings.interval, 30_000);
    const variables = request.env ?? {};
    // Header values are filled from the environment only after the canary's parsers have seen the
    // file's own text, so no error of theirs can show a secret.
    const headersOf = (list, items = []) => items.map((item, index) => secret_headers_secretHeaders(config, [...path(list), index, 'headers'], item.headers, variables));
    const metricHeaders = headersOf('metrics', settings.metrics);
    const metrics = parsedList(config, path('metrics'), settings.metrics, metric_spec/* parseMetrics */.Bm).map((spec, index) => {
        const headers = metricHeaders[index];
        return spec.web && headers ? { ...spec, web: { ...spec.web, headers: { ...spec.web.headers, ...headers } } } : spec;
    });
    const prometheusUrl = settings['prometheus-url'];
    if (metrics.some(metric_spec/* isPrometheusMetric */.dU) && !prometheusUrl)
        throw config.problem(path('prometheus-url'), 'the Prometheus base URL when metrics are set');
    const gateHeaders = headersOf('gates', settings.gates);
    const gates = parsedList(config, path('gates'), settings.gates, gate_spec/* parseGates */.MJ).map((gate, index) => ({
        ...gate,
        headers: { ...gate.headers, ...gateHeaders[index] },
    }));
    const count = settings.count ?? 3;
    const loadHeaders = secret_headers_secretHeaders(config, [...path('load'), 'headers'], settings.load?.headers, variables);
    const parsedLoad = reworded(config.at(path('load')), () => parseCanaryLoad(settings.load, { target, intervalMs, count }));
    const load = parsedLoad && loadHeaders
        ? // Over the parser's own headers: it adds content-type for a YAML body.
            { ...parsedLoad, check: { ...parsedLoad.check, headers: { ...parsedLoad.check.headers, ...loadHeaders } } }
        : parsedLoad;
    if (!load && metrics.some((m) => m.provider === 'load'))
        throw config.problem(path('load'), 'the load to generate (url, rps) when a metric has provider load');
    const smokeBase = settings['smoke-base-url'];
    let smokeChecksAtSteps;
    if (smokeBase) {
        const text = reworded(config.at(path('smoke-base-url')), () => (0,smoke_checks/* resolveSmokeBaseUrl */.c_)(smokeBase, {
            canary: target.canaryService,
            stable: target.stableService,
            namespace: target.namespace,
            intervalMs,
        }));
        if (!URL.canParse(text))
            throw config.problem(path('smoke-base-url'), 'an http(s) URL', JSON.stringify(smokeBase));
        smokeChecksAtSteps = smokeChecks(new URL(text), intervalMs);
    }
    return {
        action: 'start',
        deploy: { ...deploy, image: undefined },
        image: image.trim(),
        canaryValues: settings['canary-values'] ?? { replicaCount: 1 },
        steps: reworded(config.at(path('steps')), () => parseSteps(settings.steps ?? '10:1m, 25:1m, 50:1m, 100')),
        provider,
        target,
        prometheus: prometheusUrl ? { url: new URL(prometheusUrl), token: request.prometheusToken } : undefined,
        metrics,
        smokeChecks: smokeChecksAtSteps,
        ...(load ? { load } : {}),
        ...(gates.length ? { gates } : {}),
        count,
        intervalMs,
        failureLimit: settings['failure-limit'] ?? 0,
        onInconclusive: settings['on-inconclusive'] ?? 'pause',
        scaleDownStable,
        owner: request.owner,
    };
}
function parseHeader(text, config, path) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?::\s*(.*))?$/.exec(text.trim());
    if (!match)
        throw config.problem(path, 'a header name such as "X-Canary" or "X-Canary: always"', JSON.stringify(text));
    return { name: match[1], value: match[2]?.trim() || undefined };
}
/** The packages' parsers name an action input ("Input 'steps': …"): here the place is in the file. */
function reworded(at, parse) {
    try {
        return parse();
    }
    catch (error) {
        throw placed(error, at);
    }
}
function placed(error, at) {
    return error instanceof errors/* ConfigError */.xL && /^Input '[^']+'/.test(error.message)
        ? new errors/* ConfigError */.xL(error.message.replace(/^Input '[^']+'/, at))
        : error;
}
/**
 * A list the canary's parser reads whole (names unique across items). Its error is placed at the
 * first item that fails alone, or at the list when only the items together fail.
 */
function parsedList(config, path, items, parse) {
    try {
        return parse(items);
    }
    catch (error) {
        const failsAlone = (item) => {
            try {
                parse([item]);
                return false;
            }
            catch {
                return true;
            }
        };
        const index = items?.findIndex(failsAlone) ?? -1;
        throw placed(error, config.at(index >= 0 ? [...path, index] : path));
    }
}

;// CONCATENATED MODULE: ./packages/delivery/src/plan-verify.ts



/**
 * The verify block of slipway.yml (the environment's over the top-level one, key by key) as a
 * policy: a key file is read beside slipway.yml; every problem names the file, line and column.
 */
function planVerify(config, top, env, envPath) {
    if (!top && !env)
        return undefined;
    const settings = { ...top, ...env };
    const pathOf = (key) => [
        ...(env?.[key] !== undefined ? envPath : []),
        'verify',
        key,
    ];
    if (!settings.key)
        throw config.problem([...(env ? envPath : []), 'verify', 'key'], 'the key images must be signed by (PEM text, a KMS URI or a file such as "./cosign.pub")');
    let publicKey = settings.key.trim();
    if (!cosign_args/* KMS_KEY */.cC.test(publicKey) && !publicKey.startsWith('-----BEGIN')) {
        const file = (0,external_node_path_.isAbsolute)(publicKey) ? publicKey : (0,external_node_path_.resolve)(config.dir, publicKey);
        try {
            publicKey = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
        }
        catch (error) {
            const code = error.code ?? 'unreadable';
            throw config.problem(pathOf('key'), `a readable key file, PEM text or a KMS URI`, `"${settings.key}" (${code})`);
        }
    }
    const policy = { publicKey, attestations: settings.attestations ?? [] };
    const problem = policyProblem(policy);
    if (problem)
        throw config.problem(pathOf(problem.field), problem.expected, problem.got);
    return policy;
}

;// CONCATENATED MODULE: ./packages/delivery/src/plan-delivery.ts











const HOUR = 3_600_000;
/** Picks the environment out of slipway.yml and turns it, with the inputs, into a delivery plan. */
function planDelivery(config, request) {
    const { file } = config;
    const env = (0,own_value/* ownValue */.e)(file.environments, request.environment);
    if (!env)
        throw (0,input_error/* inputError */.X)('environment', `one of the environments ${config.name} names (${Object.keys(file.environments).join(', ')})`, request.environment);
    const envPath = ['environments', request.environment];
    const service = chooseService(config, request.service);
    const values = fleet_services_serviceValues(service, request.environment);
    const cluster = chooseCluster(config, env, request);
    const namespace = cluster?.namespace ?? env.namespace;
    const environmentUrl = cluster?.url ?? env.url;
    const context = cluster?.context ?? env.context;
    const duration = (path, text, fallback) => {
        if (text === undefined)
            return fallback;
        const ms = (0,src_duration/* parseDurationMs */.y)(text);
        if (ms === undefined || ms < 1 || ms > 6 * HOUR)
            throw config.problem(path, 'a duration such as "90s", "2m" or "500ms", at most 6h', JSON.stringify(text));
        return ms;
    };
    const smokeSettings = { ...file.smoke, ...env.smoke };
    const notifySettings = file.notify || env.notify ? { ...file.notify, ...env.notify } : undefined;
    const stages = chooseStages(request, env, smokeSettings, notifySettings);
    const image = stages.includes('deploy') || stages.includes('canary') ? request.image : undefined;
    if ((stages.includes('deploy') || stages.includes('canary')) && !image)
        throw (0,input_error/* inputError */.X)('image', 'the image to deliver, such as "ghcr.io/acme/web@sha256:…" (deploy and canary need it)');
    const timeoutMs = duration(env.timeout ? [...envPath, 'timeout'] : ['timeout'], env.timeout ?? file.timeout, 300_000);
    const deploy = {
        mode: 'deploy',
        release: service.release,
        namespace,
        chart: chartPath(service.chart, config.dir),
        chartVersion: service.chartVersion,
        valuesFiles: [
            ...(file['values-files'] ?? []),
            ...values.own.valuesFiles,
            ...(env['values-files'] ?? []),
            ...values.inEnvironment.valuesFiles,
        ].map((f) => ((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(config.dir, f))),
        set: (0,image_values/* mergeValues */.D3)(file.set ?? {}, values.own.set, env.set ?? {}, values.inEnvironment.set),
        image: image ? (0,image_values/* splitImageRef */.l2)(image) : undefined,
        imageValues: { ...image_values/* DEFAULT_IMAGE_VALUES */.$Y, ...file['image-values'] },
        timeoutMs,
        historyMax: 10,
        rollbackOnFailure: true,
        createNamespace: env['create-namespace'] ?? false,
        checkImage: env['check-image'] ?? file['check-image'] ?? true,
        ...planStrategy(file, service, request.environment),
        revision: undefined,
    };
    // Header values filled from the step's environment ({{ env.NAME }}): masked, and redacted from smoke reports.
    const smokeSecrets = new Set();
    const smokeChecks = (baseUrl, baseHint, requestTimeoutMs) => {
        const path = [...(env.smoke?.checks ? envPath : []), 'smoke', 'checks'];
        let checks;
        try {
            checks = (0,parse_checks/* parseChecks */.B)(smokeSettings.checks, {
                where: config.at(path),
                baseUrl,
                defaultRequestTimeoutMs: requestTimeoutMs,
            });
        }
        catch (error) {
            // The engine names smoke-test's input; here the base URL comes from the file.
            if (error instanceof errors/* ConfigError */.xL)
                throw new errors/* ConfigError */.xL(error.message.replace(`the input 'base-url'`, baseHint));
            throw error;
        }
        // Filled only after the engine's parser has seen the file's own text, so no error of its can show a secret.
        return checks.map((check, index) => {
            const item = smokeSettings.checks?.[index];
            const filled = typeof item === 'object'
                ? smokeHeaders(config, [...path, index, 'headers'], item.headers, request.env ?? {})
                : undefined;
            if (!filled)
                return check;
            for (const secret of filled.secrets)
                smokeSecrets.add(secret);
            return { ...check, headers: { ...check.headers, ...filled.headers } };
        });
    };
    const smokePath = (key) => [
        ...(env.smoke?.[key] ? envPath : []),
        'smoke',
        key,
    ];
    const requestTimeoutMs = duration(smokePath('request-timeout'), smokeSettings['request-timeout'], 10_000);
    const baseText = smokeSettings['base-url'] ?? environmentUrl;
    const smoke = stages.includes('smoke')
        ? {
            checks: smokeChecks(baseText ? new URL(baseText) : undefined, `smoke.base-url or the environment's url`, requestTimeoutMs),
            options: {
                deadlineMs: duration(smokePath('timeout'), smokeSettings.timeout, 120_000),
                intervalMs: duration(smokePath('interval'), smokeSettings.interval, 2000),
                maxIntervalMs: 15_000,
                concurrency: 10,
                insecureTls: false,
                secrets: [...smokeSecrets],
            },
        }
        : undefined;
    const planned = stages.includes('canary')
        ? planCanary(config, env, envPath, deploy, image, request, duration, (baseUrl, interval) => smokeChecks(baseUrl, 'canary.smoke-base-url', Math.min(10_000, interval)))
        : undefined;
    const canary = planned?.smokeChecks && smokeSecrets.size ? { ...planned, smokeSecrets: [...smokeSecrets] } : planned;
    const notify = stages.includes('notify')
        ? {
            channel: notifySettings?.channel,
            mentions: notifySettings?.['mention-on-failure'] ?? [],
            failOnError: notifySettings?.['fail-on-error'] ?? false,
            deadlineMs: duration(env.notify?.timeout ? [...envPath, 'notify', 'timeout'] : ['notify', 'timeout'], notifySettings?.timeout, 30_000),
        }
        : undefined;
    if (notify && request.slack === 'token' && !notify.channel)
        throw config.problem([...envPath, 'notify', 'channel'], 'a channel such as "#deploys" with the slack-token input');
    const version = file.helm?.version;
    const verify = planVerify(config, file.verify, env.verify, envPath);
    return {
        environment: request.environment,
        service: service.name,
        cluster: cluster?.name,
        namespace,
        context,
        environmentUrl,
        image: image?.trim(),
        stages,
        deploy,
        smoke,
        canary,
        notify,
        helmVersion: version ? (0,helm_version/* parseVersionSpec */.ZD)(version) : undefined,
        helmDownloadUrl: file.helm?.['download-url'] ?? 'https://get.helm.sh',
        verify: image ? verify : undefined,
        secrets: [...smokeSecrets],
    };
}
/** The cluster named (one of the environment's clusters), or none: the environment as a whole. */
function chooseCluster(config, env, request) {
    if (request.cluster === undefined)
        return undefined;
    const clusters = env.clusters ?? [{ name: request.environment }];
    const found = clusters.find((c) => c.name === request.cluster);
    if (!found)
        throw (0,input_error/* inputError */.X)('cluster', `one of the clusters of ${request.environment} in ${config.name} (${clusters.map((c) => c.name).join(', ')})`, request.cluster);
    return found;
}
/** The one service delivered: named, or the only one the file has. */
function chooseService(config, name) {
    const services = fleetServices(config.file);
    if (name === undefined) {
        if (services.length === 1)
            return services[0];
        throw config.problem(['services'], 'one service for a one-step delivery (mode: plan and the fleet workflow deliver several)', `${services.length} services`);
    }
    const found = services.find((s) => s.name === name);
    if (!found)
        throw (0,input_error/* inputError */.X)('service', `one of the services ${config.name} names (${services.map((s) => s.name).join(', ')})`, name);
    return found;
}
/** The stages asked for, less those the environment does not configure (an error when asked by name). */
function chooseStages(request, env, smoke, notify) {
    const configured = {
        deploy: undefined,
        smoke: smoke.checks ? undefined : 'no smoke checks',
        canary: env.canary ? undefined : 'no canary',
        notify: request.slack ? undefined : 'no slack-webhook-url or slack-token input',
    };
    if (notify && !request.slack && (request.stages === undefined || request.stages.includes('notify')))
        throw (0,input_error/* inputError */.X)('slack-webhook-url', `a Slack incoming webhook URL (or slack-token) because the configuration has notify settings; leave notify out of stages to skip it`);
    const asked = request.stages ?? RUN_ORDER;
    if (request.stages) {
        const missing = request.stages.find((stage) => (0,own_value/* ownValue */.e)(configured, stage));
        if (missing)
            throw (0,input_error/* inputError */.X)('stages', `stages that environment "${request.environment}" configures (${missing}: ${configured[missing]})`, request.stages.join(', '));
    }
    const chosen = RUN_ORDER.filter((stage) => asked.includes(stage) && !configured[stage]);
    // A canary deploys the new image itself (and promotes it into the release): no plain upgrade first.
    return chosen.includes('canary') ? chosen.filter((stage) => stage !== 'deploy') : chosen;
}
/** A local chart path resolves beside slipway.yml; repo/name and oci:// stay as they are. */
function chartPath(chart, dir) {
    if (chart.includes('://') || (0,external_node_path_.isAbsolute)(chart))
        return chart;
    const local = (0,external_node_path_.resolve)(dir, chart);
    return chart.startsWith('.') || (0,external_node_fs_.existsSync)(local) ? local : chart;
}

// EXTERNAL MODULE: ./packages/canary/src/helm-releases.ts
var helm_releases = __webpack_require__(487);
;// CONCATENATED MODULE: ./packages/delivery/src/plan-releases.ts


/** Every release the plan would make (the deploy, or the canary and its promotion), for what must be checked first. */
function planReleases(plan) {
    if (!plan.image)
        return [];
    return [
        ...(plan.stages.includes('deploy') ? [plan.deploy] : []),
        ...(plan.canary ? (0,helm_releases/* canaryReleaseRequests */.Wg)(plan.canary, plan.image) : []),
    ];
}
/** The plan changed to deliver exactly the verified digest (deploy and canary). */
function deliverDigest(plan, digestRef) {
    plan.image = digestRef;
    plan.deploy.image = (0,image_values/* splitImageRef */.l2)(digestRef);
    if (plan.canary)
        plan.canary.image = digestRef;
}
/** Whether a stage of the plan runs helm (deploy or canary): only then is one chosen. */
function planRunsHelm(plan) {
    return plan.stages.some((stage) => stage === 'deploy' || stage === 'canary');
}

;// CONCATENATED MODULE: ./packages/delivery/src/delivery-deployment.ts

/**
 * The stages as one GitHub deployment of the environment (when a deploy or canary stage changes
 * it), through the same lifecycle helm-deploy and the canary use: in_progress before the release
 * changes, success when every stage succeeded, failure with the first failure's words; a paused
 * canary leaves it in_progress, kept in the canary's state for the run that finishes it. A refused
 * success status fails the delivery under deployment-fail-on-error.
 */
async function recordedDelivery(plan, ctx, report, work) {
    if (!ctx.github || !plan.stages.some((stage) => stage === 'deploy' || stage === 'canary'))
        return work(undefined);
    // Records (and Octokit under it) load only when a deployment is recorded.
    const { withGitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 6766));
    const via = plan.stages.includes('canary') ? 'canary' : 'rolling';
    const start = {
        kind: via === 'canary' ? 'canary' : 'deploy',
        release: plan.deploy.release,
        namespace: plan.namespace,
        strategy: via,
        chart: plan.deploy.chart,
        image: plan.image,
        stages: plan.stages,
        service: plan.service,
        cluster: plan.cluster,
    };
    const settings = { ...ctx.github, environment: plan.environment, environmentUrl: plan.environmentUrl };
    const options = {
        logger: ctx.logger,
        signal: ctx.signal,
        ...(ctx.context ? { context: ctx.context } : {}),
        onCreated: (id) => (report.deploymentId = id),
    };
    let worked = false;
    const stages = (id) => {
        worked = true;
        return work(id);
    };
    let failure;
    try {
        failure = (await withGitHubDeployment(settings, start, options, stages, () => deliveryEnd(report))).refused;
    }
    catch (error) {
        // A refused start throws before any stage (as a bad input would).
        if (!worked)
            throw error;
        failure = error;
    }
    // A refused success status (deployment-fail-on-error), or stages that threw, fail the delivery.
    if (failure !== undefined) {
        report.result = 'failed';
        report.failure ??= failure;
    }
}
/** success when every stage before notify succeeded; failure with the first failure's words; paused: none yet. */
function deliveryEnd(report) {
    const failed = report.stages.find((s) => s.outcome === 'failed');
    if (failed || report.result === 'failed')
        return { state: 'failure', description: failed?.detail ?? (0,errors/* errorMessage */.gJ)(report.failure) };
    if (report.result === 'paused')
        return undefined;
    return { state: 'success', description: `Delivered ${report.stages.map((s) => s.stage).join(', ')}` };
}

;// CONCATENATED MODULE: ./packages/delivery/src/run-delivery.ts


/**
 * Runs the plan's stages in order, in this process, with the same package calls the single
 * actions make. A failed stage skips the ones after it, except notify, which says how it went.
 */
async function runDelivery(plan, ctx) {
    const report = { environment: plan.environment, result: 'succeeded', stages: [] };
    const stop = (stage, outcome, detail, failure) => {
        report.stages.push({ stage, outcome, detail });
        if (outcome === 'failed') {
            report.result = 'failed';
            report.failure ??= failure ?? new Error(detail);
        }
        else if (outcome === 'paused' && report.result === 'succeeded')
            report.result = 'paused';
    };
    // The verification policy went first (verifyBeforeChange): a delivery never runs an image it did not verify.
    if (plan.verify && !ctx.verified)
        throw new Error('the plan has a verification policy but its image was not verified');
    if (ctx.verified)
        report.verified = ctx.verified;
    if (ctx.chartImages?.length)
        report.chartImages = ctx.chartImages;
    let session;
    const open = () => (session ??= ctx.openSession());
    // Then a canary start's refusals (another active canary, its route, the stable side: reads
    // only), still before the "started" message and the GitHub deployment.
    const canary = await checkedCanaryStart(plan, ctx, open);
    const started = await postStarted(plan, ctx);
    await recordedDelivery(plan, ctx, report, (deploymentId) => runStages(plan, ctx, report, stop, { open, canary, deploymentId }));
    if (plan.stages.includes('notify'))
        await notifyStage(plan, ctx, report, stop, started);
    return report;
}
/** The canary stage's run, its start checked (checkStart) so that a refusal throws before anything is visible. */
async function checkedCanaryStart(plan, ctx, open) {
    if (!plan.canary || !plan.stages.includes('canary'))
        return undefined;
    // Each stage's packages load only when the stage runs.
    const { canaryRun, checkStart } = await Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(147)]).then(__webpack_require__.bind(__webpack_require__, 9385));
    return checkStart(canaryRun(plan.canary, await open(), ctx.logger, { onSaved: ctx.onCanarySaved }));
}
/** The stages before notify, in order; a failed (or paused) one skips the ones after it. */
async function runStages(plan, ctx, report, stop, run) {
    for (const stage of plan.stages) {
        if (stage === 'notify')
            continue;
        if (report.result !== 'succeeded' || ctx.signal?.aborted) {
            stop(stage, 'skipped', report.result === 'paused' ? 'the canary is paused' : 'an earlier stage did not succeed');
            continue;
        }
        try {
            await ctx.logger.group(`Slipway: ${stage}`, () => runStage(stage, plan, ctx, report, stop, run));
        }
        catch (error) {
            stop(stage, 'failed', (0,errors/* errorMessage */.gJ)(error), error);
        }
    }
    if (ctx.signal?.aborted) {
        report.result = 'failed';
        report.failure ??= ctx.signal.reason ?? new errors/* CancelledError */.cc('cancelled');
    }
}
async function runStage(stage, plan, ctx, report, stop, { open, canary, deploymentId }) {
    if (stage === 'deploy') {
        // Each stage's packages load only when the stage runs.
        const { deployStage, deployFailure } = await Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 6766));
        const session = await open();
        // The same stage helm-deploy runs: the delivery history records this deploy for delivery-metrics too.
        const deployed = await deployStage(plan.deploy, session, {
            environment: plan.environment,
            logger: ctx.logger,
            service: plan.service,
            cluster: plan.cluster,
        });
        report.deploy = deployed;
        const failure = deployFailure(plan.deploy, deployed);
        if (failure)
            return stop(stage, 'failed', failure);
        const colour = deployed.blueGreen ? `, ${deployed.blueGreen.to} live` : '';
        return stop(stage, 'succeeded', `revision ${deployed.revision ?? '?'} ${deployed.status}${colour}`);
    }
    if (stage === 'canary') {
        const config = plan.canary;
        const run = canary;
        // Each stage's packages load only when the stage runs.
        const { abortedLine } = await Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(147)]).then(__webpack_require__.bind(__webpack_require__, 9385));
        const { canaryStage } = await Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 6766));
        const session = await open();
        // The delivery's deployment is the canary's: kept in its state, so the run that promotes or aborts it finishes it.
        const opened = deploymentId === undefined
            ? undefined
            : {
                id: deploymentId,
                environment: plan.environment,
                ...(plan.environmentUrl ? { environmentUrl: plan.environmentUrl } : {}),
            };
        const { outcome } = await canaryStage(config, run, session, {
            logger: ctx.logger,
            signal: ctx.signal,
            where: { service: plan.service, cluster: plan.cluster },
            ...(opened ? { opened } : {}),
        });
        report.canary = outcome;
        const aborted = abortedLine(outcome);
        if (aborted)
            return stop(stage, 'failed', aborted);
        if (outcome.result === 'paused')
            return stop(stage, 'paused', `paused at step ${outcome.state.step + 1} (${outcome.state.weight}%) until a resume`);
        return stop(stage, 'succeeded', `promoted ${config.image} through ${outcome.state.steps.length} steps`);
    }
    const smoke = plan.smoke;
    // Each stage's packages load only when the stage runs.
    const { failedChecksLine, runChecks } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 7841));
    const checked = await runChecks(smoke.checks, { ...smoke.options, signal: ctx.signal }, ctx.logger);
    report.smoke = checked;
    const failed = failedChecksLine(checked);
    stop(stage, failed ? 'failed' : 'succeeded', failed ?? `${checked.total} checks passed`);
}
/** The message of how the delivery went; Slack down fails the delivery only with fail-on-error. */
async function notifyStage(plan, ctx, report, stop, started) {
    const notify = plan.notify;
    if (!ctx.slack)
        return stop('notify', 'skipped', 'no Slack secret');
    const status = statusOf(report, ctx.signal);
    report.notifyStatus = status;
    const failed = report.stages.find((s) => s.outcome === 'failed');
    const stages = report.stages.map((s) => `${s.stage} ${s.outcome}`).join(', ');
    // With a bot token the "started" message is updated in place: one message per delivery.
    const sent = await sendSlack(plan, ctx, status, stages, failed?.detail, started);
    report.notify = sent;
    if (sent.ok)
        return stop('notify', 'succeeded', `Slack message ${sent.action} (${status})`);
    // Loaded already by sendNotification: this import only names it.
    const { notSentLine } = await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 9049));
    const detail = notSentLine(sent);
    if (notify.failOnError)
        return stop('notify', 'failed', detail);
    ctx.logger.warning(`${detail}; the delivery is judged without it (fail-on-error is false)`);
    stop('notify', 'skipped', detail);
}
/** "Deploy started" before anything changes, when the message can be updated later (bot token). */
async function postStarted(plan, ctx) {
    if (ctx.slack?.kind !== 'web-api' || !plan.stages.includes('notify'))
        return undefined;
    const sent = await sendSlack(plan, ctx, 'started', plan.stages.join(', '), undefined, undefined);
    if (!sent.ok)
        ctx.logger.warning(`Slack: the "started" message was not sent (${sent.error}); the end will post anew`);
    return sent.ok ? { channel: sent.channel, ts: sent.ts } : undefined;
}
async function sendSlack(plan, ctx, status, stages, text, update) {
    const notify = plan.notify;
    const slack = ctx.slack;
    // notify loads only when slipway.yml has a notify stage.
    const { composeMessage, readGithubContext, sendNotification } = await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 9049));
    const fields = { Release: `${plan.deploy.release} in ${plan.namespace}` };
    if (plan.image)
        fields['Image'] = plan.image;
    fields['Stages'] = stages;
    const now = ctx.now ?? Date.now;
    const { message } = await composeMessage({
        facts: {
            status,
            github: readGithubContext(ctx.env),
            environment: plan.environment,
            environmentUrl: plan.environmentUrl,
            durationMs: status === 'started' ? undefined : Math.max(0, now() - ctx.startedAt),
            fields,
            text,
            mentions: notify.mentions,
        },
        env: ctx.env,
    });
    const target = slack.kind === 'webhook'
        ? slack
        : { ...slack, channel: update?.channel ?? notify.channel, updateTs: update?.ts };
    return sendNotification(message, target, { deadlineMs: notify.deadlineMs, logger: ctx.logger });
}
function statusOf(report, signal) {
    if (signal?.aborted)
        return 'cancelled';
    if (report.canary?.result === 'aborted')
        return 'canary-aborted';
    if (report.deploy?.rolledBack)
        return 'rolled-back';
    if (report.result === 'failed')
        return 'failed';
    if (report.canary?.result === 'promoted')
        return 'canary-promoted';
    return 'succeeded';
}

// EXTERNAL MODULE: ./packages/kit/src/runner/summary.ts
var runner_summary = __webpack_require__(4471);
// EXTERNAL MODULE: ./packages/helm/src/deploy/deploy-summary.ts
var deploy_summary = __webpack_require__(2040);
// EXTERNAL MODULE: ./packages/smoke/src/smoke-summary.ts
var smoke_summary = __webpack_require__(4653);
// EXTERNAL MODULE: ./packages/canary/src/load-output.ts
var load_output = __webpack_require__(3232);
;// CONCATENATED MODULE: ./packages/canary/src/canary-summary.ts



const ICON = {
    start: '🚀',
    next: '➡️',
    resume: '▶️',
    pause: '⏸️',
    promote: '⏫',
    promoted: '✅',
    abort: '🛑',
};
function chartLabel(text) {
    return `"${text.replace(/["\\]/g, '')}"`;
}
/** A mermaid xychart of one metric, sample by sample across the steps, against its thresholds. */
function metricChart(state, spec) {
    const points = state.analyses.flatMap((a) => a.samples
        .filter((s) => s.metric === spec.name && s.value !== undefined)
        .map((s) => ({ label: `${a.weight}% #${s.index}`, value: s.value })));
    if (points.length === 0)
        return undefined;
    const values = points.map((p) => p.value);
    const bounds = [...values, ...[spec.min, spec.max].filter((v) => v !== undefined)];
    const lo = Math.min(...bounds);
    const hi = Math.max(...bounds);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    const lines = [
        'xychart-beta',
        `  title ${chartLabel(`${spec.name} (${(0,metric_spec/* formatThreshold */.B6)(spec)})`)}`,
        `  x-axis [${points.map((p) => chartLabel(p.label)).join(', ')}]`,
        `  y-axis ${chartLabel(spec.name)} ${+(lo - pad).toPrecision(4)} --> ${+(hi + pad).toPrecision(4)}`,
        `  line [${values.map((v) => +v.toPrecision(6)).join(', ')}]`,
    ];
    for (const limit of [spec.min, spec.max])
        if (limit !== undefined)
            lines.push(`  line [${points.map(() => limit).join(', ')}]`);
    return lines.join('\n');
}
function metricCell(state, step, metrics) {
    const analysis = [...state.analyses].reverse().find((a) => a.step === step);
    if (!analysis)
        return '';
    const smokeNames = [...new Set(analysis.samples.filter((s) => s.kind === 'smoke').map((s) => s.metric))];
    return [
        ...metrics.map((spec) => {
            const samples = analysis.samples.filter((s) => s.metric === spec.name);
            if (samples.length === 0)
                return '';
            const shown = samples
                .map((s) => (s.value === undefined ? 'no data' : String(+s.value.toPrecision(4))))
                .join(', ');
            const bad = samples.some((s) => s.verdict === 'fail')
                ? '❌'
                : samples.some((s) => s.verdict === 'inconclusive')
                    ? '❔'
                    : '✅';
            return `${bad} ${(0,runner_summary/* escapeMarkdown */.FV)(spec.name)}: ${(0,runner_summary/* escapeMarkdown */.FV)(shown)} (${(0,runner_summary/* escapeMarkdown */.FV)((0,metric_spec/* formatThreshold */.B6)(spec))})`;
        }),
        ...smokeNames.map((name) => smokeCell(name, analysis.samples)),
    ]
        .filter(Boolean)
        .join('<br>');
}
/** A smoke check's samples in a step: ✅ 3/3 passed, or ❌ with the last failure's expected vs actual. */
function smokeCell(name, all) {
    const samples = all.filter((s) => s.metric === name);
    const passed = samples.filter((s) => s.verdict === 'pass').length;
    const failed = [...samples].reverse().find((s) => s.verdict === 'fail');
    const detail = failed ? `; expected ${failed.expected ?? '?'}, got ${failed.actual ?? '?'}` : '';
    return `${failed ? '❌' : '✅'} ${(0,runner_summary/* escapeMarkdown */.FV)(name)}: ${passed}/${samples.length} passed${(0,runner_summary/* escapeMarkdown */.FV)(detail)}`;
}
/** The job summary: the outcome, a timeline of steps and decisions, and a chart per metric. */
function canarySummary(state, metrics, now = Date.now()) {
    const outcome = state.phase === 'promoted'
        ? '✅ promoted'
        : state.phase === 'aborted'
            ? '🛑 aborted'
            : state.phase === 'paused'
                ? '⏸️ paused'
                : state.phase;
    const summary = new runner_summary/* SummaryBuilder */.CF().heading(`Canary of ${(0,runner_summary/* escapeMarkdown */.FV)(state.release)}: ${outcome}`);
    const lines = [
        `Image \`${state.image}\` in namespace \`${state.namespace}\` through ${state.provider}, ${(0,src_duration/* formatDuration */.a)(Math.max(0, now - state.startedAt))} since the start.`,
    ];
    if (state.phase === 'aborted')
        lines.push(`**Why:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.abortReason ?? 'aborted')}`);
    if (state.failedCheck?.actual !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)}: expected ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}, got ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.actual)}`);
    else if (state.failedCheck?.value !== undefined)
        lines.push(`**Failed check:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.metric)} = ${state.failedCheck.value}, threshold ${(0,runner_summary/* escapeMarkdown */.FV)(state.failedCheck.threshold)}`);
    if (state.phase === 'paused')
        lines.push(`**Paused:** ${(0,runner_summary/* escapeMarkdown */.FV)(state.pausedReason ?? '')}. Run again with \`action: resume\`, \`promote\` or \`abort\`.`);
    if (state.phase === 'paused' && state.deployment)
        lines.push(`**GitHub deployment:** ${state.deployment.id} in ${(0,runner_summary/* escapeMarkdown */.FV)(state.deployment.environment)} stays in_progress; the run that promotes or aborts the canary finishes it.`);
    summary.paragraph(lines.join('<br>'));
    summary.table(['Time', 'Step', 'Weight', 'Pause', 'Decision', 'Detail'], state.timeline.map((entry) => {
        const step = state.steps[entry.step];
        return [
            `+${(0,src_duration/* formatDuration */.a)(Math.max(0, entry.at - state.startedAt))}`,
            entry.step >= 0 ? `${entry.step + 1}/${state.steps.length}` : '–',
            `${entry.weight}%`,
            step ? (step.manual ? 'manual' : step.pauseMs ? (0,src_duration/* formatDuration */.a)(step.pauseMs) : '–') : '–',
            `${ICON[entry.decision] ?? ''} ${entry.decision}`,
            (0,runner_summary/* escapeMarkdown */.FV)(entry.detail),
        ];
    }));
    // Capacity that followed the weight: the replicas of each side at every step.
    const scaled = state.analyses.some((a) => a.replicas);
    const hpa = state.capacity?.hpa ? ` (HPA ${(0,runner_summary/* escapeMarkdown */.FV)(state.capacity.hpa)})` : '';
    const stepRows = state.analyses.map((a) => [
        `${a.step + 1}`,
        `${a.weight}%`,
        ...(scaled ? [a.replicas ? `canary ${a.replicas.canary} · stable ${a.replicas.stable}${hpa}` : '–'] : []),
        a.verdict === 'pass' ? '✅ pass' : a.verdict === 'fail' ? '❌ fail' : '❔ inconclusive',
        { raw: metricCell({ ...state, analyses: [a] }, a.step, metrics) },
    ]);
    if (stepRows.length)
        summary
            .heading('Analysis per step', 3)
            .table(['Step', 'Weight', ...(scaled ? ['Replicas'] : []), 'Verdict', 'Samples'], stepRows);
    const loads = (0,load_output/* stepLoads */.e)(state);
    if (loads.length)
        summary.heading('Generated load per step', 3).table(['Step', 'Weight', 'Sent', 'Achieved', 'Error rate', 'p50', 'p95', 'p99'], loads.map(({ step, weight, figures }) => {
            const ms = (value) => (value === undefined ? '–' : `${value} ms`);
            return [
                `${step}`,
                `${weight}%`,
                `${figures.sent}`,
                `${figures.rps}/s`,
                `${+(figures.errorRate * 100).toFixed(2)}%`,
                ms(figures.latency?.p50),
                ms(figures.latency?.p95),
                ms(figures.latency?.p99),
            ];
        }));
    for (const spec of metrics) {
        const chart = metricChart(state, spec);
        if (chart)
            summary
                .heading(`${(0,runner_summary/* escapeMarkdown */.FV)(spec.name)} against ${(0,runner_summary/* escapeMarkdown */.FV)((0,metric_spec/* formatThreshold */.B6)(spec))}`, 3)
                .code(chart, 'mermaid');
    }
    return summary;
}

;// CONCATENATED MODULE: ./packages/notify/src/notify-summary.ts

const TRANSPORT = { webhook: 'incoming webhook', 'web-api': 'Web API' };
const METHOD = {
    posted: 'chat.postMessage',
    replied: 'chat.postMessage (thread reply)',
    updated: 'chat.update',
};
/** What was sent where, never how (no webhook URL, no token): the table of one notification. */
function notifySummary(result, status, fallbackText) {
    const heading = result.ok ? `Slack: ✅ message ${result.action}` : `Slack: ⚠️ message not sent (${result.error})`;
    const via = result.transport === 'webhook' ? TRANSPORT.webhook : `${TRANSPORT['web-api']} ${METHOD[result.action]}`;
    const rows = [
        ['Message', status ? `built-in "${status}"` : 'custom payload'],
        ['Sent through', via],
        ['Channel', result.channel || (result.transport === 'webhook' ? "the webhook's channel" : '–')],
    ];
    if (result.ts)
        rows.push(['Message ts', result.ts]);
    if (result.action === 'replied' || result.action === 'updated')
        rows.push(['Thread ts', result.threadTs || '–']);
    rows.push(['Attempts', String(result.attempts)]);
    if (!result.ok)
        rows.push(['Error', `${result.error}: ${result.detail}`]);
    const summary = new runner_summary/* SummaryBuilder */.CF().heading(heading).table(['What', 'Value'], rows);
    if (fallbackText)
        summary.paragraph('Notification text:').code(fallbackText);
    return summary;
}

// EXTERNAL MODULE: ./packages/image/src/signing/verify-deploy.ts + 2 modules
var verify_deploy = __webpack_require__(8521);
;// CONCATENATED MODULE: ./packages/delivery/src/delivery-summary.ts






const MARK = { succeeded: '✅', failed: '❌', paused: '⏸️', skipped: '⏭️' };
const HEADLINE = { succeeded: '✅ delivered', failed: '❌ failed', paused: '⏸️ paused' };
/** One job summary for the whole delivery: a table of stages, then each stage's own summary. */
function deliverySummary(plan, report) {
    const summary = new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway: ${plan.deploy.release} to ${plan.environment} ${HEADLINE[report.result]}`)
        .table(['Stage', 'Result', 'Detail'], report.stages.map((s) => [s.stage, `${MARK[s.outcome]} ${s.outcome}`, s.detail]));
    if (plan.image)
        summary.paragraph(`Image: \`${plan.image.replace(/`/g, '')}\` in namespace \`${plan.namespace}\``);
    (0,verify_deploy/* verifiedSummary */.x)(summary, report.verified, report.chartImages);
    // Each stage's summary is rendered as the single action writes it; the whole stays under 1 MiB.
    if (report.deploy)
        summary.paragraph((0,deploy_summary/* deploySummary */.e)(report.deploy).render());
    if (report.canary)
        summary.paragraph(canarySummary(report.canary.state, plan.canary?.metrics ?? []).render());
    if (report.smoke)
        summary.paragraph((0,smoke_summary/* smokeSummary */.W)(report.smoke).render());
    if (report.notify)
        summary.paragraph(notifySummary(report.notify, report.notifyStatus, undefined).render());
    return summary;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/github-limits.ts
/**
 * GitHub's limits that a fleet plan must stay within (../shared/FIELD.md, "GitHub platform
 * facts", re-checked against docs.github.com "Defining outputs for jobs" and "Running variations
 * of jobs in a workflow"):
 * - a matrix generates at most 256 jobs per workflow run;
 * - "Outputs can be a maximum of 1 MB per job. The total of all outputs in a workflow run can be
 *   a maximum of 50 MB. Size is approximated based on UTF-16 encoding." (github/docs #54832,
 *   2025; FIELD.md still has the older "1 MB each"): the plan job's outputs together stay under
 *   1 MB counted as UTF-16, 2 bytes per code unit, and 1 MB read as 1,000,000 bytes (the safe side).
 */
const GITHUB_LIMITS = {
    matrixJobs: 256,
    jobOutputBytes: 1_000_000,
    runOutputBytes: 50_000_000,
};
/**
 * The stages a fleet workflow can run: a workflow cannot make jobs at run time, so each stage is
 * a fixed slot of jobs in the workflow file, and a plan with more stages than slots is refused.
 */
const FLEET_STAGE_SLOTS = 6;
/** The waves a stage slot of the fleet workflow runs (fleet-stage.yml's wave jobs), in order. */
const FLEET_WAVE_SLOTS = 8;
/** The size GitHub counts for an output: UTF-16 code units, two bytes each. */
function outputBytes(text) {
    return text.length * 2;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-outputs.ts

function stageSlot(stage) {
    return {
        name: stage.name,
        githubEnvironment: stage.githubEnvironment,
        soakSeconds: Math.ceil(stage.soakMs / 1000),
        onFailure: stage.onFailure,
        waveCount: stage.waves.length,
        waves: stage.waves.map((wave) => wave.matrix),
        maxParallel: stage.waves.map((wave) => wave.maxParallel),
    };
}
function fleetOutputs(plan) {
    const outputs = {
        plan: JSON.stringify(plan),
        'build-matrix': JSON.stringify({ include: plan.builds }),
        environments: JSON.stringify(plan.stages.map((s) => s.name)),
        jobs: String(plan.jobs),
    };
    for (let slot = 1; slot <= FLEET_STAGE_SLOTS; slot++) {
        const stage = plan.stages[slot - 1];
        outputs[`stage-${slot}`] = stage ? JSON.stringify(stageSlot(stage)) : '';
    }
    return outputs;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/plan-waves.ts
/**
 * The waves of an environment: the explicit `waves`, or chunks of `max-parallel` clusters, or
 * chunks of `wave-percent` of them (ceil(n × p / 100), at least one), in declaration order.
 * Without any of them, every cluster is in one wave: all at once, as a plain matrix runs.
 * Valid settings only (load-config checked that waves name each declared cluster once).
 */
function groupWaves(clusters, settings) {
    if (settings.waves)
        return { rule: 'waves', waves: settings.waves.map((wave) => [...wave]) };
    const size = settings['max-parallel'];
    if (size !== undefined)
        return { rule: 'max-parallel', waves: chunks(clusters, size), clustersAtOnce: size };
    if (settings['wave-percent'] !== undefined) {
        const share = Math.max(1, Math.ceil((clusters.length * settings['wave-percent']) / 100));
        return { rule: 'wave-percent', waves: chunks(clusters, share), clustersAtOnce: share };
    }
    return { rule: 'one wave', waves: clusters.length ? [[...clusters]] : [] };
}
function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/plan-fleet.ts







/**
 * slipway.yml as the jobs a fleet workflow runs: stages in the file's order, each in waves, each
 * wave one matrix of services × clusters. Refused (ConfigError naming the limit and the place in
 * slipway.yml) when a matrix would pass GitHub's 256 jobs, the outputs its 1 MB per job, or the
 * stages the workflow's slots.
 */
function planFleet(config, request = {}) {
    const { file } = config;
    const envNames = subset('environments', Object.keys(file.environments), request.environments, config.name);
    const all = fleetServices(file);
    const chosen = subset('services', all.map((s) => s.name), request.services, config.name);
    const services = all.filter((s) => chosen.includes(s.name));
    if (envNames.length > FLEET_STAGE_SLOTS)
        throw config.problem(['environments'], `at most ${FLEET_STAGE_SLOTS} stages in one run (the fleet workflow's stage slots); deliver fewer with the environments input`, `${envNames.length} (${envNames.join(', ')})`);
    const base = request.base ?? '.';
    const builds = services
        .filter((s) => !s.image)
        .map((s) => ({
        service: s.name,
        context: external_node_path_.posix.join(base, s.context),
        dockerfile: external_node_path_.posix.join(base, s.dockerfile ?? external_node_path_.posix.join(s.context, 'Dockerfile')),
    }));
    if (builds.length > GITHUB_LIMITS.matrixJobs)
        throw config.problem(['services'], `at most ${GITHUB_LIMITS.matrixJobs} services to build (GitHub's limit of jobs per matrix)`, `${builds.length}`);
    const stages = envNames.map((name) => planStage(config, name, (0,own_value/* ownValue */.e)(file.environments, name), services, request.clusters));
    if (request.clusters?.length) {
        const known = stages.flatMap((stage) => clusterNames(stage.name, (0,own_value/* ownValue */.e)(file.environments, stage.name)));
        const unknown = request.clusters.find((name) => !known.includes(name));
        if (unknown !== undefined)
            throw (0,input_error/* inputError */.X)('clusters', `clusters of ${envNames.join(', ')} in ${config.name} (${known.join(', ')})`, unknown);
    }
    const plan = {
        stages,
        services: services.map((s) => ({ name: s.name, release: s.release, image: s.image ?? '' })),
        builds,
        jobs: stages.reduce((n, s) => n + s.waves.reduce((m, w) => m + w.matrix.include.length, 0), 0),
    };
    checkOutputSize(config, plan);
    return plan;
}
function planStage(config, name, env, services, only) {
    const envPath = ['environments', name];
    const clusters = stageClusters(name, env);
    const byName = new Map(clusters.map((c) => [c.name, c]));
    const grouped = groupWaves(clusters.map((c) => c.name), env);
    const groups = only?.length
        ? {
            ...grouped,
            waves: grouped.waves.map((wave) => wave.filter((c) => only.includes(c))).filter((wave) => wave.length),
        }
        : grouped;
    if (groups.waves.length > FLEET_WAVE_SLOTS)
        throw config.problem(wavePath(envPath, groups.rule, FLEET_WAVE_SLOTS, env), `at most ${FLEET_WAVE_SLOTS} waves in a stage (the fleet workflow's wave slots); group the clusters in fewer, larger waves`, `${groups.waves.length} waves (${groups.rule})`);
    const smoke = Boolean(env.smoke?.checks ?? config.file.smoke?.checks);
    const soakMs = env.soak === undefined ? 0 : (0,src_duration/* parseDurationMs */.y)(env.soak);
    if (soakMs === undefined)
        throw config.problem([...envPath, 'soak'], 'a duration such as "30m" or "1h"', JSON.stringify(env.soak));
    const waves = groups.waves.map((names, index) => {
        const include = services.flatMap((service) => names.map((clusterName) => {
            const cluster = byName.get(clusterName);
            const deploy = serviceStrategy(config.file, service, name);
            const blueGreen = deploy.strategy === 'blue-green';
            return {
                service: service.name,
                release: service.release,
                image: service.image ?? '',
                stage: name,
                cluster: cluster.name,
                region: cluster.region ?? '',
                kubeconfigSecret: cluster['kubeconfig-secret'] ?? secretName(cluster.name),
                kubeContext: cluster.context ?? env.context ?? '',
                namespace: cluster.namespace ?? env.namespace,
                strategy: blueGreen ? 'blue-green' : '',
                route: blueGreen ? (deploy.route?.value ?? '') : '',
                stages: smoke ? 'deploy,smoke' : 'deploy',
                url: cluster.url ?? env.url ?? '',
                wave: index + 1,
            };
        }));
        if (include.length > GITHUB_LIMITS.matrixJobs)
            throw config.problem(wavePath(envPath, groups.rule, index, env), `at most ${GITHUB_LIMITS.matrixJobs} deploy jobs in a wave (GitHub's limit of jobs per matrix); group the clusters in smaller waves (waves, max-parallel or wave-percent) or deliver fewer services per run`, `${include.length} in wave ${index + 1} (${count(services.length, 'service')} × ${count(names.length, 'cluster')})`);
        // A wave of the max-parallel and wave-percent forms holds that many clusters: all of them at once.
        const clustersAtOnce = Math.min(names.length, groups.clustersAtOnce ?? names.length);
        const maxParallel = Math.max(1, Math.min(include.length, clustersAtOnce * services.length));
        return { wave: index + 1, clusters: names, matrix: { include }, maxParallel };
    });
    return {
        name,
        githubEnvironment: env['github-environment'] ?? name,
        namespace: env.namespace,
        url: env.url ?? '',
        soak: env.soak ?? '',
        soakMs,
        onFailure: env['on-failure'] ?? 'halt',
        waveRule: groups.rule,
        waves,
    };
}
/** The environment's clusters; without any, one named after the environment. */
function stageClusters(name, env) {
    return env.clusters ?? [{ name, 'kubeconfig-secret': secretName(name) }];
}
const clusterNames = (name, env) => stageClusters(name, env).map((c) => c.name);
/** Where a too-large wave comes from: the wave itself, the key that sized it, or the clusters. */
function wavePath(envPath, rule, index, env) {
    if (rule === 'waves')
        return [...envPath, 'waves', index];
    if (rule !== 'one wave')
        return [...envPath, rule];
    return env.clusters ? [...envPath, 'clusters'] : envPath;
}
function checkOutputSize(config, plan) {
    const bytes = Object.values(fleetOutputs(plan)).reduce((n, text) => n + outputBytes(text), 0);
    if (bytes <= GITHUB_LIMITS.jobOutputBytes)
        return;
    const largest = [...plan.stages].sort((a, b) => jobsOf(b) - jobsOf(a))[0];
    throw config.problem(largest ? ['environments', largest.name] : ['environments'], `a plan within GitHub's ${GITHUB_LIMITS.jobOutputBytes / 1_000_000} MB of outputs per job (counted as UTF-16); deliver fewer stages or services per run (the environments and services inputs)`, `${(bytes / 1_000_000).toFixed(2)} MB for ${plan.jobs} deploy jobs`);
}
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
const jobsOf = (stage) => stage.waves.reduce((n, w) => n + w.matrix.include.length, 0);
/** `KUBECONFIG_EU_1` for "eu-1": a secret name GitHub accepts (letters, digits, _). */
function secretName(name) {
    return `KUBECONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** The names asked for, in the file's order; an unknown name is an error naming the input. */
function subset(input, names, asked, file) {
    if (!asked?.length)
        return names;
    const unknown = asked.find((name) => !names.includes(name));
    if (unknown !== undefined)
        throw (0,input_error/* inputError */.X)(input, `${input} that ${file} names (${names.join(', ')})`, unknown);
    return names.filter((name) => asked.includes(name));
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-summary.ts

/** Clusters named per wave in the table; a wave of a thousand says how many more. */
const CLUSTERS_SHOWN = 8;
/** The plan step's job summary: one row per wave, what happens after each stage. */
function fleetSummary(plan) {
    const builds = plan.builds.map((b) => b.service);
    const given = plan.services.filter((s) => s.image).map((s) => `${s.name} (${s.image})`);
    const rows = plan.stages.flatMap((stage) => stage.waves.map((wave, index) => [
        index === 0 ? stage.name : '',
        String(wave.wave),
        clusterList(wave.clusters),
        String(wave.matrix.include.length),
        index === stage.waves.length - 1 ? afterStage(stage) : '',
    ]));
    return new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway plan: ${plan.jobs} deploy jobs, ${plan.services.length} services, ${plan.stages.length} stages`)
        .paragraph([`Built: ${builds.length ? builds.join(', ') : 'none'}`, given.length ? `given: ${given.join(', ')}` : '']
        .filter(Boolean)
        .join('; ')
        .replace(/[<>|`]/g, ''))
        .table(['Stage', 'Wave', 'Clusters', 'Deploy jobs', 'After the stage (soak / on-failure)'], rows);
}
function clusterList(names) {
    const shown = names.slice(0, CLUSTERS_SHOWN).join(', ');
    return names.length > CLUSTERS_SHOWN ? `${shown} … (${names.length} in all)` : shown;
}
function afterStage(stage) {
    return `${stage.soak ? `soak ${stage.soak}` : 'no soak'} / ${stage.onFailure}`;
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-state.ts
const OUTCOMES = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'cancelled',
    skipped: 'not started',
};
/**
 * The fleet after a run, from the plan and what its jobs reported: `stage-<n>` (the stage slot's
 * result) and `stage-<n>-waves` (its wave slots' results, comma separated). A stage that succeeded
 * ran every wave; in a failed one, the failed wave was rolled back by its own jobs, the waves
 * after it never started, and the earlier ones keep the new build, or under rollback-stage are
 * back on their previous revision. Without the waves' results a failed stage is "unknown".
 */
function fleetState(plan, digests, results) {
    const waves = plan.stages.flatMap((stage, index) => {
        const stageResult = results[`stage-${index + 1}`] ?? '';
        const reported = (results[`stage-${index + 1}-waves`] ?? '').split(',');
        const outcomes = stage.waves.map((_, w) => {
            if (stageResult === 'success')
                return 'succeeded';
            if (stageResult === 'skipped' || stageResult === '')
                return 'not started';
            return OUTCOMES[reported[w] ?? ''] ?? (reported.some(Boolean) ? 'not started' : 'unknown');
        });
        const failedAt = outcomes.findIndex((o) => o === 'failed' || o === 'cancelled');
        return stage.waves.map((wave, w) => {
            const outcome = outcomes[w];
            const rolledBack = outcome === 'failed' || outcome === 'cancelled' || (stage.onFailure === 'rollback-stage' && w < failedAt);
            const runs = (service, image) => {
                if (outcome === 'unknown')
                    return { service, runs: 'unknown' };
                if (rolledBack)
                    return { service, runs: 'previous' };
                if (outcome !== 'succeeded')
                    return { service, runs: 'unchanged' };
                return { service, runs: 'new', image: image || (digests[service] ?? '') };
            };
            return {
                stage: stage.name,
                wave: wave.wave,
                outcome,
                rolledBack,
                clusters: wave.clusters.map((cluster) => {
                    const jobs = wave.matrix.include.filter((job) => job.cluster === cluster);
                    return {
                        stage: stage.name,
                        wave: wave.wave,
                        cluster,
                        region: jobs[0]?.region ?? '',
                        services: jobs.map((job) => runs(job.service, job.image)),
                    };
                }),
            };
        });
    });
    const values = Object.values(results);
    const allRan = plan.stages.every((_, index) => results[`stage-${index + 1}`] === 'success');
    const status = values.includes('cancelled')
        ? 'cancelled'
        : values.includes('failure') || !allRan
            ? 'failed'
            : 'succeeded';
    return { status, waves };
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-report.ts

/** What one service is in a cluster after the run, in a word or its image. */
function serviceRuns(state) {
    if (state.runs === 'new')
        return state.image || 'the build of this run (no digest reported)';
    if (state.runs === 'previous')
        return 'previous revision (rolled back)';
    return state.runs === 'unchanged' ? 'unchanged (not delivered)' : 'unknown (see the run)';
}
function waveText(wave) {
    const rolledBack = wave.rolledBack && wave.outcome === 'succeeded' ? ', then rolled back (rollback-stage)' : '';
    const own = wave.rolledBack && wave.outcome !== 'succeeded' ? ', rolled back' : '';
    return `wave ${wave.wave} ${wave.outcome}${own}${rolledBack}`;
}
/** No comma: slack-notify's fields input is a list (comma or newline separated). */
const clusterLabel = (c) => [c.cluster, `${c.stage} wave ${c.wave}`, c.region].filter(Boolean).join(' · ');
/**
 * Clusters named one field each in the message: Slack shows 50 blocks of 10 fields (the header,
 * text and links take some), and slack-notify takes 1000 fields; the summary names them all.
 */
const SLACK_CLUSTERS_SHOWN = 400;
/**
 * The Slack message's parts for slack-notify: one field per cluster (`<cluster> · <stage> wave n=
 * api: repo@sha256:… · web: …`, its fields input), and the waves' outcomes per stage (its text).
 */
function fleetSlack(state) {
    const clusters = state.waves.flatMap((w) => w.clusters);
    const lines = clusters
        .slice(0, SLACK_CLUSTERS_SHOWN)
        .map((c) => `${clusterLabel(c)}=${c.services.map((s) => `${s.service}: ${serviceRuns(s)}`).join(' · ')}`);
    const left = clusters.length - SLACK_CLUSTERS_SHOWN;
    if (left > 0)
        lines.push(`more clusters=${left} more in the report job's summary`);
    const fields = lines.join('\n');
    const stages = [...new Set(state.waves.map((w) => w.stage))];
    const text = stages
        .map((stage) => `${stage}: ${state.waves
        .filter((w) => w.stage === stage)
        .map(waveText)
        .join(', ')}`)
        .join('\n');
    return { fields, text };
}
/** The report job's summary: the fleet's state, one row per cluster and service. */
function fleetStateSummary(state) {
    const rows = state.waves.flatMap((wave) => wave.clusters.flatMap((c) => c.services.map((s) => [c.stage, String(c.wave), waveText(wave), c.cluster, c.region, s.service, serviceRuns(s)])));
    return new runner_summary/* SummaryBuilder */.CF()
        .heading(`Slipway fleet: ${state.status}`)
        .table(['Stage', 'Wave', 'Outcome', 'Cluster', 'Region', 'Service', 'Runs'], rows);
}

;// CONCATENATED MODULE: ./packages/delivery/src/fleet/fleet-digests.ts

/**
 * The services the plan builds, each resolved once from the tag its build pushed to the digest
 * the registry serves for it. A matrix build job cannot hand each leg's digest on (one set of job
 * outputs for all legs), so the registry is the hand-off: the tag is one only this run pushes,
 * resolved after every build leg finished and before any wave, so its digest is the manifest the
 * build pushed (the same sha256 build-push outputs), and every cluster then gets those bytes
 * even if a tag moves later. A service with no manifest under the tag fails the step.
 */
async function fleetDigests(plan, options) {
    // The registry client loads only in mode digests.
    const { parseImageRef, digestRef, taggedRef, RegistryClient } = await __webpack_require__.e(/* import() */ 801).then(__webpack_require__.bind(__webpack_require__, 182));
    const client = options.client ??
        ((registry) => new RegistryClient(registry, {
            ...(options.credentials ? { credentials: options.credentials } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
        }));
    const digests = [];
    for (const { service } of plan.builds) {
        const image = parseImageRef(`${options.registry}/${service}`, "Input 'registry'", { allowTag: false });
        const tagged = taggedRef(image, options.tag);
        const found = await client(image.registry).headManifest(image.repository, options.tag);
        if (!found)
            throw new Error(`${tagged}: no manifest in the registry (the build job pushed none under this tag); no wave deploys`);
        const pinned = digestRef(image, found.digest);
        options.logger.info(`${service}: ${tagged} is ${pinned}`);
        digests.push({ service, tagged, pinned });
    }
    return digests;
}
/** The digests step's output: service → <registry>/<service>@sha256:…, as the waves index it. */
function digestsOutput(digests) {
    return JSON.stringify(Object.fromEntries(digests.map((d) => [d.service, d.pinned])));
}
function digestsSummary(digests) {
    return new runner_summary/* SummaryBuilder */.CF().heading(`Slipway digests: ${digests.length} services built`).table(['Service', 'Pushed as', 'Every wave deploys'], digests.map((d) => [d.service, d.tagged, d.pinned]));
}

;// CONCATENATED MODULE: ./packages/delivery/src/index.ts





















/***/ }),

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
