import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/run-action';
import { checkWorkflow, OWN_REPOSITORY } from '../support/workflow-check';

const folders = [join('.github', 'workflows'), join('test', 'fixtures', 'consumer', '.github', 'workflows')];
const workflows = folders.flatMap((dir) =>
  readdirSync(join(repoRoot, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name)),
);

describe.each(workflows)('%s', (path) => {
  it('parses with GitHub’s workflow parser; our actions and workflows are called with declared inputs only', async () => {
    expect(await checkWorkflow(path, readFileSync(join(repoRoot, path), 'utf8'))).toEqual([]);
  });
});

describe('the workflow check itself', () => {
  const workflow = (step: string) =>
    `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${step}`;

  it('finds an unknown input, a missing required one, a missing action and an unpinned third-party action', async () => {
    const problems = await checkWorkflow(
      'bad.yml',
      workflow(
        [
          `      - uses: ${OWN_REPOSITORY}/actions/helm-deploy@v1`,
          '        with: { releese: web }',
          `      - uses: ${OWN_REPOSITORY}/actions/teleport@v1`,
          '      - uses: ./actions/canary',
          '        with: { release: web, stepz: "10, 100" }',
          '      - uses: actions/checkout@v4',
          '      - run: echo "${{ github.event.head_commit.message }}"',
          '',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([
      `a step 1 (${OWN_REPOSITORY}/actions/helm-deploy@v1) with: "releese" is not declared`,
      `a step 1 (${OWN_REPOSITORY}/actions/helm-deploy@v1) with: required "release" is not given`,
      `a step 2 (${OWN_REPOSITORY}/actions/teleport@v1): no action teleport in actions/`,
      'a step 3 (./actions/canary) with: "stepz" is not declared',
      'a step 4 (actions/checkout@v4): not pinned by SHA',
      'a step 5: an expression inside run: (pass it through env:)',
    ]);
  });

  it('checks the root action (by release tag or ./) against the root action.yml', async () => {
    const problems = await checkWorkflow(
      'root.yml',
      workflow(
        [
          `      - uses: ${OWN_REPOSITORY}@v1`,
          '        with: { mode: plan, enviroments: production }',
          '      - uses: ./',
          '        with: { cluster: eu-1 }',
          '',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([`a step 1 (${OWN_REPOSITORY}@v1) with: "enviroments" is not declared`]);
  });

  it('finds an undeclared input and secret of a reusable workflow, and what the parser rejects', async () => {
    const call = [
      'on: push',
      'jobs:',
      '  p:',
      `    uses: ${OWN_REPOSITORY}/.github/workflows/rollback.yml@v1`,
      '    with: { environment: production, reason: r, revison: "3" }',
      '    secrets: { KUBECONFIG: x, TOKEN: y }',
      '',
    ].join('\n');
    expect(await checkWorkflow('call.yml', call)).toEqual([
      'p with: "revison" is not declared',
      'p secrets: "TOKEN" is not declared',
    ]);
    const broken = await checkWorkflow('broken.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]).toMatch(/^parser: /);
  });
});
