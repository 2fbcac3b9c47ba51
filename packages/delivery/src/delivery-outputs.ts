import type { OutputValue } from '@slipway/kit';
import { liveColour } from '@slipway/helm';
import { loadOutput } from '@slipway/canary';
import type { DeliveryReport } from './delivery-report';

/** The root action's outputs of a delivery, in the order it writes them ("" for a stage that did not run). */
export function deliveryOutputs(report: DeliveryReport): Record<string, OutputValue> {
  return {
    result: report.result,
    stages: Object.fromEntries(report.stages.map((s) => [s.stage, s.outcome])),
    revision: report.deploy?.revision ?? '',
    colour: report.deploy ? liveColour(report.deploy) : '',
    'canary-result': report.canary?.result ?? '',
    'canary-load': report.canary ? loadOutput(report.canary.state) : '',
    'smoke-passed': report.smoke ? report.smoke.passed : '',
    'slack-ts': report.notify?.ts ?? '',
    'deployment-id': report.deploymentId ?? '',
  };
}
