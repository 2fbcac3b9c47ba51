import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresDir, scanCaptures } from './secret-scan.mjs';

const SENTINELS = Object.values(JSON.parse(readFileSync(new URL('./secret-sentinels.json', import.meta.url), 'utf8')));

/** Jest globalTeardown: one leaked secret, in any form, in any run's artefacts fails the run. */
export default function teardown() {
  const dir = process.env.SLIPWAY_CAPTURE_DIR;
  if (!dir) return;
  const { runs, artefacts, hits } = scanCaptures(dir, SENTINELS);
  if (runs) {
    writeFileSync(
      join(figuresDir(), 'secret-scan.json'),
      JSON.stringify({ runs, artefacts, leaked: hits.length, at: new Date().toISOString() }),
    );
    console.log(`secret scan: ${runs} action runs, ${artefacts} artefacts, ${hits.length} secrets leaked`);
  }
  if (!process.env.SLIPWAY_KEEP_CAPTURE) rmSync(dir, { recursive: true, force: true });
  if (hits.length) {
    for (const hit of hits.slice(0, 20)) console.error(`secret leaked: ${hit.action} ${hit.where} (${hit.form})`);
    throw new Error(`secret scan: ${hits.length} secret(s) leaked in action artefacts`);
  }
}
