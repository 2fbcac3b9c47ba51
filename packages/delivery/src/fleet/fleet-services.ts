import { ownValue } from '@slipway/kit';
import type { ValuePath } from '../schema/validate-value';
import type { ServiceSettings, SlipwayFile } from '../slipway-schema';

/** A service with the file's defaults applied: what a deploy or a build of it needs. */
export interface FleetService {
  name: string;
  release: string;
  chart: string;
  chartVersion: string | undefined;
  /** Given from outside (not built), or undefined for a service that is built. */
  image: string | undefined;
  /** Relative to the folder of slipway.yml. */
  context: string;
  dockerfile: string | undefined;
  settings: ServiceSettings | undefined;
  /** Where it is declared in slipway.yml. */
  path: ValuePath;
}

/**
 * The services of slipway.yml: its `services`, or one service made of the top-level release and
 * chart (a single-service file, as before services existed). Valid files only (load-config checked
 * that release and chart are there without services, and each service has a chart).
 */
export function fleetServices(file: SlipwayFile): FleetService[] {
  if (!file.services)
    return [
      {
        name: file.release as string,
        release: file.release as string,
        chart: file.chart as string,
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
    chart: (service.chart ?? file.chart) as string,
    chartVersion: service.chart ? service['chart-version'] : (service['chart-version'] ?? file['chart-version']),
    image: service.image,
    context: service.context ?? '.',
    dockerfile: service.dockerfile,
    settings: service,
    path: ['services', index],
  }));
}

interface ValuesLayer {
  valuesFiles: string[];
  set: Record<string, unknown>;
}

/**
 * The values a service adds: its own (over the top-level ones) and those it has in one
 * environment (over the environment's). Layered: file, service, environment, service in environment.
 */
export function serviceValues(
  service: FleetService,
  environment: string,
): { own: ValuesLayer; inEnvironment: ValuesLayer } {
  const own = service.settings;
  const perEnv = own?.environments ? ownValue(own.environments, environment) : undefined;
  return {
    own: { valuesFiles: own?.['values-files'] ?? [], set: own?.set ?? {} },
    inEnvironment: { valuesFiles: perEnv?.['values-files'] ?? [], set: perEnv?.set ?? {} },
  };
}
