export {
  checkKubeconfigServer,
  parseKubeconfig,
  kubeconfigContexts,
  kubeconfigSecrets,
  checkProxyUrl,
  type KubeAccess,
  type ExecPlugin,
} from './kubeconfig';
export { mergeKubeconfigs, readKubeconfigFiles, loadKubeconfigEnv, type KubeconfigFile } from './kubeconfig-merge';
export { ExecCredentialSource, execCredentials, renewalMargin, type ExecCredential } from './exec-credential';
export { proxyFor, type ProxyChoice } from './kube-proxy';
export { KubeClient, KubeApiError, type KubeRequest } from './kube-client';
export {
  WORKLOAD_KINDS,
  workloadStatus,
  workloadPath,
  formatStatus,
  workloadsInManifest,
  type WorkloadKind,
  type WorkloadRef,
  type WorkloadStatus,
} from './workload-status';
export { RolloutWatcher, type RolloutWatcherOptions, type Verdict } from './rollout-watcher';
export { podProblem, type Pod } from './pod-problem';
export { newPodsOf, isTerminal, allNewPodsFailing, type NewPods, type PodFinding } from './new-pods';
export {
  checkReachable,
  ensureNamespace,
  lookupNamespace,
  checkPermissions,
  DEPLOY_PERMISSIONS,
  type Permission,
} from './cluster-checks';
export {
  decodeKubeconfigInput,
  writeKubeconfigFile,
  removeKubeconfigFile,
  removeJobKubeconfig,
  ambientKubeconfig,
  sessionKubeconfig,
} from './kubeconfig-file';
export {
  ObjectClient,
  objectPath,
  resourceOf,
  isConflict,
  isNotFound,
  type ObjectRef,
  type KubeObject,
} from './object-client';
export { parseQuantity, formatQuantity } from './quantity';
