import {
  addPath,
  envInputSource,
  getState,
  InputReader,
  runMainOrPost,
  runnerLogger,
  setOutput,
  signalOnTermination,
} from '@slipway/kit';
import { readInputs } from './inputs';

/** One bundle serves main and post: post deletes the kubeconfig main wrote. */
export async function run(): Promise<void> {
  await runMainOrPost(main, post);
}

async function main(): Promise<void> {
  const signal = signalOnTermination();
  const inputs = await readInputs(new InputReader(envInputSource()));
  const { request, where } = inputs;
  // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
  const [
    { deployOutputs, deploySummary, openJobSession, verifyBeforeDeploy },
    { recordedDeploy, deployStage, deployFailure },
    { verifiedSummary },
  ] = await Promise.all([import('@slipway/helm'), import('@slipway/records'), import('@slipway/image')]);
  const runner = { onHelmInstalled: addPath, logger: runnerLogger, signal };
  const { verified, chartImages, helmChoice } = await verifyBeforeDeploy(request, { ...inputs, ...runner });
  const recording = { logger: runnerLogger, signal, where, onCreated: (id: number) => setOutput('deployment-id', id) };
  const { result: report, refused } = await recordedDeploy(inputs.github, request, recording, async () => {
    const session = { ...inputs, kubeconfigInput: inputs.kubeconfigYaml, helmChoice, namespace: request.namespace };
    const ctx = await openJobSession({ ...session, signal, saveWritten: true, helmInBackground: true });
    return deployStage(request, ctx, { environment: inputs.github?.environment, logger: runnerLogger, ...where });
  });
  for (const [name, value] of Object.entries(deployOutputs(report))) setOutput(name, value);
  verifiedSummary(deploySummary(report), verified, chartImages).write();
  if (signal.aborted) throw signal.reason;
  const failure = deployFailure(request, report);
  if (failure) throw new Error(failure);
  // deployment-fail-on-error: GitHub refused the success status; the outputs and summary stand.
  if (refused !== undefined) throw refused;
}

async function post(): Promise<void> {
  const path = getState('kubeconfig-path');
  if (!path) return;
  // kube loads only when main wrote a kubeconfig to delete.
  const { removeJobKubeconfig } = await import('@slipway/kube');
  await removeJobKubeconfig(path, runnerLogger);
}
