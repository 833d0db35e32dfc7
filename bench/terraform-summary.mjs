#!/usr/bin/env node
// Summary + policy over a synthetic plan of 10,000 resource changes, as whole
// processes: our `summarize` command (actions/terraform-plan/dist/summarize:
// parse, redact, summarise, policy, render markdown) against `jq` computing
// only the same counts, alternating, after a warm-up. Wall time and peak RSS
// come from GNU time (/usr/bin/time -f '%e %M'). Targets: median <= 2 s,
// peak RSS <= 400 MB, and faster than the jq pass.
// `BENCH_RUNS=9 node bench/terraform-summary.mjs [--changes 10000] [--strict]`
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const changesAt = args.indexOf('--changes');
const COUNT = changesAt >= 0 ? Number(args[changesAt + 1]) : 10_000;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 7);
const TIME = '/usr/bin/time';
const JQ = '/usr/bin/jq';
const SUMMARIZE = join(root, 'actions', 'terraform-plan', 'dist', 'summarize', 'index.js');
for (const tool of [TIME, JQ, SUMMARIZE]) {
  if (!existsSync(tool)) {
    console.error(`missing ${tool}${tool === SUMMARIZE ? ' (run npm run build)' : ''}`);
    process.exit(2);
  }
}

// A deterministic plan in the documented `terraform show -json` shape (format 1.2).
function syntheticPlan(count) {
  const kinds = [
    ['create'],
    ['create'],
    ['update'],
    ['no-op'],
    ['delete', 'create'],
    ['create', 'delete'],
    ['delete'],
    ['read'],
  ];
  const types = [
    'aws_ssm_parameter',
    'aws_iam_role',
    'aws_security_group_rule',
    'aws_db_instance',
    'aws_s3_bucket',
    'aws_cloudwatch_log_group',
    'aws_sqs_queue',
    'aws_ebs_volume',
  ];
  const tags = {
    Environment: 'production',
    ManagedBy: 'terraform',
    Owner: 'platform',
    Service: 'api',
    DataClassification: 'phi',
  };
  const resource_changes = [];
  for (let i = 0; i < count; i++) {
    const actions = kinds[i % kinds.length];
    const type = types[i % types.length];
    const address = `module.m${i % 20}.${type}.r${i}`;
    const base = {
      name: `medimind-${type}-${i}`,
      description: `synthetic resource ${i} for the summary benchmark`,
      storage_encrypted: i % 97 !== 0,
      encrypted: i % 89 !== 0,
      kms_key_id: i % 83 === 0 ? null : `arn:aws:kms:eu-west-1:123456789012:key/${i}`,
      publicly_accessible: false,
      deletion_protection: true,
      backup_retention_period: 14,
      port: 5432,
      value: `secret-value-${i}`,
      tags,
      tags_all: tags,
      nested: { rule: [{ from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/16'] }] },
    };
    const before =
      actions[0] === 'create' && actions.length === 1
        ? null
        : { ...base, port: 5431, id: `id-${i}` };
    const after = actions[0] === 'delete' && actions.length === 1 ? null : base;
    const rc = {
      address,
      module_address: `module.m${i % 20}`,
      mode: actions[0] === 'read' ? 'data' : 'managed',
      type,
      name: `r${i}`,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions,
        before,
        after,
        after_unknown: after ? { id: true, arn: true } : false,
        before_sensitive: before ? { value: true } : false,
        after_sensitive: after ? { value: true } : false,
      },
    };
    if (actions.length === 2) {
      rc.action_reason = 'replace_because_cannot_update';
      rc.change.replace_paths = [['name']];
    }
    if (i % 250 === 0) rc.previous_address = `module.old.${type}.r${i}`;
    if (i % 333 === 0) rc.change.importing = { id: `import-${i}` };
    resource_changes.push(rc);
  }
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    variables: { db_password: { value: 'bench-secret' } },
    resource_changes,
    output_changes: {
      endpoint: {
        actions: ['update'],
        before: 'a',
        after: 'b',
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
    checks: [],
    applyable: true,
    complete: true,
    errored: false,
  };
}

const JQ_PROGRAM = `
reduce .resource_changes[] as $r ({create:0,update:0,replace:0,delete:0,read:0,import:0,move:0};
  ($r.change.actions) as $a
  | (if ($a|index("delete")) != null and ($a|index("create")) != null then .replace += 1
     elif $a[0] == "create" then .create += 1
     elif $a[0] == "update" then .update += 1
     elif $a[0] == "delete" then .delete += 1
     elif $a[0] == "read" then .read += 1
     else . end)
  | (if $r.change.importing != null then .import += 1 else . end)
  | (if ($r.previous_address // $r.address) != $r.address then .move += 1 else . end))`;

function measure(argv) {
  const result = spawnSync(TIME, ['-f', '__TIME__ %e %M', ...argv], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('__TIME__'));
  if (!line) throw new Error(`no timing from ${argv.join(' ')}: ${result.stderr.slice(0, 500)}`);
  const [, seconds, kb] = line.split(' ');
  return {
    seconds: Number(seconds),
    rssMb: Number(kb) / 1024,
    stdout: result.stdout,
    stderr: result.stderr,
    status: result.status,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const scratch = mkdtempSync(join(tmpdir(), 'bench-tf-summary-'));
try {
  const planFile = join(scratch, 'plan.json');
  writeFileSync(planFile, JSON.stringify(syntheticPlan(COUNT)));
  const ours = [
    'node',
    SUMMARIZE,
    planFile,
    '--environment',
    'production',
    '--policy',
    'warn',
    '--required-tags',
    'Environment,ManagedBy,Owner',
  ];
  const jq = [JQ, '-c', JQ_PROGRAM, planFile];

  // Same counts from both, or the comparison means nothing.
  const o = measure(ours);
  const j = measure(jq);
  const ourCounts = JSON.parse(o.stderr.split('\n').find((l) => l.startsWith('{')));
  const jqCounts = JSON.parse(j.stdout);
  for (const key of Object.keys(jqCounts)) {
    if (ourCounts[key] !== jqCounts[key]) {
      console.error(`count mismatch on ${key}: ours ${ourCounts[key]}, jq ${jqCounts[key]}`);
      process.exit(1);
    }
  }

  const samples = { ours: [], jq: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.ours.push(measure(ours));
    samples.jq.push(measure(jq));
  }
  const row = (name, runs) => ({
    name,
    medianSeconds: median(runs.map((r) => r.seconds)),
    peakRssMb: Math.max(...runs.map((r) => r.rssMb)),
  });
  const a = row('summary+policy (node dist/summarize)', samples.ours);
  const b = row('jq counts only', samples.jq);
  const sizeMb = statSync(planFile).size / 1024 / 1024;
  console.log(
    `terraform-summary: ${COUNT} resource changes, plan JSON ${sizeMb.toFixed(1)} MB, ${RUNS} runs each (alternating)`,
  );
  console.log(
    `  counts: ${JSON.stringify(jqCounts)}; policy findings: ${ourCounts.violations}; markdown ${o.stdout.length} chars`,
  );
  for (const r of [a, b])
    console.log(
      `  ${r.name.padEnd(40)} median ${r.medianSeconds.toFixed(2)} s   peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
  const ratio = a.medianSeconds / b.medianSeconds;
  console.log(`  ratio ours/jq: ${ratio.toFixed(2)} (GNU time resolution: 10 ms)`);
  const misses = [];
  if (a.medianSeconds > 2) misses.push('median over 2 s');
  if (a.peakRssMb > 400) misses.push('peak RSS over 400 MB');
  if (a.medianSeconds >= b.medianSeconds) misses.push('not faster than jq');
  console.log(
    misses.length
      ? `  MISSED: ${misses.join(', ')}`
      : '  targets met: <= 2 s, <= 400 MB, faster than jq',
  );
  if (strict && misses.length) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
