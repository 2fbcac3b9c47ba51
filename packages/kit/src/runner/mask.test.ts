import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { derivedForms, maskSecret, redact } from './mask';
import { setCommandWriter } from './workflow-command';

let commands: string[];
let previous: (text: string) => void;
beforeEach(() => {
  commands = [];
  previous = setCommandWriter((t) => commands.push(t));
});
afterEach(() => {
  setCommandWriter(previous);
});

/** The values the runner was asked to mask, unescaped as the runner reads them. */
function masked(): string[] {
  return commands.map((c) => {
    const m = /^::add-mask::(.*)\n$/.exec(c);
    if (!m) throw new Error(`not an add-mask command: ${JSON.stringify(c)}`);
    return (m[1] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  });
}

describe('derivedForms', () => {
  it('includes the secret, its base64, URL-encoded and JSON-escaped forms', () => {
    const secret = 'p@ss w/rd+"q"\\';
    const forms = derivedForms(secret);
    expect(forms).toContain(secret);
    expect(forms).toContain(Buffer.from(secret).toString('base64'));
    expect(forms).toContain('p%40ss%20w%2Frd%2B%22q%22%5C');
    expect(forms).toContain('p@ss w/rd+\\"q\\"\\\\');
  });

  it('adds each line of a multi-line secret, trimmed, and drops lines too short to mask', () => {
    const key = '-----BEGIN KEY-----\r\n  MIIEvQIBADANBgkq  \r\n}\n-----END KEY-----';
    const forms = derivedForms(key);
    expect(forms).toContain('-----BEGIN KEY-----');
    expect(forms).toContain('MIIEvQIBADANBgkq');
    expect(forms).toContain('-----END KEY-----');
    expect(forms).not.toContain('}');
    expect(forms).toContain(key.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  });

  it('lists each form once', () => {
    const forms = derivedForms('abcdef');
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('keeps a short secret itself, but not short derived forms', () => {
    expect(derivedForms('ab')).toContain('ab');
    expect(derivedForms('ab').every((f) => f === 'ab' || f.length >= 4)).toBe(true);
  });
});

describe('maskSecret', () => {
  it('asks the runner to mask the secret and every derived form', () => {
    const secret = 'tok/en+with=chars';
    const added = maskSecret(secret);
    expect(masked()).toEqual(added);
    expect(masked()).toEqual(
      expect.arrayContaining([secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]),
    );
  });

  it('masks a multi-line secret line by line, never sending a newline', () => {
    const secret = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG\n-----END KEY-----';
    maskSecret(secret);
    expect(commands.every((c) => !c.slice(0, -1).includes('%0A'))).toBe(true);
    expect(masked()).toEqual(
      expect.arrayContaining(['-----BEGIN KEY-----', 'MIIEvQIBADANBgkqhkiG', '-----END KEY-----']),
    );
    expect(masked()).toContain(Buffer.from(secret).toString('base64'));
    expect(masked()).toContain('-----BEGIN KEY-----\\nMIIEvQIBADANBgkqhkiG\\n-----END KEY-----');
  });

  it('registers each form once, however often it is called', () => {
    expect(maskSecret('once-only-secret').length).toBeGreaterThan(0);
    commands.length = 0;
    expect(maskSecret('once-only-secret')).toEqual([]);
    expect(commands).toEqual([]);
  });

  it('does nothing for an unset secret', () => {
    expect(maskSecret(undefined)).toEqual([]);
    expect(maskSecret('')).toEqual([]);
    expect(commands).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces every registered form with ***', () => {
    const secret = 'redact-me-please';
    maskSecret(secret);
    const b64 = Buffer.from(secret).toString('base64');
    const text = `token=${secret}\nauth: Basic ${b64}\nurl=https://x/?t=${encodeURIComponent(secret)}`;
    const out = redact(text);
    expect(out).toBe('token=***\nauth: Basic ***\nurl=https://x/?t=***');
    expect(out).not.toContain(secret);
  });

  it('replaces the longest form first, so no fragment of a secret is left', () => {
    maskSecret('abcd');
    maskSecret('abcdefgh');
    expect(redact('[abcdefgh] [abcd]')).toBe('[***] [***]');
  });

  it('also replaces extra values given for one call', () => {
    expect(redact('user=alice pass=wonderland', ['wonderland'])).toBe('user=alice pass=***');
    expect(redact('wonderland')).toBe('wonderland');
    expect(redact('text', [''])).toBe('text');
  });
});

describe('derivedForms of text that is not well-formed UTF-16', () => {
  it('skips the URL-encoded form (which cannot exist) instead of throwing', () => {
    expect(() => derivedForms('abc\ud800def')).not.toThrow();
    expect(derivedForms('abc\ud800def')).toContain('abc\ud800def');
  });
});
