import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface StartupFigure {
  label: string;
  medianMs: number;
  peakRssMiB: number;
}

/**
 * Median wall time and peak RSS of a command, runs interleaved with the reference so that
 * machine noise hits both alike. RSS comes from GNU time's %M when present.
 */
export function measureStartup(
  commands: Array<{ label: string; argv: string[]; env?: NodeJS.ProcessEnv }>,
  runs: number,
): StartupFigure[] {
  const times = commands.map(() => [] as number[]);
  const rss = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    commands.forEach((command, index) => {
      const started = performance.now();
      const result = spawnSync('/usr/bin/time', ['-f', 'rss=%M', ...command.argv], {
        env: command.env ?? process.env,
        encoding: 'utf8',
      });
      times[index]?.push(performance.now() - started);
      const kb = /rss=(\d+)/.exec(result.stderr ?? '')?.[1];
      if (kb) rss[index]?.push(Number(kb) / 1024);
    });
  }
  return commands.map((command, index) => ({
    label: command.label,
    medianMs: median(times[index] ?? []),
    peakRssMiB: Math.max(...(rss[index] ?? [0])),
  }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
