// Prints one plain closing line, "tests: N passed, N failed, N skipped", after Jest's own.
class TallyReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numFailedTestSuites + results.numRuntimeErrorTestSuites;
    const suites = failedSuites ? ` (${failedSuites} suites failed to run)` : '';
    console.log(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped${suites}`,
    );
  }
}
module.exports = TallyReporter;
