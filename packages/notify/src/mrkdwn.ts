/**
 * Slack's mrkdwn gives meaning to three characters only: `&`, `<` and `>`. Escaping them makes
 * any text inert: `<!channel>` cannot mention, `<http://x|y>` cannot become a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL made safe to sit inside `<…|label>`: the characters that would end the link are encoded. */
function linkTarget(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
}

/** `<url|label>` with the label escaped; just the escaped label when there is no URL. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label);
  return url ? `<${linkTarget(url)}|${text}>` : text;
}

/** The first non-empty line, trimmed. */
export function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

export const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters (UTF-16 units, as Slack counts), ending with a visible
 * "…". Never splits a surrogate pair, an `&amp;`-style entity or a `<…>` link or mention.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && amp > end - 8 && !text.slice(amp, end).includes(';')) end = amp;
  const open = text.lastIndexOf('<', end - 1);
  if (open >= 0 && !text.slice(open, end).includes('>')) end = open;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
