/**
 * Runs a workflow's job graph locally the way the runner would: jobs in
 * `needs` order (one at a time), `if:` with the status functions, reusable
 * workflow calls with their inputs, secrets and outputs, environment gates,
 * steps with `with:`/`env:`/outputs, composite actions expanded, this
 * library's node actions from their committed bundles, `run:` steps in bash,
 * third-party actions through the substitute table (see substitutes.ts).
 *
 * Not modelled: matrix strategies (a job with one fails naming it), services,
 * containers, `timeout-minutes`, concurrency groups, parallel jobs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readActionMetadata, runBundle } from '../run-bundle';
import { RunnerConsole } from '../terminal';
import type { ArtifactStore } from './artifacts';
import {
  asText,
  type Contexts,
  condition,
  Expr,
  ExpressionFailure,
  evaluate,
  interpolate,
  type Plain,
  type Status,
  Strict,
  truthy,
  type Value,
} from './expressions';
import { parseFileCommands } from './file-commands';
import { StepLog } from './step-log';
import {
  asMap,
  loadAction,
  loadWorkflow,
  OWN_REPO,
  type PlainMap,
  referenceErrors,
  WorkflowFileError,
  workflowPath,
} from './template';

export type Result = 'success' | 'failure' | 'skipped' | 'waiting';

export type JobRecord = {
  path: string;
  name: string;
  result: Result;
  ms: number;
  outputs: Record<string, string>;
  environment?: string;
  reason?: string;
};

/** What a substitute (or an overridden action) gets: evaluated inputs and the step's world. */
export type StepCall = {
  uses: string;
  label: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  job: JobInfo;
  log: (line: string) => void;
  setOutput: (name: string, value: string) => void;
  exportEnv: (name: string, value: string) => void;
  mask: (value: string) => void;
};

export type StepOutcome = { status: 'success' | 'failure' | 'skipped'; message?: string };

export type Substitute = {
  /** One line for the table in the docs and the log ("working tree", "local terraform", ...). */
  describe: string;
  run: (call: StepCall) => Promise<StepOutcome>;
};

export type JobInfo = { path: string; environment?: string; runnerTemp: string; workspace: string };

export type ExecutorOptions = {
  /** The working tree: `./` references, GITHUB_WORKSPACE, run: steps' directory. */
  root: string;
  /** Where `medimind/delivery/...@<ref>` resolves (this repository). */
  libraryRoot: string;
  write: (text: string) => void;
  github: Record<string, Value>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Variables every step sees (PATH, HOME, tool settings). */
  baseEnv: Record<string, string>;
  /** Environments with required reviewers, and those approved for this run. */
  gated: Set<string>;
  approved: Set<string>;
  /** `job` or `job/step` (ids or names; nested jobs as caller/callee) that fails instead of running. */
  fail?: string;
  /** Third-party actions by `owner/repo[/path]`; this library's actions by `own:<name>`. */
  substitutes: Record<string, Substitute>;
  artifacts: ArtifactStore;
  tempDir: string;
  /** Show folded `::group::` sections in full. */
  verbose?: boolean;
  /** Adjusts a library action's inputs for the local world (logged in the step). */
  rewriteInputs?: (
    action: string,
    inputs: Record<string, string>,
    log: (line: string) => void,
    job: JobInfo,
  ) => void | Promise<void>;
};

export type RunResult = {
  result: 'success' | 'failure' | 'waiting';
  jobs: JobRecord[];
  /** The job waiting at an approval gate, when the run stopped there. */
  gate?: { job: string; environment: string };
  /** Problems with the rehearsal itself (an unmatched --fail). */
  errors: string[];
  warnings: string[];
};

type StepRecord = {
  outcome: string;
  conclusion: string;
  outputs: Record<string, string>;
  declared?: string[];
};

type Scope = {
  prefix: string;
  defaults?: Plain;
  inputs: Strict;
  secrets: Record<string, string>;
  env: Plain;
};

const sec = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const ICON: Record<string, string> = { success: '✔', failure: '✘', skipped: '⊘', waiting: '⏸' };

class StopAtGate extends Error {
  constructor(
    readonly job: string,
    readonly environment: string,
  ) {
    super(`stopped at approval gate: ${job} needs approval for environment ${environment}`);
  }
}

export class WorkflowExecutor {
  private readonly masks = new Set<string>();
  private readonly records: JobRecord[] = [];
  private failMatched = false;
  /** Things GitHub only warns about, repeated at the end. */
  readonly warnings: string[] = [];
  /** What the GitHub API can tell about this run: gates passed, the job in progress. */
  readonly state: {
    approvals: { environment: string; at: string }[];
    current?: { runnerName: string; startedAt: string; path: string };
  } = { approvals: [] };
  private readonly o: ExecutorOptions;
  /** `github.token`, which is also `secrets.GITHUB_TOKEN`. */
  private readonly token: string;

  constructor(options: ExecutorOptions) {
    // Everything printed passes the run's masks, not only step logs.
    const redactor = new RunnerConsole(() => {}, this.masks);
    this.o = { ...options, write: (t) => options.write(redactor.redact(t)) };
    const o = this.o;
    for (const v of Object.values(o.secrets ?? {})) this.masks.add(v);
    this.token = typeof o.github.token === 'string' ? o.github.token : '';
    this.masks.add(this.token);
  }

  async run(path: string, inputs: Record<string, Value>, content?: string): Promise<RunResult> {
    const workflow = await loadWorkflow(this.o.root, path, content);
    const problems = await referenceErrors(this.o.root, path, workflow);
    if (problems.length) throw new WorkflowFileError(problems.join('\n'));
    const on = asMap(workflow.on);
    const declared = asMap(asMap(on.workflow_call ?? on.workflow_dispatch).inputs);
    const scope: Scope = {
      prefix: '',
      inputs: this.bindInputs(declared, inputs, path),
      secrets: { GITHUB_TOKEN: this.token, ...this.o.secrets },
      env: workflow.env ?? null,
      defaults: workflow.defaults,
    };
    let result: RunResult['result'] = 'success';
    let gate: RunResult['gate'];
    try {
      const jobs = await this.runGraph(asMap(workflow.jobs), scope);
      if ([...jobs.values()].some((j) => j.result === 'failure')) result = 'failure';
    } catch (error) {
      if (!(error instanceof StopAtGate)) throw error;
      result = 'waiting';
      gate = { job: error.job, environment: error.environment };
      this.o.write(`\n⏸ ${error.message}\n`);
    }
    const errors: string[] = [];
    if (this.o.fail && !this.failMatched && result !== 'waiting') {
      errors.push(`--fail ${this.o.fail} matched no job or step that ran`);
    }
    return { result, jobs: this.records, gate, errors, warnings: this.warnings };
  }

  /** Typed inputs with defaults; a missing required input or an unknown one is an error. */
  private bindInputs(declared: PlainMap, given: Record<string, Value>, where: string): Strict {
    const values: Record<string, Value> = {};
    for (const name of Object.keys(given)) {
      if (!(name in declared)) {
        throw new ExpressionFailure(
          `${where} has no input "${name}" (its inputs: ${Object.keys(declared).join(', ') || 'none'})`,
        );
      }
    }
    for (const [name, specPlain] of Object.entries(declared)) {
      const spec = asMap(specPlain);
      let value: Value | undefined = given[name];
      if (value === undefined || value === null) {
        if (spec.default !== undefined)
          value = interpolate(spec.default, { github: this.o.github });
        else if (spec.required === true || spec.required === 'true') {
          throw new ExpressionFailure(`${where}: required input "${name}" was not given`);
        } else value = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
      }
      if (spec.type === 'boolean' && typeof value === 'string') {
        if (value !== 'true' && value !== 'false') {
          throw new ExpressionFailure(
            `${where}: input "${name}" must be true or false, got "${value}"`,
          );
        }
        value = value === 'true';
      }
      if (spec.type === 'number' && typeof value === 'string') value = Number(value);
      values[name] = value;
    }
    return new Strict('inputs', values, `${where}'s inputs`);
  }

  private async runGraph(jobs: PlainMap, scope: Scope): Promise<Map<string, JobRecord>> {
    const done = new Map<string, JobRecord>();
    const failedAncestors = new Map<string, boolean>();
    const needsOf = (id: string): string[] => {
      const needs = asMap(jobs[id] ?? null).needs;
      return needs === undefined ? [] : (Array.isArray(needs) ? needs : [needs]).map(String);
    };
    const pending = Object.keys(jobs);
    while (pending.length) {
      const index = pending.findIndex((id) => needsOf(id).every((n) => done.has(n)));
      if (index < 0) throw new Error(`jobs ${pending.join(', ')} wait on each other`);
      const [id] = pending.splice(index, 1) as [string];
      const needs = needsOf(id);
      const anyFailed = needs.some(
        (n) => done.get(n)!.result === 'failure' || failedAncestors.get(n),
      );
      failedAncestors.set(id, anyFailed);
      const needsContext = new Strict(
        'needs',
        Object.fromEntries(
          needs.map((n) => {
            const r = done.get(n)!;
            return [
              n,
              {
                result: r.result,
                outputs: new Strict(`needs.${n}.outputs`, r.outputs, `job "${n}"`),
              } as unknown as Value,
            ];
          }),
        ),
        `job "${id}" (it needs: ${needs.join(', ') || 'nothing'})`,
      );
      const status: Status = {
        failed: anyFailed,
        cancelled: false,
        success: needs.every((n) => done.get(n)!.result === 'success'),
      };
      done.set(id, await this.runJob(id, asMap(jobs[id] ?? null), scope, needsContext, status));
    }
    return done;
  }

  private baseContexts(scope: Scope, needs: Strict): Contexts {
    return {
      github: this.o.github,
      inputs: scope.inputs,
      needs,
      vars: this.o.vars ?? {},
      secrets: scope.secrets,
    };
  }

  private async runJob(
    id: string,
    job: PlainMap,
    scope: Scope,
    needs: Strict,
    status: Status,
  ): Promise<JobRecord> {
    const path = `${scope.prefix}${id}`;
    const contexts = this.baseContexts(scope, needs);
    const started = Date.now();
    const declaredOutputs = Object.keys(asMap(job.outputs));
    const record = (result: Result, extra: Partial<JobRecord> = {}): JobRecord => {
      const r: JobRecord = {
        path,
        name: extra.name ?? path,
        result,
        ms: Date.now() - started,
        // A job that never produced its outputs still declares them ('' to dependents).
        outputs: blank(declaredOutputs),
        ...extra,
      };
      this.records.push(r);
      return r;
    };
    const ifCondition = condition(job.if);
    let name = path;
    try {
      if (job.name !== undefined) name = `${path} · ${asText(interpolate(job.name, contexts))}`;
      if (!truthy(evaluate(ifCondition, contexts, status))) {
        this.o.write(`\n${ICON.skipped} ${path} skipped (if: ${ifCondition})\n`);
        return record('skipped', { name, outputs: blank(declaredOutputs) });
      }
    } catch (error) {
      return this.jobError(path, name, error, record);
    }
    if (job.strategy !== undefined && asMap(job.strategy).matrix !== undefined) {
      return this.jobError(
        path,
        name,
        new Error(`${path}: matrix strategies are not rehearsed`),
        record,
      );
    }
    if (typeof job.uses === 'string') return this.runCall(path, name, job, scope, contexts, record);

    let environment: string | undefined;
    try {
      const env = interpolate(job.environment ?? null, contexts);
      environment =
        typeof env === 'string'
          ? env
          : env && typeof env === 'object'
            ? asText((env as Record<string, Value>).name ?? null)
            : undefined;
    } catch (error) {
      return this.jobError(path, name, error, record);
    }
    if (environment && this.o.gated.has(environment)) {
      if (!this.o.approved.has(environment)) {
        record('waiting', { name, environment, reason: `waiting for approval of ${environment}` });
        throw new StopAtGate(path, environment);
      }
      this.o.write(`\n✔ ${path}: environment ${environment} approved (--approve ${environment})\n`);
      this.state.approvals.push({ environment, at: new Date().toISOString() });
    }
    this.o.write(`\n▶ ${name}${environment ? `  [environment: ${environment}]` : ''}\n`);
    if (this.matchesFail(path)) {
      this.o.write(`  ✘ failure injected by --fail ${this.o.fail}\n`);
      return record('failure', {
        name,
        environment,
        outputs: blank(declaredOutputs),
        reason: 'injected',
      });
    }
    const runnerTemp = mkdtempSync(join(this.o.tempDir, `${path.replace(/\W+/g, '-')}-`));
    const info: JobInfo = { path, environment, runnerTemp, workspace: this.o.root };
    this.state.current = {
      path,
      runnerName: runnerName(path),
      startedAt: new Date().toISOString(),
    };
    const state = new JobState(info, this.o.baseEnv);
    // `defaults.run` of the job wins over the workflow's.
    state.defaults = { ...asMap(asMap(scope.defaults).run), ...asMap(asMap(job.defaults).run) };
    const runner = {
      os: 'Linux',
      arch: 'X64',
      name: 'medimind-rehearsal',
      temp: runnerTemp,
      tool_cache: join(runnerTemp, '_tool'),
    };
    const jobContexts = { ...contexts, runner, job: { status: 'success' } } as Contexts;
    try {
      for (const [k, v] of Object.entries(asMap(interpolate(scope.env, jobContexts) as Plain)))
        state.env[k] = asText(v as Value);
      for (const [k, v] of Object.entries(
        asMap(interpolate(job.env ?? null, { ...jobContexts, env: state.env }) as Plain),
      ))
        state.env[k] = asText(v as Value);
    } catch (error) {
      return this.jobError(path, name, error, record);
    }
    const steps = Array.isArray(job.steps) ? job.steps : [];
    const stepsContext: Record<string, StepRecord> = {};
    await this.runSteps(steps.map(asMap), state, jobContexts, stepsContext, path, {
      failed: false,
    });
    let outputs: Record<string, string> = {};
    try {
      outputs = this.evaluateOutputs(asMap(job.outputs), {
        ...jobContexts,
        steps: stepsView(stepsContext),
        env: state.env,
      });
    } catch (error) {
      this.o.write(`  Error: ${(error as Error).message}\n`);
      state.failed = true;
      outputs = blank(declaredOutputs);
    }
    if (state.summaries.length) {
      const file = join(
        ensureDir(join(this.o.tempDir, 'summaries')),
        `${path.replace(/\//g, '--')}.md`,
      );
      writeFileSync(file, state.summaries.join('\n'));
      this.o.write(`  job summary: ${file}\n`);
    }
    const result = state.failed ? 'failure' : 'success';
    const r = record(result, { name, environment, outputs });
    this.o.write(`${ICON[result]} ${path} ${result} (${sec(r.ms)})${showOutputs(outputs)}\n`);
    return r;
  }

  private jobError(
    path: string,
    name: string,
    error: unknown,
    record: (r: Result, extra?: Partial<JobRecord>) => JobRecord,
  ): JobRecord {
    if (!(error instanceof ExpressionFailure) && !(error instanceof Error)) throw error;
    this.o.write(`\n${ICON.failure} ${path}: ${(error as Error).message}\n`);
    return record('failure', { name, reason: (error as Error).message });
  }

  private evaluateOutputs(outputs: PlainMap, contexts: Contexts): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(outputs)) {
      const spec =
        v !== null && typeof v === 'object' && !(v instanceof Expr) && !Array.isArray(v)
          ? (v as PlainMap).value
          : v;
      out[k] = asText(interpolate(spec ?? null, contexts));
    }
    return out;
  }

  /** A job that calls a reusable workflow: its jobs run as `<caller>/<job>`. */
  private async runCall(
    path: string,
    name: string,
    job: PlainMap,
    scope: Scope,
    contexts: Contexts,
    record: (r: Result, extra?: Partial<JobRecord>) => JobRecord,
  ): Promise<JobRecord> {
    const ref = String(job.uses);
    const file = workflowPath(ref);
    this.o.write(`\n▶ ${name}  (calls ${ref})\n`);
    if (!file)
      return this.jobError(
        path,
        name,
        new Error(`${path}: cannot rehearse ${ref} (only ./ and ${OWN_REPO} workflows)`),
        record,
      );
    try {
      const callee = await loadWorkflow(
        file.startsWith('.github') && ref.startsWith(OWN_REPO) ? this.o.libraryRoot : this.o.root,
        file,
      );
      const problems = await referenceErrors(this.o.root, file, callee);
      if (problems.length) throw new WorkflowFileError(problems.join('\n'));
      const call = asMap(asMap(callee.on).workflow_call);
      const given = asMap(interpolate(job.with ?? {}, contexts) as Plain) as Record<string, Value>;
      const inputs = this.bindInputs(asMap(call.inputs), given, `${path} (${file})`);
      let secrets: Record<string, string> = {};
      if (job.secrets === 'inherit') secrets = scope.secrets;
      else {
        for (const [k, v] of Object.entries(
          asMap(interpolate(job.secrets ?? {}, contexts) as Plain),
        ))
          secrets[k] = asText(v as Value);
        for (const [k, spec] of Object.entries(asMap(call.secrets))) {
          if (asMap(spec).required === true && !(k in secrets))
            throw new ExpressionFailure(`${path}: required secret "${k}" was not passed`);
        }
      }
      if (this.matchesFail(path)) {
        this.o.write(`  ✘ failure injected by --fail ${this.o.fail}\n`);
        return record('failure', {
          name,
          reason: 'injected',
          outputs: blank(Object.keys(asMap(call.outputs))),
        });
      }
      const jobs = await this.runGraph(asMap(callee.jobs), {
        prefix: `${path}/`,
        inputs,
        secrets: { GITHUB_TOKEN: this.token, ...secrets },
        env: callee.env ?? null,
        defaults: callee.defaults,
      });
      const jobsContext = new Strict(
        'jobs',
        Object.fromEntries(
          [...jobs].map(([id, r]) => [
            id,
            {
              result: r.result,
              outputs: new Strict(`jobs.${id}.outputs`, r.outputs, `job "${id}" of ${file}`),
            } as unknown as Value,
          ]),
        ),
        file,
      );
      const outputs = this.evaluateOutputs(asMap(call.outputs), {
        github: this.o.github,
        inputs,
        jobs: jobsContext,
      });
      const failed = [...jobs.values()].some((j) => j.result === 'failure');
      const r = record(failed ? 'failure' : 'success', { name, outputs });
      this.o.write(`${ICON[r.result]} ${path} ${r.result} (${sec(r.ms)})${showOutputs(outputs)}\n`);
      return r;
    } catch (error) {
      if (error instanceof StopAtGate) throw error;
      return this.jobError(path, name, error, record);
    }
  }

  private matchesFail(...names: (string | undefined)[]): boolean {
    if (!this.o.fail || !names.some((n) => n !== undefined && n === this.o.fail)) return false;
    this.failMatched = true;
    return true;
  }

  /** Runs steps in order; `status.failed` is the status the steps' `if:` sees (job or composite). */
  private async runSteps(
    steps: PlainMap[],
    state: JobState,
    contexts: Contexts,
    stepsContext: Record<string, StepRecord>,
    prefix: string,
    status: { failed: boolean },
    compositeInputs?: Strict,
  ): Promise<void> {
    for (const [i, step] of steps.entries()) {
      const id = typeof step.id === 'string' ? step.id : undefined;
      const rawName =
        step.name instanceof Expr
          ? step.name.source
          : typeof step.name === 'string'
            ? step.name
            : undefined;
      const ctx: Contexts = {
        ...contexts,
        steps: stepsView(stepsContext),
        env: state.env,
        job: { status: status.failed ? 'failure' : 'success' },
      };
      if (compositeInputs) ctx.inputs = compositeInputs;
      let label =
        rawName ??
        (typeof step.uses === 'string' ? `Run ${step.uses}` : `Run ${firstLine(step.run)}`);
      const started = Date.now();
      const finish = (
        outcome: 'success' | 'failure' | 'skipped',
        outputs: Record<string, string> = {},
        declared?: string[],
        note = '',
      ) => {
        const continueOnError =
          step['continue-on-error'] === true || step['continue-on-error'] === 'true';
        const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
        if (id) stepsContext[id] = { outcome, conclusion, outputs, declared };
        if (conclusion === 'failure') status.failed = state.failed = true;
        this.o.write(
          `${state.indent}  ${ICON[outcome]} ${label}${outcome === 'skipped' ? ' skipped' : ''} (${sec(Date.now() - started)})${note ? ` ${note}` : ''}\n`,
        );
      };
      try {
        if (step.name instanceof Expr) label = asText(interpolate(step.name, ctx));
        const cond = condition(step.if);
        if (!truthy(evaluate(cond, ctx, { failed: status.failed, cancelled: false }))) {
          finish('skipped', {}, undefined, `(if: ${cond})`);
          continue;
        }
      } catch (error) {
        this.o.write(`${state.indent}  Error: ${(error as Error).message}\n`);
        finish('failure');
        continue;
      }
      const stepPath = `${prefix}/${id ?? rawName ?? i + 1}`;
      if (this.matchesFail(`${prefix}/${id}`, `${prefix}/${rawName}`, `${prefix}/${label}`)) {
        this.o.write(
          `${state.indent}  ▶ ${label}\n${state.indent}    Error: failure injected by --fail ${this.o.fail}\n`,
        );
        finish('failure', {}, undefined, '(injected)');
        continue;
      }
      this.o.write(`${state.indent}  ▶ ${label}\n`);
      try {
        const stepEnv = { ...state.env };
        for (const [k, v] of Object.entries(asMap(interpolate(step.env ?? null, ctx) as Plain)))
          stepEnv[k] = asText(v as Value);
        const withCtx = { ...ctx, env: stepEnv };
        const result =
          typeof step.uses === 'string'
            ? await this.runUses(step, state, withCtx, stepEnv, label, stepPath)
            : await this.runShell(step, state, withCtx, stepEnv);
        finish(result.status, result.outputs, result.declared, result.note);
      } catch (error) {
        if (error instanceof StopAtGate) throw error;
        this.o.write(`${state.indent}    Error: ${(error as Error).message}\n`);
        finish('failure');
      }
    }
  }

  private stepCount = 0;

  /** A step's log: folded groups on the terminal, everything in <tempDir>/logs. */
  private console(state: JobState): StepLog {
    const dir = ensureDir(join(this.o.tempDir, 'logs', state.info.path.replace(/\//g, '--')));
    return new StepLog(
      (t) => this.o.write(t.replace(/^(?=.)/gm, `${state.indent}    `)),
      this.masks,
      join(dir, `${String(++this.stepCount).padStart(3, '0')}.log`),
      this.o.verbose,
    );
  }

  private files(state: JobState) {
    const dir = mkdtempSync(join(state.info.runnerTemp, 'step-'));
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_PATH: join(dir, 'path'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    return files;
  }

  /** Applies GITHUB_ENV / GITHUB_PATH to the rest of the job and returns the step's outputs. */
  private collect(
    state: JobState,
    files: ReturnType<WorkflowExecutor['files']>,
  ): Record<string, string> {
    const read = (f: string) => readFileSync(f, 'utf8');
    for (const [k, v] of Object.entries(parseFileCommands(read(files.GITHUB_ENV), 'GITHUB_ENV')))
      state.env[k] = v;
    for (const p of read(files.GITHUB_PATH).split('\n').filter(Boolean)) state.paths.unshift(p);
    const summary = read(files.GITHUB_STEP_SUMMARY);
    if (summary.trim()) state.summaries.push(summary);
    return parseFileCommands(read(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT');
  }

  private runnerVars(state: JobState, env: Record<string, string>): Record<string, string> {
    const g = this.o.github;
    const paths = [...state.paths, env.PATH ?? this.o.baseEnv.PATH ?? ''].filter(Boolean).join(':');
    return {
      ...env,
      PATH: paths,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.o.root,
      GITHUB_SHA: asText(g.sha ?? null),
      GITHUB_REF: asText(g.ref ?? null),
      GITHUB_REF_NAME: asText(g.ref_name ?? null),
      GITHUB_REPOSITORY: asText(g.repository ?? null),
      GITHUB_REPOSITORY_OWNER: asText(g.repository_owner ?? null),
      GITHUB_RUN_ID: asText(g.run_id ?? null),
      GITHUB_RUN_ATTEMPT: asText(g.run_attempt ?? null),
      GITHUB_EVENT_NAME: asText(g.event_name ?? null),
      GITHUB_ACTOR: asText(g.actor ?? null),
      GITHUB_SERVER_URL: asText(g.server_url ?? null),
      GITHUB_API_URL: asText(g.api_url ?? null),
      GITHUB_WORKFLOW: asText(g.workflow ?? null),
      GITHUB_WORKFLOW_REF: asText(g.workflow_ref ?? null),
      GITHUB_JOB: state.info.path,
      RUNNER_TEMP: state.info.runnerTemp,
      RUNNER_NAME: runnerName(state.info.path),
      RUNNER_OS: 'Linux',
    };
  }

  private async runShell(
    step: PlainMap,
    state: JobState,
    ctx: Contexts,
    env: Record<string, string>,
  ): Promise<StepResult> {
    const script = asText(interpolate(step.run ?? '', ctx));
    const shellSpec = step.shell ?? state.defaults.shell;
    const shell = shellSpec === undefined ? 'bash' : asText(interpolate(shellSpec, ctx));
    if (shell !== 'bash' && shell !== 'sh')
      throw new Error(`shell "${shell}" is not rehearsed (bash or sh)`);
    const files = this.files(state);
    const scriptFile = join(
      state.info.runnerTemp,
      `script-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`,
    );
    writeFileSync(scriptFile, script);
    const directory = step['working-directory'] ?? state.defaults['working-directory'];
    const cwd =
      directory !== undefined
        ? resolve(this.o.root, asText(interpolate(directory, ctx)))
        : this.o.root;
    const args =
      shell === 'bash'
        ? ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile]
        : ['-e', scriptFile];
    const console = this.console(state);
    const code = await new Promise<number>((done) => {
      const child = spawn(shell, args, {
        cwd,
        env: { ...this.runnerVars(state, env), ...files },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.setEncoding('utf8').on('data', (c: string) => console.feed(c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => console.feed(c));
      child.on('error', (e) => {
        console.feed(`${e.message}\n`);
        done(127);
      });
      child.on('close', (c) => done(c ?? 1));
    });
    console.flush();
    const outputs = this.collect(state, files);
    if (code !== 0) {
      console.showTail();
      this.o.write(`${state.indent}    Error: Process completed with exit code ${code}.\n`);
    }
    return { status: code === 0 ? 'success' : 'failure', outputs };
  }

  private async runUses(
    step: PlainMap,
    state: JobState,
    ctx: Contexts,
    env: Record<string, string>,
    label: string,
    stepPath: string,
  ): Promise<StepResult> {
    const uses = String(step.uses);
    const own = ownAction(uses, this.o.root, this.o.libraryRoot);
    const withValues = asMap(interpolate(step.with ?? {}, ctx) as Plain) as Record<string, Value>;
    if (own) {
      const metadata = loadAction(
        join(own.dir, existsSync(join(own.dir, 'action.yml')) ? 'action.yml' : 'action.yaml'),
        uses,
      );
      const declaredInputs = asMap(metadata.inputs);
      // The runner warns and ignores an input the action does not declare; so does the rehearsal.
      const unexpected = Object.keys(withValues).filter((k) => !(k in declaredInputs));
      if (unexpected.length) {
        this.o.write(
          `${state.indent}    Warning: Unexpected input(s) ${unexpected.map((k) => `'${k}'`).join(', ')}, valid inputs are [${Object.keys(
            declaredInputs,
          )
            .map((k) => `'${k}'`)
            .join(', ')}]\n`,
        );
        this.warnings.push(
          `${stepPath}: ${uses} does not declare ${unexpected.join(', ')} (ignored)`,
        );
      }
      const inputs: Record<string, string> = {};
      for (const [k, spec] of Object.entries(declaredInputs)) {
        const given = withValues[k];
        const fallback = asMap(spec).default;
        if (given !== undefined) inputs[k] = asText(given);
        else if (fallback !== undefined) inputs[k] = asText(interpolate(fallback, ctx));
        else if (asMap(spec).required === true)
          throw new ExpressionFailure(`${uses}: required input "${k}" was not given`);
      }
      await this.o.rewriteInputs?.(
        own.name,
        inputs,
        (line) => this.o.write(`${state.indent}    (rehearsal: ${line})\n`),
        state.info,
      );
      const declared = Object.keys(asMap(metadata.outputs));
      const override = this.o.substitutes[`own:${own.name}`];
      if (override)
        return { ...(await this.substitute(override, uses, label, inputs, env, state)), declared };
      const runs = asMap(metadata.runs);
      if (runs.using === 'composite')
        return this.runComposite(own, metadata, inputs, state, ctx, env, stepPath);
      if (!/^node\d+$/.test(String(runs.using)))
        throw new Error(`${uses}: runs.using ${String(runs.using)} is not rehearsed`);
      const files = this.files(state);
      const console = this.console(state);
      const result = await runBundle({
        action: own.name,
        dir: own.dir,
        inputs,
        cwd: this.o.root,
        env: { ...this.runnerVars(state, env), ...files },
        onStdout: (c) => console.feed(c),
        onStderr: (c) => console.feed(c),
      });
      console.flush();
      const outputs = this.collect(state, files);
      if (result.exitCode !== 0) console.showTail();
      if (result.exitCode !== 0)
        this.o.write(
          `${state.indent}    Error: ${own.name} exited with ${result.exitCode ?? result.signal}\n`,
        );
      return { status: result.exitCode === 0 ? 'success' : 'failure', outputs, declared };
    }
    const key = substituteKey(uses);
    const sub = this.o.substitutes[key];
    if (!sub) {
      throw new Error(
        `step "${label}" uses ${uses}, which has no local substitute (known: ${Object.keys(
          this.o.substitutes,
        )
          .filter((k) => !k.startsWith('own:'))
          .join(', ')})`,
      );
    }
    const inputs = Object.fromEntries(Object.entries(withValues).map(([k, v]) => [k, asText(v)]));
    return this.substitute(sub, uses, label, inputs, env, state);
  }

  private async substitute(
    sub: Substitute,
    uses: string,
    label: string,
    inputs: Record<string, string>,
    env: Record<string, string>,
    state: JobState,
  ): Promise<StepResult> {
    const console = this.console(state);
    const outputs: Record<string, string> = {};
    console.feed(`(rehearsal substitute: ${sub.describe})\n`);
    const outcome = await sub.run({
      uses,
      label,
      inputs,
      env: this.runnerVars(state, env),
      job: state.info,
      log: (line) => console.feed(`${line}\n`),
      setOutput: (k, v) => {
        outputs[k] = v;
      },
      exportEnv: (k, v) => {
        state.env[k] = v;
      },
      mask: (v) => {
        this.masks.add(v);
      },
    });
    console.flush();
    if (outcome.message)
      this.o.write(
        `${state.indent}    ${outcome.status === 'failure' ? 'Error: ' : ''}${console.redact(outcome.message)}\n`,
      );
    return {
      status: outcome.status,
      outputs,
      note: outcome.status === 'skipped' ? `(${outcome.message ?? 'skipped'})` : undefined,
    };
  }

  /** A composite action: its steps run in this job with `inputs` bound to the call's. */
  private async runComposite(
    own: OwnAction,
    metadata: PlainMap,
    inputs: Record<string, string>,
    state: JobState,
    ctx: Contexts,
    env: Record<string, string>,
    stepPath: string,
  ): Promise<StepResult> {
    const steps = asMap(metadata.runs).steps;
    const inner: Record<string, StepRecord> = {};
    const status = { failed: false };
    const saved = state.env;
    state.env = { ...env };
    const jobFailedBefore = state.failed;
    state.failed = false;
    const bound = new Strict('inputs', inputs, `action ${own.name}'s inputs`);
    state.indent += '  ';
    try {
      await this.runSteps(
        (Array.isArray(steps) ? steps : []).map(asMap),
        state,
        ctx,
        inner,
        stepPath,
        status,
        bound,
      );
    } finally {
      state.indent = state.indent.slice(2);
      // Variables a composite exports reach the rest of the job, as on the runner.
      state.env = {
        ...saved,
        ...Object.fromEntries(Object.entries(state.env).filter(([k]) => env[k] !== state.env[k])),
      };
    }
    const failed = state.failed;
    state.failed = jobFailedBefore;
    const outputs = this.evaluateOutputs(asMap(metadata.outputs), {
      ...ctx,
      inputs: bound,
      steps: stepsView(inner),
    });
    return {
      status: failed ? 'failure' : 'success',
      outputs,
      declared: Object.keys(asMap(metadata.outputs)),
    };
  }
}

type StepResult = {
  status: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  declared?: string[];
  note?: string;
};

class JobState {
  env: Record<string, string> = {};
  /** Deeper for a composite action's steps. */
  indent = '';
  defaults: PlainMap = {};
  paths: string[] = [];
  summaries: string[] = [];
  failed = false;
  constructor(
    readonly info: JobInfo,
    base: Record<string, string>,
  ) {
    this.env = { ...base };
  }
}

type OwnAction = { name: string; dir: string };

/** `medimind/delivery/actions/<name>@<ref>` (this library) or `./<path>` (the working tree). */
export function ownAction(uses: string, root: string, libraryRoot: string): OwnAction | undefined {
  if (uses.startsWith('./')) {
    const dir = resolve(root, uses);
    return { name: dir.split('/').pop()!, dir };
  }
  const m = new RegExp(`^${OWN_REPO}/actions/([a-z0-9-]+)@.+$`, 'i').exec(uses);
  return m ? { name: m[1]!, dir: join(libraryRoot, 'actions', m[1]!) } : undefined;
}

/** `owner/repo[/path]` of a third-party `uses:` (the ref does not matter locally). */
export function substituteKey(uses: string): string {
  return uses.replace(/@.*$/, '').toLowerCase();
}

function stepsView(steps: Record<string, StepRecord>): Strict {
  return new Strict(
    'steps',
    Object.fromEntries(
      Object.entries(steps).map(([id, s]) => [
        id,
        {
          outcome: s.outcome,
          conclusion: s.conclusion,
          outputs: s.declared
            ? new Strict(
                `steps.${id}.outputs`,
                { ...blank(s.declared), ...s.outputs },
                `step "${id}"`,
              )
            : s.outputs,
        } as unknown as Value,
      ]),
    ),
    'the steps that ran so far',
  );
}

function runnerName(jobPath: string): string {
  return `rehearsal-${jobPath.replace(/\//g, '-')}`;
}

/** A job's outputs on its status line, as the run's summary would list them. */
function showOutputs(outputs: Record<string, string>): string {
  const shown = Object.entries(outputs)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => {
      const one = v.replace(/\n/g, '⏎');
      return `${k}=${one.length > 60 ? `${one.slice(0, 57)}...` : one}`;
    });
  return shown.length ? `\n  outputs: ${shown.join('  ')}` : '';
}

function blank(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, '']));
}

function firstLine(value: Plain | undefined): string {
  const text = value instanceof Expr ? value.source : String(value ?? '');
  return text.trim().split('\n')[0]!.slice(0, 80);
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

export { readActionMetadata };
