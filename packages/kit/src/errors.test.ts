import { describe, it, expect } from '@jest/globals';
import { CancelledError, ConfigError, TransientError, errorMessage, isConfigError } from './errors';

describe('error classes', () => {
  it('carry their names, so logs and stacks say which kind failed', () => {
    expect(new ConfigError('x').name).toBe('ConfigError');
    expect(new TransientError('x').name).toBe('TransientError');
    expect(new CancelledError('x').name).toBe('CancelledError');
    expect(String(new ConfigError('bad input'))).toBe('ConfigError: bad input');
  });

  it('ConfigError keeps to one bounded line whatever user text it quotes', () => {
    expect(new ConfigError('got "a\nb\r\tc\u0000"').message).toBe('got "a\\nb\\r\\tc\\u0000"');
    const long = new ConfigError(`Input 'x': got ${'y'.repeat(5000)}`).message;
    expect(long).toHaveLength(2001);
    expect(long.endsWith('y…')).toBe(true);
  });

  it('TransientError keeps the server wait and the cause', () => {
    const cause = new Error('ECONNRESET');
    const error = new TransientError('registry unavailable', { retryAfterMs: 2000, cause });
    expect(error.retryAfterMs).toBe(2000);
    expect(error.cause).toBe(cause);
    expect(new TransientError('x').retryAfterMs).toBeUndefined();
  });

  it('isConfigError tells user errors from the rest', () => {
    expect(isConfigError(new ConfigError('x'))).toBe(true);
    expect(isConfigError(new TransientError('x'))).toBe(false);
    expect(isConfigError('x')).toBe(false);
  });
});

describe('errorMessage', () => {
  it('uses the message of an Error, or its name when the message is empty', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage(new TypeError(''))).toBe('TypeError');
  });

  it('never loses a non-Error throw', () => {
    expect(errorMessage('plain string')).toBe('plain string');
    expect(errorMessage(undefined)).toBe('undefined was thrown');
    expect(errorMessage(null)).toBe('non-Error thrown: null');
    expect(errorMessage(42)).toBe('non-Error thrown: 42');
    expect(errorMessage({ code: 'E1', detail: 'quota' })).toBe('non-Error thrown: {"code":"E1","detail":"quota"}');
  });

  it('falls back to String() for values JSON cannot show', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular['self'] = circular;
    expect(errorMessage(circular)).toBe('non-Error thrown: [object Object]');
    expect(errorMessage(10n)).toBe('non-Error thrown: 10');
    expect(errorMessage(Symbol('stop'))).toBe('non-Error thrown: Symbol(stop)');
    expect(errorMessage(function namedThing() {})).toContain('namedThing');
  });
});
