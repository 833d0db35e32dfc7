/**
 * `medimind rehearse [staged-rollout|promote|nightly-performance]`: runs
 * `.github/workflows/<name>.yml` itself — its job graph, the reusable
 * workflows and composite actions it calls, this library's bundles — on the
 * embedded defaults (offline terraform, one sandbox cluster per environment
 * with traffic on, local substitutes for third-party actions).
 *
 *   --approve <environment>   approve that environment's gate (else stop there, exit 0)
 *   --fail <job>[/<step>]     that job or step fails instead of running
 *   --images name=ref         an image for the `images` input (repeatable)
 *   --input name=value        any other workflow input (repeatable)
 *   --workflow-file <path>    rehearse this file instead (a fixture, a broken copy)
 *   --verbose                 show ::group:: sections unfolded (they are always in the log files)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { GitHubApiDouble } from './rehearsal/github-api';
import { repoRoot } from './run-bundle';
import { ArtifactStore } from './workflow/artifacts';
import { WorkflowExecutor } from './workflow/executor';
import { ExpressionFailure } from './workflow/expressions';
import { thirdPartySubstitutes } from './workflow/substitutes';
import { WorkflowFileError } from './workflow/template';

type Write = (text: string) => void;

export const WORKFLOWS = ['staged-rollout', 'promote', 'nightly-performance'] as const;

/** Environments whose GitHub environment has required reviewers. */
const GATED = ['production'];

const REGISTRY = '222222222222.dkr.ecr.us-east-1.amazonaws.com/medimind';

/** Digest-pinned stand-ins for the images a merge would build. */
export function defaultImages(): Record<string, string> {
  const digest = (app: string) => createHash('sha256').update(`rehearsal ${app}`).digest('hex');
  return Object.fromEntries(
    ['backend-api', 'ml-pipeline'].map((app) => [app, `${REGISTRY}/${app}@sha256:${digest(app)}`]),
  );
}

export type WorkflowRehearsalArgs = {
  workflow: string;
  file?: string;
  approve: string[];
  fail?: string;
  images: Record<string, string>;
  inputs: Record<string, string>;
  verbose: boolean;
};

export class RehearseUsageError extends Error {}

export function parseWorkflowRehearsalArgs(argv: string[]): WorkflowRehearsalArgs {
  const args: WorkflowRehearsalArgs = {
    workflow: 'staged-rollout',
    approve: [],
    images: {},
    inputs: {},
    verbose: false,
  };
  const pair = (flag: string, text: string | undefined): [string, string] => {
    const at = text?.indexOf('=') ?? -1;
    if (!text || at <= 0)
      throw new RehearseUsageError(`${flag} expects name=value, got "${text ?? ''}"`);
    return [text.slice(0, at), text.slice(at + 1)];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new RehearseUsageError(`${arg} expects a value`);
      return v;
    };
    if (arg === '--approve') args.approve.push(value());
    else if (arg === '--fail') args.fail = value();
    else if (arg === '--images') {
      const [k, v] = pair(arg, value());
      args.images[k] = v;
    } else if (arg === '--input') {
      const [k, v] = pair(arg, value());
      args.inputs[k] = v;
    } else if (arg === '--workflow-file') args.file = value();
    else if (!arg.startsWith('-') && (WORKFLOWS as readonly string[]).includes(arg)) {
      args.workflow = arg;
    } else {
      throw new RehearseUsageError(
        `unknown argument "${arg}" (workflows: ${WORKFLOWS.join(', ')}; options: --approve <environment>, --fail <job>[/<step>], --images name=ref, --input name=value, --workflow-file <path>, --verbose)`,
      );
    }
  }
  return args;
}

export async function rehearse(
  argv: string[],
  write: Write = (t) => process.stdout.write(t),
): Promise<number> {
  let args: WorkflowRehearsalArgs;
  try {
    args = parseWorkflowRehearsalArgs(argv);
  } catch (error) {
    if (!(error instanceof RehearseUsageError)) throw error;
    write(`medimind rehearse: ${error.message}\n`);
    return 1;
  }
  const file = args.file
    ? resolve(args.file)
    : join(repoRoot, '.github/workflows', `${args.workflow}.yml`);
  if (!existsSync(file)) {
    write(`medimind rehearse: ${relative(repoRoot, file)} does not exist\n`);
    return 1;
  }
  return rehearseWorkflow(file, args, write);
}

async function rehearseWorkflow(
  file: string,
  args: WorkflowRehearsalArgs,
  write: Write,
): Promise<number> {
  const { EmbeddedEnvironments } = await import('./rehearsal/environments');
  const outDir = mkdtempSync(join(tmpdir(), 'medimind-rehearsal-'));
  const environments = await EmbeddedEnvironments.create(outDir);
  const store = new ArtifactStore(join(outDir, 'artifacts'));
  const root = environments.checkout;
  // The workflow is read from the working tree when it lives in the repository.
  const path = file.startsWith(`${repoRoot}/`) ? relative(repoRoot, file) : file;
  write(`━━ rehearsing ${relative(process.cwd(), file) || file} on the embedded defaults\n`);
  write(`rehearsal directory: ${outDir}\n`);
  write(
    'terraform: offline plans (local backend, fake credentials); apply is replaced by the offline plan + bundle verification\n',
  );
  write(
    `clusters: one sandbox per environment (${['staging', 'production'].join(', ')}), traffic through the live Services\n`,
  );
  write(
    environments.prometheus.size
      ? "prometheus: one real Prometheus per environment, scraping the sandbox pods with the project's alert rules\n"
      : 'prometheus: skipped (not installed: apt-get install prometheus, or set PROMETHEUS_BIN); checks that need it are skipped\n',
  );
  const started = Date.now();
  // A GitHub API double; executor is assigned before any step can call it.
  let executor: WorkflowExecutor | undefined;
  const api = new GitHubApiDouble(() => executor?.state ?? { approvals: [] });
  const apiUrl = await api.start();
  executor = new WorkflowExecutor({
    root,
    libraryRoot: repoRoot,
    write,
    github: {
      sha: process.env.GITHUB_SHA ?? '0'.repeat(40),
      ref: 'refs/heads/main',
      ref_name: 'main',
      event_name: 'push',
      repository: 'medimind/delivery',
      repository_owner: 'medimind',
      run_id: '1000',
      run_number: '1',
      run_attempt: '1',
      actor: 'rehearsal',
      workflow: args.workflow,
      // The top-level workflow, as GitHub gives it to every job (performance-baseline reads it).
      workflow_ref: `medimind/delivery/.github/workflows/${basename(file)}@refs/heads/main`,
      server_url: 'https://github.com',
      api_url: apiUrl,
      workspace: root,
      token: `ghs_rehearsal${createHash('sha256').update(outDir).digest('hex').slice(0, 24)}`,
      event: {},
    },
    baseEnv: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([k, v]) => ['PATH', 'HOME', 'LANG', 'TERM', 'TMPDIR'].includes(k) && v !== undefined,
        ),
      ),
      ...environments.env,
    } as Record<string, string>,
    gated: new Set(GATED),
    approved: new Set(args.approve),
    fail: args.fail,
    verbose: args.verbose,
    substitutes: { ...thirdPartySubstitutes(root, store), ...environments.overrides() },
    artifacts: store,
    tempDir: outDir,
    rewriteInputs: (action, inputs, log, job) =>
      environments.rewriteInputs(action, inputs, log, job),
  });
  const images = { ...defaultImages(), ...args.images };
  const inputs: Record<string, string> = {
    images: Object.entries(images)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    'release-id': `rehearsal-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}`,
    ...args.inputs,
  };
  let code = 1;
  let traffic: Awaited<ReturnType<typeof environments.stop>> = [];
  try {
    const declared = await declaredInputs(root, path);
    const given = Object.fromEntries(
      Object.entries(inputs).filter(([k]) => k in declared || k in args.inputs),
    );
    for (const [name, spec] of Object.entries(declared)) {
      if (name in given || !spec.required || spec.default !== undefined) continue;
      const value = embeddedInput(name);
      if (value === undefined) continue;
      given[name] = value;
      write(`input ${name} = ${value} (embedded default)\n`);
    }
    // A workflow that targets one environment (nightly-performance: staging; promote: production).
    const target = String(given.environment ?? declared.environment?.default ?? 'staging');
    if (declared['base-urls']?.required && !given['base-urls']) {
      given['base-urls'] = await environments.baseUrls(target, (line) => write(`${line}\n`));
      write(
        `input base-urls = ${given['base-urls'].replace(/\n/g, ', ')} (the ${target} sandbox's live Services)\n`,
      );
    }
    const prometheus = environments.prometheus.get(target);
    if (declared['prometheus-url'] && !given['prometheus-url'] && prometheus) {
      given['prometheus-url'] = prometheus.url;
      write(`input prometheus-url = ${prometheus.url} (the rehearsal's ${target} Prometheus)\n`);
    }
    if (declared['cluster-name']?.required && !given['cluster-name']) {
      given['cluster-name'] = `medimind-${target}`;
      write(`input cluster-name = medimind-${target} (the ${target} sandbox)\n`);
    }
    for (const environment of ['staging', 'production']) {
      const name = `${environment}-prometheus-url`;
      if (!(name in declared) || given[name]) continue;
      const prom = environments.prometheus.get(environment);
      if (prom) {
        given[name] = prom.url;
        write(`input ${name} = ${prom.url} (the rehearsal's Prometheus)\n`);
      }
    }
    const result = await executor.run(path, given);
    traffic = await environments.stop();
    write(`\n━━ rehearsal result (${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
    for (const job of result.jobs) {
      const icon = { success: '✔', failure: '✘', skipped: '⊘', waiting: '⏸' }[job.result];
      write(
        `${icon} ${job.path.padEnd(40)} ${job.result.padEnd(8)} ${(job.ms / 1000).toFixed(1)}s\n`,
      );
    }
    for (const a of store.list()) {
      // A one-file artifact (the evidence record) is shown by its file.
      const files = readdirSync(a.dir);
      const where = files.length === 1 ? join(a.dir, files[0]!) : a.dir;
      write(
        `${/evidence/i.test(a.name) ? 'evidence record' : 'artifact'} ${a.name} (id ${a.id}): ${where}\n`,
      );
    }
    let trafficOk = true;
    for (const { environment, app, report } of traffic) {
      write(
        `traffic ${environment}/${app}: ${report.sent} requests, ${report.failed} failed${report.failed ? ` ${JSON.stringify(report.failureKinds)}` : ''}, ${report.misrouted} answered by unready pods, p99 ${report.latencyMs.p99.toFixed(1)} ms\n`,
      );
      if (report.failed > 0 || report.misrouted > 0) trafficOk = false;
    }
    for (const issue of api.issues) {
      write(
        `issue #${issue.number} (${issue.state}, ${issue.comments.length} comment(s)) in the API double: ${issue.title}\n`,
      );
    }
    for (const call of new Set(api.unanswered))
      write(`GitHub API call the rehearsal could not answer: ${call}\n`);
    for (const w of result.warnings) write(`Warning: ${w}\n`);
    for (const e of result.errors) write(`Error: ${e}\n`);
    if (result.result === 'waiting') {
      write(
        `stopped at approval gate: ${result.gate?.job} waits for environment ${result.gate?.environment} (rehearse with --approve ${result.gate?.environment} to go on)\n`,
      );
    } else {
      write(`workflow ${result.result === 'success' ? 'succeeded' : 'failed'}\n`);
    }
    code = result.result === 'failure' || !trafficOk || result.errors.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof WorkflowFileError) && !(error instanceof ExpressionFailure)) throw error;
    write(`Error: ${error.message}\n`);
  } finally {
    await api.stop();
    if (!traffic.length) await environments.stop();
  }
  return code;
}

type InputSpec = { required?: boolean; default?: unknown; type?: string };

async function declaredInputs(root: string, path: string): Promise<Record<string, InputSpec>> {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const data = parse(readFileSync(resolve(root, path), 'utf8')) as {
    on?: Record<string, { inputs?: Record<string, InputSpec> } | null>;
  };
  const on = data.on ?? {};
  return (on.workflow_call ?? on.workflow_dispatch)?.inputs ?? {};
}

/**
 * Values for required inputs nobody gave, where a rehearsal has an honest
 * stand-in: the region, role ARNs (fake accounts: staging 222222222222,
 * production 111111111111; the stand-in credentials accept any role) and
 * environment URLs. Anything else must come from --input.
 */
export function embeddedInput(name: string): string | undefined {
  const account = name.includes('production') ? '111111111111' : '222222222222';
  if (name === 'aws-region') return 'us-east-1';
  if (/role-arn$/.test(name)) {
    return `arn:aws:iam::${account}:role/medimind-rehearsal-${name.replace(/-role-arn$/, '')}`;
  }
  const env = /^(staging|production)-url$/.exec(name);
  if (env) return `https://${env[1]}.medimind.rehearsal.invalid`;
  return undefined;
}
