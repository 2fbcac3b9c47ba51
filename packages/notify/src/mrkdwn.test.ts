import { describe, expect, it } from '@jest/globals';
import { escapeMrkdwn, firstLine, mrkdwnLink, truncateText } from './mrkdwn';

describe('escapeMrkdwn', () => {
  it('turns the three control characters into entities, so mentions and links are inert', () => {
    expect(escapeMrkdwn('<!channel> & <http://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;http://x|y&gt;');
  });
  it('leaves other text alone', () => {
    expect(escapeMrkdwn('fix "quotes" `code` *bold*\nnext')).toBe('fix "quotes" `code` *bold*\nnext');
  });
});

describe('mrkdwnLink', () => {
  it('escapes the label and encodes what would end the link in the URL', () => {
    expect(mrkdwnLink('https://e.x/a?b=1&c=2|>', 'a <b>')).toBe('<https://e.x/a?b=1&amp;c=2%7C%3E|a &lt;b&gt;>');
  });
  it('is just the escaped label without a URL', () => {
    expect(mrkdwnLink(undefined, 'prod & co')).toBe('prod &amp; co');
  });
});

describe('truncateText', () => {
  it('keeps text within the limit', () => {
    expect(truncateText('abc', 3)).toBe('abc');
  });
  it('cuts to the limit with a visible ellipsis', () => {
    const out = truncateText('x'.repeat(3500), 3000);
    expect(out).toHaveLength(3000);
    expect(out.endsWith('…')).toBe(true);
  });
  it('never splits an entity, a surrogate pair or a link', () => {
    expect(truncateText('aaaa&amp;bbbb', 7)).toBe('aaaa…');
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('see <https://example.com/long|here> now', 20)).toBe('see …');
  });
});

describe('firstLine', () => {
  it('is the first non-empty line', () => {
    expect(firstLine('\n  Fix it  \n\nbody')).toBe('Fix it');
  });
});
