import type { Logger } from '@slipway/kit';
import { runRelease, type DeployContext, type DeployReport, type DeployRequest } from '@slipway/helm';
import { recordRelease, type FleetWhere } from './record-release';

/**
 * The deploy stage, for helm-deploy and the root action alike: the release run (deploy,
 * blue-green or rollback, as the request says) on an open session, then its record in the
 * release's delivery history for delivery-metrics.
 */
export async function deployStage(
  request: DeployRequest,
  session: DeployContext,
  options: { environment: string | undefined; logger: Logger } & FleetWhere,
): Promise<DeployReport> {
  const startedAt = Date.now();
  const report = await runRelease(request, session);
  await recordRelease(request, report, session, { startedAt, ...options });
  return report;
}

/** "Deploy of web failed: <reason>; <what was rolled back>", or undefined when the release did not fail. */
export function deployFailure(request: Pick<DeployRequest, 'mode'>, report: DeployReport): string | undefined {
  if (!report.failure) return undefined;
  const rollback = report.failure.rollback ? `; ${report.failure.rollback}` : '';
  return `${request.mode === 'rollback' ? 'Rollback' : 'Deploy'} of ${report.release} failed: ${report.failure.reason}${rollback}`;
}
