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
import type { HelmChoice } from '@slipway/helm';
import { readInputs, type DeliverInputs } from './inputs';
import { runDigestsStep } from './digests-step';
import { runPlanStep } from './plan-step';
import { runReportStep } from './report-step';

/**
 * The root action: one environment of slipway.yml delivered in one step (or, in mode plan, the
 * jobs of a fleet's delivery planned, in mode digests the digests of its builds, in mode report the
 * fleet's state after its run). One bundle serves
 * main and post: post puts a canary's traffic back on stable if main stopped mid-step, and
 * deletes the kubeconfig main wrote.
 */
export async function run(): Promise<void> {
  await runMainOrPost(async () => {
    const startedAt = Date.now();
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    if (inputs.mode === 'plan') return runPlanStep(inputs);
    if (inputs.mode === 'digests') return runDigestsStep(inputs);
    if (inputs.mode === 'report') return runReportStep(inputs);
    // Loaded already by readInputs (mode deliver): these imports only name them.
    const [
      { runDelivery, deliverySummary, deliverDigest, planReleases, planRunsHelm },
      { liveColour, verifyBeforeChange },
    ] = await Promise.all([import('@slipway/delivery'), import('@slipway/helm')]);
    const { plan } = inputs;
    // slipway.yml's verification policy goes first: a refused image leaves no helm process, message or deployment;
    // then helm is chosen (a deploy or canary stage) and every other image the releases would run verified.
    const { verified, chartImages, helmChoice } = await verifyBeforeChange({
      ...plan, // its image, verify block, helm version and download URL
      what: `the stages ${plan.stages.join(', ')}`,
      cosign: inputs.cosign,
      onVerified: (digestRef) => deliverDigest(plan, digestRef),
      releases: () => planReleases(plan),
      runsHelm: planRunsHelm(plan),
      helmVersionSource: HELM_VERSION_SOURCE,
      onHelmInstalled: addPath,
      logger: runnerLogger,
      signal,
    });
    if (inputs.plan.canary) saveState('owner', inputs.plan.canary.owner);
    // Loaded already by readInputs: this import only names it.
    const { isActive, loadOutput } = await import('@slipway/canary');
    const report = await runDelivery(inputs.plan, {
      logger: runnerLogger,
      signal,
      openSession: () => session(inputs, signal, (path) => saveState('kubeconfig-path', path), helmChoice),
      slack: inputs.slack,
      github: inputs.github,
      env: process.env,
      ...(verified ? { verified } : {}),
      chartImages,
      startedAt,
      onCanarySaved: (state) => saveState('active', isActive(state)),
    });
    setOutput('result', report.result);
    setOutput('stages', Object.fromEntries(report.stages.map((s) => [s.stage, s.outcome])));
    setOutput('revision', report.deploy?.revision ?? '');
    setOutput('colour', report.deploy ? liveColour(report.deploy) : '');
    setOutput('canary-result', report.canary?.result ?? '');
    setOutput('canary-load', report.canary ? loadOutput(report.canary.state) : '');
    setOutput('smoke-passed', report.smoke ? report.smoke.passed : '');
    setOutput('slack-ts', report.notify?.ts ?? '');
    setOutput('deployment-id', report.deploymentId ?? '');
    deliverySummary(inputs.plan, report).write();
    if (report.failure !== undefined) throw report.failure;
  }, post);
}

const HELM_VERSION_SOURCE = 'slipway.yml helm.version';

async function session(
  inputs: DeliverInputs,
  signal: AbortSignal | undefined,
  onWritten?: (path: string) => void,
  helmChoice?: HelmChoice,
) {
  // Loaded already in main; the post step loads helm only when it has a canary to put back.
  const { openRunnerSession } = await import('@slipway/helm');
  return openRunnerSession({
    ...inputs.plan,
    kubeconfigInput: inputs.kubeconfigYaml,
    written: getState('kubeconfig-path'),
    helmVersionSource: HELM_VERSION_SOURCE,
    ...(helmChoice ? { helmChoice } : {}),
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
    onKubeconfigWritten: onWritten,
  });
}

async function post(): Promise<void> {
  if (getState('active') === 'true') {
    const inputs = await readInputs(new InputReader(envInputSource()));
    if (inputs.mode !== 'deliver') return;
    const { plan, github } = inputs;
    if (plan.canary) {
      const ctx = await session(inputs, undefined);
      // Records (with the canary) load only in a post step that has a canary to put back.
      const { canaryStopStage } = await import('@slipway/records');
      await canaryStopStage(plan.canary, ctx, {
        logger: runnerLogger,
        owner: getState('owner'),
        github: github && { ...github, environment: plan.environment, environmentUrl: plan.environmentUrl },
        where: { service: plan.service, cluster: plan.cluster },
      });
    }
  }
  const path = getState('kubeconfig-path');
  if (!path) return;
  // kube loads only when main wrote a kubeconfig to delete.
  const { removeJobKubeconfig } = await import('@slipway/kube');
  await removeJobKubeconfig(path, runnerLogger);
}
