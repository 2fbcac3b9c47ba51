import { runnerCommit } from './commit-info';
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
}

/**
 * The payload of a GitHub deployment, as `recordOfDeployment` reads it back for delivery-metrics:
 * the one writer, for helm-deploy and the root action alike. A rollback's commit is not what it
 * deploys, so only a deploy or a canary carries the commit time (the lead time's start).
 */
export async function deploymentPayload(
  start: DeploymentStart,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, unknown>> {
  const { kind, release, namespace, strategy } = start;
  if (kind === 'rollback') return { release, namespace, kind, revision: start.revision ?? null, strategy };
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
  };
}
