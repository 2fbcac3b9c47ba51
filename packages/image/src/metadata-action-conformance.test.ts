import { describe, expect, it } from '@jest/globals';
import { computeTags } from './compute-tags';
import type { EventContext } from './event-context';
import { parseFlavor, parseTagRules } from './tag-rules';

/**
 * docker/metadata-action's documented examples (its README: usage tables, each tag type's table, the
 * latest-tag, priority, global-expression and major-version-zero notes), one row each: the event and
 * the inputs → the tags it documents. The repository is octocat/Hello-World on master, the time
 * 2020-01-10T00:30:00Z and the commit 90dd6032…, as in its examples.
 */
const SHA = '90dd6032fac8bda1b6c4436a2e65de27961ed071';
const PR_HEAD = '1e9249f05bfc090e0688b8fb9c1b347586add504';

type Event =
  | 'pull_request'
  | 'pull_request_target'
  | 'push'
  | 'push tag'
  | 'push tag from master'
  | 'workflow_dispatch'
  | 'schedule'
  | 'schedule without repository';

function context(event: Event, ref: string, over: Partial<EventContext> = {}): EventContext {
  const base: EventContext = {
    eventName: event.startsWith('push') ? 'push' : event.replace(' without repository', ''),
    ref,
    sha: SHA,
    repository: 'octocat/Hello-World',
    serverUrl: 'https://github.com',
    now: new Date('2020-01-10T00:30:00.000Z'),
    ...(event === 'schedule without repository' ? {} : { defaultBranch: 'master' }),
  };
  if (event === 'pull_request' || event === 'pull_request_target')
    Object.assign(base, { prNumber: 2, prHeadSha: PR_HEAD, baseRef: 'master' });
  if (event === 'push tag from master') base.pushBaseRef = 'refs/heads/master';
  return { ...base, ...over };
}

const DEFAULT = '';
const SEMVER_USAGE =
  'type=ref,event=branch\ntype=ref,event=pr\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}';
const BAKE_USAGE = `${SEMVER_USAGE}\ntype=sha`;
const NO_LATEST = 'latest=false';

/** [section, event, ref, tags input, flavor input, expected tags] */
const CASES: Array<[string, Event, string, string, string, string[]]> = [
  // Usage: basic (default tags input)
  ['basic', 'pull_request', 'refs/pull/2/merge', DEFAULT, '', ['pr-2']],
  ['basic', 'push', 'refs/heads/master', DEFAULT, '', ['master']],
  ['basic', 'push', 'refs/heads/releases/v1', DEFAULT, '', ['releases-v1']],
  ['basic', 'push tag', 'refs/tags/v1.2.3', DEFAULT, '', ['v1.2.3', 'latest']],
  ['basic', 'push tag', 'refs/tags/v2.0.8-beta.67', DEFAULT, '', ['v2.0.8-beta.67', 'latest']],
  // Usage: semver
  ['semver usage', 'pull_request', 'refs/pull/2/merge', SEMVER_USAGE, '', ['pr-2']],
  ['semver usage', 'push', 'refs/heads/master', SEMVER_USAGE, '', ['master']],
  ['semver usage', 'push', 'refs/heads/releases/v1', SEMVER_USAGE, '', ['releases-v1']],
  ['semver usage', 'push tag', 'refs/tags/v1.2.3', SEMVER_USAGE, '', ['1.2.3', '1.2', 'latest']],
  ['semver usage', 'push tag', 'refs/tags/v2.0.8-beta.67', SEMVER_USAGE, '', ['2.0.8-beta.67']],
  // Usage: bake definition
  ['bake usage', 'push tag', 'refs/tags/v1.2.3', BAKE_USAGE, '', ['1.2.3', '1.2', 'sha-90dd603', 'latest']],
  // type=schedule
  ['schedule', 'schedule', 'refs/heads/master', 'type=schedule', '', ['nightly']],
  ['schedule', 'schedule', 'refs/heads/master', 'type=schedule,pattern=nightly', '', ['nightly']],
  ['schedule', 'schedule', 'refs/heads/master', "type=schedule,pattern={{date 'YYYYMMDD'}}", '', ['20200110']],
  [
    'schedule',
    'schedule',
    'refs/heads/master',
    "type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
    '',
    ['20200110-093000'],
  ],
  ['schedule', 'push', 'refs/heads/master', 'type=schedule', '', []],
  // type=semver
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{raw}}', NO_LATEST, ['v1.2.3']],
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{version}}', NO_LATEST, ['1.2.3']],
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{major}}.{{minor}}', NO_LATEST, ['1.2']],
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern=v{{major}}', NO_LATEST, ['v1']],
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{minor}}', NO_LATEST, ['2']],
  ['semver', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{patch}}', NO_LATEST, ['3']],
  ['semver', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=semver,pattern={{raw}}', '', ['v2.0.8-beta.67']],
  ['semver', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=semver,pattern={{version}}', '', ['2.0.8-beta.67']],
  ['semver', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=semver,pattern={{major}}.{{minor}}', '', ['2.0.8-beta.67']],
  ['semver', 'push', 'refs/heads/master', 'type=semver,pattern={{version}},value=v1.0.0', NO_LATEST, ['1.0.0']],
  ['semver', 'push', 'refs/heads/master', 'type=semver,pattern={{version}}', '', []],
  // type=semver match=: the first capture group of the tag is the version
  [
    'semver match',
    'push tag',
    'refs/tags/p1/v1.2.3',
    'type=semver,pattern={{version}},match=p1/v(\\d.\\d.\\d)$',
    '',
    ['1.2.3', 'latest'],
  ],
  ['semver match', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{major}},match=nope(.*)', NO_LATEST, ['1']],
  // type=pep440
  ['pep440', 'push tag', 'refs/tags/1.2.3', 'type=pep440,pattern={{raw}}', NO_LATEST, ['1.2.3']],
  ['pep440', 'push tag', 'refs/tags/1.2.3', 'type=pep440,pattern={{version}}', NO_LATEST, ['1.2.3']],
  ['pep440', 'push tag', 'refs/tags/v1.2.3', 'type=pep440,pattern={{version}}', NO_LATEST, ['1.2.3']],
  ['pep440', 'push tag', 'refs/tags/1.2.3', 'type=pep440,pattern={{major}}.{{minor}}', NO_LATEST, ['1.2']],
  ['pep440', 'push tag', 'refs/tags/1.2.3', 'type=pep440,pattern=v{{major}}', NO_LATEST, ['v1']],
  ['pep440', 'push tag', 'refs/tags/v1.2.3rc2', 'type=pep440,pattern={{raw}}', '', ['v1.2.3rc2']],
  ['pep440', 'push tag', 'refs/tags/1.2.3rc2', 'type=pep440,pattern={{version}}', '', ['1.2.3rc2']],
  ['pep440', 'push tag', 'refs/tags/1.2.3rc2', 'type=pep440,pattern={{major}}.{{minor}}', '', ['1.2.3rc2']],
  ['pep440', 'push tag', 'refs/tags/1.2.3post1', 'type=pep440,pattern={{major}}.{{minor}}', '', ['1.2.3.post1']],
  ['pep440', 'push tag', 'refs/tags/1.2.3beta2', 'type=pep440,pattern={{major}}.{{minor}}', '', ['1.2.3b2']],
  ['pep440', 'push tag', 'refs/tags/1.0dev4', 'type=pep440,pattern={{major}}.{{minor}}', '', ['1.0.dev4']],
  ['pep440', 'push tag', 'refs/tags/1.2.3', 'type=pep440,pattern={{version}}', '', ['1.2.3', 'latest']],
  ['pep440', 'push', 'refs/heads/master', 'type=pep440,pattern={{version}},value=1.0.0', NO_LATEST, ['1.0.0']],
  // type=pep440 from metadata-action's own tag cases
  [
    'pep440',
    'push tag',
    'refs/tags/v1.1.1',
    'type=pep440,pattern={{raw}}\ntype=pep440,pattern={{major}}.{{minor}}',
    '',
    ['v1.1.1', '1.1', 'latest'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/1.2',
    'type=pep440,pattern={{version}}\ntype=pep440,pattern={{major}}.{{minor}}',
    '',
    ['1.2', 'latest'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/1.1beta2',
    'type=pep440,pattern={{major}}.{{minor}}\ntype=pep440,pattern={{major}}',
    '',
    ['1.1b2'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/1.2post1',
    'type=pep440,pattern={{version}}\ntype=pep440,pattern={{major}}',
    '',
    ['1.2.post1'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/v1.2.3rc2',
    'type=pep440,pattern={{raw}}\ntype=pep440,pattern={{major}}.{{minor}}',
    '',
    ['v1.2.3rc2', '1.2.3rc2'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/v1.1.1',
    'type=pep440,pattern={{version}}\ntype=pep440,pattern={{major}}.{{minor}}.{{patch}}\ntype=pep440,pattern={{major}}.{{minor}}\ntype=pep440,pattern={{major}}',
    '',
    ['1.1.1', '1.1', '1', 'latest'],
  ],
  [
    'pep440',
    'push tag',
    'refs/tags/sometag',
    'type=ref,event=tag\ntype=pep440,pattern={{version}}',
    NO_LATEST,
    ['sometag'],
  ],
  // type=match
  ['match', 'push tag', 'refs/tags/v1.2.3', 'type=match,pattern=\\d.\\d.\\d', NO_LATEST, ['1.2.3']],
  ['match', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=match,pattern=v(.*),group=1', NO_LATEST, ['2.0.8-beta.67']],
  ['match', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=match,pattern=v(\\d.\\d),group=1', NO_LATEST, ['2.0']],
  ['match', 'push tag', 'refs/tags/20200110-RC2', 'type=match,pattern=\\d+', NO_LATEST, ['20200110']],
  ['match', 'push tag', 'refs/tags/p1/v1.2.3', 'type=match,pattern=p1/v(\\d.\\d.\\d),group=1', NO_LATEST, ['1.2.3']],
  ['match', 'push tag', 'refs/tags/v1.2.3', 'type=match,pattern=v(.*),group=1', '', ['1.2.3', 'latest']],
  ['match', 'push', 'refs/heads/master', 'type=match,pattern=v(.*),group=1,value=v1.0.0', NO_LATEST, ['1.0.0']],
  // type=match from metadata-action's own tests: /source/flags, several groups, a missing group, a rule suffix
  [
    'match',
    'push tag',
    'refs/tags/p1/v1.0.0',
    'type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1\ntype=match,pattern=\\d.\\d.\\d\ntype=match,pattern=\\d.\\d\ntype=ref,event=pr\ntype=sha',
    '',
    ['1.0.0', '1.0', 'sha-90dd603', 'latest'],
  ],
  [
    'match',
    'push tag',
    'refs/tags/p1/v1.0.0',
    'type=match,pattern=p1/v(\\d.\\d.\\d),group=1\ntype=match,pattern=p1/v(\\d.\\d),group=1,suffix=\ntype=match,pattern=p1/v(\\d.\\d),group=3',
    'suffix=-dev',
    ['1.0.0-dev', '1.0', 'latest'],
  ],
  [
    'match',
    'push tag',
    'refs/tags/v2.0.8-beta.67',
    'type=match,"pattern=v(.*)-beta.(.*)",group=1\ntype=match,"pattern=v(.*)-beta.(.*)",group=2',
    '',
    ['2.0.8', '67', 'latest'],
  ],
  ['match', 'push tag', 'refs/tags/v1.2.3', 'type=match,"pattern=/\\d/g",group=2', NO_LATEST, ['3']],
  ['match', 'push tag', 'refs/tags/sometag', 'type=match,pattern=\\d.\\d', '', []],
  ['match', 'push tag', 'refs/tags/release1', 'type=match,"pattern=^release\\d{1,2}"', '', ['release1', 'latest']],
  [
    'match',
    'push tag',
    'refs/tags/20200110-RC2',
    'type=match,"pattern=^\\d+-RC\\d{1,2}"',
    '',
    ['20200110-RC2', 'latest'],
  ],
  ['match', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=match,"pattern=\\d.\\d.\\d"', '', ['2.0.8', 'latest']],
  [
    'raw',
    'push tag from master',
    'refs/tags/v1.1.1',
    'type=raw,{{tag}}-{{sha}}-foo\ntype=raw,{{base_ref}}-foo\ntype=raw,defbranch-foo,enable={{is_default_branch}}',
    '',
    ['v1.1.1-90dd603-foo', 'master-foo'],
  ],
  // type=edge
  ['edge', 'push', 'refs/heads/master', 'type=edge', '', ['edge']],
  ['edge', 'push', 'refs/heads/dev', 'type=edge', '', []],
  ['edge', 'push', 'refs/heads/main', 'type=edge,branch=main', '', ['edge']],
  ['edge', 'pull_request', 'refs/pull/2/merge', 'type=edge', '', []],
  // type=ref
  ['ref', 'pull_request', 'refs/pull/2/merge', 'type=ref,event=pr', '', ['pr-2']],
  ['ref', 'push', 'refs/heads/master', 'type=ref,event=branch', '', ['master']],
  ['ref', 'push', 'refs/heads/my/branch', 'type=ref,event=branch', '', ['my-branch']],
  ['ref', 'push tag', 'refs/tags/v1.2.3', 'type=ref,event=tag', NO_LATEST, ['v1.2.3']],
  ['ref', 'push tag', 'refs/tags/v2.0.8-beta.67', 'type=ref,event=tag', NO_LATEST, ['v2.0.8-beta.67']],
  ['ref', 'workflow_dispatch', 'refs/heads/master', 'type=ref,event=branch', '', ['master']],
  // type=raw
  ['raw', 'push', 'refs/heads/master', 'type=raw,value=foo\ntype=raw,value=bar', '', ['foo', 'bar']],
  ['raw', 'push', 'refs/heads/master', 'type=raw,foo\ntype=raw,bar', '', ['foo', 'bar']],
  ['raw', 'push', 'refs/heads/master', 'foo\nbar', '', ['foo', 'bar']],
  ['raw', 'push', 'refs/heads/master', 'type=raw,value=,enable=false\ntype=raw,value=\nfoo', '', ['foo']],
  // type=sha
  ['sha', 'push', 'refs/heads/master', 'type=sha', '', ['sha-90dd603']],
  ['sha', 'push', 'refs/heads/master', 'type=sha,format=long', '', [`sha-${SHA}`]],
  ['sha', 'pull_request', 'refs/pull/2/merge', 'type=sha', '', ['sha-90dd603']],
  [
    'sha',
    'pull_request',
    'refs/pull/2/merge',
    'type=sha,priority=2000\ntype=ref,event=pr',
    '',
    ['sha-90dd603', 'pr-2'],
  ],
  [
    'sha',
    'pull_request_target',
    'refs/pull/2/merge',
    'type=sha,priority=2000\ntype=ref,event=pr',
    '',
    ['sha-90dd603', 'pr-2'],
  ],
  ['ref', 'pull_request', 'refs/pull/2/merge', 'type=ref,event=pr', 'prefix=glo-\nsuffix=-bal', ['pr-2-bal']],
  ['ref', 'pull_request', 'refs/pull/2/merge', 'type=ref,event=pr,prefix=', 'prefix=glo-\nsuffix=-bal', ['2-bal']],
  // Latest tag: type=ref,event=tag, semver, pep440 and match give latest in auto mode; a raw rule for a branch
  ['latest', 'push', 'refs/heads/master', 'type=raw,value=latest,enable={{is_default_branch}}', '', ['latest']],
  ['latest', 'push', 'refs/heads/dev', 'type=raw,value=latest,enable={{is_default_branch}}', '', []],
  ['latest', 'push', 'refs/heads/master', 'type=raw,value=latest,enable=true', '', ['latest']],
  ['latest', 'push', 'refs/heads/master', 'type=ref,event=branch', 'latest=true', ['master', 'latest']],
  ['latest', 'push tag', 'refs/tags/v1.2.3', 'type=ref,event=tag', 'latest=false', ['v1.2.3']],
  [
    'latest',
    'push tag',
    'refs/tags/v2.0.8-beta.67',
    'type=semver,pattern={{version}}',
    'latest=true',
    ['2.0.8-beta.67', 'latest'],
  ],
  // latest=auto: the highest-priority rule that produces a tag decides, not any rule that qualifies
  [
    'latest auto',
    'push tag',
    'refs/tags/v1.2.3',
    'type=sha,priority=1100\ntype=semver,pattern={{version}}',
    '',
    ['sha-90dd603', '1.2.3'],
  ],
  [
    'latest auto',
    'push tag',
    'refs/tags/v2.0.8-beta.67',
    'type=semver,pattern={{version}}\ntype=ref,event=tag',
    '',
    ['2.0.8-beta.67', 'v2.0.8-beta.67'],
  ],
  [
    'latest auto',
    'push tag',
    'refs/tags/v1.2.3',
    'type=semver,pattern={{version}},enable=false\ntype=ref,event=tag',
    '',
    ['v1.2.3', 'latest'],
  ],
  // priority attribute
  [
    'priority',
    'push tag',
    'refs/tags/v1.2.3',
    'type=sha\ntype=raw,value=x\ntype=ref,event=tag\ntype=semver,pattern={{version}}',
    '',
    ['1.2.3', 'v1.2.3', 'x', 'sha-90dd603', 'latest'],
  ],
  [
    'priority',
    'push',
    'refs/heads/master',
    'type=ref,event=branch\ntype=sha,priority=601',
    '',
    ['sha-90dd603', 'master'],
  ],
  // Global expressions
  ['{{branch}}', 'pull_request', 'refs/pull/2/merge', 'type=raw,value={{branch}}', '', []],
  ['{{branch}}', 'push', 'refs/heads/master', 'type=raw,value={{branch}}', '', ['master']],
  ['{{branch}}', 'push', 'refs/heads/my/branch', 'type=raw,value={{branch}}', '', ['my-branch']],
  ['{{branch}}', 'push tag', 'refs/tags/v1.2.3', 'type=raw,value={{branch}}', '', []],
  ['{{branch}}', 'push', 'refs/heads/master', 'type=sha,prefix={{branch}}-', '', ['master-90dd603']],
  ['{{branch}}', 'push', 'refs/heads/master', 'type=raw,value=mytag-{{branch}}-{{sha}}', '', ['mytag-master-90dd603']],
  ['{{tag}}', 'pull_request', 'refs/pull/2/merge', 'type=raw,value={{tag}}', '', []],
  ['{{tag}}', 'push', 'refs/heads/master', 'type=raw,value={{tag}}', '', []],
  ['{{tag}}', 'push', 'refs/heads/my/branch', 'type=raw,value={{tag}}', '', []],
  ['{{tag}}', 'push tag', 'refs/tags/v1.2.3', 'type=raw,value={{tag}}', '', ['v1.2.3']],
  ['{{sha}}', 'push', 'refs/heads/master', 'type=raw,value={{sha}}', '', ['90dd603']],
  ['{{base_ref}}', 'pull_request', 'refs/pull/2/merge', 'type=raw,value={{base_ref}}', '', ['master']],
  ['{{base_ref}}', 'push', 'refs/heads/master', 'type=raw,value={{base_ref}}', '', []],
  ['{{base_ref}}', 'push', 'refs/heads/my/branch', 'type=raw,value={{base_ref}}', '', []],
  ['{{base_ref}}', 'push tag from master', 'refs/tags/v1.2.3', 'type=raw,value={{base_ref}}', '', ['master']],
  ['{{is_default_branch}}', 'push', 'refs/heads/master', 'type=raw,value=d,enable={{is_default_branch}}', '', ['d']],
  ['{{is_default_branch}}', 'push', 'refs/heads/dev', 'type=raw,value=d,enable={{is_default_branch}}', '', []],
  ['{{is_default_branch}}', 'push tag', 'refs/tags/v1.2.3', 'type=raw,value=d,enable={{is_default_branch}}', '', []],
  [
    '{{is_default_branch}}',
    'pull_request_target',
    'refs/pull/2/merge',
    'type=raw,value=d,enable={{is_default_branch}}',
    '',
    [],
  ],
  [
    '{{is_default_branch}}',
    'schedule without repository',
    'refs/heads/master',
    'type=raw,value=d,enable={{is_default_branch}}',
    '',
    ['d'],
  ],
  [
    '{{is_not_default_branch}}',
    'push',
    'refs/heads/dev',
    'type=raw,value=dev,enable={{is_not_default_branch}}',
    '',
    ['dev'],
  ],
  [
    '{{is_not_default_branch}}',
    'push',
    'refs/heads/master',
    'type=raw,value=dev,enable={{is_not_default_branch}}',
    '',
    [],
  ],
  ['{{date}}', 'push', 'refs/heads/master', "type=raw,value={{date 'YYYYMMDD'}}", '', ['20200110']],
  [
    '{{date}}',
    'push',
    'refs/heads/master',
    "type=raw,value={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
    '',
    ['20200110-093000'],
  ],
  ['{{commit_date}}', 'push', 'refs/heads/master', "type=raw,value={{commit_date 'YYYYMMDD'}}", '', ['20200110']],
  // An unquoted format is a Handlebars lookup (undefined): moment's default format
  [
    '{{commit_date}}',
    'pull_request',
    'refs/pull/2/merge',
    'type=raw,value={{commit_date YYYY-MM-DD-HHmmSS}}',
    '',
    ['2020-01-10T00-30-00Z'],
  ],
  [
    '{{base_ref}}',
    'pull_request_target',
    'refs/pull/2/merge',
    'type=raw,value=mytag-{{base_ref}}\ntype=raw,mytag-defbranch,enable={{is_default_branch}}',
    '',
    ['mytag-master'],
  ],
  [
    'pull_request_target',
    'pull_request_target',
    'refs/pull/2/merge',
    'type=ref,event=tag\ntype=ref,event=pr\ntype=ref,event=branch\ntype=sha\ntype=sha,format=long',
    '',
    ['pr-2', 'sha-90dd603', `sha-${SHA}`],
  ],
  // Major version zero
  [
    'major zero',
    'push tag',
    'refs/tags/v0.1.2',
    'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}},enable=false',
    '',
    ['0.1.2', '0.1', 'latest'],
  ],
  // flavor
  ['flavor', 'push tag', 'refs/tags/v1.2.3', 'type=semver,pattern={{version}}', 'prefix=app-', ['app-1.2.3', 'latest']],
  [
    'flavor',
    'push tag',
    'refs/tags/v1.2.3',
    'type=semver,pattern={{version}}',
    'prefix=app-,onlatest=true',
    ['app-1.2.3', 'app-latest'],
  ],
  [
    'flavor',
    'push tag',
    'refs/tags/v1.2.3',
    'type=semver,pattern={{version}}',
    'suffix=-slim',
    ['1.2.3-slim', 'latest'],
  ],
  [
    'flavor',
    'push tag',
    'refs/tags/v1.2.3',
    'type=semver,pattern={{version}}',
    'suffix=-slim,onlatest=true',
    ['1.2.3-slim', 'latest-slim'],
  ],
  ['flavor', 'push', 'refs/heads/master', 'type=sha', 'prefix=app-', ['sha-90dd603']],
  [
    'flavor',
    'push tag',
    'refs/tags/v1.1.1',
    'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}.{{patch}}',
    'prefix=foo-,onlatest=true\nsuffix=-dev,onlatest=true',
    ['foo-1.1.1-dev', 'foo-latest-dev'],
  ],
  ['flavor', 'push', 'refs/heads/master', 'type=sha,prefix=', 'prefix=app-', ['90dd603']],
];

describe("docker/metadata-action's documented cases", () => {
  it.each(CASES)('%s: %s %s, tags %j, flavor %j', (_section, event, ref, tagsInput, flavorInput, expected) => {
    const result = computeTags(parseTagRules(tagsInput), parseFlavor(flavorInput), context(event, ref));
    expect(result.tags).toEqual(expected);
    expect(result.version).toBe(expected[0] ?? '');
  });

  it('sha: DOCKER_METADATA_SHORT_SHA_LENGTH=12 and DOCKER_METADATA_PR_HEAD_SHA=true', () => {
    const rules = parseTagRules('type=sha');
    expect(
      computeTags(rules, parseFlavor(''), context('push', 'refs/heads/master'), { shortShaLength: 12 }).tags,
    ).toEqual(['sha-90dd6032fac8']);
    const pr = context('pull_request', 'refs/pull/2/merge', { usePrHeadSha: true });
    expect(computeTags(rules, parseFlavor(''), pr).tags).toEqual(['sha-1e9249f']);
  });
});
