import { describe, it, expect } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { parseChecks, type ParseContext } from './parse-checks';

const WHERE = "Input 'checks'";
const CHECK_KEYS = 'name, url, path, method, headers, body, expect, repeat, timeout';
const EXPECT_KEYS = 'status, body-contains, body-matches, json, header, max-latency';
const DURATION_HINT = 'expected a duration such as "500ms" or "2s" from 1ms to 1h';

function context(overrides: Partial<ParseContext> = {}): ParseContext {
  return { where: WHERE, baseUrl: new URL('https://api.example.test'), defaultRequestTimeoutMs: 10_000, ...overrides };
}

function parse(document: unknown, overrides: Partial<ParseContext> = {}) {
  return parseChecks(document, context(overrides));
}

function one(check: unknown, overrides: Partial<ParseContext> = {}) {
  const specs = parse([check], overrides);
  expect(specs).toHaveLength(1);
  return specs[0]!;
}

/** The ConfigError a document raises; fails the test when it parses. */
function failure(document: unknown, overrides: Partial<ParseContext> = {}): ConfigError {
  let thrown: unknown;
  try {
    parse(document, overrides);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  return thrown as ConfigError;
}

function message(document: unknown, overrides: Partial<ParseContext> = {}): string {
  return failure(document, overrides).message;
}

describe('parseChecks: documents', () => {
  it('reads a plain list of checks', () => {
    const specs = parse([{ path: '/health' }, { path: '/ready' }]);
    expect(specs.map((s) => s.url.href)).toEqual(['https://api.example.test/health', 'https://api.example.test/ready']);
  });

  it('reads a {checks: [...]} document', () => {
    const specs = parse({ checks: [{ path: '/health' }, { url: 'http://other.test/x' }] });
    expect(specs.map((s) => s.url.href)).toEqual(['https://api.example.test/health', 'http://other.test/x']);
  });

  it.each([
    ['an empty list', []],
    ['nothing', null],
    ['an empty document', undefined],
    ['a map without checks', { check: [{ path: '/x' }] }],
    ['a scalar', 'just text'],
    ['{checks: []}', { checks: [] }],
    ['{checks: a map}', { checks: { path: '/x' } }],
  ])('rejects %s', (_label, document) => {
    expect(message(document)).toBe(
      `Input 'checks': expected a non-empty YAML list of checks such as "- path: /health"`,
    );
  });

  it('names the source given by the caller', () => {
    expect(message([], { where: "Input 'checks-file' (smoke.yml)" })).toBe(
      `Input 'checks-file' (smoke.yml): expected a non-empty YAML list of checks such as "- path: /health"`,
    );
  });

  it('rejects a check that is neither text nor a map, naming its number', () => {
    expect(message([{ path: '/ok' }, 42])).toBe(
      `Input 'checks': check 2: expected a map with url or path, got number 42`,
    );
    expect(message([['/a']])).toBe(`Input 'checks': check 1: expected a map with url or path, got a list`);
    expect(message([null])).toBe(`Input 'checks': check 1: expected a map with url or path, got nothing`);
  });
});

describe('parseChecks: string shorthand', () => {
  it('takes a string as a path with every default', () => {
    expect(one('/health')).toEqual({
      name: 'GET /health',
      url: new URL('https://api.example.test/health'),
      method: 'GET',
      headers: {},
      body: undefined,
      expect: {
        status: [{ from: 200, to: 299, text: '2xx' }],
        bodyContains: [],
        bodyMatches: undefined,
        json: {},
        header: {},
        maxLatencyMs: undefined,
      },
      repeat: 1,
      requestTimeoutMs: 10_000,
    });
  });

  it('keeps the query string of a shorthand path in the URL and the default name', () => {
    const spec = one('/search?q=ok&limit=1');
    expect(spec.url.href).toBe('https://api.example.test/search?q=ok&limit=1');
    expect(spec.name).toBe('GET /search?q=ok&limit=1');
  });

  it('takes an absolute URL string as a url, not as a path under base-url', () => {
    const spec = one('https://status.example.test/ping');
    expect(spec.url.href).toBe('https://status.example.test/ping');
    expect(one('http://status.example.test/ping', { baseUrl: undefined }).url.href).toBe(
      'http://status.example.test/ping',
    );
  });

  it('rejects a non-http URL string as a url', () => {
    expect(message(['ftp://files.example.test/x'])).toBe(
      `Input 'checks': check 1: 'url' expected an http or https URL, got "ftp://files.example.test/x"`,
    );
  });

  it('needs base-url for a shorthand path', () => {
    expect(message(['/health'], { baseUrl: undefined })).toBe(
      `Input 'checks': check 1: 'path' needs the input 'base-url' (or use an absolute 'url')`,
    );
  });
});

describe('parseChecks: unknown keys', () => {
  it('names the check number, its name and the key, and lists the allowed keys', () => {
    expect(message([{ path: '/a' }, { name: 'orders api', path: '/orders', metod: 'POST' }])).toBe(
      `Input 'checks': check 2 ("orders api"): unknown key 'metod', expected one of ${CHECK_KEYS}`,
    );
  });

  it('names the check by number alone when it has no name', () => {
    expect(message([{ path: '/a', expected: { status: 200 } }])).toBe(
      `Input 'checks': check 1: unknown key 'expected', expected one of ${CHECK_KEYS}`,
    );
  });

  it('rejects unknown keys in expect, with the expect. prefix', () => {
    expect(message([{ name: 'health', path: '/h', expect: { 'status-code': 200 } }])).toBe(
      `Input 'checks': check 1 ("health"): unknown key 'expect.status-code', expected one of ${EXPECT_KEYS}`,
    );
    expect(message([{ path: '/h', expect: { bodyContains: 'ok' } }])).toBe(
      `Input 'checks': check 1: unknown key 'expect.bodyContains', expected one of ${EXPECT_KEYS}`,
    );
  });

  it('rejects an expect that is not a map', () => {
    expect(message([{ path: '/h', expect: [200] }])).toBe(
      `Input 'checks': check 1: 'expect' expected a map, got a list`,
    );
    expect(message([{ path: '/h', expect: 200 }])).toBe(
      `Input 'checks': check 1: 'expect' expected a map, got number 200`,
    );
  });

  it('accepts an empty expect as the defaults', () => {
    expect(one({ path: '/h', expect: null }).expect.status).toEqual([{ from: 200, to: 299, text: '2xx' }]);
  });
});

describe('parseChecks: url and path', () => {
  it('rejects both url and path', () => {
    expect(message([{ name: 'x', url: 'https://a.test/', path: '/b' }])).toBe(
      `Input 'checks': check 1 ("x"): expected either 'url' or 'path', not both`,
    );
  });

  it('rejects neither url nor path', () => {
    expect(message([{ name: 'x', method: 'GET' }])).toBe(`Input 'checks': check 1 ("x"): expected 'url' or 'path'`);
  });

  it('needs base-url for a path', () => {
    expect(message([{ path: '/health' }], { baseUrl: undefined })).toBe(
      `Input 'checks': check 1: 'path' needs the input 'base-url' (or use an absolute 'url')`,
    );
  });

  it.each([
    ['https://host.test', '/health', 'https://host.test/health'],
    ['https://host.test/', 'health', 'https://host.test/health'],
    ['https://host.test/app', '/health', 'https://host.test/app/health'],
    ['https://host.test/app/', '/health', 'https://host.test/app/health'],
    ['https://host.test/app//', '//health', 'https://host.test/app/health'],
    ['http://127.0.0.1:8080/api/v1', 'users/1', 'http://127.0.0.1:8080/api/v1/users/1'],
    ['https://host.test/app', '/', 'https://host.test/app/'],
  ])('joins base %s with path %s as %s', (base, path, href) => {
    expect(one({ path }, { baseUrl: new URL(base) }).url.href).toBe(href);
  });

  it('keeps the query string of a path, whole', () => {
    expect(one({ path: '/search?q=a&page=2' }, { baseUrl: new URL('https://host.test/app') }).url.href).toBe(
      'https://host.test/app/search?q=a&page=2',
    );
    expect(one({ path: '/cb?next=/x?y=1' }).url.href).toBe('https://api.example.test/cb?next=/x?y=1');
  });

  it('keeps the query string of a url', () => {
    const spec = one({ url: 'https://host.test/status?verbose=1' });
    expect(spec.url.href).toBe('https://host.test/status?verbose=1');
    expect(spec.name).toBe('GET /status?verbose=1');
  });

  it('uses an absolute url as given, ignoring base-url', () => {
    expect(one({ url: 'http://other.test:9000/x' }).url.href).toBe('http://other.test:9000/x');
  });

  it.each([
    ['ftp://files.test/a', `'url' expected an http or https URL, got "ftp://files.test/a"`],
    ['file:///etc/passwd', `'url' expected an http or https URL, got "file:///etc/passwd"`],
    ['/relative/path', `'url' expected an absolute http or https URL, got "/relative/path"`],
    ['not a url', `'url' expected an absolute http or https URL, got "not a url"`],
  ])('rejects url %j', (url, text) => {
    expect(message([{ url }])).toBe(`Input 'checks': check 1: ${text}`);
  });

  it.each([
    [{ url: 42 }, `'url' expected text, got number 42`],
    [{ path: ['/a'] }, `'path' expected text, got a list`],
    [{ path: '   ' }, `'path' expected text, got string "   "`],
  ])('rejects %j', (check, text) => {
    expect(message([check])).toBe(`Input 'checks': check 1: ${text}`);
  });
});

describe('parseChecks: method, name, headers, body', () => {
  it('upper-cases the method', () => {
    expect(one({ path: '/x', method: 'post' }).method).toBe('POST');
    expect(one({ path: '/x', method: ' head ' }).method).toBe('HEAD');
  });

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('accepts method %s', (method) => {
    expect(one({ path: '/x', method }).method).toBe(method);
  });

  it('rejects an unknown method, listing the known ones', () => {
    expect(message([{ name: 'a', path: '/x', method: 'fetch' }])).toBe(
      `Input 'checks': check 1 ("a"): 'method' expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, got "FETCH"`,
    );
    expect(message([{ path: '/x', method: 1 }])).toBe(`Input 'checks': check 1: 'method' expected text, got number 1`);
  });

  it('names a check after its method and path by default, or as the user named it (trimmed)', () => {
    expect(one({ url: 'https://h.test/a/b', method: 'delete' }).name).toBe('DELETE /a/b');
    expect(one({ path: '/x', name: '  checkout  ' }).name).toBe('checkout');
  });

  it('rejects a name that is not text', () => {
    expect(message([{ path: '/x', name: 7 }])).toBe(`Input 'checks': check 1: 'name' expected text, got number 7`);
  });

  it('reads headers as text, turning numbers and booleans into text', () => {
    expect(one({ path: '/x', headers: { 'X-Api-Version': 2, 'X-Debug': true, Accept: 'text/plain' } }).headers).toEqual(
      {
        'X-Api-Version': '2',
        'X-Debug': 'true',
        Accept: 'text/plain',
      },
    );
  });

  it('rejects headers that are not a map of text', () => {
    expect(message([{ path: '/x', headers: ['a: b'] }])).toBe(
      `Input 'checks': check 1: 'headers' expected a map of names to values, got a list`,
    );
    expect(message([{ path: '/x', headers: { 'X-A': { nested: 1 } } }])).toBe(
      `Input 'checks': check 1: 'headers.X-A' expected text, got a map`,
    );
  });

  it('sends a text body as given, without a content-type', () => {
    const spec = one({ path: '/x', method: 'POST', body: 'a=1&b=2' });
    expect(spec.body).toBe('a=1&b=2');
    expect(spec.headers).toEqual({});
  });

  it('JSON-encodes a map or list body and adds a JSON content-type', () => {
    const spec = one({ path: '/x', method: 'POST', body: { user: 'ann', tags: ['a'], n: 1 } });
    expect(spec.body).toBe('{"user":"ann","tags":["a"],"n":1}');
    expect(spec.headers).toEqual({ 'content-type': 'application/json' });
    expect(one({ path: '/x', method: 'POST', body: [1, 2] }).body).toBe('[1,2]');
  });

  it('keeps a content-type the user set, whatever its case', () => {
    const spec = one({
      path: '/x',
      method: 'PUT',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: { a: 1 },
    });
    expect(spec.headers).toEqual({ 'Content-Type': 'application/merge-patch+json' });
    expect(spec.body).toBe('{"a":1}');
  });

  it('sends no body when none is given', () => {
    expect(one({ path: '/x', body: null }).body).toBeUndefined();
  });
});

describe('parseChecks: repeat', () => {
  it('defaults to 1 and accepts 1 to 1000', () => {
    expect(one({ path: '/x' }).repeat).toBe(1);
    expect(one({ path: '/x', repeat: 1 }).repeat).toBe(1);
    expect(one({ path: '/x', repeat: 1000 }).repeat).toBe(1000);
  });

  it.each([
    [0, '0'],
    [-5, '-5'],
    [1001, '1001'],
    [2.5, '2.5'],
    ['10', '"10"'],
    [true, 'true'],
  ])('rejects repeat %j', (repeat, shown) => {
    expect(message([{ name: 'load', path: '/x', repeat }])).toBe(
      `Input 'checks': check 1 ("load"): 'repeat' expected an integer from 1 to 1000, got ${shown}`,
    );
  });
});

describe('parseChecks: durations', () => {
  it('takes the default request timeout, or the check own', () => {
    expect(one({ path: '/x' }).requestTimeoutMs).toBe(10_000);
    expect(one({ path: '/x', timeout: '500ms' }).requestTimeoutMs).toBe(500);
    expect(one({ path: '/x', timeout: '1m30s' }).requestTimeoutMs).toBe(90_000);
    expect(one({ path: '/x', timeout: '1h' }).requestTimeoutMs).toBe(3_600_000);
  });

  it('reads a bare number as seconds', () => {
    expect(one({ path: '/x', timeout: 5 }).requestTimeoutMs).toBe(5000);
    expect(one({ path: '/x', timeout: 1.5 }).requestTimeoutMs).toBe(1500);
    expect(one({ path: '/x', expect: { 'max-latency': 0.25 } }).expect.maxLatencyMs).toBe(250);
  });

  it('reads max-latency', () => {
    expect(one({ path: '/x', expect: { 'max-latency': '300ms' } }).expect.maxLatencyMs).toBe(300);
    expect(one({ path: '/x' }).expect.maxLatencyMs).toBeUndefined();
  });

  it.each([
    ['-1s', '"-1s"'],
    [-1, '-1'],
    ['0s', '"0s"'],
    [0, '0'],
    ['0.4ms', '"0.4ms"'],
    [0.0001, '0.0001'],
    ['2h', '"2h"'],
    ['61m', '"61m"'],
    [7200, '7200'],
    ['fast', '"fast"'],
    ['10 seconds', '"10 seconds"'],
    [true, 'true'],
    [['1s'], '["1s"]'],
    [{ s: 1 }, '{"s":1}'],
  ])('rejects timeout %j', (timeout, shown) => {
    expect(message([{ name: 'slow', path: '/x', timeout }])).toBe(
      `Input 'checks': check 1 ("slow"): 'timeout' ${DURATION_HINT}, got ${shown}`,
    );
  });

  it.each([
    ['-100ms', '"-100ms"'],
    [0, '0'],
    ['5h', '"5h"'],
    ['quick', '"quick"'],
  ])('rejects max-latency %j, naming expect.max-latency', (value, shown) => {
    expect(message([{ path: '/x', expect: { 'max-latency': value } }])).toBe(
      `Input 'checks': check 1: 'expect.max-latency' ${DURATION_HINT}, got ${shown}`,
    );
  });
});

describe('parseChecks: expect.status', () => {
  const statusOf = (status: unknown) => one({ path: '/x', expect: { status } }).expect.status;

  it('defaults to 2xx', () => {
    expect(one({ path: '/x' }).expect.status).toEqual([{ from: 200, to: 299, text: '2xx' }]);
  });

  it('reads a code, a class, a range and a list of those', () => {
    expect(statusOf(200)).toEqual([{ from: 200, to: 200, text: '200' }]);
    expect(statusOf('404')).toEqual([{ from: 404, to: 404, text: '404' }]);
    expect(statusOf('3xx')).toEqual([{ from: 300, to: 399, text: '3xx' }]);
    expect(statusOf('200-204')).toEqual([{ from: 200, to: 204, text: '200-204' }]);
    expect(statusOf([200, '3xx', '401-403'])).toEqual([
      { from: 200, to: 200, text: '200' },
      { from: 300, to: 399, text: '3xx' },
      { from: 401, to: 403, text: '401-403' },
    ]);
  });

  it.each([
    ['6xx', '"6xx"'],
    ['299-200', '"299-200"'],
    ['abc', '"abc"'],
    [99, '99'],
    [600, '600'],
    ['20x', '"20x"'],
    [200.5, '200.5'],
    [true, 'true'],
    [null, 'null'],
  ])('rejects status %j', (status, shown) => {
    expect(message([{ name: 'api', path: '/x', expect: { status } }])).toBe(
      `Input 'checks': check 1 ("api"): 'expect.status' expected a code, a range such as "2xx" or "200-204", or a list of those, got ${shown}`,
    );
  });

  it('names the bad entry of a list', () => {
    expect(message([{ path: '/x', expect: { status: [200, '7xx'] } }])).toBe(
      `Input 'checks': check 1: 'expect.status' expected a code, a range such as "2xx" or "200-204", or a list of those, got "7xx"`,
    );
  });

  it('rejects an empty list, which no response could ever satisfy', () => {
    expect(message([{ path: '/x', expect: { status: [] } }])).toBe(
      `Input 'checks': check 1: 'expect.status' expected at least one code or range, got []`,
    );
  });
});

describe('parseChecks: expect body, json and header', () => {
  it('reads body-contains as a list of text, numbers included', () => {
    expect(one({ path: '/x', expect: { 'body-contains': 'ok' } }).expect.bodyContains).toEqual(['ok']);
    expect(one({ path: '/x', expect: { 'body-contains': ['ok', 42] } }).expect.bodyContains).toEqual(['ok', '42']);
  });

  it('rejects body-contains that is not text', () => {
    for (const value of [{ a: 1 }, [true], null]) {
      expect(message([{ path: '/x', expect: { 'body-contains': value } }])).toBe(
        `Input 'checks': check 1: 'expect.body-contains' expected text or a list of texts`,
      );
    }
  });

  it('compiles body-matches', () => {
    const re = one({ path: '/x', expect: { 'body-matches': '"version":\\s*"\\d+' } }).expect.bodyMatches;
    expect(re).toBeInstanceOf(RegExp);
    expect(re?.test('{"version": "12"}')).toBe(true);
  });

  it('rejects a regex that does not compile, quoting it and the reason', () => {
    expect(message([{ name: 'version', path: '/x', expect: { 'body-matches': '(unclosed' } }])).toBe(
      `Input 'checks': check 1 ("version"): 'expect.body-matches' expected a valid regular expression, got "(unclosed" (Invalid regular expression: /(unclosed/: Unterminated group)`,
    );
    expect(message([{ path: '/x', expect: { 'body-matches': '[a-' } }])).toBe(
      `Input 'checks': check 1: 'expect.body-matches' expected a valid regular expression, got "[a-" (Invalid regular expression: /[a-/: Unterminated character class)`,
    );
  });

  it('rejects body-matches that is not text', () => {
    expect(message([{ path: '/x', expect: { 'body-matches': 5 } }])).toBe(
      `Input 'checks': check 1: 'expect.body-matches' expected a regular expression as text`,
    );
  });

  it('reads json paths with their expected values as given', () => {
    const json = one({
      path: '/x',
      expect: { json: { '$.status': 'ok', '$.data.items[0].id': 7, '$["a.b"]': null, '$.tags': ['x'] } },
    }).expect.json;
    expect(json).toEqual({ '$.status': 'ok', '$.data.items[0].id': 7, '$["a.b"]': null, '$.tags': ['x'] });
  });

  it('rejects a malformed json path, quoting it', () => {
    expect(message([{ name: 'j', path: '/x', expect: { json: { '$.a..b': 1 } } }])).toBe(
      `Input 'checks': check 1 ("j"): 'expect.json' expected JSON paths such as "$.data.items[0].id", got "$.a..b"`,
    );
    expect(message([{ path: '/x', expect: { json: { '$..id': 1 } } }])).toBe(
      `Input 'checks': check 1: 'expect.json' expected JSON paths such as "$.data.items[0].id", got "$..id"`,
    );
    expect(message([{ path: '/x', expect: { json: { '$.items[': 1 } } }])).toBe(
      `Input 'checks': check 1: 'expect.json' expected JSON paths such as "$.data.items[0].id", got "$.items["`,
    );
  });

  it('rejects json that is not a map', () => {
    expect(message([{ path: '/x', expect: { json: ['$.a'] } }])).toBe(
      `Input 'checks': check 1: 'expect.json' expected a map of JSON path to expected value, such as "$.status: ok"`,
    );
  });

  it('lower-cases expected header names and turns values into text', () => {
    expect(
      one({ path: '/x', expect: { header: { 'Content-Type': 'application/json', 'X-Count': 3 } } }).expect.header,
    ).toEqual({ 'content-type': 'application/json', 'x-count': '3' });
  });

  it('rejects an expected header that is not a map of text', () => {
    expect(message([{ path: '/x', expect: { header: 'content-type: json' } }])).toBe(
      `Input 'checks': check 1: 'expect.header' expected a map of names to values, got string "content-type: json"`,
    );
    expect(message([{ path: '/x', expect: { header: { Vary: ['a'] } } }])).toBe(
      `Input 'checks': check 1: 'expect.header.Vary' expected text, got a list`,
    );
  });
});

describe('parseChecks: errors', () => {
  it('are ConfigErrors (the user can fix them) on one line', () => {
    const error = failure([{ path: '/x', expect: { status: 'abc' } }]);
    expect(error.name).toBe('ConfigError');
    expect(error.message).not.toContain('\n');
  });

  it('report the first bad check, by its position', () => {
    expect(message([{ path: '/a' }, { path: '/b' }, { path: '/c', repeat: 0 }])).toBe(
      `Input 'checks': check 3: 'repeat' expected an integer from 1 to 1000, got 0`,
    );
  });
});
