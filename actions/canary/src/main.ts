import {
  addPath,
  envInputSource,
  getState,
  InputReader,
  runMainOrPost,
  runnerLogger,
  saveState,
  setOutput,
  signalOnTermination,
} from '@slipway/kit';
import type { CanaryOutcome } from '@slipway/canary';
import type { HelmChoice, VerifiedChange } from '@slipway/helm';
import { readInputs, type CanaryInputs } from './inputs';

/** One bundle serves main and post: post puts traffic back on stable if main stopped mid-step. */
export async function run(): Promise<void> {
  await runMainOrPost(main, post);
}

async function main(): Promise<void> {
  const signal = signalOnTermination();
  const inputs = await readInputs(new InputReader(envInputSource()));
  const { config } = inputs;
  // The domain packages load once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
  const { canaryRun, isActive, verifyBeforeCanary } = await import('@slipway/canary');
  const checked = await verifyBeforeCanary(config, {
    ...inputs,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
  });
  saveState('owner', config.owner);
  const ctx = await session(inputs, { signal, helmChoice: checked.helmChoice });
  const canary = canaryRun(config, ctx, runnerLogger, { onSaved: (state) => saveState('active', isActive(state)) });
  // Records (and the Octokit under it) load only once the canary can run: a bad input never pays for them.
  const { canaryStage } = await import('@slipway/records');
  const onCreated = (id: number) => setOutput('deployment-id', id);
  const staged = await canaryStage(config, canary, ctx, {
    logger: runnerLogger,
    signal,
    github: inputs.github,
    onCreated,
  });
  if (staged.deploymentId !== undefined) setOutput('deployment-id', staged.deploymentId);
  // The run ended at a decision (paused, promoted, aborted): nothing is mid-step, the post step has nothing to restore.
  saveState('active', false);
  const aborted = await report(staged.outcome, inputs, checked);
  if (aborted) throw new Error(aborted);
  // deployment-fail-on-error: GitHub refused the success status; the outputs and summary stand.
  if (staged.refused !== undefined) throw staged.refused;
}

/** The job's helm/kube session: main writes the kubeconfig (saved for post to delete), post reuses it. */
async function session(inputs: CanaryInputs, main?: { signal: AbortSignal; helmChoice: HelmChoice | undefined }) {
  // Loaded already in main; the post step loads helm only when it has a canary to put back.
  const { openJobSession } = await import('@slipway/helm');
  const { kubeconfigYaml: kubeconfigInput, config } = inputs;
  const access = { kubeconfigInput, namespace: config.deploy.namespace, helmChoice: main?.helmChoice };
  return openJobSession({ ...inputs, ...access, signal: main?.signal, saveWritten: main !== undefined });
}

/** The outputs and the summary (with what was verified); the line an aborted canary fails with. */
async function report(outcome: CanaryOutcome, inputs: CanaryInputs, checked?: VerifiedChange) {
  // Loaded already in main; in the post step only once traffic was put back.
  const [{ abortedLine, canaryOutputs, canarySummary }, { verifiedSummary }] = await Promise.all([
    import('@slipway/canary'),
    import('@slipway/image'),
  ]);
  for (const [name, value] of Object.entries(canaryOutputs(outcome))) setOutput(name, value);
  const summary = canarySummary(outcome.state, inputs.config.metrics);
  verifiedSummary(summary, checked?.verified, checked?.chartImages).write();
  return abortedLine(outcome);
}

/** If main stopped while the canary was active, put traffic back on stable; the kubeconfig goes whatever happens. */
async function post(): Promise<void> {
  try {
    if (getState('active') !== 'true') return;
    const inputs = await readInputs(new InputReader(envInputSource()));
    // Records (with the canary) load only in a post step that has a canary to put back.
    const { canaryStopStage } = await import('@slipway/records');
    const stop = { logger: runnerLogger, owner: getState('owner'), github: inputs.github };
    const outcome = await canaryStopStage(inputs.config, await session(inputs), stop);
    if (outcome) await report(outcome, inputs);
  } finally {
    // kube loads only in the post step, which has the kubeconfig to delete.
    const { removeJobKubeconfig } = await import('@slipway/kube');
    await removeJobKubeconfig(getState('kubeconfig-path'), runnerLogger);
  }
}
