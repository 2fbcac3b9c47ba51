import type { Stage } from './stages';

/** What the root action's inputs ask of one delivery, read once in its inputs.ts. */
export interface PlanRequest {
  environment: string;
  /** The service of a file with services; undefined: the only one. */
  service?: string | undefined;
  /** One cluster of the environment (its context, namespace and url); undefined: the environment's own. */
  cluster?: string | undefined;
  image: string | undefined;
  /** The stages input; undefined: every stage the environment configures. */
  stages: Stage[] | undefined;
  /** Who acts (a run id), recorded as a canary's owner. */
  owner: string;
  prometheusToken: string | undefined;
  /** The step's environment: a canary's header values name variables of it ({{ env.NAME }}). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether a Slack secret input is set (slack-webhook-url or slack-token). */
  slack: 'webhook' | 'token' | undefined;
}
