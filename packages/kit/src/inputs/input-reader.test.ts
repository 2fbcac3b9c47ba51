import { describe, it, expect } from '@jest/globals';
import { ConfigError } from '../errors';
import { InputReader } from './input-reader';
import { mapInputSource } from './input-source';

function reader(values: Record<string, string | undefined>): InputReader {
  return new InputReader(mapInputSource(values));
}

/** The ConfigError a parser throws, so the exact one-line message can be asserted. */
function failure(read: () => unknown): ConfigError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the parser to throw');
}

async function asyncFailure(read: () => Promise<unknown>): Promise<ConfigError> {
  const error = await read().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('InputReader.raw', () => {
  it('trims the text and treats empty or blank input as unset', () => {
    const inputs = reader({ a: '  x  ', b: '', c: '  \n ' });
    expect(inputs.raw('a')).toBe('x');
    expect(inputs.raw('b')).toBeUndefined();
    expect(inputs.raw('c')).toBeUndefined();
    expect(inputs.raw('missing')).toBeUndefined();
  });

  it('records every name read, so action.yml can be held equal to them', () => {
    const inputs = reader({ a: '1' });
    inputs.string('a');
    inputs.int('b');
    inputs.bool('c', { default: false });
    inputs.secret('d');
    inputs.list('e');
    expect([...inputs.names].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('InputReader.string', () => {
  it('returns the trimmed value, or the default when unset', () => {
    expect(reader({ s: ' main ' }).string('s')).toBe('main');
    expect(reader({}).string('s')).toBeUndefined();
    expect(reader({}).string('s', { default: 'dev' })).toBe('dev');
  });

  it('names the input when a required one is missing', () => {
    expect(failure(() => reader({ s: ' ' }).string('s', { required: true })).message).toBe(
      "Input 's': expected a value (the input is required)",
    );
    expect(failure(() => reader({}).string('release', { required: true, expected: 'a release name' })).message).toBe(
      "Input 'release': expected a release name (the input is required)",
    );
  });

  it('checks the pattern and shows what was given', () => {
    const inputs = reader({ ns: 'Bad_Name' });
    expect(failure(() => inputs.string('ns', { pattern: /^[a-z-]+$/ })).message).toBe(
      `Input 'ns': expected text matching /^[a-z-]+$/, got "Bad_Name"`,
    );
    expect(
      failure(() => inputs.string('ns', { pattern: /^[a-z-]+$/, expected: 'a namespace such as "web"' })).message,
    ).toBe(`Input 'ns': expected a namespace such as "web", got "Bad_Name"`);
    expect(reader({ ns: 'web' }).string('ns', { pattern: /^[a-z-]+$/ })).toBe('web');
  });

  it('keeps a very long bad value to one bounded line', () => {
    const long = `${'x'.repeat(200)}\nsecond line`;
    const message = failure(() => reader({ s: long }).string('s', { pattern: /^y$/ })).message;
    expect(message).toBe(`Input 's': expected text matching /^y$/, got "${'x'.repeat(80)}…"`);
    expect(reader({ s: 'a\nb' }).raw('s')).toBe('a\nb');
    expect(failure(() => reader({ s: 'a\nb' }).string('s', { pattern: /^y$/ })).message).not.toContain('\n');
  });
});

describe('InputReader.secret', () => {
  it('returns the value and records it for masking', () => {
    const inputs = reader({ token: ' s3cr3t-value ' });
    expect(inputs.secret('token')).toBe('s3cr3t-value');
    expect([...inputs.secrets]).toEqual(['s3cr3t-value']);
  });

  it('is undefined when unset and not required, and names the input when required', () => {
    expect(reader({}).secret('token')).toBeUndefined();
    expect(reader({}).secrets.size).toBe(0);
    expect(failure(() => reader({ token: '' }).secret('token', { required: true })).message).toBe(
      "Input 'token': expected a secret value (the input is required)",
    );
  });
});

describe('InputReader.int', () => {
  it('parses integers, negatives and leading zeros', () => {
    expect(reader({ n: '42' }).int('n')).toBe(42);
    expect(reader({ n: ' -3 ' }).int('n')).toBe(-3);
    expect(reader({ n: '007' }).int('n')).toBe(7);
    expect(reader({ n: '10' }).int('n', { min: 1, max: 10 })).toBe(10);
    expect(reader({ n: '1' }).int('n', { min: 1, max: 10 })).toBe(1);
  });

  it('returns the default, or undefined, when unset', () => {
    expect(reader({}).int('n', { default: 3 })).toBe(3);
    expect(reader({}).int('n')).toBeUndefined();
  });

  it.each([
    ['ten', 'not a number'],
    ['1.5', 'a fraction'],
    ['1e3', 'an exponent'],
    ['0x10', 'hex'],
    ['12abc', 'trailing text'],
    ['99999999999999999999', 'beyond a safe integer'],
  ])('rejects %j (%s)', (raw) => {
    expect(failure(() => reader({ replicas: raw }).int('replicas')).message).toBe(
      `Input 'replicas': expected an integer, got "${raw}"`,
    );
  });

  it('rejects values out of range, naming the range', () => {
    expect(failure(() => reader({ r: '0' }).int('r', { min: 1, max: 10 })).message).toBe(
      `Input 'r': expected an integer from 1 to 10, got "0"`,
    );
    expect(failure(() => reader({ r: '11' }).int('r', { min: 1, max: 10 })).message).toBe(
      `Input 'r': expected an integer from 1 to 10, got "11"`,
    );
    expect(failure(() => reader({ r: '-1' }).int('r', { min: 0 })).message).toBe(
      `Input 'r': expected an integer of at least 0, got "-1"`,
    );
    expect(failure(() => reader({ r: '101' }).int('r', { max: 100 })).message).toBe(
      `Input 'r': expected an integer of at most 100, got "101"`,
    );
  });

  it('names the range when a required one is missing', () => {
    expect(failure(() => reader({}).int('r', { required: true, min: 1, max: 10 })).message).toBe(
      "Input 'r': expected an integer from 1 to 10 (the input is required)",
    );
  });
});

describe('InputReader.bool', () => {
  it.each(['true', 'True', 'YES', 'on', '1'])('reads %j as true', (raw) => {
    expect(reader({ b: raw }).bool('b', { default: false })).toBe(true);
  });

  it.each(['false', 'FALSE', 'No', 'off', '0'])('reads %j as false', (raw) => {
    expect(reader({ b: raw }).bool('b', { default: true })).toBe(false);
  });

  it('returns the default when unset', () => {
    expect(reader({ b: '' }).bool('b', { default: true })).toBe(true);
    expect(reader({}).bool('b', { default: false })).toBe(false);
  });

  it('rejects anything else, showing the value as the user wrote it', () => {
    expect(failure(() => reader({ 'dry-run': 'Maybe' }).bool('dry-run', { default: false })).message).toBe(
      `Input 'dry-run': expected true or false, got "Maybe"`,
    );
    expect(failure(() => reader({ b: 'y' }).bool('b', { default: false })).message).toBe(
      `Input 'b': expected true or false, got "y"`,
    );
  });
});

describe('InputReader.duration', () => {
  const expected = 'a duration such as "90s", "2m" or "500ms"';

  it.each([
    ['90s', 90_000],
    ['2m', 120_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5s', 1500],
    ['30', 30_000],
  ])('reads %j as %d ms', (raw, ms) => {
    expect(reader({ t: raw }).duration('t')).toBe(ms);
  });

  it('returns the default when unset', () => {
    expect(reader({}).duration('t', { default: 60_000 })).toBe(60_000);
    expect(reader({}).duration('t')).toBeUndefined();
  });

  it.each(['-5s', 'soon', '5 minutes', '5d', '1h 30m', 's', 'NaN', 'Infinity', '9'.repeat(400)])(
    'rejects %j',
    (raw) => {
      const message = failure(() => reader({ timeout: raw }).duration('timeout')).message;
      expect(message).toMatch(new RegExp(`^Input 'timeout': expected ${escapeRe(expected)}, got "`));
    },
  );

  it('rejects a duration outside its range, naming the range in duration units', () => {
    expect(failure(() => reader({ timeout: '10h' }).duration('timeout', { min: 1000, max: 3_600_000 })).message).toBe(
      `Input 'timeout': expected ${expected} from 1s to 1h, got "10h"`,
    );
    expect(failure(() => reader({ t: '0s' }).duration('t', { min: 500 })).message).toBe(
      `Input 't': expected ${expected} of at least 500ms, got "0s"`,
    );
    expect(failure(() => reader({ t: '3m' }).duration('t', { max: 120_000 })).message).toBe(
      `Input 't': expected ${expected} of at most 2m, got "3m"`,
    );
  });

  it('names the input when required and missing', () => {
    expect(failure(() => reader({}).duration('t', { required: true })).message).toBe(
      `Input 't': expected ${expected} (the input is required)`,
    );
  });
});

describe('InputReader.list', () => {
  it('refuses more than 1000 items (or the max given) with one line', () => {
    expect(reader({ l: 'a,'.repeat(1000) }).list('l')).toHaveLength(1000);
    expect(failure(() => reader({ l: 'a,'.repeat(1001) }).list('l')).message).toBe(
      `Input 'l': expected at most 1000 items, got "1001 items"`,
    );
    expect(() => reader({ l: 'a,b,c' }).list('l', { max: 2 })).toThrow(ConfigError);
  });

  it('splits on commas and newlines, trims and drops empties', () => {
    expect(reader({ l: 'a, b,,\n c \n\n' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(reader({}).list('l')).toEqual([]);
  });

  it('checks each item and shows the bad one', () => {
    expect(failure(() => reader({ l: 'ok,Not OK' }).list('l', { item: /^[a-z]+$/ })).message).toBe(
      `Input 'l': expected items matching /^[a-z]+$/, got "Not OK"`,
    );
    expect(
      failure(() => reader({ l: 'ok\n9' }).list('l', { item: /^[a-z]+$/, expected: 'lower-case names' })).message,
    ).toBe(`Input 'l': expected lower-case names, got "9"`);
  });
});

describe('InputReader.enum', () => {
  const strategies = ['rolling', 'canary'] as const;

  it('returns an allowed value or the default', () => {
    expect(reader({ s: 'canary' }).enum('s', strategies)).toBe('canary');
    expect(reader({}).enum('s', strategies, { default: 'rolling' })).toBe('rolling');
    expect(reader({}).enum('s', strategies)).toBeUndefined();
  });

  it('rejects other values, listing the allowed ones (case matters)', () => {
    expect(failure(() => reader({ strategy: 'blue-green' }).enum('strategy', strategies)).message).toBe(
      `Input 'strategy': expected one of rolling, canary, got "blue-green"`,
    );
    expect(failure(() => reader({ strategy: 'Canary' }).enum('strategy', strategies)).message).toBe(
      `Input 'strategy': expected one of rolling, canary, got "Canary"`,
    );
    expect(failure(() => reader({}).enum('strategy', strategies, { required: true })).message).toBe(
      `Input 'strategy': expected one of rolling, canary (the input is required)`,
    );
  });
});

describe('InputReader.url', () => {
  it('parses http and https URLs', () => {
    expect(reader({ u: 'https://example.com/health?x=1' }).url('u')?.href).toBe('https://example.com/health?x=1');
    expect(reader({ u: 'http://localhost:8080' }).url('u')?.port).toBe('8080');
    expect(reader({}).url('u')).toBeUndefined();
  });

  it.each(['ftp://example.com/file', 'file:///etc/passwd', 'javascript:alert(1)'])('rejects %j', (raw) => {
    expect(failure(() => reader({ endpoint: raw }).url('endpoint')).message).toBe(
      `Input 'endpoint': expected an absolute http or https URL, got "${raw}"`,
    );
  });

  it('rejects text that is not a URL at all', () => {
    expect(failure(() => reader({ endpoint: 'example.com/health' }).url('endpoint')).message).toBe(
      `Input 'endpoint': expected an absolute http or https URL, got "example.com/health"`,
    );
  });

  it('honours other protocols and names them', () => {
    expect(reader({ u: 'oci://ghcr.io/x' }).url('u', { protocols: ['oci:'] })?.host).toBe('ghcr.io');
    expect(failure(() => reader({ u: 'https://x' }).url('u', { protocols: ['oci:'] })).message).toBe(
      `Input 'u': expected an absolute oci URL, got "https://x"`,
    );
    expect(failure(() => reader({}).url('u', { required: true })).message).toBe(
      `Input 'u': expected an absolute http or https URL (the input is required)`,
    );
  });
});

describe('InputReader.keyValues', () => {
  it('reads pairs, trimming around "=", keeping "=" in values, later keys winning', () => {
    expect(reader({ kv: 'team=payments\n tier = web , url=a=b\nteam=core' }).keyValues('kv')).toEqual({
      team: 'core',
      tier: 'web',
      url: 'a=b',
    });
    expect(reader({ kv: 'empty=' }).keyValues('kv')).toEqual({ empty: '' });
    expect(reader({}).keyValues('kv')).toEqual({});
  });

  it.each(['team', '=payments'])('rejects the item %j', (item) => {
    expect(failure(() => reader({ labels: `ok=1\n${item}` }).keyValues('labels')).message).toBe(
      `Input 'labels': expected key=value items such as "team=payments", got "${item}"`,
    );
  });
});

describe('InputReader.yaml', () => {
  it('parses YAML and JSON', async () => {
    expect(await reader({ v: 'a: 1\nb: [x, y]' }).yaml('v')).toEqual({ a: 1, b: ['x', 'y'] });
    expect(await reader({ v: '{"a": {"b": true}}' }).yaml('v')).toEqual({ a: { b: true } });
    expect(await reader({}).yaml('v')).toBeUndefined();
  });

  it('parses indented YAML as the user gave it', async () => {
    expect(await reader({ v: '  a: 1\n  b: 2\n' }).yaml('v')).toEqual({ a: 1, b: 2 });
  });

  it('names the input and the line of the first error', async () => {
    const error = await asyncFailure(() => reader({ values: 'a: 1\nb: [1, 2\nc: 3' }).yaml('values'));
    expect(error.message).toMatch(/^Input 'values': expected valid YAML \(line 3\), Flow sequence/);
    expect(error.message).not.toContain('\n');
  });

  it('counts lines from the text as the user wrote it, leading blank lines included', async () => {
    const error = await asyncFailure(() => reader({ values: '\n\na: 1\na: 2\n' }).yaml('values'));
    expect(error.message).toBe("Input 'values': expected valid YAML (line 4), Map keys must be unique");
  });
});

describe('secrets in errors', () => {
  it('are never echoed: the secret reader only ever reports that a value is required', () => {
    const inputs = reader({ token: 'hunter2-very-secret' });
    expect(inputs.secret('token', { required: true })).toBe('hunter2-very-secret');
    const missing = failure(() => reader({ token: '  ' }).secret('token', { required: true }));
    expect(missing.message).toBe("Input 'token': expected a secret value (the input is required)");
    expect(missing.message).not.toContain('got');
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('InputReader.secret with token', () => {
  it('takes one line of printable ASCII, and refuses anything else without showing it', () => {
    expect(reader({ t: '  ghs_abc123  ' }).secret('t', { token: true })).toBe('ghs_abc123');
    for (const bad of ['ghs_abc\n::error::x', 'two words', 'tab\there', 'caf\u00e9'])
      expect(failure(() => reader({ t: bad }).secret('t', { token: true })).message).toBe(
        `Input 't': expected a token: one line of printable ASCII without spaces (value not shown)`,
      );
  });
});
