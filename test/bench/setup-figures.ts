// `npm run bench -- setup`: what setting up cost on this machine, from the timings the last
// cold and warm runs left in <cache>/timings (scripts/lib/progress.sh, the sandbox's builds and
// up, the demo). Nothing is run: a missing figure says which run would give it.
import { cacheDir, readAllTimings, textTable, type Timing } from '@slipway/sandbox';

const clock = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`);
const day = (timing: Timing) => timing.at.replace('T', ' ').slice(0, 16);

export function printSetupFigures(cache = cacheDir()): void {
  const timings = readAllTimings(cache);
  const steps = Object.entries(timings)
    .filter(([key]) => /^(build-|install-|npm-ci$|scanners$|sandbox-debian)/.test(key))
    .sort(([, a], [, b]) => b.seconds - a.seconds);
  console.log(`Set-up steps, the last time each ran here (${cache}/timings)`);
  console.log(
    textTable(
      ['step', 'time', 'packages compiled', 'when (UTC)'],
      steps.map(([key, t]) => [key, clock(t.seconds), t.packages === undefined ? '' : String(t.packages), day(t)]),
      { right: [1, 2] },
    ),
  );
  const suites = Object.entries(timings).filter(([key]) => key.startsWith('suite-'));
  console.log("\nTest suites: the summed time of each Jest project's files in the last whole run (npm test)");
  console.log(
    textTable(
      ['project', 'files', 'time', 'when (UTC)'],
      suites.map(([key, t]) => [
        `${key.slice('suite-'.length)}${t.failed ? ' (run had failures)' : ''}`,
        String(t.files ?? ''),
        clock(t.seconds),
        day(t),
      ]),
      { right: [1, 2] },
    ),
  );
  const run = (key: string, what: string): string[] => {
    const t = timings[key];
    if (!t) return [what, '(none yet)', '', '', ''];
    const built = Object.entries(t.built ?? {})
      .map(([name, s]) => `${name} ${clock(s)}`)
      .join(', ');
    return [what, clock(t.seconds), t.cpuPercent === undefined ? '' : `${t.cpuPercent}%`, built, day(t)];
  };
  console.log('\nWhole runs: wall time, CPU busy (per cent of all cores), what was built');
  console.log(
    textTable(
      ['run', 'wall', 'CPU', 'built', 'when (UTC)'],
      [
        run('sandbox-up-cold', 'sandbox up, cold'),
        run('sandbox-up-warm', 'sandbox up, warm'),
        run('demo-cold', 'npm run demo, cold (command → closing table)'),
        run('demo-warm', 'npm run demo, warm'),
      ],
      { right: [1, 2] },
    ),
  );
}
