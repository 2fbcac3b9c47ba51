import type { IncomingHttpHeaders } from 'node:http';
import { ownValue } from '@slipway/kit';
import type { Expectation } from './check-spec';
import { jsonEqual, MISSING, parseJsonPath, readJsonPath } from './json-path';
import { describeStatusRules, statusMatches } from './status-rule';

/** One unmet expectation, worded for the summary: what we wanted beside what we got. */
export interface Mismatch {
  what: string;
  expected: string;
  actual: string;
}

const SHOWN = 200;

function shown(value: unknown): string {
  const text = value === MISSING ? '(missing)' : (JSON.stringify(value) ?? String(value));
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/** Every assertion of a check against one response (latency is judged by the caller). */
export function evaluateResponse(
  response: { status: number; headers: IncomingHttpHeaders; body: string },
  expect: Expectation,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  if (!statusMatches(response.status, expect.status)) {
    mismatches.push({ what: 'status', expected: describeStatusRules(expect.status), actual: String(response.status) });
  }
  for (const text of expect.bodyContains) {
    if (!response.body.includes(text))
      mismatches.push({ what: 'body-contains', expected: shown(text), actual: 'not found in body' });
  }
  if (expect.bodyMatches && !expect.bodyMatches.test(response.body)) {
    mismatches.push({ what: 'body-matches', expected: `/${expect.bodyMatches.source}/`, actual: 'no match in body' });
  }
  const paths = Object.keys(expect.json);
  if (paths.length > 0) {
    let document: unknown = MISSING;
    try {
      document = JSON.parse(response.body);
    } catch {
      // Not JSON: say so once, and still judge the headers below.
      mismatches.push({ what: 'json', expected: 'a JSON body', actual: 'body is not JSON' });
    }
    for (const path of document === MISSING ? [] : paths) {
      const actual = readJsonPath(document, parseJsonPath(path) ?? []);
      if (actual === MISSING || !jsonEqual(actual, expect.json[path])) {
        mismatches.push({ what: `json ${path}`, expected: shown(expect.json[path]), actual: shown(actual) });
      }
    }
  }
  for (const [name, expected] of Object.entries(expect.header)) {
    const raw = ownValue(response.headers, name);
    const actual = Array.isArray(raw) ? raw.join(', ') : raw;
    if (actual !== expected)
      mismatches.push({
        what: `header ${name}`,
        expected: shown(expected),
        actual: actual === undefined ? '(missing)' : shown(actual),
      });
  }
  return mismatches;
}
