import type { Binaries, Purpose } from './binaries';
import type { SandboxContext } from './component';
import type { Buildah } from './components/buildah';
import type { DockerEngine } from './components/docker';
import type { Registries } from './components/registry';
import type { ToolHomes } from './components/tools';
import type { SandboxEnv } from './env-file';
import { clusterEnv, type ClusterEnvInput } from './sandbox-clusters';

export interface UpResult {
  /** test: every component; demo: what the demo's pipeline uses (HELM4 and the TLS registry are ''). */
  purpose: Purpose;
  docker: DockerEngine;
  buildah: Buildah;
  registries: Registries;
  prometheusUrl: string;
  metricsUrl: string;
  apiServer: string;
  /** Bearer tokens the API server takes (cluster admin). */
  apiTokens: string[];
  adminKubeconfig: string;
  deployerKubeconfig: string;
  namespace: string;
  nodes: string[];
  /** Every cluster, 1 first (the one the keys above describe). */
  clusters: ClusterEnvInput[];
  binaries: Binaries;
  tools: ToolHomes;
  caBundle: string;
}

/** Everything tests, the demo and workflows need, as the env file's variables. */
export function sandboxEnv(ctx: SandboxContext, up: UpResult): SandboxEnv {
  return {
    SLIPWAY_SANDBOX_DIR: ctx.paths.state,
    SLIPWAY_CACHE: ctx.paths.cache,
    SLIPWAY_BIN: ctx.paths.bin,
    SLIPWAY_SANDBOX_FOR: up.purpose,
    // Docker engine and buildah
    DOCKER_HOST: up.docker.host,
    DOCKER_CONFIG: up.docker.config,
    CONTAINERS_STORAGE_CONF: up.buildah.storageConf,
    CONTAINERS_REGISTRIES_CONF: up.buildah.registriesConf,
    REGISTRY_AUTH_FILE: up.buildah.authFile,
    // registries
    SLIPWAY_REGISTRY: up.registries.anonymous,
    SLIPWAY_REGISTRY_TLS: up.registries.tls,
    SLIPWAY_REGISTRY_TLS_USER: up.registries.user,
    SLIPWAY_REGISTRY_TLS_PASSWORD: up.registries.password,
    // trust: the sandbox CA alone, and a bundle of system roots plus the sandbox CA
    SLIPWAY_CA_CERT: ctx.ca.cert,
    SLIPWAY_CA_BUNDLE: up.caBundle,
    NODE_EXTRA_CA_CERTS: ctx.ca.cert,
    SSL_CERT_FILE: up.caBundle,
    // Kubernetes
    SLIPWAY_KUBE_API: up.apiServer,
    SLIPWAY_KUBE_TOKENS: up.apiTokens.join(','),
    KUBECONFIG: up.adminKubeconfig,
    SLIPWAY_KUBECONFIG_ADMIN: up.adminKubeconfig,
    SLIPWAY_KUBECONFIG_DEPLOYER: up.deployerKubeconfig,
    SLIPWAY_NAMESPACE: up.namespace,
    SLIPWAY_NODES: up.nodes.join(','),
    SLIPWAY_BROKEN_IMAGE_TAG: 'broken',
    SLIPWAY_NEVER_READY_LABEL: 'sandbox.slipway.dev/never-ready',
    // every cluster (1 is the one above): SLIPWAY_CLUSTERS, SLIPWAY_KUBE_API_<i>, SLIPWAY_KUBECONFIG_<i>, …
    ...clusterEnv(up.clusters),
    // tools (absolute paths; also linked into SLIPWAY_BIN)
    KUBECTL: up.binaries.kubectl,
    HELM: up.binaries.helm3,
    HELM3: up.binaries.helm3,
    HELM4: up.binaries.helm4,
    ACT: up.binaries.act,
    TRAEFIK: up.binaries.traefik,
    HELM_CONFIG_HOME: up.tools.helmConfig,
    HELM_CACHE_HOME: up.tools.helmCache,
    HELM_DATA_HOME: up.tools.helmData,
    XDG_CONFIG_HOME: up.tools.xdgConfig,
    // metrics
    SLIPWAY_PROMETHEUS_URL: up.prometheusUrl,
    SLIPWAY_METRICS_URL: up.metricsUrl,
    SLIPWAY_METRICS_JOB: 'slipway-app',
  };
}
