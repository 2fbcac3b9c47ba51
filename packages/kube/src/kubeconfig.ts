import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { ConfigError, parseYamlText } from '@slipway/kit';

/** What a client needs to reach one cluster as one user, resolved from a kubeconfig context. */
export interface KubeAccess {
  server: string;
  context: string;
  /** The context's namespace, when it names one. */
  namespace: string | undefined;
  ca: Buffer | undefined;
  cert: Buffer | undefined;
  key: Buffer | undefined;
  token: string | undefined;
  username: string | undefined;
  password: string | undefined;
  insecureSkipTlsVerify: boolean;
  tlsServerName: string | undefined;
  /** The cluster's proxy-url (http or https): used instead of HTTPS_PROXY, as kubectl does. */
  proxyUrl: string | undefined;
  /** An exec credential plugin (EKS, GKE, AKS): run for a token or client certificate. */
  exec: ExecPlugin | undefined;
}

/** A user's `exec` entry: the plugin kubectl would run for credentials. */
export interface ExecPlugin {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** client.authentication.k8s.io/v1 or v1beta1: the ExecCredential version asked and expected. */
  apiVersion: string;
  /** Hand the plugin the cluster (server, CA, the cluster's exec extension) in KUBERNETES_EXEC_INFO. */
  provideClusterInfo: boolean;
  interactiveMode: string | undefined;
  /** The cluster's `client.authentication.k8s.io/exec` extension, passed on as spec.cluster.config. */
  clusterConfig: unknown;
}

type Named = { name?: unknown; [key: string]: unknown };
type Dict = Record<string, unknown>;

function list(doc: Dict, key: string): Named[] {
  const value = doc[key];
  return Array.isArray(value) ? (value as Named[]) : [];
}

function entry(doc: Dict, key: string, name: string, field: string): Dict | undefined {
  const found = list(doc, key).find((item) => item.name === name);
  const inner = found?.[field];
  return inner && typeof inner === 'object' ? (inner as Dict) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * Resolves a kubeconfig (YAML text) to the access of one context: the named one, else
 * current-context. File references are read relative to `baseDir`. Secrets stay in the result
 * only; errors never include them.
 */
export async function parseKubeconfig(
  text: string,
  options: { context?: string; baseDir?: string; where?: string } = {},
): Promise<KubeAccess> {
  const where = options.where ?? 'kubeconfig';
  const doc = await parseYamlText(text, where);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new ConfigError(`${where}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
  const config = doc as Dict;
  const contextName = options.context ?? str(config['current-context']);
  const names = list(config, 'contexts').map((c) => String(c.name));
  if (!contextName) throw new ConfigError(`${where}: no current-context; set 'context' to one of: ${names.join(', ')}`);
  const context = entry(config, 'contexts', contextName, 'context');
  if (!context && options.context !== undefined)
    throw new ConfigError(
      `Input 'context': expected a context of the kubeconfig (have: ${names.join(', ') || 'none'}), got ${JSON.stringify(contextName)}`,
    );
  if (!context)
    throw new ConfigError(`${where}: no context named "${contextName}" (have: ${names.join(', ') || 'none'})`);
  const clusterName = str(context['cluster']) ?? '';
  const cluster = entry(config, 'clusters', clusterName, 'cluster');
  if (!cluster)
    throw new ConfigError(`${where}: context "${contextName}" names cluster "${clusterName}", which is not defined`);
  const server = str(cluster['server']);
  if (!server) throw new ConfigError(`${where}: cluster "${clusterName}" has no server`);
  checkServer(server, clusterName, where);
  const proxyUrl = str(cluster['proxy-url']);
  if (proxyUrl) checkProxyUrl(proxyUrl, `${where}: cluster "${clusterName}" proxy-url`);
  const user = entry(config, 'users', str(context['user']) ?? '', 'user') ?? {};
  const baseDir = options.baseDir ?? process.cwd();
  const file = async (path: string | undefined) => (path ? readFile(resolve(baseDir, path)) : undefined);
  const data = (value: unknown) => (str(value) ? Buffer.from(value as string, 'base64') : undefined);
  const exec = user['exec'] as Dict | undefined;
  const tokenFile = await file(str(user['tokenFile']));
  return {
    server: server.replace(/\/+$/, ''),
    context: contextName,
    namespace: str(context['namespace']),
    ca: data(cluster['certificate-authority-data']) ?? (await file(str(cluster['certificate-authority']))),
    cert: data(user['client-certificate-data']) ?? (await file(str(user['client-certificate']))),
    key: data(user['client-key-data']) ?? (await file(str(user['client-key']))),
    token: str(user['token']) ?? tokenFile?.toString('utf8').trim(),
    username: str(user['username']),
    password: str(user['password']),
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    tlsServerName: str(cluster['tls-server-name']),
    proxyUrl,
    exec: exec ? execPlugin(exec, cluster, baseDir, resolve) : undefined,
  };
}

function execPlugin(exec: Dict, cluster: Dict, baseDir: string, resolve: (...p: string[]) => string): ExecPlugin {
  const command = String(exec['command'] ?? '');
  const extensions = Array.isArray(cluster['extensions']) ? (cluster['extensions'] as Named[]) : [];
  return {
    // kubectl runs a command with a slash relative to the kubeconfig's folder, any other from PATH.
    command: command.includes('/') ? resolve(baseDir, command) : command,
    args: Array.isArray(exec['args']) ? exec['args'].map(String) : [],
    env: Object.fromEntries(
      (Array.isArray(exec['env']) ? (exec['env'] as Dict[]) : []).map((e) => [String(e['name']), String(e['value'])]),
    ),
    apiVersion: str(exec['apiVersion']) ?? 'client.authentication.k8s.io/v1beta1',
    provideClusterInfo: exec['provideClusterInfo'] === true,
    interactiveMode: str(exec['interactiveMode']),
    clusterConfig: extensions.find((e) => e.name === 'client.authentication.k8s.io/exec')?.['extension'],
  };
}

/** The client speaks TLS only: a server of another scheme is the user's to fix, named by its field. */
function checkServer(server: string, clusterName: string, where: string): void {
  if (!/^https:\/\/[^/]/i.test(server))
    throw new ConfigError(
      `${where}: expected cluster "${clusterName}" server to be an https:// URL (the API client speaks TLS only), got ${JSON.stringify(server.slice(0, 80))}`,
    );
}

/**
 * Checks, without reading any file, the server of the context a run will use (`context`, else
 * current-context): inputs.ts refuses an http:// server before anything starts. Other problems
 * are left to parseKubeconfig.
 */
export async function checkKubeconfigServer(text: string, options: { context?: string; where: string }): Promise<void> {
  // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text).toJS({ maxAliasCount: 100 }) as Dict | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return;
  const contextName = options.context ?? str(doc['current-context']);
  const context = contextName === undefined ? undefined : entry(doc, 'contexts', contextName, 'context');
  const clusterName = str(context?.['cluster']) ?? '';
  const server = str(entry(doc, 'clusters', clusterName, 'cluster')?.['server']);
  if (server) checkServer(server, clusterName, options.where);
}

/** kubectl takes http, https and socks5 proxies; our client tunnels through the first two (CONNECT). */
export function checkProxyUrl(value: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${where}: expected a URL such as http://proxy:3128, got something else`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  if (url.protocol.startsWith('socks'))
    throw new ConfigError(
      `${where}: a SOCKS proxy (${url.protocol}//${url.host}) is not supported; use an http:// or https:// proxy`,
    );
  throw new ConfigError(`${where}: expected an http:// or https:// proxy, got ${url.protocol}//${url.host}`);
}

/** The names of a kubeconfig's contexts (none when the text is not a kubeconfig). */
export async function kubeconfigContexts(text: string): Promise<string[]> {
  // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text).toJS({ maxAliasCount: 100 }) as Dict | null;
  return doc && typeof doc === 'object' ? list(doc, 'contexts').map((c) => String(c.name)) : [];
}

/** The values in a kubeconfig that are secrets, to be masked wherever they could be printed. */
export async function kubeconfigSecrets(text: string): Promise<string[]> {
  // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text);
  const found: string[] = [];
  const users = (doc.toJS() as Dict | null)?.['users'];
  if (!Array.isArray(users)) return found;
  for (const item of users as Named[]) {
    const user = (item['user'] ?? {}) as Dict;
    for (const key of ['client-key-data', 'token', 'password']) if (str(user[key])) found.push(user[key] as string);
  }
  return found;
}
