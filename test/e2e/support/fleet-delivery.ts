import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse, stringify } from 'yaml';
import type { SandboxEnv } from '@slipway/sandbox';
import { GitHubFake } from '../../support/github-fake';
import { SlackFake } from '../../support/slack-fake';
import { closedPort } from '../../support/test-server';
import { runAct, type ActRun } from './act';
import { commitRelease, consumerRepo, type Release } from './consumer-repo';
import { DeployedApp } from './deployed-app';
import { releaseTree } from './release-tree';
import { sandboxTools } from './sandbox-tools';

export const SERVICES = ['api', 'web'] as const;

/** A cluster of the fleet: on the sandbox's one API server, its own kubeconfig context and namespace. */
export interface FleetCluster {
  name: string;
  stage: 'staging' | 'production';
  namespace: string;
  /** The cluster's URL: /api/… and /web/… reach the two services' apps. */
  url: string;
}

/**
 * Two services (api and web, both built from the fixture app) delivered by Slipway's fleet.yml
 * through two stages: staging on one cluster, production on three clusters in three waves. The
 * sandbox has one Kubernetes API server, so each "cluster" is a kubeconfig of its own (its own
 * context name, in its own secret) pointing at that server, with a namespace of its own
 * (slipway.yml's cluster namespace). Each cluster's URL is a small front that routes /api and
 * /web to the apps the sandbox runs for the two Deployments. Slack and GitHub's API are the fakes
 * (the run's message, the deployments each job records).
 */
export class FleetDelivery {
  readonly id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  readonly prefix = `issue-24-fleet-${this.id}`;
  readonly registry: string;
  readonly repo: string;
  readonly release: string;
  readonly clusters: FleetCluster[] = [];
  /** Clusters whose front answers 503 to everything (their smoke checks fail whatever runs). */
  readonly broken = new Set<string>();
  baselineImage: Record<string, string> = {};
  readonly slack = new SlackFake();
  readonly github = new GitHubFake();
  /** The run's github.token (act takes it from the GITHUB_TOKEN secret): one the fake lets write. */
  private readonly githubToken = `ghs_e2e${randomBytes(12).toString('hex')}`;
  private readonly apps = new Map<string, DeployedApp>();
  private readonly fronts: Server[] = [];
  private watching = false;
  private watcher: Promise<void> | undefined;

  constructor(
    readonly sandbox: SandboxEnv,
    readonly scratch: string,
  ) {
    this.registry = `${sandbox['SLIPWAY_REGISTRY']}/${this.prefix}`;
    mkdirSync(scratch, { recursive: true });
    this.repo = consumerRepo(join(scratch, 'repo'));
    this.release = releaseTree(join(scratch, 'slipway'));
  }

  private get tools() {
    return sandboxTools(this.sandbox);
  }

  /** Clusters, slipway.yml committed, 0.9.0 of both services in every cluster, the apps served. */
  async setUp(): Promise<void> {
    const { kubectl, helm, docker } = this.tools;
    await this.slack.start();
    this.github.writeTokens.add(this.githubToken);
    await this.github.start();
    for (const [name, stage] of [
      ['stg', 'staging'],
      ['p-1', 'production'],
      ['p-2', 'production'],
      ['p-3', 'production'],
    ] as const) {
      const cluster = { name, stage, namespace: `${this.prefix}-${name}`, url: '' };
      cluster.url = await this.front(cluster);
      this.clusters.push(cluster);
    }
    this.useConfig(this.slipwayYml());
    commitRelease(this.repo, { version: '0.9.0' });
    const local = `${this.registry}/base:0.9.0`;
    await docker('build', '-q', '-t', local, join(this.repo, 'app'));
    for (const service of SERVICES) {
      const tag = `${this.registry}/${service}:0.9.0`;
      await docker('tag', local, tag);
      await docker('push', '-q', tag);
      const { stdout } = await docker('inspect', '--format', '{{index .RepoDigests 0}}', tag);
      this.baselineImage[service] = stdout.trim().replace(/^[^@]+/, `${this.registry}/${service}`);
    }
    for (const cluster of this.clusters) {
      await kubectl('create', 'namespace', cluster.namespace);
      for (const service of SERVICES) {
        const [repository, digest] = (this.baselineImage[service] as string).split('@') as [string, string];
        await helm(
          'upgrade',
          '--install',
          service,
          join(this.repo, 'chart'),
          '-n',
          cluster.namespace,
          '--set',
          'replicaCount=1',
          '--set',
          `image.repository=${repository}`,
          '--set',
          `image.digest=${digest}`,
          '--wait',
          '--timeout',
          '2m',
        );
      }
    }
    this.watch();
  }

  /** The consumer's slipway.yml from now on (the working tree act copies into each job). */
  useConfig(text: string): void {
    writeFileSync(join(this.repo, 'slipway.yml'), text);
  }

  /** Both services in four clusters; production's clusters in three waves, smoke checks on both apps. */
  slipwayYml(onFailure: 'halt' | 'rollback-stage' = 'halt'): string {
    const cluster = (c: FleetCluster) => ({ name: c.name, namespace: c.namespace, context: c.name, url: c.url });
    const of = (stage: string) => this.clusters.filter((c) => c.stage === stage).map(cluster);
    return stringify({
      chart: './chart',
      set: { replicaCount: 1 },
      timeout: '2m',
      smoke: {
        timeout: '15s',
        checks: SERVICES.map((service) => ({
          name: service,
          path: `/${service}/health`,
          expect: { status: 200, json: { '$.status': 'ok' } },
        })),
      },
      services: SERVICES.map((name) => ({ name, context: './app' })),
      environments: {
        staging: { namespace: `${this.prefix}-staging`, soak: '2s', clusters: of('staging') },
        production: {
          namespace: `${this.prefix}-production`,
          'on-failure': onFailure,
          clusters: of('production'),
          waves: [['p-1'], ['p-2'], ['p-3']],
        },
      },
    });
  }

  /** The cluster's front: /<service>/… to the app serving that service's Deployment in its namespace. */
  private async front(cluster: Omit<FleetCluster, 'url'>): Promise<string> {
    const ports: Record<string, number> = {};
    for (const service of SERVICES) {
      ports[service] = await closedPort();
      this.apps.set(
        `${cluster.namespace}/${service}`,
        new DeployedApp(this.sandbox, cluster.namespace, service, ports[service] as number),
      );
    }
    const server = createServer((req, res) => {
      if (this.broken.has(cluster.name)) return void res.writeHead(503).end();
      const [, service, ...rest] = (req.url ?? '/').split('/');
      const port = ports[service ?? ''];
      if (!port) return void res.writeHead(404).end();
      const upstream = request(
        { host: '127.0.0.1', port, path: `/${rest.join('/')}`, method: req.method },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    const port = await closedPort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.fronts.push(server);
    return `http://127.0.0.1:${port}`;
  }

  /** One kubectl a poll for every Deployment of the fleet (not one per app): each app follows its image. */
  private watch(): void {
    this.watching = true;
    this.watcher = (async () => {
      while (this.watching) {
        const images = await this.liveImages().catch(() => new Map<string, string>());
        await Promise.all([...this.apps].map(([key, app]) => app.sync(images.get(key) ?? '')));
        await sleep(200);
      }
    })();
  }

  /** namespace/deployment → the image of its pod template, for the fleet's namespaces. */
  async liveImages(): Promise<Map<string, string>> {
    const { stdout } = await this.tools.kubectl(
      'get',
      'deployments',
      '--all-namespaces',
      '-o',
      'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}={.spec.template.spec.containers[0].image}{"\\n"}{end}',
    );
    const images = new Map<string, string>();
    for (const line of stdout.split('\n')) {
      const [key, image] = line.split('=');
      if (key?.startsWith(this.prefix) && image) images.set(key, image);
    }
    return images;
  }

  /** helm history of a service in a cluster, oldest first. */
  async history(cluster: FleetCluster, service: string): Promise<Array<{ revision: number; description: string }>> {
    const { stdout } = await this.tools.helm('history', service, '-n', cluster.namespace, '-o', 'json');
    return JSON.parse(stdout);
  }

  /** A kubeconfig per cluster: the sandbox admin's, its context renamed to the cluster (slipway.yml selects it). */
  private get secrets(): Record<string, string> {
    const admin = parse(readFileSync(this.sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string, 'utf8')) as {
      contexts: Array<{ name: string }>;
      'current-context': string;
    };
    const secrets: Record<string, string> = {};
    for (const cluster of this.clusters) {
      const own = { ...admin, contexts: admin.contexts.map((c) => ({ ...c, name: cluster.name })) };
      own['current-context'] = cluster.name;
      const name = `KUBECONFIG_${cluster.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
      secrets[name] = Buffer.from(stringify(own)).toString('base64');
    }
    return { ...secrets, SLACK_TOKEN: this.slack.token, GITHUB_TOKEN: this.githubToken };
  }

  /** What every run is given: the registry, the Slack channel and API of the run's message. */
  private vars(vars: Record<string, string>): Record<string, string> {
    return {
      FLEET_REGISTRY: this.registry,
      FLEET_ENVIRONMENTS: '',
      FLEET_SLACK_CHANNEL: 'C0DEPLOYS',
      FLEET_SLACK_API_URL: this.slack.apiUrl,
      ...vars,
    };
  }

  /** A push of a new release: the consumer's deliver-fleet.yml, which calls fleet.yml. */
  deliver(release: Release, vars: Record<string, string> = {}, onLine?: (line: string) => void): Promise<ActRun> {
    commitRelease(this.repo, release);
    return runAct({
      sandbox: this.sandbox,
      repo: this.repo,
      release: this.release,
      scratch: join(this.scratch, 'act'),
      event: 'push',
      workflow: '.github/workflows/deliver-fleet.yml',
      vars: this.vars(vars),
      secrets: this.secrets,
      env: { GITHUB_API_URL: this.github.url },
      // One job at a time: act's inherited-secrets race (see ActOptions); the waves' order is what is checked.
      concurrentJobs: 1,
      onLine,
    });
  }

  /** The on-call's "Run workflow" on the consumer's rollback-fleet.yml, which calls Slipway's rollback.yml. */
  rollback(inputs: Record<string, string>, onLine?: (line: string) => void): Promise<ActRun> {
    return runAct({
      sandbox: this.sandbox,
      repo: this.repo,
      release: this.release,
      scratch: join(this.scratch, 'act'),
      event: 'workflow_dispatch',
      workflow: '.github/workflows/rollback-fleet.yml',
      vars: this.vars({}),
      secrets: this.secrets,
      env: { GITHUB_API_URL: this.github.url },
      inputs,
      concurrentJobs: 1,
      onLine,
    });
  }

  async tearDown(): Promise<void> {
    await this.slack.stop().catch(() => undefined);
    await this.github.stop().catch(() => undefined);
    this.watching = false;
    await this.watcher;
    await Promise.all([...this.apps.values()].map((app) => app.stop()));
    await Promise.all(this.fronts.map((server) => new Promise((resolve) => server.close(resolve))));
    const namespaces = this.clusters.map((c) => c.namespace);
    if (namespaces.length)
      await this.tools.kubectl('delete', 'namespace', ...namespaces, '--wait=false').catch(() => undefined);
  }
}
