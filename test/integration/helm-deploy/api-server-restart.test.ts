import { afterAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAction, startAction, type ActionRun } from '../../support/run-action';
import { restoreSandbox, stopComponent } from '../faults/sandbox-faults';
import { eventually } from '../sandbox/sandbox-helpers';
import { releaseFixture } from '../faults/release-fixture';
import { faultSurvived } from '../../support/fault-figures';

/**
 * The API server stopped mid-watch: the deploy must say so, end non-zero with one error, and
 * never leave the release pending. The sandbox is shared: kube-apiserver is down only for the
 * outage below, and brought back (npm run sandbox -- up, which starts only what is down) in a
 * `finally`, whatever the assertions say.
 */
/**
 * Down this long before `up` is started; `up` itself (it checks every component before the
 * control plane) adds ~15 s, so the watch sees the API gone for ~15-20 s of its 60 s.
 */
const PAUSE_MS = 2_000;
describe.each(['3', '4'] as const)('helm-deploy with helm v%s: the API server stops mid-watch', (major) => {
  const { env, inputs, history, removeNamespace, broken } = releaseFixture(major, `hd${major}-apistop`);
  afterAll(removeNamespace);
  const ok = (run: ActionRun) => {
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  };

  it('reports the unreachable API, exits 1 with one error, and leaves the release not pending', async () => {
    ok(await runAction('helm-deploy', inputs(), { env }));

    // Pods of the :broken image never become Ready: helm waits, and the judge fails them after its fail-fast period.
    const action = startAction('helm-deploy', inputs({ image: broken, timeout: '60s' }), { env });
    let exited = false;
    void action.done.then(() => (exited = true));
    const group = `::group::helm upgrade --install web (helm v${major})`;
    await eventually(async () => {
      if (exited) throw new Error(`the action ended before the watch:\n${action.output()}`);
      const log = action.output();
      const watching = log.includes(group) && /Deployment\/web: \d+\/3 updated/.test(log.slice(log.indexOf(group)));
      return watching && (await history()).at(-1)?.status === 'pending-upgrade' ? true : undefined;
    }, 60_000);

    const down = Date.now();
    try {
      await stopComponent('kube-apiserver');
      await sleep(PAUSE_MS);
    } finally {
      await restoreSandbox();
      process.stdout.write(`helm v${major}: kube-apiserver was down for ${((Date.now() - down) / 1000).toFixed(1)}s\n`);
    }

    const run = await action.done;
    const unreachable =
      /the Kubernetes API was unreachable during the watch \(\d+ reads? failed; last: Cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:\d+: ECONNREFUSED\)/;
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    // helm's own failure, or the judge's when every new pod has failed for its fail-fast period.
    expect(run.errors[0]).toMatch(/^::error::Deploy of web failed: (helm upgrade failed|not healthy): /);
    expect(run.errors[0]).toMatch(unreachable);
    expect(run.stdout).toMatch(
      /Cannot read the rollout \(1\): Cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:\d+/,
    );
    expect(run.summary).toMatch(unreachable);
    // Rolled back when the cluster was healthy again in time, else failed and said so; never pending.
    expect(['rolled-back', 'failed']).toContain(run.outputs['status']);
    expect(run.summary).toMatch(
      /\*\*Rollback:\*\* rolled back to revision 1 |\*\*Rollback:\*\* rollback to revision 1 failed: /,
    );
    const last = (await history()).at(-1);
    if (last?.status.startsWith('pending-')) {
      // helm itself could not record the outcome: the next run must recover the release.
      const next = await runAction('helm-deploy', inputs(), { env });
      ok(next);
      expect(next.stdout).toMatch(/Release web is stuck at revision \d+ \(pending-/);
      expect((await history()).at(-1)?.status).toBe('deployed');
    } else {
      expect(['deployed', 'failed']).toContain(last?.status);
    }
    faultSurvived(`API server restarted mid helm watch (helm v${major})`);
  });
});
