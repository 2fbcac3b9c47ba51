import type { DeployReport } from '@slipway/helm';
import type { VerifiedImage } from '@slipway/image';
import type { RunReport } from '@slipway/smoke';
import type { CanaryOutcome } from '@slipway/canary';
import type { SendResult, Status } from '@slipway/notify';
import type { Stage } from './stages';

export type StageOutcome = 'succeeded' | 'failed' | 'paused' | 'skipped';

export interface StageResult {
  stage: Stage;
  outcome: StageOutcome;
  detail: string;
}

/** What each stage did, their own reports, and the first failure. */
export interface DeliveryReport {
  environment: string;
  result: 'succeeded' | 'failed' | 'paused';
  stages: StageResult[];
  deploy?: DeployReport;
  canary?: CanaryOutcome;
  smoke?: RunReport;
  notify?: SendResult;
  notifyStatus?: Status;
  /** What the verification policy checked: the digest delivered. */
  verified?: VerifiedImage;
  /** The chart's other images (sidecars, init containers) the policy checked. */
  chartImages?: VerifiedImage[];
  /** The GitHub deployment recorded for this delivery, when one was. */
  deploymentId?: number;
  /** The first failure as thrown or described; the entry reports it after the summary. */
  failure?: unknown;
}
