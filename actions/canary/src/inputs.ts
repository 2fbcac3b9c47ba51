import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import {
  readChart,
  readChartVersion,
  readImageValues,
  readKubeconfig,
  readValuesFiles,
  readValuesMap,
  parseVersionSpec,
  splitImageRef,
  type HelmVersionSpec,
} from '@slipway/helm';
import { parseChecks, type CheckSpec } from '@slipway/smoke';
import { readVerifyInputs, type VerifyPolicy } from '@slipway/image';
import {
  headerSecrets,
  isPrometheusMetric,
  parseGates,
  parseMetrics,
  parseSteps,
  resolveSmokeBaseUrl,
  runOwner,
  TRAFFIC_PROVIDERS,
  type CanaryConfig,
  type TrafficTarget,
} from '@slipway/canary';

export interface CanaryInputs {
  config: CanaryConfig;
  kubeconfigYaml: string | undefined;
  context: string | undefined;
  helmVersion: HelmVersionSpec | undefined;
  helmDownloadUrl: string;
  /** verify-key given: the canary image must pass this policy before anything changes (action start). */
  verify: VerifyPolicy | undefined;
}

const HOUR = 3_600_000;
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?::\s*(.*))?$/;

function objectName(reader: InputReader, name: string, fallback: string): string {
  const value = reader.string(name) ?? fallback;
  if (!NAME.test(value) || value.length > 253) throw inputError(name, 'a Kubernetes object name', value);
  return value;
}

/** Every input read once, typed and validated, before anything is sent to the cluster. */
export async function readInputs(reader: InputReader): Promise<CanaryInputs> {
  const action = reader.enum('action', ['start', 'resume', 'promote', 'abort'] as const, { default: 'start' });
  const release = reader.string('release', { required: true, expected: 'a release name such as "web"' });
  // "<release>-canary" must still be a valid release name (53 characters).
  if (!NAME.test(release) || release.length > 46)
    throw inputError(
      'release',
      'lower-case letters, digits and "-", at most 46 characters (the canary adds "-canary")',
      release,
    );
  const namespace = reader.string('namespace', { default: 'default' }) as string;
  if (!NAME.test(namespace) || namespace.length > 63) throw inputError('namespace', 'a namespace name', namespace);
  const imageText = reader.string('image');
  const image = imageText ? splitImageRef(imageText) : undefined;
  if (action === 'start' && !image)
    throw inputError('image', 'the canary image such as "ghcr.io/acme/web:1.2.3" for action start');
  const chart = readChart(reader);
  if (!chart && action !== 'abort')
    throw inputError('chart', `the stable release's chart (path, repo/name or oci://) for action ${action}`);
  const chartVersion = readChartVersion(reader);
  const valuesFiles = readValuesFiles(reader);
  const set = await readValuesMap(reader, 'set', 'replicaCount: 1');
  const canaryValues = await readValuesMap(reader, 'canary-values', 'replicaCount: 1');
  const imageValues = await readImageValues(reader);
  const steps = parseSteps(reader.string('steps', { default: '10:1m, 25:1m, 50:1m, 100' }) as string);
  const provider = reader.enum('provider', TRAFFIC_PROVIDERS, { default: 'gateway-api' });
  const canaryName = `${release}-canary`;
  const target = {
    release,
    namespace,
    routeName: objectName(reader, 'route', release),
    stableService: objectName(reader, 'stable-service', release),
    canaryService: objectName(reader, 'canary-service', canaryName),
    stableDeployment: objectName(reader, 'stable-deployment', release),
    canaryDeployment: objectName(reader, 'canary-deployment', canaryName),
    header: readHeader(reader),
  };
  const prometheusUrl = reader.url('prometheus-url', { protocols: ['http:', 'https:'] });
  const token = reader.secret('prometheus-token', { token: true });
  if (token) {
    maskSecret(token);
    maskSecret(`Bearer ${token}`);
  }
  const metrics = parseMetrics(await reader.yaml('metrics'));
  if (metrics.some(isPrometheusMetric) && !prometheusUrl)
    throw inputError('prometheus-url', 'the Prometheus base URL when metrics are set');
  for (const value of headerSecrets(metrics.map((m) => ({ headers: m.web?.headers })))) maskSecret(value);
  const gates = parseGates(await reader.yaml('gates'));
  for (const value of headerSecrets(gates)) maskSecret(value);
  const intervalMs = reader.duration('interval', { default: 30_000, min: 1000, max: HOUR });
  const smokeChecks = await readSmokeChecks(reader, target, intervalMs);
  const count = reader.int('count', { default: 3, min: 1, max: 100 });
  const failureLimit = reader.int('failure-limit', { default: 0, min: 0, max: 100 });
  const onInconclusive = reader.enum('on-inconclusive', ['pause', 'abort'] as const, { default: 'pause' });
  const timeoutMs = reader.duration('timeout', { default: 5 * 60_000, min: 1000, max: 6 * HOUR });
  const checkImage = reader.bool('check-image', { default: true });
  const context = reader.string('context');
  const versionText = reader.string('helm-version');
  const helmVersion = versionText ? parseVersionSpec(versionText) : undefined;
  if (versionText && !helmVersion)
    throw inputError('helm-version', 'a major ("3"), a minor ("3.14") or an exact version ("3.14.2")', versionText);
  const helmDownloadUrl = (reader.url('helm-download-url') ?? new URL('https://get.helm.sh')).href;
  const kubeconfigYaml = await readKubeconfig(reader);
  const verify = readVerifyInputs(reader);
  const owner = runOwner();
  return {
    config: {
      action,
      deploy: {
        mode: 'deploy',
        release,
        namespace,
        chart,
        chartVersion,
        valuesFiles,
        set,
        image: undefined,
        imageValues,
        timeoutMs,
        historyMax: 10,
        rollbackOnFailure: true,
        createNamespace: false,
        checkImage,
        revision: undefined,
        strategy: 'rolling',
        blueGreen: undefined,
      },
      image: imageText?.trim(),
      canaryValues,
      steps,
      provider,
      target,
      prometheus: prometheusUrl ? { url: prometheusUrl, token } : undefined,
      metrics,
      smokeChecks,
      gates,
      count,
      intervalMs,
      failureLimit,
      onInconclusive,
      owner,
    },
    kubeconfigYaml,
    context,
    helmVersion,
    helmDownloadUrl,
    verify,
  };
}

/** `smoke-checks` (the smoke-test action's check format) against `smoke-base-url`, placeholders filled. */
async function readSmokeChecks(
  reader: InputReader,
  target: TrafficTarget,
  intervalMs: number,
): Promise<CheckSpec[] | undefined> {
  const baseText = reader.string('smoke-base-url');
  const document = await reader.yaml('smoke-checks');
  if (document === undefined || document === null || document === '') {
    if (baseText)
      throw inputError('smoke-checks', 'a YAML list of checks such as "- path: /health" when smoke-base-url is set');
    return undefined;
  }
  let baseUrl: URL | undefined;
  if (baseText) {
    const text = resolveSmokeBaseUrl(baseText, {
      canary: target.canaryService,
      stable: target.stableService,
      namespace: target.namespace,
      intervalMs,
    });
    try {
      baseUrl = new URL(text);
    } catch {
      baseUrl = undefined;
    }
    if (!baseUrl || !['http:', 'https:'].includes(baseUrl.protocol))
      throw inputError(
        'smoke-base-url',
        'an http(s) URL such as "http://{{ canary }}.{{ namespace }}.svc:8080"',
        baseText,
      );
  }
  try {
    return parseChecks(document, {
      where: `Input 'smoke-checks'`,
      baseUrl,
      defaultRequestTimeoutMs: Math.min(10_000, intervalMs),
    });
  } catch (error) {
    // The smoke engine names its own action's input; here it is smoke-base-url.
    if (error instanceof ConfigError)
      throw new ConfigError(error.message.replace(`the input 'base-url'`, `the input 'smoke-base-url'`));
    throw error;
  }
}

function readHeader(reader: InputReader): { name: string; value?: string } | undefined {
  const text = reader.string('canary-header');
  if (!text) return undefined;
  const match = HEADER.exec(text.trim());
  if (!match) throw inputError('canary-header', 'a header name such as "X-Canary" or "X-Canary: always"', text);
  return { name: match[1] as string, value: match[2]?.trim() || undefined };
}
