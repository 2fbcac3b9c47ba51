import { ownValue } from '@slipway/kit';
import { describe, formatPath, shown, type SchemaProblem, type ValuePath } from '../schema/validate-value';
import { slipwayFileSchema, type EnvironmentSettings, type SlipwayFile } from '../slipway-schema';
import { strategyProblems } from '../deploy-strategy';

/** The keys that group an environment's clusters in waves; at most one of them. */
export const WAVE_KEYS = ['waves', 'max-parallel', 'wave-percent'] as const;

const quoted = (text: string) => JSON.stringify(text);

/**
 * release and chart: required at the top without services (a single-service file), where the
 * schema cannot say "required unless". Checked on any map, valid or not, so that the message
 * comes first as the schema's own required keys did.
 */
export function requiredWithoutServices(value: unknown): SchemaProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const map = value as Record<string, unknown>;
  if (ownValue(map, 'services') !== undefined && ownValue(map, 'services') !== null) return [];
  const known = slipwayFileSchema.json.properties ?? {};
  return (['release', 'chart'] as const)
    .filter((key) => ownValue(map, key) === undefined || ownValue(map, key) === null)
    .map((key) => ({ path: [key], expected: `${describe(ownValue(known, key) ?? {})} (required)` }));
}

/** What the schema cannot check: names that must match, be unique, or exclude each other. */
export function fleetProblems(file: SlipwayFile): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const envNames = Object.keys(file.environments);
  if (file.services) {
    if (file.release !== undefined)
      problems.push({
        path: ['release'],
        expected: 'no top-level release with services (each service has its own, its name by default)',
      });
    const names = new Set<string>();
    const releases = new Set<string>();
    file.services.forEach((service, index) => {
      const at = (...rest: ValuePath) => ['services', index, ...rest];
      const release = service.release ?? service.name;
      if (names.has(service.name))
        problems.push({ path: at('name'), expected: 'a name no other service has', got: quoted(service.name) });
      else if (releases.has(release))
        problems.push({
          path: at(service.release ? 'release' : 'name'),
          expected: 'a release no other service has',
          got: quoted(release),
        });
      names.add(service.name);
      releases.add(release);
      if (!service.chart && !file.chart)
        problems.push({ path: at('chart'), expected: "a chart (the service's own or a top-level chart) (required)" });
      if (service.image && (service.context || service.dockerfile))
        problems.push({
          path: at(service.context ? 'context' : 'dockerfile'),
          expected: 'no build settings beside image (an image given from outside is not built)',
        });
      for (const env of Object.keys(service.environments ?? {}))
        if (!ownValue(file.environments, env))
          problems.push({
            path: at('environments', env),
            expected: `one of the environments (${envNames.join(', ')})`,
            got: quoted(env),
          });
    });
  }
  for (const name of envNames)
    problems.push(...clusterProblems(ownValue(file.environments, name) as EnvironmentSettings, ['environments', name]));
  problems.push(...strategyProblems(file));
  return problems;
}

function clusterProblems(env: EnvironmentSettings, path: ValuePath): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const set = WAVE_KEYS.filter((key) => env[key] !== undefined);
  for (const key of set.slice(1))
    problems.push({
      path: [...path, key],
      expected: `only one of ${WAVE_KEYS.join(', ')} (${set[0]} is set too)`,
    });
  const declared = new Set<string>();
  (env.clusters ?? []).forEach((cluster, index) => {
    if (declared.has(cluster.name))
      problems.push({
        path: [...path, 'clusters', index, 'name'],
        expected: 'a name no other cluster of the environment has',
        got: quoted(cluster.name),
      });
    declared.add(cluster.name);
  });
  if (!env.waves) return problems;
  const declaredText = env.clusters ? [...declared].join(', ') : 'none declared';
  const placed = new Set<string>();
  env.waves.forEach((wave, w) =>
    wave.forEach((name, i) => {
      const at = [...path, 'waves', w, i];
      if (!declared.has(name))
        problems.push({
          path: at,
          expected: `a cluster of ${formatPath([...path, 'clusters'])} (${declaredText})`,
          got: shown(name),
        });
      else if (placed.has(name)) problems.push({ path: at, expected: 'a cluster in no other wave', got: shown(name) });
      placed.add(name);
    }),
  );
  const missing = [...declared].filter((name) => !placed.has(name));
  if (missing.length)
    problems.push({ path: [...path, 'waves'], expected: `every cluster in one wave (missing: ${missing.join(', ')})` });
  return problems;
}
