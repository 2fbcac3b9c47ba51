import { existsSync } from 'node:fs';
import { ConfigError, inputError, maskSecret, refuseOptionLike, type InputReader } from '@slipway/kit';
import { DEFAULT_IMAGE_VALUES, type ImageValuePaths } from './deploy/image-values';
import { parseVersionSpec, type HelmVersionSpec } from './helm-version';

const VALUE_PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * Input readers shared by every action that deploys a helm release (helm-deploy, canary), so
 * that the same input is parsed, validated and masked the same way in each.
 */

/** A YAML map of chart values (`set`, `canary-values`); empty when not given. */
export async function readValuesMap(
  reader: InputReader,
  name: string,
  example: string,
): Promise<Record<string, unknown>> {
  const value = await reader.yaml(name);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw inputError(name, `a YAML map of values such as "${example}"`, reader.raw(name));
  return value as Record<string, unknown>;
}

/** `values-files`: local files held inside the workspace; helm fetches http(s) ones itself. */
export function readValuesFiles(reader: InputReader): string[] {
  return reader.list('values-files').map((f) => (/^https?:\/\//i.test(f) ? f : reader.inside('values-files', f)));
}

/** `chart`: a local chart directory or archive is held inside the workspace; repo/name and oci:// are not paths. */
export function readChart(reader: InputReader): string | undefined {
  const chart = reader.string('chart');
  if (chart) refuseOptionLike('chart', chart, 'a chart path, repo/name or oci:// reference');
  if (!chart || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart)) return chart;
  const local = /^[./~]/.test(chart) || existsSync(chart);
  return local ? reader.inside('chart', chart) : chart;
}

/** `chart-version`: a version or constraint ("1.2.3", "^1.2"), which helm takes after --version. */
export function readChartVersion(reader: InputReader): string | undefined {
  const version = reader.string('chart-version');
  return version && refuseOptionLike('chart-version', version, 'a chart version or constraint such as "1.2.3"');
}

/** `image-values`: where the chart takes the image's repository, tag and digest. */
export async function readImageValues(reader: InputReader): Promise<ImageValuePaths> {
  const map = await readValuesMap(reader, 'image-values', 'repository: image.repository');
  const paths = { ...DEFAULT_IMAGE_VALUES };
  for (const [key, value] of Object.entries(map)) {
    if (!Object.hasOwn(DEFAULT_IMAGE_VALUES, key))
      throw inputError('image-values', 'keys repository, tag and digest', key);
    const path = value === null ? '' : String(value);
    if (path && !VALUE_PATH.test(path)) throw inputError('image-values', `a dotted values path for ${key}`, path);
    paths[key as keyof ImageValuePaths] = path;
  }
  return paths;
}

/** The kubeconfig YAML (decoded from base64 if so given), its secrets masked; never echoed. */
export async function readKubeconfig(reader: InputReader): Promise<string | undefined> {
  const raw = reader.secret('kubeconfig');
  if (!raw) return undefined;
  // kube (and yaml under it) loads only when the kubeconfig input is given.
  const { checkKubeconfigServer, decodeKubeconfigInput, kubeconfigContexts, kubeconfigSecrets } =
    await import('@slipway/kube');
  const yaml = decodeKubeconfigInput(raw);
  if (yaml !== raw) maskSecret(raw.replace(/\s+/g, ''));
  let secrets: string[];
  try {
    secrets = await kubeconfigSecrets(yaml);
  } catch {
    throw new ConfigError(`Input 'kubeconfig': expected a kubeconfig as YAML or base64 (value not shown)`);
  }
  for (const secret of secrets) {
    maskSecret(secret);
    // A PEM key is logged line by line by anything that prints it decoded: mask each line too.
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    if (decoded.includes('PRIVATE KEY'))
      for (const line of decoded.split('\n')) if (!line.startsWith('-----')) maskSecret(line);
  }
  if (!/(^|\n)\s*clusters\s*:/.test(yaml))
    throw new ConfigError(
      `Input 'kubeconfig': expected a kubeconfig as YAML or base64 with clusters, users and contexts (value not shown)`,
    );
  // A context the kubeconfig lacks is found here, before a GitHub deployment or anything else starts.
  const context = reader.raw('context');
  const contexts = await kubeconfigContexts(yaml);
  if (context !== undefined && !contexts.includes(context))
    throw inputError('context', `a context of the kubeconfig (have: ${contexts.join(', ') || 'none'})`, context);
  await checkKubeconfigServer(yaml, { context, where: "Input 'kubeconfig'" });
  return yaml;
}

/** How a deploying action reaches its cluster and which helm it runs. */
export interface ClusterAccessInputs {
  kubeconfigYaml: string | undefined;
  context: string | undefined;
  helmVersion: HelmVersionSpec | undefined;
  helmDownloadUrl: string;
}

/** `kubeconfig`, `context`, `helm-version` and `helm-download-url`, as helm-deploy and canary read them. */
export async function readClusterAccess(reader: InputReader): Promise<ClusterAccessInputs> {
  const context = reader.string('context');
  const versionText = reader.string('helm-version');
  const helmVersion = versionText ? parseVersionSpec(versionText) : undefined;
  if (versionText && !helmVersion)
    throw inputError('helm-version', 'a major ("3"), a minor ("3.14") or an exact version ("3.14.2")', versionText);
  const helmDownloadUrl = (reader.url('helm-download-url') ?? new URL('https://get.helm.sh')).href;
  const kubeconfigYaml = await readKubeconfig(reader);
  return { kubeconfigYaml, context, helmVersion, helmDownloadUrl };
}
