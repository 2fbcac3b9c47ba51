import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxContext } from '../component';
import { runOk } from '../run';

export interface Buildah {
  /** CONTAINERS_STORAGE_CONF: vfs storage under the sandbox state folder. */
  storageConf: string;
  /** CONTAINERS_REGISTRIES_CONF: marks the anonymous loopback registry as plain HTTP. */
  registriesConf: string;
  /** REGISTRY_AUTH_FILE: where `buildah login` keeps credentials. */
  authFile: string;
}

/** Debian buildah needs no daemon: only configuration files of the sandbox's own. */
export async function configureBuildah(ctx: SandboxContext, anonymousRegistry: string): Promise<Buildah> {
  const dir = join(ctx.paths.config, 'containers');
  const storage = join(ctx.paths.data, 'buildah');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(storage, 'root'), { recursive: true });
  mkdirSync(join(storage, 'runroot'), { recursive: true });
  const buildah: Buildah = {
    storageConf: join(dir, 'storage.conf'),
    registriesConf: join(dir, 'registries.conf'),
    authFile: join(dir, 'auth.json'),
  };
  writeFileSync(
    buildah.storageConf,
    [
      '[storage]',
      'driver = "vfs"',
      `graphroot = ${JSON.stringify(join(storage, 'root'))}`,
      `runroot = ${JSON.stringify(join(storage, 'runroot'))}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    buildah.registriesConf,
    [
      'unqualified-search-registries = []',
      '',
      '[[registry]]',
      `location = ${JSON.stringify(anonymousRegistry)}`,
      'insecure = true',
      '',
    ].join('\n'),
  );
  if (!existsSync(buildah.authFile)) writeFileSync(buildah.authFile, '{}\n');
  const env = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: buildah.storageConf,
    CONTAINERS_REGISTRIES_CONF: buildah.registriesConf,
  };
  await runOk('buildah', ['--version'], { env });
  return buildah;
}
