import type { OutputValue } from '@slipway/kit';
import type { DeployReport } from './deploy-types';
import { liveColour } from './live-colour';

/** helm-deploy's outputs, in the order the action writes them ("" where the run has no such value). */
export function deployOutputs(report: DeployReport): Record<string, OutputValue> {
  return {
    revision: report.revision ?? '',
    'previous-revision': report.previousRevision ?? '',
    status: report.status,
    'rolled-back': report.rolledBack,
    manifest: report.manifestPath ?? '',
    images: report.content?.to.images.join(',') ?? '',
    'previous-images': report.content?.from.images.join(',') ?? '',
    'chart-version': report.content?.to.chart ?? '',
    'previous-chart-version': report.content?.from.chart ?? '',
    colour: liveColour(report),
    'previous-colour': report.blueGreen?.from ?? '',
  };
}
