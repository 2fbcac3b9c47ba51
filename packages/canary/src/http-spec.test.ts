import { describe, expect, it } from '@jest/globals';
import { parseHeaders } from './http-spec';

describe('parseHeaders', () => {
  it('keeps every header as its own key, __proto__ included', () => {
    const headers = parseHeaders(JSON.parse('{"__proto__": "x", "X-Team": "web"}'), 'gates', 'gate "ticket"');
    expect(Object.keys(headers)).toEqual(['__proto__', 'X-Team']);
    expect(Object.getOwnPropertyDescriptor(headers, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
  });

  it('names the header, never its value, when the value is not one line', () => {
    expect(() => parseHeaders({ Authorization: 'Bearer a\nb' }, 'gates', 'gate "ticket"')).toThrow(
      `Input 'gates': expected a one-line value for header "Authorization" of gate "ticket", got "(hidden)"`,
    );
  });
});
