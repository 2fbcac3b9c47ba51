import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { SandboxEnv } from '@slipway/sandbox';

const run = promisify(execFile);

/**
 * The sandbox's kwok nodes never start a container, so something must serve what a Deployment
 * runs: this follows the Deployment's image and runs exactly that image (pulled by its
 * reference from the sandbox registry) on the sandbox's Docker engine, on the host network at
 * `port`. When the image changes the old container is removed at once, before the new one
 * starts, so a smoke check never reaches the previous release by mistake.
 */
export class DeployedApp {
  private container: string | undefined;
  private image = '';
  private watching = false;
  private loop: Promise<void> | undefined;
  /** Every image served, in order. */
  readonly served: string[] = [];

  constructor(
    private readonly sandbox: SandboxEnv,
    readonly namespace: string,
    readonly deployment: string,
    readonly port: number,
    /** The cluster the Deployment is in (the sandbox admin's, cluster 1, when not given). */
    private readonly kubeconfig = sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private docker(args: string[]) {
    return run('docker', args, { env: { ...process.env, DOCKER_HOST: this.sandbox['DOCKER_HOST'] } });
  }

  /** The image of the Deployment's pod template ('' while there is none). */
  async liveImage(): Promise<string> {
    try {
      const { stdout } = await run(
        this.sandbox['KUBECTL'] as string,
        [
          'get',
          'deployment',
          this.deployment,
          '-n',
          this.namespace,
          '-o',
          'jsonpath={.spec.template.spec.containers[0].image}',
        ],
        { env: { ...process.env, KUBECONFIG: this.kubeconfig } },
      );
      return stdout.trim();
    } catch {
      return '';
    }
  }

  start(): this {
    this.watching = true;
    this.loop = (async () => {
      while (this.watching) {
        await this.sync(await this.liveImage());
        await sleep(200);
      }
    })();
    return this;
  }

  /** Serves `image` when it is not what runs already (a watcher of many Deployments calls this). */
  async sync(image: string): Promise<void> {
    if (image !== this.image) await this.serve(image).catch(() => (this.image = ''));
  }

  private async serve(image: string): Promise<void> {
    await this.remove();
    this.image = image;
    if (!image) return;
    const name = `slipway-e2e-${this.namespace}-${this.deployment}`;
    await this.docker(['rm', '-f', name]).catch(() => undefined);
    const { stdout } = await this.docker([
      'run',
      '-d',
      '--name',
      name,
      '--network',
      'host',
      image,
      '-addr',
      `127.0.0.1:${this.port}`,
    ]);
    this.container = stdout.trim();
    this.served.push(image);
  }

  private async remove(): Promise<void> {
    if (!this.container) return;
    const id = this.container;
    this.container = undefined;
    await this.docker(['rm', '-f', id]).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.watching = false;
    await this.loop;
    await this.remove();
  }
}
