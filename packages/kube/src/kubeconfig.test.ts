import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { checkKubeconfigServer, parseKubeconfig } from './kubeconfig';

const kubeconfig = (server: string) => `apiVersion: v1
clusters: [{name: c, cluster: {server: "${server}"}}, {name: other, cluster: {server: "http://127.0.0.1:8001"}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}, {name: proxy, context: {cluster: other, user: u}}]
current-context: ctx
`;

describe('a kubeconfig server the API client cannot speak to', () => {
  it('is refused in one line naming the input, the cluster and what was expected', async () => {
    const error = await checkKubeconfigServer(kubeconfig('http://10.0.0.1:6443'), { where: "Input 'kubeconfig'" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      `Input 'kubeconfig': expected cluster "c" server to be an https:// URL (the API client speaks TLS only), got "http://10.0.0.1:6443"`,
    );
    await expect(parseKubeconfig(kubeconfig('http://10.0.0.1:6443'))).rejects.toThrow(
      /^kubeconfig: expected cluster "c"/,
    );
  });

  it('judges only the context that will be used', async () => {
    await expect(checkKubeconfigServer(kubeconfig('https://10.0.0.1:6443'), { where: 'k' })).resolves.toBeUndefined();
    await expect(
      checkKubeconfigServer(kubeconfig('https://10.0.0.1:6443'), { where: 'k', context: 'proxy' }),
    ).rejects.toThrow(/cluster "other" server to be an https:\/\/ URL/);
  });
});
