import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { customMessage } from './custom-message';
import { fillPlaceholders } from './fill-placeholders';

const values: Record<string, string> = {
  commit_message: 'Fix "it"\nnow <!channel> <http://x|y> & more',
  run_url: 'https://github.com/a/b/actions/runs/1?x=1&y=2',
  status: 'failed',
  'env.TEAM': 'payments',
  'fields.weight': '20%',
};
const valueOf = (name: string) => values[name];
const where = `Input 'payload'`;

describe('customMessage', () => {
  it('fills placeholders in JSON as escaped data that cannot break the payload', async () => {
    const payload =
      '{"text": "{{ commit_message }}", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*{{status}}* {{ env.TEAM }} {{fields.weight}}"}}]}';
    const { message } = await customMessage(payload, where, valueOf, '');
    expect(message.text).toBe('Fix "it"\nnow &lt;!channel&gt; &lt;http://x|y&gt; &amp; more');
    expect(message.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '*failed* payments 20%' } }]);
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  });

  it('reads YAML, keeps URL values as they are, and takes a bare list as blocks', async () => {
    const yaml = `- type: actions\n  elements:\n    - type: button\n      text: {type: plain_text, text: Run}\n      url: "{{ run_url }}"\n`;
    const { message } = await customMessage(yaml, where, valueOf, '');
    expect(message.blocks?.[0]).toMatchObject({ elements: [{ url: 'https://github.com/a/b/actions/runs/1?x=1&y=2' }] });
  });

  it('puts mentions in front and takes channel out of the body', async () => {
    const { message, channel } = await customMessage(
      '{"channel": "#ops", "text": "hi", "blocks": [{"type": "divider"}]}',
      where,
      valueOf,
      '<@U1>',
    );
    expect(channel).toBe('#ops');
    expect(message).toEqual({
      text: '<@U1> hi',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '<@U1>' } }, { type: 'divider' }],
    });
  });

  it.each([
    ['{"text": "{{ nope }}"}', /Input 'payload': expected a value for the placeholder \{\{ nope \}\}, got none/],
    ['{"text": "{{ env.MISSING }}"}', /placeholder \{\{ env.MISSING \}\}/],
    ['{"text": ', /Input 'payload': expected valid YAML/],
    ['"just text"', /expected a Block Kit message/],
    ['{"username": "bot"}', /expected a Block Kit message: .*got neither/],
    ['{"blocks": {"type": "divider"}}', /"blocks" must be a list/],
    ['{"blocks": [{"text": "no type"}]}', /block 1 must be a map with a "type"/],
    ['{"text": 5}', /"text" must be a string/],
  ])('rejects %s as a ConfigError', async (payload, message) => {
    const promise = customMessage(payload, where, valueOf, '');
    await expect(promise).rejects.toThrow(ConfigError);
    await expect(customMessage(payload, where, valueOf, '')).rejects.toThrow(message);
  });
});

describe('fillPlaceholders', () => {
  it('leaves keys and non-strings alone', () => {
    expect(fillPlaceholders({ '{{ status }}': 1, ok: true, n: null }, valueOf, where)).toEqual({
      '{{ status }}': 1,
      ok: true,
      n: null,
    });
  });
});
