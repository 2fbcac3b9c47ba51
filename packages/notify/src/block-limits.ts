import { truncateText } from './mrkdwn';
import type { Block, SlackMessage } from './slack-message';

/** Slack's published limits (Block Kit reference, chat.postMessage). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  messageText: 40_000,
} as const;

type TextObject = { type?: unknown; text?: unknown };

function cutText(object: unknown, max: number): void {
  const t = object as TextObject | undefined;
  if (t && typeof t.text === 'string' && t.text.length > max) t.text = truncateText(t.text, max);
}

function fitBlock(block: Block): Block {
  const copy = structuredClone(block);
  if (copy.type === 'section') {
    cutText(copy['text'], SLACK_LIMITS.sectionText);
    if (Array.isArray(copy['fields'])) {
      copy['fields'] = copy['fields'].slice(0, SLACK_LIMITS.sectionFields);
      for (const f of copy['fields'] as unknown[]) cutText(f, SLACK_LIMITS.fieldText);
    }
  } else if (copy.type === 'header') {
    cutText(copy['text'], SLACK_LIMITS.headerText);
  } else if (copy.type === 'context' && Array.isArray(copy['elements'])) {
    copy['elements'] = copy['elements'].slice(0, SLACK_LIMITS.contextElements);
    for (const e of copy['elements'] as unknown[]) cutText(e, SLACK_LIMITS.contextText);
  }
  return copy;
}

/**
 * Keeps a message within Slack's limits: long texts are cut with a visible "…", and past 50
 * blocks the last one says how many were left out. Returns a new message.
 */
export function fitToLimits(message: SlackMessage): SlackMessage {
  const out: SlackMessage = { ...message };
  if (typeof out.text === 'string') out.text = truncateText(out.text, SLACK_LIMITS.messageText);
  if (Array.isArray(out.blocks)) {
    let blocks = out.blocks.map(fitBlock);
    if (blocks.length > SLACK_LIMITS.blocks) {
      const left = blocks.length - (SLACK_LIMITS.blocks - 1);
      blocks = [
        ...blocks.slice(0, SLACK_LIMITS.blocks - 1),
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: `… ${left} more blocks not shown (Slack shows at most 50)` }],
        },
      ];
    }
    out.blocks = blocks;
  }
  return out;
}
