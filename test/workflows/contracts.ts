// Contracts between files: @actions/workflow-parser over each workflow (with a
// file provider, so a caller and the reusable workflow it calls are checked
// against each other), the parser's action-metadata schema over each
// action.yml, and the cross-file checks the parser does not make.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { parseDocument } from 'yaml';
import {
  asMap,
  isObject,
  type Json,
  type JsonMap,
  jobsOf,
  loadWorkflow,
  OWN_REPO,
  REPO_ROOT,
  readRepoFile,
  stepsOf,
  type WorkflowFile,
} from './files';
import { classifyUses, ownActionDir, refsIn } from './refs';

/** Maps a reusable-workflow reference to a file in this checkout, or undefined. */
export function resolveReference(ref: FileReference): string | undefined {
  if (!('repository' in ref)) return ref.path;
  return `${ref.owner}/${ref.repository}`.toLowerCase() === OWN_REPO ? ref.path : undefined;
}

/**
 * Local references (`./.github/workflows/x.yml`) and this library's
 * (`medimind/delivery/.github/workflows/x.yml@v1`) resolve to this checkout;
 * anything else cannot be fetched offline and is reported by the parser as
 * "Unable to find reusable workflow".
 */
export function repoFileProvider(root = REPO_ROOT): FileProvider {
  return {
    async getFileContent(ref: FileReference) {
      const path = resolveReference(ref);
      if (!path || !existsSync(join(root, path)))
        throw new Error(`cannot resolve ${JSON.stringify(ref)}`);
      return { name: path, content: readRepoFile(path, root) };
    },
  };
}

/** Schema, expression and caller/callee errors from @actions/workflow-parser. */
export async function workflowParserErrors(
  name: string,
  content: string,
  root = REPO_ROOT,
): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (!parsed.value) return parsed.context.errors.getErrors().map((e) => e.message);
  const template = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    repoFileProvider(root),
    {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: ErrorPolicy.TryConversion,
    },
  );
  return (template.errors ?? []).map((e) => e.Message);
}

/** Schema errors from the parser's action.yml support plus this project's metadata conventions. */
export function actionMetadataErrors(name: string, content: string): string[] {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors.length > 0) return errors;
  const action = convertActionTemplate(parsed.context, parsed.value, {
    errorPolicy: ErrorPolicy.TryConversion,
  });
  errors.push(...parsed.context.errors.getErrors().map((e) => e.message));
  const runs = action.runs as { using?: string; main?: string };
  // A composite (release-environment) chains other actions; everything else is a bundle.
  if (runs.using === 'composite') {
    for (const o of action.outputs ?? []) {
      if (!(o as { value?: unknown }).value) errors.push(`${name}: output "${o.id}" has no value`);
    }
  } else {
    if (runs.using !== 'node24')
      errors.push(`${name}: runs.using is "${runs.using}", expected node24 or composite`);
    if (runs.main !== 'dist/index.js')
      errors.push(`${name}: runs.main is "${runs.main}", expected dist/index.js`);
  }
  for (const [kind, items] of [
    ['input', action.inputs ?? []],
    ['output', action.outputs ?? []],
  ] as const) {
    for (const item of items) {
      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(item.id))
        errors.push(`${name}: ${kind} "${item.id}" is not kebab-case`);
      if (!item.description?.trim())
        errors.push(`${name}: ${kind} "${item.id}" has no description`);
    }
  }
  return errors;
}

// --- cross-file contracts the parser does not check -----------------------------

export interface ActionContract {
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
  outputs: Set<string>;
}

export function loadActionContract(dir: string, root = REPO_ROOT): ActionContract | undefined {
  const file = ['action.yml', 'action.yaml']
    .map((f) => join(dir, f))
    .find((p) => existsSync(join(root, p)));
  if (!file) return undefined;
  const data = asMap(parseDocument(readRepoFile(file, root)).toJS() as Json);
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const [k, v] of Object.entries(asMap(data.inputs))) {
    const spec = asMap(v);
    inputs.set(k.toLowerCase(), {
      required: spec.required === true || spec.required === 'true',
      hasDefault: 'default' in spec,
    });
  }
  return { inputs, outputs: new Set(Object.keys(asMap(data.outputs)).map((k) => k.toLowerCase())) };
}

interface CallContract {
  inputs: Map<string, { type: string; required: boolean }>;
  outputs: Set<string>;
}

function workflowCallContract(callee: WorkflowFile): CallContract | undefined {
  const on = callee.data.on;
  const call = isObject(on) ? on.workflow_call : undefined;
  if (call === undefined) return undefined;
  const spec = asMap(call);
  const inputs = new Map<string, { type: string; required: boolean }>();
  for (const [k, v] of Object.entries(asMap(spec.inputs))) {
    inputs.set(k.toLowerCase(), {
      type: String(asMap(v).type),
      required: asMap(v).required === true,
    });
  }
  return { inputs, outputs: new Set(Object.keys(asMap(spec.outputs)).map((k) => k.toLowerCase())) };
}

export interface ContractContext {
  root: string;
  resolveReusable(uses: string): WorkflowFile | undefined;
  action(dir: string): ActionContract | undefined;
}

export function repoContractContext(root = REPO_ROOT): ContractContext {
  const actions = new Map<string, ActionContract | undefined>();
  const workflows = new Map<string, WorkflowFile | undefined>();
  return {
    root,
    action(dir) {
      if (!actions.has(dir)) actions.set(dir, loadActionContract(dir, root));
      return actions.get(dir);
    },
    resolveReusable(uses) {
      if (!workflows.has(uses)) workflows.set(uses, resolveReusableFile(uses, root));
      return workflows.get(uses);
    },
  };
}

function resolveReusableFile(uses: string, root: string): WorkflowFile | undefined {
  const u = classifyUses(uses);
  const path = u.kind === 'local' || u.kind === 'own' ? u.path : undefined;
  if (!path || !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || !existsSync(join(root, path)))
    return undefined;
  return loadWorkflow(path, root);
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

/** Scope -> level for a `permissions` value; undefined when it is not set (inherited). */
function permissionLevels(perms: Json | undefined): Map<string, number> | undefined {
  if (perms === undefined) return undefined;
  if (perms === 'write-all' || perms === 'read-all') {
    const level = perms === 'write-all' ? 2 : 1;
    return new Map(SCOPES.map((s) => [s, s === 'id-token' && level === 1 ? 0 : level]));
  }
  return new Map(Object.entries(asMap(perms)).map(([k, v]) => [k, LEVEL[String(v)] ?? 0]));
}

/**
 * GitHub refuses to start a called workflow whose jobs ask for more than the
 * calling job grants ("The nested job ... is requesting ..., but is only allowed ...").
 */
function checkCallPermissions(
  wf: WorkflowFile,
  id: string,
  job: JsonMap,
  callee: WorkflowFile,
): string[] {
  const granted = permissionLevels(job.permissions ?? wf.data.permissions);
  if (!granted) return []; // the repository default applies; nothing to compare statically
  const out: string[] = [];
  for (const [cid, cjob] of jobsOf(callee)) {
    const wanted = permissionLevels(cjob.permissions ?? callee.data.permissions);
    for (const [scope, level] of wanted ?? []) {
      if ((granted.get(scope) ?? 0) < level) {
        const name = Object.keys(LEVEL).find((k) => LEVEL[k] === level);
        out.push(
          `${wf.path}: job ${id} calls ${callee.path}, whose job ${cid} requests ${scope}: ${name}, which job ${id} does not grant`,
        );
      }
    }
  }
  return out;
}

function isLiteral(v: Json | undefined): boolean {
  return !(typeof v === 'string' && v.includes('${{'));
}

function literalMatchesType(v: Json | undefined, type: string): boolean {
  if (type === 'boolean') return typeof v === 'boolean';
  if (type === 'number') return typeof v === 'number';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * A composite action's steps against the actions they use, as for workflow
 * jobs: this library's actions exist, take the `with:` keys given, get their
 * required inputs, and have the `steps.<id>.outputs.<name>` read from them;
 * `inputs.<name>` reads name the composite's own inputs.
 */
export function checkCompositeContracts(
  path: string,
  ctx: ContractContext,
  content = readRepoFile(path, ctx.root),
): string[] {
  const data = asMap(parseDocument(content).toJS() as Json);
  const runs = asMap(data.runs);
  if (runs.using !== 'composite') return [];
  const out: string[] = [];
  const ownInputs = new Set(Object.keys(asMap(data.inputs)).map((k) => k.toLowerCase()));
  const steps = Array.isArray(runs.steps) ? runs.steps.map(asMap) : [];
  const stepActions = new Map<string, ActionContract | undefined>();
  steps.forEach((step, i) => {
    const label = `${path}: step ${String(step.id ?? step.name ?? i + 1)}`;
    const dir = typeof step.uses === 'string' ? ownActionDir(step.uses) : undefined;
    if (typeof step.uses === 'string' && classifyUses(step.uses).kind === 'local')
      out.push(
        `${label}: ${step.uses} would resolve in the caller's checkout; use ${OWN_REPO}/<path>@<ref>`,
      );
    if (!dir) return;
    const contract = ctx.action(dir);
    if (typeof step.id === 'string') stepActions.set(step.id, contract);
    if (!contract) {
      out.push(`${label}: ${String(step.uses)} has no ${dir}/action.yml in this repository`);
      return;
    }
    const given = new Set(Object.keys(asMap(step.with)).map((k) => k.toLowerCase()));
    for (const k of given)
      if (!contract.inputs.has(k))
        out.push(`${label}: input "${k}" is not defined by ${dir}/action.yml`);
    for (const [k, spec] of contract.inputs)
      if (spec.required && !spec.hasDefault && !given.has(k))
        out.push(`${label}: required input "${k}" of ${dir} is not given`);
  });
  for (const ref of new Set(refsIn(JSON.stringify(data)))) {
    const [root, id, kind, name] = ref.split('.');
    if (root === 'inputs' && id && !ownInputs.has(id.toLowerCase()))
      out.push(`${path}: inputs.${id} is not an input of this action`);
    if (root !== 'steps' || !id) continue;
    if (!steps.some((s) => s.id === id)) {
      out.push(`${path}: steps.${id} is not a step of this action`);
      continue;
    }
    if (!name || name === '*') continue;
    const contract = stepActions.get(id);
    if (kind === 'outputs' && contract && !contract.outputs.has(name.toLowerCase()))
      out.push(`${path}: steps.${id}.outputs.${name} is not an output of that action`);
  }
  return out;
}

/**
 * Checks what the parser leaves open:
 * - steps using this library's actions: the action exists, every `with:` key
 *   is one of its inputs, required inputs without a default are given, and
 *   every `steps.<id>.outputs.<name>` is one of its outputs;
 * - `needs.<job>.outputs.<name>`: the job is in `needs` and defines that
 *   output (for a reusable workflow call, the called workflow does);
 * - literal `with:` values of a reusable workflow call match the input type;
 * - `on.workflow_call.outputs` values name existing job outputs.
 */
export function checkContracts(wf: WorkflowFile, ctx: ContractContext): string[] {
  const out: string[] = [];
  const jobs = new Map(jobsOf(wf));
  for (const [id, job] of jobs) {
    const text = JSON.stringify(job);
    const refs = [...new Set(refsIn(text))];

    // This library's actions.
    const stepActions = new Map<string, ActionContract | undefined>();
    stepsOf(job).forEach((step, i) => {
      const dir = typeof step.uses === 'string' ? ownActionDir(step.uses) : undefined;
      if (!dir) return;
      const label = `${wf.path}: job ${id} step ${String(step.id ?? step.name ?? i + 1)}`;
      const contract = ctx.action(dir);
      if (typeof step.id === 'string') stepActions.set(step.id, contract);
      if (!contract) {
        out.push(`${label}: ${String(step.uses)} has no ${dir}/action.yml in this repository`);
        return;
      }
      const given = new Set(Object.keys(asMap(step.with)).map((k) => k.toLowerCase()));
      for (const k of given)
        if (!contract.inputs.has(k))
          out.push(`${label}: input "${k}" is not defined by ${dir}/action.yml`);
      for (const [k, spec] of contract.inputs) {
        if (spec.required && !spec.hasDefault && !given.has(k))
          out.push(`${label}: required input "${k}" of ${dir} is not given`);
      }
    });
    for (const ref of refs) {
      const [, stepId, kind, name] = ref.split('.');
      if (!ref.startsWith('steps.') || kind !== 'outputs' || !stepId || !name || name === '*')
        continue;
      const contract = stepActions.get(stepId);
      if (contract && !contract.outputs.has(name.toLowerCase())) {
        out.push(
          `${wf.path}: job ${id}: steps.${stepId}.outputs.${name} is not an output of that action`,
        );
      }
    }

    // needs.<job>.outputs.<name>
    const needs = new Set(
      (Array.isArray(job.needs) ? job.needs : job.needs === undefined ? [] : [job.needs]).map(
        String,
      ),
    );
    for (const ref of refs) {
      const [root, target, kind, name] = ref.split('.');
      if (root !== 'needs' || !target || kind !== 'outputs' || !name || name === '*') continue;
      if (!needs.has(target)) {
        out.push(
          `${wf.path}: job ${id} reads needs.${target} but does not list ${target} in needs`,
        );
        continue;
      }
      const other = jobs.get(target);
      if (!other) continue; // the parser reports unknown jobs in needs
      if (typeof other.uses === 'string') {
        const callee = ctx.resolveReusable(other.uses);
        const contract = callee && workflowCallContract(callee);
        if (contract && !contract.outputs.has(name.toLowerCase())) {
          out.push(
            `${wf.path}: job ${id} reads needs.${target}.outputs.${name}, which ${callee.path} does not declare in on.workflow_call.outputs`,
          );
        }
      } else if (
        !Object.keys(asMap(other.outputs)).some((k) => k.toLowerCase() === name.toLowerCase())
      ) {
        out.push(
          `${wf.path}: job ${id} reads needs.${target}.outputs.${name}, which job ${target} does not define`,
        );
      }
    }

    // Literal inputs and permissions of a reusable workflow call.
    if (typeof job.uses === 'string') {
      const callee = ctx.resolveReusable(job.uses);
      const contract = callee && workflowCallContract(callee);
      if (!callee) {
        if (classifyUses(job.uses).kind !== 'remote')
          out.push(`${wf.path}: job ${id} calls ${job.uses}, which is not in this repository`);
      } else if (!contract) {
        out.push(`${wf.path}: job ${id} calls ${callee.path}, which has no on.workflow_call`);
      } else {
        out.push(...checkCallPermissions(wf, id, job, callee));
        for (const [k, v] of Object.entries(asMap(job.with))) {
          const spec = contract.inputs.get(k.toLowerCase());
          if (spec && isLiteral(v) && !literalMatchesType(v, spec.type)) {
            out.push(
              `${wf.path}: job ${id} passes ${JSON.stringify(v)} to input "${k}" of type ${spec.type}`,
            );
          }
        }
      }
    }
  }

  // on.workflow_call.outputs -> jobs.<id>.outputs.<name>
  const on = wf.data.on;
  const call = isObject(on) ? asMap(on.workflow_call) : {};
  for (const [name, spec] of Object.entries(asMap(call.outputs))) {
    for (const ref of refsIn(String(asMap(spec as Json).value ?? ''))) {
      const [root, jobId, kind, outName] = ref.split('.');
      if (root !== 'jobs' || kind !== 'outputs' || !jobId || !outName) continue;
      const job = jobs.get(jobId);
      // A reusable workflow call's outputs are those its workflow declares.
      const callee = typeof job?.uses === 'string' ? ctx.resolveReusable(job.uses) : undefined;
      const calleeOutputs = callee && workflowCallContract(callee)?.outputs;
      if (!job)
        out.push(`${wf.path}: workflow output ${name} reads jobs.${jobId}, which does not exist`);
      else if (calleeOutputs) {
        if (!calleeOutputs.has(outName.toLowerCase()))
          out.push(
            `${wf.path}: workflow output ${name} reads jobs.${jobId}.outputs.${outName}, which ${callee.path} does not declare`,
          );
      } else if (!Object.keys(asMap(job.outputs)).includes(outName)) {
        out.push(
          `${wf.path}: workflow output ${name} reads jobs.${jobId}.outputs.${outName}, which job ${jobId} does not define`,
        );
      }
    }
  }
  return out;
}
