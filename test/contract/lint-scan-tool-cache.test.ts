import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSIONS } from '@slipway/scan';
import { runAction } from '../support/run-action';
import { fixtureRepo } from '../support/scanners';
import { TestServer } from '../support/test-server';

jest.setTimeout(120_000);

const { version } = TOOL_VERSIONS.actionlint;
const archive = `actionlint_${version}_linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}.tar.gz`;
const sums = `actionlint_${version}_checksums.txt`;

/** A stand-in release: a tar.gz whose `actionlint` answers --version and reports no problems. */
function buildArchive(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-release-'));
  writeFileSync(
    join(dir, 'actionlint'),
    `#!/bin/sh\nif [ "$1" = --version ]; then echo v${version}; else echo '[]'; fi\n`,
  );
  chmodSync(join(dir, 'actionlint'), 0o755);
  execFileSync('tar', ['-czf', join(dir, archive), '-C', dir, 'actionlint']);
  return readFileSync(join(dir, archive));
}

const bytes = buildArchive();
const server = new TestServer();
beforeAll(async () => {
  const sha = createHash('sha256').update(bytes).digest('hex');
  await server
    .route(`/v${version}/${archive}`, (_q, res) => res.writeHead(200).end(bytes))
    .route(`/v${version}/${sums}`, (_q, res) => res.writeHead(200).end(`${sha}  ${archive}\n`))
    .start();
});
afterAll(() => server.stop());

describe('dist/lint-scan and the runner tool cache', () => {
  it('a second job on the same runner (same RUNNER_TOOL_CACHE, fresh RUNNER_TEMP) reuses the scanner with no request', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'slipway-runner-tool-cache-'));
    const job = async () => {
      const { root } = fixtureRepo('workflows-bad');
      const before = server.requests.length;
      const run = await runAction(
        'lint-scan',
        { scanners: 'actionlint', path: root, 'tool-base-url': `${server.url}/v{version}` },
        { env: { PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: toolCache } },
      );
      return { run, requests: server.requests.slice(before).map((r) => r.url) };
    };
    const path = join(toolCache, 'actionlint', version, process.arch, 'actionlint');
    const first = await job();
    expect(first.run.exitCode).toBe(0);
    expect(first.requests).toEqual([`/v${version}/${sums}`, `/v${version}/${archive}`]);
    expect(first.run.stdout).toContain(`actionlint ${version} from ${path} (download)`);
    expect(existsSync(join(toolCache, 'actionlint', version, `${process.arch}.complete`))).toBe(true);
    const second = await job();
    expect(second.run.exitCode).toBe(0);
    expect(second.requests).toEqual([]);
    expect(second.run.stdout).toContain(`actionlint ${version} from ${path} (cache)`);
    expect(second.run.runnerTemp).not.toBe(first.run.runnerTemp);
  });
});
