import { ConfigError } from '@slipway/kit';
import type { DeployRequest } from '@slipway/helm';
import type { CheckSpec } from '@slipway/smoke';
import { isPrometheusMetric, parseMetrics, parseSteps, resolveSmokeBaseUrl, type CanaryConfig } from '@slipway/canary';
import type { LoadedConfig } from './load-config';
import type { PlanRequest } from './plan-request';
import type { ValuePath } from './schema/validate-value';
import type { EnvironmentSettings } from './slipway-schema';

/** An environment's canary section as the canary action's config: the stable release, steps, analysis. */
export function planCanary(
  config: LoadedConfig,
  env: EnvironmentSettings,
  envPath: ValuePath,
  deploy: DeployRequest,
  image: string,
  request: PlanRequest,
  duration: (path: ValuePath, text: string | undefined, fallback: number) => number,
  smokeChecks: (baseUrl: URL, intervalMs: number) => CheckSpec[],
): CanaryConfig {
  const settings = env.canary as NonNullable<EnvironmentSettings['canary']>;
  const path = (key: string): ValuePath => [...envPath, 'canary', key];
  const release = deploy.release;
  if (release.length > 46)
    throw config.problem(
      ['release'],
      'at most 46 characters with a canary (it adds "-canary")',
      JSON.stringify(release),
    );
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
    throw config.problem(
      path('scale-down-stable'),
      'false with provider replicas (it splits traffic by pods itself)',
      'true',
    );
  const intervalMs = duration(path('interval'), settings.interval, 30_000);
  const metrics = reworded(config.at(path('metrics')), () => parseMetrics(settings.metrics));
  const prometheusUrl = settings['prometheus-url'];
  if (metrics.some(isPrometheusMetric) && !prometheusUrl)
    throw config.problem(path('prometheus-url'), 'the Prometheus base URL when metrics are set');
  const smokeBase = settings['smoke-base-url'];
  let smokeChecksAtSteps: CheckSpec[] | undefined;
  if (smokeBase) {
    const text = reworded(config.at(path('smoke-base-url')), () =>
      resolveSmokeBaseUrl(smokeBase, {
        canary: target.canaryService,
        stable: target.stableService,
        namespace: target.namespace,
        intervalMs,
      }),
    );
    if (!URL.canParse(text)) throw config.problem(path('smoke-base-url'), 'an http(s) URL', JSON.stringify(smokeBase));
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
    count: settings.count ?? 3,
    intervalMs,
    failureLimit: settings['failure-limit'] ?? 0,
    onInconclusive: settings['on-inconclusive'] ?? 'pause',
    scaleDownStable,
    owner: request.owner,
  };
}

function parseHeader(text: string, config: LoadedConfig, path: ValuePath): { name: string; value?: string } {
  const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?::\s*(.*))?$/.exec(text.trim());
  if (!match)
    throw config.problem(path, 'a header name such as "X-Canary" or "X-Canary: always"', JSON.stringify(text));
  return { name: match[1] as string, value: match[2]?.trim() || undefined };
}

/** The packages' parsers name an action input ("Input 'steps': …"): here the place is in the file. */
function reworded<T>(at: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ConfigError && /^Input '[^']+'/.test(error.message))
      throw new ConfigError(error.message.replace(/^Input '[^']+'/, at));
    throw error;
  }
}
