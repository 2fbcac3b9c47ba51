import { ConfigError, TransientError, type Logger } from '@slipway/kit';
import { checkPermissions, checkReachable, ensureNamespace, lookupNamespace } from '@slipway/kube';
import type { Revision } from '../release-history';
import { recoverStuckRelease, type Recovery } from '../recover-release';
import type { ReleaseReader } from '../release-secrets';
import type { DeployContext, DeployRequest } from './deploy-types';
import { checkImageExists } from './image-exists';

export interface Preflight {
  recovery: Recovery | undefined;
  /** The release's history as the deploy starts (after any recovery); undefined when not read. */
  history: Revision[] | undefined;
}

export function releasesOf(ctx: DeployContext): ReleaseReader {
  return ctx.releases ?? ctx.helm;
}

/**
 * Before anything changes: the API server answers, the namespace is there (or created), the
 * user may do what a release needs, the image exists, and the release is not stuck. The reads
 * are independent and run at once (with helm's resolution, when the session left it running);
 * their failures are reported in that order, helm's first, and nothing is created or recovered
 * unless every one of them passed.
 */
export async function preflight(request: DeployRequest, ctx: DeployContext): Promise<Preflight> {
  const { kube, logger } = ctx;
  return logger.group('Pre-flight checks', async () => {
    const readOnly = request.mode === 'plan';
    // Blue-green recovers the colour release it is about to deploy, once it knows which.
    const readHistory = !readOnly && request.strategy !== 'blue-green';
    const [helm, reachable, permitted, image, namespace, history] = await Promise.allSettled([
      ctx.helm.ready(),
      checkReachable(kube),
      checkPermissions(kube, request.namespace),
      request.image && request.checkImage && request.mode === 'deploy'
        ? checkImageExists(request.image, { logger, signal: ctx.signal })
        : undefined,
      lookupNamespace(kube, request.namespace, logger),
      readHistory ? releasesOf(ctx).history(request.release) : undefined,
    ]);
    if (helm.status === 'rejected') throw helm.reason;
    if (reachable.status === 'rejected') {
      const error: unknown = reachable.reason;
      if (error instanceof TransientError)
        throw new TransientError(`Pre-flight: ${error.message}. Is the cluster up and the kubeconfig's server right?`);
      throw error;
    }
    logger.info(`Kubernetes API ${kube.access.server} answers (${reachable.value})`);
    const found = settledValue(permitted, image, namespace, history);
    logger.info(`The kubeconfig's user may manage releases in ${request.namespace}`);
    const ns = await ensureNamespace(kube, request.namespace, {
      create: request.createNamespace && !readOnly,
      logger,
      found: found.namespace,
    });
    logger.info(`Namespace ${request.namespace}: ${ns}`);
    if (!readHistory) return { recovery: undefined, history: undefined };
    const recovery = await recoverStuckRelease(ctx.helm, request.release, {
      timeoutMs: request.timeoutMs,
      logger,
      history: found.history,
    });
    if (recovery.action === 'none') {
      logger.info(`Release ${request.release}: ${describeState(recovery)}`);
      return { recovery, history: found.history };
    }
    return { recovery, history: await releasesOf(ctx).history(request.release) };
  });
}

/** The first failure in pre-flight order, else the values. */
function settledValue(
  permitted: PromiseSettledResult<void>,
  image: PromiseSettledResult<unknown>,
  namespace: PromiseSettledResult<'present' | 'absent' | 'assumed'>,
  history: PromiseSettledResult<Revision[] | undefined>,
): { namespace: 'present' | 'absent' | 'assumed'; history: Revision[] | undefined } {
  for (const result of [permitted, image, namespace, history]) if (result.status === 'rejected') throw result.reason;
  return {
    namespace: (namespace as PromiseFulfilledResult<'present' | 'absent' | 'assumed'>).value,
    history: (history as PromiseFulfilledResult<Revision[] | undefined>).value,
  };
}

function describeState(recovery: Recovery & { action: 'none' }): string {
  const state = recovery.state;
  if (state.kind === 'absent') return 'not installed yet';
  if (state.kind === 'ready') return `at revision ${state.current.revision} (${state.current.status})`;
  return state.kind;
}

export function requireChart(request: DeployRequest): string {
  if (!request.chart)
    throw new ConfigError(`Input 'chart': expected a chart path, repository/name or oci:// reference`);
  return request.chart;
}

export type { Logger };
