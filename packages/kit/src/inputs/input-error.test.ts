import { describe, it, expect } from '@jest/globals';
import { ConfigError } from '../errors';
import { inputError, shownValue } from './input-error';

describe('shownValue', () => {
  it('quotes the value as JSON so newlines and quotes stay on one line', () => {
    expect(shownValue('ten')).toBe('"ten"');
    expect(shownValue('a\nb "c"')).toBe('"a\\nb \\"c\\""');
  });

  it('cuts long values at 80 characters with an ellipsis', () => {
    expect(shownValue('y'.repeat(81))).toBe(`"${'y'.repeat(80)}…"`);
    expect(shownValue('y'.repeat(80))).toBe(`"${'y'.repeat(80)}"`);
  });

  it('never shows a secret', () => {
    expect(shownValue('hunter2', true)).toBe('(a secret value, not shown)');
  });
});

describe('inputError', () => {
  it('is a ConfigError with the one-line message', () => {
    const error = inputError('steps', 'items such as "10:1m"', 'ten');
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Input 'steps': expected items such as "10:1m", got "ten"`);
  });

  it('leaves out "got" when there is no value', () => {
    expect(inputError('steps', 'a value').message).toBe("Input 'steps': expected a value");
  });

  it('never echoes a secret value, even a multi-line one', () => {
    const secret = '-----BEGIN KEY-----\nMIIEvQIBADANBgkq\n-----END KEY-----';
    const message = inputError('key', 'a PEM key', secret, true).message;
    expect(message).toBe("Input 'key': expected a PEM key, got (a secret value, not shown)");
    expect(message).not.toContain('MIIE');
  });
});
