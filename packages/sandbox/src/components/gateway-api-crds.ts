import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxEnv } from '../env-file';
import { kubectl, kubectlApply, type KubectlTarget } from '../kubectl';
import { goEnv } from '../go-build';
import { sandboxPaths } from '../paths';
import { run, runOk } from '../run';
import { loadVersions } from '../versions';
import { waitFor } from '../wait-for';

/** The Gateway API release whose standard-channel CRDs the sandbox installs (versions.json). */
export const GATEWAY_API_VERSION = loadVersions().gatewayApi;
const MODULE = 'sigs.k8s.io/gateway-api';
const PROBE_CRD = 'httproutes.gateway.networking.k8s.io';
const VERSION_ANNOTATION = 'gateway.networking.k8s.io/bundle-version';

/** The module's folder in the sandbox's Go module cache, downloaded through the Go module proxy. */
async function moduleDir(env: SandboxEnv, version: string): Promise<string> {
  const paths = sandboxPaths(env as NodeJS.ProcessEnv);
  const { stdout } = await runOk('go', ['mod', 'download', '-json', `${MODULE}@${version}`], {
    env: { ...goEnv(paths), GOFLAGS: '-mod=mod' },
    cwd: paths.cache,
  });
  const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download ${MODULE}@${version} gave no directory`);
  return dir;
}

/**
 * Installs the Gateway API standard CRDs (GatewayClass, Gateway, HTTPRoute, GRPCRoute,
 * ReferenceGrant, BackendTLSPolicy) from the `sigs.k8s.io/gateway-api` Go module at a pinned
 * version. Idempotent: nothing happens when the installed bundle is already that version.
 */
export async function installGatewayApiCrds(
  env: SandboxEnv,
  version = GATEWAY_API_VERSION,
): Promise<'installed' | 'present'> {
  const target: KubectlTarget = {
    kubectl: env['KUBECTL'] as string,
    kubeconfig: env['SLIPWAY_KUBECONFIG_ADMIN'] as string,
  };
  const probe = await run(target.kubectl, [
    `--kubeconfig=${target.kubeconfig}`,
    'get',
    'crd',
    PROBE_CRD,
    '-o',
    `jsonpath={.metadata.annotations.${VERSION_ANNOTATION.replaceAll('.', '\\.')}}`,
  ]);
  if (probe.code === 0 && probe.stdout.trim() === version) return 'present';
  const dir = join(await moduleDir(env, version), 'config', 'crd', 'standard');
  const manifests = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  await kubectlApply(target, manifests.join('\n---\n'));
  // Not `kubectl wait`: on a CRD just created it fails while the status has no conditions yet.
  await waitFor(
    async () => {
      const { stdout } = await kubectl(target, [
        'get',
        'crd',
        PROBE_CRD,
        '-o',
        'jsonpath={.status.conditions[?(@.type=="Established")].status}',
      ]);
      return stdout.trim() === 'True' || `${PROBE_CRD} not Established yet`;
    },
    { what: `${PROBE_CRD} to be Established`, timeoutMs: 60_000 },
  );
  return 'installed';
}

/**
 * One standard-channel CRD of another Gateway API release, when the cluster has none for that
 * resource: a data plane built against a newer release watches kinds the pinned bundle lacks
 * (Traefik v3.7 lists TLSRoutes v1, standard from Gateway API v1.5.0). Existing CRDs are left alone.
 */
export async function ensureGatewayApiCrd(
  env: SandboxEnv,
  version: string,
  resource: string,
): Promise<'installed' | 'present'> {
  const target: KubectlTarget = {
    kubectl: env['KUBECTL'] as string,
    kubeconfig: env['SLIPWAY_KUBECONFIG_ADMIN'] as string,
  };
  const crd = `${resource}.gateway.networking.k8s.io`;
  const probe = await run(target.kubectl, [`--kubeconfig=${target.kubeconfig}`, 'get', 'crd', crd]);
  if (probe.code === 0) return 'present';
  const file = join(
    await moduleDir(env, version),
    'config',
    'crd',
    'standard',
    `gateway.networking.k8s.io_${resource}.yaml`,
  );
  await kubectlApply(target, readFileSync(file, 'utf8'));
  await kubectl(target, ['wait', '--for=condition=Established', '--timeout=60s', `crd/${crd}`]);
  return 'installed';
}
