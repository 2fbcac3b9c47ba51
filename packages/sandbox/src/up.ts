import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from './apt';
import { allBinaries, startBuilds, type Purpose } from './binaries';
import { clusterSpec, type ClusterSpec } from './cluster-spec';
import { ensureCa } from './certs';
import { ComponentError, type Log, type SandboxContext } from './component';
import { configureBuildah } from './components/buildah';
import { startCluster, type Cluster } from './components/cluster';
import { deployerNamespace } from './components/deployer-access';
import { startDocker } from './components/docker';
import { trustRegistryCa } from './components/docker-trust';
import { installGatewayApiCrds } from './components/gateway-api-crds';
import { startMetricsStub } from './components/metrics-stub';
import { startPrometheus } from './components/prometheus';
import { startRegistries } from './components/registry';
import { linkTools } from './components/tools';
import { readEnvFile, writeEnvFile } from './env-file';
import { sandboxPaths } from './paths';
import { portBase, sandboxPorts } from './ports';
import { reservePortBlock } from './reserved-ports';
import type { Progress } from './progress';
import { sandboxEnv } from './sandbox-env';
import { cpuSecondsSoFar, readTiming, writeTiming } from './timings';
import { loadVersions } from './versions';

const systemRoots = '/etc/ssl/certs/ca-certificates.crt';

/** Runs one part of `up` with a progress line, saying how long it took (and took last time). */
function stepper(log: Log, progress: Progress, cache: string) {
  return async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const key = `sandbox-${name.replaceAll(' ', '-')}`;
    const started = Date.now();
    const line = progress.start(name, readTiming(cache, key));
    try {
      const result = await action();
      const seconds = (Date.now() - started) / 1000;
      line.end();
      log(`${name}: ok (${seconds.toFixed(1)}s)`);
      // Only the slow ones are worth a "last time" (apt-get, a cold Kubernetes start).
      if (seconds >= 5) writeTiming(cache, key, { seconds: Math.round(seconds), at: new Date().toISOString() });
      return result;
    } catch (error) {
      line.end();
      if (error instanceof ComponentError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ComponentError(name, reason);
    }
  };
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

/** A sandbox once up for the suites stays so: a later `up --for demo` keeps what they need. */
function effectivePurpose(envFile: string, wanted: Purpose): Purpose {
  if (wanted === 'test' || !existsSync(envFile)) return wanted;
  return readEnvFile(envFile)['SLIPWAY_SANDBOX_FOR'] === 'demo' ? 'demo' : 'test';
}

/** How many clusters each profile brings up when `--clusters` is not given. */
export const clustersFor: Record<Purpose, number> = { test: 4, demo: 1 };

/** Clusters once up stay up (as the purpose does): a later `up` with fewer keeps them, `down` stops them. */
function effectiveClusters(envFile: string, wanted: number, log: Log): number {
  const running = existsSync(envFile) ? Number(readEnvFile(envFile)['SLIPWAY_CLUSTERS'] ?? '1') : 0;
  if (!Number.isInteger(running) || running <= wanted) return wanted;
  log(`keeping the ${running} clusters already up (asked for ${wanted}; npm run sandbox -- down first for fewer)`);
  return running;
}

export interface UpOptions {
  progress: Progress;
  /** demo: only what the demo's pipeline uses (no helm v4, no TLS registry); test: everything. */
  purpose?: Purpose;
  /** Kubernetes clusters, 1..maxClusters (default: clustersFor[purpose]). */
  clusters?: number;
}

/**
 * Brings every component up (idempotent: what already runs is kept) and writes the env file.
 * The Go builds run while the Debian components start, and each cluster component starts as
 * soon as its own binaries are there; clusters 2..N (their own etcd, control plane and kwok,
 * the same binaries) start together once cluster 1 is up. The run's time, CPU use and builds go
 * to the timings.
 */
export async function up({ progress, purpose: wanted = 'test', clusters: wantedClusters }: UpOptions): Promise<string> {
  const log = progress.log;
  const paths = sandboxPaths();
  const versions = loadVersions();
  const purpose = effectivePurpose(paths.envFile, wanted);
  const specs = Array.from(
    { length: effectiveClusters(paths.envFile, wantedClusters ?? clustersFor[purpose], log) },
    (_, i) => clusterSpec(i + 1),
  );
  const started = Date.now();
  const cpuAtStart = cpuSecondsSoFar();
  for (const dir of [paths.state, paths.logs, paths.pids, paths.certs, paths.data, paths.config]) {
    mkdirSync(dir, { recursive: true });
  }
  const step = stepper(log, progress, paths.cache);
  await step('debian packages', () => ensureDebianPackages(versions.debian, log));
  const ca = await step('certificate authority', () => ensureCa(paths.certs));
  const base = portBase();
  reservePortBlock(base, base + 99, log);
  const ctx: SandboxContext = { paths, ports: sandboxPorts(), versions, log, ca };

  const built: Record<string, number> = {};
  const builds = startBuilds(
    paths,
    versions,
    purpose,
    (name, result) => {
      if (result.built) built[name] = Math.round(result.seconds);
      log(`  ${name}: ${result.built ? `built in ${result.seconds.toFixed(0)}s` : 'cached'} (${result.dir})`);
    },
    progress,
  );
  const infra = await (async () => {
    const docker = await step('docker engine', () => startDocker(ctx));
    const registries = await step('registries', () => startRegistries(ctx, { tls: purpose === 'test' }));
    if (registries.tls) trustRegistryCa(ctx.ports.registryTls, ca.cert);
    const buildah = await step('buildah', () => configureBuildah(ctx, registries.anonymous));
    const metricsUrl = await step('metrics stub', () => startMetricsStub(ctx));
    const prometheusUrl = await step('prometheus', () => startPrometheus(ctx));
    return { docker, registries, buildah, metricsUrl, prometheusUrl };
  })();

  // Cluster 1 first: it makes the certificates every cluster shares; the others then start together.
  const first = await startCluster(ctx, specs[0] as ClusterSpec, builds, step);
  const others = await Promise.all(specs.slice(1).map((spec) => startCluster(ctx, spec, builds, step)));
  const clusters: Cluster[] = [first, ...others];
  const binaries = await allBinaries(builds);
  const tools = linkTools(ctx, binaries);

  const env = sandboxEnv(ctx, {
    ...infra,
    purpose,
    apiServer: first.plane.server,
    apiTokens: first.plane.tokens,
    adminKubeconfig: first.plane.adminKubeconfig,
    deployerKubeconfig: first.deployerKubeconfig,
    namespace: deployerNamespace,
    nodes: first.nodes,
    clusters: clusters.map(({ spec, plane, deployerKubeconfig }) => ({
      index: spec.index,
      api: plane.server,
      kubeconfig: plane.adminKubeconfig,
      deployerKubeconfig,
    })),
    binaries,
    tools,
    caBundle: writeCaBundle(ctx),
  });
  writeEnvFile(paths.envFile, env);
  await step('gateway api crds', () =>
    Promise.all(
      clusters.map(({ plane }) =>
        installGatewayApiCrds({ ...env, SLIPWAY_KUBECONFIG_ADMIN: plane.adminKubeconfig }, versions.gatewayApi),
      ),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  const kind = Object.keys(built).length > 0 ? 'cold' : 'warm';
  writeTiming(paths.cache, `sandbox-up-${kind}`, {
    seconds: Math.round(seconds),
    at: new Date().toISOString(),
    kind,
    cpuPercent: Math.round(((cpuSecondsSoFar() - cpuAtStart) / (seconds * availableParallelism())) * 100),
    built,
    clusters: clusters.length,
  });
  return paths.envFile;
}
