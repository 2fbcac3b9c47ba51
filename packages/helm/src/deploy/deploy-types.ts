import type { Logger } from '@slipway/kit';
import type { KubeClient, WorkloadStatus } from '@slipway/kube';
import type { HelmCli } from '../helm-cli';
import type { ReleaseReader } from '../release-secrets';
import type { Recovery } from '../recover-release';
import type { ImageParts, ImageValuePaths } from './image-values';
import type { CheckSpec } from '@slipway/smoke';
import type { Colour } from '../blue-green/colour-state';
import type { ReleaseContent } from './release-content';
import type { KeepPrevious } from '../blue-green/keep-previous';

/** strategy: blue-green: the live Service to switch, what to do with the old colour, smoke checks per colour. */
export interface BlueGreenSettings {
  service: string;
  /** An HTTPRoute whose backendRefs are switched to the colour's Service, instead of the Service's selector. */
  route?: string;
  keepPrevious: KeepPrevious;
  smoke: Record<Colour, CheckSpec[]> | undefined;
}

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
  strategy: 'rolling' | 'blue-green';
  /** Set when strategy is blue-green. */
  blueGreen: BlueGreenSettings | undefined;
  /** mode: rollback: the revision to go back to (default: the last good one before the current). */
  revision: number | undefined;
  /** Fail a rollout whose every new pod has looked terminal (crash loop, image pull) this long. Default 30 s. */
  failFastMs?: number;
}

/** The world a deploy runs in: clients, a logger, where to write files, the clock. */
export interface DeployContext {
  helm: HelmCli;
  /** Where release history is read (helm's Secrets through the API; default: `helm history`). */
  releases?: ReleaseReader;
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
  /** mode: rollback: the revision whose release was restored (as the new `revision`). */
  restoredRevision?: number;
  /** mode: rollback: what ran before and after (chart, images, values), read from the live manifests. */
  content?: { from: ReleaseContent; to: ReleaseContent };
  /** The revision this run created and that failed, when one did. */
  failedRevision: number | undefined;
  rolledBack: boolean;
  recovery: Recovery | undefined;
  workloads: WorkloadStatus[];
  durationMs: number;
  failure: { reason: string; details: string[]; rollback: string | undefined } | undefined;
  manifestPath: string | undefined;
  /** strategy: blue-green: which colour served before and after, and what became of the old one. */
  blueGreen:
    | {
        /** The name of what is switched: the Service, or the HTTPRoute when `kind` says so. */
        service: string;
        kind?: 'Service' | 'HTTPRoute';
        from: Colour | undefined;
        to: Colour;
        switched: boolean;
        previous: string | undefined;
        smoke: { passed: boolean; total: number; failed: number } | undefined;
      }
    | undefined;
  /** mode: plan: the changes, as Markdown-ready text. */
  plan:
    | { added: string[]; removed: string[]; changed: Array<{ object: string; diff: string }>; unchanged: number }
    | undefined;
}
