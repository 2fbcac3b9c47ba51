import { ConfigError } from '@slipway/kit';
import type { DeployRequest } from '@slipway/helm';
import type { CheckSpec } from '@slipway/smoke';
import {
  isPrometheusMetric,
  parseCanaryLoad,
  parseGates,
  parseMetrics,
  parseSteps,
  resolveSmokeBaseUrl,
  type CanaryConfig,
} from '@slipway/canary';
import type { LoadedConfig } from './load-config';
import type { PlanRequest } from './plan-request';
import type { ValuePath } from './schema/validate-value';
import type { EnvironmentSettings } from './slipway-schema';
import { secretHeaders } from './secret-headers';

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
  const variables = request.env ?? {};
  // Header values are filled from the environment only after the canary's parsers have seen the
  // file's own text, so no error of theirs can show a secret.
  const headersOf = (list: 'metrics' | 'gates', items: ReadonlyArray<{ headers?: Record<string, string> }> = []) =>
    items.map((item, index) => secretHeaders(config, [...path(list), index, 'headers'], item.headers, variables));
  const metricHeaders = headersOf('metrics', settings.metrics);
  const metrics = parsedList(config, path('metrics'), settings.metrics, parseMetrics).map((spec, index) => {
    const headers = metricHeaders[index];
    return spec.web && headers ? { ...spec, web: { ...spec.web, headers: { ...spec.web.headers, ...headers } } } : spec;
  });
  const prometheusUrl = settings['prometheus-url'];
  if (metrics.some(isPrometheusMetric) && !prometheusUrl)
    throw config.problem(path('prometheus-url'), 'the Prometheus base URL when metrics are set');
  const gateHeaders = headersOf('gates', settings.gates);
  const gates = parsedList(config, path('gates'), settings.gates, parseGates).map((gate, index) => ({
    ...gate,
    headers: { ...gate.headers, ...gateHeaders[index] },
  }));
  const count = settings.count ?? 3;
  const loadHeaders = secretHeaders(config, [...path('load'), 'headers'], settings.load?.headers, variables);
  const parsedLoad = reworded(config.at(path('load')), () =>
    parseCanaryLoad(settings.load, { target, intervalMs, count }),
  );
  const load =
    parsedLoad && loadHeaders
      ? // Over the parser's own headers: it adds content-type for a YAML body.
        { ...parsedLoad, check: { ...parsedLoad.check, headers: { ...parsedLoad.check.headers, ...loadHeaders } } }
      : parsedLoad;
  if (!load && metrics.some((m) => m.provider === 'load'))
    throw config.problem(path('load'), 'the load to generate (url, rps) when a metric has provider load');
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
    throw placed(error, at);
  }
}

function placed(error: unknown, at: string): unknown {
  return error instanceof ConfigError && /^Input '[^']+'/.test(error.message)
    ? new ConfigError(error.message.replace(/^Input '[^']+'/, at))
    : error;
}

/**
 * A list the canary's parser reads whole (names unique across items). Its error is placed at the
 * first item that fails alone, or at the list when only the items together fail.
 */
function parsedList<T>(
  config: LoadedConfig,
  path: ValuePath,
  items: readonly unknown[] | undefined,
  parse: (document: unknown) => T[],
): T[] {
  try {
    return parse(items);
  } catch (error) {
    const failsAlone = (item: unknown) => {
      try {
        parse([item]);
        return false;
      } catch {
        return true;
      }
    };
    const index = items?.findIndex(failsAlone) ?? -1;
    throw placed(error, config.at(index >= 0 ? [...path, index] : path));
  }
}
