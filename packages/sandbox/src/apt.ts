import { run, runOk } from './run';

export type Log = (line: string) => void;

/** The lock file every apt-get of the set-up takes (flock), shared with scripts/install-scanners.sh. */
const APT_LOCK = '/tmp/slipway-apt.lock';

async function installedVersion(pkg: string): Promise<string | undefined> {
  const result = await run('dpkg-query', ['-W', '-f=${Status}|${Version}', pkg]);
  if (result.code !== 0) return undefined;
  const [status, version] = result.stdout.split('|');
  return status === 'install ok installed' ? version : undefined;
}

/**
 * Installs the Debian packages the sandbox runs (docker.io, buildah, docker-registry, etcd-server,
 * prometheus, apache2-utils, tinyproxy for the proxy tests) when any is missing, non-interactively. Warns when an installed
 * version does not start with the one versions.json expects.
 */
export async function ensureDebianPackages(expected: Record<string, string>, log: Log): Promise<void> {
  const missing: string[] = [];
  for (const pkg of Object.keys(expected)) {
    if ((await installedVersion(pkg)) === undefined) missing.push(pkg);
  }
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      throw new Error(`missing Debian packages ${missing.join(', ')}; run as root to install them`);
    }
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // One apt-get at a time with install-scanners.sh's (setup.sh runs both at once): the same lock file.
    await runOk('flock', [APT_LOCK, 'apt-get', 'update', '-q'], { env });
    await runOk(
      'flock',
      [
        APT_LOCK,
        'apt-get',
        'install',
        '-y',
        '-q',
        '--no-install-recommends',
        '-o',
        'Dpkg::Options::=--force-confold',
        ...missing,
      ],
      { env },
    );
  }
  for (const [pkg, prefix] of Object.entries(expected)) {
    const version = await installedVersion(pkg);
    if (version === undefined) throw new Error(`Debian package ${pkg} is still not installed`);
    const upstream = version.replace(/^\d+:/, '');
    if (!upstream.startsWith(prefix)) {
      log(`warning: ${pkg} ${version} installed, versions.json expects ${prefix}.x`);
    }
  }
}
