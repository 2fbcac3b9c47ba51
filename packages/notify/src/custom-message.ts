import { ConfigError, parseYamlText } from '@slipway/kit';
import { fillPlaceholders } from './fill-placeholders';
import type { Block, SlackMessage } from './slack-message';

export interface CustomMessage {
  message: SlackMessage;
  /** A `channel` the payload named, used when no input routes the message. */
  channel?: string;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/** Checks the parsed document is a message Slack could take: a map with text, blocks or attachments. */
export function checkPayloadShape(document: unknown, where: string): SlackMessage {
  const expected = `expected a Block Kit message: a map with "text" and/or "blocks" (or a list of blocks)`;
  const message = (Array.isArray(document) ? { blocks: document } : document) as SlackMessage;
  if (!message || typeof message !== 'object' || Array.isArray(message))
    throw new ConfigError(`${where}: ${expected}, got ${describe(document)}`);
  if (message.text !== undefined && typeof message.text !== 'string')
    throw new ConfigError(`${where}: "text" must be a string, got ${describe(message.text)}`);
  if (message.blocks !== undefined) {
    if (!Array.isArray(message.blocks))
      throw new ConfigError(`${where}: "blocks" must be a list, got ${describe(message.blocks)}`);
    message.blocks.forEach((block: Block, i) => {
      if (!block || typeof block !== 'object' || Array.isArray(block) || typeof block.type !== 'string')
        throw new ConfigError(`${where}: block ${i + 1} must be a map with a "type", got ${describe(block)}`);
    });
  }
  const hasBlocks = Array.isArray(message.blocks) && message.blocks.length > 0;
  if (!message.text && !hasBlocks && !message['attachments'])
    throw new ConfigError(`${where}: ${expected}, got neither`);
  return message;
}

/**
 * A user's payload (JSON or YAML text) → a message: parsed first, then placeholders filled as
 * data, then mentions put in front. Every problem is a ConfigError naming `where`.
 */
export async function customMessage(
  text: string,
  where: string,
  valueOf: (name: string) => string | undefined,
  mentions: string,
): Promise<CustomMessage> {
  const parsed = await parseYamlText(text, where);
  const filled = checkPayloadShape(fillPlaceholders(parsed, valueOf, where), where);
  const { channel, ts: _ts, thread_ts: _thread, ...message } = filled;
  if (mentions) {
    message.text = message.text ? `${mentions} ${message.text}` : mentions;
    if (message.blocks?.length)
      message.blocks = [{ type: 'section', text: { type: 'mrkdwn', text: mentions } }, ...message.blocks];
  }
  return { message, channel: typeof channel === 'string' && channel ? channel : undefined };
}
