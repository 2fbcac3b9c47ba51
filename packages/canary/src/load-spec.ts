import { parseLoad, type LoadSpec } from '@slipway/smoke';
import { isMapping, specError } from './http-spec';
import { checkUrlTemplate, renderQuery } from './metric-spec';
import type { TrafficTarget } from './traffic/traffic-provider';

/**
 * The canary's `load`: a smoke check's request and expect, with `rps`, `concurrency` and
 * `duration` (default the step's analysis, count × interval); the url's placeholders are filled
 * as the metrics'. Errors name the input (`Input 'load': …`); undefined when no load is given.
 */
export function parseCanaryLoad(
  document: unknown,
  context: {
    target: Pick<TrafficTarget, 'canaryService' | 'stableService' | 'namespace'>;
    intervalMs: number;
    count: number;
  },
  where = 'load',
): LoadSpec | undefined {
  if (document === undefined || document === null || document === '') return undefined;
  if (!isMapping(document))
    throw specError(where, 'a map such as "{ url: http://{{ canary }}.{{ namespace }}.svc/, rps: 20 }"', document);
  const url = checkUrlTemplate(document['url'], where, 'the load');
  const { target, intervalMs, count } = context;
  return parseLoad(
    {
      ...document,
      url: renderQuery(url, {
        canary: target.canaryService,
        stable: target.stableService,
        namespace: target.namespace,
        intervalMs,
      }),
    },
    {
      where: `Input '${where}'`,
      baseUrl: undefined,
      defaultRequestTimeoutMs: Math.min(10_000, intervalMs),
      defaultDurationMs: count * intervalMs,
    },
  );
}
