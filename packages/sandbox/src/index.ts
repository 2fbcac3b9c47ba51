export { loadSandboxEnv, SandboxNotUpError } from './load-sandbox-env';
export type { SandboxEnv } from './env-file';
export { parseEnvFile, renderEnvFile } from './env-file';
