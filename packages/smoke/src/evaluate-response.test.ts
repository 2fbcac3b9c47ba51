import { describe, it, expect } from '@jest/globals';
import type { IncomingHttpHeaders } from 'node:http';
import type { Expectation } from './check-spec';
import { evaluateResponse } from './evaluate-response';
import { parseChecks } from './parse-checks';

/** The expectation a user would write in YAML, parsed exactly as the action parses it. */
function expectation(expect: Record<string, unknown> = {}): Expectation {
  return parseChecks([{ path: '/x', expect }], {
    where: 'test',
    baseUrl: new URL('http://127.0.0.1'),
    defaultRequestTimeoutMs: 1000,
  })[0]!.expect;
}

function response(body = '', status = 200, headers: IncomingHttpHeaders = {}) {
  return { status, headers, body };
}

describe('evaluateResponse: status', () => {
  it('passes a 2xx by default and fails anything else', () => {
    expect(evaluateResponse(response('', 204), expectation())).toEqual([]);
    expect(evaluateResponse(response('', 503), expectation())).toEqual([
      { what: 'status', expected: '2xx', actual: '503' },
    ]);
  });

  it('says every allowed status as the user wrote them', () => {
    expect(evaluateResponse(response('', 500), expectation({ status: [200, '3xx', '401-403'] }))).toEqual([
      { what: 'status', expected: '200 or 3xx or 401-403', actual: '500' },
    ]);
    expect(evaluateResponse(response('', 402), expectation({ status: [200, '3xx', '401-403'] }))).toEqual([]);
  });
});

describe('evaluateResponse: body', () => {
  it('needs every body-contains text, case and all', () => {
    const expect_ = expectation({ 'body-contains': ['"status":"ok"', 'Ready', 42] });
    expect(evaluateResponse(response('{"status":"ok"} Ready 42'), expect_)).toEqual([]);
    expect(evaluateResponse(response('{"status":"ok"} ready'), expect_)).toEqual([
      { what: 'body-contains', expected: '"Ready"', actual: 'not found in body' },
      { what: 'body-contains', expected: '"42"', actual: 'not found in body' },
    ]);
  });

  it('shows a long body-contains text bounded to 200 characters', () => {
    const long = 'x'.repeat(300);
    const [mismatch] = evaluateResponse(response('nothing'), expectation({ 'body-contains': long }));
    expect(mismatch?.expected).toBe(`"${'x'.repeat(199)}…`);
  });

  it('needs body-matches to match somewhere in the body', () => {
    const expect_ = expectation({ 'body-matches': 'version: \\d+\\.\\d+' });
    expect(evaluateResponse(response('app\nversion: 1.20\n'), expect_)).toEqual([]);
    expect(evaluateResponse(response('version: unknown'), expect_)).toEqual([
      { what: 'body-matches', expected: '/version: \\d+\\.\\d+/', actual: 'no match in body' },
    ]);
  });

  it('judges body-matches the same way every time (no stateful regex)', () => {
    const expect_ = expectation({ 'body-matches': 'ok' });
    for (let i = 0; i < 3; i++) expect(evaluateResponse(response('ok ok'), expect_)).toEqual([]);
  });
});

describe('evaluateResponse: json', () => {
  const body = JSON.stringify({
    status: 'ok',
    version: 3,
    ready: true,
    nothing: null,
    'a.b': 'dotted',
    data: { items: [{ id: '7', tags: ['x', 'y'] }] },
  });

  it('passes when every path holds its value', () => {
    const expect_ = expectation({
      json: {
        '$.status': 'ok',
        '$.version': 3,
        '$.ready': true,
        '$.nothing': null,
        '$["a.b"]': 'dotted',
        '$.data.items[0].id': '7',
        '$.data.items[0].tags': ['x', 'y'],
        '$.data.items[0]': { tags: ['x', 'y'], id: '7' },
      },
    });
    expect(evaluateResponse(response(body), expect_)).toEqual([]);
  });

  it('tells a missing path from a wrong value', () => {
    const expect_ = expectation({ json: { '$.status': 'healthy', '$.uptime': 10, '$.data.items[3].id': '7' } });
    expect(evaluateResponse(response(body), expect_)).toEqual([
      { what: 'json $.status', expected: '"healthy"', actual: '"ok"' },
      { what: 'json $.uptime', expected: '10', actual: '(missing)' },
      { what: 'json $.data.items[3].id', expected: '"7"', actual: '(missing)' },
    ]);
  });

  it('does not coerce numbers, strings and booleans into each other', () => {
    const expect_ = expectation({ json: { '$.version': '3', '$.data.items[0].id': 7, '$.ready': 'true' } });
    expect(evaluateResponse(response(body), expect_)).toEqual([
      { what: 'json $.version', expected: '"3"', actual: '3' },
      { what: 'json $.data.items[0].id', expected: '7', actual: '"7"' },
      { what: 'json $.ready', expected: '"true"', actual: 'true' },
    ]);
  });

  it('holds null apart from missing', () => {
    expect(evaluateResponse(response('{}'), expectation({ json: { '$.nothing': null } }))).toEqual([
      { what: 'json $.nothing', expected: 'null', actual: '(missing)' },
    ]);
  });

  it('shows a large actual value bounded to 200 characters', () => {
    const big = JSON.stringify({ list: Array.from({ length: 100 }, (_, i) => i) });
    const [mismatch] = evaluateResponse(response(big), expectation({ json: { '$.list': [] } }));
    expect(mismatch?.expected).toBe('[]');
    expect(mismatch?.actual).toHaveLength(201);
    expect(mismatch?.actual.endsWith('…')).toBe(true);
    expect(mismatch?.actual.startsWith('[0,1,2,3')).toBe(true);
  });

  it('reports a body that is not JSON once, however many paths', () => {
    const expect_ = expectation({ json: { '$.status': 'ok', '$.version': 3 } });
    expect(evaluateResponse(response('<html>502 Bad Gateway</html>'), expect_)).toEqual([
      { what: 'json', expected: 'a JSON body', actual: 'body is not JSON' },
    ]);
    expect(evaluateResponse(response(''), expect_)).toEqual([
      { what: 'json', expected: 'a JSON body', actual: 'body is not JSON' },
    ]);
  });

  it('still judges status and headers when the body is not JSON', () => {
    const expect_ = expectation({
      status: 200,
      json: { '$.status': 'ok' },
      header: { 'Content-Type': 'application/json' },
    });
    expect(evaluateResponse(response('oops', 500, { 'content-type': 'text/html' }), expect_)).toEqual([
      { what: 'status', expected: '200', actual: '500' },
      { what: 'json', expected: 'a JSON body', actual: 'body is not JSON' },
      { what: 'header content-type', expected: '"application/json"', actual: '"text/html"' },
    ]);
  });

  it('does not parse the body when no json is expected', () => {
    expect(evaluateResponse(response('not json'), expectation({ 'body-contains': 'not' }))).toEqual([]);
  });
});

describe('evaluateResponse: headers', () => {
  it('matches header names whatever case the user wrote', () => {
    const expect_ = expectation({ header: { 'Content-Type': 'application/json', 'X-VERSION': '2' } });
    expect(
      evaluateResponse(response('', 200, { 'content-type': 'application/json', 'x-version': '2' }), expect_),
    ).toEqual([]);
  });

  it('compares values exactly', () => {
    const expect_ = expectation({ header: { 'Content-Type': 'application/json' } });
    expect(evaluateResponse(response('', 200, { 'content-type': 'application/json; charset=utf-8' }), expect_)).toEqual(
      [{ what: 'header content-type', expected: '"application/json"', actual: '"application/json; charset=utf-8"' }],
    );
  });

  it('reports a missing header as missing', () => {
    expect(evaluateResponse(response(''), expectation({ header: { 'Cache-Control': 'no-store' } }))).toEqual([
      { what: 'header cache-control', expected: '"no-store"', actual: '(missing)' },
    ]);
  });

  it('joins repeated header values with ", "', () => {
    const expect_ = expectation({ header: { 'Set-Cookie': 'a=1, b=2' } });
    expect(evaluateResponse(response('', 200, { 'set-cookie': ['a=1', 'b=2'] }), expect_)).toEqual([]);
  });

  it('compares numeric expected values as text', () => {
    expect(evaluateResponse(response('', 200, { 'x-count': '3' }), expectation({ header: { 'X-Count': 3 } }))).toEqual(
      [],
    );
  });
});

describe('evaluateResponse: together', () => {
  it('reports every unmet expectation in order: status, body, json, headers', () => {
    const expect_ = expectation({
      status: '2xx',
      'body-contains': 'ready',
      'body-matches': '^\\{',
      json: { '$.ok': true },
      header: { 'X-Id': 'a' },
    });
    expect(evaluateResponse(response('{"ok":false}', 404, { 'x-id': 'b' }), expect_).map((m) => m.what)).toEqual([
      'status',
      'body-contains',
      'json $.ok',
      'header x-id',
    ]);
    expect(evaluateResponse(response('{"ok":true,"s":"ready"}', 200, { 'x-id': 'a' }), expect_)).toEqual([]);
  });
});
