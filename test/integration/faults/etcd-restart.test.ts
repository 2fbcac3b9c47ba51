import { afterAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAction, startAction, type ActionRun } from '../../support/run-action';
import { eventually } from '../sandbox/sandbox-helpers';
import { restoreSandbox, stopComponent } from './sandbox-faults';
import { releaseFixture } from './release-fixture';
import { faultSurvived } from '../../support/fault-figures';

/**
 * etcd stopped in the middle of a helm upgrade's watch, then started again: the API server stays
 * up but can neither read nor write. The deploy must end with one error that says what happened,
 * the release must not stay pending (or the next run recovers it), and the previous good revision
 * must be what serves. etcd is restored in a `finally` (npm run sandbox -- up, then /readyz).
 */
const PAUSE_MS = 8_000;
const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};

describe.each(['3', '4'] as const)('helm-deploy (helm v%s): etcd stops mid-watch and starts again', (major) => {
  const { env, inputs, history, servingImage, removeNamespace, good, broken } = releaseFixture(
    major,
    `fault-etcd${major}`,
  );
  afterAll(removeNamespace);

  it('ends with one error saying so, leaves nothing pending, and the good revision serves', async () => {
    ok(await runAction('helm-deploy', inputs(), { env }));
    const action = startAction('helm-deploy', inputs({ image: broken, timeout: '60s' }), { env });
    let exited = false;
    void action.done.then(() => (exited = true));
    await eventually(async () => {
      if (exited) throw new Error(`the action ended before the watch:\n${action.output()}`);
      const watching = /Deployment\/web: \d+\/3 updated/.test(action.output());
      return watching && (await history()).at(-1)?.status === 'pending-upgrade' ? true : undefined;
    }, 60_000);

    const down = Date.now();
    try {
      await stopComponent('etcd');
      await sleep(PAUSE_MS);
    } finally {
      await restoreSandbox();
      process.stdout.write(`etcd was down for ${((Date.now() - down) / 1000).toFixed(1)}s\n`);
    }

    const run = await action.done;
    process.stdout.write(`${run.errors.join('\n')}\n`);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^::error::Deploy of web failed: /);
    // What happened is named, not only helm's "context deadline exceeded".
    expect(run.errors[0]).toMatch(/the Kubernetes API (was unreachable|stalled) during the watch/);
    expect(['rolled-back', 'failed']).toContain(run.outputs['status']);
    if ((await history()).at(-1)?.status.startsWith('pending-')) {
      // helm could not record the outcome while etcd was gone: the next run recovers the release.
      const next = await runAction('helm-deploy', inputs(), { env });
      ok(next);
      expect(next.stdout).toMatch(/Release web is stuck at revision \d+ \(pending-/);
    } else if (run.outputs['status'] !== 'rolled-back') {
      // Not rolled back (the rollback itself met the outage): a deploy of the good image restores it.
      ok(await runAction('helm-deploy', inputs(), { env }));
    }
    expect((await history()).at(-1)?.status).toBe('deployed');
    expect(await servingImage()).toBe(good);
    faultSurvived(`etcd stopped and started mid helm watch (helm v${major})`);
  });
});
