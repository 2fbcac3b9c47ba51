import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../../support/run-action';
import { SlackFake } from '../../support/slack-fake';
import { faultSurvived } from '../../support/fault-figures';

/**
 * Slack answers 429 for "a minute". Time is scaled by 1/10, honestly for the client: the fake
 * answers 429 with `Retry-After: 2` (Slack's 20 s, scaled) for 6 s (the minute, scaled), then
 * accepts; the client must wait what Retry-After says each time, and either deliver the message
 * exactly once within its deadline or, with a deadline shorter than the outage, give up in time
 * with a message saying so — a warning by default, the one error with fail-on-error.
 */
const WINDOW_MS = 6_000;
const RATE_LIMITED = { status: 429, body: 'rate_limited', headers: { 'retry-after': '2' } };
const slack = new SlackFake();
beforeAll(() => slack.start());
afterAll(() => slack.stop());
let window: ReturnType<typeof setTimeout>;
beforeEach(() => {
  slack.reset().down(RATE_LIMITED);
  window = setTimeout(() => slack.up(), WINDOW_MS);
});
afterEach(() => clearTimeout(window));

describe('slack-notify while Slack rate-limits', () => {
  const inputs = (extra: Record<string, string>) => ({
    'webhook-url': slack.webhookUrl,
    status: 'success',
    environment: 'production',
    ...extra,
  });

  it('waits each Retry-After and delivers the message once when the deadline outlasts the limit', async () => {
    const run = await runAction('slack-notify', inputs({ timeout: '30s' }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs['ok']).toBe('true');
    expect(slack.messages).toHaveLength(1);
    const limited = slack.requests.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    const at = slack.requests.map((r) => r.at);
    for (let i = 1; i < at.length; i++) expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(1_900);
    expect(run.stdout).toMatch(/Slack: attempt 1 failed \(rate_limited: /);
    faultSurvived('Slack 429 for a minute (scaled 1/10), delivered once');
  });

  it('gives up within a shorter deadline, says why, and does not fail the step by default', async () => {
    const run = await runAction('slack-notify', inputs({ timeout: '3s' }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs['ok']).toBe('false');
    expect(run.outputs['error']).toBe('rate_limited');
    expect(run.stdout).toMatch(/::warning::Slack notification not sent: rate_limited .*fail-on-error is false/);
    expect(slack.messages).toHaveLength(0);
    faultSurvived('Slack 429 past the deadline: gave up in time, step not failed');
  });

  it('fails the step with one error naming the rate limit when fail-on-error is set', async () => {
    const run = await runAction('slack-notify', inputs({ timeout: '3s', 'fail-on-error': 'true' }));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^::error::Slack notification not sent: rate_limited/)]);
  });
});
