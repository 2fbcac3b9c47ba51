import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, inputError, ownValue, parseDurationMs } from '@slipway/kit';
import {
  DEFAULT_IMAGE_VALUES,
  mergeValues,
  parseVersionSpec,
  splitImageRef,
  type DeployRequest,
  type HelmVersionSpec,
} from '@slipway/helm';
import { parseChecks, type CheckSpec, type RunOptions } from '@slipway/smoke';
import type { CanaryConfig } from '@slipway/canary';
import type { VerifyPolicy } from '@slipway/image';
import type { LoadedConfig } from './load-config';
import { planCanary } from './plan-canary';
import { planVerify } from './plan-verify';
import { planStrategy } from './deploy-strategy';
import { smokeHeaders } from './secret-headers';
import { fleetServices, serviceValues, type FleetService } from './fleet/fleet-services';
import type { PlanRequest } from './plan-request';
import type { ValuePath } from './schema/validate-value';
import type { ClusterSettings, EnvironmentSettings, NotifySettings, SmokeSettings } from './slipway-schema';
import { RUN_ORDER, type Stage } from './stages';

/** What the action's inputs add to the file. */
export interface SmokePlan {
  checks: CheckSpec[];
  options: Omit<RunOptions, 'signal'>;
}

export interface NotifyPlan {
  channel: string | undefined;
  mentions: string[];
  failOnError: boolean;
  deadlineMs: number;
}

/** One environment's delivery, every value checked, before anything is deployed. */
export interface DeliveryPlan {
  environment: string;
  /** The service of slipway.yml delivered (its name; the release for a single-service file). */
  service: string;
  /** The fleet cluster named by the cluster input; undefined: the environment's own. */
  cluster: string | undefined;
  namespace: string;
  context: string | undefined;
  environmentUrl: string | undefined;
  /** The image delivered (deploy and canary), as given. */
  image: string | undefined;
  /** The stages that run, in run order. */
  stages: Stage[];
  deploy: DeployRequest;
  smoke: SmokePlan | undefined;
  canary: CanaryConfig | undefined;
  notify: NotifyPlan | undefined;
  helmVersion: HelmVersionSpec | undefined;
  helmDownloadUrl: string;
  /** slipway.yml's verify block: the image must pass it before anything changes. */
  verify: VerifyPolicy | undefined;
  /** The smoke checks' header values filled from the step's environment (and their token forms): to mask. */
  secrets: string[];
}

const HOUR = 3_600_000;

/** Picks the environment out of slipway.yml and turns it, with the inputs, into a delivery plan. */
export function planDelivery(config: LoadedConfig, request: PlanRequest): DeliveryPlan {
  const { file } = config;
  const env = ownValue(file.environments, request.environment);
  if (!env)
    throw inputError(
      'environment',
      `one of the environments ${config.name} names (${Object.keys(file.environments).join(', ')})`,
      request.environment,
    );
  const envPath = ['environments', request.environment];
  const service = chooseService(config, request.service);
  const values = serviceValues(service, request.environment);
  const cluster = chooseCluster(config, env, request);
  const namespace = cluster?.namespace ?? env.namespace;
  const environmentUrl = cluster?.url ?? env.url;
  const context = cluster?.context ?? env.context;
  const duration = (path: ValuePath, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const ms = parseDurationMs(text);
    if (ms === undefined || ms < 1 || ms > 6 * HOUR)
      throw config.problem(path, 'a duration such as "90s", "2m" or "500ms", at most 6h', JSON.stringify(text));
    return ms;
  };

  const smokeSettings: SmokeSettings = { ...file.smoke, ...env.smoke };
  const notifySettings: NotifySettings | undefined =
    file.notify || env.notify ? { ...file.notify, ...env.notify } : undefined;
  const stages = chooseStages(request, env, smokeSettings, notifySettings);
  const image = stages.includes('deploy') || stages.includes('canary') ? request.image : undefined;
  if ((stages.includes('deploy') || stages.includes('canary')) && !image)
    throw inputError('image', 'the image to deliver, such as "ghcr.io/acme/web@sha256:…" (deploy and canary need it)');

  const timeoutMs = duration(env.timeout ? [...envPath, 'timeout'] : ['timeout'], env.timeout ?? file.timeout, 300_000);
  const deploy: DeployRequest = {
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
    ].map((f) => (isAbsolute(f) ? f : resolve(config.dir, f))),
    set: mergeValues(file.set ?? {}, values.own.set, env.set ?? {}, values.inEnvironment.set),
    image: image ? splitImageRef(image) : undefined,
    imageValues: { ...DEFAULT_IMAGE_VALUES, ...file['image-values'] },
    timeoutMs,
    historyMax: 10,
    rollbackOnFailure: true,
    createNamespace: env['create-namespace'] ?? false,
    checkImage: env['check-image'] ?? file['check-image'] ?? true,
    ...planStrategy(file, service, request.environment),
    revision: undefined,
  };
  // Header values filled from the step's environment ({{ env.NAME }}): masked, and redacted from smoke reports.
  const smokeSecrets = new Set<string>();
  const smokeChecks = (baseUrl: URL | undefined, baseHint: string, requestTimeoutMs: number) => {
    const path = [...(env.smoke?.checks ? envPath : []), 'smoke', 'checks'];
    let checks: CheckSpec[];
    try {
      checks = parseChecks(smokeSettings.checks, {
        where: config.at(path),
        baseUrl,
        defaultRequestTimeoutMs: requestTimeoutMs,
      });
    } catch (error) {
      // The engine names smoke-test's input; here the base URL comes from the file.
      if (error instanceof ConfigError) throw new ConfigError(error.message.replace(`the input 'base-url'`, baseHint));
      throw error;
    }
    // Filled only after the engine's parser has seen the file's own text, so no error of its can show a secret.
    return checks.map((check, index) => {
      const item = smokeSettings.checks?.[index];
      const filled =
        typeof item === 'object'
          ? smokeHeaders(config, [...path, index, 'headers'], item.headers, request.env ?? {})
          : undefined;
      if (!filled) return check;
      for (const secret of filled.secrets) smokeSecrets.add(secret);
      return { ...check, headers: { ...check.headers, ...filled.headers } };
    });
  };
  const smokePath = (key: string): ValuePath => [
    ...(env.smoke?.[key as keyof SmokeSettings] ? envPath : []),
    'smoke',
    key,
  ];
  const requestTimeoutMs = duration(smokePath('request-timeout'), smokeSettings['request-timeout'], 10_000);
  const baseText = smokeSettings['base-url'] ?? environmentUrl;
  const smoke: SmokePlan | undefined = stages.includes('smoke')
    ? {
        checks: smokeChecks(
          baseText ? new URL(baseText) : undefined,
          `smoke.base-url or the environment's url`,
          requestTimeoutMs,
        ),
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
    ? planCanary(config, env, envPath, deploy, image as string, request, duration, (baseUrl, interval) =>
        smokeChecks(baseUrl, 'canary.smoke-base-url', Math.min(10_000, interval)),
      )
    : undefined;
  const canary = planned?.smokeChecks && smokeSecrets.size ? { ...planned, smokeSecrets: [...smokeSecrets] } : planned;
  const notify: NotifyPlan | undefined = stages.includes('notify')
    ? {
        channel: notifySettings?.channel,
        mentions: notifySettings?.['mention-on-failure'] ?? [],
        failOnError: notifySettings?.['fail-on-error'] ?? false,
        deadlineMs: duration(
          env.notify?.timeout ? [...envPath, 'notify', 'timeout'] : ['notify', 'timeout'],
          notifySettings?.timeout,
          30_000,
        ),
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
    helmVersion: version ? parseVersionSpec(version) : undefined,
    helmDownloadUrl: file.helm?.['download-url'] ?? 'https://get.helm.sh',
    verify: image ? verify : undefined,
    secrets: [...smokeSecrets],
  };
}

/** The cluster named (one of the environment's clusters), or none: the environment as a whole. */
function chooseCluster(
  config: LoadedConfig,
  env: EnvironmentSettings,
  request: PlanRequest,
): ClusterSettings | undefined {
  if (request.cluster === undefined) return undefined;
  const clusters = env.clusters ?? [{ name: request.environment }];
  const found = clusters.find((c) => c.name === request.cluster);
  if (!found)
    throw inputError(
      'cluster',
      `one of the clusters of ${request.environment} in ${config.name} (${clusters.map((c) => c.name).join(', ')})`,
      request.cluster,
    );
  return found;
}

/** The one service delivered: named, or the only one the file has. */
function chooseService(config: LoadedConfig, name: string | undefined): FleetService {
  const services = fleetServices(config.file);
  if (name === undefined) {
    if (services.length === 1) return services[0] as FleetService;
    throw config.problem(
      ['services'],
      'one service for a one-step delivery (mode: plan and the fleet workflow deliver several)',
      `${services.length} services`,
    );
  }
  const found = services.find((s) => s.name === name);
  if (!found)
    throw inputError(
      'service',
      `one of the services ${config.name} names (${services.map((s) => s.name).join(', ')})`,
      name,
    );
  return found;
}

/** The stages asked for, less those the environment does not configure (an error when asked by name). */
function chooseStages(
  request: PlanRequest,
  env: EnvironmentSettings,
  smoke: SmokeSettings,
  notify: NotifySettings | undefined,
): Stage[] {
  const configured: Record<Stage, string | undefined> = {
    deploy: undefined,
    smoke: smoke.checks ? undefined : 'no smoke checks',
    canary: env.canary ? undefined : 'no canary',
    notify: request.slack ? undefined : 'no slack-webhook-url or slack-token input',
  };
  if (notify && !request.slack && (request.stages === undefined || request.stages.includes('notify')))
    throw inputError(
      'slack-webhook-url',
      `a Slack incoming webhook URL (or slack-token) because the configuration has notify settings; leave notify out of stages to skip it`,
    );
  const asked = request.stages ?? RUN_ORDER;
  if (request.stages) {
    const missing = request.stages.find((stage) => ownValue(configured, stage));
    if (missing)
      throw inputError(
        'stages',
        `stages that environment "${request.environment}" configures (${missing}: ${configured[missing]})`,
        request.stages.join(', '),
      );
  }
  const chosen = RUN_ORDER.filter((stage) => asked.includes(stage) && !configured[stage]);
  // A canary deploys the new image itself (and promotes it into the release): no plain upgrade first.
  return chosen.includes('canary') ? chosen.filter((stage) => stage !== 'deploy') : chosen;
}

/** A local chart path resolves beside slipway.yml; repo/name and oci:// stay as they are. */
function chartPath(chart: string, dir: string): string {
  if (chart.includes('://') || isAbsolute(chart)) return chart;
  const local = resolve(dir, chart);
  return chart.startsWith('.') || existsSync(local) ? local : chart;
}
