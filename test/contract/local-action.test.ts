import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { node24, parseRunnerFile, repoRoot } from '../support/run-action';
import { json, TestServer } from '../support/test-server';

/**
 * smoke-test run from its source with @github/local-action, as the README tells a developer to:
 * its generated .env.example filled in, against a local server, under Node 24.
 */
const app = new TestServer();
const localAction = join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

async function runLocally(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-local-action-'));
  let env = readFileSync(join(repoRoot, 'actions', 'smoke-test', '.env.example'), 'utf8').replaceAll(
    '/tmp/slipway-local',
    dir,
  );
  for (const [name, value] of Object.entries(inputs)) {
    const key = `INPUT_${name.toUpperCase()}`;
    expect(env).toContain(`# ${key}=`); // the example lists every input
    env = env.replace(new RegExp(`^# ${key}=.*$`, 'm'), `${key}=${JSON.stringify(value)}`);
  }
  writeFileSync(join(dir, '.env'), env);
  // Not spawnSync: the local server answering the checks lives in this process.
  const child = spawn(node24, [localAction, 'run', 'actions/smoke-test', 'src/main.ts', join(dir, '.env')], {
    cwd: repoRoot,
    env: { PATH: `${dirname(node24)}:${process.env['PATH']}`, HOME: process.env['HOME'] },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const read = (file: string) => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      return '';
    }
  };
  return { status, stdout, outputs: parseRunnerFile(read('output')), summary: read('summary.md') };
}

beforeAll(async () => {
  app.route('/health', (_req, res) => json(res, 200, { status: 'ok' }));
  app.route('/down', (_req, res) => json(res, 500, { status: 'down' }));
  await app.start();
});
afterAll(() => app.stop());

describe('smoke-test under @github/local-action', () => {
  it('runs from source with the .env.example filled in; outputs and summary land in the runner files', async () => {
    const run = await runLocally({
      'base-url': app.url,
      checks: '- path: /health\n  expect: { json: { $.status: ok } }',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Running Action');
    expect(run.stdout).toMatch(/✓ GET \/health \(200/);
    expect(run.outputs).toMatchObject({ passed: 'true', 'failed-count': '0' });
    expect(run.summary).toContain('/health');
    expect(app.count('/health')).toBe(1);
  }, 120_000);

  it('a failing check shows as a failed action', async () => {
    const run = await runLocally({ 'base-url': app.url, checks: '- /down', timeout: '1s', interval: '100ms' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', 'failed-count': '1' });
    expect(run.stdout).toContain('::error::1 of 1 smoke checks failed: GET /down');
  }, 120_000);
});
