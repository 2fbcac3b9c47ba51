import { join } from 'node:path';
import { goBuildViaWrapper, goInstall, type BuildResult, type ModuleInfo } from './go-build';
import type { SandboxPaths } from './paths';
import { stagingVersion, type Versions } from './versions';

export interface Binaries {
  etcd: string;
  kubeApiserver: string;
  kubeControllerManager: string;
  kubeScheduler: string;
  kubectl: string;
  kwok: string;
  helm3: string;
  helm4: string;
  act: string;
}

export type BuildReport = (name: string, result: BuildResult) => void;

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

async function limited<T>(jobs: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/**
 * Builds (or finds cached) every Go binary the sandbox runs. The Kubernetes build is the long
 * one; the others run beside it, two builds at a time.
 */
export async function ensureBinaries(paths: SandboxPaths, versions: Versions, report: BuildReport): Promise<Binaries> {
  const step = (name: string, build: () => Promise<BuildResult>) => async (): Promise<BuildResult> => {
    const result = await build().catch((error: unknown) => {
      throw new Error(`build ${name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    report(name, result);
    return result;
  };
  const [kubernetes, etcd, kwok, helm3, helm4, act] = (await limited(
    [
      step('kubernetes', () =>
        goBuildViaWrapper(paths, {
          name: 'kubernetes',
          module: 'k8s.io/kubernetes',
          version: versions.kubernetes,
          commands: kubernetesCommands,
          goModExtra: (goMod) => stagingReplaces(goMod, versions.kubernetes),
          stamp: { key: 'stamped', vars: kubernetesVersionStamp },
        }),
      ),
      // Debian's etcd 3.4 lacks RequestWatchProgress, which client-go's watch-list (on by default
      // in the pinned Kubernetes) needs: watches then fail and controllers only see relists.
      step('etcd', () =>
        goBuildViaWrapper(paths, {
          name: 'etcd',
          module: 'go.etcd.io/etcd/server/v3',
          version: versions.etcd,
          commands: [''],
          binary: 'etcd',
          goModExtra: () => '',
        }),
      ),
      step('kwok', () =>
        goInstall(paths, { name: 'kwok', version: versions.kwok, pkg: 'sigs.k8s.io/kwok/cmd/kwok', binary: 'kwok' }),
      ),
      step('helm3', () =>
        goInstall(paths, { name: 'helm3', version: versions.helm3, pkg: 'helm.sh/helm/v3/cmd/helm', binary: 'helm' }),
      ),
      step('helm4', () =>
        goInstall(paths, { name: 'helm4', version: versions.helm4, pkg: 'helm.sh/helm/v4/cmd/helm', binary: 'helm' }),
      ),
      step('act', () =>
        goInstall(paths, { name: 'act', version: versions.act, pkg: 'github.com/nektos/act', binary: 'act' }),
      ),
    ],
    2,
  )) as [BuildResult, BuildResult, BuildResult, BuildResult, BuildResult, BuildResult];
  return {
    etcd: join(etcd.dir, 'etcd'),
    kubeApiserver: join(kubernetes.dir, 'kube-apiserver'),
    kubeControllerManager: join(kubernetes.dir, 'kube-controller-manager'),
    kubeScheduler: join(kubernetes.dir, 'kube-scheduler'),
    kubectl: join(kubernetes.dir, 'kubectl'),
    kwok: join(kwok.dir, 'kwok'),
    helm3: join(helm3.dir, 'helm'),
    helm4: join(helm4.dir, 'helm'),
    act: join(act.dir, 'act'),
  };
}
