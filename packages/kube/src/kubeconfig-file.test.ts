import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { decodeKubeconfigInput, removeKubeconfigFile, writeKubeconfigFile } from './kubeconfig-file';

const yaml = 'apiVersion: v1\nkind: Config\nclusters: []\n';

describe('kubeconfig input and file hygiene', () => {
  it('takes the YAML as given, or decodes its base64', () => {
    expect(decodeKubeconfigInput(yaml)).toBe(yaml);
    expect(decodeKubeconfigInput(Buffer.from(yaml).toString('base64'))).toBe(yaml);
    const wrapped = Buffer.from(yaml)
      .toString('base64')
      .replace(/(.{10})/g, '$1\n');
    expect(decodeKubeconfigInput(wrapped)).toBe(yaml);
  });
  it('leaves text that is neither alone (the parser reports it)', () => {
    expect(decodeKubeconfigInput('bm90IGEga3ViZWNvbmZpZw==')).toBe('bm90IGEga3ViZWNvbmZpZw==');
  });
  it('writes 0600 in a private 0700 folder under the given dir, and removes both', async () => {
    const dir = mkdtempSync(`${tmpdir()}/runner-temp-`);
    const path = await writeKubeconfigFile(yaml, dir);
    expect(path.startsWith(dir)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(readFileSync(path, 'utf8')).toBe(yaml);
    expect(await removeKubeconfigFile(path)).toBe(true);
    expect(existsSync(dirname(path))).toBe(false);
    expect(await removeKubeconfigFile(path)).toBe(false);
  });
});
