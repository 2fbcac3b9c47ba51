// The demo's run: one release of the sample service through pipeline.yml under act on the
// sandbox, each job's summary printed as it comes, then a closing table. Leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxEnv } from '@slipway/sandbox';
import { jobSpans, jobSummaries, stepOutputs } from '../test/e2e/support/act';
import { Delivery } from '../test/e2e/support/delivery';
import { closedPort } from '../test/support/test-server';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const scratch = mkdtempSync(join(tmpdir(), 'slipway-demo-'));
const delivery = new Delivery(loadSandboxEnv(), scratch);
try {
  console.log('demo: a staging and a production namespace with release 0.9.0 of the sample service');
  await delivery.setUp({ staging: await closedPort(), production: await closedPort() });
  console.log('demo: pushing release 1.0.0 — act runs the service’s deliver.yml, which calls pipeline.yml\n');
  const run = await delivery.deliver({ version: '1.0.0' }, (line) => {
    if (/🏁 {2}Job (succeeded|failed)|❌|::error/.test(line)) console.log(line);
  });
  for (const { job, summary } of jobSummaries(run)) console.log(`\n── summary of ${job} ──\n${summary}`);

  const canary = stepOutputs(run, 'production (canary)');
  const outputs = run.result?.outputs ?? {};
  console.log('\nStages');
  console.table(
    jobSpans(run)
      .filter((span) => span.result !== '')
      .map((span) => ({
        job: span.job,
        result: span.result,
        'started at': seconds(span.startMs),
        duration: seconds(span.endMs - span.startMs),
      })),
  );
  console.table({
    'pipeline wall time': seconds(run.ms),
    'image (digest-pinned)': outputs['image-ref'] ?? '',
    'staging revision': outputs['staging-revision'] ?? '',
    'production revision': outputs['production-revision'] ?? '',
    canary: canary['result'] ? `${canary['result']} at step ${canary['step']}, weight ${canary['weight']}%` : '',
    'Slack message': delivery.slack.messages.map((m) => `${m.history.length} update(s)`).join(', '),
  });
  process.exitCode = run.code;
} finally {
  await delivery.tearDown();
  rmSync(scratch, { recursive: true, force: true });
}
// Nothing else to wait for: leave even if a keep-alive socket lingers.
process.exit(process.exitCode ?? 0);
