import { SummaryBuilder } from '@slipway/kit';
import { bandsOf, type Band } from './dora-bands';
import { computeMeasures, servicesIn, type DeliveryMeasures, type MetricsWindow } from './measures';
import { environmentsOverview, metricsSummary } from './metrics-summary';
import type { DeliveryRecord } from './record';

type Banded = DeliveryMeasures & { bands: Record<keyof ReturnType<typeof bandsOf>, Band | null> };

/** One environment's measures (every service pooled) with their bands, and each service's. */
export type EnvironmentMetrics = Banded & { services: Banded[] };

const banded = (m: DeliveryMeasures): Banded => ({ ...m, bands: bandsOf(m) });

/** The measures of each environment asked for, in that order, and of each of its services. */
export function metricsByEnvironment(
  records: DeliveryRecord[],
  environments: readonly string[],
  window: MetricsWindow,
): EnvironmentMetrics[] {
  return environments.map((environment) => ({
    ...banded(computeMeasures(records, environment, window)),
    services: servicesIn(records, environment).flatMap((service) => {
      const m = computeMeasures(records, environment, window, service);
      // A service with no delivery in the window (only before it) gets no row.
      return m.records ? [banded(m)] : [];
    }),
  }));
}

/** The job summary: an overview when there are several environments, then each one's section. */
export function metricsReportSummary(all: EnvironmentMetrics[], source: string): SummaryBuilder {
  const summary = new SummaryBuilder();
  if (all.length > 1) environmentsOverview(all, summary);
  for (const m of all) metricsSummary(m, source, m.services, summary);
  return summary;
}
