import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { KMS_KEY, policyProblem, type VerifyPolicy } from '@slipway/image';
import type { LoadedConfig } from './load-config';
import type { ValuePath } from './schema/validate-value';
import type { VerifySettings } from './slipway-schema';

/**
 * The verify block of slipway.yml (the environment's over the top-level one, key by key) as a
 * policy: a key file is read beside slipway.yml; every problem names the file, line and column.
 */
export function planVerify(
  config: LoadedConfig,
  top: VerifySettings | undefined,
  env: VerifySettings | undefined,
  envPath: ValuePath,
): VerifyPolicy | undefined {
  if (!top && !env) return undefined;
  const settings: VerifySettings = { ...top, ...env };
  const pathOf = (key: keyof VerifySettings): ValuePath => [
    ...(env?.[key] !== undefined ? envPath : []),
    'verify',
    key,
  ];
  if (!settings.key)
    throw config.problem(
      [...(env ? envPath : []), 'verify', 'key'],
      'the key images must be signed by (PEM text, a KMS URI or a file such as "./cosign.pub")',
    );
  let publicKey = settings.key.trim();
  if (!KMS_KEY.test(publicKey) && !publicKey.startsWith('-----BEGIN')) {
    const file = isAbsolute(publicKey) ? publicKey : resolve(config.dir, publicKey);
    try {
      publicKey = readFileSync(file, 'utf8').trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw config.problem(pathOf('key'), `a readable key file, PEM text or a KMS URI`, `"${settings.key}" (${code})`);
    }
  }
  const policy = { publicKey, attestations: settings.attestations ?? [] };
  const problem = policyProblem(policy);
  if (problem) throw config.problem(pathOf(problem.field), problem.expected, problem.got);
  return policy;
}
