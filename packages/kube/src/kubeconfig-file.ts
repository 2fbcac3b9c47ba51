import { join, basename, dirname } from 'node:path';
import { mkdtempSync, writeFileSync, chmodSync, existsSync, rmSync } from 'node:fs';
import { maskSecret, type Logger } from '@slipway/kit';
import { kubeconfigSecrets } from './kubeconfig';
import { mergeKubeconfigs, readKubeconfigFiles } from './kubeconfig-merge';

/**
 * The `kubeconfig` input is the YAML itself or its base64; this returns the YAML. Base64 is
 * recognised by decoding to something that looks like a kubeconfig.
 */
export function decodeKubeconfigInput(text: string): string {
  const trimmed = text.trim();
  if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
    const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/(^|\n)\s*(apiVersion|clusters|kind)\s*:/.test(decoded) || decoded.trim().startsWith('{')) return decoded;
  }
  return text;
}

/** Writes the kubeconfig 0600 in a private folder under `dir` (RUNNER_TEMP); returns its path. */
export async function writeKubeconfigFile(yaml: string, dir: string): Promise<string> {
  const folder = mkdtempSync(join(dir, 'slipway-kube-'));
  chmodSync(folder, 0o700);
  const path = join(folder, 'kubeconfig');
  writeFileSync(path, yaml.endsWith('\n') ? yaml : `${yaml}\n`, { mode: 0o600 });
  return path;
}

/** Deletes a kubeconfig written by writeKubeconfigFile, and its folder; true when something was removed. */
export async function removeKubeconfigFile(path: string): Promise<boolean> {
  if (!path || !existsSync(path)) return false;
  const folder = dirname(path);
  if (basename(folder).startsWith('slipway-kube-')) rmSync(folder, { recursive: true, force: true });
  else rmSync(path, { force: true });
  return true;
}

/** The post step's end of a runner session (helm-deploy, canary, the root action): the kubeconfig this job wrote, deleted and said. */
export async function removeJobKubeconfig(path: string | undefined, logger: Pick<Logger, 'info'>): Promise<void> {
  if (path && (await removeKubeconfigFile(path))) logger.info(`Deleted the kubeconfig written for this job (${path})`);
}

/**
 * The ambient KUBECONFIG as one file, for our client and helm alike: a single file is used where
 * it is; several are merged as kubectl merges them and written 0600 under `tempDir` (RUNNER_TEMP),
 * `onWritten` told the path so that a post step deletes it. undefined when KUBECONFIG is unset.
 */
export async function ambientKubeconfig(
  value: string | undefined,
  tempDir: string,
  onWritten?: (path: string) => void,
): Promise<string | undefined> {
  if (!value?.split(':').some(Boolean)) return undefined;
  const files = await readKubeconfigFiles(value);
  const [first] = files;
  if (files.length === 1 && first) return first.path;
  const merged = await mergeKubeconfigs(files);
  for (const secret of await kubeconfigSecrets(merged)) maskSecret(secret);
  const path = await writeKubeconfigFile(merged, tempDir);
  onWritten?.(path);
  return path;
}

/**
 * Where a session's kubeconfig comes from: the file an earlier step of this job wrote (post
 * reuses it), else the kubeconfig input, else the ambient KUBECONFIG (see ambientKubeconfig).
 */
export async function sessionKubeconfig(options: {
  written?: string;
  input: string | undefined;
  ambient: string | undefined;
  tempDir: string;
  onWritten?: (path: string) => void;
}): Promise<{ kubeconfigPath: string | undefined; kubeconfigYaml: string | undefined }> {
  if (options.written) return { kubeconfigPath: options.written, kubeconfigYaml: undefined };
  if (options.input !== undefined) return { kubeconfigPath: undefined, kubeconfigYaml: options.input };
  const path = await ambientKubeconfig(options.ambient, options.tempDir, options.onWritten);
  return { kubeconfigPath: path, kubeconfigYaml: undefined };
}
