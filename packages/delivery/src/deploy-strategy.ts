import { ConfigError, ownValue } from '@slipway/kit';
import { BLUE_GREEN_RELEASE_MAX, parseKeepPrevious, type DeployRequest } from '@slipway/helm';
import { fleetServices, type FleetService } from './fleet/fleet-services';
import type { SchemaProblem, ValuePath } from './schema/validate-value';
import type { SlipwayFile, StrategySettings } from './slipway-schema';

type Key = keyof StrategySettings;
type Layer = { settings: StrategySettings | undefined; path: ValuePath };
/** A value as the nearest layer that sets it gives it, and where that is in slipway.yml. */
type Found<T> = { value: T; path: ValuePath } | undefined;

/** A service's strategy in one environment, each key from the layer that set it. */
export interface ServiceStrategy {
  strategy: 'rolling' | 'blue-green';
  /** Where strategy was set; undefined: rolling by default. */
  strategyPath: ValuePath | undefined;
  route: Found<string>;
  keepPrevious: Found<string | number>;
}

/**
 * The layers of a service's deploy settings in an environment, nearest first, as values are
 * layered: the service in the environment, the environment, the service, the top level.
 */
function layers(file: SlipwayFile, service: FleetService, environment: string): Layer[] {
  const own = service.settings;
  const perEnv = own?.environments ? ownValue(own.environments, environment) : undefined;
  return [
    { settings: perEnv, path: [...service.path, 'environments', environment] },
    { settings: ownValue(file.environments, environment), path: ['environments', environment] },
    // A single-service file's service is the top level: no layer of its own.
    { settings: own, path: service.path },
    { settings: file, path: [] },
  ];
}

function nearest<K extends Key>(layered: Layer[], key: K): Found<NonNullable<StrategySettings[K]>> {
  for (const { settings, path } of layered) {
    const value = settings?.[key];
    if (value !== undefined) return { value: value as NonNullable<StrategySettings[K]>, path: [...path, key] };
  }
  return undefined;
}

export function serviceStrategy(file: SlipwayFile, service: FleetService, environment: string): ServiceStrategy {
  return strategyOf(layers(file, service, environment));
}

function strategyOf(layered: Layer[]): ServiceStrategy {
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
export function planStrategy(
  file: SlipwayFile,
  service: FleetService,
  environment: string,
): Pick<DeployRequest, 'strategy' | 'blueGreen'> {
  const found = serviceStrategy(file, service, environment);
  if (found.strategy === 'rolling') return { strategy: 'rolling', blueGreen: undefined };
  return {
    strategy: 'blue-green',
    blueGreen: {
      service: service.release,
      ...(found.route ? { route: found.route.value } : {}),
      // Checked when slipway.yml was loaded (strategyProblems).
      keepPrevious: parseKeepPrevious(found.keepPrevious && String(found.keepPrevious.value)),
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
export function strategyProblems(file: SlipwayFile): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const services = fleetServices(file);
  const environments = Object.keys(file.environments);
  /** Per place a route or keep-previous is set: whether a blue-green deploy is under it. */
  const blueGreenUnder = new Map<string, boolean>();
  const place = (path: ValuePath) => JSON.stringify(path);
  for (const service of services)
    for (const environment of environments) {
      const layered = layers(file, service, environment);
      const found = strategyOf(layered);
      const blueGreen = found.strategy === 'blue-green';
      for (const { settings, path } of layered)
        for (const key of ['route', 'keep-previous'] as const)
          if (settings?.[key] !== undefined) {
            const at = place([...path, key]);
            blueGreenUnder.set(at, (blueGreenUnder.get(at) ?? false) || blueGreen);
          }
      if (!blueGreen) continue;
      const strategyPath = found.strategyPath as ValuePath;
      if (ownValue(file.environments, environment)?.canary)
        problems.push({
          path: strategyPath,
          expected: `strategy rolling in environment ${environment}, which has a canary (a canary is its own strategy)`,
          got: '"blue-green"',
        });
      if (service.release.length > BLUE_GREEN_RELEASE_MAX)
        problems.push({
          path: service.settings ? [...service.path, service.settings.release ? 'release' : 'name'] : ['release'],
          expected: `at most ${BLUE_GREEN_RELEASE_MAX} characters with strategy blue-green (the colour releases add "-green")`,
          got: JSON.stringify(service.release),
        });
      const keep = found.keepPrevious;
      if (keep) {
        const problem = keepPreviousProblem(keep.value, keep.path);
        if (problem) problems.push(problem);
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
        path: JSON.parse(at) as ValuePath,
        expected: 'no value where every deploy is rolling (route and keep-previous are for strategy blue-green)',
      });
  return unique(problems);
}

/** keep-previous as helm-deploy's parser reads it, its words placed in slipway.yml. */
function keepPreviousProblem(value: string | number, path: ValuePath): SchemaProblem | undefined {
  try {
    parseKeepPrevious(String(value));
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { path, expected: error.message.replace(/^Input '[^']+': expected /, '') };
  }
}

/** A setting shared by several services or environments is reported once. */
function unique(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.path, p.expected]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
