import { existsSync } from 'node:fs';
import { readEnvFile, type SandboxEnv } from './env-file';
import { envFilePath } from './paths';

export class SandboxNotUpError extends Error {
  constructor(path: string) {
    super(`sandbox is not up: run npm run sandbox -- up (no env file at ${path})`);
    this.name = 'SandboxNotUpError';
  }
}

/**
 * Reads the env file written by `npm run sandbox -- up`: ports, paths, kubeconfigs, credentials.
 * Throws SandboxNotUpError when the sandbox has not been brought up.
 */
export function loadSandboxEnv(env: NodeJS.ProcessEnv = process.env): SandboxEnv {
  const path = envFilePath(env);
  if (!existsSync(path)) throw new SandboxNotUpError(path);
  return readEnvFile(path);
}
