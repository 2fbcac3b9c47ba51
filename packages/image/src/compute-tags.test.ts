import { describe, expect, it } from '@jest/globals';
import { computeTags } from './compute-tags';
import { renderValues } from './template';
import type { EventContext } from './event-context';
import { parseFlavor, parseTagRules } from './tag-rules';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const MERGE = 'ad132f5a3b0b7d1f2b1c3e4d5f60718293a4b5c6';
const HEAD = '1e9249f05bfc090e0688b8fb9c1b347586add504';
const NOW = new Date('2026-03-14T02:30:00.000Z');

const base: EventContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  repository: 'acme/shop',
  serverUrl: 'https://github.com',
  defaultBranch: 'main',
  now: NOW,
};
const ctx = (over: Partial<EventContext>): EventContext => ({ ...base, ...over });
const events = {
  defaultBranch: ctx({}),
  otherBranch: ctx({ ref: 'refs/heads/feature/login-form' }),
  pullRequest: ctx({
    eventName: 'pull_request',
    ref: 'refs/pull/42/merge',
    sha: MERGE,
    prNumber: 42,
    prHeadSha: HEAD,
    baseRef: 'main',
  }),
  release: ctx({ ref: 'refs/tags/v1.2.3' }),
  preRelease: ctx({ ref: 'refs/tags/v2.0.0-rc.1' }),
  schedule: ctx({ eventName: 'schedule' }),
  dispatch: ctx({ eventName: 'workflow_dispatch' }),
  dispatchOnBranch: ctx({ eventName: 'workflow_dispatch', ref: 'refs/heads/hotfix/cart' }),
};

/** The rule set a typical service uses (the one in the README). */
const RULES = `
type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}
type=ref,event=branch
type=ref,event=pr
type=semver,pattern={{version}}
type=semver,pattern={{major}}.{{minor}}
type=semver,pattern={{major}}
type=edge
type=sha
type=raw,value=latest,enable={{is_default_branch}}
`;

const tags = (event: EventContext, rules = RULES, flavor = '') =>
  computeTags(parseTagRules(rules), parseFlavor(flavor), event).tags;

describe('computeTags with the typical rule set, per event', () => {
  it.each<[string, EventContext, string[]]>([
    ['push to the default branch', events.defaultBranch, ['edge', 'main', 'latest', 'sha-860c190']],
    ['push to another branch', events.otherBranch, ['feature-login-form', 'sha-860c190']],
    ['a pull request (GITHUB_SHA: the merge commit)', events.pullRequest, ['pr-42', 'sha-ad132f5']],
    ['a v1.2.3 tag', events.release, ['1.2.3', '1.2', '1', 'sha-860c190', 'latest']],
    ['a v2.0.0-rc.1 tag: no short forms, no latest', events.preRelease, ['2.0.0-rc.1', 'sha-860c190']],
    [
      'a schedule on the default branch',
      events.schedule,
      ['nightly-20260314', 'edge', 'main', 'latest', 'sha-860c190'],
    ],
    ['workflow_dispatch on the default branch', events.dispatch, ['edge', 'main', 'latest', 'sha-860c190']],
    ['workflow_dispatch on another branch', events.dispatchOnBranch, ['hotfix-cart', 'sha-860c190']],
  ])('%s', (_name, event, expected) => {
    expect(tags(event)).toEqual(expected);
  });

  it('names the highest-priority tag as the version', () => {
    const result = computeTags(parseTagRules(RULES), parseFlavor(''), events.release);
    expect(result.version).toBe('1.2.3');
    expect(result.latest).toBe(true);
  });
});

describe('default rules (tags input empty) as docker/metadata-action', () => {
  it.each<[string, EventContext, string[]]>([
    ['default branch', events.defaultBranch, ['main']],
    ['other branch', events.otherBranch, ['feature-login-form']],
    ['pull request', events.pullRequest, ['pr-42']],
    ['v1.2.3', events.release, ['v1.2.3', 'latest']],
    [
      'v2.0.0-rc.1: type=ref,event=tag gives latest in auto mode, as documented',
      events.preRelease,
      ['v2.0.0-rc.1', 'latest'],
    ],
    ['schedule', events.schedule, ['nightly', 'main']],
    ['workflow_dispatch', events.dispatch, ['main']],
  ])('%s', (_name, event, expected) => {
    expect(tags(event, '')).toEqual(expected);
  });
});

describe('flavor', () => {
  const RELEASE_RULES =
    'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=ref,event=branch\ntype=sha';
  it.each<[string, EventContext, string, string[]]>([
    ['latest=auto on a release', events.release, 'latest=auto', ['1.2.3', '1.2', 'sha-860c190', 'latest']],
    ['latest=false on a release', events.release, 'latest=false', ['1.2.3', '1.2', 'sha-860c190']],
    ['latest=true on a branch', events.otherBranch, 'latest=true', ['feature-login-form', 'sha-860c190', 'latest']],
    ['latest=auto on the default branch', events.defaultBranch, 'latest=auto', ['main', 'sha-860c190']],
    ['latest=true on a pre-release', events.preRelease, 'latest=true', ['2.0.0-rc.1', 'sha-860c190', 'latest']],
    ['prefix (sha keeps its own sha- prefix)', events.release, 'prefix=v', ['v1.2.3', 'v1.2', 'sha-860c190', 'latest']],
    ['prefix onlatest', events.release, 'prefix=v,onlatest=true', ['v1.2.3', 'v1.2', 'sha-860c190', 'vlatest']],
    ['suffix', events.release, 'suffix=-alpine', ['1.2.3-alpine', '1.2-alpine', 'sha-860c190-alpine', 'latest']],
    [
      'suffix onlatest',
      events.release,
      'suffix=-alpine,onlatest=true',
      ['1.2.3-alpine', '1.2-alpine', 'sha-860c190-alpine', 'latest-alpine'],
    ],
    [
      'prefix and suffix together, on a branch',
      events.otherBranch,
      'latest=true\nprefix=web-,onlatest=true\nsuffix=-slim',
      ['web-feature-login-form-slim', 'sha-860c190-slim', 'web-latest'],
    ],
  ])('%s', (_name, event, flavor, expected) => {
    expect(tags(event, RELEASE_RULES, flavor)).toEqual(expected);
  });

  it('a rule prefix, even empty, replaces the flavor prefix; the pr- default does too', () => {
    const flavor = 'prefix=glo-\nsuffix=-bal';
    expect(tags(events.pullRequest, 'type=ref,event=pr', flavor)).toEqual(['pr-42-bal']);
    expect(tags(events.pullRequest, 'type=ref,event=pr,prefix=', flavor)).toEqual(['42-bal']);
    expect(tags(events.pullRequest, 'type=ref,event=pr,prefix=pull-,suffix=', flavor)).toEqual(['pull-42']);
  });
});

describe('rule attributes', () => {
  it('orders by priority, stable among equals', () => {
    expect(tags(events.pullRequest, 'type=ref,event=pr\ntype=sha,priority=2000')).toEqual(['sha-ad132f5', 'pr-42']);
    expect(tags(events.defaultBranch, 'type=raw,value=b\ntype=raw,value=a')).toEqual(['b', 'a']);
  });

  it('sha: short by default, long on request; on a pull request the merge commit unless DOCKER_METADATA_PR_HEAD_SHA', () => {
    expect(tags(events.defaultBranch, 'type=sha\ntype=sha,format=long')).toEqual(['sha-860c190', `sha-${SHA}`]);
    expect(tags(events.pullRequest, 'type=sha,format=long,prefix=')).toEqual([MERGE]);
    const head = { ...events.pullRequest, usePrHeadSha: true };
    expect(tags(head, 'type=sha,format=long,prefix=\ntype=raw,value=at-{{sha}}')).toEqual(['at-1e9249f', HEAD]);
    expect(tags({ ...events.defaultBranch, usePrHeadSha: true }, 'type=sha')).toEqual(['sha-860c190']);
  });

  it('DOCKER_METADATA_SHORT_SHA_LENGTH: type=sha and {{sha}} take its length, the whole sha at most', () => {
    const rules = parseTagRules('type=sha\ntype=raw,value=v-{{sha}}');
    expect(computeTags(rules, parseFlavor(''), events.defaultBranch, { shortShaLength: 12 }).tags).toEqual([
      'v-860c1904a1ce',
      'sha-860c1904a1ce',
    ]);
    expect(computeTags(rules, parseFlavor(''), events.defaultBranch, { shortShaLength: 99 }).tags).toEqual([
      `v-${SHA}`,
      `sha-${SHA}`,
    ]);
  });

  it('enable: literal, expressions, and a bad value is a ConfigError', () => {
    expect(tags(events.defaultBranch, 'type=raw,value=a,enable=false\ntype=raw,value=b,enable=true')).toEqual(['b']);
    expect(tags(events.otherBranch, 'type=raw,value=stable,enable={{is_default_branch}}\ntype=raw,value=x')).toEqual([
      'x',
    ]);
    expect(() => tags(events.defaultBranch, 'type=raw,value=a,enable=maybe')).toThrow(
      `Input 'tags' line 1: expected enable=true or enable=false (after expressions), got "maybe"`,
    );
  });

  it('semver: {{raw}}, {{patch}}, major zero, custom value, and a tag that is not semver', () => {
    expect(tags(events.preRelease, 'type=semver,pattern={{raw}}')).toEqual(['v2.0.0-rc.1']);
    expect(tags(events.release, 'type=semver,pattern=v{{major}}\ntype=semver,pattern={{patch}}')).toEqual([
      'v1',
      '3',
      'latest',
    ]);
    expect(tags(ctx({ ref: 'refs/tags/v0.1.2' }), 'type=semver,pattern={{major}}.{{minor}}')).toEqual([
      '0.1',
      'latest',
    ]);
    expect(tags(events.otherBranch, 'type=semver,pattern={{major}}.{{minor}},value=3.4.5')).toEqual(['3.4', 'latest']);
    const result = computeTags(
      parseTagRules('type=semver,pattern={{version}}'),
      parseFlavor(''),
      ctx({ ref: 'refs/tags/nightly-build' }),
    );
    expect(result.tags).toEqual([]);
    expect(result.notes).toEqual([
      `Input 'tags' line 1: "nightly-build" is not a semantic version, no tag from this rule`,
    ]);
  });

  it('match with a group', () => {
    expect(tags(events.release, 'type=match,pattern=v(\\d+\\.\\d+),group=1')).toEqual(['1.2', 'latest']);
    expect(tags(events.otherBranch, 'type=match,pattern=v(\\d+)')).toEqual([]);
  });

  it('edge on a named branch; schedule default and time zone', () => {
    expect(tags(events.dispatchOnBranch, 'type=edge,branch=hotfix/cart')).toEqual(['edge']);
    expect(tags(events.otherBranch, 'type=edge')).toEqual([]);
    expect(tags(events.schedule, 'type=schedule')).toEqual(['nightly']);
    expect(tags(events.schedule, "type=schedule,pattern={{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}")).toEqual([
      '20260314-1130',
    ]);
    expect(tags(events.defaultBranch, 'type=schedule')).toEqual([]);
  });

  it('raw with global expressions and bare words; duplicates kept once', () => {
    expect(tags(events.otherBranch, 'type=raw,value={{branch}}-{{sha}}\nfoo\ntype=raw,bar')).toEqual([
      'feature-login-form-860c190',
      'foo',
      'bar',
    ]);
    expect(tags(events.defaultBranch, 'type=ref,event=branch\ntype=raw,value=main')).toEqual(['main']);
    expect(tags(events.pullRequest, 'type=raw,value=into-{{base_ref}}')).toEqual(['into-main']);
  });
});

describe('sanitising to the registry rules', () => {
  it('replaces runs of invalid characters, drops leading separators, keeps 128 characters', () => {
    expect(tags(ctx({ ref: 'refs/heads/Feature/ÜBER cool' }), 'type=ref,event=branch')).toEqual(['Feature-BER-cool']);
    expect(tags(events.defaultBranch, 'type=raw,value=.hidden')).toEqual(['hidden']);
    const long = 'b'.repeat(200);
    expect(tags(ctx({ ref: `refs/heads/${long}` }), 'type=ref,event=branch')).toEqual(['b'.repeat(128)]);
  });

  it('a rule that cannot yield a valid tag is a ConfigError naming it', () => {
    expect(() => tags(events.defaultBranch, 'type=sha\ntype=raw,value=---')).toThrow(
      `Input 'tags' line 2: expected a tag of 1 to 128 letters, digits, "_", "." or "-" not starting with "." or "-", got ""`,
    );
  });
});

describe('labels and annotations take the global expressions', () => {
  it('renders each value; an unknown expression names the input', () => {
    const labels = {
      'org.opencontainers.image.created': "{{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}",
      ref: '{{branch}}@{{sha}}',
    };
    expect(
      renderValues(labels, { ...events.otherBranch, commitDate: new Date('2026-03-01T10:00:00Z') }, "Input 'labels'"),
    ).toEqual({
      'org.opencontainers.image.created': '2026-03-01T10:00:00.000Z',
      ref: 'feature/login-form@860c190',
    });
    expect(() => renderValues({ a: '{{nope}}' }, events.defaultBranch, "Input 'annotations'")).toThrow(
      `Input 'annotations': expected an expression among`,
    );
  });
});
