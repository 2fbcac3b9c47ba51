import { describe, expect, it } from '@jest/globals';
import { builtinMessage, mentionText } from './builtin-message';
import type { GithubContext } from './github-context';
import type { MessageFacts } from './slack-message';
import { STATUSES, type Status } from './statuses';

const github: GithubContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/shop',
  repositoryUrl: 'https://github.com/acme/shop',
  eventName: 'push',
  ref: 'refs/heads/main',
  refName: 'main',
  sha: '0123456789abcdef',
  shortSha: '0123456',
  commitMessage: 'Fix checkout\nbody',
  commitTitle: 'Fix checkout',
  commitUrl: 'https://github.com/acme/shop/commit/0123456789abcdef',
  actor: 'octocat',
  workflow: 'deploy',
  job: 'notify',
  runId: '42',
  runNumber: '7',
  runAttempt: '1',
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  diffUrl: 'https://github.com/acme/shop/compare/a...b',
  pullRequestUrl: '',
};

const facts = (over: Partial<MessageFacts> = {}): MessageFacts => ({
  github,
  environment: 'production',
  environmentUrl: 'https://shop.example.com',
  durationMs: 192_000,
  fields: {},
  mentions: ['U0ONCALL', 'S0SRE'],
  ...over,
});

const expected: Record<Status, string> = {
  started: ':rocket: Deploy started: acme/shop to production',
  succeeded: ':white_check_mark: Deploy succeeded: acme/shop to production',
  failed: ':x: Deploy failed: acme/shop to production',
  cancelled: ':no_entry_sign: Deploy cancelled: acme/shop to production',
  'rolled-back': ':rewind: Deploy rolled back: acme/shop to production',
  'canary-step': ':hatching_chick: Canary step: acme/shop to production',
  'canary-promoted': ':hatched_chick: Canary promoted: acme/shop to production',
  'canary-aborted': ':warning: Canary aborted: acme/shop to production',
};

type Fields = Array<{ type: string; text: string }>;
const fieldsOf = (blocks: Array<Record<string, unknown>>): Fields =>
  blocks.filter((b) => b['type'] === 'section' && b['fields']).flatMap((b) => b['fields'] as Fields);

describe.each(STATUSES)('built-in "%s" message', (status) => {
  const message = builtinMessage(status, facts());
  const blocks = message.blocks ?? [];
  const failure = status === 'failed' || status === 'rolled-back';

  it('has a plain-text header with the event, repository and environment', () => {
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: expected[status], emoji: true } });
  });

  it('carries repository, ref, commit (short sha + first line), actor, environment and duration', () => {
    expect(fieldsOf(blocks)).toEqual([
      { type: 'mrkdwn', text: '*Repository*\n<https://github.com/acme/shop|acme/shop>' },
      { type: 'mrkdwn', text: '*Ref*\nmain' },
      { type: 'mrkdwn', text: '*Commit*\n<https://github.com/acme/shop/commit/0123456789abcdef|0123456> Fix checkout' },
      { type: 'mrkdwn', text: '*Actor*\noctocat' },
      { type: 'mrkdwn', text: '*Environment*\n<https://shop.example.com|production>' },
      { type: 'mrkdwn', text: '*Duration*\n3m 12s' },
    ]);
  });

  it('links the run, the diff and the environment', () => {
    expect(blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text:
            '<https://github.com/acme/shop/actions/runs/42|Workflow run #7>  ·  ' +
            '<https://github.com/acme/shop/compare/a...b|Diff>  ·  <https://shop.example.com|Open environment>',
        },
      ],
    });
  });

  it(`${failure ? 'mentions' : 'does not mention'} the on-call people`, () => {
    const mentionBlock = { type: 'section', text: { type: 'mrkdwn', text: '<@U0ONCALL> <!subteam^S0SRE>' } };
    if (failure) {
      expect(blocks[1]).toEqual(mentionBlock);
      expect(message.text?.startsWith('<@U0ONCALL> <!subteam^S0SRE> ')).toBe(true);
    } else {
      expect(blocks).not.toContainEqual(mentionBlock);
      expect(message.text).not.toContain('<@');
    }
  });

  it('has a notification text with the headline, ref and commit', () => {
    expect(message.text).toContain(`${expected[status].split(':').slice(0, 3).join(':')}`);
    expect(message.text).toContain('acme/shop@main to production (0123456 Fix checkout)');
  });
});

describe('built-in message from hostile text', () => {
  const hostile = 'Fix "quotes" & `ticks` <!channel> <http://x|y> <@U999>\nsecond line <!here>';
  const message = builtinMessage(
    'failed',
    facts({
      github: { ...github, commitTitle: hostile.split('\n')[0] as string, actor: '<!everyone>' },
      text: hostile,
      fields: { 'Note <b>': '<!here>' },
      mentions: [],
    }),
  );
  const json = JSON.stringify(message);

  it('escapes every value: no mention, link or special token survives', () => {
    const all = JSON.parse(json) as typeof message;
    const texts = JSON.stringify(all).match(/<[^>]*>/g) ?? [];
    // Only links we built ourselves remain as <…>.
    for (const token of texts) expect(token).toMatch(/^<https:\/\/(github\.com|shop\.example\.com)[^|]*\|[^<>]*>$/);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;http://x|y&gt;');
    expect(json).toContain('&lt;!everyone&gt;');
    expect(json).toContain('Fix \\"quotes\\" &amp; `ticks`');
  });

  it('keeps the text as data in its own section, newlines included', () => {
    expect(message.blocks).toContainEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Fix "quotes" &amp; `ticks` &lt;!channel&gt; &lt;http://x|y&gt; &lt;@U999&gt;\nsecond line &lt;!here&gt;',
      },
    });
  });
});

describe('built-in message with little context', () => {
  it('leaves out what the run does not have', () => {
    const m = builtinMessage('succeeded', {
      github: {
        ...github,
        repository: '',
        repositoryUrl: '',
        sha: '',
        shortSha: '',
        runUrl: '',
        diffUrl: '',
        refName: '',
        ref: '',
        actor: '',
      },
      fields: { weight: '20%' },
      mentions: [],
    });
    expect(m.blocks?.[0]).toMatchObject({ text: { text: ':white_check_mark: Deploy succeeded' } });
    expect(fieldsOf(m.blocks ?? [])).toEqual([{ type: 'mrkdwn', text: '*weight*\n20%' }]);
    expect(m.text).toBe(':white_check_mark: Deploy succeeded');
  });
});

describe('mentionText', () => {
  it('formats users, groups and special mentions', () => {
    expect(['U1', 'W2', 'S3', 'here', 'channel'].map(mentionText)).toEqual([
      '<@U1>',
      '<@W2>',
      '<!subteam^S3>',
      '<!here>',
      '<!channel>',
    ]);
  });
});
