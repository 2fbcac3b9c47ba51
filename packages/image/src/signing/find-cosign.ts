import { compareVersions, ConfigError, versionInText } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { COSIGN_PIN } from './cosign-pin';

/** cosign from PATH (or the path given), at COSIGN_PIN.minimum or later; its version, as it says. */
export async function findCosign(
  exec: Exec,
  env: NodeJS.ProcessEnv,
  file = 'cosign',
): Promise<{ file: string; version: string }> {
  const install = `install cosign v${COSIGN_PIN.version} in an earlier step (scripts/install-scanners.sh cosign builds it)`;
  const result = await exec(file, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
    throw new ConfigError(`cosign: '${file}' not found on PATH; ${install}`);
  });
  const text = `${result.stdout}\n${result.stderr}`;
  const version = versionInText(/GitVersion:\s*(\S+)/.exec(text)?.[1] ?? '');
  if (!version) throw new ConfigError(`cosign: '${file} version' printed no GitVersion; ${install}`);
  if (compareVersions(version, COSIGN_PIN.minimum) < 0)
    throw new ConfigError(`cosign: ${file} is ${version}, below ${COSIGN_PIN.minimum}; ${install}`);
  return { file, version };
}
