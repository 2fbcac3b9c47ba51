/** One Block Kit block, as Slack's JSON has it. */
export type Block = { type: string } & Record<string, unknown>;

/** The body of a message: what both transports send (the Web API adds channel, ts, thread_ts). */
export interface SlackMessage {
  /** The notification and fallback text; shown alone when there are no blocks. */
  text?: string;
  blocks?: Block[];
  [key: string]: unknown;
}

/** What the run looked like, for a built-in message and for `{{ placeholders }}`. */
export interface MessageFacts {
  status?: import('./statuses').Status;
  github: import('./github-context').GithubContext;
  environment?: string;
  environmentUrl?: string;
  durationMs?: number;
  /** Extra label → value pairs shown as fields (and `{{ fields.x }}` placeholders). */
  fields: Record<string, string>;
  /** Extra text shown under the fields, as data (escaped). */
  text?: string;
  /** Slack user or group ids pinged on failed/rolled-back. */
  mentions: string[];
}
