import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialsFor, removeDockerConfig, writeDockerConfig } from './docker-config';

describe('docker config of our own', () => {
  it('is 0600 in a 0700 directory, keeps a base config, drops its credsStore, and is removed', () => {
    const temp = mkdtempSync(join(tmpdir(), 'slipway-dc-'));
    const base = join(temp, 'base.json');
    writeFileSync(base, JSON.stringify({ auths: { 'old.io': { auth: 'b2xkOnBhc3M=' } }, credsStore: 'desktop' }));
    const dir = writeDockerConfig(temp, [{ registry: '127.0.0.1:5001', username: 'ci', password: 'p:w' }], base);
    const file = join(dir, 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const config = JSON.parse(readFileSync(file, 'utf8'));
    expect(config).toEqual({
      auths: {
        'old.io': { auth: 'b2xkOnBhc3M=' },
        '127.0.0.1:5001': { auth: Buffer.from('ci:p:w').toString('base64') },
      },
    });
    expect(credentialsFor(dir, '127.0.0.1:5001')).toEqual({ username: 'ci', password: 'p:w' });
    expect(credentialsFor(dir, 'docker.io')).toBeUndefined();
    expect(removeDockerConfig(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(removeDockerConfig(dir)).toBe(false);
    expect(removeDockerConfig(temp)).toBe(false);
  });

  it('an unreadable base config is a ConfigError naming the input', () => {
    expect(() => writeDockerConfig(tmpdir(), [], '/nope/config.json')).toThrow(
      `Input 'docker-config': expected a readable docker config.json, got "/nope/config.json" (ENOENT)`,
    );
  });
});
