import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { parse } from 'yaml';
import { repoRoot } from './run-action';

/** How our own actions and reusable workflows are referenced from other repositories. */
export const OWN_REPOSITORY = 'slipway-dev/slipway';
// The root action (`slipway-dev/slipway@v1`, `./`) or one of actions/ (`…/actions/<name>@v1`, `./actions/<name>`).
const ownAction = new RegExp(`^(?:${OWN_REPOSITORY}(?:/actions/([a-z-]+))?@[\\w.-]+|\\.(?:/actions/([a-z-]+)|/?))$`);
const ownWorkflow = new RegExp(`^${OWN_REPOSITORY}/(\\.github/workflows/[a-z-]+\\.ya?ml)@[\\w.-]+$`);
const pinnedBySha = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
}

function get(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (let i = 0; i < token.count; i++) {
    const pair = token.get(i);
    if (isString(pair.key) && pair.key.value === key) return pair.value;
  }
  return undefined;
}

function keys(token: TemplateToken | undefined): string[] {
  if (!token || !isMapping(token)) return [];
  const names: string[] = [];
  for (let i = 0; i < token.count; i++) {
    const key = token.get(i).key;
    if (isString(key)) names.push(key.value);
  }
  return names;
}

function items(token: TemplateToken | undefined): TemplateToken[] {
  if (!token || !isSequence(token)) return [];
  return Array.from({ length: token.count }, (_, i) => token.get(i));
}

/** The inputs of actions/<name>/action.yml, or of the root action.yml without a name. */
function actionInputs(name: string | undefined): Declared | undefined {
  const file = name ? join(repoRoot, 'actions', name, 'action.yml') : join(repoRoot, 'action.yml');
  if (!existsSync(file)) return undefined;
  return { inputs: (parse(readFileSync(file, 'utf8')) as { inputs?: Declared['inputs'] }).inputs ?? {} };
}

function workflowCallInterface(path: string): Declared | undefined {
  const file = join(repoRoot, path);
  if (!existsSync(file)) return undefined;
  const on = (parse(readFileSync(file, 'utf8')) as { on?: { workflow_call?: Partial<Declared> } }).on;
  const call = on?.workflow_call;
  if (!call) return undefined;
  return { inputs: call.inputs ?? {}, secrets: call.secrets ?? {} };
}

/** Given keys against declared ones: unknown keys, and required ones without a default left out. */
function compare(
  what: string,
  given: string[],
  declared: Record<string, { required?: boolean; default?: unknown }>,
): string[] {
  const problems = given.filter((key) => !(key in declared)).map((key) => `${what}: "${key}" is not declared`);
  for (const [key, spec] of Object.entries(declared)) {
    if (spec.required && spec.default === undefined && !given.includes(key)) {
      problems.push(`${what}: required "${key}" is not given`);
    }
  }
  return problems;
}

/**
 * Parses a workflow with GitHub's own parser (@actions/workflow-parser) and checks what the
 * parser cannot know: every `uses:` of our actions (by release tag or `./actions/<name>`) names
 * an action of this repository and passes only inputs its action.yml declares (and all it
 * requires); every call of our reusable workflows passes only declared inputs and secrets; every
 * other action is pinned by commit SHA; no `${{ }}` is pasted into a run: script.
 * Returns the problems found, one line each (empty when the workflow is sound).
 */
export async function checkWorkflow(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((error) => `parser: ${error.message}`);
  if (!parsed.value || problems.length > 0) return problems;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  problems.push(...(template.errors ?? []).map((error) => `parser: ${error.Message}`));

  const rawJobs = get(parsed.value, 'jobs');
  for (const job of template.jobs) {
    const jobId = job.id.value;
    const rawJob = get(rawJobs, jobId);
    if (job.type === 'reusableWorkflowJob') {
      const ref = job.ref.value;
      const own = ownWorkflow.exec(ref);
      if (!own) {
        if (!ref.startsWith('./') && !pinnedBySha.test(ref)) problems.push(`${jobId}: ${ref} is not pinned by SHA`);
        continue;
      }
      const declared = workflowCallInterface(own[1] as string);
      if (!declared) {
        problems.push(`${jobId}: ${ref} is not a reusable workflow of this repository`);
        continue;
      }
      problems.push(...compare(`${jobId} with`, keys(get(rawJob, 'with')), declared.inputs));
      if (get(rawJob, 'secrets') && !isString(get(rawJob, 'secrets') as TemplateToken)) {
        problems.push(...compare(`${jobId} secrets`, keys(get(rawJob, 'secrets')), declared.secrets ?? {}));
      }
      continue;
    }
    const rawSteps = items(get(rawJob, 'steps'));
    job.steps.forEach((step, index) => {
      // Expressions in a script are pasted in before the shell reads it: values go through env.
      if ('run' in step && step.run.toString().includes('${{')) {
        problems.push(`${jobId} step ${index + 1}: an expression inside run: (pass it through env:)`);
      }
      if (!('uses' in step)) return;
      const uses = step.uses.value;
      const where = `${jobId} step ${index + 1} (${uses})`;
      const own = ownAction.exec(uses);
      if (!own) {
        if (!uses.startsWith('./') && !pinnedBySha.test(uses)) problems.push(`${where}: not pinned by SHA`);
        return;
      }
      const name = own[1] ?? own[2];
      const declared = actionInputs(name);
      if (!declared) {
        problems.push(`${where}: no action ${name ?? '(root)'} in actions/`);
        return;
      }
      problems.push(...compare(`${where} with`, keys(get(rawSteps[index], 'with')), declared.inputs));
    });
  }
  return problems;
}
