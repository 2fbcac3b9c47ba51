import { isAbsolute, resolve } from 'node:path';
import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import type { DeliveryPlan, Stage } from '@slipway/delivery';

export interface DeliverInputs {
  plan: DeliveryPlan;
  kubeconfigYaml: string | undefined;
  slack: { kind: 'webhook'; url: string } | { kind: 'web-api'; apiUrl: string; token: string } | undefined;
  github: { token: string; failOnError: boolean } | undefined;
}

const STAGE_WORDS = ['deploy', 'smoke', 'canary', 'notify'];

/**
 * Every input read once and slipway.yml loaded, validated and planned for the environment,
 * before anything is deployed. The delivery package loads only after the cheap checks pass.
 */
export async function readInputs(reader: InputReader, env = process.env): Promise<DeliverInputs> {
  const configText = reader.string('config', { default: 'slipway.yml' }) as string;
  const environment = reader.string('environment', {
    required: true,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/,
    expected: 'an environment named in slipway.yml, such as "staging"',
  });
  const image = reader.string('image');
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
    image,
    stages: stages.length ? stages : undefined,
    owner: runOwner(env),
    prometheusToken,
    slack: slack?.kind === 'web-api' ? 'token' : slack?.kind,
  });
  const github = githubToken ? { token: githubToken, failOnError: false } : undefined;
  return { plan, kubeconfigYaml, slack, github };
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
