import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';
import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import type { DeliveryPlan, Stage } from '@slipway/delivery';
import type { CosignInputs } from '@slipway/image';

export interface DeliverInputs {
  mode: 'deliver';
  plan: DeliveryPlan;
  kubeconfigYaml: string | undefined;
  slack: { kind: 'webhook'; url: string } | { kind: 'web-api'; apiUrl: string; token: string } | undefined;
  github: { token: string; failOnError: boolean } | undefined;
  /** Which cosign verifies slipway.yml's policy when none on PATH fits (cosign-version, cosign-download-url). */
  cosign: CosignInputs;
}

/** mode: plan, the plan step of a fleet: slipway.yml in, job matrices out. */
export interface PlanInputs {
  mode: 'plan';
  /** Resolved inside the workspace; and as the user gave it (shown in messages). */
  configPath: string;
  configName: string;
  /** The folder of slipway.yml relative to the workspace (build contexts are given from there). */
  base: string;
  environments: string[] | undefined;
  services: string[] | undefined;
  /** Only these clusters of the stages (rollback.yml's named clusters); undefined: all. */
  clusters: string[] | undefined;
}

/** mode: report, the last job of a fleet run: the plan again, with what the run's jobs reported. */
export interface ReportInputs extends Omit<PlanInputs, 'mode'> {
  mode: 'report';
  /** The digests job's output: service → repo@sha256:… ({} when nothing was built). */
  digests: Record<string, string>;
  /** Job results as fleet.yml passes them: plan=success, stage-1=failure, stage-1-waves=success,failure, … */
  results: Record<string, string>;
}

/** mode: digests, after a fleet's build job: the built services' tags resolved to digests. */
export interface DigestsInputs {
  mode: 'digests';
  configPath: string;
  configName: string;
  services: string[] | undefined;
  /** Where the builds were pushed: the image of a service is <registry>/<service>. */
  registry: string;
  tag: string;
  credentials: { username: string; password: string } | undefined;
}

const STAGE_WORDS = ['deploy', 'smoke', 'canary', 'notify'];
const MODES = ['deliver', 'plan', 'digests', 'report'] as const;
/** Inputs of some modes only: refused in the others, so that nothing given is silently ignored. */
const MODE_ONLY: Record<string, ReadonlyArray<(typeof MODES)[number]>> = {
  environments: ['plan', 'report'],
  services: ['plan', 'digests', 'report'],
  clusters: ['plan'],
  digests: ['report'],
  results: ['report'],
  environment: ['deliver'],
  stages: ['deliver'],
  service: ['deliver'],
  cluster: ['deliver'],
  registry: ['digests'],
  tag: ['digests'],
  'registry-username': ['digests'],
  'registry-password': ['digests'],
};
const WHY: Record<(typeof MODES)[number], string> = {
  plan: 'environments and services choose the stages and services planned',
  deliver: "a subset of a fleet's plan, with mode: plan; environment picks the one environment delivered",
  digests: 'services, registry and tag name the images a fleet built',
  report: 'environments, services, digests and results describe the fleet run reported',
};

/**
 * Every input read once and slipway.yml loaded, validated and planned (the environment's delivery,
 * or in plan mode the fleet's jobs), before anything is deployed. The delivery package loads only
 * after the cheap checks pass.
 */
export async function readInputs(
  reader: InputReader,
  env = process.env,
): Promise<DeliverInputs | PlanInputs | DigestsInputs | ReportInputs> {
  const configText = reader.string('config', { default: 'slipway.yml' }) as string;
  const mode = reader.enum('mode', MODES, { default: 'deliver' });
  for (const [name, modes] of Object.entries(MODE_ONLY))
    if (!modes.includes(mode) && reader.raw(name) !== undefined)
      throw inputError(name, `no value in mode "${mode}" (${WHY[mode]})`);
  if (mode === 'plan') return planInputs(reader, configText, env);
  if (mode === 'digests') return digestsInputs(reader, configText, env);
  if (mode === 'report') return reportInputs(reader, configText, env);
  const environment = reader.string('environment', {
    required: true,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/,
    expected: 'an environment named in slipway.yml, such as "staging"',
  });
  const image = reader.string('image');
  const service = reader.string('service', {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    expected: 'a service named in slipway.yml, such as "api"',
  });
  const cluster = reader.string('cluster', {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    expected: 'a cluster of the environment in slipway.yml, such as "eu-1"',
  });
  const stagesRaw = reader.raw('stages');
  const stages = reader.list('stages', {
    item: new RegExp(`^(${STAGE_WORDS.join('|')})$`),
    expected: `stages among ${STAGE_WORDS.join(', ')}`,
  }) as Stage[];
  if (stagesRaw !== undefined && stagesRaw.trim() && !stages.length)
    throw inputError('stages', `stages among ${STAGE_WORDS.join(', ')}`, stagesRaw);
  const prometheusToken = reader.secret('prometheus-token', { token: true });
  if (prometheusToken) {
    maskSecret(prometheusToken);
    maskSecret(`Bearer ${prometheusToken}`);
  }
  const slack = readSlack(reader);
  const githubToken = reader.secret('github-token', { token: true });
  if (githubToken) {
    maskSecret(githubToken);
    maskSecret(`Bearer ${githubToken}`);
  }
  const deploymentFailOnError = reader.bool('deployment-fail-on-error', { default: false });
  // The domain packages load only once the plain inputs are good (start-up, npm run bench).
  const { readKubeconfig } = await import('@slipway/helm');
  const kubeconfigYaml = await readKubeconfig(reader);

  // slipway.yml is read and planned by delivery (and the canary's header secrets by canary) only in mode deliver.
  const { loadConfig, planDelivery } = await import('@slipway/delivery');
  const { canaryHeaderSecrets, runOwner } = await import('@slipway/canary');
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  // Relative to the workspace (the runner's working directory), and held inside it like every file input.
  const configPath = reader.inside('config', isAbsolute(configText) ? configText : resolve(workspace, configText));
  const config = await loadConfig(configPath, configText);
  const plan = planDelivery(config, {
    environment,
    service,
    cluster,
    image,
    stages: stages.length ? stages : undefined,
    owner: runOwner(env),
    prometheusToken,
    env,
    slack: slack?.kind === 'web-api' ? 'token' : slack?.kind,
  });
  // Header values from the step's environment (often secrets), the canary's and the smoke checks': never printed.
  if (plan.canary) for (const value of canaryHeaderSecrets(plan.canary)) maskSecret(value);
  for (const value of plan.secrets) maskSecret(value);
  const github = githubToken ? { token: githubToken, failOnError: deploymentFailOnError } : undefined;
  // image's cosign inputs load only for a delivery that got this far.
  const { readCosignInputs } = await import('@slipway/image');
  return { mode, plan, kubeconfigYaml, slack, github, cosign: readCosignInputs(reader) };
}

async function planInputs(reader: InputReader, configText: string, env: NodeJS.ProcessEnv): Promise<PlanInputs> {
  const environments = reader.list('environments', {
    item: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/,
    expected: 'environment names of slipway.yml such as "staging, production"',
  });
  const services = reader.list('services', {
    item: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    expected: 'service names of slipway.yml such as "api, web"',
  });
  const clusters = reader.list('clusters', {
    item: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    expected: 'cluster names of slipway.yml such as "eu-1, eu-2"',
  });
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const configPath = reader.inside('config', isAbsolute(configText) ? configText : resolve(workspace, configText));
  const base = isAbsolute(configText) ? relative(workspace, dirname(configText)) || '.' : posix.dirname(configText);
  return {
    mode: 'plan',
    configPath,
    configName: configText,
    base,
    environments: environments.length ? environments : undefined,
    services: services.length ? services : undefined,
    clusters: clusters.length ? clusters : undefined,
  };
}

async function reportInputs(reader: InputReader, configText: string, env: NodeJS.ProcessEnv): Promise<ReportInputs> {
  const planned = await planInputs(reader, configText, env);
  const digestsText = reader.string('digests', { default: '{}' }) as string;
  const digests = parseJsonObject(digestsText);
  if (!digests || Object.values(digests).some((v) => typeof v !== 'string'))
    throw inputError('digests', "a JSON object of service to image (the digests job's output)", digestsText);
  const results: Record<string, string> = {};
  for (const line of (reader.string('results') ?? '').split('\n')) {
    if (!line.trim()) continue;
    const match = /^\s*([a-z0-9-]+)=([a-z,]*)\s*$/.exec(line);
    if (!match) throw inputError('results', 'job=result lines such as "stage-1=success"', line);
    results[match[1] as string] = match[2] as string;
  }
  return { ...planned, mode: 'report', digests: digests as Record<string, string>, results };
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function digestsInputs(reader: InputReader, configText: string, env: NodeJS.ProcessEnv): Promise<DigestsInputs> {
  const { services, configPath, configName } = await planInputs(reader, configText, env);
  const registry = reader.string('registry', {
    required: true,
    pattern: /^[^\s:/@]+(:\d{1,5})?(\/[a-z0-9._/-]+)?$/,
    expected:
      'where the fleet pushed its builds, such as "ghcr.io/acme" (the image of a service is <registry>/<service>)',
  });
  const tag = reader.string('tag', {
    required: true,
    pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
    expected: 'the tag the build job pushed, such as "slipway-<commit>-<run id>"',
  });
  const username = reader.string('registry-username');
  const password = reader.secret('registry-password');
  maskSecret(password);
  if (Boolean(username) !== Boolean(password))
    throw new ConfigError(
      `Input 'registry-username': expected both registry-username and registry-password, or neither`,
    );
  const credentials = username && password ? { username, password } : undefined;
  return { mode: 'digests', configPath, configName, services, registry, tag, credentials };
}

function readSlack(reader: InputReader): DeliverInputs['slack'] {
  const url = reader.secret('slack-webhook-url');
  const token = reader.secret('slack-token', { token: true });
  maskSecret(url);
  maskSecret(token);
  if (token) maskSecret(`Bearer ${token}`);
  const apiUrl = reader.url('slack-api-url', { protocols: ['http:', 'https:'] }) ?? new URL('https://slack.com/api');
  if (url && token)
    throw new ConfigError(`Input 'slack-token': expected either 'slack-webhook-url' or 'slack-token', not both`);
  if (url) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw inputError(
        'slack-webhook-url',
        'an absolute https URL such as https://hooks.slack.com/services/…',
        url,
        true,
      );
    // The secret is the path: mask it alone too, as it may show up without the host.
    const path = new URL(url).pathname;
    if (path.length > 8) maskSecret(path);
    return { kind: 'webhook', url };
  }
  return token ? { kind: 'web-api', apiUrl: apiUrl.href, token } : undefined;
}
