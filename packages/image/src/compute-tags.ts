import { ConfigError, parseSemver, semverVersion } from '@slipway/kit';
import { branchOf, commitOf, prOfRef, tagOf, type EventContext } from './event-context';
import { isPep440Final, parsePep440, pep440Version } from './pep440';
import { checkTag, sanitizeTag } from './tag-name';
import { renderTemplate, shortSha } from './template';
import { ruleRegExp, type Flavor, type TagRule } from './tag-rules';

export interface ComputedTags {
  /** Tags in priority order, `latest` last; the first is the version. */
  tags: string[];
  /** The highest-priority tag (the OCI version label), or "" when no rule applied. */
  version: string;
  latest: boolean;
  /** Why a rule produced nothing when the user may not expect it (e.g. a tag that is not semver). */
  notes: string[];
}

export interface TagOptions {
  /** DOCKER_METADATA_SHORT_SHA_LENGTH (default 7). */
  shortShaLength?: number;
}

/** What one rule gives: its value before prefix and suffix, and whether `latest=auto` would add latest. */
interface Produced {
  value: string;
  latest: boolean;
}

/** A pattern that is exactly `{{raw}}`: the only pattern a pre-release keeps (metadata-action's rule). */
const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/;

/** The version text of a semver or pep440 rule: its value= or the tag, through match= (group 1), "/" as "-". */
function versionText(rule: TagRule, ctx: EventContext, notes: string[], shortLength: number): string | undefined {
  const a = rule.attrs;
  if (!a['value'] && !tagOf(ctx)) return undefined;
  let text = a['value'] ? renderTemplate(a['value'], ctx, rule.where, {}, shortLength) : (tagOf(ctx) as string);
  if (a['match']) {
    // A plain regular expression here (no /source/flags form), as metadata-action reads match=.
    const m = text.match(new RegExp(a['match']));
    if (m?.[1] !== undefined) text = m[1];
    else notes.push(`${rule.where}: match=${a['match']} does not match "${text}", the whole value is used`);
  }
  return text.replace(/\//g, '-');
}

function produce(rule: TagRule, ctx: EventContext, notes: string[], shortLength: number): Produced | undefined {
  const a = rule.attrs;
  const render = (text: string, vars: Record<string, string> = {}) =>
    renderTemplate(text, ctx, rule.where, vars, shortLength);
  switch (rule.type) {
    case 'schedule':
      return /schedule/.test(ctx.eventName) ? { value: render(a['pattern'] ?? 'nightly'), latest: false } : undefined;
    case 'semver': {
      const raw = versionText(rule, ctx, notes, shortLength);
      if (raw === undefined) return undefined;
      const v = parseSemver(raw);
      if (!v) {
        notes.push(`${rule.where}: "${raw}" is not a semantic version, no tag from this rule`);
        return undefined;
      }
      const version = semverVersion(v);
      const pattern = a['pattern'] as string;
      // Pre-releases only ever get the full version (or the raw tag when the pattern is exactly {{raw}}).
      const effective = v.prerelease && !RAW_ONLY.test(pattern.trim()) ? '{{version}}' : pattern;
      const vars = { raw, version, major: String(v.major), minor: String(v.minor), patch: String(v.patch) };
      return { value: render(effective, vars), latest: !v.prerelease };
    }
    case 'pep440': {
      const raw = versionText(rule, ctx, notes, shortLength);
      if (raw === undefined) return undefined;
      const v = parsePep440(raw);
      if (!v) {
        notes.push(`${rule.where}: "${raw}" does not conform to PEP 440, no tag from this rule`);
        return undefined;
      }
      const version = pep440Version(v);
      const pattern = a['pattern'] as string;
      if (!isPep440Final(v)) return { value: RAW_ONLY.test(pattern.trim()) ? raw : version, latest: false };
      const [major = 0, minor = 0, patch = 0] = v.release;
      const vars = { raw, version, major: String(major), minor: String(minor), patch: String(patch) };
      return { value: render(pattern, vars), latest: true };
    }
    case 'match': {
      if (!a['value'] && !tagOf(ctx)) return undefined;
      const raw = a['value'] ? render(a['value']) : (tagOf(ctx) as string);
      // String#match, as metadata-action: with the g flag the "groups" are the successive matches.
      const m = raw.match(ruleRegExp(a['pattern'] as string) as RegExp);
      if (!m) {
        notes.push(`${rule.where}: "${raw}" does not match ${a['pattern']}, no tag from this rule`);
        return undefined;
      }
      const value = m[Number(a['group'] ?? 0)];
      if (value === undefined) {
        notes.push(
          `${rule.where}: group ${a['group'] ?? 0} of ${a['pattern']} is not in "${raw}", no tag from this rule`,
        );
        return undefined;
      }
      return { value, latest: true };
    }
    case 'edge': {
      const branch = branchOf(ctx);
      return branch !== undefined && branch === (a['branch'] || ctx.defaultBranch)
        ? { value: 'edge', latest: false }
        : undefined;
    }
    case 'ref': {
      if (a['event'] === 'branch') {
        const branch = branchOf(ctx);
        return branch !== undefined ? { value: branch, latest: false } : undefined;
      }
      if (a['event'] === 'tag') {
        const tag = tagOf(ctx);
        return tag !== undefined ? { value: tag, latest: true } : undefined;
      }
      const number = prOfRef(ctx);
      return number !== undefined ? { value: number, latest: false } : undefined;
    }
    case 'raw':
      return { value: render(a['value'] as string), latest: false };
    case 'sha': {
      const sha = commitOf(ctx);
      if (!sha) return undefined;
      return { value: a['format'] === 'long' ? sha : shortSha(sha, shortLength), latest: false };
    }
  }
}

function enabled(rule: TagRule, ctx: EventContext, shortLength: number): boolean {
  const text = rule.attrs['enable'];
  if (text === undefined) return true;
  const value = renderTemplate(text, ctx, rule.where, {}, shortLength).trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`${rule.where}: expected enable=true or enable=false (after expressions), got "${text}"`);
}

/**
 * Tags from the rules for this event, with docker/metadata-action's semantics: rules in priority
 * order (stable); each rule's value gets its own prefix/suffix (or its type's default, pr- and sha-)
 * else the flavor's; a value that is empty after that is skipped; the first rule that produces a tag
 * decides `latest=auto` (a tag ref, a final semver or PEP 440 version, a match: yes; anything else:
 * no); latest=true adds latest whenever a tag is produced. Every tag is sanitised and checked.
 */
export function computeTags(
  rules: TagRule[],
  flavor: Flavor,
  ctx: EventContext,
  options: TagOptions = {},
): ComputedTags {
  const shortLength = options.shortShaLength ?? 7;
  const notes: string[] = [];
  const ordered = rules.map((rule, order) => ({ rule, order }));
  ordered.sort((x, y) => y.rule.priority - x.rule.priority || x.order - y.order);
  const tags: string[] = [];
  let latest: boolean | undefined;
  for (const { rule } of ordered) {
    if (!enabled(rule, ctx, shortLength)) continue;
    const produced = produce(rule, ctx, notes, shortLength);
    if (!produced) continue;
    const render = (text: string) => renderTemplate(text, ctx, rule.where, {}, shortLength);
    const prefix = Object.hasOwn(rule.attrs, 'prefix') ? render(rule.attrs['prefix'] ?? '') : render(flavor.prefix);
    const suffix = Object.hasOwn(rule.attrs, 'suffix') ? render(rule.attrs['suffix'] ?? '') : render(flavor.suffix);
    const full = `${prefix}${produced.value}${suffix}`;
    if (!full) continue;
    const tag = checkTag(sanitizeTag(full), rule.where);
    if (!tags.includes(tag)) tags.push(tag);
    latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true';
  }
  if (latest) {
    const where = `Input 'flavor'`;
    const name = `${flavor.prefixOnLatest ? renderTemplate(flavor.prefix, ctx, where) : ''}latest${
      flavor.suffixOnLatest ? renderTemplate(flavor.suffix, ctx, where) : ''
    }`;
    const tag = checkTag(sanitizeTag(name), where);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, version: tags[0] ?? '', latest: latest ?? false, notes };
}
