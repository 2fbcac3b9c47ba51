import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import {
  readChart,
  readChartVersion,
  readImageValues,
  readClusterAccess,
  readValuesFiles,
  readValuesMap,
  splitImageRef,
  type ClusterAccessInputs,
} from '@slipway/helm';
import { parseChecks, type CheckSpec } from '@slipway/smoke';
import { readCosignInputs, readVerifyInputs, type CosignInputs, type VerifyPolicy } from '@slipway/image';
import { readDeploymentSettings, type DeploymentSettings } from '@slipway/github';
import {
  canaryHeaderSecrets,
  isPrometheusMetric,
  parseCanaryLoad,
  parseGates,
  parseMetrics,
  parseSteps,
  resolveSmokeBaseUrl,
  runOwner,
  TRAFFIC_PROVIDERS,
  type CanaryConfig,
  type MirrorShare,
  type TrafficTarget,
} from '@slipway/canary';

export interface CanaryInputs extends ClusterAccessInputs {
  config: CanaryConfig;
  /** verify-key given: the canary image must pass this policy before anything changes (action start). */
  verify: VerifyPolicy | undefined;
  /** Which cosign verifies when none on PATH fits (cosign-version, cosign-download-url). */
  cosign: CosignInputs;
  /** GitHub Deployments: set when github-token and environment are given (recorded for action start). */
  github: DeploymentSettings | undefined;
}

const HOUR = 3_600_000;
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?::\s*(.*))?$/;
/** RFC 6265: a token, then optionally "=" and cookie-octets (no space, quote, comma, semicolon, backslash). */
const COOKIE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:=([\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+))?$/;
const MIRROR = /^(?:(\d{1,3})(?:\.(\d{1,4}))?\s*%?|(\d{1,9})\s*\/\s*(\d{1,9}))$/;

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
    cookie: gatewayOnly(reader, provider, 'canary-cookie', readCookie),
    mirror: gatewayOnly(reader, provider, 'canary-mirror', readMirror),
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
  const gates = parseGates(await reader.yaml('gates'));
  const intervalMs = reader.duration('interval', { default: 30_000, min: 1000, max: HOUR });
  const smokeChecks = await readSmokeChecks(reader, target, intervalMs);
  const count = reader.int('count', { default: 3, min: 1, max: 100 });
  const load = parseCanaryLoad(await reader.yaml('load'), { target, intervalMs, count });
  if (!load && metrics.some((m) => m.provider === 'load'))
    throw inputError('load', "the load to generate (url, rps) when a metric has provider 'load'");
  for (const value of canaryHeaderSecrets({ metrics, gates, load })) maskSecret(value);
  const failureLimit = reader.int('failure-limit', { default: 0, min: 0, max: 100 });
  const onInconclusive = reader.enum('on-inconclusive', ['pause', 'abort'] as const, { default: 'pause' });
  const scaleDownStable = reader.bool('scale-down-stable', { default: false });
  if (scaleDownStable && provider === 'replicas')
    throw inputError('scale-down-stable', 'false with provider replicas (it splits traffic by pods itself)', 'true');
  const timeoutMs = reader.duration('timeout', { default: 5 * 60_000, min: 1000, max: 6 * HOUR });
  const checkImage = reader.bool('check-image', { default: true });
  const access = await readClusterAccess(reader);
  const verify = readVerifyInputs(reader);
  const github = readDeploymentSettings(reader);
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
      load,
      gates,
      count,
      intervalMs,
      failureLimit,
      onInconclusive,
      scaleDownStable,
      owner,
    },
    ...access,
    verify,
    cosign: readCosignInputs(reader),
    github,
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

/** An input that only the gateway-api provider can honour: refused with another provider. */
function gatewayOnly<T>(
  reader: InputReader,
  provider: string,
  name: string,
  read: (reader: InputReader) => T | undefined,
): T | undefined {
  const value = read(reader);
  if (value !== undefined && provider !== 'gateway-api')
    throw inputError(name, 'no value unless provider is gateway-api', reader.string(name));
  return value;
}

/** `canary-cookie`: "name" (value "always") or "name=value". */
function readCookie(reader: InputReader): { name: string; value: string } | undefined {
  const text = reader.string('canary-cookie');
  if (!text) return undefined;
  const match = COOKIE.exec(text);
  if (!match) throw inputError('canary-cookie', 'a cookie name such as "canary" or "canary=always"', text);
  return { name: match[1] as string, value: match[2] ?? 'always' };
}

/** `canary-mirror`: a percent ("5", "5%"), a decimal percent ("0.5%") or a fraction ("1/1000"), above 0. */
function readMirror(reader: InputReader): MirrorShare | undefined {
  const text = reader.string('canary-mirror');
  if (!text) return undefined;
  const expected = 'a share of requests above 0 and at most 100%, such as "5%", "0.5%" or "1/1000"';
  const match = MIRROR.exec(text);
  if (!match) throw inputError('canary-mirror', expected, text);
  const [, whole, decimals, numerator, denominator] = match;
  let share: MirrorShare;
  if (whole !== undefined && !decimals) share = { percent: Number(whole) };
  else if (whole !== undefined) {
    const scale = 10 ** (decimals as string).length;
    share = { fraction: { numerator: Number(whole) * scale + Number(decimals), denominator: 100 * scale } };
  } else share = { fraction: { numerator: Number(numerator), denominator: Number(denominator) } };
  const [n, d] = 'percent' in share ? [share.percent, 100] : [share.fraction.numerator, share.fraction.denominator];
  if (n <= 0 || d <= 0 || n > d || d > 2_147_483_647) throw inputError('canary-mirror', expected, text);
  return share;
}
