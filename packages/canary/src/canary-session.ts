import type { Logger } from '@slipway/kit';
import type { DeployContext, DeployRequest } from '@slipway/helm';
import type { CheckSpec, LoadSpec } from '@slipway/smoke';
import { KubeClient, ObjectClient } from '@slipway/kube';
import { analyseStep, type QueryAnswer, type Sample } from './analyse-step';
import type { CanaryState } from './canary-state';
import { loadStarter } from './generated-load';
import { runGates } from './gate-runner';
import type { GateSpec } from './gate-spec';
import { HelmCanaryReleases } from './helm-releases';
import { isPrometheusMetric, renderQuery, type MetricSpec } from './metric-spec';
import { PrometheusClient } from './prometheus-client';
import { WebMetricClient } from './web-metric-client';
import { WeightCapacity } from './weight-capacity';
import type { CanaryAction, CanaryRun } from './run-canary';
import { smokeRunner } from './smoke-checks';
import { CanaryStateStore } from './state-store';
import type { CanaryStep } from './steps';
import { createTrafficProvider } from './traffic/create-provider';
import type { TrafficProviderName, TrafficTarget } from './traffic/traffic-provider';

/** Everything the action's inputs say about a canary. */
export interface CanaryConfig {
  action: CanaryAction;
  /** The stable release as helm-deploy would deploy it (chart, values, image paths, timeout). */
  deploy: DeployRequest;
  image: string | undefined;
  canaryValues: Record<string, unknown>;
  steps: CanaryStep[];
  provider: TrafficProviderName;
  target: TrafficTarget;
  prometheus: { url: URL; token?: string } | undefined;
  metrics: MetricSpec[];
  /** Smoke checks run against the canary at every sample (their URLs already resolved). */
  smokeChecks?: CheckSpec[];
  /** Values of the smoke checks' headers that are secrets, redacted from their results. */
  smokeSecrets?: string[];
  /** Load driven at the canary through each step's analysis (its URL already resolved). */
  load?: LoadSpec;
  /** HTTP gates at pre-rollout, every step, confirm-promotion, post-rollout and on-rollback. */
  gates?: GateSpec[];
  count: number;
  intervalMs: number;
  failureLimit: number;
  onInconclusive: 'pause' | 'abort';
  /** Stable scales down as the canary takes traffic (gateway-api, nginx; not with an HPA on stable). */
  scaleDownStable?: boolean;
  owner: string;
}

export interface SessionHooks {
  onSaved?: (state: CanaryState) => void;
  onSample?: (sample: Sample) => void;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Wires a CanaryRun from the config and an open helm/kube session. Cluster writes go through a
 * client without the cancel signal, so traffic can be put back on stable after a cancel.
 */
export function canaryRun(
  config: CanaryConfig,
  ctx: DeployContext,
  logger: Logger,
  hooks: SessionHooks = {},
): CanaryRun {
  const objects = new ObjectClient(new KubeClient(ctx.kube.access));
  const releases = new HelmCanaryReleases(config.deploy, config.canaryValues, ctx);
  const store = new CanaryStateStore(objects, config.deploy.namespace, config.deploy.release, hooks.now);
  const prometheus = config.prometheus
    ? new PrometheusClient({
        ...config.prometheus,
        logger,
        requestTimeoutMs: Math.min(10_000, config.intervalMs),
        sleep: hooks.sleep,
      })
    : undefined;
  const web = new WebMetricClient({
    logger,
    requestTimeoutMs: Math.min(10_000, config.intervalMs),
    sleep: hooks.sleep,
  });
  const queryContext = {
    canary: config.target.canaryService,
    stable: config.target.stableService,
    namespace: config.deploy.namespace,
    intervalMs: config.intervalMs,
  };
  const query = async (text: string, signal?: AbortSignal, spec?: MetricSpec): Promise<QueryAnswer> => {
    if (spec && !isPrometheusMetric(spec)) return web.query(spec, text, queryContext, signal);
    if (!prometheus) return { value: undefined, note: 'no prometheus-url' };
    return prometheus.query(text, signal);
  };
  return {
    action: config.action,
    owner: config.owner,
    start: config.image
      ? {
          release: config.deploy.release,
          namespace: config.deploy.namespace,
          image: config.image,
          provider: config.provider,
          target: config.target,
          steps: config.steps,
          owner: config.owner,
        }
      : undefined,
    onInconclusive: config.onInconclusive,
    store,
    traffic: (state) =>
      createTrafficProvider(
        (state.provider as TrafficProviderName) ?? config.provider,
        objects,
        state.target ?? config.target,
      ),
    releases,
    // The canary as its own Deployment behind weighted routing: its replicas follow the weight.
    capacity: (provider, target) =>
      provider === 'gateway-api' || provider === 'nginx'
        ? new WeightCapacity(objects, target ?? config.target, {
            scaleDownStable: config.scaleDownStable ?? false,
            logger,
            stableUnavailable: () => releases.stableUnavailable(),
          })
        : undefined,
    gates: config.gates?.length
      ? (type, state, signal) => runGates(config.gates ?? [], type, state, queryContext, logger, { signal })
      : undefined,
    preflight: async () => {
      // A query Prometheus rejects is the user's to fix, before anything changes; no data is fine.
      if (!prometheus) return;
      for (const spec of config.metrics.filter(isPrometheusMetric))
        await prometheus.query(renderQuery(spec.query, queryContext), ctx.signal).catch(rethrowRejected);
    },
    analyse: (state) =>
      analyseStep({
        metrics: config.metrics,
        count: config.count,
        intervalMs: config.intervalMs,
        failureLimit: config.failureLimit,
        holdMs: (state.steps[state.step] as CanaryStep).pauseMs,
        context: queryContext,
        query,
        smoke: config.smokeChecks?.length
          ? smokeRunner(config.smokeChecks, config.intervalMs, logger, config.smokeSecrets)
          : undefined,
        load: config.load ? loadStarter(config.load, logger) : undefined,
        signal: ctx.signal,
        now: hooks.now,
        sleep: hooks.sleep,
        onSample: (sample) => {
          const shown =
            sample.kind === 'smoke'
              ? sample.verdict === 'pass'
                ? `status ${sample.value}`
                : `expected ${sample.expected}, got ${sample.actual}`
              : sample.value === undefined
                ? `no data (${sample.note})`
                : String(sample.value);
          logger.info(`  ${sample.metric} #${sample.index}: ${shown} → ${sample.verdict}`);
          hooks.onSample?.(sample);
        },
      }),
    logger,
    now: hooks.now,
    signal: ctx.signal,
    onSaved: hooks.onSaved,
  };
}

function rethrowRejected(error: unknown): void {
  if (error instanceof Error && error.name === 'QueryRejectedError') throw error;
}
