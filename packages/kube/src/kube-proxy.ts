import { bypassesProxy } from '@slipway/kit';
import { checkProxyUrl, type KubeAccess } from './kubeconfig';

/** The proxy requests to a cluster go through, and where that was said (for the errors). */
export interface ProxyChoice {
  url: URL;
  from: string;
}

function firstSet(env: NodeJS.ProcessEnv, names: string[]): [string, string] | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return [name, value];
  }
  return undefined;
}

/**
 * The proxy as kubectl picks it: the cluster's proxy-url whatever the host; else HTTPS_PROXY
 * (HTTP_PROXY for an http server; upper case first), unless the server is loopback or NO_PROXY
 * names it, as Go reads NO_PROXY (kit's `bypassesProxy`, dialect `go`).
 */
export async function proxyFor(
  access: KubeAccess,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProxyChoice | undefined> {
  if (access.proxyUrl) return { url: new URL(access.proxyUrl), from: "the kubeconfig's proxy-url" };
  const server = new URL(access.server);
  const https = server.protocol === 'https:';
  const set = firstSet(env, https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']);
  if (!set) return undefined;
  const port = server.port || (https ? '443' : '80');
  if (bypassesProxy(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '', 'go')) return undefined;
  const [name, value] = set;
  return { url: checkProxyUrl(value.includes('://') ? value : `http://${value}`, name), from: name };
}
