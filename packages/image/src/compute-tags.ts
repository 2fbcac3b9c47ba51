import { ConfigError, parseSemver, semverVersion } from '@slipway/kit';
import { branchOf, commitOf, isPullRequest, prNumberOf, tagOf, type EventContext } from './event-context';
import { checkTag, sanitizeTag } from './tag-name';
import { renderTemplate } from './template';
import type { Flavor, TagRule } from './tag-rules';

export interface ComputedTags {
  /** Tags in priority order, `latest` last; the first is the version. */
  tags: string[];
  /** The highest-priority tag (the OCI version label), or "" when no rule applied. */
  version: string;
  latest: boolean;
  /** Why a rule produced nothing when the user may not expect it (e.g. a tag that is not semver). */
  notes: string[];
}

interface Produced {
  values: string[];
  /** Does this rule make `latest=auto` add latest? */
  latest: boolean;
}

const NONE: Produced = { values: [], latest: false };

function produce(rule: TagRule, ctx: EventContext, notes: string[], shortSha: number): Produced {
  const a = rule.attrs;
  const render = (text: string, vars: Record<string, string> = {}) =>
    renderTemplate(text, ctx, rule.where, vars, shortSha);
  switch (rule.type) {
    case 'schedule':
      return ctx.eventName === 'schedule' ? { values: [render(a['pattern'] || 'nightly')], latest: false } : NONE;
    case 'semver': {
      const raw = a['value'] ? render(a['value']) : tagOf(ctx);
      if (!raw) return NONE;
      const v = parseSemver(raw);
      if (!v) {
        notes.push(`${rule.where}: "${raw}" is not a semantic version, no tag from this rule`);
        return NONE;
      }
      const version = semverVersion(v);
      const pattern = a['pattern'] as string;
      // Pre-releases only ever get the full version (or the raw tag when the pattern asks for it).
      const effective = v.prerelease && !/\{\{\s*raw\s*\}\}/.test(pattern) ? '{{version}}' : pattern;
      const vars = { raw, version, major: String(v.major), minor: String(v.minor), patch: String(v.patch) };
      return { values: [render(effective, vars)], latest: !v.prerelease };
    }
    case 'match': {
      const raw = a['value'] ? render(a['value']) : tagOf(ctx);
      if (!raw) return NONE;
      const m = new RegExp(a['pattern'] as string).exec(raw);
      const group = Number(a['group'] ?? 0);
      const value = m?.[group];
      if (value === undefined) {
        notes.push(`${rule.where}: "${raw}" does not match, no tag from this rule`);
        return NONE;
      }
      return { values: [value], latest: true };
    }
    case 'edge': {
      const branch = branchOf(ctx);
      const target = a['branch'] || ctx.defaultBranch;
      return branch !== undefined && branch === target && !isPullRequest(ctx)
        ? { values: ['edge'], latest: false }
        : NONE;
    }
    case 'ref': {
      if (a['event'] === 'branch') {
        const branch = isPullRequest(ctx) ? undefined : branchOf(ctx);
        return branch ? { values: [branch.replace(/\//g, '-')], latest: false } : NONE;
      }
      if (a['event'] === 'tag') {
        const tag = tagOf(ctx);
        return tag ? { values: [tag], latest: true } : NONE;
      }
      const number = isPullRequest(ctx) ? prNumberOf(ctx) : undefined;
      return number !== undefined ? { values: [String(number)], latest: false } : NONE;
    }
    case 'raw':
      return { values: [render(a['value'] as string)], latest: false };
    case 'sha': {
      const sha = commitOf(ctx);
      if (!sha) return NONE;
      return { values: [a['format'] === 'long' ? sha : sha.slice(0, shortSha)], latest: false };
    }
  }
}

function enabled(rule: TagRule, ctx: EventContext): boolean {
  const text = rule.attrs['enable'];
  if (text === undefined) return true;
  const value = renderTemplate(text, ctx, rule.where).trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`${rule.where}: expected enable=true or enable=false (after expressions), got "${text}"`);
}

/**
 * Tags from the rules for this event, with docker/metadata-action's documented semantics:
 * priority order (stable), a rule's own prefix/suffix (or its type's default, pr- and sha-)
 * before the flavor's, `latest` last by the flavor (auto: a tag ref, a non-pre-release semver
 * or a match produced a tag), every tag sanitised and checked.
 */
export function computeTags(rules: TagRule[], flavor: Flavor, ctx: EventContext, shortSha = 7): ComputedTags {
  const notes: string[] = [];
  const entries: Array<{ tag: string; priority: number; order: number }> = [];
  let autoLatest = false;
  rules.forEach((rule, order) => {
    if (!enabled(rule, ctx)) return;
    const produced = produce(rule, ctx, notes, shortSha);
    if (!produced.values.length) return;
    autoLatest ||= produced.latest;
    const prefix = Object.hasOwn(rule.attrs, 'prefix') ? rule.attrs['prefix'] : flavor.prefix;
    const suffix = Object.hasOwn(rule.attrs, 'suffix') ? rule.attrs['suffix'] : flavor.suffix;
    for (const value of produced.values) {
      const full = `${renderTemplate(prefix ?? '', ctx, rule.where)}${value}${renderTemplate(suffix ?? '', ctx, rule.where)}`;
      entries.push({ tag: checkTag(sanitizeTag(full), rule.where), priority: rule.priority, order });
    }
  });
  entries.sort((x, y) => y.priority - x.priority || x.order - y.order);
  const tags = [...new Set(entries.map((e) => e.tag))];
  const latest = flavor.latest === 'true' || (flavor.latest === 'auto' && autoLatest);
  if (latest) {
    const where = `Input 'flavor'`;
    const name = `${flavor.prefixOnLatest ? renderTemplate(flavor.prefix, ctx, where) : ''}latest${
      flavor.suffixOnLatest ? renderTemplate(flavor.suffix, ctx, where) : ''
    }`;
    const tag = checkTag(sanitizeTag(name), where);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, version: tags[0] ?? '', latest, notes };
}
