import { ConfigError, TransientError, type Logger } from '@slipway/kit';
import { checkPermissions, checkReachable, ensureNamespace } from '@slipway/kube';
import { recoverStuckRelease, type Recovery } from '../recover-release';
import type { DeployContext, DeployRequest } from './deploy-types';
import { checkImageExists } from './image-exists';

/**
 * Before anything changes: the API server answers, the namespace is there (or created), the
 * user may do what a release needs, the image exists, and the release is not stuck.
 */
export async function preflight(request: DeployRequest, ctx: DeployContext): Promise<Recovery | undefined> {
  const { kube, logger } = ctx;
  return logger.group('Pre-flight checks', async () => {
    try {
      const version = await checkReachable(kube);
      logger.info(`Kubernetes API ${kube.access.server} answers (${version})`);
    } catch (error) {
      if (error instanceof TransientError)
        throw new TransientError(`Pre-flight: ${error.message}. Is the cluster up and the kubeconfig's server right?`);
      throw error;
    }
    await checkPermissions(kube, request.namespace);
    logger.info(`The kubeconfig's user may manage releases in ${request.namespace}`);
    if (request.image && request.checkImage && request.mode === 'deploy')
      await checkImageExists(request.image, { logger, signal: ctx.signal });
    const readOnly = request.mode === 'plan';
    const ns = await ensureNamespace(kube, request.namespace, {
      create: request.createNamespace && !readOnly,
      logger,
    });
    logger.info(`Namespace ${request.namespace}: ${ns}`);
    // Blue-green recovers the colour release it is about to deploy, once it knows which.
    if (readOnly || request.strategy === 'blue-green') return undefined;
    const recovery = await recoverStuckRelease(ctx.helm, request.release, { timeoutMs: request.timeoutMs, logger });
    if (recovery.action === 'none') logger.info(`Release ${request.release}: ${describeState(recovery)}`);
    return recovery;
  });
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
