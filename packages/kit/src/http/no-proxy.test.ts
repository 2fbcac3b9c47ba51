import { describe, expect, it } from '@jest/globals';
import { bypassesProxy } from './no-proxy';

describe('bypassesProxy, dialect go: NO_PROXY as Go (kubectl) reads it', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['api.example', '443', '*', true],
    ['api.example', '443', 'xample', false],
    ['api.example', '443', 'example', true],
    ['api.example', '443', 'example.com, api.example', true],
    ['eks.api.example', '443', 'api.example', true],
    ['api.example', '443', '.api.example', false],
    ['eks.api.example', '443', '*.api.example', true],
    ['api.example', '6443', 'api.example:6443', true],
    ['api.example', '443', 'api.example:6443', false],
    ['10.1.2.3', '6443', '10.0.0.0/8', true],
    ['192.168.1.1', '6443', '10.0.0.0/8', false],
    ['10.1.2.3', '6443', '10.1.2.3', true],
    ['[fd00::1]', '6443', 'fd00::/8', true],
    ['API.Example', '443', 'api.example', true],
    ['localhost', '6443', '', true],
    ['127.0.0.2', '6443', '', true],
    ['[::1]', '6443', '', true],
    ['vm', '6443', '', false],
  ];
  it.each(cases)('%s:%s with NO_PROXY=%j bypasses: %s', (host, port, noProxy, expected) => {
    expect(bypassesProxy(host, port, noProxy, 'go')).toBe(expected);
  });
});

describe('bypassesProxy, dialect curl: NO_PROXY as curl reads it', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['api.example', '443', '*', true],
    ['api.example', '443', 'example', true],
    ['api.example', '443', '.api.example', true], // curl ignores the leading dot
    ['eks.api.example', '443', 'other.example api.example', true], // spaces separate too
    ['api.example', '443', 'xample', false],
    ['api.example', '6443', 'api.example:6443', false], // curl reads no port here
    ['10.1.2.3', '80', '10.0.0.0/8', true],
    ['10.1.2.3', '80', '10.1.2.3', true],
    ['[::1]', '80', '[::1]', true],
    ['127.0.0.1', '80', '', false], // loopback is not exempt
    ['localhost', '80', '', false],
  ];
  it.each(cases)('%s:%s with NO_PROXY=%j bypasses: %s', (host, port, noProxy, expected) => {
    expect(bypassesProxy(host, port, noProxy, 'curl')).toBe(expected);
  });
});
