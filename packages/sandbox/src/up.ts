import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackages } from './apt';
import { ensureBinaries, type Binaries } from './binaries';
import { ensureCa } from './certs';
import { ComponentError, type Log, type SandboxContext } from './component';
import { configureBuildah } from './components/buildah';
import { ensureDeployerAccess, deployerNamespace } from './components/deployer-access';
import { startDocker } from './components/docker';
import { trustRegistryCa } from './components/docker-trust';
import { startEtcd } from './components/etcd';
import { installGatewayApiCrds } from './components/gateway-api-crds';
import { startControlPlane } from './components/kubernetes';
import { startKwok } from './components/kwok';
import { startMetricsStub } from './components/metrics-stub';
import { startPrometheus } from './components/prometheus';
import { startRegistries } from './components/registry';
import { linkTools } from './components/tools';
import { writeEnvFile } from './env-file';
import { sandboxPaths } from './paths';
import { sandboxPorts } from './ports';
import { sandboxEnv } from './sandbox-env';
import { loadVersions } from './versions';

const systemRoots = '/etc/ssl/certs/ca-certificates.crt';

async function step<T>(log: Log, name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  log(`${name}…`);
  try {
    const result = await action();
    log(`${name}: ok (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    return result;
  } catch (error) {
    if (error instanceof ComponentError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ComponentError(name, reason);
  }
}

function writeCaBundle(ctx: SandboxContext): string {
  const bundle = join(ctx.paths.certs, 'ca-bundle.crt');
  let roots = '';
  try {
    roots = readFileSync(systemRoots, 'utf8');
  } catch {
    // no system roots on this machine: the bundle holds the sandbox CA alone
  }
  writeFileSync(bundle, `${roots.trimEnd()}\n${readFileSync(ctx.ca.cert, 'utf8')}`);
  return bundle;
}

/**
 * Brings every component up (idempotent: what already runs is kept) and writes the env file.
 * The Go builds run while the Debian components start.
 */
export async function up(log: Log): Promise<string> {
  const paths = sandboxPaths();
  const versions = loadVersions();
  for (const dir of [paths.state, paths.logs, paths.pids, paths.certs, paths.data, paths.config]) {
    mkdirSync(dir, { recursive: true });
  }
  await step(log, 'debian packages', () => ensureDebianPackages(versions.debian, log));
  const ca = await step(log, 'certificate authority', () => ensureCa(paths.certs));
  const ctx: SandboxContext = { paths, ports: sandboxPorts(), versions, log, ca };

  const building = step(log, 'go binaries', () =>
    ensureBinaries(paths, versions, (name, result) =>
      log(`  ${name}: ${result.built ? `built in ${result.seconds.toFixed(0)}s` : 'cached'} (${result.dir})`),
    ),
  );
  const starting = (async () => {
    const docker = await step(log, 'docker engine', () => startDocker(ctx));
    const registries = await step(log, 'registries', () => startRegistries(ctx));
    trustRegistryCa(ctx.ports.registryTls, ca.cert);
    const buildah = await step(log, 'buildah', () => configureBuildah(ctx, registries.anonymous));
    const metricsUrl = await step(log, 'metrics stub', () => startMetricsStub(ctx));
    const prometheusUrl = await step(log, 'prometheus', () => startPrometheus(ctx));
    return { docker, registries, buildah, metricsUrl, prometheusUrl };
  })();
  // Report a component that fails to start at once, without waiting for the builds.
  building.catch(() => undefined);
  const infra = await starting;
  const binaries: Binaries = await building;

  const cluster = { ...ctx, binaries };
  const etcdUrl = await step(log, 'etcd', () => startEtcd(cluster));
  const plane = await step(log, 'kubernetes control plane', () => startControlPlane(cluster, etcdUrl));
  const deployerKubeconfig = await step(log, 'deployer access', () => ensureDeployerAccess(cluster, plane));
  const nodes = await step(log, 'kwok nodes', () => startKwok(cluster, plane));
  const tools = linkTools(ctx, binaries);

  const env = sandboxEnv(ctx, {
    ...infra,
    apiServer: plane.server,
    apiTokens: plane.tokens,
    adminKubeconfig: plane.adminKubeconfig,
    deployerKubeconfig,
    namespace: deployerNamespace,
    nodes,
    binaries,
    tools,
    caBundle: writeCaBundle(ctx),
  });
  writeEnvFile(paths.envFile, env);
  await step(log, 'gateway api crds', () => installGatewayApiCrds(env, versions.gatewayApi));
  return paths.envFile;
}
