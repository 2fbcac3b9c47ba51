import { describe, expect, it } from '@jest/globals';
import { isOnChangedLine, parseUnifiedDiff } from './changed-lines';

const DIFF = `diff --git a/src/a.sh b/src/a.sh
index 1..2 100644
--- a/src/a.sh
+++ b/src/a.sh
@@ -3 +3,2 @@ echo
-old
+new
+newer
@@ -10,2 +11,0 @@
-gone
-gone too
@@ -20 +20 @@
-x
+y
diff --git a/deleted.sh b/deleted.sh
--- a/deleted.sh
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git a/new file.sh b/new file.sh
--- /dev/null
+++ "b/new file.sh"
@@ -0,0 +1,3 @@
+a
+b
+c
`;

describe('parseUnifiedDiff (git diff -U0)', () => {
  it('collects the new-side lines of every hunk; pure deletions add none', () => {
    const changed = parseUnifiedDiff(DIFF);
    expect([...(changed.get('src/a.sh') ?? [])]).toEqual([3, 4, 20]);
    expect([...(changed.get('new file.sh') ?? [])]).toEqual([1, 2, 3]);
    expect(changed.has('deleted.sh')).toBe(false);
  });

  it('says whether a finding (or its range) touches a changed line', () => {
    const changed = parseUnifiedDiff(DIFF);
    expect(isOnChangedLine(changed, 'src/a.sh', 4)).toBe(true);
    expect(isOnChangedLine(changed, 'src/a.sh', 5)).toBe(false);
    expect(isOnChangedLine(changed, 'src/a.sh', 18, 21)).toBe(true);
    expect(isOnChangedLine(changed, 'other.sh', 1)).toBe(false);
    expect(isOnChangedLine(changed, undefined, 1)).toBe(false);
  });
});
