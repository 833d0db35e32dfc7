// The terraform/ tree checked with the real terraform CLI, offline:
// fmt, init + validate, `terraform test` (modules and both environments of the
// one platform root), and a real plan of each environment compared with the
// committed fixtures.
// Everything runs in a temporary copy (see harness.ts); each root module has
// its own TF_DATA_DIR so the parallel runs never collide.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendFile,
  countByType,
  createWorkspace,
  ENVIRONMENTS,
  type Environment,
  init,
  managedChanges,
  type PlanJson,
  planJson,
  ROOT_MODULE,
  readFixture,
  removeWorkspace,
  resourceAddresses,
  TERRAFORM_ROOT,
  type TfResult,
  terraformVersion,
  testArgs,
  tf,
  varFile,
  type Workspace,
} from './harness';

const version = terraformVersion();
// The checks share 2 cores with everything else; a loaded machine needs headroom.
const SLOW = 300_000;
const inCi = process.env.CI === 'true';

describe('terraform CLI', () => {
  it('is installed (required in CI; elsewhere the terraform checks are skipped)', (ctx) => {
    if (!version && !inCi) ctx.skip();
    expect(version, 'terraform is not on PATH').toBeDefined();
  });
});

type Root = Environment | 'modules';
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

async function unwrap<T>(p: Promise<Settled<T>> | undefined): Promise<T> {
  if (!p) throw new Error('check was not started');
  const s = await p;
  if (!s.ok) throw s.error;
  return s.value;
}

/** Top-level `name = "string"` assignments of a .tfvars / .tfbackend file. */
function hclStrings(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([a-z_]+)\s*=\s*"([^"]*)"\s*$/gm))
    out[m[1] as string] = m[2] as string;
  return out;
}

function after(plan: PlanJson, address: string): Record<string, unknown> {
  const change = plan.resource_changes.find((r) => r.address === address);
  if (!change?.change.after) throw new Error(`${address} is not in the plan`);
  return change.change.after;
}

function byType(plan: PlanJson, type: string): Array<Record<string, unknown>> {
  return managedChanges(plan)
    .filter((r) => r.type === type)
    .map((r) => r.change.after ?? {});
}

describe.runIf(version)('terraform tree (offline, real terraform)', { timeout: SLOW }, () => {
  let ws: Workspace;
  const validations = new Map<Environment, Promise<Settled<TfResult>>>();
  const tests = new Map<Root, Promise<Settled<TfResult>>>();
  const plans = new Map<Environment, Promise<Settled<PlanJson>>>();

  beforeAll(async () => {
    ws = await createWorkspace();
    // One init per root module, against the committed lock files.
    const inits = new Map<Root, Promise<string>>(
      (['modules', ...ENVIRONMENTS] as Root[]).map((root) => [root, init(ws, root)]),
    );
    try {
      await Promise.all(inits.values());
    } catch (error) {
      // afterAll may not run when this hook fails: never leave the copy behind.
      await Promise.allSettled(inits.values());
      await removeWorkspace(ws);
      throw error;
    }
    // Start every check now; the tests below await their own result, so the
    // terraform processes overlap instead of running one after another.
    tests.set('modules', settle(tf(ws, 'modules', ['test', '-no-color'])));
    for (const name of ENVIRONMENTS) {
      validations.set(name, settle(tf(ws, name, ['validate', '-json', '-no-color'])));
      plans.set(name, settle(planJson(ws, name)));
      tests.set(name, settle(tf(ws, name, testArgs(name))));
    }
  }, SLOW);

  afterAll(async () => {
    await Promise.allSettled([...tests.values(), ...plans.values(), ...validations.values()]);
    if (ws) await removeWorkspace(ws);
  }, SLOW);

  it('is formatted (terraform fmt -check -recursive)', async () => {
    const res = await tf(ws, 'modules', [
      'fmt',
      '-check',
      '-recursive',
      '-no-color',
      TERRAFORM_ROOT,
    ]);
    expect(res.stdout, 'files needing terraform fmt').toBe('');
    expect(res.code).toBe(0);
  });

  it('keeps generated files out of the committed root module', async () => {
    const files = await readdir(join(TERRAFORM_ROOT, ROOT_MODULE));
    expect(files.filter((f) => f === 'override.tf' || f.endsWith('_override.tf'))).toEqual([]);
    expect(files).toContain('.terraform.lock.hcl');
    for (const f of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'backend.tf']) {
      expect(files).toContain(f);
    }
  });

  it('has one root module; an environment is only its tfvars and backend configuration', async () => {
    expect(
      existsSync(join(TERRAFORM_ROOT, 'environments')),
      'per-environment copies are back',
    ).toBe(false);
    const files = (await readdir(join(TERRAFORM_ROOT, ROOT_MODULE, 'environments'))).sort();
    expect(files).toEqual(
      ENVIRONMENTS.flatMap((name) => [backendFile(name), varFile(name)])
        .map((p) => p.replace('environments/', ''))
        .sort(),
    );
  });

  it.each(ENVIRONMENTS)(
    "%s: the backend configuration agrees with the tfvars and the roles' state prefix",
    async (name) => {
      const read = async (path: string) =>
        hclStrings(await readFile(join(TERRAFORM_ROOT, ROOT_MODULE, path), 'utf8'));
      const [backend, vars] = await Promise.all([read(backendFile(name)), read(varFile(name))]);
      expect(vars.environment).toBe(name);
      expect(backend.bucket).toBe(vars.state_bucket);
      expect(backend.region).toBe(vars.region);
      // github-oidc scopes both roles' state access to "<environment>/".
      expect(backend.key).toBe(`${name}/terraform.tfstate`);
    },
  );

  it('commits lock files with the provider hash', async () => {
    for (const dir of ['modules', ROOT_MODULE]) {
      const lock = await readFile(join(TERRAFORM_ROOT, dir, '.terraform.lock.hcl'), 'utf8');
      expect(lock).toContain('provider "registry.terraform.io/hashicorp/aws"');
      expect(lock).toMatch(/version\s+= "5\.100\.\d+"/);
      expect(lock).toMatch(/"h1:[A-Za-z0-9+/=]{44}"/);
    }
  });

  it('uses a partial S3 backend with native lock files (no DynamoDB)', async () => {
    const backend = await readFile(join(TERRAFORM_ROOT, ROOT_MODULE, 'backend.tf'), 'utf8');
    expect(backend).toMatch(/backend "s3"/);
    expect(backend).toMatch(/use_lockfile\s*=\s*true/);
    expect(backend).not.toMatch(/dynamodb_table|bucket\s*=|key\s*=/);
  });

  it.each(ENVIRONMENTS)('validates the %s environment', async (name) => {
    const res = await unwrap(validations.get(name));
    const out = JSON.parse(res.stdout) as {
      valid: boolean;
      error_count: number;
      diagnostics: unknown[];
    };
    expect(out.diagnostics).toEqual([]);
    expect(out.valid).toBe(true);
    expect(res.code).toBe(0);
  });

  it.each([
    ['modules', 34],
    ['production', 5],
    ['staging', 5],
  ] as const)('passes terraform test for %s', async (root, minRuns) => {
    const res = await unwrap(tests.get(root));
    const summary = /Success! (\d+) passed, 0 failed\./.exec(res.stdout);
    expect(summary, `${res.stdout}\n${res.stderr}`).not.toBeNull();
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(minRuns);
    expect(res.code).toBe(0);
  });

  it('plans every platform component in production', async () => {
    const plan = await unwrap(plans.get('production'));
    const counts = countByType(plan);
    const expected: Record<string, number> = {
      aws_vpc: 1,
      aws_subnet: 9,
      aws_nat_gateway: 3,
      aws_flow_log: 1,
      aws_eks_cluster: 1,
      aws_eks_node_group: 3,
      aws_launch_template: 3,
      aws_eks_access_entry: 3,
      // plan (view) and bootstrap (admin); the deploy role has only its RBAC group.
      aws_eks_access_policy_association: 2,
      aws_iam_openid_connect_provider: 2,
      aws_db_instance: 3,
      aws_db_parameter_group: 1,
      aws_elasticache_replication_group: 1,
      aws_secretsmanager_secret: 3,
      aws_secretsmanager_secret_version: 3,
      // model artifacts, backups, audit logs + release evidence (Object Lock).
      aws_s3_bucket: 4,
      aws_s3_bucket_object_lock_configuration: 1,
      aws_s3_bucket_public_access_block: 4,
      aws_s3_bucket_server_side_encryption_configuration: 4,
      aws_s3_bucket_versioning: 4,
      aws_s3_bucket_policy: 4,
      aws_s3_bucket_lifecycle_configuration: 3,
      aws_ebs_encryption_by_default: 1,
      // 9 data domains + plan bundles + release evidence.
      aws_kms_key: 11,
      aws_iam_policy: 1,
      aws_network_acl: 1,
      aws_acm_certificate: 1,
      aws_ecr_repository: 2,
      aws_cloudtrail: 1,
      aws_sns_topic: 1,
      aws_cloudwatch_metric_alarm: 14,
    };
    for (const [type, n] of Object.entries(expected)) {
      expect(counts[type] ?? 0, type).toBe(n);
    }
    // IRSA (5) + GitHub plan/apply/deploy/bootstrap (4) + cluster, node, flow logs, RDS monitoring.
    expect(counts.aws_iam_role).toBe(13);
    expect(managedChanges(plan).every((r) => r.change.actions.join() === 'create')).toBe(true);
  });

  it('plans the staging/production differences', async () => {
    const [staging, production] = await Promise.all([
      unwrap(plans.get('staging')),
      unwrap(plans.get('production')),
    ]);
    expect(countByType(production).aws_nat_gateway).toBe(3);
    expect(countByType(staging).aws_nat_gateway).toBe(1);

    const prodDb = after(production, 'module.data.aws_db_instance.primary');
    const stagingDb = after(staging, 'module.data.aws_db_instance.primary');
    expect([prodDb.deletion_protection, prodDb.skip_final_snapshot]).toEqual([true, false]);
    expect([stagingDb.deletion_protection, stagingDb.skip_final_snapshot]).toEqual([false, true]);
    expect(prodDb.backup_retention_period).toBe(30);
    expect(stagingDb.backup_retention_period).toBe(7);
    expect(byType(production, 'aws_db_instance')).toHaveLength(3);
    expect(byType(staging, 'aws_db_instance')).toHaveLength(2);

    const gpu = (plan: PlanJson) =>
      (
        after(plan, 'module.eks.aws_eks_node_group.this["gpu"]').scaling_config as Array<
          Record<string, number>
        >
      )[0];
    expect(gpu(production)).toMatchObject({ min_size: 1, max_size: 8 });
    expect(gpu(staging)?.max_size).toBeLessThan(gpu(production)?.max_size ?? 0);
  });

  it.each(ENVIRONMENTS)('tags every taggable resource in %s through default_tags', async (name) => {
    const plan = await unwrap(plans.get(name));
    const taggable = managedChanges(plan).filter(
      (r) => r.change.after && 'tags_all' in r.change.after,
    );
    expect(taggable.length).toBeGreaterThan(50);
    for (const r of taggable) {
      const tags = r.change.after?.tags_all as Record<string, string> | null;
      expect(tags, r.address).toMatchObject({
        Environment: name,
        Service: 'medimind',
        DataClassification: 'phi',
      });
      expect(tags?.Owner, r.address).toBeTruthy();
    }
  });

  it('encrypts every data store with a customer KMS key in the production plan', async () => {
    const plan = await unwrap(plans.get('production'));
    for (const db of byType(plan, 'aws_db_instance')) {
      expect(db.storage_encrypted).toBe(true);
      expect(db.publicly_accessible).toBe(false);
    }
    const redis = after(plan, 'module.data.aws_elasticache_replication_group.this');
    expect(redis).toMatchObject({
      at_rest_encryption_enabled: 'true',
      transit_encryption_enabled: true,
      multi_az_enabled: true,
      automatic_failover_enabled: true,
    });
    expect(byType(plan, 'aws_kms_key').every((k) => k.enable_key_rotation === true)).toBe(true);
    const trail = after(plan, 'module.audit.aws_cloudtrail.this');
    expect(trail).toMatchObject({ is_multi_region_trail: true, enable_log_file_validation: true });
  });

  // Issue 9 item 3: the apply role may create a role only with the boundary and
  // attach only allow-listed policies. The plan must stay within that, or the
  // apply fails half-way with AccessDenied.
  it.each(ENVIRONMENTS)(
    '%s: every role the apply role creates carries the boundary and only allow-listed policies',
    async (name) => {
      const plan = await unwrap(plans.get(name));
      const applyIam = JSON.parse(
        String(after(plan, 'module.github_oidc.aws_iam_role_policy.apply_iam').policy),
      ) as {
        Statement: Array<{ Sid?: string; Condition?: Record<string, Record<string, unknown>> }>;
      };
      const sid = (id: string) => applyIam.Statement.find((s) => s.Sid === id);
      const boundary =
        sid('ManageBoundedRoles')?.Condition?.StringEquals?.['iam:PermissionsBoundary'];
      const allowList = [
        sid('AttachAllowListedPolicies')?.Condition?.ArnEquals?.['iam:PolicyARN'],
      ].flat();
      expect(boundary).toMatch(/^arn:aws:iam::\d{12}:policy\/medimind-[a-z]+-workload-boundary$/);
      expect(allowList.length).toBeGreaterThan(0);

      const workloadRoles = managedChanges(plan).filter(
        (r) => r.type === 'aws_iam_role' && !r.address.startsWith('module.github_oidc.'),
      );
      expect(workloadRoles.length).toBe(9);
      for (const r of workloadRoles) {
        expect(r.change.after?.permissions_boundary, r.address).toBe(boundary);
      }
      const attachments = managedChanges(plan).filter(
        (r) =>
          r.type === 'aws_iam_role_policy_attachment' &&
          !r.address.startsWith('module.github_oidc.'),
      );
      expect(attachments.length).toBeGreaterThan(0);
      for (const a of attachments) {
        expect(allowList, a.address).toContain(a.change.after?.policy_arn);
      }
    },
  );

  it.each(ENVIRONMENTS)(
    'has an up-to-date committed fixture for %s (regenerate: npx tsx terraform/scripts/plan-fixtures.ts)',
    async (name) => {
      const path = join(TERRAFORM_ROOT, 'test', 'fixtures', `plan-${name}.json`);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const [fresh, committed] = await Promise.all([unwrap(plans.get(name)), readFixture(name)]);
      expect(resourceAddresses(committed)).toEqual(resourceAddresses(fresh));
      expect(committed.format_version).toBe(fresh.format_version);
    },
  );
});
