import { describe, expect, it } from '@jest/globals';
import type { DeployReport } from '@slipway/helm';
import { deliveryOutputs } from './delivery-outputs';
import type { DeliveryReport } from './delivery-report';

describe("the root action's outputs of a delivery", () => {
  it('say the result and each stage, and are empty strings for the stages that did not run', () => {
    const report: DeliveryReport = {
      environment: 'prod',
      result: 'failed',
      stages: [
        { stage: 'smoke', outcome: 'failed', detail: '1 of 2 checks failed' },
        { stage: 'notify', outcome: 'skipped', detail: 'no Slack secret' },
      ],
      deploymentId: 7,
    };
    expect(deliveryOutputs(report)).toEqual({
      result: 'failed',
      stages: { smoke: 'failed', notify: 'skipped' },
      revision: '',
      colour: '',
      'canary-result': '',
      'canary-load': '',
      'smoke-passed': '',
      'slack-ts': '',
      'deployment-id': 7,
    });
  });

  it("give the deploy's revision and the colour live after a blue-green switch", () => {
    const deploy = {
      revision: 3,
      blueGreen: { service: 'web', from: 'blue', to: 'green', switched: true, previous: undefined, smoke: undefined },
    } as Partial<DeployReport> as DeployReport;
    const report: DeliveryReport = { environment: 'prod', result: 'succeeded', stages: [], deploy };
    expect(deliveryOutputs(report)).toMatchObject({ revision: 3, colour: 'green', 'deployment-id': '' });
  });
});
