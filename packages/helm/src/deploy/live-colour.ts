import type { DeployReport } from './deploy-types';

/** strategy blue-green: the colour serving at the end (the new one once switched); "" when rolling or none yet. */
export function liveColour(report: Pick<DeployReport, 'blueGreen'>): string {
  const bg = report.blueGreen;
  return bg ? (bg.switched ? bg.to : (bg.from ?? '')) : '';
}
