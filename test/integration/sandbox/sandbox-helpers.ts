import { run, type RunResult } from '../../../packages/sandbox/src/run';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadSandboxEnv, type SandboxEnv } from '@slipway/sandbox';

export const sandbox: SandboxEnv = loadSandboxEnv();

export function need(key: string): string {
  const value = sandbox[key];
  if (!value) throw new Error(`the sandbox env file has no ${key}: run npm run sandbox -- up`);
  return value;
}

/** The process environment with the sandbox's variables (DOCKER_HOST, KUBECONFIG, ...) on top. */
export function sandboxProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...sandbox, PATH: `${need('SLIPWAY_BIN')}:${process.env['PATH'] ?? ''}`, ...extra };
}

export type CommandResult = RunResult;

/** Runs a command (argv array, no shell) with the sandbox environment; the sandbox's own run(). */
export function exec(
  command: string,
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<CommandResult> {
  return run(command, args, { cwd: options.cwd, input: options.input, env: sandboxProcessEnv(options.env) });
}

/** exec() that throws with the output when the command fails. */
export async function execOk(
  command: string,
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<CommandResult> {
  const result = await exec(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stderr}\n${result.stdout}`);
  }
  return result;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP(S) request; HTTPS is verified against the sandbox CA only. */
export function httpRequestTo(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const request = secure ? httpsRequest : httpRequest;
    const req = request(
      target,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: options.headers,
        ...(secure ? { ca: readFileSync(need('SLIPWAY_CA_CERT')) } : {}),
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const manifestTypes = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

/** The digest a registry reports for repository:tag (HEAD /v2/<repo>/manifests/<tag>). */
export async function registryDigest(
  registry: string,
  repository: string,
  tag: string,
  credentials?: { user: string; password: string },
): Promise<string> {
  const secure = registry === need('SLIPWAY_REGISTRY_TLS');
  const headers: Record<string, string> = { accept: manifestTypes };
  if (credentials) {
    headers['authorization'] = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
  }
  const res = await httpRequestTo(`${secure ? 'https' : 'http'}://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers,
  });
  const digest = res.headers['docker-content-digest'];
  if (res.status !== 200 || typeof digest !== 'string') {
    throw new Error(`HEAD ${registry}/v2/${repository}/manifests/${tag} answered ${res.status}`);
  }
  return digest;
}

/** Polls until check() returns a value (not undefined), up to timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(500);
  }
  throw new Error(`condition not met within ${timeoutMs / 1000}s${lastError ? `: ${String(lastError)}` : ''}`);
}

/** A short unique suffix, so tests never collide with each other's releases or tags. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** Per-test timeout for sandbox tests: generous, the assertions themselves never time anything. */
export const testTimeoutMs = 300_000;
