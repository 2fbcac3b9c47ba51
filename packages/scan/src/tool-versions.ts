/**
 * The one place where scanner versions are pinned. Read by the installer (download with a
 * published checksum) and by scripts/install-scanners.sh (package registries, for the tests).
 * Placeholders in names: {version}, {arch} (amd64|arm64), {arch2} (x64|arm64), {uname} (x86_64|aarch64).
 */
export interface ToolPin {
  version: string;
  /** Lowest version accepted when the tool is already on PATH. */
  minimum: string;
  /** Release archive and its published checksums file, relative to the base URL. */
  archive?: string;
  checksums?: string;
  /** Default base URL of the release downloads (the `tool-base-url` input overrides it). */
  baseUrl?: string;
  /** Registry coordinates used by scripts/install-scanners.sh. */
  goModule?: string;
  pip?: string;
  debian?: string;
}

export const TOOL_VERSIONS = {
  actionlint: {
    version: '1.7.12',
    minimum: '1.7.0',
    archive: 'actionlint_{version}_linux_{arch}.tar.gz',
    checksums: 'actionlint_{version}_checksums.txt',
    baseUrl: 'https://github.com/rhysd/actionlint/releases/download/v{version}',
    goModule: 'github.com/rhysd/actionlint/cmd/actionlint',
  },
  gitleaks: {
    version: '8.30.1',
    minimum: '8.18.0',
    archive: 'gitleaks_{version}_linux_{arch2}.tar.gz',
    checksums: 'gitleaks_{version}_checksums.txt',
    baseUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v{version}',
    goModule: 'github.com/zricethezav/gitleaks/v8',
  },
  shellcheck: {
    version: '0.9.0',
    minimum: '0.8.0',
    archive: 'shellcheck-v{version}.linux.{uname}.tar.xz',
    checksums: 'shellcheck-v{version}.linux.{uname}.tar.xz.sha256',
    baseUrl: 'https://github.com/koalaman/shellcheck/releases/download/v{version}',
    debian: 'shellcheck',
  },
  zizmor: { version: '1.32.0', minimum: '1.0.0', pip: 'zizmor' },
  semgrep: { version: '1.170.0', minimum: '1.50.0', pip: 'semgrep' },
} satisfies Record<string, ToolPin>;

export type PinnedTool = keyof typeof TOOL_VERSIONS;
