import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import type { StepVerdict } from '../../../packages/canary/src/analyse-step';
import type { CanaryState } from '../../../packages/canary/src/canary-state';
import { canarySummary } from '../../../packages/canary/src/canary-summary';
import { callGate, runGates } from '../../../packages/canary/src/gate-runner';
import { parseGates } from '../../../packages/canary/src/gate-spec';
import { runCanary, type CanaryRun } from '../../../packages/canary/src/run-canary';
import { CanaryStateStore } from '../../../packages/canary/src/state-store';
import { fakeClock } from '../../support/fake-clock';
import { ingressRef, nginxCanaryWorld, webStart } from '../../support/canary-world';
import { closedPort, json, TestServer } from '../../support/test-server';

const context = { canary: 'web-canary', stable: 'web', namespace: 'prod', intervalMs: 1000 };
const ingress = ingressRef;
const pass: StepVerdict = { verdict: 'pass', samples: [] };

const server = new TestServer();
/** What each route answers now; tests change it between runs. */
const answers: Record<string, { status: number; body?: unknown } | 'hang'> = {};
const hanging: Array<() => void> = [];

beforeAll(async () => {
  await server.start();
  for (const path of ['/pre', '/step', '/confirm', '/done', '/rollback', '/slow'])
    server.route(path, (_req, res) => {
      const answer = answers[path] ?? { status: 200, body: { ok: true } };
      if (answer === 'hang') {
        hanging.push(() => res.destroy());
        return;
      }
      json(res, answer.status, answer.body ?? {});
    });
});
afterAll(async () => {
  for (const release of hanging) release();
  await server.stop();
});

const state = {
  release: 'web',
  namespace: 'prod',
  phase: 'progressing',
  step: 1,
  weight: 50,
  image: 'web:2',
} as CanaryState;

function gate(path: string, extra: Record<string, unknown> = {}) {
  return parseGates([
    { name: path.slice(1), type: 'rollout', url: `${server.url}${path}?ns={{ namespace }}`, ...extra },
  ])[0]!;
}

describe('callGate against a real HTTP server', () => {
  it('passes on 2xx, posting the payload and the headers', async () => {
    answers['/step'] = { status: 200 };
    const spec = gate('/step', { headers: { Authorization: 'Bearer t0ken' }, metadata: { ticket: 'OPS-1' } });
    const before = server.requests.length;
    expect(await callGate(spec, state, context)).toBeUndefined();
    const sent = server.requests[before]!;
    expect(sent).toMatchObject({ method: 'POST', url: '/step?ns=prod' });
    expect(sent.headers['authorization']).toBe('Bearer t0ken');
    expect(JSON.parse(sent.body)).toEqual({
      name: 'web',
      namespace: 'prod',
      phase: 'progressing',
      type: 'rollout',
      gate: 'step',
      step: 2,
      weight: 50,
      image: 'web:2',
      metadata: { ticket: 'OPS-1' },
    });
  });

  it('fails on another status, saying what it wanted and got', async () => {
    answers['/step'] = { status: 503 };
    expect(await callGate(gate('/step'), state, context)).toEqual({
      name: 'step',
      type: 'rollout',
      onFailure: 'abort',
      status: 503,
      expected: 'status 2xx',
      actual: '503',
    });
  });

  it('judges a JSON field', async () => {
    const spec = gate('/step', { method: 'GET', expect: { json: { '$.decision.approved': true } } });
    answers['/step'] = { status: 200, body: { decision: { approved: true } } };
    expect(await callGate(spec, state, context)).toBeUndefined();
    answers['/step'] = { status: 200, body: { decision: { approved: false } } };
    expect(await callGate(spec, state, context)).toMatchObject({
      expected: 'json $.decision.approved true',
      actual: 'false',
    });
    answers['/step'] = { status: 200, body: {} };
    expect(await callGate(spec, state, context)).toMatchObject({ actual: '(missing)' });
  });

  it('a timeout is a failure', async () => {
    answers['/slow'] = 'hang';
    const failure = await callGate(gate('/slow', { timeout: '200ms' }), state, context);
    expect(failure).toMatchObject({ status: undefined, actual: 'no answer within 200ms' });
  });

  it('an unreachable gate is a failure', async () => {
    const port = await closedPort();
    const spec = parseGates([{ name: 'x', type: 'rollout', url: `http://127.0.0.1:${port}/` }])[0]!;
    expect((await callGate(spec, state, context))?.actual).toMatch(/ECONNREFUSED/);
  });

  it('post-rollout failures warn and the other gates still run', async () => {
    answers['/done'] = { status: 500 };
    answers['/rollback'] = { status: 200 };
    const specs = parseGates([
      { name: 'a', type: 'post-rollout', url: `${server.url}/done` },
      { name: 'b', type: 'post-rollout', url: `${server.url}/rollback` },
    ]);
    const logger = memoryLogger();
    expect(await runGates(specs, 'post-rollout', state, context, logger)).toBeUndefined();
    expect(logger.lines.join('\n')).toContain('Gate "a" (post-rollout) failed: expected status 2xx, got 500');
    expect(logger.lines.join('\n')).toContain('Gate "b" (post-rollout) passed');
  });
});

function world(gatesYaml: Array<Record<string, unknown>>, steps = '10, 50, 100') {
  const { objects, events, weights, releases, traffic } = nginxCanaryWorld();
  const clock = fakeClock();
  const logger = memoryLogger();
  const gates = parseGates(gatesYaml.map((g) => ({ ...g, url: `${server.url}${String(g['url'])}` })));
  const run = (action: CanaryRun['action'], owner = 'run-1'): CanaryRun => ({
    action,
    owner,
    start: webStart(steps, owner),
    onInconclusive: 'pause',
    store: new CanaryStateStore(objects, 'prod', 'web', clock.now),
    traffic,
    releases,
    analyse: async () => {
      events.push('analyse');
      return pass;
    },
    gates: (type, s, signal) => runGates(gates, type, s, context, logger, { signal }),
    logger,
    now: clock.now,
  });
  return { objects, events, weights, run, logger, store: new CanaryStateStore(objects, 'prod', 'web') };
}

const hits = (path: string) => server.requests.filter((r) => r.url.split('?')[0] === path);

describe('gates in a canary run', () => {
  it('a failing pre-rollout gate aborts before any traffic moves; on-rollback is told', async () => {
    answers['/pre'] = { status: 412 };
    answers['/rollback'] = { status: 200 };
    const before = hits('/rollback').length;
    const w = world([
      { name: 'pre', type: 'pre-rollout', url: '/pre' },
      { name: 'rb', type: 'on-rollback', url: '/rollback' },
    ]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(w.weights).toEqual([]);
    expect(outcome.state.failedCheck).toMatchObject({
      metric: 'gate:pre',
      value: 412,
      threshold: 'status 2xx',
      actual: '412',
    });
    expect(outcome.state.abortReason).toBe('gate "pre" (pre-rollout) failed: expected status 2xx, got 412');
    expect(w.events).toEqual(['deploy canary web:2', 'restore traffic', 'remove canary']);
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
    const told = hits('/rollback').slice(before);
    expect(told).toHaveLength(1);
    expect(JSON.parse(told[0]!.body)).toMatchObject({ phase: 'aborted', type: 'on-rollback' });
    expect(canarySummary(outcome.state, []).render()).toContain(
      '**Failed check:** gate:pre: expected status 2xx, got 412',
    );
  });

  it('a rollout gate that times out aborts at its step, traffic back on stable', async () => {
    answers['/slow'] = 'hang';
    const w = world([{ name: 'load', type: 'rollout', url: '/slow', timeout: '150ms' }]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(outcome.state.abortReason).toBe(
      'gate "load" (rollout) failed: expected an answer, got no answer within 150ms',
    );
    expect(w.weights).toEqual([10]);
    expect(w.events).not.toContain('analyse');
    expect(w.events.slice(-2)).toEqual(['restore traffic', 'remove canary']);
  });

  it('a rollout gate that pauses holds the step; a later run calls it again and goes on', async () => {
    answers['/step'] = { status: 200 };
    const w = world([{ name: 'ticket', type: 'rollout', url: '/step', 'on-failure': 'pause' }]);
    const first = w.run('start');
    let calls = 0;
    first.gates = async (type, s, signal) => {
      // The second step's gate says no.
      if (type === 'rollout' && ++calls === 2) answers['/step'] = { status: 409 };
      return runGates(
        parseGates([{ name: 'ticket', type: 'rollout', url: `${server.url}/step`, 'on-failure': 'pause' }]),
        type,
        s,
        context,
        w.logger,
        { signal },
      );
    };
    const paused = await runCanary(first);
    expect(paused.result).toBe('paused');
    expect(paused.state).toMatchObject({ phase: 'paused', step: 1, weight: 50, resumeStep: 1, pausedGate: 'ticket' });
    expect(paused.state.pausedReason).toBe('gate "ticket" (rollout) failed: expected status 2xx, got 409');
    expect(
      w.objects.peek(ingress('web-canary'))?.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight'],
    ).toBe('50');
    // Still failing: the resume pauses again at the same step.
    expect((await runCanary(w.run('resume', 'run-2'))).state).toMatchObject({ phase: 'paused', step: 1 });
    answers['/step'] = { status: 200 };
    const resumed = await runCanary(w.run('resume', 'run-3'));
    expect(resumed.result).toBe('promoted');
    expect(w.weights).toEqual([10, 50, 50, 50, 100]);
  });

  it('confirm-promotion pauses until its JSON says yes; post-rollout is told of the promotion', async () => {
    answers['/confirm'] = { status: 200, body: { approved: false } };
    answers['/done'] = { status: 204 };
    const before = hits('/done').length;
    const w = world(
      [
        { name: 'approval', type: 'confirm-promotion', url: '/confirm', expect: { json: { '$.approved': true } } },
        { name: 'done', type: 'post-rollout', url: '/done' },
      ],
      '50, 100',
    );
    const first = await runCanary(w.run('start'));
    expect(first.state).toMatchObject({ phase: 'paused', step: 1, resumeStep: 2, pausedGate: 'approval' });
    expect(first.state.pausedReason).toBe(
      'gate "approval" (confirm-promotion) failed: expected json $.approved true, got false',
    );
    expect(w.events).not.toContain('promote web:2');
    expect(hits('/done').length).toBe(before);
    expect(canarySummary(first.state, []).render()).toContain(
      '**Paused:** gate "approval" (confirm-promotion) failed: expected json $.approved true, got false.',
    );
    answers['/confirm'] = { status: 200, body: { approved: true } };
    const second = await runCanary(w.run('resume', 'run-2'));
    expect(second.result).toBe('promoted');
    expect(w.events.filter((e) => e === 'analyse')).toHaveLength(2);
    expect(JSON.parse(hits('/done').slice(before)[0]!.body)).toMatchObject({ phase: 'promoted', type: 'post-rollout' });
  });

  it('a paused pre-rollout gate is called again on resume, before traffic moves', async () => {
    answers['/pre'] = { status: 503 };
    const w = world([{ name: 'pre', type: 'pre-rollout', url: '/pre', 'on-failure': 'pause' }], '100');
    const first = await runCanary(w.run('start'));
    expect(first.state).toMatchObject({ phase: 'paused', resumeStep: 0, pausedGate: 'pre' });
    expect(w.weights).toEqual([]);
    answers['/pre'] = { status: 200 };
    const second = await runCanary(w.run('resume', 'run-2'));
    expect(second.result).toBe('promoted');
    expect(second.state.preRolloutPassed).toBe(true);
    expect(w.weights).toEqual([100]);
  });
});
