import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse, stringify } from 'yaml';
import { sandboxClusters, type SandboxEnv } from '@slipway/sandbox';
import { GitHubFake } from '../../support/github-fake';
import { SlackFake } from '../../support/slack-fake';
import { closedPort } from '../../support/test-server';
import { runAct, type ActRun } from './act';
import { commitRelease, consumerRepo, type Release } from './consumer-repo';
import { DeployedApp } from './deployed-app';
import { releaseTree } from './release-tree';
import { sandboxTools } from './sandbox-tools';

export const SERVICES = ['api', 'web'] as const;
export const STAGES = ['dev', 'staging', 'production'] as const;

/** Production's waves: two in the green run ([p-1], then p-2 and p-3 at once), three for the halt cases. */
export const TWO_WAVES = [['p-1'], ['p-2', 'p-3']];
export const THREE_WAVES = [['p-1'], ['p-2'], ['p-3']];

/** A cluster of the fleet: one of the sandbox's clusters, with a namespace of its own. */
export interface FleetCluster {
  name: string;
  stage: (typeof STAGES)[number];
  namespace: string;
  /** The sandbox cluster's index (1..4) and its admin kubeconfig. */
  index: number;
  kubeconfig: string;
  /** The cluster's URL: /api/… and /web/… reach the two services' apps. */
  url: string;
}

/**
 * Two services (api and web, both built from the fixture app) delivered by Slipway's fleet.yml
 * through three stages: dev and staging on one cluster each, production on three clusters in two
 * waves (or three). Each is a real cluster of the sandbox (`up --clusters 4`: dev and stg both on
 * cluster 1, in namespaces of their own; p-1..p-3 on 2..4), reached by its own kubeconfig (in its
 * own secret), with a namespace of its own. Each cluster's
 * URL is a small front that routes /api and /web to the apps the sandbox runs for the two
 * Deployments. Slack and GitHub's API are the fakes
 * (the run's message, the deployments each job records).
 */
export class FleetDelivery {
  readonly id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  readonly prefix = `issue-24-fleet-${this.id}`;
  readonly registry: string;
  readonly repo: string;
  readonly release: string;
  readonly clusters: FleetCluster[] = [];
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
    const real = sandboxClusters(this.sandbox);
    for (const [name, stage, index] of [
      ['dev', 'dev', 1],
      ['stg', 'staging', 1],
      ['p-1', 'production', 2],
      ['p-2', 'production', 3],
      ['p-3', 'production', 4],
    ] as const) {
      const { kubeconfig } = real[index - 1] ?? { kubeconfig: '' };
      if (!kubeconfig)
        throw new Error(`the fleet e2e needs sandbox cluster ${index}: npm run sandbox -- up --clusters 4`);
      const cluster = { name, stage, index, kubeconfig, namespace: `${this.prefix}-${name}`, url: '' };
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
      await kubectl('--kubeconfig', cluster.kubeconfig, 'create', 'namespace', cluster.namespace);
      for (const service of SERVICES) {
        const [repository, digest] = (this.baselineImage[service] as string).split('@') as [string, string];
        await helm(
          '--kubeconfig',
          cluster.kubeconfig,
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

  /** Both services in five clusters; production's in the waves given, smoke checks on both apps. */
  slipwayYml(onFailure: 'halt' | 'rollback-stage' = 'halt', waves: string[][] = TWO_WAVES): string {
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
        dev: { namespace: `${this.prefix}-dev-stage`, clusters: of('dev') },
        staging: { namespace: `${this.prefix}-staging`, soak: '2s', clusters: of('staging') },
        production: {
          namespace: `${this.prefix}-production`,
          'on-failure': onFailure,
          clusters: of('production'),
          waves,
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
        new DeployedApp(this.sandbox, cluster.namespace, service, ports[service] as number, cluster.kubeconfig),
      );
    }
    const server = createServer((req, res) => {
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

  /** namespace/deployment → the image of its pod template, for the fleet's namespaces (one kubectl per cluster). */
  async liveImages(): Promise<Map<string, string>> {
    const outputs = await Promise.all(
      this.clusters.map((cluster) =>
        this.tools.kubectl(
          '--kubeconfig',
          cluster.kubeconfig,
          'get',
          'deployments',
          '--all-namespaces',
          '-o',
          'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}={.spec.template.spec.containers[0].image}{"\\n"}{end}',
        ),
      ),
    );
    const images = new Map<string, string>();
    for (const line of outputs.flatMap(({ stdout }) => stdout.split('\n'))) {
      const [key, image] = line.split('=');
      if (key?.startsWith(this.prefix) && image) images.set(key, image);
    }
    return images;
  }

  /** helm history of a service in a cluster, oldest first. */
  async history(cluster: FleetCluster, service: string): Promise<Array<{ revision: number; description: string }>> {
    const { stdout } = await this.tools.helm(
      '--kubeconfig',
      cluster.kubeconfig,
      'history',
      service,
      '-n',
      cluster.namespace,
      '-o',
      'json',
    );
    return JSON.parse(stdout);
  }

  /** A kubeconfig per cluster: that cluster's admin's, its context renamed to the cluster (slipway.yml selects it). */
  private get secrets(): Record<string, string> {
    const secrets: Record<string, string> = {};
    for (const cluster of this.clusters) {
      const admin = parse(readFileSync(cluster.kubeconfig, 'utf8')) as {
        contexts: Array<{ name: string }>;
        'current-context': string;
      };
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
    await Promise.all(
      this.clusters.map((c) =>
        this.tools
          .kubectl('--kubeconfig', c.kubeconfig, 'delete', 'namespace', c.namespace, '--wait=false')
          .catch(() => undefined),
      ),
    );
  }
}
