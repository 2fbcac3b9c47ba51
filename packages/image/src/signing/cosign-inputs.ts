// Apart from install-cosign.ts, so that reading the inputs loads no installer (start-up).
import { inputError, type InputReader } from '@slipway/kit';
import { COSIGN_PIN } from './tool-pins';

/** Which cosign a step uses when none on PATH fits: the cosign-version and cosign-download-url inputs. */
export interface CosignInputs {
  /** Exact ("3.1.3"); undefined: cosign on PATH, else the pinned release. */
  version: string | undefined;
  downloadUrl: string;
}

export function readCosignInputs(reader: InputReader): CosignInputs {
  const version = reader.string('cosign-version');
  if (version && !/^v?\d+\.\d+\.\d+$/.test(version))
    throw inputError('cosign-version', `an exact cosign release such as "${COSIGN_PIN.version}"`, version);
  const downloadUrl = (reader.url('cosign-download-url') ?? new URL(COSIGN_PIN.releasesUrl)).href;
  return { version: version ? version.replace(/^v/, '') : undefined, downloadUrl };
}
