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
import { readInputs } from './inputs';

/** One bundle serves main and post: post deletes the kubeconfig main wrote. */
export async function run(): Promise<void> {
  await runMainOrPost(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const [
      { deploySummary, liveColour, openRunnerSession, pinnedImageRef, splitImageRef, verifyBeforeChange },
      { recordedDeploy, deployStage, deployFailure },
      { verifiedSummary },
    ] = await Promise.all([import('@slipway/helm'), import('@slipway/records'), import('@slipway/image')]);
    const { request } = inputs;
    // Before a GitHub deployment is created or the cluster is touched: the image verified (the request then deploys
    // exactly its digest), helm chosen, every other image the chart would run verified.
    const { verified, chartImages, helmChoice } = await verifyBeforeChange({
      ...inputs,
      image: request.image && pinnedImageRef(request.image),
      what: `mode ${request.mode}`,
      onVerified: (digestRef) => (request.image = splitImageRef(digestRef)),
      releases: () => [request],
      onHelmInstalled: addPath,
      logger: runnerLogger,
      signal,
    });
    const { result: report, refused } = await recordedDeploy(
      inputs.github,
      inputs.request,
      { logger: runnerLogger, signal, where: inputs.where, onCreated: (id) => setOutput('deployment-id', id) },
      async () => {
        const written = (path: string) => saveState('kubeconfig-path', path);
        const ctx = await openRunnerSession({
          ...inputs,
          kubeconfigInput: inputs.kubeconfigYaml,
          helmChoice,
          namespace: inputs.request.namespace,
          onHelmInstalled: addPath,
          logger: runnerLogger,
          signal,
          onKubeconfigWritten: written,
          helmInBackground: true,
        });
        return deployStage(inputs.request, ctx, {
          environment: inputs.github?.environment,
          logger: runnerLogger,
          ...inputs.where,
        });
      },
    );
    setOutput('revision', report.revision ?? '');
    setOutput('previous-revision', report.previousRevision ?? '');
    setOutput('status', report.status);
    setOutput('rolled-back', report.rolledBack);
    setOutput('manifest', report.manifestPath ?? '');
    setOutput('images', report.content?.to.images.join(',') ?? '');
    setOutput('previous-images', report.content?.from.images.join(',') ?? '');
    setOutput('chart-version', report.content?.to.chart ?? '');
    setOutput('previous-chart-version', report.content?.from.chart ?? '');
    setOutput('colour', liveColour(report));
    setOutput('previous-colour', report.blueGreen?.from ?? '');
    verifiedSummary(deploySummary(report), verified, chartImages).write();
    if (signal.aborted) throw signal.reason;
    const failure = deployFailure(inputs.request, report);
    if (failure) throw new Error(failure);
    // deployment-fail-on-error: GitHub refused the success status; the outputs and summary stand.
    if (refused !== undefined) throw refused;
  }, post);
}

async function post(): Promise<void> {
  const path = getState('kubeconfig-path');
  if (!path) return;
  // kube loads only when main wrote a kubeconfig to delete.
  const { removeJobKubeconfig } = await import('@slipway/kube');
  await removeJobKubeconfig(path, runnerLogger);
}
