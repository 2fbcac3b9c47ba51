import { describe, expect, it } from '@jest/globals';
import { fleetDeliveries } from '../../../packages/records/src/fleet-deliveries';
import { parseRecord } from '../../../packages/records/src/record';
import { computeMeasures, servicesIn } from '../../../packages/records/src/measures';
import { metricsByEnvironment, metricsReportSummary } from '../../../packages/records/src/metrics-report';
import { FLEET_EXPECTED, fleetRecords } from '../../support/delivery-history';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-02T00:00:00Z');
const window = { sinceMs: T0, untilMs: T0 + 14 * DAY };
const records = fleetRecords(T0);

describe('a fleet delivery is one deployment per service and stage (packages/records)', () => {
  it('groups a run’s records of one service, stage and kind; a record without a run stays alone', () => {
    const production = fleetDeliveries(records).filter((d) => d.environment === 'production');
    expect(production.map((d) => [d.service, d.kind, d.run ?? '—', d.records, d.result])).toEqual([
      ['web', 'deploy', '—', 1, 'success'], // no service: the service web-frontend's newer records name
      ['api', 'deploy', '101/1', 3, 'success'],
      ['web', 'deploy', '101/1', 3, 'success'],
      ['api', 'deploy', '102/1', 3, 'failure'], // eu-1 ok, eu-2 rolled back, us-1 failed: the worst
      ['api', 'deploy', '103/1', 3, 'success'],
      ['web', 'deploy', '104/1', 1, 'failure'],
      ['web', 'deploy', '104/2', 3, 'success'], // a re-run attempt is a delivery of its own
      ['api', 'deploy', '105/1', 2, null], // a cluster without a final status, none failed
      ['web', 'rollback', '106/1', 3, 'success'],
    ]);
    const api101 = production[1];
    // From the first cluster's start to the last one's end (us-1, the last of wave 2).
    expect(api101).toMatchObject({
      startedAt: new Date(T0 + DAY + 10 * 60_000).toISOString(),
      finishedAt: new Date(T0 + DAY + 30 * 60_000).toISOString(),
      cluster: null,
    });
  });

  it('in one run: a cluster delivered again is the next delivery; records without a cluster stay apart', () => {
    const eu1 = records.find((r) => r.run === '103/1' && r.cluster === 'eu-1') as (typeof records)[number];
    const again = { ...eu1, startedAt: new Date(T0 + 5 * DAY).toISOString() };
    expect(fleetDeliveries([eu1, again]).map((d) => d.records)).toEqual([1, 1]);
    const plain = [eu1, again].map(({ cluster: _cluster, ...rest }) => rest);
    expect(fleetDeliveries(plain).map((d) => d.records)).toEqual([1, 1]);
    const roundTrip = parseRecord(JSON.parse(JSON.stringify(eu1)));
    expect(roundTrip).toMatchObject({ service: 'api', cluster: 'eu-1', run: '103/1' });
  });

  it('an unfinished cluster beside a failed one: the delivery failed, ended with the failed cluster', () => {
    const [failed] = fleetDeliveries([
      { ...records[3]!, run: '9/1', environment: 'production', cluster: 'eu-1', result: 'failure' },
      { ...records[3]!, run: '9/1', environment: 'production', cluster: 'eu-2', result: null, finishedAt: null },
    ]);
    expect(failed).toMatchObject({ result: 'failure', finishedAt: records[3]!.finishedAt, records: 2 });
  });

  it('production: every measure of the environment, its services pooled, as worked by hand', () => {
    expect(computeMeasures(records, 'production', window)).toMatchObject(FLEET_EXPECTED.production);
  });

  it('production by service: api and web each as worked by hand', () => {
    expect(servicesIn(records, 'production')).toEqual(['api', 'web']);
    expect(computeMeasures(records, 'production', window, 'api')).toMatchObject(FLEET_EXPECTED.api);
    expect(computeMeasures(records, 'production', window, 'web')).toMatchObject(FLEET_EXPECTED.web);
  });

  it('a rollback of one service fails no change of another (api 103 stays a success)', () => {
    const api = computeMeasures(records, 'production', window, 'api');
    expect(api.weeks.map((w) => [w.deployments, w.failures])).toEqual([
      [2, 1],
      [0, 0],
      [0, 0],
    ]);
  });

  it('per environment, in the order asked, with bands and a row per service', () => {
    const all = metricsByEnvironment(records, ['production', 'staging'], window);
    expect(all.map((m) => [m.environment, m.services.map((s) => s.service)])).toEqual([
      ['production', ['api', 'web']],
      ['staging', FLEET_EXPECTED.stagingServices],
    ]);
    expect(all[1]).toMatchObject(FLEET_EXPECTED.staging);
    // 5/14 a day ≥ 1 a week: high; 5400 s < 1 day: elite; 43% > 15%: low; 87300 s ≥ 1 day: medium
    expect(all[0]?.bands).toEqual({
      deploymentFrequency: 'high',
      leadTime: 'elite',
      changeFailureRate: 'low',
      timeToRestore: 'medium',
    });
    const text = metricsReportSummary(all, 'the cluster').render();
    expect(text).toContain('## Delivery metrics by environment');
    expect(text).toContain(
      '| production | 5 of 7 changes (22 cluster records) | 0.36 a day (high) | 1h 30m (elite) | 42.9% (3 of 7) (low) | 1d (medium) |',
    );
    expect(text).toContain('### production by service');
    expect(text).toContain(
      '| api | 2 of 3 changes (11 cluster records) | 0.14 a day (high) | 1h 8m (elite) | 33.3% (1 of 3) (low) | 1d (medium) |',
    );
    expect(text).toContain(
      '| web | 3 of 4 changes (11 cluster records) | 0.21 a day (high) | 2h 15m (elite) | 50.0% (2 of 4) (low) | 3d (medium) |',
    );
    expect(text).toContain('| legacy-cron | 1 of 1 change | 0.07 a day (medium) | — | 0.0% (0 of 1) (elite) | — |');
    expect(text.indexOf('## Delivery metrics: production')).toBeLessThan(text.indexOf('## Delivery metrics: staging'));
  });
});
