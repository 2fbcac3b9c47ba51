import { describe, expect, it } from '@jest/globals';
import { InputReader, mapInputSource } from '@slipway/kit';
import { readInputs } from './inputs';

const read = (inputs: Record<string, string>, now = 1_700_000_300_000) =>
  readInputs(new InputReader(mapInputSource({ token: 'xoxb-unit', channel: '#deploys', ...inputs })), {}, now);

describe('readInputs', () => {
  it('routes a new message by status, but keeps an update or a reply in its own channel', async () => {
    const routes = { 'channel-by-status': 'failure=#incidents', status: 'failed' };
    expect((await read(routes)).target).toMatchObject({ kind: 'web-api', channel: '#incidents' });
    expect((await read({ ...routes, 'update-ts': '1700000000.000100' })).target).toMatchObject({
      channel: '#deploys',
      updateTs: '1700000000.000100',
    });
    expect((await read({ ...routes, status: 'succeeded' })).target).toMatchObject({ channel: '#deploys' });
  });

  it('computes the duration from started-at given as a ts or an ISO time', async () => {
    const fromTs = await read({ status: 'succeeded', 'started-at': '1700000000.000100' });
    expect(JSON.stringify(fromTs.message.blocks)).toContain('*Duration*\\n5m');
    const fromIso = await read({ status: 'succeeded', 'started-at': new Date(1_700_000_270_000).toISOString() });
    expect(JSON.stringify(fromIso.message.blocks)).toContain('*Duration*\\n30s');
  });

  it('uses the payload channel when no input names one, and the defaults otherwise', async () => {
    const inputs = await read({ channel: '', payload: '{"channel": "C0PAYLOAD", "text": "hi"}' });
    expect(inputs.target).toMatchObject({ channel: 'C0PAYLOAD', apiUrl: 'https://slack.com/api' });
    expect(inputs).toMatchObject({ failOnError: false, deadlineMs: 30_000, status: undefined });
    expect(inputs.message).toEqual({ text: 'hi' });
  });

  it.each(['constructor', '__proto__', 'toString'])('refuses the status %j, naming the input', async (status) => {
    await expect(read({ status })).rejects.toThrow(/^Input 'status': expected one of started, succeeded/);
  });

  it('takes job.status values', async () => {
    expect((await read({ status: 'Success' })).status).toBe('succeeded');
    expect((await read({ status: 'failure' })).status).toBe('failed');
  });
});
