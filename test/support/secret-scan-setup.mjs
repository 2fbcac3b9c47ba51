import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Jest globalSetup: a directory where every action run is recorded for the secret scan. */
export default function setup() {
  if (!process.env.SLIPWAY_CAPTURE_DIR)
    process.env.SLIPWAY_CAPTURE_DIR = mkdtempSync(join(tmpdir(), 'slipway-capture-'));
}
