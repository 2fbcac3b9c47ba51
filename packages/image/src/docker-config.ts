import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, maskSecret } from '@slipway/kit';
import type { RegistryCredentials } from './registry-client';

export interface RegistryLogin extends RegistryCredentials {
  registry: string;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  [key: string]: unknown;
}

/** Docker Hub's credentials live under this key in a docker config. */
const HUB_KEY = 'https://index.docker.io/v1/';
const keyOf = (registry: string) => (registry === 'docker.io' ? HUB_KEY : registry);

/**
 * Writes a docker config of our own (0600, in a 0700 directory under `parentDir`) holding the
 * logins, on top of an existing config when given. Docker and buildx read it through
 * DOCKER_CONFIG=<dir>, buildah through REGISTRY_AUTH_FILE=<dir>/config.json. Every secret and
 * its base64 form is masked first.
 */
export function writeDockerConfig(parentDir: string, logins: RegistryLogin[], base?: string): string {
  let config: DockerConfigFile = {};
  if (base) {
    try {
      config = JSON.parse(readFileSync(base, 'utf8')) as DockerConfigFile;
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? 'not JSON';
      throw new ConfigError(`Input 'docker-config': expected a readable docker config.json, got "${base}" (${why})`);
    }
  }
  config.auths = { ...(config.auths ?? {}) };
  // A credential helper of the base config would shadow our logins for its registries.
  delete config['credsStore'];
  for (const login of logins) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    maskSecret(login.password);
    maskSecret(auth);
    config.auths[keyOf(login.registry)] = { auth };
  }
  const dir = join(parentDir, `slipway-docker-${globalThis.crypto.randomUUID()}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return dir;
}

/** Credentials for a registry from a docker config directory (for our own registry client). */
export function credentialsFor(configDir: string, registry: string): RegistryCredentials | undefined {
  const file = join(configDir, 'config.json');
  if (!existsSync(file)) return undefined;
  const config = JSON.parse(readFileSync(file, 'utf8')) as DockerConfigFile;
  const entry = config.auths?.[keyOf(registry)];
  if (!entry) return undefined;
  if (entry.auth) {
    const text = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) };
  }
  return entry.username && entry.password ? { username: entry.username, password: entry.password } : undefined;
}

/** Removes a config directory written by writeDockerConfig; safe to call twice. */
export function removeDockerConfig(dir: string): boolean {
  if (!dir || !existsSync(dir) || !/slipway-docker-[0-9a-f-]{36}$/.test(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}
