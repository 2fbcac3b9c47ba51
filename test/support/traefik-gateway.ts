import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersions } from '../../packages/sandbox/src/versions';
import { sandboxPaths } from '../../packages/sandbox/src/paths';
import { Progress } from '../../packages/sandbox/src/progress';
import { ensureGatewayApiCrd } from '../../packages/sandbox/src/components/gateway-api-crds';
import type { SandboxEnv } from '../../packages/sandbox/src/env-file';
import { builtWith, installTraefik } from '../../packages/sandbox/src/traefik';
import { closedPort } from './test-server';

/** Traefik's controllerName for Gateway API (its docs, "Deploying a Gateway"). */
export const TRAEFIK_CONTROLLER = 'traefik.io/gateway-controller';
const CLASS_LABEL = 'slipway.dev/gateway-run';

export interface TraefikGateway {
  /** The Gateway's listener, as a client sends to it: http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Traefik's own API (routers, services, their servers). */
  api: string;
  /** The GatewayClass this Traefik alone manages (labelled for its label selector). */
  gatewayClass: string;
  log: string;
  stop(): Promise<void>;
}

/**
 * The sandbox's pinned Traefik, installed by `up` (a cache hit here) or now; and the TLSRoute CRD
 * of the Gateway API release it was built against (its build information says which), which it
 * watches and the pinned bundle lacks.
 */
export async function traefikBinary(env: SandboxEnv): Promise<string> {
  const paths = sandboxPaths(env as NodeJS.ProcessEnv);
  const result = await installTraefik(paths, loadVersions(), new Progress(process.stderr));
  const binary = join(result.dir, 'traefik');
  await ensureGatewayApiCrd(env, await builtWith(binary, 'sigs.k8s.io/gateway-api'), 'tlsroutes');
  return binary;
}

/**
 * Traefik out of cluster against the sandbox's API server (KUBECONFIG), watching one namespace
 * and only the GatewayClass labelled for this run, so it never routes to what other tests (or
 * kwok's fake pod IPs) put in the cluster. Listener and API on 127.0.0.1, free ports; no
 * version check or usage report (nothing leaves the machine).
 */
export async function startTraefik(options: {
  binary: string;
  kubeconfig: string;
  namespace: string;
}): Promise<TraefikGateway> {
  const [port, apiPort] = [await closedPort(), await closedPort()];
  const gatewayClass = `traefik-${options.namespace}`;
  const dir = mkdtempSync(join(tmpdir(), 'slipway-traefik-'));
  const log = join(dir, 'traefik.log');
  const fd = openSync(log, 'w');
  const child: ChildProcess = spawn(
    options.binary,
    [
      `--entryPoints.web.address=127.0.0.1:${port}`,
      `--entryPoints.traefik.address=127.0.0.1:${apiPort}`,
      '--api.insecure=true',
      '--api.dashboard=false',
      '--ping=true',
      '--providers.kubernetesgateway=true',
      `--providers.kubernetesgateway.namespaces=${options.namespace}`,
      `--providers.kubernetesgateway.labelselector=${CLASS_LABEL}=${options.namespace}`,
      '--providers.providersThrottleDuration=100ms',
      '--global.checkNewVersion=false',
      '--global.sendAnonymousUsage=false',
      '--log.level=INFO',
      '--log.noColor=true',
    ],
    { env: { PATH: '/usr/bin:/bin', HOME: dir, KUBECONFIG: options.kubeconfig }, stdio: ['ignore', fd, fd] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api = `http://127.0.0.1:${apiPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${api}/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`traefik did not answer ${api}/ping:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    api,
    gatewayClass,
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The GatewayClass (labelled for this run's Traefik) and a Gateway listening on its entryPoint. */
export function gatewayManifest(gateway: TraefikGateway, namespace: string, name: string): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: ${gateway.gatewayClass}
  labels:
    ${CLASS_LABEL}: ${namespace}
spec:
  controllerName: ${TRAEFIK_CONTROLLER}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  gatewayClassName: ${gateway.gatewayClass}
  listeners:
    - name: web
      protocol: HTTP
      port: ${gateway.port}
`;
}

/**
 * A Service without a selector and the EndpointSlice the test writes for it, whose one ready
 * endpoint is a local server (kwok's pods never run, so a real process stands in for them) on
 * `address`, a local non-loopback address (the API server refuses loopback ones).
 */
export function localServiceManifest(namespace: string, name: string, address: string, backendPort: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  ports:
    - name: http
      port: 80
      targetPort: ${backendPort}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: ${name}-local
  namespace: ${namespace}
  labels:
    kubernetes.io/service-name: ${name}
    endpointslice.kubernetes.io/managed-by: slipway-tests
addressType: IPv4
ports:
  - name: http
    port: ${backendPort}
    protocol: TCP
endpoints:
  - addresses: ["${address}"]
    conditions: { ready: true }
`;
}

interface TraefikServer {
  url: string;
}
interface TraefikService {
  name: string;
  loadBalancer?: { servers?: TraefikServer[] };
  weighted?: { services?: Array<{ name: string; weight?: number }> };
}

async function services(gateway: TraefikGateway): Promise<TraefikService[]> {
  return (await (await fetch(`${gateway.api}/api/http/services`)).json()) as TraefikService[];
}

/** Every backend URL Traefik would send to: the test's guard that all of them are the test's servers. */
export async function backendUrls(gateway: TraefikGateway): Promise<string[]> {
  return (await services(gateway)).flatMap((s) => (s.loadBalancer?.servers ?? []).map((server) => server.url));
}

/**
 * The backend weights of each router's weighted service, as Traefik runs them now (its API
 * shows the configuration in use, not the one on its way), sorted for comparison.
 */
export async function runningWeights(gateway: TraefikGateway): Promise<string[]> {
  return (await services(gateway))
    .filter((s) => s.weighted?.services?.length)
    .map((s) => JSON.stringify((s.weighted?.services ?? []).map((w) => w.weight ?? 1)))
    .sort();
}

interface RouteRule {
  matches?: unknown[];
  backendRefs?: Array<{ weight?: number }>;
}

/** What runningWeights says once Traefik runs these rules: a weighted service per rule and match. */
export function expectedWeights(rules: RouteRule[]): string[] {
  return rules
    .flatMap((rule) =>
      Array<string>(Math.max(1, rule.matches?.length ?? 0)).fill(
        JSON.stringify((rule.backendRefs ?? []).map((ref) => ref.weight ?? 1)),
      ),
    )
    .sort();
}
