import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { formatSteps, parseSteps } from './steps';

describe('parseSteps', () => {
  it('reads weights and pauses', () => {
    expect(parseSteps('10:2m, 25:2m, 50:5m, 100')).toEqual([
      { weight: 10, pauseMs: 120_000, manual: false },
      { weight: 25, pauseMs: 120_000, manual: false },
      { weight: 50, pauseMs: 300_000, manual: false },
      { weight: 100, pauseMs: 0, manual: false },
    ]);
  });

  it('reads a manual pause, new lines and percent signs', () => {
    expect(parseSteps('10%:30s\n25:manual\n100')).toEqual([
      { weight: 10, pauseMs: 30_000, manual: false },
      { weight: 25, pauseMs: 0, manual: true },
      { weight: 100, pauseMs: 0, manual: false },
    ]);
  });

  it.each([
    ['10:2m, 10:2m', /strictly increasing \(10 after 10\)/],
    ['50, 25', /strictly increasing \(25 after 50\)/],
    ['10, 150', /weights from 1 to 100.*got "150"$/],
    ['0:1m', /weights from 1 to 100/],
    ['10:2x', /a pause that is a duration.*got "10:2x"$/],
    ['10:7h', /up to 6h/],
    ['ten', /got "ten"$/],
    ['', /expected "<weight>:<pause>"/],
    ['10:1m:2m', /got "10:1m:2m"$/],
  ])('refuses %j with one line naming the input', (text, message) => {
    let error: unknown;
    try {
      parseSteps(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^Input 'steps': expected /);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('formats steps back as the user writes them', () => {
    expect(formatSteps(parseSteps('10:2m, 25:manual, 100'))).toBe('10:2m, 25:manual, 100');
  });
});
