import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closedPort, json, TestServer } from '../../support/test-server';
import { exec } from '../sandbox/sandbox-helpers';
import { canaryWeight, liveImage, releases, TIMEOUT } from './canary-suite';
import { canaryImage, kubectl, nginxCanary, stableImage, stableWeb } from './nginx-canary';

/** The web metric provider on the sandbox cluster (issue 25), against a local JSON endpoint. */
const endpoint = new TestServer();
/** Each namespace's answer: the error ratio, or what the endpoint says instead. */
const answers = new Map<string, unknown>();

beforeAll(async () => {
  await endpoint.start();
  endpoint.route('/errors', (req, res) => {
    const ns = new URL(req.url ?? '/', endpoint.url).searchParams.get('service') ?? '';
    json(res, 200, answers.get(ns) ?? {});
  });
});
afterAll(() => endpoint.stop());

const metric = (url: string) => `- name: errors
  provider: web
  url: "${url}"
  json-path: $.result.ratio
  headers: { X-Api-Key: "web-metric-k3y" }
  max: 0.05`;

async function canaryWith(answer: unknown, url?: (ns: string) => string) {
  const ns = await stableWeb();
  answers.set(`web-canary.${ns}`, answer);
  const run = await nginxCanary(ns, {
    steps: '50, 100',
    interval: '1s',
    count: '2',
    metrics: metric(url?.(ns) ?? `${endpoint.url}/errors?service={{ canary }}.{{ namespace }}`),
  });
  return { ns, run };
}

async function cleanUp(ns: string): Promise<void> {
  await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
}

describe('the web metric provider on the sandbox cluster', () => {
  it(
    'values in range: promoted, the endpoint asked with its templated URL and its header',
    async () => {
      const before = endpoint.requests.length;
      const { ns, run } = await canaryWith({ result: { ratio: '0.01' } });
      try {
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'promoted' });
        expect(await liveImage(ns)).toBe(canaryImage);
        const asked = endpoint.requests.slice(before).filter((r) => r.url.includes(ns));
        expect(asked).toHaveLength(4);
        expect(asked[0]?.url).toBe(`/errors?service=web-canary.${ns}`);
        expect(asked[0]?.headers['x-api-key']).toBe('web-metric-k3y');
        // Registered as a secret, and never printed otherwise.
        expect(run.stdout).toContain('::add-mask::web-metric-k3y');
        const printed = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
        expect(printed.join('\n')).not.toContain('web-metric-k3y');
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );

  it(
    'a value out of range: aborted at its first sample, traffic back on stable',
    async () => {
      const { ns, run } = await canaryWith({ result: { ratio: 0.4 } });
      try {
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({ result: 'aborted', 'failed-check': 'errors', 'observed-value': '0.4' });
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await liveImage(ns)).toBe(stableImage);
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );

  it(
    'no data at the path: inconclusive, paused at its step, never promoted',
    async () => {
      const { ns, run } = await canaryWith({ result: {} });
      try {
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'paused', weight: '50' });
        expect(`${run.stdout}`).toContain('no data (no $.result.ratio in the answer)');
        expect(await liveImage(ns)).toBe(stableImage);
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );

  it(
    'an unreachable endpoint: inconclusive, paused, never promoted',
    async () => {
      const port = await closedPort();
      const { ns, run } = await canaryWith({}, () => `http://127.0.0.1:${port}/errors`);
      try {
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'paused', weight: '50' });
        expect(`${run.stdout}`).toMatch(/no data \(.*ECONNREFUSED/);
        expect(await liveImage(ns)).toBe(stableImage);
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );
});
