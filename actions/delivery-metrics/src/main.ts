import { envInputSource, InputReader, runAction, runnerLogger, setOutput, signalOnTermination } from '@slipway/kit';
import type { DeliveryRecord } from '@slipway/records';
import { readInputs, type MetricsInputs } from './inputs';

/** Reads the records of a window, computes the measures, writes them as outputs and a summary. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { bandsOf, computeMeasures, metricsSummary } = await import('@slipway/records');
    const records = inputs.github ? await fromGitHub(inputs, signal) : await fromCluster(inputs, signal);
    const measures = computeMeasures(records, inputs.environment, { sinceMs: inputs.sinceMs, untilMs: inputs.untilMs });
    setOutput('metrics', { ...measures, bands: bandsOf(measures) });
    setOutput('deployments', measures.deployments);
    setOutput('change-failure-rate', measures.changeFailureRate ?? '');
    const source = inputs.github
      ? `GitHub Deployments of ${inputs.github.repository}`
      : `the cluster histories in namespace ${inputs.cluster.namespace}`;
    metricsSummary(measures, source).write();
    if (!measures.records)
      runnerLogger.info(`No deployments in ${inputs.environment} since ${measures.since}: nothing to measure`);
  });
}

async function fromGitHub(inputs: MetricsInputs, signal: AbortSignal): Promise<DeliveryRecord[]> {
  const github = inputs.github as NonNullable<MetricsInputs['github']>;
  const [{ GitHubClient }, { readGitHubRecords }] = await Promise.all([
    import('@slipway/github'),
    import('@slipway/records'),
  ]);
  // A secondary rate limit may ask for a minute's wait: give the reads room for a few.
  const client = new GitHubClient({ ...github, logger: runnerLogger, signal, attempts: 5, deadlineMs: 5 * 60_000 });
  return readGitHubRecords({
    ...github,
    client,
    environment: inputs.environment,
    sinceMs: inputs.sinceMs,
    logger: runnerLogger,
  });
}

async function fromCluster(inputs: MetricsInputs, signal: AbortSignal): Promise<DeliveryRecord[]> {
  const { namespace, release, kubeconfigYaml, context } = inputs.cluster;
  const [{ KubeClient, parseKubeconfig, loadKubeconfigEnv }, { readClusterRecords, checkEnvironment }] =
    await Promise.all([import('@slipway/kube'), import('@slipway/records')]);
  const ambient = process.env['KUBECONFIG'];
  if (kubeconfigYaml === undefined && !ambient?.split(':').some(Boolean))
    throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
  // Every KUBECONFIG path, merged as kubectl merges them.
  const { text, baseDir } =
    kubeconfigYaml === undefined
      ? await loadKubeconfigEnv(ambient as string)
      : { text: kubeconfigYaml, baseDir: process.cwd() };
  const access = await parseKubeconfig(text, { context, baseDir });
  const records = await readClusterRecords(new KubeClient(access, signal), namespace, release);
  checkEnvironment(
    records.map((r) => r.environment),
    inputs.environment,
    `the release histories of namespace ${namespace}`,
  );
  return records;
}
