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
import type { VerifiedChange, HelmChoice } from '@slipway/helm';
import { readInputs, type CanaryInputs } from './inputs';

/** One bundle serves main and post: post puts traffic back on stable if main stopped mid-step. */
export async function run(): Promise<void> {
  await runMainOrPost(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    const { config } = inputs;
    // The domain packages load once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
    const [{ canaryReleaseRequests, canaryRun, isActive }, { verifyBeforeChange }] = await Promise.all([
      import('@slipway/canary'),
      import('@slipway/helm'),
    ]);
    const start = config.action === 'start';
    // Before a helm process, a canary release, a traffic change or state: the image verified (the canary then
    // runs exactly its digest), helm chosen, every other image the canary and the promoted release would run verified.
    const checked = await verifyBeforeChange({
      ...inputs,
      image: start ? config.image : undefined,
      what: `action ${config.action}`,
      onVerified: (digestRef) => (config.image = digestRef),
      releases: () => (start && config.image ? canaryReleaseRequests(config, config.image) : []),
      onHelmInstalled: addPath,
      logger: runnerLogger,
      signal,
    });
    saveState('owner', config.owner);
    const ctx = await session(inputs, { signal, helmChoice: checked.helmChoice });
    const canary = canaryRun(config, ctx, runnerLogger, { onSaved: (state) => saveState('active', isActive(state)) });
    // Records (and the Octokit under it) load only once the canary can run: a bad input never pays for them.
    const { canaryStage } = await import('@slipway/records');
    const { outcome, deploymentId, refused } = await canaryStage(config, canary, ctx, {
      logger: runnerLogger,
      signal,
      github: inputs.github,
      onCreated: (id) => setOutput('deployment-id', id),
    });
    if (deploymentId !== undefined) setOutput('deployment-id', deploymentId);
    // The run ended at a decision (paused, promoted, aborted): nothing is mid-step, the post step has nothing to restore.
    saveState('active', false);
    const aborted = await report(outcome, inputs, checked);
    if (aborted) throw new Error(aborted);
    // deployment-fail-on-error: GitHub refused the success status; the outputs and summary stand.
    if (refused !== undefined) throw refused;
  }, post);
}

/** The job's helm/kube session: main writes the kubeconfig (saved for post to delete), post reuses it. */
async function session(inputs: CanaryInputs, main?: { signal: AbortSignal; helmChoice: HelmChoice | undefined }) {
  // Loaded already in main; the post step loads helm only when it has a canary to put back.
  const { openRunnerSession } = await import('@slipway/helm');
  return openRunnerSession({
    ...inputs,
    helmChoice: main?.helmChoice,
    kubeconfigInput: inputs.kubeconfigYaml,
    written: getState('kubeconfig-path'),
    namespace: inputs.config.deploy.namespace,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal: main?.signal,
    onKubeconfigWritten: main && ((path) => saveState('kubeconfig-path', path)),
  });
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
