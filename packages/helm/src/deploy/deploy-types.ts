import type { Logger } from '@slipway/kit';
import type { KubeClient, WorkloadStatus } from '@slipway/kube';
import type { HelmCli } from '../helm-cli';
import type { Recovery } from '../recover-release';
import type { ImageParts, ImageValuePaths } from './image-values';

/** Everything a deploy, rollback or plan needs to know, parsed from the action's inputs. */
export interface DeployRequest {
  mode: 'deploy' | 'rollback' | 'plan';
  release: string;
  namespace: string;
  chart: string | undefined;
  chartVersion: string | undefined;
  valuesFiles: string[];
  /** The `set` input: a YAML map merged over the values files. */
  set: Record<string, unknown>;
  image: ImageParts | undefined;
  imageValues: ImageValuePaths;
  timeoutMs: number;
  historyMax: number;
  rollbackOnFailure: boolean;
  createNamespace: boolean;
  checkImage: boolean;
  /** mode: rollback: the revision to go back to (default: the last good one before the current). */
  revision: number | undefined;
}

/** The world a deploy runs in: clients, a logger, where to write files, the clock. */
export interface DeployContext {
  helm: HelmCli;
  kube: KubeClient;
  logger: Logger;
  /** Private folder (under RUNNER_TEMP) for generated values and the manifest. */
  workDir: string;
  signal?: AbortSignal;
  now?: () => number;
  /** Pace of the rollout progress log. */
  watchIntervalMs?: number;
}

export type DeployStatus = 'deployed' | 'rolled-back' | 'failed' | 'planned';

export interface DeployReport {
  mode: DeployRequest['mode'];
  release: string;
  namespace: string;
  chart: string | undefined;
  image: string | undefined;
  status: DeployStatus;
  /** The revision live at the end. */
  revision: number | undefined;
  /** The good revision live before we started. */
  previousRevision: number | undefined;
  /** The revision this run created and that failed, when one did. */
  failedRevision: number | undefined;
  rolledBack: boolean;
  recovery: Recovery | undefined;
  workloads: WorkloadStatus[];
  durationMs: number;
  failure: { reason: string; details: string[]; rollback: string | undefined } | undefined;
  manifestPath: string | undefined;
  /** mode: plan: the changes, as Markdown-ready text. */
  plan:
    | { added: string[]; removed: string[]; changed: Array<{ object: string; diff: string }>; unchanged: number }
    | undefined;
}
