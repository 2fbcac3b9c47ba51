import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeWorkflows } from '../support/readme-workflows';
import { repoRoot } from '../support/run-action';
import { checkWorkflow, OWN_REPOSITORY } from '../support/workflow-check';

const workflows = readmeWorkflows(readFileSync(join(repoRoot, 'README.md'), 'utf8'));

describe('the README examples', () => {
  it('show the three ways of use, each a whole workflow file', () => {
    const calls = [...workflows.values()].join('\n');
    expect(calls).toMatch(new RegExp(`uses: ${OWN_REPOSITORY}/actions/build-push@v1`));
    expect(calls).toMatch(new RegExp(`uses: ${OWN_REPOSITORY}/\\.github/workflows/pipeline\\.yml@v1`));
    expect(calls).toMatch(new RegExp(`uses: ${OWN_REPOSITORY}/\\.github/workflows/rollback\\.yml@v1`));
    expect(workflows.size).toBe(3);
  });

  it.each([...workflows.keys()])(
    '%s parses, and calls our actions and workflows with declared inputs only',
    async (path) => {
      expect(await checkWorkflow(path, workflows.get(path) as string)).toEqual([]);
    },
  );
});
