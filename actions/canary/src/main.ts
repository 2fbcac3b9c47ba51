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
import type { HelmChoice } from '@slipway/helm';
import { readInputs, type CanaryInputs } from './inputs';

/** One bundle serves main and post: post puts traffic back on stable if main stopped mid-step. */
export async function run(): Promise<void> {
  await runMainOrPost(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain packages load once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
    const [{ canaryRun, isActive }, { verifyDeployImage }, { chooseHelm }] = await Promise.all([
      import('@slipway/canary'),
      import('@slipway/image'),
      import('@slipway/helm'),
    ]);
    const { temp: tempDir, toolCache } = runnerDirs();
    // The policy goes first: a refused image leaves no helm process, canary release, traffic change or state.
    const start = inputs.config.action === 'start';
    const verified = await verifyDeployImage(start ? inputs.config.image : undefined, inputs.verify, {
      what: `action ${inputs.config.action}`,
      cosign: inputs.cosign,
      logger: runnerLogger,
      env: process.env,
      tempDir,
      signal,
    });
    if (verified) inputs.config.image = verified.digestRef;
    // Which helm runs is settled once (read-only probes): the chart's render and the session use that one.
    const helmChoice = await chooseHelm({
      spec: inputs.helmVersion,
      cacheDir: toolCache,
      logger: runnerLogger,
      signal,
    });
    const chartImages = await verifyCanaryCharts(inputs, verified, helmChoice, signal);
    saveState('owner', inputs.config.owner);
    const ctx = await session(inputs, signal, (path) => saveState('kubeconfig-path', path), helmChoice);
    const canary = canaryRun(inputs.config, ctx, runnerLogger, { onSaved: (s) => saveState('active', isActive(s)) });
    // Records (and the Octokit under it) load only once the canary can run: a bad input never pays for them.
    const { canaryStage } = await import('@slipway/records');
    const { outcome, deploymentId, refused } = await canaryStage(inputs.config, canary, ctx, {
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
    // deployment-fail-on-error: GitHub refused the success status; the outputs and summary stand.
    if (refused !== undefined) throw refused;
  }, post);
}

/** Every other image the canary and the promoted stable release would run, before either exists. */
async function verifyCanaryCharts(
  inputs: CanaryInputs,
  verified: VerifiedImage | undefined,
  helmChoice: HelmChoice,
  signal: AbortSignal,
) {
  const { config } = inputs;
  if (config.action !== 'start' || !config.image || !inputs.verify) return [];
  // Loaded already by run(): these imports only name them.
  const [{ verifyReleaseImages }, { canaryReleaseRequests }] = await Promise.all([
    import('@slipway/helm'),
    import('@slipway/canary'),
  ]);
  return verifyReleaseImages(canaryReleaseRequests(config, config.image), {
    policy: inputs.verify,
    verified,
    helmVersion: inputs.helmVersion,
    helmChoice,
    helmDownloadUrl: inputs.helmDownloadUrl,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
  });
}

async function session(
  inputs: CanaryInputs,
  signal: AbortSignal | undefined,
  onWritten?: (path: string) => void,
  helmChoice?: HelmChoice,
) {
  // Loaded already in main; the post step loads helm only when it has a canary to put back.
  const { openRunnerSession } = await import('@slipway/helm');
  return openRunnerSession({
    ...inputs,
    ...(helmChoice ? { helmChoice } : {}),
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
  // Loaded already in main; in the post step only once traffic was put back.
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
