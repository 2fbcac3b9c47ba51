import { runnerCommit, runOf } from './commit-info';
import type { DeliveryKind } from './record';

/** What a delivery knows as its GitHub deployment starts. */
export interface DeploymentStart {
  kind: DeliveryKind;
  release: string;
  namespace: string;
  strategy: string;
  chart?: string | undefined;
  image?: string | undefined;
  /** kind rollback: the revision asked for (none: the last good one). */
  revision?: number | undefined;
  /** The root action: the stages this delivery runs. */
  stages?: readonly string[] | undefined;
  /** The root action: the service of slipway.yml delivered. */
  service?: string | undefined;
  /** The root action: the cluster of a fleet stage delivered to. */
  cluster?: string | undefined;
}

/**
 * The payload of a GitHub deployment, as `recordOfDeployment` reads it back for delivery-metrics:
 * the one writer, for helm-deploy and the root action alike. A rollback's commit is not what it
 * deploys, so only a deploy or a canary carries the commit time (the lead time's start).
 * service, cluster and the run (run_id, run_attempt) are there when known: delivery-metrics counts
 * a fleet run's deployments of one service and stage, one per cluster, as one delivery.
 */
export async function deploymentPayload(
  start: DeploymentStart,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, unknown>> {
  const { kind, release, namespace, strategy } = start;
  const run = runOf(env);
  const fleet = {
    ...(start.service ? { service: start.service } : {}),
    ...(start.cluster ? { cluster: start.cluster } : {}),
    ...(run ? { run_id: run.id, run_attempt: run.attempt } : {}),
  };
  if (kind === 'rollback') return { release, namespace, kind, revision: start.revision ?? null, strategy, ...fleet };
  const { commitTime } = await runnerCommit(env);
  return {
    release,
    namespace,
    chart: start.chart ?? null,
    image: start.image ?? null,
    strategy,
    kind,
    commit_time: commitTime,
    ...(start.stages ? { stages: [...start.stages] } : {}),
    ...fleet,
  };
}
