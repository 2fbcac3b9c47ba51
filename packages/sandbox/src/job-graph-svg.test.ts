import { describe, expect, it } from '@jest/globals';
import { directNeeds, jobGraphSvg, type GraphJob } from './job-graph-svg';

const jobs: GraphJob[] = [
  { id: 'start', name: 'notify (started)', needs: [], result: 'succeeded', durationMs: 2100 },
  { id: 'build', name: 'build <push>', needs: ['start'], result: 'succeeded', durationMs: 95_000 },
  { id: 'deploy', name: 'staging', needs: ['start', 'build'], result: 'failed', durationMs: 30_500 },
  { id: 'rolling', name: 'production', needs: ['start', 'build', 'deploy'], result: 'skipped' },
];

describe('jobGraphSvg', () => {
  it('draws one arrow per direct need, dropping the ones a longer path implies', () => {
    expect(directNeeds(jobs)).toEqual([
      ['start', 'build'],
      ['build', 'deploy'],
      ['deploy', 'rolling'],
    ]);
  });

  it('shows each job with its result and duration, left to right by what it needs, text escaped', () => {
    const svg = jobGraphSvg(jobs, 'acme-shop/web: release 1.0.0');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('build &#60;push&#62;');
    expect(svg).toContain('succeeded · 1m 35s');
    expect(svg).toContain('failed · 30.5 s');
    expect(svg).toContain('>skipped<');
    expect(svg.match(/class="edge"/g)).toHaveLength(3);
    const xOf = (name: string) => Number(new RegExp(`<text x="(\\d+)"[^>]*>[^<]* ${name}`).exec(svg)?.[1]);
    expect(xOf('notify')).toBeLessThan(xOf('build'));
    expect(xOf('build')).toBeLessThan(xOf('staging'));
    expect(xOf('staging')).toBeLessThan(xOf('production'));
  });
});
