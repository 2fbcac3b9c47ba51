// Prints one plain closing line, "tests: N passed, N failed, N skipped", after Jest's own.
// After a whole run of the suites (npm test / npm run test:<project>), it also keeps each Jest
// project's cost for the README's budget table and `npm run bench -- setup`: the summed time of
// its test files, and its slowest files (what to make faster first), in <cache>/timings/suite-<project>.json.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS Jest reporter, loaded by require */
const { mkdirSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const wholeRuns = new Set(['test:all', 'test:unit', 'test:contract', 'test:integration', 'test:e2e']);

function recordSuites(results) {
  const seconds = {};
  const files = {};
  const perFile = {};
  const root = process.cwd();
  for (const file of results.testResults) {
    const project = (file.displayName && file.displayName.name) || 'default';
    const took = (file.perfStats.end - file.perfStats.start) / 1000;
    seconds[project] = (seconds[project] || 0) + took;
    files[project] = (files[project] || 0) + 1;
    (perFile[project] = perFile[project] || []).push({
      file: file.testFilePath.replace(`${root}/`, ''),
      seconds: Math.round(took),
    });
  }
  const dir = join(process.env.SLIPWAY_CACHE || join(homedir(), '.cache', 'slipway'), 'timings');
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  for (const [project, total] of Object.entries(seconds)) {
    const slowest = perFile[project].sort((a, b) => b.seconds - a.seconds).slice(0, 15);
    const timing = {
      seconds: Math.round(total),
      at,
      files: files[project],
      failed: results.numFailedTests > 0,
      slowest,
    };
    writeFileSync(join(dir, `suite-${project}.json`), `${JSON.stringify(timing)}\n`);
  }
}

class TallyReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numFailedTestSuites + results.numRuntimeErrorTestSuites;
    const suites = failedSuites ? ` (${failedSuites} suites failed to run)` : '';
    if (wholeRuns.has(process.env.npm_lifecycle_event)) {
      try {
        recordSuites(results);
      } catch (error) {
        console.log(`tally: could not keep the suites' timings: ${error.message}`);
      }
    }
    console.log(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped${suites}`,
    );
  }
}
module.exports = TallyReporter;
