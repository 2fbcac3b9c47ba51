import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, memoryLogger } from '@slipway/kit';
import { adapterNamed, runGate, type Adapter, type GateOptions, type GateResult } from '@slipway/scan';
import { scannerPath } from '../../support/scanners';

/** Runs the real gate on a repository with the installed scanners on PATH. */
export async function gate(
  root: string,
  scanners: string[] | 'auto',
  extra: Partial<GateOptions> = {},
): Promise<GateResult> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-gate-'));
  return runGate(
    {
      root,
      scanners: scanners === 'auto' ? 'auto' : scanners.map((name) => adapterNamed(name) as Adapter),
      sarifFiles: [],
      failOn: 'note',
      allow: [],
      missing: 'fail',
      cacheDir: join(dir, 'tools'),
      sarifOutput: join(dir, 'out.sarif'),
      now: Date.parse('2026-06-01T12:00:00Z'),
      env: { ...process.env, PATH: scannerPath() },
      exec,
      ...extra,
    },
    memoryLogger(),
  );
}

/** Each finding as "rule:severity:file:line", sorted: what the exact-findings tests compare. */
export function found(result: GateResult): string[] {
  return result.findings.map((f) => `${f.ruleId}:${f.severity}:${f.file}:${f.line}`).sort();
}
