import { ConfigError } from '@slipway/kit';
import { formatDate } from './date-format';
import { branchOf, commitOf, isDefaultBranch, tagOf, type EventContext } from './event-context';

const EXPRESSION = /\{\{\s*([^}]*?)\s*\}\}/g;
const DATE_CALL = /^(date|commit_date)\s+'([^']*)'(?:\s+tz='([^']*)')?$/;

/**
 * Renders the global expressions of tag rules ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{date 'FORMAT' tz='Zone'}}, {{commit_date …}}) plus rule-specific
 * variables such as {{version}}. An unknown expression is a ConfigError naming `where`.
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
        return (branchOf(ctx) ?? '').replace(/\//g, '-');
      case 'tag':
        return tagOf(ctx) ?? '';
      case 'sha':
        return commitOf(ctx).slice(0, shortShaLength);
      case 'base_ref':
        return ctx.baseRef ?? '';
      case 'is_default_branch':
        return String(isDefaultBranch(ctx));
    }
    const call = DATE_CALL.exec(expression);
    if (call) {
      const date = call[1] === 'commit_date' ? (ctx.commitDate ?? ctx.now) : ctx.now;
      return formatDate(date, call[2] as string, call[3] || 'UTC', where);
    }
    const known = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', "date 'FORMAT'", ...Object.keys(vars)];
    throw new ConfigError(
      `${where}: expected an expression among {{${known.join('}}, {{')}}}, got "{{${expression}}}"`,
    );
  });
}
