import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupFigure } from './measure-startup';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { figuresDir } from '../support/secret-scan.mjs';

/** Peak memory an action may use at start-up (the peers use 44–92 MiB). */
const TARGET_MIB = 80;

function read(name: string): Record<string, number | string> | undefined {
  const path = join(figuresDir(), name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, number | string>) : undefined;
}

/**
 * The hardening table for the README: what the last run of the suite (test/adversarial, the
 * fault tests, the secret scan) left in the figures directory, beside each action's start-up
 * measured in this bench run.
 */
export function printHardening(startup: StartupFigure[], reference: StartupFigure): void {
  const fuzz = read('adversarial-inputs-fuzz.json');
  const bundle = read('adversarial-bundle-fuzz.json');
  const injection = read('adversarial-injection.json');
  const names = read('adversarial-hostile-names.json');
  const scan = read('secret-scan.json');
  const faults = readdirSync(figuresDir()).filter((f) => f.startsWith('fault-'));
  const none = '(suite not run)';
  console.log(`Hardening: figures left by the last test run in ${figuresDir()}`);
  console.table([
    { figure: 'actions fuzzed', value: fuzz?.['actions'] ?? none },
    { figure: 'inputs fuzzed', value: fuzz?.['inputs'] ?? none },
    { figure: 'fuzz cases through inputs.ts', value: fuzz?.['cases'] ?? none },
    { figure: 'fuzz runs of the bundles', value: bundle?.['runs'] ?? none },
    { figure: 'injection cases tried (in-process, bundle, traversal)', value: injection?.['cases'] ?? none },
    {
      figure: 'flag-shaped and prototype-name cases (bundle runs / in-process)',
      value: names ? `${names['bundleRuns']} / ${names['inProcess']}` : none,
    },
    { figure: 'faults injected and survived', value: faults.length || none },
    { figure: 'action runs scanned for secrets', value: scan?.['runs'] ?? none },
    { figure: 'secrets leaked (must be 0)', value: scan?.['leaked'] ?? none },
  ]);
  for (const f of faults) console.log(`  survived: ${read(f)?.['fault']}`);
  console.table(
    startup
      .filter((f) => f !== reference)
      .map((f) => ({
        action: f.label,
        'start-up × node -e 0': (f.medianMs / reference.medianMs).toFixed(2),
        'peak RSS MiB': f.peakRssMiB.toFixed(1),
        [`≤ ${TARGET_MIB} MiB`]: f.peakRssMiB <= TARGET_MIB ? 'yes' : 'NO',
      })),
  );
}
