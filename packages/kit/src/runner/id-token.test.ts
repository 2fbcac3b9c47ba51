import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, TransientError } from '../errors';
import { getIDToken } from './id-token';
import { setCommandWriter } from './workflow-command';

let saved: NodeJS.ProcessEnv;
let commands: string[];
let previous: (text: string) => void;
let server: Server | undefined;

beforeEach(() => {
  saved = { ...process.env };
  commands = [];
  previous = setCommandWriter((t) => commands.push(t));
});

afterEach(async () => {
  setCommandWriter(previous);
  process.env = saved;
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** GitHub's OIDC token endpoint as the runner documents it: bearer-authenticated GET, `{ value }`. */
async function tokenEndpoint(answer: (url: URL, auth: string | undefined) => [number, string]): Promise<string> {
  server = createServer((req, res) => {
    const [status, body] = answer(new URL(req.url ?? '/', 'http://x'), req.headers.authorization);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/token?api-version=2.0`;
}

describe('getIDToken', () => {
  it('asks the runner for a token with the audience, and masks it with its derived forms', async () => {
    const token = 'eyJhbGciOi.oidc-token-body.sig';
    const seen: string[] = [];
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = await tokenEndpoint((url, auth) => {
      seen.push(`${url.searchParams.get('audience')} ${auth}`);
      return [200, JSON.stringify({ value: token })];
    });
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'request-token';
    await expect(getIDToken('sigstore')).resolves.toBe(token);
    expect(seen).toEqual(['sigstore Bearer request-token']);
    expect(commands).toContain(`::add-mask::${token}\n`);
    expect(commands).toContain(`::add-mask::${Buffer.from(token).toString('base64')}\n`);
  });

  it('names the missing permission when the job may not have a token', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    const error = await getIDToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/permissions: id-token: write/);
  });

  it('says on one line why a refused request gave no token', async () => {
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = await tokenEndpoint(() => [403, '{"message":"forbidden"}']);
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'request-token';
    const error = await getIDToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(/^Could not get an OIDC token: .*403/);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});
