import {
  anything,
  array,
  boolean,
  either,
  integer,
  number,
  object,
  oneOf,
  record,
  string,
  type Infer,
} from './schema/json-schema';
import { ATTESTATION_TYPE } from '@slipway/image';
import { DNS_LABEL, DNS_LABEL_MAX } from '@slipway/helm';
import { GATE_TYPES, LOAD_VALUES, METRIC_PROVIDERS } from '@slipway/canary';

/**
 * The one definition of slipway.yml: the published slipway.schema.json is rendered from it
 * (`npm run schema`, checked fresh by a test) and the types below are inferred from it.
 */
const duration = (description: string, example: string) =>
  string({ description, pattern: '^\\d+(\\.\\d+)?(ms|s|m|h)?(\\d+(\\.\\d+)?(ms|s|m|h))*$', examples: [example] });
const httpUrl = (description: string, example: string) =>
  string({ description, pattern: '^https?://\\S+$', examples: [example] });
const objectName = (description: string) =>
  string({ description, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 253, examples: ['web'] });
const valuesMap = (description: string) => record(anything(), { description, examples: [{ replicaCount: 3 }] });
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
    description:
      'rolling (helm upgrade of the release; the default), or blue-green: the new version goes into the idle colour (release "<release>-blue" or "<release>-green"), then the live Service named after the release (or the HTTPRoute named by route) is switched to it. Not with a canary in the same environment.',
  }),
  route: string({
    description:
      "strategy blue-green: an HTTPRoute (Gateway API v1, in the namespace, kept out of the chart) whose backendRefs are switched to the new colour's Service, instead of the selector of the Service named after the release. One route per service.",
    pattern: DNS_LABEL.source,
    maxLength: DNS_LABEL_MAX,
    examples: ['web'],
  }),
  'keep-previous': either(
    [
      // Any count here: helm-deploy's parser says what a number other than 0 or 1 lacks (a unit).
      integer({ minimum: 0 }),
      string({ pattern: '^(until-next|[01]|(\\d+(\\.\\d+)?(ms|s|m|h))+)$', examples: ['until-next', '15m'] }),
    ],
    {
      description:
        'strategy blue-green: how long the colour that served before keeps running, so a rollback is one switch: until-next or 1 (the default), 0 (scaled down after the switch), or a duration up to 6h such as "15m".',
    },
  ),
};

const expectation = object(
  {
    status: anything({ description: 'A code, a range such as "2xx" or "200-204", or a list of those.' }),
    'body-contains': anything({ description: 'Text or a list of texts.' }),
    'body-matches': string({ description: 'A regular expression.' }),
    json: record(anything(), { description: 'JSON paths and the values they must hold.' }),
    header: record(string(), { description: 'Header names and the values (or /regex/) they must hold.' }),
    'max-latency': duration('Slowest acceptable answer.', '500ms'),
  },
  { description: "What the answer must be, as smoke checks' expect takes it." },
);

const smokeCheck = either(
  [
    string({ description: 'A path ("/health") or a whole URL.', minLength: 1 }),
    object(
      {
        name: string({ description: 'Shown in logs and the summary.' }),
        url: httpUrl('A whole URL (instead of path).', 'https://web.example.com/health'),
        path: string({ description: 'A path under base-url.', examples: ['/health'] }),
        method: oneOf(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
        headers: record(
          string({
            description:
              'Text as written, or naming environment variables, such as "Bearer {{ env.SMOKE_TOKEN }}" (filled from the step\'s env:, masked).',
            examples: ['application/json', 'Bearer {{ env.SMOKE_TOKEN }}'],
          }),
          {
            description:
              'Header names and values; a secret is never written here: name an environment variable set from it.',
          },
        ),
        body: anything({ description: 'Text, or a map/list sent as JSON.' }),
        expect: expectation,
        repeat: integer({ minimum: 1, maximum: 1000 }),
        timeout: duration('Per-request timeout.', '10s'),
      },
      { description: "One check, as smoke-test's checks input takes it." },
    ),
  ],
  { description: 'A check: a path, a URL or a map.' },
);

const smoke = object(
  {
    'base-url': httpUrl(
      "Base URL of the checks' paths. Default: the environment's url.",
      'https://staging.example.com',
    ),
    checks: array(smokeCheck, { minItems: 1, description: "The checks, as smoke-test's checks input takes them." }),
    timeout: duration('Deadline for all checks, retries included.', '2m'),
    interval: duration('First wait between retries of a failing check.', '2s'),
    'request-timeout': duration('Default timeout of one request.', '10s'),
  },
  { description: 'Smoke checks run after the deploy (and after a promoted canary).' },
);

/** A secret is never written in slipway.yml: a canary's header values name environment variables. */
const secretHeaders = record(
  string({
    description:
      'Text naming environment variables, such as "Bearer {{ env.GATE_TOKEN }}"; set them from secrets in the step\'s env:.',
    examples: ['Bearer {{ env.GATE_TOKEN }}'],
  }),
  { description: 'Header names and values; every value names an environment variable, never holds the secret.' },
);
const placeholderUrl = (description: string, example: string) =>
  string({
    description: `${description} With {{ canary }}, {{ stable }}, {{ namespace }}, {{ interval }}.`,
    minLength: 1,
    examples: [example],
  });

const metric = object(
  {
    name: string({ pattern: '^[A-Za-z0-9._-]+$' }),
    provider: oneOf(METRIC_PROVIDERS, {
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
    value: oneOf(LOAD_VALUES, { description: 'provider load: which figure of the generated load.' }),
    min: number(),
    max: number(),
  },
  { description: 'A metric (a Prometheus query, a web endpoint or the generated load) and its thresholds.' },
);

const gate = object(
  {
    name: string({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$', examples: ['approve'] }),
    type: oneOf(GATE_TYPES, { description: 'When the gate is called.' }),
    url: placeholderUrl('The webhook.', 'https://gate.example.com/check?ns={{ namespace }}'),
    method: oneOf(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], { description: 'Default: POST.' }),
    headers: secretHeaders,
    timeout: duration('Per call, from 100ms to 10m. Default: 10s.', '10s'),
    expect: expectation,
    'on-failure': oneOf(['abort', 'pause', 'warn'], {
      description:
        'abort (default) or pause; confirm-promotion defaults to pause; post-rollout and on-rollback only warn.',
    }),
    metadata: record(string(), { description: "Sent as is in the payload's metadata." }),
  },
  { required: ['type', 'url'], description: "An HTTP gate, as the canary action's gates input takes it." },
);

const load = object(
  {
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
  },
  {
    required: ['url', 'rps'],
    description: "Load driven at the canary through each step's analysis, as the canary action's load input takes it.",
  },
);

const canary = object(
  {
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
    'scale-down-stable': boolean({
      description:
        'gateway-api, nginx: stable scales down as the canary takes traffic, and back up before traffic returns (not with an HPA on stable).',
    }),
    header: string({ description: 'A header that always reaches the canary.', examples: ['X-Canary: always'] }),
    // An http(s) URL whose placeholders may hold spaces, as in its example.
    'smoke-base-url': string({
      description: "When set, the environment's smoke checks also run against the canary at every sample.",
      pattern: '^https?://(?:[^\\s{}]|\\{\\{\\s*[a-z]+\\s*\\}\\})+$',
      examples: ['http://{{ canary }}.{{ namespace }}.svc:8080'],
    }),
  },
  { description: 'Progressive delivery: the new image as a canary beside the stable release, promoted by itself.' },
);

const notify = object(
  {
    channel: string({
      description: 'A channel ID or #name (with the slack-token input).',
      pattern: '^(#[a-z0-9][a-z0-9._-]{0,79}|[CDG][A-Z0-9]{2,})$',
      examples: ['#deploys'],
    }),
    'mention-on-failure': array(string({ pattern: '^([UWS][A-Z0-9]{2,}|here|channel)$', examples: ['U0123ABCD'] })),
    'fail-on-error': boolean({ description: 'Fail the delivery when Slack refuses the message.' }),
    timeout: duration('Budget for sending, retries included.', '30s'),
  },
  { description: 'The Slack message at the end (slack-webhook-url or slack-token input).' },
);

const verify = object(
  {
    key: string({
      description: 'The cosign public key: PEM text, a KMS URI, or a key file relative to the folder of slipway.yml.',
      minLength: 1,
      examples: ['./cosign.pub', 'awskms:///alias/deploy'],
    }),
    attestations: array(string({ pattern: ATTESTATION_TYPE.source, examples: ['slsaprovenance1'] }), {
      description:
        'Attestation types that must be present and signed by the key, as cosign --type names them, or predicate type URIs.',
    }),
  },
  {
    description:
      "Verification policy: before anything changes, the image's digest must be signed by the key (and carry these attestations); that digest is what is delivered. An environment's block overrides the top-level one key by key.",
  },
);

const clusterName = string({
  description: 'A cluster name, unique in its environment.',
  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  maxLength: 63,
  examples: ['eu-1'],
});

const cluster = object(
  {
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
  },
  { required: ['name'], description: 'One cluster of an environment.' },
);

const environment = object(
  {
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
      description:
        'When a wave fails: halt (its clusters roll back, earlier waves keep the new version; the default) or rollback-stage (earlier waves roll back too).',
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
    'check-image': boolean(),
    'create-namespace': boolean({ description: 'Create the namespace when it does not exist.' }),
    ...deployStrategy,
    smoke,
    canary,
    notify,
    verify,
  },
  { required: ['namespace'], description: 'One environment: where and how it is delivered.' },
);

const serviceValues = object(
  {
    'values-files': valuesFiles,
    set: valuesMap("Values over the service's and the environment's."),
    ...deployStrategy,
  },
  { description: "The service's values and deploy strategy in one environment." },
);

const service = object(
  {
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
  },
  { required: ['name'], description: 'One service of the fleet.' },
);

export const slipwayFileSchema = object(
  {
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
    'image-values': object(
      { repository: string(), tag: string(), digest: string() },
      { description: 'Where the image parts go in the chart values ("" leaves one out).' },
    ),
    timeout: duration('Rollout timeout.', '5m'),
    'check-image': boolean({ description: 'Check the image exists in its registry first.' }),
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
  },
  {
    // release and chart are required without services: checked by fleet-checks.ts.
    required: ['environments'],
    description: 'Slipway: how services are delivered (release and chart are required without services).',
  },
);

export type SlipwayFile = Infer<typeof slipwayFileSchema>;
export type EnvironmentSettings = SlipwayFile['environments'][string];
export type SmokeSettings = NonNullable<SlipwayFile['smoke']>;
export type CanarySettings = NonNullable<EnvironmentSettings['canary']>;
export type NotifySettings = NonNullable<SlipwayFile['notify']>;
export type VerifySettings = NonNullable<SlipwayFile['verify']>;
export type ServiceSettings = NonNullable<SlipwayFile['services']>[number];
export type ClusterSettings = NonNullable<EnvironmentSettings['clusters']>[number];
/** The keys of a deploy strategy, set at any of its layers. */
export type StrategySettings = Partial<Pick<EnvironmentSettings, 'strategy' | 'route' | 'keep-previous'>>;

/** slipway.schema.json as published. */
export function publishedSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'slipway.yml',
    ...slipwayFileSchema.json,
  };
}
