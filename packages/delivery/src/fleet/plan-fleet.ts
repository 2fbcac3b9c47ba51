import { posix } from 'node:path';
import { inputError, ownValue, parseDurationMs } from '@slipway/kit';
import type { LoadedConfig } from '../load-config';
import type { ValuePath } from '../schema/validate-value';
import type { ClusterSettings, EnvironmentSettings } from '../slipway-schema';
import { fleetServices, type FleetService } from './fleet-services';
import { fleetOutputs } from './fleet-outputs';
import { FLEET_STAGE_SLOTS, FLEET_WAVE_SLOTS, GITHUB_LIMITS, outputBytes } from './github-limits';
import type { DeployJob, FleetPlan, FleetStage, FleetWave } from './fleet-plan';
import { groupWaves, type WaveRule } from './plan-waves';
import { serviceStrategy } from '../deploy-strategy';

export type { DeployJob, FleetBuild, FleetPlan, FleetStage, FleetWave } from './fleet-plan';

export interface FleetRequest {
  /** A subset of the environments (the stages), in any order; undefined: all. */
  environments?: readonly string[] | undefined;
  /** A subset of the services; undefined: all. */
  services?: readonly string[] | undefined;
  /**
   * Only these clusters of the stages planned, each stage's waves in their order (a wave left with
   * none is dropped): rollback.yml's named clusters. undefined: every cluster.
   */
  clusters?: readonly string[] | undefined;
  /** The folder of slipway.yml relative to the workspace (build contexts are given from there); default ".". */
  base?: string;
}

/**
 * slipway.yml as the jobs a fleet workflow runs: stages in the file's order, each in waves, each
 * wave one matrix of services × clusters. Refused (ConfigError naming the limit and the place in
 * slipway.yml) when a matrix would pass GitHub's 256 jobs, the outputs its 1 MB per job, or the
 * stages the workflow's slots.
 */
export function planFleet(config: LoadedConfig, request: FleetRequest = {}): FleetPlan {
  const { file } = config;
  const envNames = subset('environments', Object.keys(file.environments), request.environments, config.name);
  const all = fleetServices(file);
  const chosen = subset(
    'services',
    all.map((s) => s.name),
    request.services,
    config.name,
  );
  const services = all.filter((s) => chosen.includes(s.name));
  if (envNames.length > FLEET_STAGE_SLOTS)
    throw config.problem(
      ['environments'],
      `at most ${FLEET_STAGE_SLOTS} stages in one run (the fleet workflow's stage slots); deliver fewer with the environments input`,
      `${envNames.length} (${envNames.join(', ')})`,
    );
  const base = request.base ?? '.';
  const builds = services
    .filter((s) => !s.image)
    .map((s) => ({
      service: s.name,
      context: posix.join(base, s.context),
      dockerfile: posix.join(base, s.dockerfile ?? posix.join(s.context, 'Dockerfile')),
    }));
  if (builds.length > GITHUB_LIMITS.matrixJobs)
    throw config.problem(
      ['services'],
      `at most ${GITHUB_LIMITS.matrixJobs} services to build (GitHub's limit of jobs per matrix)`,
      `${builds.length}`,
    );
  const stages = envNames.map((name) =>
    planStage(config, name, ownValue(file.environments, name) as EnvironmentSettings, services, request.clusters),
  );
  if (request.clusters?.length) {
    const known = stages.flatMap((stage) => clusterNames(stage.name, ownValue(file.environments, stage.name)));
    const unknown = request.clusters.find((name) => !known.includes(name));
    if (unknown !== undefined)
      throw inputError(
        'clusters',
        `clusters of ${envNames.join(', ')} in ${config.name} (${known.join(', ')})`,
        unknown,
      );
  }
  const plan: FleetPlan = {
    stages,
    services: services.map((s) => ({ name: s.name, release: s.release, image: s.image ?? '' })),
    builds,
    jobs: stages.reduce((n, s) => n + s.waves.reduce((m, w) => m + w.matrix.include.length, 0), 0),
  };
  checkOutputSize(config, plan);
  return plan;
}

function planStage(
  config: LoadedConfig,
  name: string,
  env: EnvironmentSettings,
  services: FleetService[],
  only: readonly string[] | undefined,
): FleetStage {
  const envPath = ['environments', name];
  const clusters = stageClusters(name, env);
  const byName = new Map(clusters.map((c) => [c.name, c]));
  const grouped = groupWaves(
    clusters.map((c) => c.name),
    env,
  );
  const groups = only?.length
    ? {
        ...grouped,
        waves: grouped.waves.map((wave) => wave.filter((c) => only.includes(c))).filter((wave) => wave.length),
      }
    : grouped;
  if (groups.waves.length > FLEET_WAVE_SLOTS)
    throw config.problem(
      wavePath(envPath, groups.rule, FLEET_WAVE_SLOTS, env),
      `at most ${FLEET_WAVE_SLOTS} waves in a stage (the fleet workflow's wave slots); group the clusters in fewer, larger waves`,
      `${groups.waves.length} waves (${groups.rule})`,
    );
  const smoke = Boolean(env.smoke?.checks ?? config.file.smoke?.checks);
  const soakMs = env.soak === undefined ? 0 : parseDurationMs(env.soak);
  if (soakMs === undefined)
    throw config.problem([...envPath, 'soak'], 'a duration such as "30m" or "1h"', JSON.stringify(env.soak));
  const waves = groups.waves.map((names, index): FleetWave => {
    const include = services.flatMap((service) =>
      names.map((clusterName): DeployJob => {
        const cluster = byName.get(clusterName) as ClusterSettings;
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
      }),
    );
    if (include.length > GITHUB_LIMITS.matrixJobs)
      throw config.problem(
        wavePath(envPath, groups.rule, index, env),
        `at most ${GITHUB_LIMITS.matrixJobs} deploy jobs in a wave (GitHub's limit of jobs per matrix); group the clusters in smaller waves (waves, max-parallel or wave-percent) or deliver fewer services per run`,
        `${include.length} in wave ${index + 1} (${count(services.length, 'service')} × ${count(names.length, 'cluster')})`,
      );
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
function stageClusters(name: string, env: EnvironmentSettings): ClusterSettings[] {
  return env.clusters ?? [{ name, 'kubeconfig-secret': secretName(name) }];
}

const clusterNames = (name: string, env: unknown) => stageClusters(name, env as EnvironmentSettings).map((c) => c.name);

/** Where a too-large wave comes from: the wave itself, the key that sized it, or the clusters. */
function wavePath(envPath: ValuePath, rule: WaveRule, index: number, env: EnvironmentSettings): ValuePath {
  if (rule === 'waves') return [...envPath, 'waves', index];
  if (rule !== 'one wave') return [...envPath, rule];
  return env.clusters ? [...envPath, 'clusters'] : envPath;
}

function checkOutputSize(config: LoadedConfig, plan: FleetPlan): void {
  const bytes = Object.values(fleetOutputs(plan)).reduce((n, text) => n + outputBytes(text), 0);
  if (bytes <= GITHUB_LIMITS.jobOutputBytes) return;
  const largest = [...plan.stages].sort((a, b) => jobsOf(b) - jobsOf(a))[0];
  throw config.problem(
    largest ? ['environments', largest.name] : ['environments'],
    `a plan within GitHub's ${GITHUB_LIMITS.jobOutputBytes / 1_000_000} MB of outputs per job (counted as UTF-16); deliver fewer stages or services per run (the environments and services inputs)`,
    `${(bytes / 1_000_000).toFixed(2)} MB for ${plan.jobs} deploy jobs`,
  );
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const jobsOf = (stage: FleetStage) => stage.waves.reduce((n, w) => n + w.matrix.include.length, 0);

/** `KUBECONFIG_EU_1` for "eu-1": a secret name GitHub accepts (letters, digits, _). */
export function secretName(name: string): string {
  return `KUBECONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The names asked for, in the file's order; an unknown name is an error naming the input. */
function subset(input: string, names: string[], asked: readonly string[] | undefined, file: string): string[] {
  if (!asked?.length) return names;
  const unknown = asked.find((name) => !names.includes(name));
  if (unknown !== undefined) throw inputError(input, `${input} that ${file} names (${names.join(', ')})`, unknown);
  return names.filter((name) => asked.includes(name));
}
