import { runOk, type RunResult } from './run';

export interface KubectlTarget {
  kubectl: string;
  kubeconfig: string;
}

/** Runs the sandbox's own kubectl (built at the pinned version) against a kubeconfig. */
export function kubectl(target: KubectlTarget, args: string[], input?: string): Promise<RunResult> {
  return runOk(target.kubectl, [`--kubeconfig=${target.kubeconfig}`, ...args], { input });
}

/** kubectl apply -f - of a YAML document stream. */
export function kubectlApply(target: KubectlTarget, manifest: string): Promise<RunResult> {
  return kubectl(target, ['apply', '--server-side', '--force-conflicts', '-f', '-'], manifest);
}
