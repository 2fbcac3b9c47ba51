import { describe, expect, it } from '@jest/globals';
import {
  canaryShare,
  cookieMatch,
  headerMatch,
  overLimits,
  withCanary,
  withoutCanary,
  type CanaryRouting,
  type RouteRule,
} from './http-route-rules';

/** Rules as the API server stores them (defaults filled in): one for web, one for another service. */
const stored = (): RouteRule[] => [
  {
    name: 'api',
    matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
    filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'X-Env', value: 'prod' }] } }],
    backendRefs: [{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }],
  },
  {
    matches: [{ path: { type: 'PathPrefix', value: '/docs' } }],
    backendRefs: [{ group: '', kind: 'Service', name: 'docs', port: 8080, weight: 1 }],
  },
];
const services = { stable: 'web', canary: 'web-canary' };
const routing = (over: Partial<CanaryRouting> = {}): CanaryRouting => ({
  ...services,
  weight: 20,
  matches: [],
  ...over,
});

describe('HTTPRoute rules for a canary', () => {
  it('weights only: the canary backendRef beside stable, other services untouched', () => {
    const rules = withCanary(stored(), routing());
    expect(rules).toHaveLength(2);
    expect(rules[0]?.backendRefs).toEqual([
      { group: '', kind: 'Service', name: 'web', port: 80, weight: 80 },
      { group: '', kind: 'Service', name: 'web-canary', port: 80, weight: 20 },
    ]);
    expect(rules[1]).toEqual(stored()[1]);
    expect(canaryShare(rules, services)).toBe(20);
  });

  it('a header and a cookie: a rule before the weighted one, to the canary only, each ANDed with the path', () => {
    const matches = [headerMatch('X-Canary', 'always'), cookieMatch('canary', 'always')];
    const rules = withCanary(stored(), routing({ matches }));
    expect(rules).toHaveLength(3);
    expect(rules[0]).toEqual({
      name: 'api-canary',
      matches: [
        {
          path: { type: 'PathPrefix', value: '/api' },
          headers: [{ type: 'Exact', name: 'X-Canary', value: 'always' }],
        },
        {
          path: { type: 'PathPrefix', value: '/api' },
          headers: [{ type: 'RegularExpression', name: 'Cookie', value: '(^|.*; ?)canary=always(;.*|$)' }],
        },
      ],
      filters: stored()[0]?.filters,
      backendRefs: [{ group: '', kind: 'Service', name: 'web-canary', port: 80 }],
    });
    // The weighted rule keeps its split; the other service's rule comes after, unchanged.
    expect(rules[1]?.name).toBe('api');
    expect(rules[1]?.backendRefs?.map((r) => [r.name, r.weight])).toEqual([
      ['web', 80],
      ['web-canary', 20],
    ]);
    expect(rules[2]).toEqual(stored()[1]);
    // The A/B rule's canary backendRef (no weight) does not count as the canary's share.
    expect(canaryShare(rules, services)).toBe(20);
  });

  it('a mirror: a RequestMirror filter on the stable rule, after its own filters, to the canary with the percent', () => {
    const rules = withCanary(stored(), routing({ mirror: { percent: 5 } }));
    expect(rules[0]?.filters).toEqual([
      ...(stored()[0]?.filters ?? []),
      {
        type: 'RequestMirror',
        requestMirror: { backendRef: { group: '', kind: 'Service', name: 'web-canary', port: 80 }, percent: 5 },
      },
    ]);
    const fraction = withCanary(stored(), routing({ mirror: { fraction: { numerator: 1, denominator: 1000 } } }));
    expect(fraction[0]?.filters?.[1]?.requestMirror).toEqual({
      backendRef: { group: '', kind: 'Service', name: 'web-canary', port: 80 },
      fraction: { numerator: 1, denominator: 1000 },
    });
  });

  it('is idempotent: each step replaces the canary routing, never adds a second', () => {
    const all = routing({ matches: [headerMatch('X-Canary', 'always')], mirror: { percent: 10 } });
    const step1 = withCanary(stored(), all);
    const step2 = withCanary(step1, { ...all, weight: 50 });
    expect(step2).toEqual(withCanary(stored(), { ...all, weight: 50 }));
    expect(step2.filter((r) => r.backendRefs?.every((b) => b.name === 'web-canary'))).toHaveLength(1);
    expect(step2[1]?.filters?.filter((f) => f.type === 'RequestMirror')).toHaveLength(1);
  });

  it('restore gives back the original rules exactly, from any step, with or without filters of their own', () => {
    const all = routing({
      matches: [headerMatch('X-Canary', 'always'), cookieMatch('c', 'b')],
      mirror: { percent: 7 },
    });
    for (const weight of [0, 20, 100]) {
      const routed = withCanary(stored(), { ...all, weight });
      expect(withoutCanary(routed, services, 1)).toEqual(stored());
    }
    // A rule with no filters and no matches gets neither back (the mirror's filters list is removed whole).
    const bare: RouteRule[] = [{ backendRefs: [{ name: 'web', port: 80 }] }];
    expect(withoutCanary(withCanary(bare, all), services, null)).toEqual(bare);
  });

  it('restore leaves the other backends and mirrors of a rule as they are', () => {
    const shared: RouteRule[] = [
      {
        filters: [{ type: 'RequestMirror', requestMirror: { backendRef: { name: 'shadow', port: 80 }, percent: 1 } }],
        backendRefs: [
          { name: 'web', port: 80, weight: 3 },
          { name: 'legacy', port: 80, weight: 1 },
        ],
      },
    ];
    const routed = withCanary(shared, routing({ mirror: { percent: 2 } }));
    expect(routed[0]?.backendRefs?.find((r) => r.name === 'legacy')?.weight).toBe(1);
    expect(withoutCanary(routed, services, 3)).toEqual(shared);
  });

  it('replaces a header of the same name in the rule’s own match rather than repeating it', () => {
    const rules: RouteRule[] = [
      { matches: [{ headers: [{ type: 'Exact', name: 'x-canary', value: 'no' }] }], backendRefs: [{ name: 'web' }] },
    ];
    const ab = withCanary(rules, routing({ matches: [headerMatch('X-Canary', 'always')] }))[0];
    expect(ab?.matches).toEqual([{ headers: [{ type: 'Exact', name: 'X-Canary', value: 'always' }] }]);
  });

  it('escapes regular-expression characters of a cookie', () => {
    expect(cookieMatch('a.b', 'x+y').value).toBe('(^|.*; ?)a\\.b=x\\+y(;.*|$)');
    const re = new RegExp(`^${cookieMatch('canary', 'always').value}$`);
    expect(re.test('canary=always')).toBe(true);
    expect(re.test('a=1; canary=always; b=2')).toBe(true);
    expect(re.test('xcanary=always')).toBe(false);
    expect(re.test('canary=alwaysnot')).toBe(false);
  });

  it('names what breaks the CRD limits', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ backendRefs: [{ name: `web` }], name: `r${i}` }));
    expect(overLimits(withCanary(many, routing({ matches: [headerMatch('X-C', 'a')] })))).toBe('18 rules (at most 16)');
    expect(overLimits(withCanary(stored(), routing({ matches: [headerMatch('X-C', 'a')] })))).toBeUndefined();
  });
});
