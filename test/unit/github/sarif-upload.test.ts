import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { fakeClock as clock } from '../../support/fake-clock';
import { GitHubFake } from '../../support/github-fake';
import { uploadSarif, type UploadTarget } from '../../../packages/github/src/sarif-upload';

const github = new GitHubFake();
beforeAll(() => github.start(), 60_000);
afterAll(() => github.stop());
beforeEach(() => {
  github.processing.length = 0;
});

const target = (): UploadTarget => ({
  apiUrl: github.url,
  repository: 'acme/shop',
  commitSha: 'b'.repeat(40),
  ref: 'refs/heads/main',
  token: 'ghs_write',
});
const sarif = (runs = 1, results = 1) =>
  JSON.stringify({
    version: '2.1.0',
    runs: Array.from({ length: runs }, (_, i) => ({
      tool: { driver: { name: `tool${i}` } },
      results: Array.from({ length: results }, () => ({ ruleId: 'r', message: { text: 'x' } })),
    })),
  });
const polls = () => github.requests.filter((r) => r.operationId === 'code-scanning/get-sarif');

describe('uploadSarif against the GitHub fake', () => {
  it('uploads, then reads the processing status every 5s until GitHub says complete', async () => {
    github.processing.push({ processing_status: 'pending' }, { processing_status: 'pending' });
    const before = polls().length;
    const logger = memoryLogger();
    const c = clock();
    const outcome = await uploadSarif(sarif(), target(), { logger, ...c });
    expect(outcome).toMatchObject({
      status: 'uploaded',
      id: expect.stringMatching(/^6c81cd8e-/),
      processing: 'complete',
    });
    expect(polls().length - before).toBe(3);
    expect(c.waits).toEqual([5000, 5000]);
    expect(logger.lines.at(-1)).toMatch(/^Code scanning processed the SARIF upload 6c81cd8e-/);
    expect(github.violations).toEqual([]);
  });

  it('pending then failed: fails with the errors GitHub gives', async () => {
    github.processing.push(
      { processing_status: 'pending' },
      { processing_status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] },
    );
    await expect(uploadSarif(sarif(), target(), { logger: memoryLogger(), ...clock() })).rejects.toThrow(
      /^Code scanning could not process the SARIF upload 6c81cd8e-\S+: locationFromSarifResult: expected artifact location$/,
    );
  });

  it('still pending after 2 minutes: a warning, the upload stands, no more reads', async () => {
    for (let i = 0; i < 100; i++) github.processing.push({ processing_status: 'pending' });
    const before = polls().length;
    const logger = memoryLogger();
    const c = clock();
    const outcome = await uploadSarif(sarif(), target(), { logger, ...c });
    expect(outcome).toMatchObject({ status: 'uploaded', processing: 'pending' });
    expect(c.now()).toBeLessThanOrEqual(120_000);
    expect(polls().length - before).toBe(25);
    expect(logger.lines.filter((l) => l.startsWith('warning: '))).toEqual([
      expect.stringMatching(/^warning: Code scanning has not finished processing the SARIF upload \S+ after 120s/),
    ]);
  });

  it('past a limit: refused before anything is sent', async () => {
    const before = github.requests.length;
    await expect(uploadSarif(sarif(21, 0), target(), { logger: memoryLogger() })).rejects.toThrow(
      "Input 'upload': the SARIF log has 21 runs, code scanning accepts at most 20 runs per file",
    );
    await expect(uploadSarif(sarif(1, 25_001), target(), { logger: memoryLogger() })).rejects.toThrow(
      'run 1 (tool0) has 25001 results, code scanning accepts at most 25000 results per run',
    );
    expect(github.requests.length).toBe(before);
  });

  it("a fork's read-only token: not uploaded, with GitHub's words; a bad token names the input", async () => {
    const fork = await uploadSarif(sarif(), { ...target(), token: 'ghs_fork_read_only' }, { logger: memoryLogger() });
    expect(fork).toEqual({
      status: 'not-uploaded',
      reason:
        "GitHub refused the SARIF upload (403: Resource not accessible by integration); the token needs security-events: write (a fork's token is read-only)",
    });
    await expect(
      uploadSarif(sarif(), { ...target(), token: 'ghs_revoked' }, { logger: memoryLogger() }),
    ).rejects.toThrow("Input 'token': the SARIF upload was refused (401: Bad credentials)");
  });
});
