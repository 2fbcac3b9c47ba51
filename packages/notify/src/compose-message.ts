import { fitToLimits } from './block-limits';
import { builtinMessage, mentionsFor } from './builtin-message';
import { customMessage } from './custom-message';
import { placeholderValues } from './fill-placeholders';
import type { MessageFacts, SlackMessage } from './slack-message';
import { isFailureStatus } from './statuses';

export interface ComposeSpec {
  facts: MessageFacts;
  /** A user's JSON or YAML payload and where it came from (`Input 'payload'`, a file). */
  payload?: { text: string; where: string };
  /** Variables `{{ env.NAME }}` reads. */
  env: Record<string, string | undefined>;
}

export interface ComposedMessage {
  message: SlackMessage;
  channel?: string;
}

/**
 * The message to send: the user's payload with placeholders filled, or the built-in message of
 * the status; mentions on failures; cut to Slack's limits. ConfigErrors come out before any send.
 */
export async function composeMessage(spec: ComposeSpec): Promise<ComposedMessage> {
  const { facts } = spec;
  if (spec.payload) {
    const mentions = isFailureStatus(facts.status) ? mentionsFor(facts.status, facts.mentions) : '';
    const custom = await customMessage(
      spec.payload.text,
      spec.payload.where,
      placeholderValues(facts, spec.env),
      mentions,
    );
    return { message: fitToLimits(custom.message), channel: custom.channel };
  }
  if (!facts.status) throw new Error('composeMessage: a built-in message needs a status');
  return { message: fitToLimits(builtinMessage(facts.status, facts)) };
}
