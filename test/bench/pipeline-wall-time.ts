import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxEnv } from '@slipway/sandbox';
import { jobSpans, stepTimes, type ActRun } from '../e2e/support/act';
import { Delivery } from '../e2e/support/delivery';
import { closedPort } from '../support/test-server';

export interface StageFigure {
  stage: string;
  wallMs: number;
  /** What the actions' own steps took inside it (act's printed step times). */
  stepsMs: number;
}

export interface PipelineFigures {
  stages: StageFigure[];
  pipelineMs: number;
  pipelineStepsMs: number;
  rollbackMs: number;
  rollbackStepMs: number;
}

function stages(run: ActRun): StageFigure[] {
  const steps = stepTimes(run);
  return jobSpans(run)
    .filter((span) => span.result !== '')
    .map((span) => ({
      stage: span.job,
      wallMs: span.endMs - span.startMs,
      stepsMs: steps.filter((s) => s.job === span.job).reduce((sum, s) => sum + s.ms, 0),
    }));
}

/**
 * One release through pipeline.yml under act on the sandbox, stage by stage, and a rollback.yml
 * dispatch until the previous revision is live and smoke-checked (act exits after the job).
 * References from the same runs: the time the actions' own steps took (act's step times), so
 * the ratio is what act, job set-up and the hand-offs add.
 */
export async function measurePipeline(sandbox: SandboxEnv): Promise<PipelineFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'slipway-bench-pipeline-'));
  const delivery = new Delivery(sandbox, scratch);
  try {
    await delivery.setUp({ staging: await closedPort(), production: await closedPort() });
    const run = await delivery.deliver({ version: '1.0.0' });
    if (run.code !== 0) throw new Error(`pipeline failed:\n${run.output.split('\n').slice(-40).join('\n')}`);
    const rollback = await delivery.rollback({ environment: 'production', reason: 'bench' });
    if (rollback.code !== 0) throw new Error(`rollback failed:\n${rollback.output.split('\n').slice(-40).join('\n')}`);
    const figures = stages(run);
    return {
      stages: figures,
      pipelineMs: run.ms,
      pipelineStepsMs: figures.reduce((sum, f) => sum + f.stepsMs, 0),
      rollbackMs: rollback.ms,
      rollbackStepMs: stepTimes(rollback).find((s) => s.step === 'Main rollback')?.ms ?? 0,
    };
  } finally {
    await delivery.tearDown();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function printPipelineFigures(f: PipelineFigures): void {
  console.table([
    ...f.stages.map((s) => ({
      what: s.stage,
      'wall ms': s.wallMs.toFixed(0),
      "actions' steps ms": s.stepsMs.toFixed(0),
      '× steps': s.stepsMs ? (s.wallMs / s.stepsMs).toFixed(2) : '',
    })),
    {
      what: 'pipeline, push → last job (target 5 min)',
      'wall ms': f.pipelineMs.toFixed(0),
      "actions' steps ms": f.pipelineStepsMs.toFixed(0),
      '× steps': (f.pipelineMs / f.pipelineStepsMs).toFixed(2),
    },
    {
      what: 'rollback.yml dispatch → previous revision healthy, smoke-checked (target 30 s)',
      'wall ms': f.rollbackMs.toFixed(0),
      "actions' steps ms": f.rollbackStepMs.toFixed(0),
      '× steps': f.rollbackStepMs ? (f.rollbackMs / f.rollbackStepMs).toFixed(2) : '',
    },
  ]);
}
