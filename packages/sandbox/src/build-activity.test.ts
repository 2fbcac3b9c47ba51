import { describe, expect, it } from '@jest/globals';
import { GoBuildWatcher } from './build-activity';

describe('GoBuildWatcher', () => {
  it('reads downloading, compiling and linking from go build -v output, counting against the last build', () => {
    const watcher = new GoBuildWatcher(['k8s.io/kubernetes/cmd/kube-apiserver'], 3);
    expect(watcher.line('go: downloading k8s.io/api v0.36.3')).toEqual({
      kind: 'downloading',
      text: 'downloading modules (1): k8s.io/api v0.36.3',
    });
    expect(watcher.line('internal/goarch')).toEqual({
      kind: 'compiling',
      text: 'compiling internal/goarch (1/3 packages)',
    });
    expect(watcher.line('# k8s.io/klog/v2')).toBeUndefined();
    expect(watcher.line('k8s.io/klog/v2')?.text).toBe('compiling k8s.io/klog/v2 (2/3 packages)');
    expect(watcher.line('k8s.io/kubernetes/cmd/kube-apiserver')).toEqual({
      kind: 'linking',
      text: 'compiling and linking kube-apiserver (3/3 packages)',
    });
    expect(watcher.packages).toBe(3);
  });

  it('counts without a total the first time, and never shows more than the total', () => {
    const first = new GoBuildWatcher([]);
    expect(first.line('golang.org/x/sys/unix')?.text).toBe('compiling golang.org/x/sys/unix (1 packages)');
    const again = new GoBuildWatcher([], 1);
    again.line('a/b');
    expect(again.line('a/c')?.text).toBe('compiling a/c (1/1 packages)');
  });

  it('ignores what is not a package: compiler messages, blank lines', () => {
    const watcher = new GoBuildWatcher([]);
    for (const line of ['', 'vet: ok', './x.go:3:2: undefined: y']) expect(watcher.line(line)).toBeUndefined();
    expect(watcher.line('runtime')?.kind).toBe('compiling');
    expect(watcher.packages).toBe(1);
  });
});
