import { describe, expect, it } from '@jest/globals';
import { parseActionlint } from './actionlint';
import { parseBandit } from './bandit';
import { parseCheckov } from './checkov';
import { parseEslint } from './eslint';
import { parseGitleaks } from './gitleaks';
import { isDockerfile, parseHadolint } from './hadolint';
import { splitBySource } from './helm-render';
import { parseKubeconform } from './kubeconform';
import { parseNpmAudit } from './npm-audit';
import { packageLine, parseOsvScanner } from './osv-scanner';
import { parseRuff } from './ruff';
import { parseSemgrep } from './semgrep';
import { parseGrype } from './grype';
import { parseShellcheck } from './shellcheck';
import { parseZizmor } from './zizmor';

// Outputs in the shapes the pinned tools print (see test/fixtures/scan for the real runs).
describe('adapter parsers: command output → findings with the tool own severity', () => {
  it('actionlint: every report is an error', () => {
    const out = JSON.stringify([
      { message: 'bad', filepath: '/r/.github/workflows/ci.yml', line: 3, column: 5, kind: 'expression' },
    ]);
    expect(parseActionlint(out, '/r')).toEqual([
      expect.objectContaining({
        ruleId: 'expression',
        level: 'error',
        file: '.github/workflows/ci.yml',
        line: 3,
        column: 5,
      }),
    ]);
    expect(parseActionlint('', '/r')).toEqual([]);
  });

  it('zizmor: High/Medium/Low become security severities at the primary location (1-based)', () => {
    const loc = (kind: string, row: number) => ({
      symbolic: { key: { Local: { given_path: '.github/workflows/ci.yml' } }, kind, annotation: 'here' },
      concrete: { location: { start_point: { row, column: 4 }, end_point: { row } } },
    });
    const out = JSON.stringify([
      {
        ident: 'template-injection',
        desc: 'injection',
        determinations: { severity: 'High', confidence: 'High' },
        locations: [loc('Related', 1), loc('Primary', 13)],
      },
      {
        ident: 'artipacked',
        desc: 'creds',
        determinations: { severity: 'Medium', confidence: 'Low' },
        locations: [loc('Primary', 2)],
      },
      {
        ident: 'info',
        desc: 'fyi',
        determinations: { severity: 'Informational', confidence: 'High' },
        locations: [loc('Primary', 0)],
      },
    ]);
    expect(parseZizmor(out, '/r').map((f) => [f.ruleId, f.level, f.securitySeverity, f.line, f.column])).toEqual([
      ['template-injection', 'error', 8, 14, 5],
      ['artipacked', 'warning', 5.5, 3, 5],
      ['info', 'note', undefined, 1, 5],
    ]);
  });

  it('shellcheck: info and style are notes', () => {
    const out = JSON.stringify({
      comments: ['error', 'warning', 'info', 'style'].map((level, i) => ({
        file: 'a.sh',
        line: i + 1,
        endLine: i + 1,
        column: 1,
        level,
        code: 2000 + i,
        message: level,
      })),
    });
    expect(parseShellcheck(out, '/r').map((f) => `${f.ruleId}:${f.level}`)).toEqual([
      'SC2000:error',
      'SC2001:warning',
      'SC2002:note',
      'SC2003:note',
    ]);
  });

  it('gitleaks: every secret is critical, and the secret itself is not in the message', () => {
    const out = JSON.stringify([
      {
        RuleID: 'github-pat',
        Description: 'GitHub PAT',
        File: 'x.env',
        StartLine: 2,
        EndLine: 2,
        StartColumn: 7,
        Secret: 'REDACTED',
        Commit: 'abcdef0123456789',
      },
    ]);
    const [finding] = parseGitleaks(out, '/r');
    expect(finding).toMatchObject({
      ruleId: 'github-pat',
      level: 'error',
      securitySeverity: 9.5,
      file: 'x.env',
      line: 2,
    });
    expect(finding?.message).toBe('Secret (github-pat) committed in abcdef012345: GitHub PAT');
  });

  it('semgrep: rule ids without the config path; security-severity metadata kept', () => {
    const out = JSON.stringify({
      results: [
        {
          check_id: 'rules.no-eval',
          path: 'app.py',
          start: { line: 6, col: 12 },
          end: { line: 6 },
          extra: { message: 'eval', severity: 'ERROR', metadata: {} },
        },
        {
          check_id: 'sqli',
          path: 'db.py',
          start: { line: 1, col: 1 },
          end: { line: 2 },
          extra: { message: 'sql', severity: 'WARNING', metadata: { 'security-severity': '9.1' } },
        },
        {
          check_id: 'dbg',
          path: 'a.py',
          start: { line: 1, col: 1 },
          end: { line: 1 },
          extra: { message: 'dbg', severity: 'INFO' },
        },
      ],
    });
    expect(parseSemgrep(out, '/r').map((f) => [f.ruleId, f.level, f.securitySeverity])).toEqual([
      ['no-eval', 'error', undefined],
      ['sqli', 'warning', 9.1],
      ['dbg', 'note', undefined],
    ]);
  });

  it('eslint: 2 is an error, 1 a warning, a parse error has its own rule id', () => {
    const out = JSON.stringify([
      {
        filePath: '/r/src/a.js',
        messages: [
          { ruleId: 'eqeqeq', severity: 1, message: 'eq', line: 4, column: 2 },
          { ruleId: null, fatal: true, severity: 2, message: 'Parsing error', line: 9 },
        ],
      },
    ]);
    expect(parseEslint(out, '/r').map((f) => [f.ruleId, f.level, f.file])).toEqual([
      ['eqeqeq', 'warning', 'src/a.js'],
      ['parse-error', 'error', 'src/a.js'],
    ]);
  });

  it('npm audit: one finding per advisory, at the package in the lockfile; transitive-only entries are left to their source', () => {
    const vulnerabilities = {
      minimist: {
        name: 'minimist',
        severity: 'critical',
        range: '<1.2.6',
        via: [
          {
            source: 1,
            title: 'Prototype Pollution',
            url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
            severity: 'critical',
            range: '<1.2.6',
          },
        ],
      },
      mkdirp: { name: 'mkdirp', severity: 'critical', via: ['minimist'] },
      debug: {
        name: 'debug',
        severity: 'moderate',
        via: [
          { source: 2, title: 'ReDoS', url: 'https://github.com/advisories/GHSA-gxpj-cx7g-858c', severity: 'moderate' },
        ],
      },
    };
    const lock = ['{', '  "packages": {', '    "node_modules/minimist": {', '    },', '    "node_modules/debug": {'];
    expect(parseNpmAudit(vulnerabilities, lock).map((f) => [f.ruleId, f.level, f.securitySeverity, f.line])).toEqual([
      ['GHSA-xvch-5gv4-984h', 'error', 9.5, 3],
      ['GHSA-gxpj-cx7g-858c', 'warning', 5.5, 5],
    ]);
  });

  it('ruff: lint and format diagnostics keep ruff severity; a parse error without a code is a syntax-error', () => {
    const diagnostic = (code: string | null, severity: string, row: number) => ({
      code,
      name: code ? `rule-${code}` : undefined,
      message: `m${row}`,
      filename: '/r/pkg/app.py',
      location: { row, column: 2 },
      end_location: { row },
      severity,
      url: code ? `https://docs.astral.sh/ruff/rules/${code}` : null,
    });
    const out = JSON.stringify([
      diagnostic('F841', 'error', 3),
      diagnostic('unformatted', 'warning', 4),
      diagnostic(null, 'info', 5),
    ]);
    expect(parseRuff(out, '/r').map((f) => [f.ruleId, f.level, f.file, f.line, f.column])).toEqual([
      ['F841', 'error', 'pkg/app.py', 3, 2],
      ['unformatted', 'warning', 'pkg/app.py', 4, 2],
      ['syntax-error', 'note', 'pkg/app.py', 5, 2],
    ]);
    expect(parseRuff('[]', '/r')).toEqual([]);
  });

  it('bandit: HIGH/MEDIUM/LOW become security severities, columns 1-based, confidence in the message', () => {
    const result = (test_id: string, issue_severity: string, line_number: number) => ({
      filename: './app.py',
      test_id,
      test_name: 'name',
      issue_text: 'issue',
      issue_severity,
      issue_confidence: 'HIGH',
      line_number,
      line_range: [line_number, line_number + 1],
      col_offset: 4,
    });
    const findings = parseBandit(
      [result('B602', 'HIGH', 10), result('B306', 'MEDIUM', 2), result('B404', 'LOW', 1)],
      '.',
    );
    expect(findings.map((f) => [f.ruleId, f.level, f.securitySeverity, f.file, f.line, f.endLine, f.column])).toEqual([
      ['B602', 'error', 8, 'app.py', 10, 11, 5],
      ['B306', 'warning', 5.5, 'app.py', 2, 3, 5],
      ['B404', 'note', 2, 'app.py', 1, 2, 5],
    ]);
    expect(findings[0]?.message).toBe('issue (confidence high)');
  });

  it('hadolint: info and style are notes; SC rules link to the ShellCheck wiki', () => {
    const out = JSON.stringify([
      { code: 'DL4000', column: 1, file: 'Dockerfile', level: 'error', line: 5, message: 'm' },
      { code: 'SC2086', column: 1, file: 'app/Dockerfile', level: 'info', line: 2, message: 'm' },
      { code: 'DL3059', column: 1, file: 'Dockerfile', level: 'style', line: 3, message: 'm' },
    ]);
    expect(parseHadolint(out, '/r').map((f) => [f.ruleId, f.level, f.file, f.helpUri])).toEqual([
      ['DL4000', 'error', 'Dockerfile', 'https://github.com/hadolint/hadolint/wiki/DL4000'],
      ['SC2086', 'note', 'app/Dockerfile', 'https://www.shellcheck.net/wiki/SC2086'],
      ['DL3059', 'note', 'Dockerfile', 'https://github.com/hadolint/hadolint/wiki/DL3059'],
    ]);
    const names = ['Dockerfile', 'api/Dockerfile', 'Dockerfile.dev', 'build/web.Dockerfile', 'Containerfile'];
    expect(names.filter(isDockerfile)).toEqual(names);
    expect(['Dockerfile.md/x', 'docs/dockerfile.txt', 'MyDockerfiles/a'].filter(isDockerfile)).toEqual([]);
  });

  it('kubeconform: each cause in the message is a finding at its template, with the field it names; an unknown kind too', () => {
    const out = JSON.stringify({
      resources: [
        {
          filename: '/w/c/shop/templates/deployment.yaml',
          kind: 'Deployment',
          name: 'web',
          version: 'apps/v1',
          status: 'statusInvalid',
          msg: "jsonschema validation failed with 'file:///s.json#' - at '/spec': validation failed   - at '/spec/template/spec/containers/0': additional properties 'imagePullPolicyy' not allowed   - at '/spec/replicas': got string, want null or integer",
          validationErrors: [{ path: '/spec', msg: 'validation failed' }],
        },
        {
          filename: '/w/c/shop/templates/w.yaml',
          kind: 'Widget',
          name: 'w',
          version: 'example.com/v1',
          status: 'statusError',
          msg: 'could not find schema for Widget',
        },
        {
          filename: '/w/c/shop/templates/ok.yaml',
          kind: 'Service',
          name: 's',
          version: 'v1',
          status: 'statusValid',
          msg: '',
        },
      ],
    });
    const findings = parseKubeconform(out, (file) => file.replace('/w/c/shop/', 'charts/shop/'));
    expect(findings.map((f) => [f.ruleId, f.level, f.file, f.field])).toEqual([
      ['invalid', 'error', 'charts/shop/templates/deployment.yaml', 'imagePullPolicyy'],
      ['invalid', 'error', 'charts/shop/templates/deployment.yaml', 'replicas'],
      ['unknown-kind', 'error', 'charts/shop/templates/w.yaml', 'kind'],
    ]);
    expect(() => parseKubeconform('not json', String)).toThrow(/kubeconform printed output that is not JSON/);
  });

  it('checkov: each failed check at its template, with the path of keys it evaluated; a severity when the report has one', () => {
    const check = (id: string, resource: string, keys: string[], severity: string | null = null) => ({
      check_id: id,
      check_name: `${id} name`,
      file_path: '/shop/templates/deployment.yaml',
      resource,
      severity,
      guideline: null,
      check_result: { result: 'FAILED', evaluated_keys: keys },
    });
    const out = JSON.stringify({
      check_type: 'kubernetes',
      results: {
        passed_checks: [check('CKV_K8S_8', 'Deployment.default.web', [])],
        failed_checks: [
          check('CKV_K8S_16', 'Deployment.default.web', [
            'spec/template/spec/containers/[0]/securityContext/privileged',
          ]),
          check('CKV2_K8S_6', 'Pod.default.web.app-web', ['resource_type'], 'MEDIUM'),
          check('CKV_K8S_21', 'Deployment.default.web', []),
        ],
        parsing_errors: [],
      },
      summary: { passed: 1, failed: 3, checkov_version: '3.3.30' },
    });
    const { findings, version } = parseCheckov(out, (file) => `charts${file}`);
    expect(version).toBe('3.3.30');
    expect(findings.map((f) => [f.ruleId, f.level, f.file, f.message, f.fieldPath?.join('/')])).toEqual([
      [
        'CKV_K8S_16',
        'error',
        'charts/shop/templates/deployment.yaml',
        'Deployment web: CKV_K8S_16 name',
        'kind/spec/template/spec/containers/securityContext/privileged',
      ],
      ['CKV2_K8S_6', 'warning', 'charts/shop/templates/deployment.yaml', 'Pod web: CKV2_K8S_6 name', 'kind'],
    ]);
    // Nothing to check: checkov prints its summary alone.
    expect(
      parseCheckov('{"passed": 0, "failed": 0, "resource_count": 0, "checkov_version": "3.3.30"}', String),
    ).toEqual({
      findings: [],
      version: '3.3.30',
    });
    const unparsed = JSON.stringify({ results: { failed_checks: [], parsing_errors: ['/shop/templates/x.yaml'] } });
    expect(() => parseCheckov(unparsed, (file) => `charts${file}`)).toThrow(
      /^checkov could not parse the rendered charts\/shop\/templates\/x.yaml$/,
    );
    expect(() => parseCheckov('not json', String)).toThrow(/checkov printed output that is not JSON/);
  });

  it("helm template's output splits at its # Source: comments; a path with '..' is dropped", () => {
    const manifest = [
      '---',
      '# Source: shop/templates/a.yaml',
      'kind: A',
      '---',
      '# Source: shop/templates/a.yaml',
      'kind: B',
      '---',
      '# Source: ../../etc/x.yaml',
      'kind: C',
      '',
    ].join('\n');
    const sources = splitBySource(manifest);
    expect([...sources.keys()]).toEqual(['shop/templates/a.yaml']);
    expect(sources.get('shop/templates/a.yaml')).toContain('kind: A');
    expect(sources.get('shop/templates/a.yaml')).toContain('kind: B');
  });

  it('osv-scanner: one finding per group, its CVSS score kept, else the named severity, else medium', async () => {
    const record = (id: string, severity?: string) => ({
      id,
      summary: `${id} summary`,
      ...(severity ? { database_specific: { severity } } : {}),
      affected: [{ package: { name: 'p' }, ranges: [{ events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }],
    });
    const report = {
      results: [
        {
          source: { path: '/r/app/requirements.txt', type: 'lockfile' },
          packages: [
            {
              package: { name: 'p', version: '1.0.0', ecosystem: 'PyPI' },
              vulnerabilities: [record('GHSA-b'), record('PYSEC-1'), record('GHSA-c', 'HIGH'), record('GO-1')],
              groups: [
                { ids: ['PYSEC-1', 'GHSA-b'], aliases: ['CVE-1'], max_severity: '9.1' },
                { ids: ['GHSA-c'], max_severity: '' },
                { ids: ['GO-1'] },
              ],
            },
          ],
        },
      ],
    };
    const lines = async () => ['# pins', 'p==1.0.0'];
    const findings = await parseOsvScanner(report, '/r', lines);
    expect(findings.map((f) => [f.ruleId, f.level, f.securitySeverity, f.file, f.line])).toEqual([
      ['GHSA-b', 'error', 9.1, 'app/requirements.txt', 2],
      ['GHSA-c', 'error', 8, 'app/requirements.txt', 2],
      ['GO-1', 'warning', 5.5, 'app/requirements.txt', 2],
    ]);
    expect(findings[0]?.message).toBe('PyPI p 1.0.0: GHSA-b summary (CVE-1, PYSEC-1); fixed in 2.0.0');
  });

  it('osv-scanner: the line declaring the package in Cargo.lock, a pom.xml and gradle.lockfile, not a line that mentions it', () => {
    const cargo = [
      '[[package]]',
      'name = "app"',
      'dependencies = [',
      ' "smallvec",',
      ']',
      '',
      '[[package]]',
      'name = "smallvec"',
    ];
    expect(packageLine(cargo, 'smallvec')).toBe(7);
    const pom = [
      '<dependency>',
      '  <groupId>org.example</groupId>',
      '  <artifactId>commons-text</artifactId>',
      '</dependency>',
      '<dependency>',
      '  <groupId>org.apache.commons</groupId>',
      '  <artifactId>commons-text</artifactId>',
      '</dependency>',
    ];
    expect(packageLine(pom, 'org.apache.commons:commons-text')).toBe(6);
    const gradle = [
      'com.google.guava:failureaccess:1.0.1=compileClasspath',
      'com.google.guava:guava:31.1-jre=compileClasspath',
    ];
    expect(packageLine(gradle, 'com.google.guava:guava')).toBe(1);
    expect(packageLine(gradle, 'org.apache.commons:commons-text')).toBe(-1);
  });

  it('grype: one finding per match at the path in the image; grype rates, the CVSS score kept when it agrees', () => {
    const match = (id: string, severity: string, score: number | undefined, fix: string[]) => ({
      vulnerability: {
        id,
        severity,
        description: `${id} summary`,
        dataSource: `https://github.com/advisories/${id}`,
        fix: { versions: fix, state: fix.length ? 'fixed' : 'not-fixed' },
        cvss: score === undefined ? [] : [{ version: '3.1', metrics: { baseScore: score } }],
      },
      relatedVulnerabilities: [{ id: 'CVE-1' }],
      artifact: { name: 'p', version: '1.0.0', type: 'npm', locations: [{ path: '/app/node_modules/p/package.json' }] },
    });
    const findings = parseGrype(
      {
        matches: [
          match('GHSA-a', 'Critical', 9.8, ['1.0.1']),
          match('GHSA-b', 'High', 5.0, []),
          match('GHSA-c', 'Negligible', undefined, []),
          match('GHSA-d', 'Unknown', undefined, []),
        ],
      },
      'r/app@sha256:x',
    );
    expect(findings.map((f) => [f.ruleId, f.level, f.securitySeverity, f.file])).toEqual([
      ['GHSA-a', 'error', 9.8, 'app/node_modules/p/package.json'],
      ['GHSA-b', 'error', 8.0, 'app/node_modules/p/package.json'],
      ['GHSA-c', 'note', 2.0, 'app/node_modules/p/package.json'],
      ['GHSA-d', 'warning', 5.5, 'app/node_modules/p/package.json'],
    ]);
    expect(findings[0]?.message).toBe('npm p 1.0.0 in r/app@sha256:x: GHSA-a summary (CVE-1); fixed in 1.0.1');
    expect(findings[1]?.message).toContain('; no fixed version');
  });

  it("grype: a distribution's CVE it rates Unknown takes the related NVD record's rating; rated nowhere, medium", () => {
    const match = (id: string, related: Array<{ id: string; severity?: string; cvss?: number[] }>) => ({
      vulnerability: { id, severity: 'Unknown', cvss: [], fix: { versions: ['3.0.13-1~deb12u1'], state: 'fixed' } },
      relatedVulnerabilities: related.map((r) => ({
        ...r,
        cvss: (r.cvss ?? []).map((baseScore) => ({ version: '3.1', metrics: { baseScore } })),
      })),
      artifact: {
        name: 'libssl3',
        version: '3.0.11-1~deb12u2',
        type: 'deb',
        locations: [{ path: '/var/lib/dpkg/status' }],
      },
    });
    const findings = parseGrype(
      {
        matches: [
          match('CVE-2024-0727', [{ id: 'CVE-2024-0727', severity: 'Medium', cvss: [5.5, 5.5] }]),
          match('CVE-2024-1', [{ id: 'CVE-2024-1', severity: 'Critical', cvss: [9.1] }]),
          match('CVE-2025-48060', [{ id: 'CVE-2025-48060', severity: 'Unknown' }]),
        ],
      },
      'r/app@sha256:x',
    );
    expect(findings.map((f) => [f.ruleId, f.level, f.securitySeverity, f.file])).toEqual([
      ['CVE-2024-0727', 'warning', 5.5, 'var/lib/dpkg/status'],
      ['CVE-2024-1', 'error', 9.1, 'var/lib/dpkg/status'],
      ['CVE-2025-48060', 'warning', 5.5, 'var/lib/dpkg/status'],
    ]);
  });
});
