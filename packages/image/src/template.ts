import { ConfigError } from '@slipway/kit';
import { formatDate } from './date-format';
import { baseRefOf, branchOf, commitOf, isDefaultBranch, tagOf, type EventContext } from './event-context';

const EXPRESSION = /\{\{\s*([^}]*?)\s*\}\}/g;
// An unquoted format is a Handlebars path, undefined at render: moment's default format, as metadata-action gives.
const DATE_CALL = /^(date|commit_date)\s+(?:'([^']*)'|"([^"]*)"|[^\s'"=]+)(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/;

/** The short commit: DOCKER_METADATA_SHORT_SHA_LENGTH characters (7 by default), the whole sha when that is longer. */
export const shortSha = (sha: string, length = 7): string => sha.slice(0, length);

/**
 * Renders docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='Zone'}}, {{commit_date …}})
 * plus rule-specific variables such as {{version}}. An unknown expression is a ConfigError naming
 * `where` (metadata-action's Handlebars renders it empty: a typo would silently drop a tag).
 */
export function renderTemplate(
  text: string,
  ctx: EventContext,
  where: string,
  vars: Record<string, string> = {},
  shortShaLength = 7,
): string {
  return text.replace(EXPRESSION, (_whole, expression: string) => {
    if (Object.hasOwn(vars, expression)) return vars[expression] as string;
    switch (expression) {
      case 'branch':
        return branchOf(ctx) ?? '';
      case 'tag':
        return tagOf(ctx) ?? '';
      case 'sha':
        return shortSha(commitOf(ctx), shortShaLength);
      case 'base_ref':
        return baseRefOf(ctx);
      case 'is_default_branch':
        return String(isDefaultBranch(ctx));
      case 'is_not_default_branch':
        return String(!isDefaultBranch(ctx));
    }
    const call = DATE_CALL.exec(expression);
    if (call) {
      const date = call[1] === 'commit_date' ? (ctx.commitDate ?? ctx.now) : ctx.now;
      return formatDate(date, call[2] ?? call[3] ?? '', call[4] || call[5] || 'UTC', where);
    }
    const known = [
      'branch',
      'tag',
      'sha',
      'base_ref',
      'is_default_branch',
      'is_not_default_branch',
      "date 'FORMAT'",
      "commit_date 'FORMAT'",
      ...Object.keys(vars),
    ];
    throw new ConfigError(
      `${where}: expected an expression among {{${known.join('}}, {{')}}}, got "{{${expression}}}"`,
    );
  });
}

/** The `labels` and `annotations` inputs take the global expressions too, as metadata-action's do. */
export function renderValues(
  values: Record<string, string>,
  ctx: EventContext,
  where: string,
  shortShaLength = 7,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, renderTemplate(value, ctx, where, {}, shortShaLength)]),
  );
}
