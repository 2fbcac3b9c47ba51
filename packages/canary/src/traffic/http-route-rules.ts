/**
 * Pure edits of a Gateway API v1 HTTPRoute's `spec.rules` for a canary: given the rules, the new
 * rules. `withCanary` adds the weighted canary backendRef, the header/cookie (A/B) rules and the
 * RequestMirror filter; `withoutCanary` takes all of them out again, whatever step they were at.
 */

export interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
  [key: string]: unknown;
}

/** HTTPHeaderMatch: `Exact` is Core support, `RegularExpression` implementation-specific. */
export interface HeaderMatch {
  type?: 'Exact' | 'RegularExpression';
  name: string;
  value: string;
}

export interface RouteMatch {
  headers?: HeaderMatch[];
  [key: string]: unknown;
}

/** HTTPRequestMirrorFilter's share: `percent` (0–100) or `fraction` (numerator/denominator), never both. */
export type MirrorShare = { percent: number } | { fraction: { numerator: number; denominator: number } };

export interface RouteFilter {
  type: string;
  requestMirror?: { backendRef: BackendRef; percent?: number; fraction?: { numerator: number; denominator?: number } };
  [key: string]: unknown;
}

export interface RouteRule {
  name?: string;
  matches?: RouteMatch[];
  filters?: RouteFilter[];
  backendRefs?: BackendRef[];
  [key: string]: unknown;
}

export interface CanaryRouting {
  stable: string;
  canary: string;
  /** Percent of the weighted rule's requests on the canary. */
  weight: number;
  /** Requests matching any of these go to the canary only (each is ANDed with the rule's own match). */
  matches: HeaderMatch[];
  mirror?: MirrorShare;
}

/** The limits the HTTPRoute CRD enforces (v1): rules per route, matches per rule and per route. */
export const ROUTE_LIMITS = { rules: 16, matchesPerRule: 64, matchesPerRoute: 128 } as const;

/** The default match of a rule without `matches` (what the API server fills in). */
const DEFAULT_MATCH: RouteMatch = { path: { type: 'PathPrefix', value: '/' } };

export const isService = (ref: BackendRef): boolean =>
  (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service';
const refersTo = (ref: BackendRef, service: string) => isService(ref) && ref.name === service;

/** An exact header match. */
export function headerMatch(name: string, value: string): HeaderMatch {
  return { type: 'Exact', name, value };
}

/** Escapes what is special in RE2, PCRE and POSIX extended regular expressions. */
const escapeRegex = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/**
 * HTTPRoute has no cookie match: a cookie is matched on the `Cookie` header with a regular
 * expression (`name=value` as one of its `;`-separated pairs). RegularExpression header matches
 * are implementation-specific support; the expression uses only what RE2, PCRE and POSIX share.
 */
export function cookieMatch(name: string, value: string): HeaderMatch {
  return {
    type: 'RegularExpression',
    name: 'Cookie',
    value: `(^|.*; ?)${escapeRegex(name)}=${escapeRegex(value)}(;.*|$)`,
  };
}

/** The canary's backendRef made from the stable one (same port, namespace, filters). */
function canaryRef(stable: BackendRef, canary: string, weight?: number): BackendRef {
  const { weight: _weight, name: _name, ...rest } = stable;
  return weight === undefined ? { ...rest, name: canary } : { ...rest, name: canary, weight };
}

/** A BackendObjectReference for the mirror: no weight, no filters. */
function mirrorRef(stable: BackendRef, canary: string): BackendRef {
  const ref: BackendRef = { name: canary };
  for (const key of ['group', 'kind', 'namespace', 'port'] as const)
    if (stable[key] !== undefined) (ref as Record<string, unknown>)[key] = stable[key];
  return ref;
}

/** The rule sending requests that match `matches` to the canary only (placed before `rule`). */
function abRule(rule: RouteRule, stable: BackendRef, routing: CanaryRouting): RouteRule {
  const { backendRefs: _refs, name, matches, ...rest } = structuredClone(rule);
  const expanded = (matches?.length ? matches : [DEFAULT_MATCH]).flatMap((match) =>
    routing.matches.map((extra) => ({
      ...structuredClone(match),
      headers: [...(match.headers ?? []).filter((h) => h.name.toLowerCase() !== extra.name.toLowerCase()), extra],
    })),
  );
  const ab: RouteRule = { ...rest, matches: expanded, backendRefs: [canaryRef(stable, routing.canary)] };
  if (name) ab.name = `${name.slice(0, 246)}-canary`;
  return ab;
}

/**
 * The rules with the canary routed: in every rule to the stable Service, the canary's backendRef
 * at `weight` (stable at 100 − weight) and, when asked, a RequestMirror filter to the canary;
 * before each such rule, when `matches` are given, a rule to the canary only for those requests.
 * Idempotent: any canary routing already present is replaced.
 */
export function withCanary(rules: RouteRule[], routing: CanaryRouting): RouteRule[] {
  const out: RouteRule[] = [];
  for (const original of withoutCanary(rules, routing)) {
    const rule = structuredClone(original);
    const refs = rule.backendRefs ?? [];
    const stable = refs.find((ref) => refersTo(ref, routing.stable));
    if (!stable) {
      out.push(rule);
      continue;
    }
    if (routing.matches.length) out.push(abRule(original, stable, routing));
    stable.weight = 100 - routing.weight;
    rule.backendRefs = [...refs, canaryRef(stable, routing.canary, routing.weight)];
    if (routing.mirror)
      rule.filters = [
        ...(rule.filters ?? []),
        { type: 'RequestMirror', requestMirror: { backendRef: mirrorRef(stable, routing.canary), ...routing.mirror } },
      ];
    out.push(rule);
  }
  return out;
}

const isCanaryMirror = (filter: RouteFilter, canary: string) =>
  filter.type === 'RequestMirror' && !!filter.requestMirror && refersTo(filter.requestMirror.backendRef, canary);

/**
 * The rules without any canary routing: the rules to the canary alone (the A/B rules) dropped,
 * the canary's backendRefs and RequestMirror filters removed. Weights of other backends are kept;
 * `stableWeight` (when given) puts the stable weight back as it was (null: no weight field).
 */
export function withoutCanary(
  rules: RouteRule[],
  services: { stable: string; canary: string },
  stableWeight?: number | null,
): RouteRule[] {
  const out: RouteRule[] = [];
  for (const original of rules) {
    const refs = original.backendRefs ?? [];
    if (refs.length > 0 && refs.every((ref) => refersTo(ref, services.canary))) continue;
    const rule = structuredClone(original);
    if (original.backendRefs) rule.backendRefs = refs.filter((ref) => !refersTo(ref, services.canary));
    if (original.filters) {
      const kept = original.filters.filter((f) => !isCanaryMirror(f, services.canary));
      if (kept.length === original.filters.length) rule.filters = structuredClone(original.filters);
      else if (kept.length === 0) delete rule.filters;
      else rule.filters = structuredClone(kept);
    }
    if (stableWeight !== undefined)
      for (const ref of rule.backendRefs ?? []) {
        if (!refersTo(ref, services.stable)) continue;
        if (stableWeight === null) delete ref.weight;
        else ref.weight = stableWeight;
      }
    out.push(rule);
  }
  return out;
}

/** The canary's share of the weighted rules (the A/B rules not counted), 0 without a canary backendRef. */
export function canaryShare(rules: RouteRule[], services: { stable: string; canary: string }): number {
  for (const rule of rules) {
    const refs = rule.backendRefs ?? [];
    const stable = refs.find((ref) => refersTo(ref, services.stable));
    const canary = refs.find((ref) => refersTo(ref, services.canary));
    if (!stable || !canary) continue;
    const c = canary.weight ?? 1;
    const s = stable.weight ?? 1;
    return c + s === 0 ? 0 : Math.round((100 * c) / (c + s));
  }
  return 0;
}

/** What the rules break of the CRD's limits, or undefined when they fit. */
export function overLimits(rules: RouteRule[]): string | undefined {
  const counts = rules.map((r) => r.matches?.length || 1);
  if (rules.length > ROUTE_LIMITS.rules) return `${rules.length} rules (at most ${ROUTE_LIMITS.rules})`;
  const most = Math.max(0, ...counts);
  if (most > ROUTE_LIMITS.matchesPerRule) return `${most} matches in one rule (at most ${ROUTE_LIMITS.matchesPerRule})`;
  const total = counts.reduce((a, b) => a + b, 0);
  if (total > ROUTE_LIMITS.matchesPerRoute) return `${total} matches in all (at most ${ROUTE_LIMITS.matchesPerRoute})`;
  return undefined;
}
