import type { SandboxEnv } from './env-file';
import { kubectl, kubectlApply } from './kubectl';
import { refuseReadyClass, sandboxClusters } from './sandbox-clusters';

/**
 * The refuse-Ready rule of one cluster, set at run time. On: a PriorityClass marked
 * globalDefault, so the API server gives it to every pod created from then on, and kwok's
 * stages (kwok/stages.yaml) put such pods in CrashLoopBackOff, never Ready: a Deployment rolled
 * out there fails as one with a crashing image does, while the pods already running stay Ready
 * (a rollback to them succeeds). Off: the class is deleted; pods made meanwhile keep failing
 * until they are replaced. Idempotent either way; other clusters are untouched.
 */
export async function setRefuseReady(env: SandboxEnv, index: number, refuse: boolean): Promise<void> {
  const cluster = sandboxClusters(env).find((c) => c.index === index);
  if (!cluster) {
    throw new Error(`refuse-ready: the sandbox has clusters 1..${env['SLIPWAY_CLUSTERS'] ?? '1'}, not ${index}`);
  }
  const target = { kubectl: env['KUBECTL'] as string, kubeconfig: cluster.kubeconfig };
  if (!refuse) {
    await kubectl(target, ['delete', 'priorityclass', refuseReadyClass, '--ignore-not-found']);
    return;
  }
  await kubectlApply(
    target,
    `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: ${refuseReadyClass}
value: 0
globalDefault: true
preemptionPolicy: Never
description: "Slipway sandbox: every pod created while this exists crash-loops (the refuse-Ready rule)"
`,
  );
}
