import { ConfigError, ExecError, exec, maskSecret } from '@slipway/kit';
import type { ExecPlugin, KubeAccess } from './kubeconfig';

/** What an exec plugin handed out: a bearer token or a client certificate, and until when. */
export interface ExecCredential {
  token?: string;
  cert?: Buffer;
  key?: Buffer;
  /** Epoch ms of status.expirationTimestamp; undefined: valid until the API server says 401. */
  expiresAt?: number;
  /** When the plugin was started for it: expiresAt minus this is its lifetime. */
  obtainedAt: number;
}

/** Renew this long before the expiry: 30 s, or a quarter of a short credential's lifetime. */
export function renewalMargin(lifetimeMs: number): number {
  return Math.min(30_000, Math.max(0, lifetimeMs) / 4);
}

/**
 * The KUBERNETES_EXEC_INFO kubectl hands a plugin: the ExecCredential asked for, never
 * interactive (a runner has no terminal), with the cluster when provideClusterInfo is set.
 */
export function execInfo(access: KubeAccess, plugin: ExecPlugin): string {
  const cluster = {
    server: access.server,
    'tls-server-name': access.tlsServerName,
    'insecure-skip-tls-verify': access.insecureSkipTlsVerify || undefined,
    'certificate-authority-data': access.ca?.toString('base64'),
    'proxy-url': access.proxyUrl,
    config: plugin.clusterConfig,
  };
  return JSON.stringify({
    apiVersion: plugin.apiVersion,
    kind: 'ExecCredential',
    spec: { interactive: false, ...(plugin.provideClusterInfo ? { cluster } : {}) },
  });
}

/**
 * Runs a kubeconfig's exec plugin and keeps its credential, shared by every client of one
 * access: run again shortly before status.expirationTimestamp, or when the API server refuses
 * the credential (`renew`). Concurrent callers wait for one run.
 */
export class ExecCredentialSource {
  private current: Promise<ExecCredential> | undefined;

  constructor(
    private readonly access: KubeAccess,
    private readonly plugin: ExecPlugin,
    private readonly now: () => number = Date.now,
  ) {}

  /** The credential to send now: the one held unless it is about to expire. */
  async get(signal?: AbortSignal): Promise<ExecCredential> {
    const pending = this.current;
    if (pending) {
      const held = await pending; // a run that failed fails everyone who waited for it
      if (!this.expiring(held)) return held;
      if (this.current !== pending) return this.get(signal); // renewed meanwhile
    }
    return this.run(signal);
  }

  /** The API server refused `stale` (401): run the plugin again, once for all who saw it refused. */
  async renew(stale: ExecCredential, signal?: AbortSignal): Promise<ExecCredential> {
    const pending = this.current;
    const held = await pending?.catch(() => undefined);
    if (held && held !== stale) return held;
    if (this.current && this.current !== pending) return this.current;
    return this.run(signal);
  }

  private expiring(credential: ExecCredential): boolean {
    if (credential.expiresAt === undefined) return false;
    const margin = renewalMargin(credential.expiresAt - credential.obtainedAt);
    return this.now() >= credential.expiresAt - margin;
  }

  private run(signal: AbortSignal | undefined): Promise<ExecCredential> {
    const running = runPlugin(this.access, this.plugin, this.now(), signal);
    this.current = running;
    // The callers see a failed run; the next request runs the plugin again.
    running.catch(() => {
      if (this.current === running) this.current = undefined;
    });
    return running;
  }
}

async function runPlugin(
  access: KubeAccess,
  plugin: ExecPlugin,
  obtainedAt: number,
  signal?: AbortSignal,
): Promise<ExecCredential> {
  const name = `The kubeconfig's exec credential plugin (${plugin.command})`;
  if (plugin.interactiveMode === 'Always')
    throw new ConfigError(`${name} asks for interactiveMode: Always; a runner has no terminal to give it`);
  let stdout: string;
  try {
    ({ stdout } = await exec(plugin.command, plugin.args, {
      env: { ...process.env, ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(access, plugin) },
      signal,
      timeoutMs: 60_000,
    }));
  } catch (error) {
    if (signal?.aborted) throw error;
    const last = error instanceof ExecError ? error.result.stderr.trim().split('\n').at(-1)?.slice(0, 300) : '';
    throw new ConfigError(`${name} failed: ${last || (error instanceof Error ? error.message : String(error))}`, {
      cause: error,
    });
  }
  return { ...parseExecCredential(stdout, plugin, name), obtainedAt };
}

/** The status of a plugin's ExecCredential, checked as kubectl checks it; secrets are masked at once. */
export function parseExecCredential(
  stdout: string,
  plugin: ExecPlugin,
  name: string,
): Omit<ExecCredential, 'obtainedAt'> {
  let parsed: { apiVersion?: unknown; kind?: unknown; status?: Record<string, unknown> };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new ConfigError(`${name} did not print an ExecCredential (JSON) on stdout`);
  }
  if (parsed.kind !== 'ExecCredential' || parsed.apiVersion !== plugin.apiVersion)
    throw new ConfigError(
      `${name} printed ${String(parsed.apiVersion)} ${String(parsed.kind)}; the kubeconfig asks for ${plugin.apiVersion} ExecCredential`,
    );
  const status = parsed.status ?? {};
  const text = (key: string) => (typeof status[key] === 'string' && status[key] ? (status[key] as string) : undefined);
  const token = text('token');
  const cert = text('clientCertificateData');
  const key = text('clientKeyData');
  if (!token && !(cert && key))
    throw new ConfigError(`${name} handed out neither a token nor a client certificate and key`);
  if (Boolean(cert) !== Boolean(key))
    throw new ConfigError(`${name} handed out a client certificate without its key, or a key without its certificate`);
  for (const secret of [token, key]) maskSecret(secret);
  const expiry = text('expirationTimestamp');
  const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
  if (expiresAt !== undefined && Number.isNaN(expiresAt))
    throw new ConfigError(`${name} handed out an expirationTimestamp that is not a time (RFC 3339)`);
  return {
    token,
    cert: cert ? Buffer.from(cert) : undefined,
    key: key ? Buffer.from(key) : undefined,
    expiresAt,
  };
}

const sources = new WeakMap<KubeAccess, ExecCredentialSource>();

/** The one credential source of an access with an exec plugin, shared by all its clients. */
export function execCredentials(access: KubeAccess): ExecCredentialSource | undefined {
  if (!access.exec) return undefined;
  let source = sources.get(access);
  if (!source) sources.set(access, (source = new ExecCredentialSource(access, access.exec)));
  return source;
}
