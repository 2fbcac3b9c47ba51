import { describe, it, expect } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { CancelledError } from '../errors';
import { abortReason, signalOnTermination, throwIfAborted } from './cancellation';

function fakeProcess(): NodeJS.Process {
  return new EventEmitter() as unknown as NodeJS.Process;
}

describe('signalOnTermination', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('aborts with a CancelledError on %s', (name) => {
    const proc = fakeProcess();
    const signal = signalOnTermination(proc);
    expect(signal.aborted).toBe(false);
    proc.emit(name);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(CancelledError);
    expect((signal.reason as Error).message).toBe(`Cancelled by ${name}`);
  });

  it('keeps the first reason when the runner sends SIGINT then SIGTERM', () => {
    const proc = fakeProcess();
    const signal = signalOnTermination(proc);
    proc.emit('SIGINT');
    proc.emit('SIGTERM');
    expect((signal.reason as Error).message).toBe('Cancelled by SIGINT');
  });
});

describe('throwIfAborted / abortReason', () => {
  it('does nothing without a signal or before abort', () => {
    expect(() => throwIfAborted(undefined)).not.toThrow();
    expect(() => throwIfAborted(new AbortController().signal)).not.toThrow();
  });

  it('throws the Error reason as it was', () => {
    const controller = new AbortController();
    const reason = new CancelledError('deadline passed');
    controller.abort(reason);
    expect(() => throwIfAborted(controller.signal)).toThrow(reason);
  });

  it('turns a non-Error reason into a CancelledError', () => {
    const controller = new AbortController();
    controller.abort('stop');
    expect(abortReason(controller.signal)).toBeInstanceOf(CancelledError);
    expect(abortReason(controller.signal).message).toBe('Cancelled');
  });

  it('throws an Error for a plain abort()', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => throwIfAborted(controller.signal)).toThrow(/abort|Cancelled/i);
  });
});
