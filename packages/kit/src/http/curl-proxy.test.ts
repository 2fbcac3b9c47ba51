import { describe, expect, it } from '@jest/globals';
import { curlProxyFor } from './curl-proxy';

const route = (url: string, env: NodeJS.ProcessEnv) => curlProxyFor(new URL(url), env)?.url.href;

describe('curlProxyFor: the proxy curl would use', () => {
  it('reads the scheme variable (lower case first), then ALL_PROXY; loopback is not exempt', () => {
    const env = { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2', HTTP_PROXY: 'plain:3' };
    expect(route('https://127.0.0.1/x', env)).toBe('http://lower:1/');
    expect(route('http://localhost:8080/', env)).toBe('http://plain:3/');
    expect(route('http://a.example/', { ALL_PROXY: 'http://all:4' })).toBe('http://all:4/');
    expect(route('https://a.example/', {})).toBeUndefined();
    expect(curlProxyFor(new URL('https://a.example/'), { HTTPS_PROXY: 'http://u:p@proxy:8' })).toMatchObject({
      variable: 'HTTPS_PROXY',
      shown: 'http://proxy:8',
    });
  });

  it('bypasses NO_PROXY entries as curl matches them: *, host or domain, leading dot, IP and CIDR', () => {
    const env = (no_proxy: string) => ({ HTTPS_PROXY: 'http://p:1', no_proxy });
    expect(route('https://a.example/', env('*'))).toBeUndefined();
    expect(route('https://www.example.com/', env('example.com'))).toBeUndefined();
    expect(route('https://example.com:8443/', env('.example.com'))).toBeUndefined();
    expect(route('https://www.notexample.com/', env('example.com'))).toBe('http://p:1/');
    expect(route('https://example.com.org/', env('example.com'))).toBe('http://p:1/');
    expect(route('https://10.1.2.3/', env('a.b, 10.0.0.0/8'))).toBeUndefined();
    expect(route('https://11.1.2.3/', env('10.0.0.0/8'))).toBe('http://p:1/');
    expect(route('https://[::1]:8443/', env('::1'))).toBeUndefined();
    expect(route('https://[fd00::2]/', env('fd00::/16'))).toBeUndefined();
    expect(route('https://127.0.0.1/', env('127.0.0.1'))).toBeUndefined();
    expect(route('https://127.0.0.1/', env('localhost'))).toBe('http://p:1/');
  });
});
