import { compareVersions, ConfigError, versionInText } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { COSIGN_PIN, SYFT_PIN } from './tool-pins';

export interface FoundTool {
  file: string;
  version: string;
}

const TOOLS = {
  cosign: { pin: COSIGN_PIN, line: /GitVersion:\s*(\S+)/ },
  syft: { pin: SYFT_PIN, line: /^Version:\s*(\S+)/m },
} as const;

/** A signing tool from PATH, at its pin's minimum or later, and its version as `<tool> version` says. */
async function findPinned(name: keyof typeof TOOLS, exec: Exec, env: NodeJS.ProcessEnv): Promise<FoundTool> {
  const { pin, line } = TOOLS[name];
  const install = `install ${name} v${pin.version} in an earlier step (scripts/install-scanners.sh ${name} builds it)`;
  const result = await exec(name, ['version'], { env, ignoreExitCode: true, timeoutMs: 30_000 }).catch(() => {
    throw new ConfigError(`${name}: '${name}' not found on PATH; ${install}`);
  });
  const version = versionInText(line.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? '');
  if (!version) throw new ConfigError(`${name}: '${name} version' printed no version; ${install}`);
  if (compareVersions(version, pin.minimum) < 0)
    throw new ConfigError(`${name}: ${name} on PATH is ${version}, below ${pin.minimum}; ${install}`);
  return { file: name, version };
}

/** cosign from PATH, v3.0.4 or later (earlier v3 releases needed a trusted root to verify offline). */
export function findCosign(exec: Exec, env: NodeJS.ProcessEnv): Promise<FoundTool> {
  return findPinned('cosign', exec, env);
}

/** syft from PATH, for the SBOM build-push attests. */
export function findSyft(exec: Exec, env: NodeJS.ProcessEnv): Promise<FoundTool> {
  return findPinned('syft', exec, env);
}
