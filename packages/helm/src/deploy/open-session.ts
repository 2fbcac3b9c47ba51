import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import type { Logger } from '@slipway/kit';
import { KubeClient, parseKubeconfig, writeKubeconfigFile } from '@slipway/kube';
import { HelmCli } from '../helm-cli';
import type { HelmVersionSpec } from '../helm-version';
import { SecretReleaseReader, usesSecretStorage } from '../release-secrets';
import { resolveHelm, type HelmChoice } from '../resolve-helm';
import type { DeployContext } from './deploy-types';

export interface SessionOptions {
  /** The kubeconfig YAML from the input; written 0600 under `tempDir`. */
  kubeconfigYaml: string | undefined;
  /** Otherwise this file (the ambient KUBECONFIG). */
  kubeconfigPath: string | undefined;
  context: string | undefined;
  namespace: string;
  helmVersion: HelmVersionSpec | undefined;
  /** Where helmVersion was set, for the errors (default: the action input). */
  helmVersionSource?: string;
  helmDownloadUrl: string;
  /** chooseHelm's answer, when the caller settled which helm before creating anything. */
  helmChoice?: HelmChoice;
  tempDir: string;
  toolCacheDir: string;
  /** Told the directory of a helm taken from the tool cache or installed (the action puts it on PATH). */
  onHelmInstalled?: (dir: string) => void;
  logger: Logger;
  signal?: AbortSignal;
  /**
   * Resolve (or install) helm while the caller goes on: `runRelease`'s pre-flight checks the
   * cluster meanwhile and reports a helm failure first. Default false: resolved before returning.
   */
  helmInBackground?: boolean;
  /** Called as soon as the kubeconfig file exists, so a post step can delete it whatever happens next. */
  onKubeconfigWritten?: (path: string) => void;
}

/** The kubeconfig on disk, helm resolved (or installed), and clients for both. */
export async function openSession(options: SessionOptions): Promise<DeployContext> {
  let path = options.kubeconfigPath;
  if (options.kubeconfigYaml !== undefined) {
    path = await writeKubeconfigFile(options.kubeconfigYaml, options.tempDir);
    options.onKubeconfigWritten?.(path);
  }
  if (!path) throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
  const text = options.kubeconfigYaml ?? (await readFile(path, 'utf8'));
  const access = await parseKubeconfig(text, { context: options.context, baseDir: dirname(path) });
  const resolving = resolveHelm({
    spec: options.helmVersion,
    specSource: options.helmVersionSource,
    ...(options.helmChoice ? { choice: options.helmChoice } : {}),
    downloadBaseUrl: options.helmDownloadUrl,
    cacheDir: options.toolCacheDir,
    onInstalled: options.onHelmInstalled,
    logger: options.logger,
    signal: options.signal,
  });
  if (!options.helmInBackground) await resolving;
  const workDir = mkdtempSync(join(options.tempDir, 'slipway-helm-deploy-'));
  const kube = new KubeClient(access, options.signal);
  return {
    helm: new HelmCli(
      resolving.then((helm) => ({
        path: helm.path,
        major: helm.version.major,
        kubeconfig: path,
        context: options.context,
        namespace: options.namespace,
      })),
      options.logger,
      options.signal,
    ),
    kube,
    // helm keeps history in Secrets unless HELM_DRIVER says otherwise: read them, not `helm history`.
    releases: usesSecretStorage() ? new SecretReleaseReader(kube, options.namespace) : undefined,
    logger: options.logger,
    workDir,
    signal: options.signal,
  };
}
