import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';
import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import type { DeliveryPlan, Stage } from '@slipway/delivery';

export interface DeliverInputs {
  mode: 'deliver';
  plan: DeliveryPlan;
  kubeconfigYaml: string | undefined;
  slack: { kind: 'webhook'; url: string } | { kind: 'web-api'; apiUrl: string; token: string } | undefined;
  github: { token: string; failOnError: boolean } | undefined;
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
}

const STAGE_WORDS = ['deploy', 'smoke', 'canary', 'notify'];
const MODES = ['deliver', 'plan'] as const;
/** Inputs of one mode only: refused in the other, so that nothing given is silently ignored. */
const PLAN_ONLY = ['environments', 'services'];
const DELIVER_ONLY = ['environment', 'stages', 'service', 'cluster'];

/**
 * Every input read once and slipway.yml loaded, validated and planned (the environment's delivery,
 * or in plan mode the fleet's jobs), before anything is deployed. The delivery package loads only
 * after the cheap checks pass.
 */
export async function readInputs(reader: InputReader, env = process.env): Promise<DeliverInputs | PlanInputs> {
  const configText = reader.string('config', { default: 'slipway.yml' }) as string;
  const mode = reader.enum('mode', MODES, { default: 'deliver' });
  for (const name of mode === 'plan' ? DELIVER_ONLY : PLAN_ONLY)
    if (reader.raw(name) !== undefined)
      throw inputError(
        name,
        mode === 'plan'
          ? 'no value in mode "plan" (environments and services choose the stages and services planned)'
          : `no value in mode "${mode}" (a subset of a fleet's plan, with mode: plan; environment picks the one environment delivered)`,
      );
  if (mode === 'plan') return planInputs(reader, configText, env);
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
  const { readKubeconfig } = await import('@slipway/helm');
  const kubeconfigYaml = await readKubeconfig(reader);

  const { loadConfig, planDelivery } = await import('@slipway/delivery');
  const { runOwner } = await import('@slipway/canary');
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
    slack: slack?.kind === 'web-api' ? 'token' : slack?.kind,
  });
  const github = githubToken ? { token: githubToken, failOnError: false } : undefined;
  return { mode, plan, kubeconfigYaml, slack, github };
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
  };
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
