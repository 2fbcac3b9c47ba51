import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { json, TestServer } from '../../support/test-server';
import { exec } from '../sandbox/sandbox-helpers';
import { canaryWeight, liveImage, releases, storedState, TIMEOUT } from './canary-suite';
import { canaryImage, kubectl, nginxCanary as canary, stableImage, stableWeb as stable } from './nginx-canary';

/** Gates on the sandbox cluster (issue 25): a failing gate aborts and traffic returns to stable. */
const gates = new TestServer();
/** Each namespace's step gate: the weights it was called at, and the step from which it says no. */
const seen = new Map<string, { weights: number[]; failFrom: number; rollback: string[] }>();
/** Namespaces whose change is approved (the confirm-promotion gate's answer). */
const approved = new Set<string>();

beforeAll(async () => {
  await gates.start();
  gates.route('/step', (req, res, body) => {
    const ns = new URL(req.url ?? '/', gates.url).searchParams.get('ns') ?? '';
    const entry = seen.get(ns);
    const payload = JSON.parse(body) as { step: number; weight: number };
    entry?.weights.push(payload.weight);
    if (entry && payload.step >= entry.failFrom) json(res, 503, { reason: 'change freeze' });
    else json(res, 200, { ok: true });
  });
  gates.route('/approve', (req, res) => {
    const ns = new URL(req.url ?? '/', gates.url).searchParams.get('ns') ?? '';
    json(res, 200, { change: { approved: approved.has(ns) } });
  });
  gates.route('/rollback', (req, res, body) => {
    const ns = new URL(req.url ?? '/', gates.url).searchParams.get('ns') ?? '';
    seen.get(ns)?.rollback.push((JSON.parse(body) as { phase: string }).phase);
    res.writeHead(204).end();
  });
});
afterAll(() => gates.stop());

describe('canary gates on the sandbox cluster', () => {
  it(
    'a rollout gate that fails at step 2 aborts: traffic back on stable, stable image kept, on-rollback told',
    async () => {
      const ns = await stable();
      seen.set(ns, { weights: [], failFrom: 2, rollback: [] });
      try {
        const run = await canary(ns, {
          gates: [
            `- { name: freeze, type: rollout, url: "${gates.url}/step?ns={{ namespace }}", timeout: 5s, headers: { Authorization: "Bearer gate-s3cret" } }`,
            `- { name: tell, type: on-rollback, url: "${gates.url}/rollback?ns={{ namespace }}" }`,
          ].join('\n'),
        });
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({
          result: 'aborted',
          'failed-check': 'gate:freeze',
          threshold: 'status 2xx',
        });
        expect(run.outputs['observed-value']).toBe('503');
        expect(run.errors[0]).toContain('gate "freeze" (rollout) failed: expected status 2xx, got 503');
        expect(seen.get(ns)?.weights).toEqual([20, 50]);
        expect(seen.get(ns)?.rollback).toEqual(['aborted']);
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await liveImage(ns)).toBe(stableImage);
        expect(await releases(ns)).toEqual(['web']);
        expect((await storedState(ns))?.failedCheck?.metric).toBe('gate:freeze');
        // The header value is registered as a secret and never printed otherwise.
        const printed = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
        expect(`${run.stdout}`).toContain('::add-mask::gate-s3cret');
        expect(printed.join('\n')).not.toContain('gate-s3cret');
        expect(run.summary).not.toContain('gate-s3cret');
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );

  it(
    'a confirm-promotion gate pauses the canary at 100%; once approved, a later run resumes it and promotes',
    async () => {
      const ns = await stable();
      const approval = `- name: change
  type: confirm-promotion
  url: "${gates.url}/approve?ns={{ namespace }}"
  method: GET
  expect: { json: { "$.change.approved": true } }`;
      try {
        const first = await canary(ns, { steps: '50:1s, 100', gates: approval });
        expect(first.exitCode).toBe(0);
        expect(first.outputs).toMatchObject({ result: 'paused', weight: '100', step: '2' });
        expect(await canaryWeight('nginx', ns)).toBe(100);
        expect(await liveImage(ns)).toBe(stableImage);
        approved.add(ns);
        const second = await canary(ns, { action: 'resume', image: '', gates: approval });
        expect(second.exitCode).toBe(0);
        expect(second.outputs).toMatchObject({ result: 'promoted' });
        expect(await liveImage(ns)).toBe(canaryImage);
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );
});
