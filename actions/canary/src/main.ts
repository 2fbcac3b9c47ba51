import {
  addPath,
  envInputSource,
  getState,
  InputReader,
  runMainOrPost,
  runnerDirs,
  runnerLogger,
  saveState,
  setOutput,
  signalOnTermination,
} from '@slipway/kit';
import type { CanaryOutcome } from '@slipway/canary';
import type { VerifiedImage } from '@slipway/image';
import { readInputs, type CanaryInputs } from './inputs';

/** One bundle serves main and post: post puts traffic back on stable if main stopped mid-step. */
export async function run(): Promise<void> {
  await runMainOrPost(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain packages load once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
    const [{ canaryRun, isActive }, { runnerCosign, verifyDeployImage }] = await Promise.all([
      import('@slipway/canary'),
      import('@slipway/image'),
    ]);
    // The policy goes first: a refused image leaves no canary release, traffic change or state.
    if (inputs.verify && inputs.config.action === 'start') await runnerCosign(inputs.cosign, runnerLogger, signal);
    const verified = await verifyDeployImage(
      inputs.config.action === 'start' ? inputs.config.image : undefined,
      inputs.verify,
      {
        what: `action ${inputs.config.action}`,
        logger: runnerLogger,
        env: process.env,
        tempDir: runnerDirs().temp,
        signal,
      },
    );
    if (verified) inputs.config.image = verified.digestRef;
    const chartImages = await verifyCanaryCharts(inputs, verified, signal);
    saveState('owner', inputs.config.owner);
    const ctx = await session(inputs, signal, (path) => saveState('kubeconfig-path', path));
    const canary = canaryRun(inputs.config, ctx, runnerLogger, { onSaved: (s) => saveState('active', isActive(s)) });
    // Records (and the Octokit under it) load only once the canary can run: a bad input never pays for them.
    const { canaryStage } = await import('@slipway/records');
    const { outcome, deploymentId } = await canaryStage(inputs.config, canary, ctx, {
      logger: runnerLogger,
      signal,
      github: inputs.github,
      onCreated: (id) => setOutput('deployment-id', id),
    });
    if (deploymentId !== undefined) setOutput('deployment-id', deploymentId);
    // The run ended at a decision (paused, promoted, aborted): nothing is mid-step, the post step has nothing to restore.
    saveState('active', false);
    await report(outcome, inputs, verified, chartImages);
    if (outcome.result === 'aborted')
      throw new Error(`Canary of ${inputs.config.deploy.release} aborted: ${outcome.state.abortReason ?? 'aborted'}`);
  }, post);
}

/** Every other image the canary and the promoted stable release would run, before either exists. */
async function verifyCanaryCharts(inputs: CanaryInputs, verified: VerifiedImage | undefined, signal: AbortSignal) {
  const { config } = inputs;
  if (config.action !== 'start' || !config.image || !inputs.verify) return [];
  const [{ verifyReleaseImages }, { canaryReleaseRequests }] = await Promise.all([
    import('@slipway/helm'),
    import('@slipway/canary'),
  ]);
  return verifyReleaseImages(canaryReleaseRequests(config, config.image), {
    policy: inputs.verify,
    verified,
    helmVersion: inputs.helmVersion,
    helmDownloadUrl: inputs.helmDownloadUrl,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
  });
}

async function session(inputs: CanaryInputs, signal: AbortSignal | undefined, onWritten?: (path: string) => void) {
  const { openRunnerSession } = await import('@slipway/helm');
  return openRunnerSession({
    ...inputs,
    kubeconfigInput: inputs.kubeconfigYaml,
    written: getState('kubeconfig-path'),
    namespace: inputs.config.deploy.namespace,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
    onKubeconfigWritten: onWritten,
  });
}

async function report(
  outcome: CanaryOutcome,
  inputs: CanaryInputs,
  verified?: VerifiedImage,
  chartImages: VerifiedImage[] = [],
): Promise<void> {
  const [{ canarySummary, loadOutput }, { verifiedSummary }] = await Promise.all([
    import('@slipway/canary'),
    import('@slipway/image'),
  ]);
  const { state } = outcome;
  setOutput('result', outcome.result);
  setOutput('failed-check', state.failedCheck?.metric ?? '');
  setOutput('observed-value', state.failedCheck?.actual ?? state.failedCheck?.value ?? '');
  setOutput('threshold', state.failedCheck?.threshold ?? '');
  setOutput('step', state.step + 1);
  setOutput('weight', state.phase === 'paused' ? state.weight : 0);
  setOutput('state', `${state.namespace}/${state.release}-canary-state`);
  setOutput('load', loadOutput(state));
  verifiedSummary(canarySummary(state, inputs.config.metrics), verified, chartImages).write();
}

/** If main stopped while the canary was active, put traffic back on stable; the kubeconfig goes whatever happens. */
async function post(): Promise<void> {
  try {
    if (getState('active') === 'true') await restoreStable();
  } finally {
    // kube loads only in the post step, which has the kubeconfig to delete.
    const { removeJobKubeconfig } = await import('@slipway/kube');
    await removeJobKubeconfig(getState('kubeconfig-path'), runnerLogger);
  }
}

async function restoreStable(): Promise<void> {
  const inputs = await readInputs(new InputReader(envInputSource()));
  const ctx = await session(inputs, undefined);
  // Records (with the canary) load only in a post step that has a canary to put back.
  const { canaryStopStage } = await import('@slipway/records');
  const outcome = await canaryStopStage(inputs.config, ctx, {
    logger: runnerLogger,
    owner: getState('owner'),
    github: inputs.github,
  });
  if (outcome) await report(outcome, inputs);
}
