import { formatDuration } from '@slipway/kit';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn';
import type { Block, MessageFacts, SlackMessage } from './slack-message';
import { isFailureStatus, type Status } from './statuses';

/** Emoji and headline of each event. */
export const HEADLINES: Record<Status, { emoji: string; headline: string }> = {
  started: { emoji: ':rocket:', headline: 'Deploy started' },
  succeeded: { emoji: ':white_check_mark:', headline: 'Deploy succeeded' },
  failed: { emoji: ':x:', headline: 'Deploy failed' },
  cancelled: { emoji: ':no_entry_sign:', headline: 'Deploy cancelled' },
  'rolled-back': { emoji: ':rewind:', headline: 'Deploy rolled back' },
  'canary-step': { emoji: ':hatching_chick:', headline: 'Canary step' },
  'canary-promoted': { emoji: ':hatched_chick:', headline: 'Canary promoted' },
  'canary-aborted': { emoji: ':warning:', headline: 'Canary aborted' },
};

/** `<@U…>` for people, `<!subteam^S…>` for user groups, `<!here>`/`<!channel>` as given. */
export function mentionText(id: string): string {
  if (id === 'here' || id === 'channel') return `<!${id}>`;
  if (id.startsWith('S')) return `<!subteam^${id}>`;
  return `<@${id}>`;
}

/** Mentions to put in front of a message: only for failed and rolled-back. */
export function mentionsFor(status: Status | undefined, ids: string[]): string {
  return isFailureStatus(status) ? ids.map(mentionText).join(' ') : '';
}

function field(label: string, value: string): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: `*${escapeMrkdwn(label)}*\n${value}` };
}

/** Header text: plain text, so nothing in it is markup; `&`, `<`, `>` escaped all the same. */
function headerText(status: Status, facts: MessageFacts): string {
  const { headline } = HEADLINES[status];
  const where = facts.environment ? ` to ${facts.environment}` : '';
  const what = facts.github.repository ? `: ${facts.github.repository}${where}` : where;
  return escapeMrkdwn(`${headline}${what}`);
}

/** The fields of the message, every value either escaped or built by us. */
export function messageFields(facts: MessageFacts): Array<{ type: 'mrkdwn'; text: string }> {
  const g = facts.github;
  const fields = [];
  if (g.repository) fields.push(field('Repository', mrkdwnLink(g.repositoryUrl, g.repository)));
  if (g.refName || g.ref) fields.push(field('Ref', escapeMrkdwn(g.refName || g.ref)));
  if (g.sha) {
    const title = g.commitTitle ? ` ${escapeMrkdwn(g.commitTitle)}` : '';
    fields.push(field('Commit', `${mrkdwnLink(g.commitUrl, g.shortSha)}${title}`));
  }
  if (g.actor) fields.push(field('Actor', escapeMrkdwn(g.actor)));
  if (facts.environment) fields.push(field('Environment', mrkdwnLink(facts.environmentUrl, facts.environment)));
  if (facts.durationMs !== undefined) fields.push(field('Duration', formatDuration(facts.durationMs)));
  for (const [label, value] of Object.entries(facts.fields)) fields.push(field(label, escapeMrkdwn(value)));
  return fields;
}

/** Run, diff and environment links, in one context line. */
export function messageLinks(facts: MessageFacts): string[] {
  const g = facts.github;
  const links: string[] = [];
  if (g.runUrl) links.push(mrkdwnLink(g.runUrl, `Workflow run${g.runNumber ? ` #${g.runNumber}` : ''}`));
  if (g.diffUrl) links.push(mrkdwnLink(g.diffUrl, g.pullRequestUrl ? 'Pull request diff' : 'Diff'));
  if (facts.environmentUrl) links.push(mrkdwnLink(facts.environmentUrl, 'Open environment'));
  return links;
}

/**
 * The built-in message for a pipeline event: header, mentions (failures only), fields
 * (repository, ref, commit, actor, environment, duration, extra fields), the extra text, and
 * links. Every value from the run is inserted as data.
 */
export function builtinMessage(status: Status, facts: MessageFacts): SlackMessage {
  const { emoji, headline } = HEADLINES[status];
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: `${emoji} ${headerText(status, facts)}`, emoji: true } },
  ];
  const mentions = mentionsFor(status, facts.mentions);
  if (mentions) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mentions } });
  const fields = messageFields(facts);
  for (let i = 0; i < fields.length; i += 10) blocks.push({ type: 'section', fields: fields.slice(i, i + 10) });
  if (facts.text) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(facts.text) } });
  const links = messageLinks(facts);
  if (links.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] });

  const g = facts.github;
  const subject = [g.repository, g.refName && `@${g.refName}`].filter(Boolean).join('');
  const commit = g.shortSha ? ` (${g.shortSha}${g.commitTitle ? ` ${g.commitTitle}` : ''})` : '';
  const where = facts.environment ? ` to ${facts.environment}` : '';
  const fallback = `${emoji} ${headline}${subject ? `: ${subject}` : ''}${where}${commit}`;
  return { text: `${mentions ? `${mentions} ` : ''}${escapeMrkdwn(fallback)}`, blocks };
}
