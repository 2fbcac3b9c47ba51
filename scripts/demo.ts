// The demo's run: one release of the sample service through pipeline.yml under act on the
// sandbox, each job's summary printed as it comes, then the closing tables; the summaries, the
// tables and a picture of the run (demo-output/pipeline-run.svg) are written to
// demo-output/summary.md. Leaves nothing behind in the cluster.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { jobGraphSvg, loadSandboxEnv, readTiming, textTable, writeTiming, type GraphJob } from '@slipway/sandbox';
import { jobSpans, jobSummaries, stepOutputs, type JobSpan } from '../test/e2e/support/act';
import { SAMPLE_REPOSITORY } from '../test/e2e/support/consumer-repo';
import { Delivery } from '../test/e2e/support/delivery';
import { closedPort } from '../test/support/test-server';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'demo-output');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const version = '1.0.0';

/** pipeline.yml's jobs with the run's result of each (a job act never started was skipped). */
function pipelineGraph(spans: JobSpan[]): GraphJob[] {
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'pipeline.yml'), 'utf8')) as {
    jobs: Record<string, { name?: string; needs?: string | string[] }>;
  };
  return Object.entries(workflow.jobs).map(([id, job]) => {
    const name = job.name ?? id;
    // act labels a job "<caller job>/<workflow>/<job>", and a job that calls a workflow itself
    // (staging calls deploy.yml) by its own name first: "staging/slipway deploy/deploy staging".
    const mine = spans.filter((s) => s.job === name || s.job.endsWith(`/${name}`) || s.job.startsWith(`${name}/`));
    const graphJob: GraphJob = { id, name, needs: [job.needs ?? []].flat(), result: 'skipped' };
    if (mine.length > 0) {
      graphJob.result = mine.some((s) => s.result === 'failed') ? 'failed' : 'succeeded';
      graphJob.durationMs = Math.max(...mine.map((s) => s.endMs)) - Math.min(...mine.map((s) => s.startMs));
    }
    return graphJob;
  });
}

/** Cold when this demo run installed or built something (the set-up's timings say when they last did). */
function demoKind(startedMs: number, cache: string): 'cold' | 'warm' {
  const fresh = ['npm-ci', 'sandbox-up-cold'].some((key) => Date.parse(readTiming(cache, key)?.at ?? '') >= startedMs);
  return fresh ? 'cold' : 'warm';
}

const sandbox = loadSandboxEnv();
const scratch = mkdtempSync(join(tmpdir(), 'slipway-demo-'));
const delivery = new Delivery(sandbox, scratch);
try {
  console.log(`demo: ${SAMPLE_REPOSITORY}, a staging and a production namespace with release 0.9.0 of the service`);
  await delivery.setUp({ staging: await closedPort(), production: await closedPort() });
  console.log(`demo: pushing release ${version} — act runs the service’s deliver.yml, which calls pipeline.yml\n`);
  const run = await delivery.deliver({ version }, (line) => {
    if (/🏁 {2}Job (succeeded|failed)|❌|::error/.test(line)) console.log(line);
  });
  const summaries = jobSummaries(run);
  for (const { job, summary } of summaries) console.log(`\n── summary of ${job} ──\n${summary}`);

  const spans = jobSpans(run).filter((span) => span.result !== '');
  const stages = textTable(
    ['job', 'result', 'started at', 'duration'],
    spans.map((span) => [span.job, span.result, seconds(span.startMs), seconds(span.endMs - span.startMs)]),
    { right: [2, 3] },
  );
  const canary = stepOutputs(run, 'production (canary)');
  const outputs = run.result?.outputs ?? {};
  const figures = textTable(
    ['figure', 'value'],
    [
      ['repository', `${SAMPLE_REPOSITORY} (release ${version})`],
      ['pipeline wall time', seconds(run.ms)],
      ['image (digest-pinned)', outputs['image-ref'] ?? ''],
      ['staging revision', outputs['staging-revision'] ?? ''],
      ['production revision', outputs['production-revision'] ?? ''],
      ['canary', canary['result'] ? `${canary['result']} at step ${canary['step']}, weight ${canary['weight']}%` : ''],
      ['Slack message', delivery.slack.messages.map((m) => `${m.history.length} update(s)`).join(', ')],
    ],
  );
  mkdirSync(out, { recursive: true });
  const svg = jobGraphSvg(pipelineGraph(spans), `${SAMPLE_REPOSITORY} · release ${version} · ${seconds(run.ms)}`);
  writeFileSync(join(out, 'pipeline-run.svg'), svg);
  writeFileSync(
    join(out, 'summary.md'),
    [
      `# ${SAMPLE_REPOSITORY}: release ${version}`,
      '',
      '![the pipeline run: each job with its result and duration](pipeline-run.svg)',
      '',
      '```',
      stages,
      '',
      figures,
      '```',
      ...summaries.map(({ job, summary }) => `\n## ${job}\n\n${summary}`),
      '',
    ].join('\n'),
  );
  console.log(`\nStages\n${stages}\n\n${figures}\n`);
  console.log(`demo: summary ${join(out, 'summary.md')}, picture of the run ${join(out, 'pipeline-run.svg')}`);

  const startedMs = Number(process.env['SLIPWAY_DEMO_STARTED'] ?? Date.now() / 1000) * 1000;
  const cache = sandbox['SLIPWAY_CACHE'] as string;
  const kind = demoKind(startedMs, cache);
  const total = Math.round((Date.now() - startedMs) / 1000);
  writeTiming(cache, `demo-${kind}`, { seconds: total, at: new Date().toISOString(), kind });
  console.log(`demo: ${kind} run, ${total} s from the command to this table`);
  process.exitCode = run.code;
} finally {
  await delivery.tearDown();
  rmSync(scratch, { recursive: true, force: true });
}
// Nothing else to wait for: leave even if a keep-alive socket lingers.
process.exit(process.exitCode ?? 0);
