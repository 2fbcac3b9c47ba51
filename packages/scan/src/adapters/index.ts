import type { Adapter } from './adapter';
import { actionlint } from './actionlint';
import { bandit } from './bandit';
import { checkov } from './checkov';
import { eslint } from './eslint';
import { gitleaks } from './gitleaks';
import { grype } from './grype';
import { hadolint } from './hadolint';
import { kubeconform } from './kubeconform';
import { npmAudit } from './npm-audit';
import { osvScanner } from './osv-scanner';
import { ruff } from './ruff';
import { semgrep } from './semgrep';
import { shellcheck } from './shellcheck';
import { zizmor } from './zizmor';

/** Every scanner, in the order they run and appear in reports. */
export const ADAPTERS: readonly Adapter[] = [
  actionlint,
  zizmor,
  shellcheck,
  gitleaks,
  semgrep,
  eslint,
  npmAudit,
  ruff,
  bandit,
  hadolint,
  kubeconform,
  checkov,
  osvScanner,
  grype,
];
export const SCANNER_NAMES = ADAPTERS.map((a) => a.name);

export function adapterNamed(name: string): Adapter | undefined {
  return ADAPTERS.find((a) => a.name === name);
}

/** Scanners that the repository's files call for (`scanners: auto`). */
export function detectScanners(files: string[]): Adapter[] {
  return ADAPTERS.filter((a) => a.detect(files));
}
