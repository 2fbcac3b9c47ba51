import { describe, expect, it } from '@jest/globals';
import { parseEnvFile, renderEnvFile } from './env-file';

describe('env file', () => {
  it('round-trips values with quotes, spaces and equals signs', () => {
    const vars = { A: 'plain', B: "it's here", C: 'x=y z', D: '' };
    expect(parseEnvFile(renderEnvFile(vars))).toEqual(vars);
  });

  it('renders lines a shell can source', () => {
    expect(renderEnvFile({ DOCKER_HOST: 'unix:///tmp/d.sock' })).toContain("DOCKER_HOST='unix:///tmp/d.sock'\n");
  });
});
