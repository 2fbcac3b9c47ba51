import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { proxyFor } from './kube-proxy';
import { parseKubeconfig, type KubeAccess } from './kubeconfig';

const access = (server: string, proxyUrl?: string) => ({ server, proxyUrl }) as KubeAccess;

describe('proxyFor, as kubectl picks the proxy', () => {
  it("takes the cluster's proxy-url over the environment, whatever the host", async () => {
    const env = { HTTPS_PROXY: 'http://env-proxy:3128', NO_PROXY: '*' };
    const choice = await proxyFor(access('https://127.0.0.1:6443', 'http://kube-proxy:8080'), env);
    expect(choice?.url.href).toBe('http://kube-proxy:8080/');
    expect(choice?.from).toBe("the kubeconfig's proxy-url");
  });
  it('takes HTTPS_PROXY, upper case first, then https_proxy; a bare host:port is an http proxy', async () => {
    const server = access('https://api.example:6443');
    expect((await proxyFor(server, { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2' }))?.url.host).toBe(
      'upper:1',
    );
    expect((await proxyFor(server, { https_proxy: 'lower:2' }))?.url.href).toBe('http://lower:2/');
    // An https server never goes through HTTP_PROXY (as curl and Go).
    expect(await proxyFor(server, { HTTP_PROXY: 'http://plain:3' })).toBeUndefined();
  });
  it('leaves out a server NO_PROXY names, and loopback', async () => {
    const env = { HTTPS_PROXY: 'http://p:3128', no_proxy: 'api.example' };
    expect(await proxyFor(access('https://api.example:6443'), env)).toBeUndefined();
    expect(await proxyFor(access('https://other.example:6443'), env)).toBeDefined();
    expect(await proxyFor(access('https://127.0.0.1:6443'), { HTTPS_PROXY: 'http://p:3128' })).toBeUndefined();
  });
  it('refuses a SOCKS proxy in one line naming where it was set, without its credentials', async () => {
    const attempt = proxyFor(access('https://api.example'), { HTTPS_PROXY: 'socks5://user:secret@p:1080' });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(
      'HTTPS_PROXY: a SOCKS proxy (socks5://p:1080) is not supported; use an http:// or https:// proxy',
    );
    const kubeconfig = `
clusters: [{ name: c, cluster: { server: "https://a:6443", proxy-url: "socks5://p:1080" } }]
users: [{ name: u, user: {} }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`;
    await expect(parseKubeconfig(kubeconfig)).rejects.toThrow(
      'kubeconfig: cluster "c" proxy-url: a SOCKS proxy (socks5://p:1080) is not supported; use an http:// or https:// proxy',
    );
  });
});
