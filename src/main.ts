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
  await runMainOrPost(main, post);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const signal = signalOnTermination();
  const inputs = await readInputs(new InputReader(envInputSource()));
  if (inputs.mode === 'plan') return runPlanStep(inputs);
  if (inputs.mode === 'digests') return runDigestsStep(inputs);
  if (inputs.mode === 'report') return runReportStep(inputs);
  // Loaded already by readInputs (mode deliver): these imports only name them.
  const [{ runDelivery, deliveryOutputs, deliverySummary, verifyBeforeDelivery }, { isActive }] = await Promise.all([
    import('@slipway/delivery'),
    import('@slipway/canary'),
  ]);
  const { plan, cosign } = inputs;
  const runner = { onHelmInstalled: addPath, logger: runnerLogger, signal };
  const checked = await verifyBeforeDelivery(plan, { ...runner, cosign, helmVersionSource: HELM_VERSION_SOURCE });
  const { verified, chartImages, helmChoice } = checked;
  if (plan.canary) saveState('owner', plan.canary.owner);
  const report = await runDelivery(plan, {
    logger: runnerLogger,
    signal,
    openSession: () => session(inputs, { signal, helmChoice }),
    slack: inputs.slack,
    github: inputs.github,
    env: process.env,
    ...(verified ? { verified } : {}),
    chartImages,
    startedAt,
    onCanarySaved: (state) => saveState('active', isActive(state)),
  });
  for (const [name, value] of Object.entries(deliveryOutputs(report))) setOutput(name, value);
  deliverySummary(plan, report).write();
  if (report.failure !== undefined) throw report.failure;
}

const HELM_VERSION_SOURCE = 'slipway.yml helm.version';

/** The job's helm/kube session: main writes the kubeconfig (saved for post to delete), post reuses it. */
async function session(inputs: DeliverInputs, main?: { signal: AbortSignal; helmChoice: HelmChoice | undefined }) {
  // Loaded already in main; the post step loads helm only when it has a canary to put back.
  const { openJobSession } = await import('@slipway/helm');
  const { plan, kubeconfigYaml: kubeconfigInput } = inputs;
  const { signal, helmChoice } = main ?? {};
  const access = { kubeconfigInput, helmVersionSource: HELM_VERSION_SOURCE, helmChoice, signal };
  return openJobSession({ ...plan, ...access, saveWritten: main !== undefined });
}

async function post(): Promise<void> {
  if (getState('active') === 'true') {
    const inputs = await readInputs(new InputReader(envInputSource()));
    if (inputs.mode !== 'deliver') return;
    const { plan, github } = inputs;
    if (plan.canary) {
      const ctx = await session(inputs);
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
