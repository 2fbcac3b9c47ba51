import { InputReader, inputError } from '@slipway/kit';
import { readCosignInputs, readVerifyInputs, type CosignInputs, type VerifyPolicy } from '@slipway/image';
import { readDeploymentSettings, type DeploymentSettings } from '@slipway/github';
import {
  readChart,
  readChartVersion,
  readImageValues,
  readClusterAccess,
  readValuesFiles,
  readValuesMap,
  parseKeepPrevious,
  DNS_LABEL,
  isDnsLabel,
  BLUE_GREEN_RELEASE_MAX,
  splitImageRef,
  type BlueGreenSettings,
  type DeployRequest,
  type ClusterAccessInputs,
} from '@slipway/helm';
import type { FleetWhere } from '@slipway/records';

export interface HelmDeployInputs extends ClusterAccessInputs {
  request: DeployRequest;
  /** GitHub Deployments: set when github-token and environment are given. */
  github: DeploymentSettings | undefined;
  /** verify-key given: the image must pass this policy before anything changes. */
  verify: VerifyPolicy | undefined;
  /** Which cosign verifies when none on PATH fits (cosign-version, cosign-download-url). */
  cosign: CosignInputs;
  /** fleet-service and fleet-cluster: recorded with the deploy or rollback, for delivery-metrics. */
  where: FleetWhere;
}

const HOUR = 3_600_000;
const RELEASE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Every input read once, typed and validated, before anything is written or sent. */
export async function readInputs(reader: InputReader): Promise<HelmDeployInputs> {
  const release = reader.string('release', { required: true, expected: 'a release name such as "web"' });
  if (!RELEASE.test(release) || release.length > 53)
    throw inputError(
      'release',
      'lower-case letters, digits and "-", starting and ending alphanumeric, at most 53 characters',
      release,
    );
  const mode = reader.enum('mode', ['deploy', 'rollback', 'plan'] as const, { default: 'deploy' });
  const namespace = reader.string('namespace', { default: 'default' }) as string;
  if (!isDnsLabel(namespace))
    throw inputError(
      'namespace',
      'a namespace name (lower-case letters, digits and "-", at most 63 characters)',
      namespace,
    );
  const chart = readChart(reader);
  if (!chart && mode !== 'rollback')
    throw inputError(
      'chart',
      'a chart path, repo/name or oci:// reference (the input is required for deploy and plan)',
    );
  const chartVersion = readChartVersion(reader);
  const valuesFiles = readValuesFiles(reader);
  const set = await readValuesMap(reader, 'set', 'replicaCount: 3');
  const imageText = reader.string('image');
  const image = imageText ? splitImageRef(imageText) : undefined;
  const imageValues = await readImageValues(reader);
  const timeoutMs = reader.duration('timeout', { default: 5 * 60_000, min: 1000, max: 6 * HOUR });
  const failFastMs = reader.duration('fail-fast', { default: 30_000, min: 0, max: 6 * HOUR });
  const strategy = reader.enum('strategy', ['rolling', 'blue-green'] as const, { default: 'rolling' });
  const blueGreen = await readBlueGreen(reader, strategy, release, timeoutMs);
  const historyMax = reader.int('history-max', { default: 10, min: 0, max: 1000 });
  const rollbackOnFailure = reader.bool('rollback-on-failure', { default: true });
  const createNamespace = reader.bool('create-namespace', { default: false });
  const checkImage = reader.bool('check-image', { default: true });
  const revision = reader.int('revision', { min: 1 });
  if (revision !== undefined && mode !== 'rollback')
    throw inputError('revision', 'no value unless mode is rollback', String(revision));
  if (revision !== undefined && blueGreen)
    throw inputError(
      'revision',
      'no value with strategy blue-green (a rollback switches back to the other colour)',
      String(revision),
    );
  const access = await readClusterAccess(reader);
  const github = readDeploymentSettings(reader);
  const verify = readVerifyPolicy(reader, mode, imageText);
  return {
    request: {
      mode,
      release,
      namespace,
      chart,
      chartVersion,
      valuesFiles,
      set,
      image,
      imageValues,
      timeoutMs,
      historyMax,
      rollbackOnFailure,
      createNamespace,
      checkImage,
      revision,
      strategy,
      blueGreen,
      failFastMs,
    },
    ...access,
    github,
    verify,
    cosign: readCosignInputs(reader),
    where: readFleetWhere(reader, mode),
  };
}

/**
 * fleet-service and fleet-cluster: which slipway.yml service and cluster a fleet workflow's
 * deploy or rollback is, so that delivery-metrics counts a stage's clusters as one delivery of
 * the service. Names as slipway.yml allows them; plan records nothing, so it takes neither.
 */
function readFleetWhere(reader: InputReader, mode: string): FleetWhere {
  const where: FleetWhere = {};
  for (const [name, key, max] of [
    ['fleet-service', 'service', 53],
    ['fleet-cluster', 'cluster', 63],
  ] as const) {
    const value = reader.string(name);
    if (value === undefined) continue;
    if (!DNS_LABEL.test(value) || value.length > max)
      throw inputError(
        name,
        `a slipway.yml ${key} name (lower-case letters, digits and "-", at most ${max} characters)`,
        value,
      );
    if (mode === 'plan') throw inputError(name, 'no value with mode plan (a plan records nothing)', value);
    where[key] = value;
  }
  return where;
}

/** verify-key and verify-attestations: a policy for the image input (rollback deploys no new image). */
function readVerifyPolicy(reader: InputReader, mode: string, image: string | undefined): VerifyPolicy | undefined {
  const policy = readVerifyInputs(reader);
  if (policy && mode !== 'rollback' && !image)
    throw inputError('image', 'the image to verify when verify-key is set (its digest is what is deployed)');
  return policy;
}

/** service or route, keep-previous and the smoke checks, which only blue-green takes. */
async function readBlueGreen(
  reader: InputReader,
  strategy: 'rolling' | 'blue-green',
  release: string,
  timeoutMs: number,
): Promise<BlueGreenSettings | undefined> {
  const service = reader.string('service') ?? release;
  if (!isDnsLabel(service))
    throw inputError('service', 'a Service name (lower-case letters, digits and "-", at most 63 characters)', service);
  const route = reader.string('route');
  if (route !== undefined && !isDnsLabel(route))
    throw inputError('route', 'an HTTPRoute name (lower-case letters, digits and "-", at most 63 characters)', route);
  if (route !== undefined && reader.raw('service'))
    throw inputError('service', 'no value when route is set (the HTTPRoute is switched, not a Service)', service);
  const keepPrevious = parseKeepPrevious(reader.raw('keep-previous'));
  const baseText = reader.raw('smoke-base-url');
  const checksText = reader.raw('smoke-checks');
  const document = checksText === undefined ? undefined : await reader.yaml('smoke-checks');
  if (strategy !== 'blue-green') {
    // The runner passes keep-previous's action.yml default ("until-next") on every run: not a choice.
    const chosen = (n: string) => reader.raw(n) && !(n === 'keep-previous' && reader.raw(n) === 'until-next');
    const given = ['service', 'route', 'keep-previous', 'smoke-checks', 'smoke-base-url'].find(chosen);
    if (given) throw inputError(given, 'no value unless strategy is blue-green', reader.raw(given));
    return undefined;
  }
  if (release.length > BLUE_GREEN_RELEASE_MAX)
    throw inputError(
      'release',
      `at most ${BLUE_GREEN_RELEASE_MAX} characters with strategy blue-green (the colour releases add "-green")`,
      release,
    );
  if (baseText && !checksText) throw inputError('smoke-checks', 'a YAML list of checks when smoke-base-url is set');
  if (document === undefined) return { service, route, keepPrevious, smoke: undefined };
  // smoke's parser loads only when blue-green smoke checks are given.
  const { parseChecks } = await import('@slipway/smoke');
  const smoke = { blue: [], green: [] } as NonNullable<BlueGreenSettings['smoke']>;
  for (const colour of ['blue', 'green'] as const) {
    let baseUrl: URL | undefined;
    if (baseText) {
      const text = baseText.replaceAll('{colour}', colour);
      try {
        baseUrl = new URL(text);
      } catch {
        baseUrl = undefined;
      }
      if (!baseUrl || !/^https?:$/.test(baseUrl.protocol))
        throw inputError(
          'smoke-base-url',
          'an absolute http or https URL ("{colour}" is replaced by blue or green)',
          baseText,
        );
    }
    smoke[colour] = parseChecks(document, {
      where: `Input 'smoke-checks'`,
      baseUrl,
      defaultRequestTimeoutMs: Math.min(timeoutMs, 30_000),
    });
  }
  return { service, route, keepPrevious, smoke };
}
