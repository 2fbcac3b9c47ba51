import { envInputSource, InputReader, runAction, runnerLogger, setOutput, signalOnTermination } from '@slipway/kit';
import type { DeliveryRecord } from '@slipway/records';
import { readInputs, type MetricsInputs } from './inputs';

/**
 * Reads the records of a window, computes the measures of each environment and of each service in
 * it, writes them as outputs (the first environment's as metrics) and a summary.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { metricsByEnvironment, metricsReportSummary } = await import('@slipway/records');
    const records = inputs.github ? await fromGitHub(inputs, signal) : await fromCluster(inputs, signal);
    const all = metricsByEnvironment(records, inputs.environments, {
      sinceMs: inputs.sinceMs,
      untilMs: inputs.untilMs,
    });
    const first = all[0] as (typeof all)[number];
    setOutput('metrics', first);
    setOutput('environments', all);
    setOutput('deployments', first.deployments);
    setOutput('change-failure-rate', first.changeFailureRate ?? '');
    const source = inputs.github
      ? `GitHub Deployments of ${inputs.github.repository}`
      : `the cluster histories in namespace ${inputs.cluster.namespace}`;
    metricsReportSummary(all, source).write();
    for (const m of all)
      if (!m.records) runnerLogger.info(`No deployments in ${m.environment} since ${m.since}: nothing to measure`);
  });
}

async function fromGitHub(inputs: MetricsInputs, signal: AbortSignal): Promise<DeliveryRecord[]> {
  const github = inputs.github as NonNullable<MetricsInputs['github']>;
  // Octokit (under @slipway/github) loads only when the records are read from GitHub.
  const [{ GitHubClient }, { readGitHubRecords }] = await Promise.all([
    import('@slipway/github'),
    import('@slipway/records'),
  ]);
  // A secondary rate limit may ask for a minute's wait: give the reads room for a few.
  const client = new GitHubClient({ ...github, logger: runnerLogger, signal, attempts: 5, deadlineMs: 5 * 60_000 });
  const records: DeliveryRecord[] = [];
  // One environment after another: GitHub asks a client not to read concurrently.
  for (const environment of inputs.environments)
    records.push(
      ...(await readGitHubRecords({ ...github, client, environment, sinceMs: inputs.sinceMs, logger: runnerLogger })),
    );
  return records;
}

async function fromCluster(inputs: MetricsInputs, signal: AbortSignal): Promise<DeliveryRecord[]> {
  const { namespace, release, kubeconfigYaml, context } = inputs.cluster;
  // The Kubernetes client loads only when the records are read from the cluster.
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
  for (const environment of inputs.environments)
    checkEnvironment(
      records.map((r) => r.environment),
      environment,
      `the release histories of namespace ${namespace}`,
    );
  return records;
}
